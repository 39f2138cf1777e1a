package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/server"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/storetest"
)

// FuzzStringArguments sends arbitrary text through every string argument
// of search and filters: the answer is always a GraphQL answer, never an
// internal error.
func FuzzStringArguments(f *testing.F) {
	for _, s := range []string{"igf", "", "Côte d’Ivoire", `"(IGF) AND ~* \`, "x' OR 1=1 //", "\x00", "%s%n", "🙂", "a*?"} {
		f.Add(s)
	}
	st := memstore.New()
	storetest.ApplyFixture(&testing.T{}, context.Background(), st)
	h := server.New(server.Config{Logger: quiet, Store: st, Schema: diplograph.Schema, RatePerSecond: -1})
	query := `query($s: String!, $id: ID!) {
		search(text: $s, first: 5) { score entity { id } }
		entities(filter: { name: $s, subtypes: [$s], document: $id }, first: 5) { totalCount }
		relations(filter: { node: $id, document: $id }) { totalCount }
		node(id: $id) { id }
		document(id: $id) { name }
		shortestPath(from: $id, to: $id) { length }
	}`
	f.Fuzz(func(t *testing.T, s string) {
		body, _ := json.Marshal(map[string]any{"query": query, "variables": map[string]any{"s": s, "id": s}})
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			t.Fatalf("status %d for %q: %s", rec.Code, s, rec.Body)
		}
		var out gqlResponse
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
			t.Fatalf("answer for %q is not JSON: %v", s, err)
		}
		for _, e := range out.Errors {
			if e.Extensions["code"] == "INTERNAL_SERVER_ERROR" {
				t.Errorf("internal error for %q: %s", s, e.Message)
			}
		}
	})
}
