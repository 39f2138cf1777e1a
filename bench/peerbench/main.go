// Command peerbench sets Diplograph beside the Neo4j GraphQL Library (the
// Node.js server in bench/peer) on the same Neo4j and the same seed graph:
// it loads seeds/ with Diplograph's loader, starts both servers, checks once
// that each of three equivalent query pairs returns the same data on both
// sides, then drives each side with the same vegeta load, in alternating
// rounds, and prints requests/s, p50, p99, errors, the CPU time the side's
// server and Neo4j spent per request, and the Diplograph/peer ratios. -json
// writes the figures as rows {figure, value, unit, goal} for make bench.
//
//	NEO4J_URI=bolt://127.0.0.1:7687 go run ./bench/peerbench -json out.json
//
// make bench-peer runs it against a fresh local Neo4j (bench/peer needs
// npm ci first, which the target does).
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"

	"github.com/diplograph/diplograph/internal/benchproc"
)

type config struct {
	bin, seeds, peerDir, node string
	entity, search            string
	clients                   uint64
	rounds                    int
	duration, warmup          time.Duration
	jsonOut                   string
	// noCache has Diplograph compute every answer (Cache-Control:
	// no-cache): the peer keeps no answers, so this compares the work.
	noCache bool
}

// Result is one side's figures for one query.
type Result struct {
	Side        string // "diplograph" or "peer"
	Query       string
	Requests    uint64
	RequestsSec float64
	P50ms       float64
	P99ms       float64
	Errors      int
	// The CPU time the side's server process and Neo4j spent per request,
	// 0 where /proc cannot tell (see cpu.go).
	CPUmsPerReq      float64
	Neo4jCPUmsPerReq float64
}

// throughputGoal is issue 10's: at least 3x the peer's requests/s on
// each query, at a lower p99 and without errors.
const throughputGoal = 3.0

// Ratio is Diplograph's figure over the peer's: above 1 is better for
// throughput, below 1 is better for p99.
type Ratio struct {
	Query      string
	Throughput float64
	P99        float64
	GoalMet    bool // at least throughputGoal times the throughput at a lower p99
	// CPU is the peer's CPU time per request (server and Neo4j) over
	// Diplograph's: the throughput ratio a machine doing nothing else would
	// tend to, since both sides are CPU-bound; 0 when unknown.
	CPU float64
}

// Report is what a run measured.
type Report struct {
	Results []Result // two per query: Diplograph's, then the peer's
	Ratios  []Ratio
}

