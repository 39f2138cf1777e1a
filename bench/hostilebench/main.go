// Command hostilebench is issue 14's scale run: a generated graph of at
// least 50,000 entities in the embedded store, served by `diplograph serve`
// over HTTP. It times the explorer's own overview query (the first view,
// with centrality) cold and warm, then lets one normal client use the
// explorer (neighbourhoods and searches) alone and then while 8 hostile
// clients run (fragment bombs, nested lists, exports of the whole graph,
// cache floods), and prints the normal client's p50, p95 and p99, what each
// hostile request got, and the server's memory before, during and after,
// each figure next to its goal.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/diplograph/diplograph/bench/synth"
	"github.com/diplograph/diplograph/bench/uiqueries"
	"github.com/diplograph/diplograph/domain"
)

type options struct {
	bin              string
	synth            synth.Config
	rate             string
	warm             int
	centralityWait   time.Duration
	baseline, attack time.Duration
	think            time.Duration
	hostile          int
	graph            string
}

func main() {
	var o options
	flag.StringVar(&o.bin, "bin", "bin/diplograph", "the diplograph binary")
	flag.IntVar(&o.synth.Entities, "entities", 50_000, "distinct entities of the generated graph")
	flag.IntVar(&o.synth.Relations, "relations", 150_000, "distinct relations of the generated graph, at least (the generator goes on until every entity is named)")
	flag.IntVar(&o.synth.RelsPerDoc, "rels-per-doc", 10, "relations per generated document")
	flag.Uint64Var(&o.synth.Seed, "seed", 1, "generator seed; the same seed gives the same graph")
	flag.StringVar(&o.rate, "rate", "", "the server's -rate (requests a second per client); empty keeps its default, -1 turns the limit off")
	flag.IntVar(&o.warm, "warm", 3, "overview queries timed once centrality is current")
	flag.DurationVar(&o.centralityWait, "centrality-wait", 10*time.Minute, "longest wait for the centrality figures to be current")
	flag.DurationVar(&o.baseline, "baseline", 20*time.Second, "how long the normal client runs alone")
	flag.DurationVar(&o.attack, "attack", 60*time.Second, "how long the normal client runs with the hostile clients")
	flag.DurationVar(&o.think, "think", 100*time.Millisecond, "the normal client's pause between requests")
	flag.IntVar(&o.hostile, "hostile", 8, "hostile clients, shared out among the kinds of attack")
	flag.StringVar(&o.graph, "graph", "", "a graph file an earlier run kept (-keep); a copy is served instead of generating one")
	keep := flag.String("keep", "", "keep the generated graph file here, for -graph")
	out := flag.String("json", "", "also write the figures here as rows {figure, value, unit, goal}")
	flag.Parse()

	rep, err := run(context.Background(), o, *keep)
	if rep != nil {
		rep.print(os.Stdout)
		if *out != "" {
			data, werr := json.MarshalIndent(rep.rows(), "", "  ")
			if werr == nil {
				werr = os.WriteFile(*out, data, 0o644)
			}
			if werr != nil {
				err = errors.Join(err, fmt.Errorf("write %s: %w", *out, werr))
			}
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "hostilebench:", err)
		os.Exit(1)
	}
}

func progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "hostilebench: "+format+"\n", args...)
}

// Goals of issue 14's "Done when".
const (
	overviewGoal  = 2 * time.Second
	normalP99Goal = 100 * time.Millisecond
)

// timed is one overview query.
type timed struct {
	wall, cpu  time.Duration
	status     int
	bytes      int
	centrality string // the figures' status as the answer gave them
	err        string
}

// report is everything the run measured.
type report struct {
	nodes, relations, documents int
	generate, healthy, ready    time.Duration
	cold, uncached              timed
	current                     time.Duration // from ready until centrality was CURRENT; 0 if never
	warm                        []timed
	baseline, attack            phase
	before, peak, after         memory
	hostile                     int // hostile clients
}

