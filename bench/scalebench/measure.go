package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"time"

	"github.com/diplograph/diplograph/domain"
)

// querier is what the latency runs need of a store; both stores have it.
type querier interface {
	ListNodes(ctx context.Context, q domain.NodeQuery) ([]domain.Node, int, error)
	Search(ctx context.Context, text string, kinds []domain.Kind, limit int) ([]domain.SearchHit, error)
	Neighbourhood(ctx context.Context, id string, depth int, types []domain.RelationType, limit int) (domain.Subgraph, error)
}

// The queries timed at every size, in the order of the table's columns.
const (
	qNeighbourhood = "neighbourhood"
	qSearch        = "search"
	qTopDegree     = "top50"
)

var queryNames = []string{qNeighbourhood, qSearch, qTopDegree}

// latency is the median and the 99th percentile of one query's calls.
type latency struct {
	P50, P99 time.Duration
	Calls    int
}

// minCalls is the fewest calls a budget may cut a query to, enough for a
// 99th percentile that is not simply the slowest call.
const minCalls = 100

// measureQueries times calls of each query one after another, as one client
// would, so the figures are the store's own cost and not contention. The
// nodes asked about are drawn with a fixed seed, so runs compare. A query
// whose calls take longer than budget in all stops early (after minCalls at
// least), so that a slow store cannot hold the bench up for an hour; the
// result says how many calls were made.
func measureQueries(ctx context.Context, q querier, calls int, budget time.Duration) (map[string]latency, error) {
	nodes, _, err := q.ListNodes(ctx, domain.NodeQuery{})
	if err != nil {
		return nil, fmt.Errorf("list nodes to query: %w", err)
	}
	if len(nodes) == 0 {
		return nil, fmt.Errorf("list nodes to query: the graph is empty")
	}
	rng := rand.New(rand.NewPCG(7, 11))
	random := func() domain.Node { return nodes[rng.IntN(len(nodes))] }
	runs := map[string]func() error{
		// Depth 2 and 200 nodes is what the explorer asks when a node is opened.
		qNeighbourhood: func() error {
			_, err := q.Neighbourhood(ctx, random().ID, 2, nil, 200)
			return err
		},
		// Four letters is what a user has typed when the search box first
		// has something to show.
		qSearch: func() error {
			name := []rune(random().Name)
			_, err := q.Search(ctx, string(name[:min(4, len(name))]), nil, 10)
			return err
		},
		qTopDegree: func() error {
			_, _, err := q.ListNodes(ctx, domain.NodeQuery{Order: domain.OrderByDegree, Limit: 50})
			return err
		},
	}
	out := map[string]latency{}
	for _, name := range queryNames {
		times := make([]time.Duration, 0, calls)
		var spent time.Duration
		for len(times) < calls && (spent < budget || len(times) < minCalls) {
			start := time.Now()
			if err := runs[name](); err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			times = append(times, time.Since(start))
			spent += times[len(times)-1]
		}
		slices.Sort(times)
		out[name] = latency{P50: percentile(times, 50), P99: percentile(times, 99), Calls: len(times)}
	}
	return out, nil
}

// percentile reads the p-th percentile of sorted times (nearest rank).
func percentile(sorted []time.Duration, p int) time.Duration {
	rank := (len(sorted)*p + 99) / 100
	return sorted[max(rank-1, 0)]
}

// liveHeap is the heap still reachable after a full collection: measured
// before a store is built and after it is loaded, the difference is what the
// store keeps, free of the garbage the load left behind.
func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// grownSince is how much the live heap grew since liveHeap returned before.
func grownSince(before uint64) uint64 {
	after := liveHeap()
	return after - min(before, after)
}
