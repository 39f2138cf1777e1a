package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/loader/kb"
	"github.com/diplograph/diplograph/server"
	"github.com/diplograph/diplograph/store/memstore"
)

func TestCuratorsIngestAndRemoveDocumentsWithTheToken(t *testing.T) {
	st := memstore.New()
	srv := httptest.NewServer(server.New(server.Config{
		Store: st, Schema: diplograph.Schema, AdminToken: "s3cret",
		Curator: curator{store: st, ex: loader.NewExtractor(kb.Default())},
		Logger:  slog.New(slog.NewTextHandler(io.Discard, nil)),
	}))
	defer srv.Close()
	call := func(token, query string) map[string]any {
		t.Helper()
		body, _ := json.Marshal(map[string]any{"query": query})
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			t.Fatal(err)
		}
		return out
	}
	ingest := `mutation { ingestDocument(name: "note.txt", text: "Kenya supports the Internet Governance Forum (IGF).") {
		entityCount relationCount document { id name } } }`
	for _, tc := range []struct{ name, token string }{{"no token", ""}, {"a wrong token", "guess"}} {
		t.Run("refuses "+tc.name, func(t *testing.T) {
			out := call(tc.token, ingest)
			errs, _ := out["errors"].([]any)
			if len(errs) == 0 || errs[0].(map[string]any)["extensions"].(map[string]any)["code"] != "FORBIDDEN" {
				t.Fatalf("got %v, want FORBIDDEN", out)
			}
		})
	}
	out := call("s3cret", ingest)
	report, ok := out["data"].(map[string]any)["ingestDocument"].(map[string]any)
	if !ok || report["relationCount"].(float64) < 1 || report["document"].(map[string]any)["id"] != "document:note-txt" {
		t.Fatalf("ingest report: %v", out)
	}
	found := call("", `{ node(id: "actor:kenya") { ... on Actor { relations { type target { name } } } } }`)
	if rels := found["data"].(map[string]any)["node"].(map[string]any)["relations"].([]any); len(rels) == 0 {
		t.Errorf("the ingested relation is not in the graph: %v", found)
	}
	removed := call("s3cret", `mutation { removeDocument(id: "document:note-txt") }`)
	if removed["data"].(map[string]any)["removeDocument"] != true {
		t.Errorf("remove: %v", removed)
	}
	if gone := call("", `{ node(id: "actor:kenya") { id } }`); gone["data"].(map[string]any)["node"] != nil {
		t.Errorf("Kenya is still there after its only document was removed: %v", gone)
	}
	if again := call("s3cret", `mutation { removeDocument(id: "document:note-txt") }`); again["data"].(map[string]any)["removeDocument"] != false {
		t.Errorf("removing a missing document: %v", again)
	}
}

func TestTheAdminTokenIsAcceptedWhateverTheCaseOfBearer(t *testing.T) {
	st := memstore.New()
	srv := httptest.NewServer(server.New(server.Config{
		Store: st, Schema: diplograph.Schema, AdminToken: "s3cret",
		Curator: curator{store: st, ex: loader.NewExtractor(kb.Default())},
		Logger:  slog.New(slog.NewTextHandler(io.Discard, nil)),
	}))
	defer srv.Close()
	for _, tc := range []struct {
		name, authorization string
		allowed             bool
	}{
		{"Bearer as the RFC writes it is accepted", "Bearer s3cret", true},
		{"lower-case bearer is accepted", "bearer s3cret", true},
		{"upper-case BEARER is accepted", "BEARER s3cret", true},
		{"another scheme with the right token is refused", "Basic s3cret", false},
		{"the right scheme with a wrong token is refused", "bearer s3cre", false},
		{"the token alone is refused", "s3cret", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql",
				bytes.NewReader([]byte(`{"query":"mutation { removeDocument(id: \"document:none-txt\") }"}`)))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Authorization", tc.authorization)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var out struct {
				Data   map[string]any
				Errors []struct{ Extensions map[string]any }
			}
			if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
				t.Fatal(err)
			}
			if allowed := len(out.Errors) == 0; allowed != tc.allowed {
				t.Errorf("allowed %v, want %v: %+v", allowed, tc.allowed, out)
			}
			if !tc.allowed && (len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != "FORBIDDEN") {
				t.Errorf("a refusal without FORBIDDEN: %+v", out)
			}
		})
	}
}

func TestIngestingANameThatFoldsToALoadedDocumentsIDIsRefused(t *testing.T) {
	st := memstore.New()
	srv := httptest.NewServer(server.New(server.Config{
		Store: st, Schema: diplograph.Schema, AdminToken: "s3cret",
		Curator: curator{store: st, ex: loader.NewExtractor(kb.Default())},
		Logger:  slog.New(slog.NewTextHandler(io.Discard, nil)),
	}))
	defer srv.Close()
	ingest := func(t *testing.T, name, text string) (map[string]any, []any) {
		t.Helper()
		body, _ := json.Marshal(map[string]any{
			"query":     `mutation($n: String!, $t: String!) { ingestDocument(name: $n, text: $t) { document { id name } } }`,
			"variables": map[string]any{"n": name, "t": text},
		})
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer s3cret")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out struct {
			Data   map[string]any
			Errors []any
		}
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			t.Fatal(err)
		}
		return out.Data, out.Errors
	}
	if _, errs := ingest(t, "Report 1.txt", "France supports the G7."); len(errs) > 0 {
		t.Fatalf("first ingest: %v", errs)
	}
	for _, tc := range []struct{ name, file string }{
		{"a hyphenated lower-case name is refused", "report-1.txt"},
		{"an upper-case name with an underscore is refused", "REPORT_1.TXT"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := ingest(t, tc.file, "India supports the G7.")
			if len(errs) == 0 {
				t.Fatal("accepted: it replaced Report 1.txt")
			}
			e := errs[0].(map[string]any)
			if code := e["extensions"].(map[string]any)["code"]; code != "BAD_USER_INPUT" || !strings.Contains(e["message"].(string), "Report 1.txt") {
				t.Errorf("error %v, want BAD_USER_INPUT naming Report 1.txt", e)
			}
		})
	}
	t.Run("the first document is still the one loaded", func(t *testing.T) {
		docs, err := st.Documents(context.Background())
		if err != nil || len(docs) != 1 || docs[0].Name != "Report 1.txt" {
			t.Errorf("documents %+v, err %v", docs, err)
		}
	})
	t.Run("ingesting the same name again replaces it", func(t *testing.T) {
		if _, errs := ingest(t, "Report 1.txt", "Kenya supports the G7."); len(errs) > 0 {
			t.Errorf("re-ingest: %v", errs)
		}
	})
}