// run measures what it can and returns it with the first error.
func run(ctx context.Context, o options, keep string) (*report, error) {
	if o.synth.Entities < 50_000 {
		progress("-entities %d is below issue 14's 50,000", o.synth.Entities)
	}
	dir, err := os.MkdirTemp("", "hostilebench")
	if err != nil {
		return nil, fmt.Errorf("temporary folder: %w", err)
	}
	defer os.RemoveAll(dir)
	rep := &report{hostile: o.hostile}
	data := filepath.Join(dir, "graph.db")
	start := time.Now()
	var c domain.Counts
	if o.graph != "" {
		progress("serving a copy of %s", o.graph)
		c, err = copyGraph(ctx, o.graph, data)
	} else {
		progress("generating %d entities, at least %d relations", o.synth.Entities, o.synth.Relations)
		c, err = graphFile(ctx, data, o.synth)
		if err == nil && keep != "" {
			err = copyFile(data, keep)
		}
	}
	if err != nil {
		return nil, err
	}
	rep.generate = time.Since(start)
	rep.nodes, rep.relations, rep.documents = c.Nodes, c.Relations, c.Documents
	progress("%d entities, %d relations, %d documents in %.0f s; starting the server", c.Nodes, c.Relations, c.Documents, rep.generate.Seconds())
	start = time.Now()
	srv, err := startServer(o.bin, data, dir, o.rate)
	if err != nil {
		return rep, err
	}
	defer srv.Stop()
	rep.healthy = time.Since(start)
	// A load balancer sends clients once /readyz says so: the server has
	// computed the centrality figures and the overview by then.
	if err := srv.waitReady(10 * time.Minute); err != nil {
		return rep, err
	}
	rep.ready = time.Since(start)
	progress("healthy after %.1f s, ready after %.1f s", rep.healthy.Seconds(), rep.ready.Seconds())

	// The explorer's first view, as a browser opening the page right after
	// the server started would ask for it.
	explorer := newClient(srv.Base, "10.77.0.1", 2*time.Minute)
	rep.cold = explorer.overview(srv.cpu)
	progress("overview cold: %s", rep.cold)
	progress("waiting for centrality to be current")
	if rep.current, err = waitCurrent(explorer, o.centralityWait); err != nil {
		return rep, err
	}
	// The overview computed afresh, as after a load that changed the graph
	// (the answer cache then has nothing to give).
	rep.uncached = explorer.overviewWith(srv.cpu, true)
	progress("overview computed afresh: %s", rep.uncached)
	for range o.warm {
		t := explorer.overview(srv.cpu)
		progress("overview warm: %s", t)
		rep.warm = append(rep.warm, t)
	}

	p := pool{gen: synth.New(o.synth)}
	if rep.before, err = srv.memory(); err != nil {
		return rep, err
	}
	progress("normal client alone for %s", o.baseline)
	rep.baseline = runPhase(ctx, srv, p, o, o.baseline, 0)
	progress("normal client with %d hostile clients for %s", o.hostile, o.attack)
	rep.attack = runPhase(ctx, srv, p, o, o.attack, o.hostile)
	rep.peak = rep.attack.peak
	// The hostile requests have been cancelled; give the server a moment
	// to drop what they held, then read the least heap of a few readings.
	time.Sleep(5 * time.Second)
	rep.after = memory{heapInuse: -1}
	for range 5 {
		m, err := srv.memory()
		if err != nil {
			return rep, err
		}
		if rep.after.heapInuse < 0 || m.heapInuse < rep.after.heapInuse {
			rep.after = m
		}
		time.Sleep(time.Second)
	}
	return rep, nil
}

// client is one client of the server, known to it by its own address.
type client struct {
	base, addr string
	http       *http.Client
}

func newClient(base, addr string, timeout time.Duration) *client {
	// Its own transport, so its connections are its own as a browser's are.
	return &client{base: base, addr: addr, http: &http.Client{Timeout: timeout, Transport: &http.Transport{MaxIdleConnsPerHost: 2}}}
}