func main() {
	var c config
	flag.StringVar(&c.bin, "bin", "bin/diplograph", "the diplograph binary")
	flag.StringVar(&c.seeds, "seeds", "seeds", "the seed documents, loaded into NEO4J_URI's Neo4j")
	flag.StringVar(&c.peerDir, "peer", "bench/peer", "the peer's folder (server.mjs, node_modules from npm ci)")
	flag.StringVar(&c.node, "node", "node", "the Node.js binary that runs the peer")
	flag.StringVar(&c.entity, "entity", "", "the entity of the node+neighbours query (default: the one with most relations, below 100)")
	flag.StringVar(&c.search, "search", "cyber", "the name fragment searched; it must match fewer than 20 entities")
	flag.Uint64Var(&c.clients, "clients", 64, "concurrent clients")
	flag.DurationVar(&c.duration, "duration", 10*time.Second, "how long each side is driven per query")
	flag.IntVar(&c.rounds, "rounds", 2, "measured rounds per side, alternating between the sides")
	flag.DurationVar(&c.warmup, "warmup", 5*time.Second, "unmeasured load on each side before each query is measured, so that neither Neo4j's JVM (fresh under make bench-peer) nor V8 is measured cold")
	flag.StringVar(&c.jsonOut, "json", "", "also write the results here as JSON")
	flag.BoolVar(&c.noCache, "no-cache", false, "send Diplograph Cache-Control: no-cache, so that it computes every answer as the peer does")
	flag.Parse()
	if c.rounds < 1 || c.clients < 1 || c.duration <= 0 {
		fmt.Fprintln(os.Stderr, "peerbench: -rounds, -clients and -duration must be positive")
		os.Exit(2)
	}

	// Ctrl-C or a TERM still stops both servers: run returns and its
	// deferred stops run.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, c); err != nil {
		fmt.Fprintf(os.Stderr, "peerbench: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, c config) (err error) {
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		return errors.New("NEO4J_URI is not set: point it at a Neo4j without auth, or run make bench-peer, which starts one")
	}
	script := filepath.Join(c.peerDir, "server.mjs")
	if _, err := os.Stat(script); err != nil {
		return fmt.Errorf("the peer: %w", err)
	}
	if _, err := os.Stat(filepath.Join(c.peerDir, "node_modules", "@neo4j", "graphql")); err != nil {
		return fmt.Errorf("the peer's packages are missing (cd %s && npm ci): %w", c.peerDir, err)
	}
	nodeV, err := nodeVersion(c.node)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "peerbench")
	if err != nil {
		return fmt.Errorf("log folder: %w", err)
	}
	// The servers' logs are kept when something failed, for the post-mortem.
	defer func() {
		if err == nil {
			os.RemoveAll(dir)
		} else {
			err = fmt.Errorf("%w (server logs in %s)", err, dir)
		}
	}()

	loaded, err := loadSeeds(ctx, c.bin, c.seeds)
	if err != nil {
		return err
	}
	fmt.Println(loaded)

	dport, err := freePort()
	if err != nil {
		return err
	}
	dipl, err := start("diplograph", dir, localURL(dport, "/graphql"),
		[]string{c.bin, "serve", "-addr", "127.0.0.1:" + strconv.Itoa(dport), "-rate", "-1"})
	if err != nil {
		return err
	}
	defer dipl.stop()
	pport, err := freePort()
	if err != nil {
		return err
	}
	peer, err := start("peer", dir, localURL(pport, "/"), []string{c.node, script}, "PORT="+strconv.Itoa(pport))
	if err != nil {
		return err
	}
	defer peer.stop()
	for _, s := range []*server{dipl, peer} {
		if err := s.waitReady(ctx, 60*time.Second); err != nil {
			return err
		}
	}

	entity := c.entity
	if entity == "" {
		if entity, err = pickEntity(ctx, dipl.url); err != nil {
			return err
		}
	}
	ps, err := pairs(entity, c.search)
	if err != nil {
		return err
	}
	libV, err := packageVersion(filepath.Join(c.peerDir, "node_modules", "@neo4j", "graphql"))
	if err != nil {
		return err
	}
	peerName := "@neo4j/graphql " + libV
	var report Report
	for _, p := range ps {
		d, err := ask(ctx, dipl.url, p.dipl)
		if err != nil {
			return fmt.Errorf("check %s: diplograph: %w", p.name, err)
		}
		pr, err := ask(ctx, peer.url, p.peer)
		if err != nil {
			return fmt.Errorf("check %s: peer: %w", p.name, err)
		}
		detail, err := p.check(d, pr)
		if err != nil {
			return fmt.Errorf("check %s: the sides disagree: %w", p.name, err)
		}
		fmt.Printf("check %-17s same data: %s\n", p.name, detail)
	}

	neo4jPID := listenerPID(uri)
	fmt.Printf("driving each side with %d clients for %s per query in %d alternating rounds (after %s of warm-up); Neo4j at %s; peer %s on Node.js %s; %d CPUs\n",
		c.clients, c.duration, c.rounds, c.warmup, uri, peerName, nodeV, runtime.NumCPU())
	if c.noCache {
		fmt.Println("Diplograph computes every answer (Cache-Control: no-cache), as the peer does")
	} else {
		fmt.Println("Diplograph answers repeated queries from its answer cache; -no-cache compares the work alone")
	}
	for _, p := range ps {
		sides := []*side{
			{name: "diplograph", url: dipl.url, body: p.dipl, pid: dipl.cmd.Process.Pid, neo4jPID: neo4jPID, noCache: c.noCache},
			{name: "peer", url: peer.url, body: p.peer, pid: peer.cmd.Process.Pid, neo4jPID: neo4jPID},
		}
		for _, sd := range sides {
			if c.warmup > 0 {
				sd.drive(ctx, p.name, c.clients, c.warmup, false)
			}
		}
		// Alternating short rounds spread whatever else the machine runs
		// over both sides instead of letting it land on one.
		for range c.rounds {
			for _, sd := range sides {
				sd.drive(ctx, p.name, c.clients, c.duration/time.Duration(c.rounds), true)
			}
		}
		if ctx.Err() != nil {
			return fmt.Errorf("interrupted: %w", ctx.Err())
		}
		d, pr := sides[0].result(p.name), sides[1].result(p.name)
		report.Results = append(report.Results, d, pr)
		ratio := Ratio{Query: p.name, Throughput: div(d.RequestsSec, pr.RequestsSec), P99: div(d.P99ms, pr.P99ms)}
		ratio.GoalMet = ratio.Throughput >= throughputGoal && ratio.P99 < 1 && d.Errors == 0 && pr.Errors == 0
		if d.CPUmsPerReq > 0 && d.Neo4jCPUmsPerReq > 0 && pr.CPUmsPerReq > 0 && pr.Neo4jCPUmsPerReq > 0 {
			ratio.CPU = (pr.CPUmsPerReq + pr.Neo4jCPUmsPerReq) / (d.CPUmsPerReq + d.Neo4jCPUmsPerReq)
		}
		report.Ratios = append(report.Ratios, ratio)
	}
	printTable(report)
	if c.jsonOut != "" {
		data, err := json.MarshalIndent(rows(report), "", "  ")
		if err != nil {
			return fmt.Errorf("encode results: %w", err)
		}
		if err := os.WriteFile(c.jsonOut, append(data, '\n'), 0o644); err != nil {
			return fmt.Errorf("write results: %w", err)
		}
	}
	return nil
}

