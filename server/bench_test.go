package server_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/bench/uiqueries"
	"github.com/diplograph/diplograph/internal/benchproc"
	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/loader/kb"
	"github.com/diplograph/diplograph/server"
	"github.com/diplograph/diplograph/store/memstore"
)

// neighbourhoodQuery is bench/apibench's neighbourhood query, which its
// "top ten neighbourhoods" rows send for the ten most connected entities.
const neighbourhoodQuery = `query($id: ID!, $depth: Int!, $limit: Int!) { neighbourhood(id: $id, depth: $depth, limit: $limit) {
  nodes { id name kind degree } edges { id type source { id } target { id } } } }`

// BenchmarkExplorerNeighbourhood serves the explorer's query, and the plain
// neighbourhood query, for the most connected entity of the seed graph, computed afresh each time (no-cache)
// and gzipped, in process: no network and no client share the CPU, so its
// CPU time, bytes and allocations per request move only with the server's
// own work (bench/apibench measures the same over HTTP under 64 clients).
func BenchmarkExplorerNeighbourhood(b *testing.B) {
	ctx := context.Background()
	st := memstore.New()
	if _, err := loader.Load(ctx, st, loader.NewExtractor(kb.Default()), []string{"../seeds"}, loader.LoadOptions{}); err != nil {
		b.Fatal(err)
	}
	h := server.New(server.Config{Logger: quiet, Store: st, Schema: diplograph.Schema, RatePerSecond: -1})
	do := func(body string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept-Encoding", "gzip")
		req.Header.Set("Cache-Control", "no-cache")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
		return rec
	}
	var top struct {
		Data struct {
			Entities struct {
				Edges []struct {
					Node struct{ ID string } `json:"node"`
				} `json:"edges"`
			} `json:"entities"`
		} `json:"data"`
	}
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"{ entities(orderBy: DEGREE, first: 1) { edges { node { id } } } }"}`))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if err := json.Unmarshal(rec.Body.Bytes(), &top); err != nil || len(top.Data.Entities.Edges) != 1 {
		b.Fatalf("most connected entity: %v %s", err, rec.Body)
	}
	id := top.Data.Entities.Edges[0].Node.ID
	for _, q := range []struct{ name, query string }{
		{"explorer", uiqueries.Neighbourhood},
		{"neighbourhood", neighbourhoodQuery},
	} {
		b.Run(q.name, func(b *testing.B) {
			body, err := json.Marshal(map[string]any{"query": q.query,
				"variables": map[string]any{"id": id, "depth": 1, "limit": uiqueries.FocusLimit}})
			if err != nil {
				b.Fatal(err)
			}
			first := do(string(body))
			if first.Header().Get("Content-Encoding") != "gzip" || strings.Contains(first.Body.String(), `"errors"`) {
				b.Fatalf("want a gzipped answer without errors, got %q", first.Header())
			}
			b.ReportAllocs()
			used := benchproc.SelfCPU()
			for b.Loop() {
				do(string(body))
			}
			// The process's CPU time (the collector's included) moves far
			// less than ns/op with what else runs on the machine.
			b.ReportMetric(float64((benchproc.SelfCPU()-used).Nanoseconds())/float64(b.N), "cpu-ns/op")
			b.ReportMetric(float64(first.Body.Len()), "gzip-bytes")
		})
	}
}
