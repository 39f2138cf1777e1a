package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/diplograph/diplograph/bench/served"
	"github.com/diplograph/diplograph/bench/synth"
	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/store/memstore"
)

// graphFile writes the generated graph into an embedded store file, as
// `diplograph load` would leave it, and returns the store's counts.
func graphFile(ctx context.Context, path string, cfg synth.Config) (domain.Counts, error) {
	st, err := memstore.OpenWith(path, memstore.Options{BulkLoad: true})
	if err != nil {
		return domain.Counts{}, err
	}
	gen := synth.New(cfg)
	for xs := gen.Batch(256); len(xs) > 0; xs = gen.Batch(256) {
		if err := st.Apply(ctx, xs); err != nil {
			st.Close(ctx)
			return domain.Counts{}, fmt.Errorf("generate the graph: %w", err)
		}
	}
	c, err := st.Counts(ctx)
	if cerr := st.Close(ctx); err == nil {
		err = cerr
	}
	return c, err
}

// copyGraph copies a kept graph file to path and returns its counts.
func copyGraph(ctx context.Context, from, path string) (domain.Counts, error) {
	if err := copyFile(from, path); err != nil {
		return domain.Counts{}, err
	}
	st, err := memstore.Open(path)
	if err != nil {
		return domain.Counts{}, fmt.Errorf("open %s: %w", from, err)
	}
	c, err := st.Counts(ctx)
	if cerr := st.Close(ctx); err == nil {
		err = cerr
	}
	return c, err
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return fmt.Errorf("copy graph: %w", err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return fmt.Errorf("copy graph: %w", err)
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return fmt.Errorf("copy graph to %s: %w", to, err)
	}
	if err := out.Close(); err != nil {
		return fmt.Errorf("copy graph to %s: %w", to, err)
	}
	return nil
}

// waitReady polls /readyz until it answers 200.
func (s *process) waitReady(limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if err := s.Exited(); err != nil {
			return err
		}
		if resp, err := metricsClient.Get(s.Base + "/readyz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("server not ready within %s; its log ends:\n%s", limit, s.LogTail())
}

// pool draws the generated graph's entities uniformly, by index, without
// asking the server: the generator names every index the same way each time.
type pool struct{ gen *synth.Generator }

func (p pool) pick(rng *rand.Rand) (string, string) {
	n := p.gen.Entity(rng.IntN(p.gen.Size()))
	return n.ID, n.Name
}

// startServer serves the store file with the binary, trusting loopback's
// X-Forwarded-For, so that each client of the bench is a client of its own
// to the rate limit and the export gate, as on the internet. rate is passed
// to -rate when it is set; else the server's default limit holds.
func startServer(bin, data, dir, rate string) (*process, error) {
	args := []string{"-data", data}
	if rate != "" {
		args = append(args, "-rate", rate)
	}
	// Restoring a large graph from its file takes a while.
	s, err := served.Start(bin, dir, 5*time.Minute, args, "NEO4J_URI=", "DIPLOGRAPH_TRUSTED_PROXIES=127.0.0.1/32")
	if err != nil {
		return nil, err
	}
	return &process{Server: s}, nil
}

// process is the server with readings of its CPU time and memory.
type process struct{ *served.Server }

// cpu is the server process's CPU time so far (user and system), which
// a shared machine does not inflate as it does wall time.
func (s *process) cpu() (time.Duration, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", s.Pid()))
	if err != nil {
		return 0, fmt.Errorf("server CPU time: %w", err)
	}
	// The command name, in parentheses, may hold spaces: count fields
	// after its closing parenthesis; utime and stime are fields 14 and 15.
	fields := strings.Fields(string(data[bytes.LastIndexByte(data, ')')+1:]))
	if len(fields) < 13 {
		return 0, fmt.Errorf("server CPU time: /proc stat has %d fields", len(fields))
	}
	var ticks int64
	for _, f := range fields[11:13] {
		n, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("server CPU time: %w", err)
		}
		ticks += n
	}
	// Linux reports in USER_HZ, 100 a second on every common platform.
	return time.Duration(ticks) * 10 * time.Millisecond, nil
}

// memory is one reading of the server's memory.
type memory struct {
	heapInuse float64 // go_memstats_heap_inuse_bytes, from /metrics
	rss       float64 // resident set, from /proc
}

var metricsClient = &http.Client{Timeout: 10 * time.Second}

func (s *process) memory() (memory, error) {
	var m memory
	resp, err := metricsClient.Get(s.Base + "/metrics")
	if err != nil {
		return m, fmt.Errorf("read metrics: %w", err)
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(resp.Body); err != nil {
		return m, fmt.Errorf("read metrics: %w", err)
	}
	found := false
	for line := range strings.Lines(buf.String()) {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "go_memstats_heap_inuse_bytes "); ok {
			if m.heapInuse, err = strconv.ParseFloat(v, 64); err != nil {
				return m, fmt.Errorf("read metrics: %w", err)
			}
			found = true
		}
	}
	if !found {
		return m, fmt.Errorf("read metrics: no go_memstats_heap_inuse_bytes")
	}
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.Pid()))
	if err != nil {
		return m, fmt.Errorf("server RSS: %w", err)
	}
	for line := range strings.Lines(string(status)) {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			if err != nil {
				return m, fmt.Errorf("server RSS: %w", err)
			}
			m.rss = kb * 1024
		}
	}
	return m, nil
}
