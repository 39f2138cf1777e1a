package neo4jstore

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/generated"
	"github.com/diplograph/diplograph/store/storetest"
)

// countStatements has every statement the store sends through collect (all
// its reads) counted while it runs, on the real Neo4j. The count is atomic
// because the API resolves fields concurrently.
func countStatements(t *testing.T, call func()) int {
	t.Helper()
	var n atomic.Int64
	profileHook = func(string, map[string]any, neo4j.ResultSummary, time.Duration) { n.Add(1) }
	defer func() { profileHook = nil }()
	call()
	return int(n.Load())
}

// apiOver serves the API over st as the server does, loaders and all.
func apiOver(st graph.Store) *client.Client {
	api := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: &graph.Resolver{Store: st}, Complexity: graph.Complexity()}))
	api.AddTransport(transport.POST{})
	return client.New(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		api.ServeHTTP(w, r.WithContext(graph.WithLoaders(r.Context(), st)))
	}))
}

// askData posts query and returns its data as JSON, failing on errors.
func askData(t *testing.T, c *client.Client, query string) string {
	t.Helper()
	resp, err := c.RawPost(query, client.Var("t", []string{"SUPPORTS"}))
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Errors) > 0 {
		t.Fatalf("errors: %s", resp.Errors)
	}
	data, err := json.Marshal(resp.Data)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestEachRootFieldIsOneStatement asks the API, over the store, each root
// field with what a client selects beneath it (relations and their ends,
// totals, evidence), counts the statements Neo4j receives, and checks the
// answer against the one read part by part (the store seen as a plain
// graph.Store, as the resolvers see the embedded store).
func TestEachRootFieldIsOneStatement(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, testConfig(testURI(t)))
	defer s.Close(ctx)
	wipe(t, s)
	storetest.ApplyFixture(t, ctx, s)
	c, byParts := apiOver(s), apiOver(struct{ graph.Store }{s})
	const ends = `type confidence source { id name documents { id } } target { id name } evidence { text }`
	for _, tc := range []struct {
		name, query, want string
	}{
		{"an entity with its relations and their ends", `{ node(id: "actor:germany") { id ... on Entity { name relations { ` + ends + ` } } } }`, "France"},
		{"an entity with its relations, no documents selected", `{ node(id: "actor:germany") { id ... on Entity { name relations(first: 100) { type source { id name } target { id name } } } } }`, "France"},
		{"an entity with its relations' dates, no evidence selected", `{ node(id: "actor:germany") { ... on Entity { relations { id from until undated confidence rule } } } }`, "undated"},
		{"an entity with its relations of some types", `query($t: [RelationType!]) { node(id: "actor:germany") { ... on Actor { relations(types: $t, first: 2) { ` + ends + ` } } } }`, "SUPPORTS"},
		{"entities by ID with their relations", `{ nodes(ids: ["actor:germany", "actor:france", "actor:nowhere"]) { id ... on Entity { relations { ` + ends + ` } } } }`, "Internet Governance Forum"},
		{"a search with the hits' relations", `{ search(text: "germ", first: 5) { score entity { name ... on Entity { documents { id } relations { ` + ends + ` } } } } }`, "Germany"},
		{"a plain search", `{ search(text: "forum") { score entity { id name } } }`, "Internet Governance Forum"},
		{"a listing with its total and each entity's relations", `{ entities(filter: {kinds: [ACTOR]}, first: 3) { totalCount pageInfo { hasNextPage } edges { node { name relations { ` + ends + ` } } } } }`, "totalCount"},
		{"a relation listing with its total and the relations' ends", `{ relations(first: 3) { totalCount edges { node { ` + ends + ` } } } }`, "evidence"},
		{"a shortest path with its relations and their ends", `{ shortestPath(from: "actor:france", to: "issue:cybersecurity") { length nodes { name } edges { ` + ends + ` } } }`, "Cybersecurity"},
		{"a neighbourhood with its relations and their ends", `{ neighbourhood(id: "actor:germany", depth: 2) { nodes { name } edges { ` + ends + ` } } }`, "France"},
	} {
		t.Run(tc.name+" is read in one statement", func(t *testing.T) {
			var data string
			n := countStatements(t, func() { data = askData(t, c, tc.query) })
			if n != 1 {
				t.Errorf("%d statements, want 1", n)
			}
			if !strings.Contains(data, tc.want) {
				t.Errorf("the answer %s does not name %q", data, tc.want)
			}
			if want := askData(t, byParts, tc.query); data != want {
				t.Errorf("the answer differs from the one read part by part:\n got %s\nwant %s", data, want)
			}
		})
	}
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
