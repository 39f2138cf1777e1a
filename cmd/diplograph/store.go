package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/diplograph/diplograph/store"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/neo4jstore"
)

// defaultDataPath is the embedded store's file when -data is not given: the
// same file as the Makefile's DATA, so `make run`, `make load`, and `diplograph
// serve` or `load` run by hand from the repository all use one graph.
const defaultDataPath = ".cache/graph.db"

// openStore opens Neo4j when NEO4J_URI is set and the embedded file
// otherwise; bulk is for the load command, which syncs the file once at the
// end rather than at every commit.
func openStore(ctx context.Context, dataPath string, bulk bool) (store.Store, string, error) {
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
