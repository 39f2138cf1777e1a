package server_test

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/server"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/storetest"
)

func postVars(t *testing.T, url, query string, vars map[string]any) gqlResponse {
	t.Helper()
	_, out := postRequest(t, url, map[string]any{"query": query, "variables": vars})
	return out
}

// Lists without a first or limit argument carry a price per item, so nesting
// them multiplies: the amplification (cost 7 before, 10 s and 330 MB
// on a large graph) is refused before it runs, while the explorer's queries
// and the documented examples stay under the limit.
func TestNestedListsArePricedByWhatTheyReturn(t *testing.T) {
	// The default limits (depth 12), so that complexity, not depth, refuses.
	st := memstore.New()
	storetest.ApplyFixture(t, context.Background(), st)
	srv := httptest.NewServer(server.New(server.Config{Logger: quiet, Store: st, Schema: diplograph.Schema}))
	t.Cleanup(srv.Close)
	for _, tc := range []struct {
		name, query string
	}{
		{"documents, mentions and entity documents nested twice", `{documents{mentions{entity{documents{mentions{entity{name}}}}}}}`},
		{"the same chain entered through evidence", `{relations(first: 50){edges{node{evidence{document{mentions{entity{documents{mentions{entity{name}}}}}}}}}}}`},
		{"every entity's documents' mentions", `{entities(first: 500){edges{node{documents{mentions{entity{id}}}}}}}`},
		{"a long path's documents", `{shortestPath(from: "actor:germany", to: "forum:internet-governance-forum", maxLength: 10){nodes{documents{mentions{entity{documents{id}}}}}}}`},
	} {
		t.Run("refuses "+tc.name, func(t *testing.T) {
			out := postVars(t, srv.URL, tc.query, nil)
			if len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != "TOO_COMPLEX" {
				t.Fatalf("got %+v, want code TOO_COMPLEX", out.Errors)
			}
			t.Log(out.Errors[0].Message)
		})
	}

	// The explorer's heaviest queries, as ui/src/api/graphql.ts sends them
	// (the UI tests also run them against a live server).
	const drawNode = `fragment DrawNode on Entity { id kind subtype name aliases degree centrality { pageRank community } documents { id } }`
	const drawEdge = `fragment DrawEdge on Relation { id type confidence from until source { id } target { id } }`
	const relationDetail = `fragment RelationDetail on Relation { id type confidence rule source { id name kind } target { id name kind }
		evidence { text start end year rule document { id name } } }`
	const subgraph = `truncated nodes { ...DrawNode } edges { ...DrawEdge }`
	for _, tc := range []struct {
		name, query string
		vars        map[string]any
	}{
		{"the explorer's overview of 5,000 nodes", `query Overview($limit: Int!) { subgraph(limit: $limit) { ` + subgraph + ` } } ` + drawNode + drawEdge,
			map[string]any{"limit": 5000}},
		{"the explorer's neighbourhood of 2,000 nodes", `query Neighbourhood($id: ID!, $depth: Int!, $limit: Int!) {
			neighbourhood(id: $id, depth: $depth, limit: $limit) { ` + subgraph + ` } } ` + drawNode + drawEdge,
			map[string]any{"id": "actor:germany", "depth": 2, "limit": 2000}},
		{"the explorer's entity panel with 200 relations", `query Entity($id: ID!) { node(id: $id) { id ... on Entity {
			kind subtype name aliases degree mentionCount centrality { pageRank betweenness community } documents { id name }
			relations(first: 200) { ...RelationDetail } } ... on Actor { isoCode } } } ` + relationDetail,
			map[string]any{"id": "actor:germany"}},
		{"the explorer's path", `query Path($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) {
			length nodes { ...DrawNode } edges { ...RelationDetail } } } ` + drawNode + relationDetail,
			map[string]any{"from": "actor:germany", "to": "forum:internet-governance-forum"}},
		{"the explorer's document reader", `query Document($id: ID!) { document(id: $id) { id name text mentions { start end entity { id name kind } } } }`,
			map[string]any{"id": "document:x"}},
		{"the explorer's document list", `query Documents { documents { id name text } }`, nil},
		{"the explorer's relation panel", `query Relation($node: ID!) {
			relations(filter: { node: $node }, first: 200) { edges { node { ...RelationDetail } } } } ` + relationDetail,
			map[string]any{"node": "actor:germany"}},
	} {
		t.Run("answers "+tc.name, func(t *testing.T) {
			if out := postVars(t, srv.URL, tc.query, tc.vars); len(out.Errors) > 0 {
				t.Fatalf("errors: %+v", out.Errors)
			}
		})
	}
	files, _ := filepath.Glob("../docs/queries/*.graphql")
	if len(files) == 0 {
		t.Fatal("no example queries in docs/queries")
	}
	for _, f := range files {
		t.Run("answers the documented example "+strings.TrimSuffix(filepath.Base(f), ".graphql"), func(t *testing.T) {
			q, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if out := postVars(t, srv.URL, string(q), nil); len(out.Errors) > 0 {
				t.Fatalf("errors: %+v", out.Errors)
			}
		})
	}
}
