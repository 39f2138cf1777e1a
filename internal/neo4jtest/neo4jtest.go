// Package neo4jtest runs a real Neo4j (tools/neo4j, through scripts/neo4j.sh)
// for tests that must stop, kill and restart the database under a live
// client. Each Server has its own loopback port and temporary data directory.
package neo4jtest

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Options tunes Start; the zero value is fine.
type Options struct {
	// StartTimeout bounds the wait for Bolt to answer; 0 means 120 s.
	StartTimeout time.Duration
	// DataDir is the Neo4j home to serve, such as one a bulk import
	// wrote; empty means a new, empty one.
	DataDir string
}

// Server is one Neo4j process. Its methods belong to the test goroutine.
type Server struct {
	t       testing.TB
	script  string
	port    int
	dataDir string
	logPath string
	timeout time.Duration
	cmd     *exec.Cmd
	exited  chan struct{} // closed when cmd has been waited for
}

// Start builds the launcher if needed, starts Neo4j on a free loopback port
// with an empty data directory (or opts.DataDir), waits until Bolt answers and stops it when
// the test ends. A missing Java or Maven fails the test: a skipped Neo4j
// test would pass silently on a machine that cannot run it.
func Start(t testing.TB, opts Options) *Server {
	t.Helper()
	script := buildOnce(t)
	dir := t.TempDir()
	s := &Server{
		t:       t,
		script:  script,
		port:    freePort(t),
		dataDir: cmp.Or(opts.DataDir, filepath.Join(dir, "data")),
		logPath: filepath.Join(dir, "neo4j.log"),
		timeout: opts.StartTimeout,
	}
	if s.timeout == 0 {
		s.timeout = 120 * time.Second
	}
	t.Cleanup(s.Stop)
	s.start()
	return s
}

// URI is the bolt:// address of the server.
func (s *Server) URI() string {
	return "bolt://127.0.0.1:" + strconv.Itoa(s.port)
}

// Stop shuts Neo4j down cleanly (SIGTERM), killing it if it takes over 30 s.
// Stopping a stopped server does nothing.
func (s *Server) Stop() {
	s.t.Helper()
	if !s.running() {
		return
	}
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil && !errors.Is(err, os.ErrProcessDone) {
		s.t.Fatalf("neo4jtest: stop: %v", err)
	}
	select {
	case <-s.exited:
	case <-time.After(30 * time.Second):
		s.t.Logf("neo4jtest: neo4j ignored SIGTERM for 30 s, killing it")
		s.Kill()
	}
}

// Kill ends Neo4j at once (SIGKILL), as a crash or an OOM kill would.
func (s *Server) Kill() {
	s.t.Helper()
	if !s.running() {
		return
	}
	if err := s.cmd.Process.Kill(); err != nil && !errors.Is(err, os.ErrProcessDone) {
		s.t.Fatalf("neo4jtest: kill: %v", err)
	}
	<-s.exited
}

// Restart stops Neo4j if it runs and starts it again on the same port and
// data directory, so clients see the same server come back.
func (s *Server) Restart() {
	s.t.Helper()
	s.Stop()
	s.start()
}

func (s *Server) running() bool {
	if s.cmd == nil {
		return false
	}
	select {
	case <-s.exited:
		return false
	default:
		return true
	}
}

func (s *Server) start() {
	s.t.Helper()
	log, err := os.OpenFile(s.logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		s.t.Fatalf("neo4jtest: %v", err)
	}
	defer log.Close()
	cmd := exec.Command("bash", s.script, "run")
	cmd.Env = append(os.Environ(),
		"NEO4J_BOLT_PORT="+strconv.Itoa(s.port),
		"NEO4J_DATA_DIR="+s.dataDir,
	)
	cmd.Stdout = log
	cmd.Stderr = log
	cmd.SysProcAttr = sysProcAttr()
	began := time.Now()
	if err := cmd.Start(); err != nil {
		s.t.Fatalf("neo4jtest: start %s: %v", s.script, err)
	}
	s.cmd = cmd
	s.exited = make(chan struct{})
	go func(exited chan struct{}) {
		_ = cmd.Wait() // the exit status says nothing a log tail does not
		close(exited)
	}(s.exited)

	deadline := time.Now().Add(s.timeout)
	for !answers(s.port) {
		select {
		case <-s.exited:
			s.t.Fatalf("neo4jtest: neo4j exited before Bolt answered on port %d:\n%s", s.port, s.logTail())
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			s.Kill()
			s.t.Fatalf("neo4jtest: Bolt did not answer on port %d within %v:\n%s", s.port, s.timeout, s.logTail())
		}
	}
	s.t.Logf("neo4jtest: neo4j up on %s in %.1f s", s.URI(), time.Since(began).Seconds())
}

