// Command scalebench shows how the cost of Diplograph grows with the graph:
// the generated corpus at 1x, 10x and 100x the seeds' size is extracted and
// loaded into a fresh embedded store, then a synthetic graph of at least
// 100,000 entities and 1,000,000 relations is applied to the embedded store
// and, when NEO4J_URI is set, to Neo4j. For each it prints load time and
// rates, the embedded store's memory per node and per relation, and the
// latency of three queries the explorer makes, at the store level.
//
// The Neo4j run empties the database at NEO4J_URI first: never point it at
// one you care about.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/bench/synth"
	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/loader/corpusgen"
	"github.com/diplograph/diplograph/loader/kb"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/neo4jstore"
)

// result is one line of the table: one graph in one store.
type result struct {
	Store string
	Size  string
	Docs  int
	// Nodes and Relations are the store's own counts, after merging.
	Nodes, Relations int
	// Applied counts relations as the documents gave them, before the
	// store merges repeats: the work the load did, as in the stores' own
	// load benchmarks.
	Applied int
	Load    time.Duration
	// Heap is what the embedded store keeps; 0 for Neo4j, whose memory is
	// another process's.
	Heap    uint64
	Latency map[string]latency
	// Cut says a time budget stopped the load before the graph was whole.
	Cut bool
	// Notes say where the run measured less than asked.
	Notes []string
}

type options struct {
	seeds        string
	multiples    []int
	seed         uint64
	synth        synth.Config
	batch        int
	neo4jBatch   int
	neo4jBudget  time.Duration
	calls        int
	queryBudget  time.Duration
	skipCorpus   bool
	skipSynthMem bool
}

func main() {
	var o options
	multiples := flag.String("multiples", "1,10,100", "corpus sizes, as multiples of the seeds' size")
	flag.StringVar(&o.seeds, "seeds", "seeds", "the seed documents, whose total size is 1x")
	flag.Uint64Var(&o.seed, "seed", 1, "corpus generator seed; the same seed gives the same corpus")
	flag.IntVar(&o.synth.Entities, "entities", 100_000, "distinct entities of the synthetic graph")
	flag.IntVar(&o.synth.Relations, "relations", 1_000_000, "distinct relations of the synthetic graph, at least")
	flag.IntVar(&o.synth.RelsPerDoc, "rels-per-doc", 10, "relations per synthetic document")
	flag.IntVar(&o.batch, "batch", 256, "extractions per Apply on the embedded store")
	flag.IntVar(&o.neo4jBatch, "neo4j-batch", 300, "extractions per Apply on Neo4j")
	flag.DurationVar(&o.neo4jBudget, "neo4j-budget", 8*time.Minute, "stop loading Neo4j after this long and measure what it holds")
	flag.IntVar(&o.calls, "calls", 2000, "calls of each query at each size")
	flag.DurationVar(&o.queryBudget, "query-budget", 90*time.Second, "stop a query's calls after this long (at 100 calls at least)")
	flag.BoolVar(&o.skipCorpus, "skip-corpus", false, "skip the generated corpus runs")
	flag.BoolVar(&o.skipSynthMem, "skip-synthetic-embedded", false, "skip the synthetic graph on the embedded store")
	out := flag.String("json", "", "also write the figures here as rows {figure, value, unit, goal}")
	flag.Parse()
	o.synth.Seed = o.seed
	for _, m := range strings.Split(*multiples, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(m))
		if err != nil || n <= 0 {
			fail(fmt.Errorf("-multiples: %q is not a positive whole number", m))
		}
		o.multiples = append(o.multiples, n)
	}

	// What was measured is printed and written even when a later graph
	// fails, so a Neo4j failure keeps the embedded store's figures.
	results, err := run(context.Background(), o)
	if len(results) > 0 {
		printTable(results)
		if *out != "" {
			data, werr := json.MarshalIndent(rows(results), "", "  ")
			if werr == nil {
				werr = os.WriteFile(*out, data, 0o644)
			}
			if werr != nil {
				err = errors.Join(err, fmt.Errorf("write %s: %w", *out, werr))
			}
		}
	}
	if err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "scalebench:", err)
	os.Exit(1)
}

