package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/loader/kb"
	"github.com/diplograph/diplograph/server"
	"github.com/diplograph/diplograph/store/memstore"
)

func BenchmarkZZExplorer(b *testing.B) {
	st := memstore.New()
	ex := loader.NewExtractor(kb.Default())
	if _, err := loader.Load(context.Background(), st, ex, []string{"../seeds"}, loader.LoadOptions{}); err != nil {
		b.Fatal(err)
	}
	h := server.New(server.Config{Logger: quiet, Store: st, Schema: diplograph.Schema, RatePerSecond: -1})
	q := os.Getenv("ZZQ")
	body, _ := json.Marshal(map[string]any{"query": q, "variables": map[string]any{"id": os.Getenv("ZZID"), "depth": 1, "limit": 2000}})
	b.ResetTimer()
	for range b.N {
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Cache-Control", "no-cache")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != 200 || bytes.Contains(w.Body.Bytes(), []byte(`"errors"`)) {
			b.Fatalf("%d %s", w.Code, w.Body.String()[:200])
		}
	}
}
