package memstore_test

import (
	"context"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/diplograph/diplograph/bench/synth"
	"github.com/diplograph/diplograph/internal/benchproc"
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

// BenchmarkOpen opens a file of 20,000 documents and 200,000 relations, as
// a server starts on the graph it served before: the records are read and
// the graph rebuilt from them.
func BenchmarkOpen(b *testing.B) {
	const docs, relsPerDoc, batch = 20000, 10, 256
	xs := storetest.Corpus(docs, relsPerDoc)
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "graph.db")
	s, err := memstore.OpenWith(path, memstore.Options{BulkLoad: true})
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < len(xs); i += batch {
		if err := s.Apply(ctx, xs[i:min(i+batch, len(xs))]); err != nil {
			b.Fatal(err)
		}
	}
	s.Close(ctx)
	for b.Loop() {
		s, err := memstore.OpenWith(path, memstore.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close(ctx)
		b.StartTimer()
	}
	b.ReportMetric(float64(docs*relsPerDoc*b.N)/b.Elapsed().Seconds(), "relations/s")
}

// Issue 10's goals for the embedded store on the synthetic graph of a
// million relations: what it keeps per relation, and how fast it loads.
const (
	goalBytesPerRelation   = 400
	goalRelationsPerSecond = 200_000
)

// BenchmarkSyntheticGraph streams bench/synth's graph into an in-memory
// store, as scalebench does, and reports the live heap the store keeps per
// relation and the load rate of its Apply calls, both in wall-clock time and
// in CPU time (on a shared machine wall time also counts waits for a core).
// Apply prepares a batch on every core and then applies it in the calling
// goroutine, so a third rate counts only that goroutine's CPU time (Linux):
// the serial part of a load, which bounds its wall-clock rate on idle cores
// and moves little with what else the machine runs.
// Run it with -benchtime 1x: one load of a million relations is the figure.
func BenchmarkSyntheticGraph(b *testing.B) {
	sizes := []struct {
		name string
		cfg  synth.Config
	}{
		{"200k", synth.Config{Entities: 20_000, Relations: 200_000, RelsPerDoc: 10, Seed: 1}},
		{"1M", synth.Config{Entities: 100_000, Relations: 1_000_000, RelsPerDoc: 10, Seed: 1}},
	}
	for _, size := range sizes {
		b.Run(size.name, func(b *testing.B) {
			var heap, relations, applied int
			var wall, cpu, serial time.Duration
			for b.Loop() {
				before := liveHeap()
				st, l := loadSynthetic(b, size.cfg)
				heap = int(liveHeap()) - int(before)
				c, err := st.Counts(context.Background())
				if err != nil {
					b.Fatal(err)
				}
				relations, applied = c.Relations, l.applied
				wall += l.wall
				cpu += l.cpu
				serial += l.serial
				runtime.KeepAlive(st)
			}
			perRelation := float64(heap) / float64(relations)
			rate := float64(applied*b.N) / wall.Seconds()
			b.ReportMetric(perRelation, "B/relation")
			b.ReportMetric(rate, "relations/s")
			if cpu > 0 {
				b.ReportMetric(float64(applied*b.N)/cpu.Seconds(), "relations/cpu-s")
			}
			if serial > 0 {
				b.ReportMetric(float64(applied*b.N)/serial.Seconds(), "relations/serial-cpu-s")
			}
			b.Logf("%d relations: %.0f B/relation (goal <= %d), load %.0f relations/s (goal >= %d)",
				relations, perRelation, goalBytesPerRelation, rate, goalRelationsPerSecond)
		})
	}
}

// loaded sums up a synthetic load: only the Apply calls count, since
// generating the extractions is no part of the store's cost.
type loaded struct {
	applied           int
	wall, cpu, serial time.Duration
}

// loadSynthetic applies the graph in the loader's batches. The generator,
// with its set of the relations given, is garbage once this returns, so it
// does not count as the store's memory.
func loadSynthetic(b *testing.B, cfg synth.Config) (*memstore.Store, loaded) {
	const batch = 256
	ctx := context.Background()
	st := memstore.New()
	gen := synth.New(cfg)
	var l loaded
	// On its own thread, the goroutine's CPU time is the thread's.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for xs := gen.Batch(batch); len(xs) > 0; xs = gen.Batch(batch) {
		wall, cpu, serial := time.Now(), benchproc.SelfCPU(), threadCPUTime()
		if err := st.Apply(ctx, xs); err != nil {
			b.Fatal(err)
		}
		l.serial += threadCPUTime() - serial
		l.cpu += benchproc.SelfCPU() - cpu
		l.wall += time.Since(wall)
		for _, x := range xs {
			l.applied += len(x.Relations)
		}
	}
	return st, l
}

// liveHeap is the heap still reachable after a full collection.
func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}
