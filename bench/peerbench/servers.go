package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/diplograph/diplograph/internal/benchproc"
)

// server is one side's process: Diplograph's binary or the peer's Node.js.
type server struct {
	name string
	url  string // where GraphQL is POSTed
	cmd  *exec.Cmd
	log  string // the process's stdout and stderr
	done chan struct{}
	err  error // the process's exit, once done is closed
}

// start runs argv with NEO4J_URI inherited and its output in dir/name.log.
func start(name, dir, url string, argv []string, env ...string) (*server, error) {
	s := &server{name: name, url: url, log: filepath.Join(dir, name+".log"), done: make(chan struct{})}
	logFile, err := os.Create(s.log)
	if err != nil {
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	s.cmd = exec.Command(argv[0], argv[1:]...)
	s.cmd.Env = append(os.Environ(), env...)
	s.cmd.Stdout, s.cmd.Stderr = logFile, logFile
	benchproc.DieWithParent(s.cmd)
	if err := s.cmd.Start(); err != nil {
		logFile.Close()
		return nil, fmt.Errorf("start %s (%s): %w", name, strings.Join(argv, " "), err)
	}
	go func() {
		s.err = s.cmd.Wait()
		logFile.Close()
		close(s.done)
	}()
	return s, nil
}

// stop asks the process to drain and exit, and kills it if it has not
// within five seconds, so neither server outlives the benchmark.
func (s *server) stop() {
	if s == nil {
		return
	}
	select {
	case <-s.done:
		return
	default:
	}
	s.cmd.Process.Signal(os.Interrupt)
	select {
	case <-s.done:
	case <-time.After(5 * time.Second):
		s.cmd.Process.Kill()
		<-s.done
	}
}

// waitReady posts a trivial query until the server answers it, the same
// probe for both sides (the peer has no health endpoint of its own).
func (s *server) waitReady(ctx context.Context, limit time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	client := &http.Client{Timeout: 2 * time.Second}
	for {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.url, strings.NewReader(`{"query":"{ __typename }"}`))
		if err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		req.Header.Set("Content-Type", "application/json")
		if resp, err := client.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-s.done:
			return fmt.Errorf("%s exited before answering (%v); its log:\n%s", s.name, s.err, tail(s.log, 30))
		case <-ctx.Done():
			return fmt.Errorf("%s did not answer within %s; its log:\n%s", s.name, limit, tail(s.log, 30))
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// tail returns the last n lines of a log, for error messages.
func tail(path string, n int) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return "(" + err.Error() + ")"
	}
	lines := bytes.Split(bytes.TrimRight(data, "\n"), []byte("\n"))
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return string(bytes.Join(lines, []byte("\n")))
}

// freePort asks the kernel for a port that is free now; the server binds it
// a moment later, which is good enough on a machine the bench does not race.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("free port: %w", err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

func localURL(port int, path string) string {
	return "http://127.0.0.1:" + strconv.Itoa(port) + path
}

// loadSeeds writes the seed graph into NEO4J_URI's Neo4j with Diplograph's
// own loader, so both sides read exactly the graph Diplograph writes.
func loadSeeds(ctx context.Context, bin, seeds string) (string, error) {
	out, err := exec.CommandContext(ctx, bin, "load", seeds).CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("%s load %s: %w\n%s", bin, seeds, err, out)
	}
	return strings.TrimSpace(lastLine(out)), nil
}

func lastLine(b []byte) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return lines[len(lines)-1]
}

// nodeVersion is printed with the results, since the peer's speed depends on it.
func nodeVersion(node string) (string, error) {
	out, err := exec.Command(node, "--version").Output()
	if err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return "", fmt.Errorf("%s --version: %w: %s", node, err, exit.Stderr)
		}
		return "", fmt.Errorf("%s --version (Node.js 20 or later runs the peer): %w", node, err)
	}
	return strings.TrimSpace(string(out)), nil
}

// packageVersion reads an installed npm package's version, to name the peer
// exactly in the results.
func packageVersion(dir string) (string, error) {
	data, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		return "", fmt.Errorf("peer version: %w", err)
	}
	var pkg struct {
		Version string `json:"version"`
	}
	if err := json.Unmarshal(data, &pkg); err != nil {
		return "", fmt.Errorf("peer version: %s: %w", dir, err)
	}
	return pkg.Version, nil
}