func printTable(r Report) {
	fmt.Printf("\n%-17s %-11s %9s %9s %9s %7s %12s %12s\n", "query", "side", "req/s", "p50 ms", "p99 ms", "errors", "server cpu", "neo4j cpu")
	for i, ratio := range r.Ratios {
		for _, x := range r.Results[2*i : 2*i+2] {
			fmt.Printf("%-17s %-11s %9.0f %9.2f %9.2f %7d %12s %12s\n", x.Query, x.Side, x.RequestsSec, x.P50ms, x.P99ms, x.Errors, cpuMs(x.CPUmsPerReq), cpuMs(x.Neo4jCPUmsPerReq))
		}
		goal := "missed"
		if ratio.GoalMet {
			goal = "met"
		}
		fmt.Printf("%-17s %-11s %8.2fx %9s %8.2fx %7s %12s %12s  goal (>=%gx req/s, lower p99): %s\n", ratio.Query, "dipl/peer", ratio.Throughput, "", ratio.P99, "", "", "", throughputGoal, goal)
	}
	fmt.Println("server cpu, neo4j cpu: the CPU ms that process spent per request; a busy machine moves req/s, much less these.")
	for _, ratio := range r.Ratios {
		if ratio.CPU > 0 {
			fmt.Printf("%-17s the peer spends %.2fx the CPU (server + Neo4j) Diplograph does per request\n", ratio.Query, ratio.CPU)
		}
	}
	for _, x := range r.Results {
		if x.Errors > 0 {
			fmt.Printf("\nwarning: %s answered %d of %d %s requests with errors; its figures do not measure the query\n", x.Side, x.Errors, x.Requests, x.Query)
		}
	}
}

func cpuMs(v float64) string {
	if v <= 0 {
		return "-"
	}
	return strconv.FormatFloat(v, 'f', 2, 64)
}

// side accumulates one side's measurements of one query over the rounds.
type side struct {
	name, url, body string
	noCache         bool // send Cache-Control: no-cache
	pid, neo4jPID   int  // the server's and Neo4j's processes (0: unknown), whose CPU time is read from /proc

	metrics   vegeta.Metrics // every measured result, for the latency quantiles
	successes float64
	elapsed   time.Duration // the measured rounds' own durations, not the gaps between them
	gqlErrors int
	cpu       cpuTally
	neo4jCPU  cpuTally
}

// cpuTally sums a process's CPU time over the measured rounds; one round
// it cannot read makes the whole sum unknown.
type cpuTally struct {
	total, start time.Duration
	rounds       int
	failed       bool
}

func (t *cpuTally) begin(pid int) {
	if pid == 0 {
		t.failed = true
		return
	}
	var err error
	if t.start, err = benchproc.CPU(pid); err != nil {
		t.failed = true
	}
}

func (t *cpuTally) end(pid int) {
	if t.failed {
		return
	}
	now, err := benchproc.CPU(pid)
	if err != nil {
		t.failed = true
		return
	}
	t.total += now - t.start
	t.rounds++
}

