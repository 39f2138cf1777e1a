package graph

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/graph-gophers/dataloader/v7"

	"github.com/diplograph/diplograph/domain"
)

// Loaders batch the store calls behind nested fields (a mention's entity)
// so that one request makes one call per level, not one per object, and
// keep what a request reads once (its documents, its centrality).
type Loaders struct {
	store Store
	nodes *dataloader.Loader[string, domain.Node]
	// documents are read once a request, in one store call, when a field
	// first needs one: entity and evidence fields resolve one after the
	// other (tools/gqlgen) and must not each wait on a batch.
	documents documentsMemo
	// centrality is read once a request, so its figures agree.
	centrality centralityMemo
	// prefetched holds relations root fields read with their entities.
	prefetched prefetched
}

type documentsMemo struct {
	once sync.Once
	byID map[string]domain.DocumentInfo
	err  error
}

type loadersKey struct{}

// WithLoaders gives a request its own loaders; their cache lives as long as
// the request.
func WithLoaders(ctx context.Context, s Store) context.Context {
	l := &Loaders{
		store: s,
		nodes: dataloader.NewBatchedLoader(func(ctx context.Context, ids []string) []*dataloader.Result[domain.Node] {
			nodes, err := s.Nodes(ctx, ids)
			byID := make(map[string]domain.Node, len(nodes))
			for _, n := range nodes {
				byID[n.ID] = n
			}
			out := make([]*dataloader.Result[domain.Node], len(ids))
			for i, id := range ids {
				n, ok := byID[id]
				switch {
				case err != nil:
					out[i] = &dataloader.Result[domain.Node]{Error: err}
				case !ok:
					out[i] = &dataloader.Result[domain.Node]{Error: fmt.Errorf("node %s: %w", id, domain.ErrNotFound)}
				default:
					out[i] = &dataloader.Result[domain.Node]{Data: n}
				}
			}
			return out
		}, dataloader.WithWait[string, domain.Node](time.Millisecond)),
	}
	return context.WithValue(ctx, loadersKey{}, l)
}

func loadersFrom(ctx context.Context) (*Loaders, error) {
	l, ok := ctx.Value(loadersKey{}).(*Loaders)
	if !ok {
		return nil, fmt.Errorf("graph: request has no loaders (wrap the handler with WithLoaders)")
	}
	return l, nil
}

func loadNode(ctx context.Context, id string) (domain.Node, error) {
	l, err := loadersFrom(ctx)
	if err != nil {
		return domain.Node{}, err
	}
	return l.nodes.Load(ctx, id)()
}

func loadDocument(ctx context.Context, id string) (domain.DocumentInfo, error) {
	l, err := loadersFrom(ctx)
	if err != nil {
		return domain.DocumentInfo{}, err
	}
	m := &l.documents
	m.once.Do(func() {
		docs, err := l.store.Documents(ctx)
		m.byID, m.err = make(map[string]domain.DocumentInfo, len(docs)), err
		for _, d := range docs {
			m.byID[d.ID] = d
		}
	})
	if m.err != nil {
		return domain.DocumentInfo{}, m.err
	}
	d, ok := m.byID[id]
	if !ok {
		return domain.DocumentInfo{}, fmt.Errorf("document %s: %w", id, domain.ErrNotFound)
	}
	return d, nil
}
