// Command apibench drives a real diplograph server with vegeta: 64
// concurrent clients per example query, on the embedded store and, when
// NEO4J_URI is set, on Neo4j; it prints requests/s, p50, p99, errors and the
// server's own CPU time per request. Every query is driven for a second
// before it is measured, so no row holds a cold start.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"

	"github.com/diplograph/diplograph/bench/uiqueries"
	"github.com/diplograph/diplograph/internal/benchproc"
)

// query is one example a benchmark fires; variables are filled from the
// seed graph at start so the bench does not hard-code IDs.
type query struct {
	name   string
	bodies []string // cycled through, one per request
	// fresh asks the server not to answer from its response cache
	// (Cache-Control: no-cache), so the row measures the work itself.
	fresh bool
}

// Result is one row of the printed table and of the JSON file.
type Result struct {
	Store       string  `json:"store"`
	Query       string  `json:"query"`
	Requests    uint64  `json:"requests"`
	RequestsSec float64 `json:"requests_per_second"`
	P50ms       float64 `json:"p50_ms"`
	P99ms       float64 `json:"p99_ms"`
	Errors      int     `json:"errors"`
	// CPUms is the server process's CPU time (user and system) per request;
	// unlike requests/s it hardly moves with what else the machine runs.
	CPUms float64 `json:"cpu_ms_per_request"`
	// ClientCPUms is this process's CPU time per request: the clients run
	// on the same cores as the server.
	ClientCPUms float64 `json:"client_cpu_ms_per_request"`
	// FloorMs is the mean latency the clients would see if CPU were the
	// only limit: each of them waits for the requests of all the others to
	// have their CPU time, the server's and the clients', on the machine's
	// cores (Little's law), so no p99 can be below it. A p99 over its goal
	// with a floor over it too is the machine's, not the server's.
	FloorMs float64 `json:"latency_floor_ms"`
}

