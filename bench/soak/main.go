// Command soak drives a real diplograph server (embedded store, seed graph)
// at a fixed request rate for minutes with a mix of the example queries,
// and checks that nothing fails and that memory stays flat: it reads the
// server's heap from /metrics after a warm-up, every 30 s and at the end.
// It exits non-zero when any request failed or the heap grew by more than
// -max-growth.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"

	"github.com/diplograph/diplograph/bench/served"
)

type options struct {
	bin, seeds, queries string
	rate, connections   int
	duration, warmup    time.Duration
	settle, interval    time.Duration
	maxGrowth           float64
}

func main() {
	var o options
	flag.StringVar(&o.bin, "bin", "bin/diplograph", "the diplograph binary")
	flag.StringVar(&o.seeds, "seeds", "seeds", "the seed documents")
	flag.StringVar(&o.queries, "queries", "docs/queries", "folder of example queries (*.graphql) in the mix")
	flag.IntVar(&o.rate, "rate", 200, "requests per second, held fixed")
	// Without a cap, every stall of a shared machine leaves the server with
	// more keep-alive connections, each with its goroutine and buffers, and
	// the heap readings after it no longer compare with those before. With
	// one, a stall queues in the client, where it still counts as latency.
	flag.IntVar(&o.connections, "connections", 32, "most connections to the server at once")
	flag.DurationVar(&o.duration, "duration", 5*time.Minute, "how long the soak runs after the warm-up")
	flag.DurationVar(&o.warmup, "warmup", 30*time.Second, "load before the start heap is read, so caches and pools have filled")
	// Long enough that the window holds quiet moments as well as backlogs
	// when the machine is shared: in-flight requests are live heap too.
	flag.DurationVar(&o.settle, "settle", 30*time.Second, "window whose least heap reading is the start or end heap")
	flag.DurationVar(&o.interval, "interval", 30*time.Second, "how often the heap series is reported")
	flag.Float64Var(&o.maxGrowth, "max-growth", 20, "fail when the heap grows by more than this many per cent")
	out := flag.String("json", "", "also write the figures here as rows {figure, value, unit, goal}")
	flag.Parse()

	rep, err := soak(o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(1)
	}
	rep.print(o)
	if *out != "" {
		data, err := json.MarshalIndent(rep.rows(o), "", "  ")
		if err == nil {
			err = os.WriteFile(*out, data, 0o644)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "soak: write %s: %v\n", *out, err)
			os.Exit(1)
		}
	}
	if problems := rep.problems(o); len(problems) > 0 {
		fmt.Fprintln(os.Stderr, "soak failed: "+strings.Join(problems, "; "))
		os.Exit(1)
	}
}

// sample is one reading of the server's /metrics, with the client's counts
// at that moment.
type sample struct {
	at               time.Duration // since the attack began
	heapInuse        float64       // go_memstats_heap_inuse_bytes
	goroutines       float64
	gcs              float64 // collections so far
	requests, errors int64
}

// report is what the soak found.
type report struct {
	targets          int
	requests         uint64
	errors           int
	firstErrors      []string
	rate             float64 // achieved requests/s
	p50, p99         time.Duration
	samples          []sample
	missed           []miss // metrics reads that failed; the soak goes on
	start, end       window
	serverExitStatus error
}

// miss is a /metrics read that failed: a server too busy to answer within
// the client's timeout is a finding of the soak, not a reason to stop it.
type miss struct {
	at  time.Duration
	err error
}

// window is a settled heap reading: the least of the samples in a window,
// which is the one nearest just after a collection.
type window struct {
	from, to  time.Duration
	heapInuse float64
	// goroutines at the least reading: far above the idle count, the
	// reading was taken with requests queued and is high by their memory.
	goroutines float64
	gcs        float64 // collections within the window
	samples    int
}