// run measures every graph in turn, returning what it measured so far when
// one fails.
func run(ctx context.Context, o options) ([]result, error) {
	var results []result
	if !o.skipCorpus {
		size, fileSize, err := seedSize(o.seeds)
		if err != nil {
			return nil, err
		}
		// Built before any heap is measured, so that the knowledge base's
		// automaton never counts as the store's memory.
		ex := loader.NewExtractor(kb.Default())
		for _, m := range o.multiples {
			progress("corpus %dx: %.1f MB", m, float64(size*int64(m))/1e6)
			r, err := corpusRun(ctx, ex, corpusgen.Config{Size: size * int64(m), FileSize: fileSize, Seed: o.seed}, o)
			if err != nil {
				return results, fmt.Errorf("corpus %dx: %w", m, err)
			}
			r.Size = strconv.Itoa(m) + "x"
			results = append(results, r)
		}
	}
	if !o.skipSynthMem {
		progress("synthetic graph on the embedded store")
		r, err := synthMemRun(ctx, o)
		if err != nil {
			return results, fmt.Errorf("synthetic graph on the embedded store: %w", err)
		}
		results = append(results, r)
	}
	if os.Getenv("NEO4J_URI") == "" {
		progress("NEO4J_URI is not set: Neo4j skipped")
		return results, nil
	}
	progress("synthetic graph on Neo4j")
	r, err := synthNeo4jRun(ctx, o)
	if err != nil {
		return results, fmt.Errorf("synthetic graph on Neo4j: %w", err)
	}
	return append(results, r), nil
}

func progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "scalebench: "+format+"\n", args...)
}

// seedSize is the seeds' total size, which is 1x, and their mean size, so
// that a generated corpus has documents as long as the seeds are.
func seedSize(dir string) (total, mean int64, err error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		return 0, 0, fmt.Errorf("no seed documents (*.txt) in %s", dir)
	}
	for _, f := range files {
		info, err := os.Stat(f)
		if err != nil {
			return 0, 0, fmt.Errorf("seed size: %w", err)
		}
		total += info.Size()
	}
	return total, total / int64(len(files)), nil
}

// corpusRun writes a corpus to a temporary folder, then times the whole
// load (reading, extraction and Apply, as `diplograph load` does it) into a
// fresh in-memory store; writing the corpus is not timed.
func corpusRun(ctx context.Context, ex *loader.Extractor, cfg corpusgen.Config, o options) (result, error) {
	dir, err := os.MkdirTemp("", "scalebench")
	if err != nil {
		return result{}, fmt.Errorf("corpus folder: %w", err)
	}
	defer os.RemoveAll(dir)
	cfg.Dir = dir
	if _, err := corpusgen.Generate(kb.Default(), cfg); err != nil {
		return result{}, err
	}
	before := liveHeap()
	st := memstore.New()
	start := time.Now()
	rep, err := loader.Load(ctx, st, ex, []string{dir}, loader.LoadOptions{})
	load := time.Since(start)
	if err != nil {
		return result{}, err
	}
	if len(rep.Failures) > 0 {
		return result{}, fmt.Errorf("%d documents failed to load, the first %v", len(rep.Failures), rep.Failures[0])
	}
	r := result{Store: "embedded", Docs: rep.Documents, Applied: rep.Relations, Load: load, Heap: grownSince(before)}
	return measure(ctx, st, r, o)
}

// measure fills in the store's counts and the query latencies.
func measure(ctx context.Context, st interface {
	querier
	Counts(ctx context.Context) (domain.Counts, error)
}, r result, o options) (result, error) {
	c, err := st.Counts(ctx)
	if err != nil {
		return r, fmt.Errorf("counts: %w", err)
	}
	r.Nodes, r.Relations = c.Nodes, c.Relations
	r.Latency, err = measureQueries(ctx, st, o.calls, o.queryBudget)
	for _, q := range queryNames {
		if n := r.Latency[q].Calls; n < o.calls {
			r.Notes = append(r.Notes, fmt.Sprintf("%s %s %s: %d calls, not %d, within the %s budget (-query-budget)", r.Store, r.Size, q, n, o.calls, o.queryBudget))
		}
	}
	return r, err
}

// applier is what streaming the synthetic graph needs of a store.
type applier interface {
	Apply(ctx context.Context, xs []domain.Extraction) error
}

