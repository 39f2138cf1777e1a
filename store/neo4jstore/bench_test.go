package neo4jstore

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/bench/synth"
	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/internal/benchproc"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/store/storetest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// BenchmarkApply loads a generated corpus of 2,000 documents of ten
// relations each into an empty database, and beside it, in the same run and
// on the same database, writes the same relations with bare UNWIND CREATE
// statements: the database's own limit for them, which shared machines move
// too much for figures of different runs to compare. It reports both rates
// and ours as a fraction of the bare one (x-bare, goal >= 0.8). The same
// whole graph (documents and mentions too) written bare gives a second
// reference (x-bare-graph): what is left between the two is the cost of
// the graph model rather than of the write path.
func BenchmarkApply(b *testing.B) {
	const docs, relsPerDoc = 2000, 10
	xs := storetest.Corpus(docs, relsPerDoc)
	ctx := context.Background()
	s := mustOpen(b, testConfig(testURI(b)))
	defer s.Close(ctx)
	var bare, bareGraph time.Duration
	b.Logf("load average before: %s", loadAverage())
	for b.Loop() {
		b.StopTimer()
		for _, ref := range []struct {
			took  *time.Duration
			write func(testing.TB, *Store, []domain.Extraction)
		}{{&bare, bareCreate}, {&bareGraph, bareCreateGraph}} {
			wipe(b, s)
			began := time.Now()
			ref.write(b, s, xs)
			*ref.took += time.Since(began)
		}
		wipe(b, s)
		b.StartTimer()
		if err := s.Apply(ctx, xs); err != nil {
			b.Fatal(err)
		}
	}
	rate := func(d time.Duration) float64 { return float64(docs*relsPerDoc*b.N) / d.Seconds() }
	ours := rate(b.Elapsed())
	b.ReportMetric(ours, "relations/s")
	b.ReportMetric(rate(bare), "bare-relations/s")
	b.ReportMetric(ours/rate(bare), "x-bare")
	b.ReportMetric(ours/rate(bareGraph), "x-bare-graph")
	b.Logf("load average after: %s", loadAverage())
}