// answer is what one request got.
type answer struct {
	status int
	code   string // extensions.code of the first error, if any
	bytes  int
	body   []byte // kept only when asked for
	err    error
}

func (c *client) do(ctx context.Context, r request, keep bool) answer {
	var body io.Reader
	if r.body != nil {
		body = strings.NewReader(string(r.body))
	}
	req, err := http.NewRequestWithContext(ctx, r.method, c.base+r.path, body)
	if err != nil {
		return answer{err: err}
	}
	req.Header.Set("X-Forwarded-For", c.addr)
	if r.body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if r.noCache {
		req.Header.Set("Cache-Control", "no-cache")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return answer{err: err}
	}
	defer resp.Body.Close()
	a := answer{status: resp.StatusCode}
	if keep || r.method == http.MethodPost || resp.StatusCode != http.StatusOK {
		a.body, a.err = io.ReadAll(resp.Body)
		a.bytes = len(a.body)
	} else {
		n, err := io.Copy(io.Discard, resp.Body)
		a.bytes, a.err = int(n), err
	}
	if a.err == nil && a.body != nil {
		var out struct {
			Errors []struct {
				Extensions struct {
					Code string `json:"code"`
				} `json:"extensions"`
			} `json:"errors"`
		}
		if json.Unmarshal(a.body, &out) == nil && len(out.Errors) > 0 {
			a.code = out.Errors[0].Extensions.Code
			if a.code == "" {
				a.code = "no code"
			}
		}
	}
	if !keep {
		a.body = nil
	}
	return a
}

// overview times the explorer's first query; cpu reads the server's CPU
// time, so that the figure does not depend on how busy the machine is.
func (c *client) overview(cpu func() (time.Duration, error)) timed {
	return c.overviewWith(cpu, false)
}

