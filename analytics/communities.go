package analytics

import (
	"context"
	"slices"
)

// WeightedEdge joins nodes A and B (indices) with a positive weight.
type WeightedEdge struct {
	A, B int
	W    float64
}

// Communities groups n nodes by Louvain modularity over weighted, undirected
// edges (the same algorithm as the graph's communities, with weights): a
// community per node, numbered by size, largest first. Edges that are loops
// or weigh nothing are ignored; a repeated pair adds its weights.
func Communities(ctx context.Context, n int, edges []WeightedEdge) ([]int, error) {
	type arc struct {
		from, to int32
		w        float64
	}
	arcs := make([]arc, 0, 2*len(edges))
	for _, e := range edges {
		if e.A == e.B || e.W <= 0 || e.A < 0 || e.B < 0 || e.A >= n || e.B >= n {
			continue
		}
		arcs = append(arcs, arc{int32(e.A), int32(e.B), e.W}, arc{int32(e.B), int32(e.A), e.W})
	}
	slices.SortFunc(arcs, func(x, y arc) int {
		if x.from != y.from {
			return int(x.from - y.from)
		}
		return int(x.to - y.to)
	})
	g := &csr{off: make([]int32, n+1)}
	var w []float64
	for i, a := range arcs {
		if i > 0 && arcs[i-1].from == a.from && arcs[i-1].to == a.to {
			w[len(w)-1] += a.w
			continue
		}
		g.off[a.from+1]++
		g.adj = append(g.adj, a.to)
		w = append(w, a.w)
	}
	for i := range n {
		g.off[i+1] += g.off[i]
	}
	return louvain(ctx, g, w)
}
