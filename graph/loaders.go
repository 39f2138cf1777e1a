package graph

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/graph-gophers/dataloader/v7"

	"github.com/diplograph/diplograph/domain"
)

// Loaders batch the store calls behind nested fields (a relation's ends, an
// evidence's document) so that one request makes one call per level, not
// one per object.
type Loaders struct {
	nodes     *dataloader.Loader[string, domain.Node]
	documents *dataloader.Loader[string, domain.DocumentInfo]
	// centrality is read once a request, so its figures agree.
	centrality centralityMemo
}

type loadersKey struct{}

// WithLoaders gives a request its own loaders; their cache lives as long as
// the request.
func WithLoaders(ctx context.Context, s Store) context.Context {
	// The store lists documents whole; a request lists them once, however
	// many batches its fields split into.
	listing := sync.OnceValues(func() (map[string]domain.DocumentInfo, error) {
		docs, err := s.Documents(ctx)
		byID := make(map[string]domain.DocumentInfo, len(docs))
		for _, d := range docs {
			byID[d.ID] = d
		}
		return byID, err
	})
	l := &Loaders{
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
		documents: dataloader.NewBatchedLoader(func(ctx context.Context, ids []string) []*dataloader.Result[domain.DocumentInfo] {
			byID, err := listing()
			out := make([]*dataloader.Result[domain.DocumentInfo], len(ids))
			for i, id := range ids {
				d, ok := byID[id]
				switch {
				case err != nil:
					out[i] = &dataloader.Result[domain.DocumentInfo]{Error: err}
				case !ok:
					out[i] = &dataloader.Result[domain.DocumentInfo]{Error: fmt.Errorf("document %s: %w", id, domain.ErrNotFound)}
				default:
					out[i] = &dataloader.Result[domain.DocumentInfo]{Data: d}
				}
			}
			return out
		}, dataloader.WithWait[string, domain.DocumentInfo](time.Millisecond)),
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
	return l.documents.Load(ctx, id)()
}

// prefetchRelations asks, in one batch each, for the ends of rels and the
// documents of their evidence before gqlgen resolves them element by element
// with a few workers, which would otherwise split the batches; known nodes
// are primed and cost nothing.
func prefetchRelations(ctx context.Context, rels []domain.Relation, known ...domain.Node) {
	l, err := loadersFrom(ctx)
	if err != nil || len(rels) == 0 {
		return
	}
	have := make(map[string]bool, len(known))
	for _, n := range known {
		l.nodes.Prime(ctx, n.ID, n)
		have[n.ID] = true
	}
	var ends, docs []string
	seenDoc := map[string]bool{}
	for _, r := range rels {
		for _, id := range []string{r.Source, r.Target} {
			if !have[id] {
				have[id] = true
				ends = append(ends, id)
			}
		}
		for _, e := range r.Evidence {
			if !seenDoc[e.Document] {
				seenDoc[e.Document] = true
				docs = append(docs, e.Document)
			}
		}
	}
	if len(ends) > 0 {
		l.nodes.LoadMany(ctx, ends)
	}
	l.documents.LoadMany(ctx, docs)
}