func (t *cpuTally) perRequest(requests uint64) float64 {
	if t.failed || t.rounds == 0 || requests == 0 {
		return 0
	}
	return ms(t.total) / float64(requests)
}

// drive fires at the side like bench/apibench does: clients workers back to
// back (no rate), keep-alive, a 10 s timeout; a GraphQL error in a 200
// answer counts as an error too. Unless measure, the results are dropped.
func (s *side) drive(ctx context.Context, name string, clients uint64, d time.Duration, measure bool) {
	target := vegeta.Target{
		Method: http.MethodPost, URL: s.url, Body: []byte(s.body),
		Header: http.Header{"Content-Type": []string{"application/json"}},
	}
	if s.noCache {
		target.Header.Set("Cache-Control", "no-cache")
	}
	attacker := vegeta.NewAttacker(vegeta.Workers(clients), vegeta.MaxWorkers(clients), vegeta.KeepAlive(true), vegeta.Timeout(10*time.Second))
	if measure {
		s.cpu.begin(s.pid)
		s.neo4jCPU.begin(s.neo4jPID)
	}
	var round vegeta.Metrics
	for res := range attacker.Attack(vegeta.NewStaticTargeter(target), vegeta.Rate{}, d, name) {
		if ctx.Err() != nil {
			attacker.Stop()
		}
		if !measure {
			continue
		}
		round.Add(res)
		s.metrics.Add(res)
		if res.Code == http.StatusOK && bytes.Contains(res.Body, []byte(`"errors"`)) {
			s.gqlErrors++
		}
	}
	if !measure {
		return
	}
	s.cpu.end(s.pid)
	s.neo4jCPU.end(s.neo4jPID)
	round.Close()
	s.successes += float64(round.Requests) * round.Success
	s.elapsed += round.Duration + round.Wait
}

func (s *side) result(name string) Result {
	m := &s.metrics
	m.Close()
	r := Result{
		Side: s.name, Query: name, Requests: m.Requests,
		P50ms: ms(m.Latencies.P50), P99ms: ms(m.Latencies.P99),
		Errors: int(m.Requests) - int(math.Round(float64(m.Requests)*m.Success)) + s.gqlErrors,
	}
	if s.elapsed > 0 {
		r.RequestsSec = s.successes / s.elapsed.Seconds()
	}
	r.CPUmsPerReq = s.cpu.perRequest(m.Requests)
	r.Neo4jCPUmsPerReq = s.neo4jCPU.perRequest(m.Requests)
	return r
}

// div is a/b, or 0 when b is: JSON has no infinity.
func div(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// row is the shape bench/report gathers into make bench's table.
type row struct {
	Figure string  `json:"figure"`
	Value  float64 `json:"value"`
	Unit   string  `json:"unit"`
	Goal   string  `json:"goal,omitempty"`
}

// rows turns a report into make bench's rows: each side's figures, then
// the ratios the issue sets goals on.
func rows(r Report) []row {
	var out []row
	for i, ratio := range r.Ratios {
		for _, x := range r.Results[2*i : 2*i+2] {
			name := "peer " + x.Query + " " + x.Side
			out = append(out,
				row{name + " throughput", x.RequestsSec, "req/s", ""},
				row{name + " p50", x.P50ms, "ms", ""},
				row{name + " p99", x.P99ms, "ms", ""},
				row{name + " errors", float64(x.Errors), "count", "0"},
			)
			if x.CPUmsPerReq > 0 {
				out = append(out, row{name + " server cpu", x.CPUmsPerReq, "ms/req", ""})
			}
			if x.Neo4jCPUmsPerReq > 0 {
				out = append(out, row{name + " neo4j cpu", x.Neo4jCPUmsPerReq, "ms/req", ""})
			}
		}
		name := "peer " + ratio.Query + " diplograph/peer"
		out = append(out,
			row{name + " throughput", ratio.Throughput, "x", fmt.Sprintf(">= %g", throughputGoal)},
			row{name + " p99", ratio.P99, "x", "< 1"},
		)
		if ratio.CPU > 0 {
			out = append(out, row{"peer " + ratio.Query + " peer/diplograph cpu per request", ratio.CPU, "x", ""})
		}
	}
	return out
}