// streamed sums up a synthetic load: only the Apply calls are timed, since
// generating the extractions is no part of a store's cost.
type streamed struct {
	docs, applied int
	load          time.Duration
	cut           bool // the budget ran out before the graph was whole
}

// stream applies the synthetic graph in batches; a positive budget stops
// it once the Apply calls have taken that long. The generator, with its set
// of the relations given, is garbage once this returns, so it does not
// count as the store's memory.
func stream(ctx context.Context, w applier, cfg synth.Config, batch int, budget time.Duration) (streamed, error) {
	var s streamed
	gen := synth.New(cfg)
	lastReport := time.Now()
	for {
		xs := gen.Batch(batch)
		if len(xs) == 0 {
			return s, nil
		}
		if time.Since(lastReport) > 30*time.Second {
			lastReport = time.Now()
			progress("  %d documents, %d relations applied in %.0f s (%.0f relations/s)", s.docs, s.applied, s.load.Seconds(), perSecond(s.applied, s.load))
		}
		start := time.Now()
		if err := w.Apply(ctx, xs); err != nil {
			return s, fmt.Errorf("apply documents %d to %d: %w", s.docs, s.docs+len(xs)-1, err)
		}
		s.load += time.Since(start)
		s.docs += len(xs)
		for _, x := range xs {
			s.applied += len(x.Relations)
		}
		if budget > 0 && s.load > budget {
			s.cut = true
			return s, nil
		}
	}
}

func synthMemRun(ctx context.Context, o options) (result, error) {
	before := liveHeap()
	st := memstore.New()
	s, err := stream(ctx, st, o.synth, o.batch, 0)
	if err != nil {
		return result{}, err
	}
	r := result{Store: "embedded", Size: "synthetic", Docs: s.docs, Applied: s.applied, Load: s.load, Heap: grownSince(before)}
	return measure(ctx, st, r, o)
}

func synthNeo4jRun(ctx context.Context, o options) (result, error) {
	cfg := neo4jstore.ConfigFromEnv()
	// A bench shares a busy machine: give a slow moment time to pass
	// rather than failing the run.
	cfg.Timeout = 30 * time.Second
	if err := wipe(ctx, cfg); err != nil {
		return result{}, err
	}
	st, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		return result{}, err
	}
	defer st.Close(ctx)
	s, err := stream(ctx, st, o.synth, o.neo4jBatch, o.neo4jBudget)
	if err != nil {
		return result{}, err
	}
	r := result{Store: "neo4j", Size: "synthetic", Docs: s.docs, Applied: s.applied, Load: s.load, Cut: s.cut}
	if s.cut {
		r.Notes = append(r.Notes, fmt.Sprintf("* neo4j synthetic: reduced, the load was cut short after %s of Apply (-neo4j-budget): the graph is the first %d documents of the embedded store's", o.neo4jBudget, s.docs))
	}
	return measure(ctx, st, r, o)
}

// wipe empties the database as the Neo4j store's tests do, in transactions
// of bounded size so that a large graph does not need one huge transaction.
func wipe(ctx context.Context, cfg neo4jstore.Config) error {
	auth := neo4j.NoAuth()
	if cfg.User != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		return fmt.Errorf("wipe %s: %w", cfg.URI, err)
	}
	defer driver.Close(ctx)
	sess := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: cfg.Database, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("wipe %s: %w", cfg.URI, err)
	}
	return nil
}

