package graph

import (
	"context"
	"fmt"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/graph/model"
)

// The four entity types share these field resolvers.

// entityDocuments gives references: a hub of a large graph is named by
// thousands of documents, and the explorer reads only their IDs.
func (r *Resolver) entityDocuments(_ context.Context, n domain.Node) ([]model.Document, error) {
	out := make([]model.Document, len(n.Documents))
	for i, id := range n.Documents {
		out[i] = model.DocumentRef(id)
	}
	return out, nil
}

// documentInfo is d's name and size, loaded when d is a reference.
func documentInfo(ctx context.Context, d *model.Document) (domain.DocumentInfo, error) {
	if !d.Ref {
		return d.Info, nil
	}
	info, err := loadDocument(ctx, d.Info.ID)
	if err != nil {
		return info, fmt.Errorf("document %s: %w", d.Info.ID, err)
	}
	return info, nil
}

func (r *Resolver) entityRelations(ctx context.Context, n domain.Node, types []model.RelationType, first *int) ([]model.Relation, error) {
	limit, err := intArg("first", first, 100, 0, maxPage)
	if err != nil {
		return nil, err
	}
	if rels, ok := prefetchedRelations(ctx, n.ID, domain.RelationsOf{Types: toRelationTypes(types), Limit: limit}); ok {
		return rels, nil
	}
	rels, _, err := r.Store.Relations(ctx, domain.RelationQuery{NodeIDs: []string{n.ID}, Types: toRelationTypes(types), Limit: limit, NoTotal: true})
	if err != nil {
		return nil, fmt.Errorf("relations of %s: %w", n.ID, err)
	}
	return r.relationsOf(ctx, rels, []domain.Node{n})
}

func entityOf(ctx context.Context, id string) (model.Entity, error) {
	n, err := loadNode(ctx, id)
	if err != nil {
		return nil, err
	}
	return model.EntityOf(n), nil
}

// subgraphOf wraps a subgraph; the ends of its relations are among its
// nodes.
func (r *Resolver) subgraphOf(ctx context.Context, sg domain.Subgraph) (*model.Subgraph, error) {
	edges, err := r.relationsOf(ctx, sg.Relations, sg.Nodes, "edges")
	if err != nil {
		return nil, err
	}
	return &model.Subgraph{Nodes: model.EntitiesOf(sg.Nodes), Edges: edges, Truncated: sg.Truncated}, nil
}
