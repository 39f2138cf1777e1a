package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/server"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/storetest"
)

// countingStore counts the store calls a request makes, to catch N+1 fetches.
type countingStore struct {
	*memstore.Store
	nodes, documents atomic.Int32
}

func (c *countingStore) Nodes(ctx context.Context, ids []string) ([]domain.Node, error) {
	c.nodes.Add(1)
	return c.Store.Nodes(ctx, ids)
}

func (c *countingStore) Documents(ctx context.Context) ([]domain.DocumentInfo, error) {
	c.documents.Add(1)
	return c.Store.Documents(ctx)
}

func newTestServer(t *testing.T) (*httptest.Server, *countingStore) {
	t.Helper()
	st := &countingStore{Store: memstore.New()}
	storetest.ApplyFixture(t, context.Background(), st.Store)
	srv := httptest.NewServer(server.New(server.Config{Logger: quiet, Store: st, Schema: diplograph.Schema, MaxDepth: 8}))
	t.Cleanup(srv.Close)
	return srv, st
}

type gqlResponse struct {
	Data   map[string]any `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func post(t *testing.T, url, query string) (int, gqlResponse) {
	t.Helper()
	return postRequest(t, url, map[string]any{"query": query})
}

// postRequest sends one GraphQL request body as JSON and decodes the answer.
func postRequest(t *testing.T, url string, req map[string]any) (int, gqlResponse) {
	t.Helper()
	body, _ := json.Marshal(req)
	resp, err := http.Post(url+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out gqlResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("decode answer (status %d): %v", resp.StatusCode, err)
	}
	return resp.StatusCode, out
}

func TestQueriesAnswerFromTheStore(t *testing.T) {
	srv, _ := newTestServer(t)
	_, out := post(t, srv.URL, `{ node(id: "forum:internet-governance-forum") { id ... on Forum { name aliases subtype
		relations { type source { name } target { name } evidence { text document { name } } } } } }`)
	if len(out.Errors) > 0 {
		t.Fatalf("errors: %+v", out.Errors)
	}
	node := out.Data["node"].(map[string]any)
	if node["name"] != "Internet Governance Forum" || node["subtype"] != "MULTISTAKEHOLDER" {
		t.Errorf("node: %+v", node)
	}
	if rels := node["relations"].([]any); len(rels) != 3 {
		t.Errorf("got %d relations of the IGF, want 3", len(rels))
	}
}

func TestRefusedRequestsCarryACode(t *testing.T) {
	srv, _ := newTestServer(t)
	deep := `{ node(id: "actor:germany") { ... on Actor { relations { source { relations { source { relations { source { relations { source { name } } } } } } } } } } }`
	for _, tc := range []struct {
		name, query, code string
	}{
		{"a query nested too deep is too complex", deep, "TOO_COMPLEX"},
		{"a query with too many tokens is too complex", "{ stats { entityCount " + strings.Repeat("@a ", 20000) + "} }", "TOO_COMPLEX"},
		{"a costly query is too complex", `{ entities(first: 500) { edges { node { relations(first: 500) { source { name } } } } } }`, "TOO_COMPLEX"},
		{"a depth beyond three is bad input", `{ neighbourhood(id: "actor:germany", depth: 9) { truncated } }`, "BAD_USER_INPUT"},
		{"an unknown field is bad input", `{ nope }`, "BAD_USER_INPUT"},
		{"a syntax error is bad input", `{ stats { `, "BAD_USER_INPUT"},
		{"an unknown entity is not found", `{ neighbourhood(id: "actor:atlantis") { truncated } }`, "NOT_FOUND"},
		{"a forged cursor is bad input", `{ entities(after: "bm9wZQ") { totalCount } }`, "BAD_USER_INPUT"},
		{"a mutation without the token is forbidden", `mutation { removeDocument(id: "document:a-txt") }`, "FORBIDDEN"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, out := post(t, srv.URL, tc.query)
			if len(out.Errors) == 0 {
				t.Fatalf("no error; data %v", out.Data)
			}
			if got := out.Errors[0].Extensions["code"]; got != tc.code {
				t.Errorf("code %v (%s), want %s", got, out.Errors[0].Message, tc.code)
			}
		})
	}
}

func TestOversizedBodyIsRefused(t *testing.T) {
	srv, _ := newTestServer(t)
	body := `{"query":"{ stats { entityCount } }","variables":{"x":"` + strings.Repeat("a", 2<<20) + `"}}`
	resp, err := http.Post(srv.URL+"/graphql", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("status %d, want 413", resp.StatusCode)
	}
}

func TestNestedFieldsAreBatched(t *testing.T) {
	srv, st := newTestServer(t)
	_, out := post(t, srv.URL, `{ relations(first: 50) { totalCount edges { node {
		source { name } target { name } evidence { document { name } } } } } }`)
	if len(out.Errors) > 0 {
		t.Fatalf("errors: %+v", out.Errors)
	}
	edges := out.Data["relations"].(map[string]any)["edges"].([]any)
	if len(edges) != 9 {
		t.Fatalf("got %d relations, want 9", len(edges))
	}
	// 9 relations have 18 ends and 10 evidence documents; batched, that is
	// one call for the ends and one for the documents. A loaded machine may
	// let a batch window close before every field has asked, so two calls
	// pass; one per relation (the N+1 this guards against) does not.
	if n, d := st.nodes.Load(), st.documents.Load(); n > 2 || d > 2 || n == 0 {
		t.Errorf("store calls: %d for nodes, %d for documents; want one batch each (two at most)", n, d)
	}
}

func TestHealthReportsTheStore(t *testing.T) {
	srv, _ := newTestServer(t)
	for _, path := range []string{"/healthz", "/readyz"} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		var body map[string]string
		json.NewDecoder(resp.Body).Decode(&body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || body["store"] != "ok" {
			t.Errorf("%s: status %d body %v", path, resp.StatusCode, body)
		}
	}
}

func TestSchemaIsPublished(t *testing.T) {
	srv, _ := newTestServer(t)
	resp, err := http.Get(srv.URL + "/schema.graphql")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	sdl, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(sdl), "type Query") {
		t.Errorf("the SDL lacks the Query type")
	}
}

func TestTooManyRequestsAreRefusedWithRetryAfter(t *testing.T) {
	st := memstore.New()
	srv := httptest.NewServer(server.New(server.Config{Logger: quiet, Store: st, Schema: diplograph.Schema, RatePerSecond: 1, RateBurst: 3}))
	defer srv.Close()
	var codes []int
	for range 5 {
		resp, err := http.Get(srv.URL + "/graphql?query=%7Bstats%7BentityCount%7D%7D")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		codes = append(codes, resp.StatusCode)
		if resp.StatusCode == http.StatusTooManyRequests && resp.Header.Get("Retry-After") == "" {
			t.Error("429 without Retry-After")
		}
	}
	if codes[0] != 200 || codes[2] != 200 || codes[3] != 429 || codes[4] != 429 {
		t.Errorf("status codes %v, want three 200 then 429", codes)
	}
}

func TestCORSAllowsOnlyTheOriginsConfigured(t *testing.T) {
	for _, tc := range []struct {
		name    string
		origins []string
		origin  string
		want    string
	}{
		{"with no configuration a foreign site gets no CORS grant", nil, "https://evil.example", ""},
		{"an allow-listed origin is granted", []string{"https://allowed.example"}, "https://allowed.example", "https://allowed.example"},
		{"an origin off the allow-list gets no grant", []string{"https://allowed.example"}, "https://evil.example", ""},
		{"any origin is granted only when * is configured", []string{"*"}, "https://evil.example", "*"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(server.New(server.Config{Logger: quiet, Store: memstore.New(), Schema: diplograph.Schema, CORSOrigins: tc.origins}))
			defer srv.Close()
			preflight, _ := http.NewRequest(http.MethodOptions, srv.URL+"/graphql", nil)
			preflight.Header.Set("Access-Control-Request-Method", "POST")
			preflight.Header.Set("Access-Control-Request-Headers", "content-type")
			read, _ := http.NewRequest(http.MethodGet, srv.URL+"/graphql?query=%7Bstats%7BentityCount%7D%7D", nil)
			for _, req := range []*http.Request{preflight, read} {
				req.Header.Set("Origin", tc.origin)
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				if got := resp.Header.Get("Access-Control-Allow-Origin"); got != tc.want {
					t.Errorf("%s: Access-Control-Allow-Origin %q, want %q", req.Method, got, tc.want)
				}
			}
		})
	}
	t.Run("with no configuration the server's own pages still read answers", func(t *testing.T) {
		srv := httptest.NewServer(server.New(server.Config{Logger: quiet, Store: memstore.New(), Schema: diplograph.Schema}))
		defer srv.Close()
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", strings.NewReader(`{"query":"{ stats { entityCount } }"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Origin", srv.URL)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "entityCount") {
			t.Errorf("same-origin POST: %d %s", resp.StatusCode, body)
		}
	})
}

