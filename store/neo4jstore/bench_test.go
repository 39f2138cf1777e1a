package neo4jstore

import (
	"context"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/store/storetest"
)

// BenchmarkApply loads a generated corpus of 2,000 documents of ten
// relations each into an empty database, and beside it, in the same run and
// on the same database, writes the same relations with bare UNWIND CREATE
// statements: the database's own limit for them, which shared machines move
// too much for figures of different runs to compare. It reports both rates
// and ours as a fraction of the bare one (x-bare, goal >= 0.8).
func BenchmarkApply(b *testing.B) {
	const docs, relsPerDoc = 2000, 10
	xs := storetest.Corpus(docs, relsPerDoc)
	ctx := context.Background()
	s := mustOpen(b, testConfig(testURI(b)))
	defer s.Close(ctx)
	var bare time.Duration
	for b.Loop() {
		b.StopTimer()
		wipe(b, s)
		began := time.Now()
		bareCreate(b, s, xs)
		bare += time.Since(began)
		wipe(b, s)
		b.StartTimer()
		if err := s.Apply(ctx, xs); err != nil {
			b.Fatal(err)
		}
	}
	ours := float64(docs*relsPerDoc*b.N) / b.Elapsed().Seconds()
	floor := float64(docs*relsPerDoc*b.N) / bare.Seconds()
	b.ReportMetric(ours, "relations/s")
	b.ReportMetric(floor, "bare-relations/s")
	b.ReportMetric(ours/floor, "x-bare")
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