func soak(o options) (*report, error) {
	dir, err := os.MkdirTemp("", "soak")
	if err != nil {
		return nil, fmt.Errorf("temporary folder: %w", err)
	}
	defer os.RemoveAll(dir)
	srv, err := served.Start(o.bin, dir, 60*time.Second,
		[]string{"-data", filepath.Join(dir, "graph.db"), "-seed", o.seeds, "-rate", "-1"},
		"NEO4J_URI=") // the soak is of the embedded store, whatever the environment says
	if err != nil {
		return nil, err
	}
	defer srv.Stop()
	targets, err := mix(srv.Base, o.queries)
	if err != nil {
		return nil, err
	}
	// A query that fails on its own would fail every request of the soak
	// for a reason that has nothing to do with soaking: refuse it up front.
	for _, t := range targets {
		if msg := check(srv.Base, t.Body); msg != "" {
			return nil, fmt.Errorf("query %s fails before the soak: %s", t.Body, msg)
		}
	}
	rep := &report{targets: len(targets)}
	total := o.warmup + o.duration
	fmt.Fprintf(os.Stderr, "soak: %d req/s for %s (%s of it warm-up) over %d queries\n", o.rate, total, o.warmup, len(targets))

	var requests, failures atomic.Int64
	began := time.Now()
	samplerDone := make(chan struct{})
	stopSampler := make(chan struct{})
	go func() {
		defer close(samplerDone)
		rep.samples, rep.missed = sampleEverySecond(srv.Base, began, o.interval, stopSampler, &requests, &failures)
	}()

	attacker := vegeta.NewAttacker(vegeta.KeepAlive(true), vegeta.MaxConnections(o.connections), vegeta.Timeout(10*time.Second))
	var m vegeta.Metrics
	for res := range attacker.Attack(vegeta.NewStaticTargeter(targets...), vegeta.Rate{Freq: o.rate, Per: time.Second}, total, "soak") {
		m.Add(res)
		requests.Add(1)
		if msg := failure(res); msg != "" {
			failures.Add(1)
			if len(rep.firstErrors) < 5 {
				rep.firstErrors = append(rep.firstErrors, msg)
			}
		}
	}
	m.Close()
	close(stopSampler)
	<-samplerDone
	rep.requests, rep.errors = m.Requests, int(failures.Load())
	rep.rate, rep.p50, rep.p99 = m.Rate, m.Latencies.P50, m.Latencies.P99
	rep.start = settled(rep.samples, o.warmup, o.warmup+o.settle)
	rep.end = settled(rep.samples, total-o.settle, total)
	if rep.start.samples == 0 || rep.end.samples == 0 {
		return nil, fmt.Errorf("no heap readings in the start or end window (the -settle window is %s; %d metrics reads failed)", o.settle, len(rep.missed))
	}
	rep.serverExitStatus = srv.Exited()
	return rep, nil
}

