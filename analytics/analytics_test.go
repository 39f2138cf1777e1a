package analytics

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/diplograph/diplograph/domain"
)

// twoStars builds two stars joined by one edge between their hubs: hubs are
// the most central nodes, and each star is its own community.
func twoStars() domain.Subgraph {
	var g domain.Subgraph
	add := func(id string) { g.Nodes = append(g.Nodes, domain.Node{ID: id}) }
	link := func(a, b string) {
		g.Relations = append(g.Relations, domain.NewRelation(domain.CooperatesWith, a, b, 1))
	}
	for _, hub := range []string{"a", "b"} {
		add(hub)
		for i := range 5 {
			leaf := fmt.Sprintf("%s%d", hub, i)
			add(leaf)
			link(hub, leaf)
		}
	}
	link("a", "b")
	return g
}

func TestCompute(t *testing.T) {
	res := Compute(twoStars())
	hub, leaf := res.ByNode["a"], res.ByNode["a1"]
	t.Run("hubs rank above leaves", func(t *testing.T) {
		if hub.PageRank <= leaf.PageRank || hub.Betweenness <= leaf.Betweenness {
			t.Errorf("hub %+v, leaf %+v", hub, leaf)
		}
	})
	t.Run("the bridge between the hubs carries every cross path", func(t *testing.T) {
		// a lies between each of its 5 leaves and b's 6 nodes (30 pairs)
		// and between its own leaves (10 pairs): 40 of the 55 pairs of the
		// other 11 nodes.
		if got, want := hub.Betweenness, round(40.0/55); got != want {
			t.Errorf("hub betweenness %v, want %v", got, want)
		}
		if leaf.Betweenness != 0 {
			t.Errorf("leaf betweenness %v, want 0", leaf.Betweenness)
		}
	})
	t.Run("each star is one community", func(t *testing.T) {
		for i := range 5 {
			if res.ByNode[fmt.Sprintf("a%d", i)].Community != hub.Community || res.ByNode[fmt.Sprintf("b%d", i)].Community != res.ByNode["b"].Community {
				t.Errorf("leaf %d is outside its star's community", i)
			}
		}
		if hub.Community == res.ByNode["b"].Community {
			t.Error("the two stars share a community")
		}
	})
	t.Run("an empty graph has no figures", func(t *testing.T) {
		if got := Compute(domain.Subgraph{}); len(got.ByNode) != 0 {
			t.Errorf("got %v", got.ByNode)
		}
	})
}

// WaitCurrent waits for the figures of a graph too large for a request to
// wait for, so that a server can have them before it reports ready.
func TestWaitCurrentWaitsForALargeGraphsFigures(t *testing.T) {
	for _, tc := range []struct {
		name  string
		ready bool // the figures are computed before WaitCurrent is called
	}{
		{"the figures of a graph over the sync limit are current once it returns", false},
		{"it returns at once when the figures are current already", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := &source{}
			src.set(twoStars())
			c := NewCacheWith(src, Options{SyncLimit: 1})
			defer c.Close()
			if tc.ready {
				if err := c.WaitCurrent(context.Background()); err != nil {
					t.Fatal(err)
				}
			} else {
				// The graph is read only once the gate opens, so a fast
				// machine cannot finish the figures before Get answers.
				src.mu.Lock()
				src.gate = make(chan struct{})
				src.mu.Unlock()
				snap, _ := c.Get(context.Background())
				close(src.gate)
				if snap.Status != Computing {
					t.Fatalf("status %v before WaitCurrent, want COMPUTING: the graph must be over the sync limit", snap.Status)
				}
			}
			if err := c.WaitCurrent(context.Background()); err != nil {
				t.Fatal(err)
			}
			if snap, err := c.Get(context.Background()); err != nil || snap.Status != Current || snap.ByNode["a"].PageRank == 0 {
				t.Errorf("after WaitCurrent: status %v, err %v, hub %+v; want CURRENT with figures", snap.Status, err, snap.ByNode["a"])
			}
		})
	}
	t.Run("it gives up when its context ends", func(t *testing.T) {
		src := &source{gate: make(chan struct{})}
		src.set(twoStars())
		c := NewCacheWith(src, Options{SyncLimit: 1})
		defer c.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		defer cancel()
		if err := c.WaitCurrent(ctx); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("err %v, want context.DeadlineExceeded", err)
		}
	})
}
