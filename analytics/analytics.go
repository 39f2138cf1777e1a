// Package analytics computes centrality and communities over the whole graph
// with gonum, and caches them until the graph changes.
package analytics

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"sync"

	"github.com/diplograph/diplograph/domain"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

// Scores are one node's figures.
type Scores struct {
	PageRank    float64
	Betweenness float64
	Community   int
}

// Result holds the figures of every node of one version of the graph.
type Result struct {
	ByNode map[string]Scores
}

// Source is what analytics reads: the whole graph, and a cheap fingerprint
// that changes whenever the graph does.
type Source interface {
	Graph(ctx context.Context) (domain.Subgraph, error)
	Documents(ctx context.Context) ([]domain.DocumentInfo, error)
}

// Cache recomputes the figures only when the loaded documents change.
type Cache struct {
	src Source

	mu          sync.Mutex
	fingerprint string
	result      *Result
}

// NewCache reads from src.
func NewCache(src Source) *Cache { return &Cache{src: src} }

// Get returns the figures of the current graph.
func (c *Cache) Get(ctx context.Context) (*Result, error) {
	docs, err := c.src.Documents(ctx)
	if err != nil {
		return nil, fmt.Errorf("analytics fingerprint: %w", err)
	}
	fp := fingerprint(docs)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.result != nil && c.fingerprint == fp {
		return c.result, nil
	}
	g, err := c.src.Graph(ctx)
	if err != nil {
		return nil, fmt.Errorf("analytics graph: %w", err)
	}
	c.result, c.fingerprint = Compute(g), fp
	return c.result, nil
}

func fingerprint(docs []domain.DocumentInfo) string {
	fp := ""
	for _, d := range docs {
		fp += d.ID + "=" + d.Hash + ";"
	}
	return fp
}

// Compute runs PageRank, betweenness and Louvain communities over the graph,
// its relations taken as undirected edges.
func Compute(sg domain.Subgraph) *Result {
	g := simple.NewUndirectedGraph()
	index := make(map[string]int64, len(sg.Nodes))
	ids := make([]string, len(sg.Nodes))
	for i, n := range sg.Nodes {
		index[n.ID] = int64(i)
		ids[i] = n.ID
		g.AddNode(simple.Node(i))
	}
	for _, r := range sg.Relations {
		s, okS := index[r.Source]
		t, okT := index[r.Target]
		if !okS || !okT || s == t || g.HasEdgeBetween(s, t) {
			continue
		}
		g.SetEdge(simple.Edge{F: simple.Node(s), T: simple.Node(t)})
	}
	res := &Result{ByNode: make(map[string]Scores, len(ids))}
	if len(ids) == 0 {
		return res
	}
	ranks := network.PageRankSparse(directedView(g), 0.85, 1e-8)
	between := network.Betweenness(g)
	// Normalise betweenness to 0..1 by the number of pairs a node can lie
	// between; gonum counts each undirected pair once per direction.
	n := float64(len(ids))
	norm := 1.0
	if n > 2 {
		norm = (n - 1) * (n - 2)
	}
	communityOf := map[int64]int{}
	// A fixed seed keeps community numbers stable between recomputations.
	reduced := community.Modularize(g, 1, rand.NewPCG(1, 2))
	for ci, members := range reduced.Communities() {
		for _, m := range members {
			communityOf[m.ID()] = ci
		}
	}
	for i, id := range ids {
		res.ByNode[id] = Scores{
			PageRank:    round(ranks[int64(i)]),
			Betweenness: round(between[int64(i)] / norm),
			Community:   communityOf[int64(i)],
		}
	}
	return res
}

// directedView turns each undirected edge into two arcs, which is how
// PageRank treats an undirected graph.
func directedView(g *simple.UndirectedGraph) *simple.DirectedGraph {
	d := simple.NewDirectedGraph()
	nodes := g.Nodes()
	for nodes.Next() {
		d.AddNode(nodes.Node())
	}
	edges := g.Edges()
	for edges.Next() {
		e := edges.Edge()
		d.SetEdge(simple.Edge{F: e.From(), T: e.To()})
		d.SetEdge(simple.Edge{F: e.To(), T: e.From()})
	}
	return d
}

// round keeps six decimals. PageRank iterates to a tolerance and sums in map
// order, so the last digits differ from run to run; rounded figures are
// stable, and orderings by them break ties by ID.
func round(x float64) float64 {
	return math.Round(x*1e6) / 1e6
}
