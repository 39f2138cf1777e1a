package graph

import (
	"cmp"
	"context"
	"slices"
	"sync"

	"github.com/99designs/gqlgen/graphql"

	"github.com/diplograph/diplograph/analytics"
	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/graph/model"
)

// centralityMemo keeps one request's analytics snapshot, so that every
// centrality field of a response shows the same version's figures and the
// graph's version is read once.
type centralityMemo struct {
	mu   sync.Mutex
	done bool
	snap analytics.Snapshot
}

// centrality returns the request's analytics snapshot. It never waits on a
// computation of a large graph (see analytics.Cache.Get); when the figures
// are not those of the current graph, the response says so in
// extensions.centrality.
func (r *Resolver) centrality(ctx context.Context) (analytics.Snapshot, error) {
	l, err := loadersFrom(ctx)
	if err != nil {
		return r.Analytics.Get(ctx)
	}
	m := &l.centrality
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.done {
		return m.snap, nil
	}
	snap, err := r.Analytics.Get(ctx)
	if err != nil {
		return snap, err
	}
	m.snap, m.done = snap, true
	if snap.Status != analytics.Current && graphql.HasOperationContext(ctx) {
		ext := map[string]any{"status": snap.Status.String()}
		if snap.Result != nil {
			ext["approximate"] = snap.Approximate()
		}
		graphql.RegisterExtension(ctx, "centrality", ext)
	}
	return snap, nil
}

func (r *Resolver) entityCentrality(ctx context.Context, n domain.Node) (*model.Centrality, error) {
	snap, err := r.centrality(ctx)
	if err != nil {
		return nil, err
	}
	out := &model.Centrality{Status: centralityStatus(snap.Status)}
	if snap.Result == nil {
		return out, nil
	}
	out.Approximate = snap.Approximate()
	if snap.Approximate() {
		out.Pivots = &snap.Pivots
	}
	if s, ok := snap.ByNode[n.ID]; ok {
		out.PageRank, out.Betweenness, out.Community = &s.PageRank, &s.Betweenness, &s.Community
	} else {
		// An entity newer than the figures (status STALE) has none.
		out.Status = model.CentralityStatusComputing
	}
	return out, nil
}

func centralityStatus(s analytics.Status) model.CentralityStatus {
	switch s {
	case analytics.Current:
		return model.CentralityStatusCurrent
	case analytics.Stale:
		return model.CentralityStatusStale
	default:
		return model.CentralityStatusComputing
	}
}

// entitiesByCentrality orders by PageRank, which the store does not know;
// it pages over the filtered listing in memory. Before any figures exist it
// orders by degree (and extensions.centrality says COMPUTING).
func (r *Resolver) entitiesByCentrality(ctx context.Context, q domain.NodeQuery) (*model.EntityConnection, error) {
	offset, limit := q.Offset, q.Limit
	q.Offset, q.Limit = 0, 0
	nodes, total, err := r.Store.ListNodes(ctx, q)
	if err != nil {
		return nil, err
	}
	snap, err := r.centrality(ctx)
	if err != nil {
		return nil, err
	}
	rank := func(n domain.Node) float64 { return float64(n.Degree) }
	if snap.Result != nil {
		rank = func(n domain.Node) float64 { return snap.ByNode[n.ID].PageRank }
	}
	slices.SortFunc(nodes, func(a, b domain.Node) int {
		return cmp.Or(cmp.Compare(rank(b), rank(a)), cmp.Compare(a.ID, b.ID))
	})
	offset = min(offset, len(nodes))
	nodes = nodes[offset:]
	if limit < len(nodes) {
		nodes = nodes[:limit]
	}
	return entityConnection(nodes, offset, total), nil
}
