package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/neo4jstore"
)

// store is everything the commands need of a store.
type store interface {
	Apply(ctx context.Context, xs []domain.Extraction) error
	RemoveDocument(ctx context.Context, id string) error
	Documents(ctx context.Context) ([]domain.DocumentInfo, error)
	Document(ctx context.Context, id string) (domain.Doc, []domain.Mention, error)
	Node(ctx context.Context, id string) (domain.Node, error)
	Nodes(ctx context.Context, ids []string) ([]domain.Node, error)
	ListNodes(ctx context.Context, q domain.NodeQuery) ([]domain.Node, int, error)
	Relations(ctx context.Context, q domain.RelationQuery) ([]domain.Relation, int, error)
	Search(ctx context.Context, text string, kinds []domain.Kind, limit int) ([]domain.SearchHit, error)
	Neighbourhood(ctx context.Context, id string, depth int, types []domain.RelationType, limit int) (domain.Subgraph, error)
	ShortestPath(ctx context.Context, from, to string, types []domain.RelationType, maxLength int) (domain.Path, error)
	Graph(ctx context.Context) (domain.Subgraph, error)
	Counts(ctx context.Context) (domain.Counts, error)
	Ping(ctx context.Context) error
	Close(ctx context.Context) error
}

const defaultDataPath = "diplograph.db"

// openStore opens Neo4j when NEO4J_URI is set and the embedded file
// otherwise; bulk is for the load command, which syncs the file once at the
// end rather than at every commit.
func openStore(ctx context.Context, dataPath string, bulk bool) (store, string, error) {
	if uri := os.Getenv("NEO4J_URI"); uri != "" {
		s, err := neo4jstore.Open(ctx, neo4jstore.ConfigFromEnv())
		if err != nil {
			return nil, "", fmt.Errorf("open neo4j at %s: %w", uri, err)
		}
		return s, "neo4j " + uri, nil
	}
	if dir := filepath.Dir(dataPath); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, "", fmt.Errorf("create %s: %w", dir, err)
		}
	}
	s, err := memstore.OpenWith(dataPath, memstore.Options{BulkLoad: bulk})
	if err != nil {
		return nil, "", fmt.Errorf("%w (is another diplograph using the file?)", err)
	}
	return s, "embedded " + dataPath, nil
}
