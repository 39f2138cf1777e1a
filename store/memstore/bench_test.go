package memstore_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/storetest"
)

// BenchmarkApply loads the same generated corpus as the Neo4j store's
// benchmark into an empty embedded store in bulk-load mode, as the load
// command opens it, in batches as the loader sends them.
func BenchmarkApply(b *testing.B) {
	const docs, relsPerDoc, batch = 2000, 10, 256
	xs := storetest.Corpus(docs, relsPerDoc)
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		s, err := memstore.OpenWith(filepath.Join(b.TempDir(), "graph.db"), memstore.Options{BulkLoad: true})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for i := 0; i < len(xs); i += batch {
			if err := s.Apply(ctx, xs[i:min(i+batch, len(xs))]); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		s.Close(ctx)
		b.StartTimer()
	}
	b.ReportMetric(float64(docs*relsPerDoc*b.N)/b.Elapsed().Seconds(), "relations/s")
}