func main() {
	bin := flag.String("bin", "bin/diplograph", "the diplograph binary")
	seeds := flag.String("seeds", "seeds", "the seed documents")
	workers := flag.Uint64("clients", 64, "concurrent clients")
	duration := flag.Duration("duration", 5*time.Second, "how long each query is driven")
	out := flag.String("json", "", "also write the results here as JSON")
	flag.Parse()
	var results []Result
	var extra []row
	stores := []string{"embedded"}
	if os.Getenv("NEO4J_URI") != "" {
		stores = append(stores, "neo4j")
	}
	for _, store := range stores {
		rs, more, err := benchStore(store, *bin, *seeds, *workers, *duration)
		if err != nil {
			fmt.Fprintf(os.Stderr, "apibench %s: %v\n", store, err)
			os.Exit(1)
		}
		results = append(results, rs...)
		extra = append(extra, more...)
	}
	fmt.Printf("%-9s %-30s %10s %9s %9s %7s %8s %10s %9s\n", "store", "query", "req/s", "p50 ms", "p99 ms", "errors", "cpu ms", "client ms", "floor ms")
	for _, r := range results {
		fmt.Printf("%-9s %-30s %10.0f %9.2f %9.2f %7d %8.3f %10.3f %9.2f\n", r.Store, r.Query, r.RequestsSec, r.P50ms, r.P99ms, r.Errors, r.CPUms, r.ClientCPUms, r.FloorMs)
	}
	fmt.Printf("floor: %d clients x (server + client CPU per request) / %d cores\n", *workers, runtime.NumCPU())
	for _, r := range extra {
		fmt.Printf("%s: %g %s (goal %s)\n", r.Figure, r.Value, r.Unit, r.Goal)
	}
	if *out != "" {
		data, _ := json.MarshalIndent(append(rows(results), extra...), "", "  ")
		if err := os.WriteFile(*out, data, 0o644); err != nil {
			fmt.Fprintf(os.Stderr, "apibench: %v\n", err)
			os.Exit(1)
		}
	}
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// benchStore measures the example queries on one store. On Neo4j it also
// returns issue 10's rows for a cold start (the first requests once the
// server is ready) and for the statements one neighbourhood request sends.
func benchStore(store, bin, seeds string, workers uint64, duration time.Duration) ([]Result, []row, error) {
	port, err := freePort()
	if err != nil {
		return nil, nil, err
	}
	dir, err := os.MkdirTemp("", "apibench")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(dir)
	cmd := exec.Command(bin, "serve", "-addr", "127.0.0.1:"+strconv.Itoa(port), "-data", filepath.Join(dir, "graph.db"), "-seed", seeds, "-rate", "-1")
	cmd.Env = os.Environ()
	var statements *boltCounter
	switch store {
	case "embedded":
		cmd.Env = append(cmd.Env, "NEO4J_URI=")
	case "neo4j":
		if statements, err = newBoltCounter(os.Getenv("NEO4J_URI")); err != nil {
			// The other figures do not need the count.
			fmt.Fprintf(os.Stderr, "apibench: no statement count: %v\n", err)
		} else {
			defer statements.Close()
			cmd.Env = append(cmd.Env, "NEO4J_URI="+statements.URI())
		}
	}
	logFile, err := os.Create(filepath.Join(dir, "server.log"))
	if err != nil {
		return nil, nil, err
	}
	cmd.Stdout, cmd.Stderr = logFile, logFile
	benchproc.DieWithParent(cmd)
	if err := cmd.Start(); err != nil {
		return nil, nil, fmt.Errorf("start server: %w", err)
	}
	defer func() {
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
	}()
	base := "http://127.0.0.1:" + strconv.Itoa(port)
	if err := waitReady(base, 60*time.Second); err != nil {
		return nil, nil, err
	}
	queries, err := exampleQueries(base)
	if err != nil {
		return nil, nil, err
	}
	named := func(name string) query {
		i := slices.IndexFunc(queries, func(q query) bool { return strings.HasPrefix(q.name, name) })
		return queries[i]
	}
	var extra []row
	if store == "neo4j" {
		// Before anything warms the server up: the requests of a client
		// that starts the moment the server says it is ready.
		failed := coldStart(base, named("top ten neighbourhoods uncached"), int(workers))
		extra = append(extra, row{fmt.Sprintf("api neo4j first %d requests once ready, failed", workers), float64(failed), "count", "0"})
	}
	var results []Result
	for _, q := range queries {
		attack(base, q, workers, time.Second) // warm-up: pools, caches, JIT of the database
		before, err := benchproc.CPU(cmd.Process.Pid)
		if err != nil {
			return nil, nil, err
		}
		clientBefore, err := benchproc.CPU(os.Getpid())
		if err != nil {
			return nil, nil, err
		}
		r := attack(base, q, workers, duration)
		after, err := benchproc.CPU(cmd.Process.Pid)
		if err != nil {
			return nil, nil, err
		}
		clientAfter, err := benchproc.CPU(os.Getpid())
		if err != nil {
			return nil, nil, err
		}
		r.Store = store
		if r.Requests > 0 {
			r.CPUms = ms(after-before) / float64(r.Requests)
			r.ClientCPUms = ms(clientAfter-clientBefore) / float64(r.Requests)
			r.FloorMs = float64(workers) * (r.CPUms + r.ClientCPUms) / float64(runtime.NumCPU())
		}
		results = append(results, r)
	}
	if statements != nil {
		for _, s := range []struct{ query, figure, goal string }{
			{"neighbourhood", "api neo4j neighbourhood statements per request", "1"},
			// No goal: the issue counted its statements (77) as a cause.
			{"explorer", "api neo4j explorer neighbourhood statements per request", ""},
		} {
			n, err := statementsPerRequest(base, named(s.query).bodies[0], statements)
			if err != nil {
				return nil, nil, fmt.Errorf("%s: %w", s.figure, err)
			}
			extra = append(extra, row{s.figure, n, "count", s.goal})
		}
	}
	return results, extra, nil
}

// coldStart sends n requests of q at once and counts those that fail.
func coldStart(base string, q query, n int) int {
	var failed atomic.Int64
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			req, _ := http.NewRequest(http.MethodPost, base+"/graphql", strings.NewReader(q.bodies[i%len(q.bodies)]))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Cache-Control", "no-cache")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				failed.Add(1)
				return
			}
			defer resp.Body.Close()
			body, err := io.ReadAll(resp.Body)
			if err != nil || resp.StatusCode != http.StatusOK || bytes.Contains(body, []byte(`"errors"`)) {
				failed.Add(1)
			}
		})
	}
	wg.Wait()
	return int(failed.Load())
}