func (s *Server) logTail() string {
	b, err := os.ReadFile(s.logPath)
	if err != nil {
		return err.Error()
	}
	if len(b) > 4000 {
		b = b[len(b)-4000:]
	}
	return string(b)
}

func answers(port int) bool {
	c, err := net.DialTimeout("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)), time.Second)
	if err != nil {
		return false
	}
	c.Close()
	return true
}

func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("neo4jtest: no free port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

var (
	build       sync.Once
	buildScript string
	buildErr    error
)

// Import runs `scripts/neo4j.sh import csvDir`, which has Neo4j's own
// importer write a database from the CSV files in csvDir into the Neo4j
// home dataDir, for Start to serve with Options.DataDir. It returns how long
// the importer took, in wall-clock and in CPU time (on a shared machine the
// first also counts waits for a core).
func Import(t testing.TB, csvDir, dataDir string) (wall, cpu time.Duration) {
	t.Helper()
	script := buildOnce(t)
	var out bytes.Buffer
	cmd := exec.Command("bash", script, "import", csvDir)
	// A port of its own: the script refuses to import beside a server it
	// started on the same port.
	cmd.Env = append(os.Environ(), "NEO4J_BOLT_PORT="+strconv.Itoa(freePort(t)), "NEO4J_DATA_DIR="+dataDir)
	cmd.Stdout = &out
	cmd.Stderr = &out
	began := time.Now()
	if err := cmd.Run(); err != nil {
		t.Fatalf("neo4jtest: import %s: %v\n%s", csvDir, err, out.String())
	}
	wall = time.Since(began)
	// The script's usage includes the importer's, a child it waited for.
	cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	t.Logf("neo4jtest: imported %s in %.1f s (%.1f s of CPU): %s", csvDir, wall.Seconds(), cpu.Seconds(), phases(out.String()))
	return wall, cpu
}

// phases picks from the importer's output how long each of its phases
// took ("Node import COMPLETED in 14s 8ms"), to say which one a change to
// the files moved.
func phases(out string) string {
	var done []string
	for line := range strings.Lines(out) {
		if strings.Contains(line, " COMPLETED in ") || strings.HasPrefix(line, "IMPORT DONE in ") {
			done = append(done, strings.TrimSpace(line))
		}
	}
	return strings.Join(done, "; ")
}

// buildOnce runs `scripts/neo4j.sh build` once per test binary and returns
// the script's path.
func buildOnce(t testing.TB) string {
	t.Helper()
	build.Do(func() {
		root, err := repoRoot()
		if err != nil {
			buildErr = err
			return
		}
		buildScript = filepath.Join(root, "scripts", "neo4j.sh")
		var out bytes.Buffer
		cmd := exec.Command("bash", buildScript, "build")
		cmd.Stdout = &out
		cmd.Stderr = &out
		if err := cmd.Run(); err != nil {
			buildErr = fmt.Errorf("%s build: %v\n%s", buildScript, err, out.String())
		}
	})
	if buildErr != nil {
		t.Fatalf("neo4jtest: cannot build the local Neo4j (it needs Java 17+ and Maven): %v", buildErr)
	}
	return buildScript
}

// repoRoot finds the module root from the test's working directory, which
// go test sets to the package directory.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "scripts", "neo4j.sh")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("scripts/neo4j.sh not found above the working directory")
		}
		dir = parent
	}
}