// overviewWith asks for the overview; fresh asks the server not to answer
// from its answer cache (Cache-Control: no-cache).
func (c *client) overviewWith(cpu func() (time.Duration, error), fresh bool) timed {
	before, cerr := cpu()
	start := time.Now()
	r := overview()
	r.noCache = fresh
	a := c.do(context.Background(), r, true)
	t := timed{wall: time.Since(start), status: a.status, bytes: a.bytes}
	if after, err := cpu(); err == nil && cerr == nil {
		t.cpu = after - before
	}
	switch {
	case a.err != nil:
		t.err = a.err.Error()
	case a.code != "":
		t.err = a.code
	}
	var out struct {
		Data struct {
			Subgraph struct {
				Nodes []struct {
					Centrality struct {
						PageRank *float64 `json:"pageRank"`
					} `json:"centrality"`
				} `json:"nodes"`
			} `json:"subgraph"`
		} `json:"data"`
		Extensions struct {
			Centrality struct {
				Status string `json:"status"`
			} `json:"centrality"`
		} `json:"extensions"`
	}
	if err := json.Unmarshal(a.body, &out); err == nil {
		// The server names the status only when the figures are not current.
		t.centrality = cmpOr(out.Extensions.Centrality.Status, "CURRENT")
		if n := out.Data.Subgraph.Nodes; len(n) == 0 || n[0].Centrality.PageRank == nil {
			t.centrality += " (no figures)"
		}
	}
	return t
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func (t timed) String() string {
	s := fmt.Sprintf("%.2f s wall, %.2f s server CPU, HTTP %d, %.1f MB, centrality %s", t.wall.Seconds(), t.cpu.Seconds(), t.status, float64(t.bytes)/1e6, t.centrality)
	if t.err != "" {
		s += ", error " + t.err
	}
	return s
}

// waitCurrent polls a cheap query until the centrality figures are those
// of the graph as it is, and says how long that took.
func waitCurrent(c *client, limit time.Duration) (time.Duration, error) {
	start := time.Now()
	q := graphQL("centrality", `{ entities(orderBy: DEGREE, first: 1) { edges { node { centrality { status } } } } }`, nil)
	for time.Since(start) < limit {
		a := c.do(context.Background(), q, true)
		var out struct {
			Data struct {
				Entities struct {
					Edges []struct {
						Node struct {
							Centrality struct {
								Status string `json:"status"`
							} `json:"centrality"`
						} `json:"node"`
					} `json:"edges"`
				} `json:"entities"`
			} `json:"data"`
		}
		if a.err == nil && json.Unmarshal(a.body, &out) == nil && len(out.Data.Entities.Edges) > 0 &&
			out.Data.Entities.Edges[0].Node.Centrality.Status == "CURRENT" {
			return time.Since(start), nil
		}
		time.Sleep(2 * time.Second)
	}
	return 0, fmt.Errorf("centrality not current after %s", limit)
}

// tally counts what one kind of request got.
type tally struct {
	count    int
	outcomes map[string]int // "HTTP 200", "HTTP 200 TOO_COMPLEX", "HTTP 429 RATE_LIMITED", "error: ..."
	times    []time.Duration
	bytes    int
}

func (t *tally) add(a answer, d time.Duration) {
	if t.outcomes == nil {
		t.outcomes = map[string]int{}
	}
	t.count++
	t.times = append(t.times, d)
	t.bytes += a.bytes
	t.outcomes[a.outcome()]++
}

func (a answer) outcome() string {
	switch {
	case errors.Is(a.err, context.Canceled) || errors.Is(a.err, context.DeadlineExceeded):
		return "cut off at the end of the run"
	case a.err != nil:
		msg := a.err.Error()
		if i := strings.LastIndex(msg, ": "); i >= 0 {
			msg = msg[i+2:]
		}
		return "error: " + msg
	case a.code != "":
		return "HTTP " + strconv.Itoa(a.status) + " " + a.code
	}
	return "HTTP " + strconv.Itoa(a.status)
}

// phase is what one run of the normal client (and the hostile ones) got.
type phase struct {
	normal  map[string]*tally // by query, and "all"
	hostile map[string]*tally // by kind of request
	peak    memory            // the most seen during the phase
	samples int
}

// runPhase runs the normal client for d, with n hostile clients beside it;
// their requests still under way at the end are cancelled.
func runPhase(ctx context.Context, srv *process, p entityPicker, o options, d time.Duration, n int) phase {
	ph := phase{normal: map[string]*tally{}, hostile: map[string]*tally{}}
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := range n {
		kind := hostileKinds[i%len(hostileKinds)]
		c := newClient(srv.Base, fmt.Sprintf("10.66.0.%d", i+1), 2*time.Minute)
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(i), 99))
			for j := 0; ctx.Err() == nil; j++ {
				r := kind.next(j, rng)
				start := time.Now()
				a := c.do(ctx, r, false)
				took := time.Since(start)
				mu.Lock()
				if ph.hostile[r.kind] == nil {
					ph.hostile[r.kind] = &tally{}
				}
				ph.hostile[r.kind].add(a, took)
				mu.Unlock()
				// A refused client waits as it was told to, else it would
				// only measure how fast 429s are written.
				if a.status == http.StatusTooManyRequests || a.status == http.StatusServiceUnavailable {
					sleep(ctx, time.Second)
				}
			}
		})
	}
	wg.Go(func() {
		for ctx.Err() == nil {
			if m, err := srv.memory(); err == nil {
				mu.Lock()
				ph.samples++
				ph.peak.heapInuse = max(ph.peak.heapInuse, m.heapInuse)
				ph.peak.rss = max(ph.peak.rss, m.rss)
				mu.Unlock()
			}
			sleep(ctx, time.Second)
		}
	})
	normal := newClient(srv.Base, "10.77.0.2", 30*time.Second)
	rng := rand.New(rand.NewPCG(o.synth.Seed, 7))
	for i := 0; ctx.Err() == nil; i++ {
		r := normalRequest(i, rng, p)
		start := time.Now()
		// The normal client's requests are not cut off by the end of the
		// phase: each one it starts is timed to its answer.
		a := normal.do(context.Background(), r, false)
		took := time.Since(start)
		for _, k := range []string{r.kind, "all"} {
			if ph.normal[k] == nil {
				ph.normal[k] = &tally{}
			}
			ph.normal[k].add(a, took)
		}
		sleep(ctx, o.think)
	}
	cancel()
	wg.Wait()
	return ph
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