// statementsPerRequest is the median number of statements an uncached
// neighbourhood request sends. Each is sent right after the same request
// answered from the cache, which reads the graph's version if the store's
// memo of it is stale, so that the counted request finds it fresh: the
// version read is the cache's cost, not the neighbourhood's.
func statementsPerRequest(base, body string, c *boltCounter) (float64, error) {
	const rounds = 21
	counts := make([]float64, 0, rounds)
	for range rounds {
		if err := send(base, body, false); err != nil {
			return 0, err
		}
		before := c.Statements()
		if err := send(base, body, true); err != nil {
			return 0, err
		}
		counts = append(counts, float64(c.Statements()-before))
	}
	slices.Sort(counts)
	return counts[rounds/2], nil
}

// send posts one GraphQL request, uncached if fresh, and fails on an error
// answer.
func send(base, body string, fresh bool) error {
	req, err := http.NewRequest(http.MethodPost, base+"/graphql", strings.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if fresh {
		req.Header.Set("Cache-Control", "no-cache")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	answer, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK || bytes.Contains(answer, []byte(`"errors"`)) {
		return fmt.Errorf("request answered %d: %.200s", resp.StatusCode, answer)
	}
	return nil
}

// waitReady waits for /readyz: the server has warmed up its store.
func waitReady(base string, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		resp, err := http.Get(base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return errors.New("server did not become ready")
}

// exampleQueries resolves the most connected entities of the loaded graph
// and builds the queries a researcher and the explorer make most.
func exampleQueries(base string) ([]query, error) {
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
	if err := post(base, `{"query":"{ entities(orderBy: DEGREE, first: 10) { edges { node { id } } } }"}`, &top); err != nil {
		return nil, err
	}
	if len(top.Data.Entities.Edges) < 2 {
		return nil, errors.New("the graph has fewer than two entities")
	}
	var ids []string
	for _, e := range top.Data.Entities.Edges {
		ids = append(ids, e.Node.ID)
	}
	a, b := ids[0], ids[1]
	// The explorer's example is Germany when the graph has it (the seeds
	// do), else the most connected entity.
	var found struct {
		Data struct {
			Search []struct {
				Entity struct {
					ID   string `json:"id"`
					Name string `json:"name"`
				} `json:"entity"`
			} `json:"search"`
		} `json:"data"`
	}
	focus, focusName := a, "top entity"
	if err := post(base, `{"query":"{ search(text: \"Germany\", first: 1) { entity { id name } } }"}`, &found); err == nil &&
		len(found.Data.Search) == 1 && found.Data.Search[0].Entity.Name == "Germany" {
		focus, focusName = found.Data.Search[0].Entity.ID, "Germany"
	}
	gql := func(q string, vars map[string]any) string {
		body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
		return string(body)
	}
	one := func(name, body string) query { return query{name: name, bodies: []string{body}} }
	const neighbourhood = `query($id: ID!) { neighbourhood(id: $id, depth: 1) { nodes { id name kind degree } edges { id type source { id } target { id } } } }`
	var topTen []string
	for _, id := range ids {
		topTen = append(topTen, gql(neighbourhood, map[string]any{"id": id}))
	}
	return []query{
		one("typename", `{"query":"{ __typename }"}`),
		{name: "top ten neighbourhoods uncached", bodies: topTen, fresh: true},
		{name: "top ten neighbourhoods repeated", bodies: topTen},
		{name: "explorer " + focusName, bodies: []string{gql(uiqueries.Neighbourhood, map[string]any{"id": focus, "depth": 1, "limit": uiqueries.FocusLimit})}, fresh: true},
		one("neighbourhood", gql(neighbourhood, map[string]any{"id": a})),
		one("search", gql(`query($t: String!) { search(text: $t, first: 10) { score entity { id name kind } } }`, map[string]any{"t": "inter"})),
		one("node with relations", gql(`query($id: ID!) { node(id: $id) { id ... on Entity { name relations(first: 20) { type source { name } target { name } evidence { text } } } } }`, map[string]any{"id": a})),
		one("filtered listing", gql(`{ entities(filter: {kinds: [ACTOR]}, orderBy: DEGREE, first: 20) { totalCount edges { node { id name degree } } } }`, nil)),
		one("shortest path", gql(`query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { length edges { type evidence { text } } } }`, map[string]any{"a": a, "b": b})),
	}, nil
}

func post(base, body string, out any) error {
	resp, err := http.Post(base+"/graphql", "application/json", bytes.NewBufferString(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

func attack(base string, q query, workers uint64, duration time.Duration) Result {
	header := http.Header{"Content-Type": []string{"application/json"}}
	if q.fresh {
		header.Set("Cache-Control", "no-cache")
	}
	var targets []vegeta.Target
	for _, body := range q.bodies {
		targets = append(targets, vegeta.Target{Method: http.MethodPost, URL: base + "/graphql", Body: []byte(body), Header: header})
	}
	attacker := vegeta.NewAttacker(vegeta.Workers(workers), vegeta.MaxWorkers(workers), vegeta.KeepAlive(true), vegeta.Timeout(10*time.Second))
	var m vegeta.Metrics
	gqlErrors := 0
	ctx, cancel := context.WithTimeout(context.Background(), duration+15*time.Second)
	defer cancel()
	for res := range attacker.Attack(vegeta.NewStaticTargeter(targets...), vegeta.Rate{}, duration, q.name) {
		m.Add(res)
		// A GraphQL error still answers 200: count it as an error too.
		if res.Code == http.StatusOK && bytes.Contains(res.Body, []byte(`"errors"`)) {
			gqlErrors++
		}
		if ctx.Err() != nil {
			attacker.Stop()
		}
	}
	m.Close()
	errs := int(m.Requests) - int(math.Round(float64(m.Requests)*m.Success)) + gqlErrors
	return Result{
		Query: q.name, Requests: m.Requests, RequestsSec: m.Throughput,
		P50ms: ms(m.Latencies.P50), P99ms: ms(m.Latencies.P99), Errors: errs,
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// row is the shape bench/report gathers into make bench's table.
type row struct {
	Figure string  `json:"figure"`
	Value  float64 `json:"value"`
	Unit   string  `json:"unit"`
	Goal   string  `json:"goal,omitempty"`
}

// cpuGoals are issue 10's goals for the server's CPU time per request on
// the embedded store.
var cpuGoals = map[string]string{
	"typename":                        "<= 0.3",
	"top ten neighbourhoods uncached": "<= 1.0",
	"top ten neighbourhoods repeated": "<= 0.3",
	"explorer Germany":                "<= 3",
}

func rows(results []Result) []row {
	var out []row
	for _, r := range results {
		name := "api " + r.Store + " " + r.Query
		p99Goal, cpuGoal := "", ""
		if r.Store == "embedded" {
			cpuGoal = cpuGoals[r.Query]
			p99Goal = "< 50"
			if r.Query == "neighbourhood" || r.Query == "search" {
				p99Goal = "< 10"
			}
		}
		out = append(out,
			row{name + " throughput", r.RequestsSec, "req/s", ""},
			row{name + " p50", r.P50ms, "ms", ""},
			row{name + " p99", r.P99ms, "ms", p99Goal},
			row{name + " errors", float64(r.Errors), "count", "0"},
			row{name + " server cpu", r.CPUms, "ms/request", cpuGoal},
			row{name + " client cpu", r.ClientCPUms, "ms/request", ""},
			row{name + " latency floor", r.FloorMs, "ms", ""},
		)
	}
	return out
}
