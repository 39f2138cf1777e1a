package analytics

import (
	"fmt"
	"testing"

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