func perSecond(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

func perItem(bytes uint64, n int) float64 {
	if n == 0 {
		return 0
	}
	return float64(bytes) / float64(n)
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func printTable(results []result) {
	fmt.Printf("%-8s %-10s %7s %7s %9s %7s %7s %8s %7s %7s %7s %15s %15s %15s\n",
		"store", "size", "docs", "nodes", "relations", "load s", "docs/s", "rel/s", "MB", "B/node", "B/rel",
		"nbhd p50/p99", "search p50/p99", "top50 p50/p99")
	for _, r := range results {
		mem := fmt.Sprintf("%7s %7s %7s", "-", "-", "-")
		if r.Heap > 0 {
			mem = fmt.Sprintf("%7.1f %7.0f %7.0f", float64(r.Heap)/1e6, perItem(r.Heap, r.Nodes), perItem(r.Heap, r.Relations))
		}
		size := r.Size
		if r.Cut {
			size += "*"
		}
		fmt.Printf("%-8s %-10s %7d %7d %9d %7.2f %7.0f %8.0f %s", r.Store, size, r.Docs, r.Nodes, r.Relations,
			r.Load.Seconds(), perSecond(r.Docs, r.Load), perSecond(r.Applied, r.Load), mem)
		for _, q := range queryNames {
			l := r.Latency[q]
			fmt.Printf(" %15s", fmt.Sprintf("%.2f/%.2f", ms(l.P50), ms(l.P99)))
		}
		fmt.Println()
	}
	fmt.Println("rel/s counts relations as the documents gave them, before the store merges repeats;")
	fmt.Println("MB is the embedded store's live heap after the load, and B/node and B/rel each divide")
	fmt.Println("all of it (so they do not add up); latencies are in ms, one caller, at the store level:")
	fmt.Println("neighbourhood depth 2 limit 200 of a random node, search of a random name's first four")
	fmt.Println("letters (first 10), the 50 nodes of highest degree.")
	if g := growth(results); g != "" {
		fmt.Println(g)
	}
	for _, r := range results {
		for _, n := range r.Notes {
			fmt.Println(n)
		}
	}
}

// growth compares the largest generated corpus with the smallest, so that
// how each cost grows with the graph reads at a glance.
func growth(results []result) string {
	var corpus []result
	for _, r := range results {
		if strings.HasSuffix(r.Size, "x") {
			corpus = append(corpus, r)
		}
	}
	if len(corpus) < 2 {
		return ""
	}
	a, b := corpus[0], corpus[len(corpus)-1]
	ratio := func(x, y float64) string {
		if x == 0 {
			return "-"
		}
		return fmt.Sprintf("x%.1f", y/x)
	}
	return fmt.Sprintf("from %s to %s: relations %s, load time %s, B/rel %s, p99 neighbourhood %s, search %s, top50 %s",
		a.Size, b.Size, ratio(float64(a.Relations), float64(b.Relations)), ratio(a.Load.Seconds(), b.Load.Seconds()),
		ratio(perItem(a.Heap, a.Relations), perItem(b.Heap, b.Relations)),
		ratio(ms(a.Latency[qNeighbourhood].P99), ms(b.Latency[qNeighbourhood].P99)),
		ratio(ms(a.Latency[qSearch].P99), ms(b.Latency[qSearch].P99)),
		ratio(ms(a.Latency[qTopDegree].P99), ms(b.Latency[qTopDegree].P99)))
}

// row is the shape bench/report gathers into make bench's table.
type row struct {
	Figure string  `json:"figure"`
	Value  float64 `json:"value"`
	Unit   string  `json:"unit"`
	Goal   string  `json:"goal,omitempty"`
}

func rows(results []result) []row {
	var out []row
	for _, r := range results {
		name := "scale " + r.Store + " " + r.Size
		// Issue 10's goals hold for the embedded store on the synthetic graph.
		var rateGoal, heapGoal string
		if r.Store == "embedded" && r.Size == "synthetic" {
			rateGoal, heapGoal = ">= 200000", "<= 400"
		}
		out = append(out,
			row{Figure: name + " nodes", Value: float64(r.Nodes), Unit: "count"},
			row{Figure: name + " relations", Value: float64(r.Relations), Unit: "count"},
			row{Figure: name + " load", Value: r.Load.Seconds(), Unit: "s"},
			row{Figure: name + " load", Value: perSecond(r.Docs, r.Load), Unit: "documents/s"},
			row{Figure: name + " load", Value: perSecond(r.Applied, r.Load), Unit: "relations/s", Goal: rateGoal},
		)
		if r.Heap > 0 {
			out = append(out,
				row{Figure: name + " heap", Value: float64(r.Heap) / 1e6, Unit: "MB"},
				row{Figure: name + " heap per node", Value: perItem(r.Heap, r.Nodes), Unit: "B/node"},
				row{Figure: name + " heap per relation", Value: perItem(r.Heap, r.Relations), Unit: "B/relation", Goal: heapGoal},
			)
		}
		for _, q := range queryNames {
			l := r.Latency[q]
			out = append(out,
				row{Figure: name + " " + q + " p50", Value: ms(l.P50), Unit: "ms"},
				row{Figure: name + " " + q + " p99", Value: ms(l.P99), Unit: "ms"},
			)
		}
	}
	return out
}
