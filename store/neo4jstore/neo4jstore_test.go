package neo4jstore

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/store/storetest"
)

// testURI is NEO4J_URI when set, else a Neo4j started for tb. The tests
// wipe the database they use: never point NEO4J_URI at one you care about.
func testURI(tb testing.TB) string {
	if uri := os.Getenv("NEO4J_URI"); uri != "" {
		return uri
	}
	return neo4jtest.Start(tb, neo4jtest.Options{}).URI()
}

func testConfig(uri string) Config {
	cfg := ConfigFromEnv()
	cfg.URI = uri
	return cfg
}

func mustOpen(tb testing.TB, cfg Config) *Store {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s, err := Open(ctx, cfg)
	if err != nil {
		tb.Fatalf("open: %v", err)
	}
	return s
}

// wipe empties the database in transactions of bounded size, so that a
// benchmark's large graph does not need one huge transaction to go.
func wipe(tb testing.TB, s *Store) {
	tb.Helper()
	ctx := context.Background()
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		tb.Fatalf("wipe: %v", err)
	}
}

func TestStore(t *testing.T) {
	uri := testURI(t)
	t.Run("conformance", func(t *testing.T) {
		storetest.Run(t, func(t *testing.T) storetest.Store {
			s := mustOpen(t, testConfig(uri))
			wipe(t, s)
			return s
		})
	})

	// The same server through a routing URI, as a cluster or Aura is used.
	t.Run("a neo4j:// URI routes to the same database", func(t *testing.T) {
		ctx := context.Background()
		direct := mustOpen(t, testConfig(uri))
		defer direct.Close(ctx)
		wipe(t, direct)
		routed := mustOpen(t, testConfig(strings.Replace(uri, "bolt://", "neo4j://", 1)))
		defer routed.Close(ctx)
		storetest.ApplyFixture(t, ctx, routed)
		want, err := direct.Graph(ctx)
		if err != nil {
			t.Fatal(err)
		}
		got, err := routed.Graph(ctx)
		if err != nil {
			t.Fatal(err)
		}
		storetest.AssertSameGraph(t, want, got)
	})

	t.Run("an unknown document is refused before anything is written", func(t *testing.T) {
		ctx := context.Background()
		s := mustOpen(t, testConfig(uri))
		defer s.Close(ctx)
		wipe(t, s)
		err := s.Apply(ctx, []domain.Extraction{{Document: domain.Doc{ID: "document:x"}}})
		if err == nil || !strings.HasPrefix(err.Error(), "neo4j apply") {
			t.Errorf("got %v, want a validation error naming the operation", err)
		}
	})
}

// TestSurvivesNeo4jRestart kills Neo4j under live stores: calls must fail
// fast with ErrUnavailable while it is down, and the same stores must work
// again once it is back, with the committed graph intact.
func TestSurvivesNeo4jRestart(t *testing.T) {
	srv := neo4jtest.Start(t, neo4jtest.Options{})
	ctx := context.Background()
	stores := map[string]*Store{}
	for _, uri := range []string{srv.URI(), strings.Replace(srv.URI(), "bolt://", "neo4j://", 1)} {
		s := mustOpen(t, Config{URI: uri})
		defer s.Close(ctx)
		stores[uri] = s
	}
	first := stores[srv.URI()]
	storetest.ApplyFixture(t, ctx, first)
	before, err := first.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}

	srv.Kill()
	for uri, s := range stores {
		for name, call := range map[string]func() error{
			"ping":  func() error { return s.Ping(ctx) },
			"read":  func() error { _, err := s.Counts(ctx); return err },
			"write": func() error { return s.RemoveDocument(ctx, before.Nodes[0].Documents[0]) },
		} {
			began := time.Now()
			err := call()
			took := time.Since(began)
			t.Logf("%s %s failed in %v", uri, name, took.Round(time.Millisecond))
			if !errors.Is(err, domain.ErrUnavailable) {
				t.Errorf("%s %s with Neo4j down: got %v, want ErrUnavailable", uri, name, err)
			}
			if took > 10*time.Second {
				t.Errorf("%s %s took %v to fail, want a few seconds", uri, name, took)
			}
		}
	}

	srv.Restart()
	for uri, s := range stores {
		if err := s.Ping(ctx); err != nil {
			t.Fatalf("%s ping after restart: %v", uri, err)
		}
		after, err := s.Graph(ctx)
		if err != nil {
			t.Fatalf("%s graph after restart: %v", uri, err)
		}
		storetest.AssertSameGraph(t, before, after)
	}
}
