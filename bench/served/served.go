// Package served runs `diplograph serve` for the benchmarks that measure the
// binary as it is deployed: on a free loopback port, its log in a file, and
// stopped as an operator would stop it.
package served

import (
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// Server is one `diplograph serve` process.
type Server struct {
	// Base is the server's URL, without a trailing slash.
	Base string
	cmd  *exec.Cmd
	log  string
	done chan error
}

// Start runs bin serve with args (-addr is added) and env added to the
// environment, its log in dir/server.log, and waits until /healthz answers
// or ready has passed.
func Start(bin, dir string, ready time.Duration, args []string, env ...string) (*Server, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("find a free port: %w", err)
	}
	addr := ln.Addr().String()
	ln.Close()
	s := &Server{Base: "http://" + addr, log: filepath.Join(dir, "server.log"), done: make(chan error, 1)}
	logFile, err := os.Create(s.log)
	if err != nil {
		return nil, fmt.Errorf("server log: %w", err)
	}
	defer logFile.Close() // the child has its own descriptor
	s.cmd = exec.Command(bin, append([]string{"serve", "-addr", addr}, args...)...)
	s.cmd.Env = append(os.Environ(), env...)
	s.cmd.Stdout, s.cmd.Stderr = logFile, logFile
	if err := s.cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", bin, err)
	}
	go func() { s.done <- s.cmd.Wait() }()
	deadline := time.Now().Add(ready)
	for time.Now().Before(deadline) {
		select {
		case err := <-s.done:
			s.done <- err
			return nil, fmt.Errorf("server exited before it was healthy (%v); its log ends:\n%s", err, s.LogTail())
		default:
		}
		if resp, err := http.Get(s.Base + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return s, nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	s.Stop()
	return nil, fmt.Errorf("server did not become healthy within %s; its log ends:\n%s", ready, s.LogTail())
}

// Pid is the server's process ID.
func (s *Server) Pid() int { return s.cmd.Process.Pid }

// LogTail is the end of the server's log, for errors: the log itself lives
// in a folder that is gone once the benchmark ends.
func (s *Server) LogTail() string {
	data, err := os.ReadFile(s.log)
	if err != nil {
		return err.Error()
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-20):], "\n")
}

// Exited reports an exit of the server before Stop.
func (s *Server) Exited() error {
	select {
	case err := <-s.done:
		s.done <- err
		return fmt.Errorf("the server exited (%v); its log ends:\n%s", err, s.LogTail())
	default:
		return nil
	}
}

// Stop interrupts the server and waits for it, killing it after 15 s.
func (s *Server) Stop() {
	s.cmd.Process.Signal(os.Interrupt)
	select {
	case <-s.done:
	case <-time.After(15 * time.Second):
		s.cmd.Process.Kill()
		<-s.done
	}
}
