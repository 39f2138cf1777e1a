package e2e

import (
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

// Cypher, Lucene and JSON fragments sent through every string argument of
// the API reach Neo4j only as parameters: nothing fails inside, and the
// graph is the same afterwards.
func TestInjectionAttemptsThroughEveryStringArgument(t *testing.T) {
	attempts := []string{
		`x" }) MATCH (n) DETACH DELETE n //`,
		`') DETACH DELETE n WITH 1 AS x MATCH (m) RETURN m //`,
		"actor:germany' OR 1=1 --",
		`*:* OR name:*`,
		`\"); CALL db.index.fulltext.drop("entity_names") //`,
		"`Entity`) DETACH DELETE n //",
		"$id} RETURN 1 //",
		"\u0000\u202e",
	}
	query := `query($s: String!, $id: ID!) {
		search(text: $s, first: 5) { score entity { id } }
		entities(filter: { name: $s, subtypes: [$s], document: $id }, first: 5) { totalCount }
		relations(filter: { node: $id, document: $id }) { totalCount }
		node(id: $id) { id }
		nodes(ids: [$id]) { id }
		document(id: $id) { name }
		neighbourhood(id: "forum:internet-governance-forum", depth: 1) { nodes { id } }
		shortestPath(from: $id, to: $id) { length }
	}`
	for _, s := range emptyStores(t) {
		if s.name != "neo4j" {
			continue
		}
		loadSeeds(t, s)
		srv := serve(t, s)
		before := counts(t, s)
		for _, attempt := range attempts {
			t.Run("through "+strings.ToValidUTF8(attempt[:min(20, len(attempt))], "?"), func(t *testing.T) {
				body, _ := json.Marshal(map[string]any{"query": query, "variables": map[string]any{"s": attempt, "id": attempt}})
				resp, err := http.Post(srv.URL+"/graphql", "application/json", strings.NewReader(string(body)))
				if err != nil {
					t.Fatal(err)
				}
				defer resp.Body.Close()
				var a answer
				if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
					t.Fatal(err)
				}
				for _, e := range a.Errors {
					if code := e.Extensions["code"]; code != "NOT_FOUND" && code != "BAD_USER_INPUT" {
						t.Errorf("error %v: %s", code, e.Message)
					}
				}
			})
		}
		if after := counts(t, s); !reflect.DeepEqual(before, after) {
			t.Errorf("the graph changed:\nbefore %+v\nafter  %+v", before, after)
		}
	}
}