// failure says why a result counts as an error, or "" when it does not. A
// GraphQL error still answers 200, so the body is read too.
func failure(res *vegeta.Result) string {
	if res.Error != "" {
		return res.Error
	}
	if res.Code != http.StatusOK {
		return fmt.Sprintf("HTTP %d: %.200s", res.Code, res.Body)
	}
	var body struct {
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(res.Body, &body); err != nil {
		return fmt.Sprintf("unreadable answer: %v", err)
	}
	if len(body.Errors) > 0 {
		return fmt.Sprintf("GraphQL error: %.200s", body.Errors[0])
	}
	return ""
}

// settled is the least heap reading with at in [from, to].
func settled(samples []sample, from, to time.Duration) window {
	w := window{from: from, to: to, heapInuse: math.Inf(1)}
	first, last := -1.0, 0.0
	for _, s := range samples {
		if s.at < from || s.at > to {
			continue
		}
		w.samples++
		if s.heapInuse < w.heapInuse {
			w.heapInuse, w.goroutines = s.heapInuse, s.goroutines
		}
		if first < 0 {
			first = s.gcs
		}
		last = s.gcs
	}
	w.gcs = last - max(first, 0)
	return w
}

// sampleEverySecond reads /metrics each second until stop closes. The
// server offers no way to force a collection, so a settled reading is made
// of these: the least of a window's samples, taken over many collections.
func sampleEverySecond(base string, began time.Time, interval time.Duration, stop <-chan struct{}, requests, failures *atomic.Int64) ([]sample, []miss) {
	var out []sample
	var missed []miss
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	nextReport := interval
	for {
		select {
		case <-stop:
			return out, missed
		case <-tick.C:
		}
		s, err := readMetrics(base)
		if err != nil {
			m := miss{at: time.Since(began), err: err}
			missed = append(missed, m)
			fmt.Fprintf(os.Stderr, "soak: %4.0f s  %v\n", m.at.Seconds(), err)
			continue
		}
		s.at = time.Since(began)
		s.requests, s.errors = requests.Load(), failures.Load()
		out = append(out, s)
		if s.at >= nextReport {
			nextReport += interval
			fmt.Fprintf(os.Stderr, "soak: %4.0f s  heap in use %6.1f MB  goroutines %4.0f  requests %7d  errors %d\n",
				s.at.Seconds(), s.heapInuse/1e6, s.goroutines, s.requests, s.errors)
		}
	}
}

var metricsClient = &http.Client{Timeout: 5 * time.Second}

func readMetrics(base string) (sample, error) {
	resp, err := metricsClient.Get(base + "/metrics")
	if err != nil {
		return sample{}, fmt.Errorf("read metrics: %w", err)
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(resp.Body); err != nil {
		return sample{}, fmt.Errorf("read metrics: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return sample{}, fmt.Errorf("read metrics: HTTP %d", resp.StatusCode)
	}
	var s sample
	want := map[string]*float64{
		"go_memstats_heap_inuse_bytes": &s.heapInuse,
		"go_goroutines":                &s.goroutines,
		"go_gc_duration_seconds_count": &s.gcs,
	}
	found := 0
	for line := range strings.Lines(buf.String()) {
		name, value, ok := strings.Cut(strings.TrimSpace(line), " ")
		if p := want[name]; ok && p != nil {
			v, err := strconv.ParseFloat(value, 64)
			if err != nil {
				return sample{}, fmt.Errorf("read metrics: %s: %w", name, err)
			}
			*p = v
			found++
		}
	}
	if found < len(want) {
		return sample{}, fmt.Errorf("read metrics: %d of the %d Go runtime metrics are missing", len(want)-found, len(want))
	}
	return s, nil
}

// mix is the round of requests the soak repeats: every example query of
// the documentation, and the queries the explorer and bench/apibench make
// most, on the best-connected entities and several search texts so the
// server's caches see more than one key.
func mix(base, dir string) ([]vegeta.Target, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.graphql"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no example queries (*.graphql) in %s", dir)
	}
	var bodies [][]byte
	gql := func(q string, vars map[string]any) {
		body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
		bodies = append(bodies, body)
	}
	for _, f := range files {
		q, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("example query: %w", err)
		}
		gql(string(q), nil)
	}
	top, err := topEntities(base, 5)
	if err != nil {
		return nil, err
	}
	for _, id := range top {
		gql(`query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 100) { nodes { id name kind degree } edges { id type source { id } target { id } } } }`, map[string]any{"id": id})
		gql(`query($id: ID!) { node(id: $id) { id ... on Entity { name relations(first: 20) { type source { name } target { name } evidence { text } } } } }`, map[string]any{"id": id})
	}
	for _, t := range []string{"inter", "cyber", "data", "united", "digital"} {
		gql(`query($t: String!) { search(text: $t, first: 10) { score entity { id name kind } } }`, map[string]any{"t": t})
	}
	gql(`{ entities(filter: {kinds: [ACTOR]}, orderBy: DEGREE, first: 20) { totalCount edges { node { id name degree } } } }`, nil)
	gql(`query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { length edges { type evidence { text } } } }`, map[string]any{"a": top[0], "b": top[len(top)-1]})

	targets := make([]vegeta.Target, len(bodies))
	for i, b := range bodies {
		targets[i] = vegeta.Target{
			Method: http.MethodPost, URL: base + "/graphql", Body: b,
			Header: http.Header{"Content-Type": []string{"application/json"}},
		}
	}
	return targets, nil
}

