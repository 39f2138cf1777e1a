// Package graph resolves the GraphQL API over a store. Resolvers stay thin:
// they check arguments, call the store and wrap what it returns.
package graph

import (
	"context"

	"github.com/diplograph/diplograph/analytics"
	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/lens"
)

// Store is what the API reads.
type Store interface {
	Node(ctx context.Context, id string) (domain.Node, error)
	Nodes(ctx context.Context, ids []string) ([]domain.Node, error)
	ListNodes(ctx context.Context, q domain.NodeQuery) ([]domain.Node, int, error)
	Relations(ctx context.Context, q domain.RelationQuery) ([]domain.Relation, int, error)
	Search(ctx context.Context, text string, kinds []domain.Kind, limit int) ([]domain.SearchHit, error)
	Neighbourhood(ctx context.Context, id string, depth int, types []domain.RelationType, limit int) (domain.Subgraph, error)
	ShortestPath(ctx context.Context, from, to string, types []domain.RelationType, maxLength int) (domain.Path, error)
	Document(ctx context.Context, id string) (domain.Doc, []domain.Mention, error)
	Documents(ctx context.Context) ([]domain.DocumentInfo, error)
	Counts(ctx context.Context) (domain.Counts, error)
	Graph(ctx context.Context) (domain.Subgraph, error)
}

// Curator changes the graph for the admin mutations.
type Curator interface {
	Ingest(ctx context.Context, name, text string) (domain.Extraction, error)
	Remove(ctx context.Context, id string) error
}

// Resolver is the root of every resolver; one serves all requests.
type Resolver struct {
	Store     Store
	Curator   Curator // nil when the server has no admin token
	Analytics *analytics.Cache
	// Lenses keeps the views visitors save; nil turns lenses off.
	Lenses lens.Store
}
