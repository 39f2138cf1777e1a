package graph

import (
	"context"
	"fmt"
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

// prefetchEnds asks for the far ends of rels in one batch before gqlgen
// resolves each relation's source and target, which it does in two waves
// (all sources, then all targets) that would otherwise cost two store calls;
// the node itself is already known.
func prefetchEnds(ctx context.Context, n domain.Node, rels []domain.Relation) {
	l, err := loadersFrom(ctx)
	if err != nil || len(rels) == 0 {
		return
	}
	l.nodes.Prime(ctx, n.ID, n)
	ids := make([]string, 0, len(rels))
	for _, r := range rels {
		if r.Source != n.ID {
			ids = append(ids, r.Source)
		}
		if r.Target != n.ID {
			ids = append(ids, r.Target)
		}
	}
	l.nodes.LoadMany(ctx, ids)
}
