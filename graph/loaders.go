package graph

import (
	"context"
	"fmt"
	"time"

	"github.com/graph-gophers/dataloader/v7"

	"github.com/diplograph/diplograph/domain"
)

// Loaders batch the store calls behind nested fields (a mention's entity, an
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
			docs, err := s.Documents(ctx)
			byID := make(map[string]domain.DocumentInfo, len(docs))
			for _, d := range docs {
				byID[d.ID] = d
			}
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

// prefetchDocuments asks, in one batch, for the documents of the evidence
// of rels before gqlgen resolves them element by element with a few
// workers, which would otherwise split the batch.
func prefetchDocuments(ctx context.Context, rels []domain.Relation) {
	l, err := loadersFrom(ctx)
	if err != nil {
		return
	}
	var docs []string
	seen := map[string]bool{}
	for _, r := range rels {
		for _, e := range r.Evidence {
			if !seen[e.Document] {
				seen[e.Document] = true
				docs = append(docs, e.Document)
			}
		}
	}
	l.documents.LoadMany(ctx, docs)
}
