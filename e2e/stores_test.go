// Package e2e runs the whole pipeline (the real extractor on the seed
// documents, each store, the HTTP server) and checks what users see.
package e2e

import (
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/loader/kb"
	"github.com/diplograph/diplograph/server"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/neo4jstore"
	"github.com/diplograph/diplograph/store/storetest"
)

// namedStore is one store implementation under test.
type namedStore struct {
	name string
	storetest.Store
}

func repoPath(parts ...string) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(append([]string{filepath.Dir(file), ".."}, parts...)...)
}

// neo4jURI is NEO4J_URI when set (make test sets it), else a Neo4j started
// for this test. The tests empty the database: never point NEO4J_URI at one
// you care about.
func neo4jURI(t *testing.T) string {
	if uri := os.Getenv("NEO4J_URI"); uri != "" {
		return uri
	}
	return neo4jtest.Start(t, neo4jtest.Options{}).URI()
}

// emptyStores opens every store implementation, each holding no document.
func emptyStores(t *testing.T) []namedStore {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	mem, err := memstore.Open(filepath.Join(t.TempDir(), "graph.db"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := neo4jstore.ConfigFromEnv()
	cfg.URI = neo4jURI(t)
	neo, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("open neo4j: %v", err)
	}
	stores := []namedStore{{"embedded", mem}, {"neo4j", neo}}
	for _, s := range stores {
		t.Cleanup(func() { s.Close(context.Background()) })
		docs, err := s.Documents(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			if err := s.RemoveDocument(ctx, d.ID); err != nil {
				t.Fatalf("empty %s: %v", s.name, err)
			}
		}
	}
	return stores
}

func loadSeeds(t *testing.T, s storetest.Store) loader.Report {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	rep, err := loader.Load(ctx, s, loader.NewExtractor(kb.Default()), []string{repoPath("seeds")}, loader.LoadOptions{})
	if err != nil {
		t.Fatalf("load seeds: %v", err)
	}
	if len(rep.Failures) > 0 {
		t.Fatalf("seed failures: %v", rep.Failures)
	}
	return rep
}

func counts(t *testing.T, s storetest.Store) domain.Counts {
	t.Helper()
	c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// ownNeo4j starts a Neo4j of the test's own, which the test may kill, and
// opens a store on it.
func ownNeo4j(t *testing.T) (*neo4jtest.Server, *neo4jstore.Store) {
	t.Helper()
	neo := neo4jtest.Start(t, neo4jtest.Options{})
	cfg := neo4jstore.ConfigFromEnv()
	cfg.URI = neo.URI()
	st, err := neo4jstore.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close(context.Background()) })
	return neo, st
}

// serve puts the API in front of a store for the test's lifetime.
func serve(t *testing.T, s server.Store) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(server.New(server.Config{
		Store: s, Schema: diplograph.Schema, RatePerSecond: -1,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	}))
	t.Cleanup(srv.Close)
	return srv
}
