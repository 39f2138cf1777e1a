package neo4jstore

import (
	"context"
	"testing"

	"github.com/diplograph/diplograph/store/storetest"
)

// BenchmarkApply loads a generated corpus of 2,000 documents of ten
// relations each into an empty database.
func BenchmarkApply(b *testing.B) {
	const docs, relsPerDoc = 2000, 10
	xs := storetest.Corpus(docs, relsPerDoc)
	ctx := context.Background()
	s := mustOpen(b, testConfig(testURI(b)))
	defer s.Close(ctx)
	for b.Loop() {
		b.StopTimer()
		wipe(b, s)
		b.StartTimer()
		if err := s.Apply(ctx, xs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(docs*relsPerDoc*b.N)/b.Elapsed().Seconds(), "relations/s")
}