// percentile reads the p-th percentile of times (nearest rank).
func percentile(times []time.Duration, p int) time.Duration {
	if len(times) == 0 {
		return 0
	}
	sorted := slices.Sorted(slices.Values(times))
	rank := (len(sorted)*p + 99) / 100
	return sorted[max(rank-1, 0)]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func mb(b float64) float64 { return b / 1e6 }

func verdict(ok bool) string {
	if ok {
		return "met"
	}
	return "MISSED"
}

func (r *report) warmMedian() timed {
	if len(r.warm) == 0 {
		return timed{}
	}
	w := slices.Clone(r.warm)
	slices.SortFunc(w, func(a, b timed) int { return int(a.wall - b.wall) })
	return w[len(w)/2]
}

func (r *report) print(w io.Writer) {
	fmt.Fprintf(w, "graph: %d entities, %d relations, %d documents (generated or copied in %.0f s; server healthy in %.1f s, ready in %.1f s)\n",
		r.nodes, r.relations, r.documents, r.generate.Seconds(), r.healthy.Seconds(), r.ready.Seconds())
	fmt.Fprintf(w, "\nthe explorer's overview query (subgraph of %d entities, with centrality), goal < %s:\n", uiqueries.OverviewLimit, overviewGoal)
	fmt.Fprintf(w, "  cold  %s  [%s]\n", r.cold, verdict(r.cold.wall < overviewGoal && r.cold.err == ""))
	fmt.Fprintf(w, "  computed afresh (no-cache, as after a load) %s\n", r.uncached)
	if r.current > 0 {
		fmt.Fprintf(w, "  centrality current %.0f s after the first request (computed in the background)\n", r.current.Seconds())
	}
	for i, t := range r.warm {
		fmt.Fprintf(w, "  warm %d %s  [%s]\n", i+1, t, verdict(t.wall < overviewGoal && t.err == ""))
	}
	for _, ph := range []struct {
		name string
		p    phase
	}{{"alone", r.baseline}, {"with hostile clients", r.attack}} {
		fmt.Fprintf(w, "\nnormal client %s (goal p99 < %s while hostile clients run):\n", ph.name, normalP99Goal)
		fmt.Fprintf(w, "  %-14s %6s %8s %8s %8s %8s  %s\n", "query", "count", "p50 ms", "p95 ms", "p99 ms", "max ms", "outcomes")
		for _, k := range []string{"neighbourhood", "search", "all"} {
			t := ph.p.normal[k]
			if t == nil {
				continue
			}
			fmt.Fprintf(w, "  %-14s %6d %8.1f %8.1f %8.1f %8.1f  %s\n", k, t.count, ms(percentile(t.times, 50)), ms(percentile(t.times, 95)),
				ms(percentile(t.times, 99)), ms(slices.Max(t.times)), outcomes(t))
		}
		if all := ph.p.normal["all"]; all != nil && ph.name != "alone" {
			fmt.Fprintf(w, "  p99 %.1f ms  [%s]\n", ms(percentile(all.times, 99)), verdict(percentile(all.times, 99) < normalP99Goal && all.outcomes["HTTP 200"] == all.count))
		}
	}
	if len(r.attack.hostile) > 0 {
		fmt.Fprintf(w, "\nhostile requests during the run (%d clients, each its own address):\n", r.hostile)
		fmt.Fprintf(w, "  %-44s %6s %8s %8s %9s  %s\n", "request", "count", "p50 ms", "max ms", "MB read", "outcomes")
		kinds := make([]string, 0, len(r.attack.hostile))
		for k := range r.attack.hostile {
			kinds = append(kinds, k)
		}
		sort.Strings(kinds)
		for _, k := range kinds {
			t := r.attack.hostile[k]
			fmt.Fprintf(w, "  %-44s %6d %8.1f %8.1f %9.1f  %s\n", k, t.count, ms(percentile(t.times, 50)), ms(slices.Max(t.times)), mb(float64(t.bytes)), outcomes(t))
		}
	}
	fmt.Fprintf(w, "\nserver memory: heap in use %.0f MB before the hostile clients, at most %.0f MB during, %.0f MB after; RSS %.0f, at most %.0f, %.0f MB\n",
		mb(r.before.heapInuse), mb(r.peak.heapInuse), mb(r.after.heapInuse), mb(r.before.rss), mb(r.peak.rss), mb(r.after.rss))
}

func outcomes(t *tally) string {
	keys := make([]string, 0, len(t.outcomes))
	for k := range t.outcomes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s: %d", k, t.outcomes[k])
	}
	return strings.Join(parts, ", ")
}

