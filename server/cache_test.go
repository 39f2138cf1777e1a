package server_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/server"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/storetest"
)

// postPersisted sends a query (empty: only its hash) with Apollo's
// persisted-query extension.
func postPersisted(t *testing.T, url, query, hash string) gqlResponse {
	t.Helper()
	req := map[string]any{"extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}}
	if query != "" {
		req["query"] = query
	}
	_, out := postRequest(t, url, req)
	return out
}

func sha(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func heapAfterGC() uint64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// The parsed-query cache and the persisted queries are bounded in bytes: a
// flood of distinct large queries (the issue took the heap from 24 MB to
// 1.6 GB with 1,000 of 1 MiB) keeps the heap within their budgets, and
// nothing that fails to parse, validate or pass the limits is stored.
func TestCachesAreBoundedInBytes(t *testing.T) {
	st := memstore.New()
	storetest.ApplyFixture(t, context.Background(), st)
	srv := httptest.NewServer(server.New(server.Config{Logger: quiet, Store: st, Schema: diplograph.Schema, RatePerSecond: -1}))
	t.Cleanup(srv.Close)

	t.Run("a thousand distinct large queries keep the heap under the budget", func(t *testing.T) {
		const (
			queries = 1000
			size    = 256 << 10
			budget  = 48 << 20 // the query cache's 32 MiB and the persisted queries' 16 MiB
			slack   = 32 << 20
		)
		before := heapAfterGC()
		pad := strings.Repeat("x", size)
		for i := range queries {
			// Distinct texts that parse, validate and answer: the padding is a comment.
			q := fmt.Sprintf("# %d %s\n{ stats { entityCount } }", i, pad)
			if out := postPersisted(t, srv.URL, q, sha(q)); len(out.Errors) > 0 {
				t.Fatalf("query %d: %+v", i, out.Errors)
			}
			// The cached text answers on its own, as the protocol wants.
			q = fmt.Sprintf("# %d small\n{ stats { entityCount } }", i)
			postPersisted(t, srv.URL, q, sha(q))
		}
		after := heapAfterGC()
		grown := int64(after) - int64(before)
		t.Logf("heap %d MiB before, %d MiB after %d queries of %d KiB (%d MiB sent): grew %d MiB, budget %d MiB + %d MiB slack",
			before>>20, after>>20, queries, size>>10, queries*size>>20, grown>>20, budget>>20, slack>>20)
		if grown > budget+slack {
			t.Errorf("the heap grew %d MiB, over the caches' budget of %d MiB and %d MiB slack", grown>>20, budget>>20, slack>>20)
		}
	})

	for _, tc := range []struct {
		name, query string
	}{
		{"a registration that does not parse", "{ stats { entityCount "},
		{"a registration that does not validate", "{ noSuchField }"},
		{"a registration over the complexity limit", `{documents{mentions{entity{documents{mentions{entity{name}}}}}}}`},
	} {
		t.Run("never stores "+tc.name, func(t *testing.T) {
			hash := sha(tc.query)
			if out := postPersisted(t, srv.URL, tc.query, hash); len(out.Errors) == 0 {
				t.Fatalf("the registration was accepted: %+v", out.Data)
			}
			out := postPersisted(t, srv.URL, "", hash)
			if len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != "PERSISTED_QUERY_NOT_FOUND" {
				t.Fatalf("hash alone: %+v, want PERSISTED_QUERY_NOT_FOUND", out.Errors)
			}
		})
	}
	t.Run("answers a valid registration by its hash alone", func(t *testing.T) {
		q := "{ stats { relationCount } }"
		if out := postPersisted(t, srv.URL, "", sha(q)); len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != "PERSISTED_QUERY_NOT_FOUND" {
			t.Fatalf("before registration: %+v", out.Errors)
		}
		postPersisted(t, srv.URL, q, sha(q))
		out := postPersisted(t, srv.URL, "", sha(q))
		if len(out.Errors) > 0 || out.Data["stats"] == nil {
			t.Fatalf("after registration: %+v %+v", out.Errors, out.Data)
		}
	})
	t.Run("refuses a hash that does not match its query", func(t *testing.T) {
		out := postPersisted(t, srv.URL, "{ stats { entityCount } }", sha("something else"))
		if len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
			t.Fatalf("got %+v, want BAD_USER_INPUT", out.Errors)
		}
	})
}
