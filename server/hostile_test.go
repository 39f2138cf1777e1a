package server_test

import (
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
)

// Hostile requests are refused with a code, and the server keeps answering
// an ordinary client while they arrive.
func TestHostileQueriesAreRefused(t *testing.T) {
	srv, _ := newTestServer(t)
	aliases := func(n int) string {
		var b strings.Builder
		b.WriteString("{")
		for i := range n {
			fmt.Fprintf(&b, " a%d: stats { entityCount }", i)
		}
		return b.String() + " }"
	}
	introspection := "{ __schema { types { name fields { name type { name " + strings.Repeat("ofType { name ", 14) + strings.Repeat("} ", 14) + "} } } } }"
	for _, tc := range []struct {
		name, query, code string
	}{
		{"a thousand aliases", aliases(1000), "TOO_COMPLEX"},
		{"a fragment cycle", `query { node(id: "actor:germany") { ...A } } fragment A on Actor { relations { source { ...B } } } fragment B on Actor { relations { source { ...A } } }`, "BAD_USER_INPUT"},
		{"a huge search string", `{ search(text: "` + strings.Repeat("x", 100000) + `") { score } }`, "BAD_USER_INPUT"},
		{"a deep introspection", introspection, "TOO_COMPLEX"},
		{"twenty thousand directives", "{ stats " + strings.Repeat("@skip(if: false) ", 20000) + "{ entityCount } }", "TOO_COMPLEX"},
		{"an injection attempt in an ID", `{ node(id: "x' OR 1=1 //") { id } }`, ""},
		{"an injection attempt in a search", `{ search(text: "\") MATCH (n) DETACH DELETE n //") { score } }`, ""},
	} {
		t.Run("refuses "+tc.name, func(t *testing.T) {
			_, out := post(t, srv.URL, tc.query)
			if tc.code == "" {
				if len(out.Errors) > 0 {
					t.Fatalf("errors: %+v", out.Errors)
				}
				return
			}
			if len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != tc.code {
				t.Fatalf("got %+v, want code %s", out.Errors, tc.code)
			}
		})
	}
	t.Run("refuses a batch of queries", func(t *testing.T) {
		resp, err := http.Post(srv.URL+"/graphql", "application/json",
			strings.NewReader(`[{"query":"{ stats { entityCount } }"},{"query":"{ stats { entityCount } }"}]`))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode < 400 {
			t.Errorf("status %d, want a refusal", resp.StatusCode)
		}
	})
	t.Run("keeps answering an ordinary client during a flood", func(t *testing.T) {
		var wg sync.WaitGroup
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range 10 {
					post(t, srv.URL, aliases(1000))
				}
			}()
		}
		for range 10 {
			_, out := post(t, srv.URL, `{ stats { entityCount } }`)
			if len(out.Errors) > 0 || out.Data["stats"] == nil {
				t.Fatalf("ordinary query failed during the flood: %+v", out.Errors)
			}
		}
		wg.Wait()
	})
	// The graph is unharmed by all of the above.
	_, out := post(t, srv.URL, `{ stats { entityCount relationCount } }`)
	if got := out.Data["stats"].(map[string]any)["entityCount"]; got != float64(10) {
		t.Errorf("entity count %v after the hostile queries, want 10", got)
	}
}