// row is the shape bench/report gathers into make bench's table.
type row struct {
	Figure string  `json:"figure"`
	Value  float64 `json:"value"`
	Unit   string  `json:"unit"`
	Goal   string  `json:"goal,omitempty"`
}

func (r *report) rows() []row {
	goal := fmt.Sprintf("< %.0f", ms(overviewGoal))
	out := []row{
		{Figure: "hostile graph entities", Value: float64(r.nodes), Unit: "count", Goal: ">= 50000"},
		{Figure: "hostile graph relations", Value: float64(r.relations), Unit: "count"},
		{Figure: "hostile overview cold", Value: ms(r.cold.wall), Unit: "ms", Goal: goal},
		{Figure: "hostile overview cold server CPU", Value: ms(r.cold.cpu), Unit: "ms"},
		{Figure: "hostile server ready after", Value: r.ready.Seconds(), Unit: "s"},
		{Figure: "hostile overview computed afresh", Value: ms(r.uncached.wall), Unit: "ms"},
		{Figure: "hostile overview computed afresh server CPU", Value: ms(r.uncached.cpu), Unit: "ms"},
		{Figure: "hostile centrality current after", Value: r.current.Seconds(), Unit: "s"},
	}
	if len(r.warm) > 0 {
		m := r.warmMedian()
		out = append(out,
			row{Figure: "hostile overview warm (median)", Value: ms(m.wall), Unit: "ms", Goal: goal},
			row{Figure: "hostile overview warm server CPU", Value: ms(m.cpu), Unit: "ms"},
			row{Figure: "hostile overview answer", Value: mb(float64(m.bytes)), Unit: "MB"})
	}
	for _, ph := range []struct {
		name string
		p    phase
		goal string
	}{{"alone", r.baseline, ""}, {"under attack", r.attack, fmt.Sprintf("< %.0f", ms(normalP99Goal))}} {
		if t := ph.p.normal["all"]; t != nil {
			out = append(out,
				row{Figure: "hostile normal client " + ph.name + " p50", Value: ms(percentile(t.times, 50)), Unit: "ms"},
				row{Figure: "hostile normal client " + ph.name + " p95", Value: ms(percentile(t.times, 95)), Unit: "ms"},
				row{Figure: "hostile normal client " + ph.name + " p99", Value: ms(percentile(t.times, 99)), Unit: "ms", Goal: ph.goal},
				row{Figure: "hostile normal client " + ph.name + " failures", Value: float64(t.count - t.outcomes["HTTP 200"]), Unit: "count", Goal: "0"})
		}
	}
	return append(out,
		row{Figure: "hostile server heap before", Value: mb(r.before.heapInuse), Unit: "MB"},
		row{Figure: "hostile server heap peak", Value: mb(r.peak.heapInuse), Unit: "MB"},
		row{Figure: "hostile server heap after", Value: mb(r.after.heapInuse), Unit: "MB"})
}