// bareCreateGraph writes the whole graph Apply writes from xs, entities
// with their final state, documents, mentions and evidence, in
// transactions of the same size, one UNWIND CREATE each and nothing else.
func bareCreateGraph(tb testing.TB, s *Store, xs []domain.Extraction) {
	tb.Helper()
	ctx := context.Background()
	bs := batches(xs)
	final := map[string]*entity{}
	for _, b := range bs {
		for _, id := range b.entities {
			if final[id] == nil {
				final[id] = &entity{}
			}
			for _, c := range b.added[id] {
				final[id].merge(c)
			}
		}
	}
	// The documents are new: CREATE, where Apply must MERGE.
	createDocuments := strings.Replace(cypherWriteDocuments, "MERGE (d:Document", "CREATE (d:Document", 1)
	for _, b := range bs {
		var entities []map[string]any
		for _, id := range b.entities {
			if e := final[id]; e != nil {
				delete(final, id)
				props := e.props()
				props["id"] = id
				entities = append(entities, map[string]any{"props": props})
			}
		}
		err := write(ctx, s, "bare create graph", func(tx neo4j.ManagedTransaction) error {
			if err := exec(ctx, tx, cypherCreateEntities, map[string]any{"rows": entities}); err != nil {
				return err
			}
			if err := exec(ctx, tx, createDocuments, map[string]any{"rows": b.docs, "base": 0}); err != nil {
				return err
			}
			if err := exec(ctx, tx, cypherAddDocuments, map[string]any{"rows": b.mentionRows()}); err != nil {
				return err
			}
			return exec(ctx, tx, cypherCreateEvidence, map[string]any{"rows": b.evidence})
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
}

// loadAverage is the machine's load over the last 1, 5 and 15 minutes, to
// say how busy the shared machine was beside a figure.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	return strings.Join(strings.Fields(string(data))[:3], " ")
}

// bareCreate writes xs's entities and evidence relationships as Apply
// would, in transactions of the same size, but with nothing else: no
// documents, mentions, derived state or lock, one UNWIND CREATE each.
func bareCreate(tb testing.TB, s *Store, xs []domain.Extraction) {
	tb.Helper()
	ctx := context.Background()
	nodes := map[string]domain.Node{}
	for _, x := range xs {
		for _, e := range x.Entities {
			nodes[e.ID] = e
		}
	}
	created := map[string]bool{}
	for _, b := range batches(xs) {
		var entities []map[string]any
		for _, id := range b.entities {
			if !created[id] {
				created[id] = true
				e := nodes[id]
				entities = append(entities, map[string]any{"props": map[string]any{"id": id, "kind": string(e.Kind), "name": e.Name}})
			}
		}
		err := write(ctx, s, "bare create", func(tx neo4j.ManagedTransaction) error {
			if err := exec(ctx, tx, cypherCreateEntities, map[string]any{"rows": entities}); err != nil {
				return err
			}
			return exec(ctx, tx, cypherCreateEvidence, map[string]any{"rows": b.evidence})
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
}

// BenchmarkBulkImport is the bulk path on bench/synth's graph of a million
// relations: Bulk writes the CSV files, Neo4j's importer builds a database
// from them, and the rate is the distinct relations over both (goal >=
// 50,000/s; generating the extractions does not count). It then serves the
// database, times the first Open, which builds the constraints and indexes
// on the imported graph, and checks that the store counts every relation.
// Run it with -benchtime 1x.
func BenchmarkBulkImport(b *testing.B) {
	cfg := synth.Config{Entities: 100_000, Relations: 1_000_000, RelsPerDoc: 10, Seed: 1}
	var relations int
	var writing, importing, opening, cpu time.Duration
	for b.Loop() {
		dir := b.TempDir()
		csvDir, dataDir := filepath.Join(dir, "csv"), filepath.Join(dir, "data")
		bulk, err := NewBulk(csvDir)
		if err != nil {
			b.Fatal(err)
		}
		gen := synth.New(cfg)
		for !gen.Done() {
			xs := gen.Batch(1000)
			began, used := time.Now(), benchproc.SelfCPU()
			if err := bulk.Apply(context.Background(), xs); err != nil {
				b.Fatal(err)
			}
			writing += time.Since(began)
			cpu += benchproc.SelfCPU() - used
		}
		began, used := time.Now(), benchproc.SelfCPU()
		if err := bulk.Close(); err != nil {
			b.Fatal(err)
		}
		writing += time.Since(began)
		cpu += benchproc.SelfCPU() - used
		wall, importerCPU := neo4jtest.Import(b, csvDir, dataDir)
		importing += wall
		cpu += importerCPU
		relations += bulk.Relations()

		srv := neo4jtest.Start(b, neo4jtest.Options{DataDir: dataDir})
		began = time.Now()
		s := mustOpen(b, Config{URI: srv.URI(), Timeout: time.Minute})
		opening += time.Since(began)
		c, err := s.Counts(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		if c.Relations != bulk.Relations() {
			b.Errorf("the imported graph counts %d relations, want %d", c.Relations, bulk.Relations())
		}
		s.Close(context.Background())
		srv.Stop()
	}
	b.ReportMetric(float64(relations)/(writing+importing).Seconds(), "relations/s")
	b.ReportMetric(float64(relations)/importing.Seconds(), "import-relations/s")
	if cpu > 0 {
		b.ReportMetric(float64(relations)/cpu.Seconds(), "relations/cpu-s")
	}
	b.ReportMetric(opening.Seconds()/float64(b.N), "open-s")
	b.Logf("%d relations: CSV %.1f s, importer %.1f s, first open (schema) %.1f s, CSV and importer %.1f s of CPU; load average %s",
		relations/b.N, writing.Seconds()/float64(b.N), importing.Seconds()/float64(b.N), opening.Seconds()/float64(b.N),
		cpu.Seconds()/float64(b.N), loadAverage())
}