func TestGetQueriesRevalidateWithETag(t *testing.T) {
	srv, _ := newTestServer(t)
	url := srv.URL + "/graphql?query=%7Bstats%7BentityCount%20relationCount%7D%7D"
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	tag := resp.Header.Get("ETag")
	if resp.StatusCode != 200 || tag == "" || !strings.Contains(string(body), `"entityCount":10`) {
		t.Fatalf("first GET: %d etag %q body %s", resp.StatusCode, tag, body)
	}
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("If-None-Match", tag)
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotModified {
		t.Errorf("revalidation: status %d, want 304", resp.StatusCode)
	}
}

func TestMetricsCountRequests(t *testing.T) {
	srv, _ := newTestServer(t)
	post(t, srv.URL, `{ stats { entityCount } }`)
	resp, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), `diplograph_http_requests_total{code="200",route="/graphql"} 1`) {
		t.Errorf("metrics lack the GraphQL request:\n%.2000s", body)
	}
}

// quiet keeps request logs out of test output.
var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func TestAnEntitysRelationsFetchTheirEndsInOneCall(t *testing.T) {
	srv, st := newTestServer(t)
	_, out := post(t, srv.URL, `{ node(id: "actor:germany") { ... on Actor { relations { source { name } target { name } } } } }`)
	if len(out.Errors) > 0 {
		t.Fatalf("errors: %+v", out.Errors)
	}
	// One call for the node itself, one for all the ends of its relations.
	if n := st.nodes.Load(); n != 2 {
		t.Errorf("%d node calls, want 2", n)
	}
}

