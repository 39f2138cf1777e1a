package neo4jstore

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/store/storetest"
)

// countStatements has every statement the store sends through collect (all
// its reads) counted while it runs, on the real Neo4j.
func countStatements(t *testing.T, call func()) int {
	t.Helper()
	n := 0
	profileHook = func(string, map[string]any, neo4j.ResultSummary, time.Duration) { n++ }
	defer func() { profileHook = nil }()
	call()
	return n
}

func TestNeighbourhoodIsOneStatement(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, testConfig(testURI(t)))
	defer s.Close(ctx)
	wipe(t, s)
	storetest.ApplyFixture(t, ctx, s)
	for _, tc := range []struct {
		name  string
		depth int
		limit int
	}{
		{"one hop", 1, 200},
		{"two hops", 2, 200},
		{"three hops cut by the limit", 3, 3},
	} {
		t.Run("a neighbourhood of "+tc.name+" is read in one statement", func(t *testing.T) {
			var sg domain.Subgraph
			var err error
			n := countStatements(t, func() {
				sg, err = s.Neighbourhood(ctx, "actor:germany", tc.depth, nil, tc.limit)
			})
			if err != nil {
				t.Fatal(err)
			}
			if n != 1 {
				t.Errorf("%d statements, want 1", n)
			}
			if len(sg.Nodes) < 2 || len(sg.Relations) == 0 || sg.Nodes[0].ID != "actor:germany" {
				t.Errorf("got %d nodes and %d relations (first %+v); want Germany first with neighbours and relations", len(sg.Nodes), len(sg.Relations), sg.Nodes[0])
			}
		})
	}
	t.Run("an unknown centre is not found, in one statement", func(t *testing.T) {
		var err error
		n := countStatements(t, func() { _, err = s.Neighbourhood(ctx, "actor:nowhere", 1, nil, 10) })
		if !errors.Is(err, domain.ErrNotFound) || n != 1 {
			t.Errorf("got %v in %d statements, want not found in 1", err, n)
		}
	})
}

func TestAnotherWritersChangesMoveTheVersion(t *testing.T) {
	ctx := context.Background()
	uri := testURI(t)
	reader, writer := mustOpen(t, testConfig(uri)), mustOpen(t, testConfig(uri))
	defer reader.Close(ctx)
	defer writer.Close(ctx)
	wipe(t, writer)
	before, err := reader.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	storetest.ApplyFixture(t, ctx, writer)
	// Polled, not timed: the reader trusts its last read for versionPoll.
	for v := before; v == before; {
		if v, err = reader.Version(ctx); err != nil {
			t.Fatal(err)
		}
		time.Sleep(versionPoll / 4)
	}
}