func topEntities(base string, n int) ([]string, error) {
	body := fmt.Sprintf(`{"query":"{ entities(orderBy: DEGREE, first: %d) { edges { node { id } } } }"}`, n)
	resp, err := http.Post(base+"/graphql", "application/json", strings.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("top entities: %w", err)
	}
	defer resp.Body.Close()
	var top struct {
		Data struct {
			Entities struct {
				Edges []struct {
					Node struct {
						ID string `json:"id"`
					} `json:"node"`
				} `json:"edges"`
			} `json:"entities"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&top); err != nil {
		return nil, fmt.Errorf("top entities: %w", err)
	}
	var ids []string
	for _, e := range top.Data.Entities.Edges {
		ids = append(ids, e.Node.ID)
	}
	if len(ids) < 2 {
		return nil, errors.New("top entities: the seed graph has fewer than two entities")
	}
	return ids, nil
}

// check sends one request and says what is wrong with the answer, if anything.
func check(base string, body []byte) string {
	resp, err := http.Post(base+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		return err.Error()
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(resp.Body); err != nil {
		return err.Error()
	}
	return failure(&vegeta.Result{Code: uint16(resp.StatusCode), Body: buf.Bytes()})
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func (r *report) growth() float64 {
	return 100 * (r.end.heapInuse - r.start.heapInuse) / r.start.heapInuse
}

func (r *report) problems(o options) []string {
	var out []string
	if r.errors > 0 {
		out = append(out, fmt.Sprintf("%d of %d requests failed", r.errors, r.requests))
	}
	if g := r.growth(); g > o.maxGrowth {
		out = append(out, fmt.Sprintf("the heap grew by %.1f%%, more than %.0f%%", g, o.maxGrowth))
	}
	if r.serverExitStatus != nil {
		out = append(out, r.serverExitStatus.Error())
	}
	return out
}

func (r *report) print(o options) {
	fmt.Printf("%8s %14s %14s %11s %9s %7s\n", "time s", "heap inuse MB", "least in "+o.interval.String(), "goroutines", "requests", "errors")
	// Each line is the last sample of its interval, with the least heap of
	// the interval beside it: single readings swing with the GC cycle.
	least := math.Inf(1)
	next := o.interval
	for i, s := range r.samples {
		least = min(least, s.heapInuse)
		if s.at >= next || i == len(r.samples)-1 {
			fmt.Printf("%8.0f %14.1f %14.1f %11.0f %9d %7d\n", s.at.Seconds(), s.heapInuse/1e6, least/1e6, s.goroutines, s.requests, s.errors)
			least = math.Inf(1)
			for next <= s.at {
				next += o.interval
			}
		}
	}
	fmt.Printf("queries in the mix %d; rate asked %d/s, achieved %.1f/s\n", r.targets, o.rate, r.rate)
	fmt.Printf("requests %d, errors %d, p50 %.2f ms, p99 %.2f ms\n", r.requests, r.errors, ms(r.p50), ms(r.p99))
	for _, e := range r.firstErrors {
		fmt.Println("  error:", e)
	}
	if len(r.missed) > 0 {
		fmt.Printf("metrics reads that failed: %d, the first at %s s: %v\n", len(r.missed), secs(r.missed[0].at), r.missed[0].err)
	}
	for _, w := range []struct {
		name string
		w    window
	}{{"start", r.start}, {"end", r.end}} {
		fmt.Printf("heap in use at the %-5s %.1f MB: least of %d readings over %s-%s s, %.0f collections, %.0f goroutines at that reading\n",
			w.name, w.w.heapInuse/1e6, w.w.samples, secs(w.w.from), secs(w.w.to), w.w.gcs, w.w.goroutines)
	}
	fmt.Printf("heap growth %+.1f%% (limit %.0f%%)\n", r.growth(), o.maxGrowth)
}

func secs(d time.Duration) string { return strconv.FormatFloat(d.Seconds(), 'f', 0, 64) }

// row is the shape bench/report gathers into make bench's table.
type row struct {
	Figure string  `json:"figure"`
	Value  float64 `json:"value"`
	Unit   string  `json:"unit"`
	Goal   string  `json:"goal,omitempty"`
}

func (r *report) rows(o options) []row {
	return []row{
		{Figure: "soak requests", Value: float64(r.requests), Unit: "count"},
		{Figure: "soak rate", Value: r.rate, Unit: "req/s"},
		{Figure: "soak errors", Value: float64(r.errors), Unit: "count", Goal: "0"},
		{Figure: "soak p50", Value: ms(r.p50), Unit: "ms"},
		{Figure: "soak p99", Value: ms(r.p99), Unit: "ms"},
		{Figure: "soak heap start", Value: r.start.heapInuse / 1e6, Unit: "MB"},
		{Figure: "soak heap end", Value: r.end.heapInuse / 1e6, Unit: "MB"},
		{Figure: "soak heap growth", Value: r.growth(), Unit: "%", Goal: fmt.Sprintf("<= %.0f", o.maxGrowth)},
	}
}