// A request counts against the rate limit by its body too: one, and one
// more per 16 KB. Clients posting distinct 512 KB queries at the request
// rate took a core between them at 50,000 entities.
func TestLargeBodiesCountMoreAgainstTheRateLimit(t *testing.T) {
	small := []byte(`{"query":"{ stats { entityCount } }"}`)
	// A valid query padded by a comment to 160 KB: 11 requests' worth.
	large, _ := json.Marshal(map[string]any{"query": "{ stats { entityCount } }\n# " + strings.Repeat("x", 160<<10)})
	for _, tc := range []struct {
		name string
		body []byte
		want []int
	}{
		{"small queries get the whole burst", small, []int{200, 200, 200, 200, 200, 200}},
		{"queries of 160 KB get a tenth of it", large, []int{200, 200, 429, 429, 429, 429}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(server.New(server.Config{Logger: quiet, Store: memstore.New(), Schema: diplograph.Schema, RatePerSecond: 0.01, RateBurst: 22, MaxBodyBytes: 1 << 20}))
			defer srv.Close()
			var codes []int
			for range tc.want {
				resp, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(tc.body))
				if err != nil {
					t.Fatal(err)
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				codes = append(codes, resp.StatusCode)
			}
			if !slices.Equal(codes, tc.want) {
				t.Errorf("status codes %v, want %v", codes, tc.want)
			}
		})
	}
}
