package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"testing"

	"github.com/diplograph/diplograph/domain"
)

// cancelAfter cancels its context once n bytes have been written to it.
type cancelAfter struct {
	n       int
	written int
	cancel  context.CancelFunc
}

func (c *cancelAfter) Write(b []byte) (int, error) {
	c.written += len(b)
	if c.written >= c.n {
		c.cancel()
	}
	return len(b), nil
}

func large(nodes int) domain.Subgraph {
	var g domain.Subgraph
	for i := range nodes {
		g.Nodes = append(g.Nodes, domain.Node{ID: fmt.Sprintf("actor:a%d", i), Kind: domain.Actor, Name: fmt.Sprintf("Actor %d", i)})
		if i > 0 {
			g.Relations = append(g.Relations, domain.NewRelation(domain.Supports, g.Nodes[i-1].ID, g.Nodes[i].ID, 0.5,
				domain.Evidence{Document: "document:a", Text: "A supports B.", End: 13}))
		}
	}
	return g
}

// An export is written as it is encoded, and stops soon after its context
// is cancelled (the client went away, or its time ran out) instead of
// encoding the rest of the graph for nobody.
func TestExportsStopWhenCancelled(t *testing.T) {
	g := large(20000)
	for _, f := range []Format{GraphML, GEXF, JSON, NodesCSV, EdgesCSV} {
		t.Run(fmt.Sprintf("a %s export stops once its request is cancelled", f), func(t *testing.T) {
			full := &cancelAfter{n: 1 << 62, cancel: func() {}}
			if err := Write(full, f, g); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			w := &cancelAfter{n: 64 << 10, cancel: cancel}
			err := WriteContext(ctx, w, f, g)
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("got %v, want context.Canceled", err)
			}
			t.Logf("wrote %d of %d bytes before stopping", w.written, full.written)
			if w.written > full.written/4 {
				t.Errorf("wrote %d of %d bytes after the cancel", w.written, full.written)
			}
		})
	}
	t.Run("an export with a cancelled context writes nothing of the graph", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if err := WriteContext(ctx, io.Discard, JSON, g); !errors.Is(err, context.Canceled) {
			t.Fatalf("got %v, want context.Canceled", err)
		}
	})
}

// midGC measures the live heap once half of an export has been written.
type midGC struct {
	n, at   int
	live    uint64
	sampled bool
}

func (m *midGC) Write(b []byte) (int, error) {
	m.n += len(b)
	if !m.sampled && m.n >= m.at {
		m.sampled = true
		runtime.GC()
		var s runtime.MemStats
		runtime.ReadMemStats(&s)
		m.live = s.HeapAlloc
	}
	return len(b), nil
}

// Halfway through an export the heap holds the graph and little more: no
// document the size of the file is built first (GraphML held 52 MiB and
// GEXF 120 MiB for 100,000 nodes before they were streamed).
func TestExportsAreStreamed(t *testing.T) {
	g := large(50000)
	const slack = 8 << 20
	for _, f := range []Format{GraphML, GEXF, JSON, NodesCSV, EdgesCSV} {
		t.Run(fmt.Sprintf("a %s export holds little beyond the graph while it is written", f), func(t *testing.T) {
			probe := &midGC{at: 1 << 62}
			if err := Write(probe, f, g); err != nil {
				t.Fatal(err)
			}
			runtime.GC()
			var s runtime.MemStats
			runtime.ReadMemStats(&s)
			base := s.HeapAlloc
			m := &midGC{at: probe.n / 2}
			if err := Write(m, f, g); err != nil {
				t.Fatal(err)
			}
			grown := int64(m.live) - int64(base)
			t.Logf("%d KiB file: %d KiB live beyond the graph halfway", probe.n>>10, grown>>10)
			if grown > slack {
				t.Errorf("%d MiB live beyond the graph halfway through a %d MiB file", grown>>20, probe.n>>20)
			}
		})
	}
}
