package server_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"sync/atomic"
	"testing"
	"time"

	diplograph "github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/server"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/storetest"
)

// gatedStore holds listings back until the test opens the gate, as a store
// still opening its connections would.
type gatedStore struct {
	*memstore.Store
	gate chan struct{}
}

func (g *gatedStore) ListNodes(ctx context.Context, q domain.NodeQuery) ([]domain.Node, int, error) {
	select {
	case <-g.gate:
	case <-ctx.Done():
		return nil, 0, ctx.Err()
	}
	return g.Store.ListNodes(ctx, q)
}

func TestReadyOnlyOnceTheWarmUpHasAnswered(t *testing.T) {
	st := &gatedStore{Store: memstore.New(), gate: make(chan struct{})}
	storetest.ApplyFixture(t, context.Background(), st.Store)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	srv := httptest.NewServer(server.New(server.Config{Logger: quiet, Store: st, Schema: diplograph.Schema, WarmUp: ctx}))
	t.Cleanup(srv.Close)
	readyz := func() int {
		resp, err := http.Get(srv.URL + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode
	}

	t.Run("not ready while the warm-up query waits on the store", func(t *testing.T) {
		if code := readyz(); code != http.StatusServiceUnavailable {
			t.Errorf("readyz %d, want 503", code)
		}
		resp, err := http.Get(srv.URL + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("healthz %d, want 200: the process is alive", resp.StatusCode)
		}
	})
	t.Run("ready once the warm-up has answered", func(t *testing.T) {
		close(st.gate)
		// Polled rather than timed: only the order of events is asserted.
		for code := readyz(); code != http.StatusOK; code = readyz() {
			if code != http.StatusServiceUnavailable {
				t.Fatalf("readyz %d, want 503 then 200", code)
			}
			time.Sleep(20 * time.Millisecond)
		}
	})
}

// uiQuery is one of the explorer's queries as ui/src/api/graphql.ts writes
// it, its fragments spliced in.
func uiQuery(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile("../ui/src/api/graphql.ts")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	consts := map[string]string{}
	for _, m := range regexp.MustCompile("(?s)const ([A-Z_]+) = `(.*?)`;").FindAllStringSubmatch(src, -1) {
		consts[m[1]] = m[2]
	}
	splice := func(s string) string {
		return regexp.MustCompile(`\$\{([A-Z_]+)\}`).ReplaceAllStringFunc(s, func(ref string) string { return consts[ref[2:len(ref)-1]] })
	}
	consts["SUBGRAPH"] = splice(consts["SUBGRAPH"])
	for _, m := range regexp.MustCompile("(?s)\n  ([a-z]+): `(.*?)`,").FindAllStringSubmatch(src, -1) {
		if m[1] == name {
			return splice(m[2])
		}
	}
	t.Fatalf("no %s query in graphql.ts", name)
	return ""
}

// listCounter counts the store's listings, which every subgraph computed
// afresh starts with.
type listCounter struct {
	*memstore.Store
	lists atomic.Int64
}

func (c *listCounter) ListNodes(ctx context.Context, q domain.NodeQuery) ([]domain.Node, int, error) {
	c.lists.Add(1)
	return c.Store.ListNodes(ctx, q)
}

// A server that reports ready has its centrality figures and the explorer's
// overview with them at hand: at 50,000 entities the first overview asked
// of a server that had reported ready took 11 s and came without figures.
func TestReadyServerHasTheOverviewAtHand(t *testing.T) {
	st := &listCounter{Store: memstore.New()}
	storetest.ApplyFixture(t, context.Background(), st.Store)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	srv := httptest.NewServer(server.New(server.Config{Logger: quiet, Store: st, Schema: diplograph.Schema, WarmUp: ctx}))
	t.Cleanup(srv.Close)
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(srv.URL + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("not ready after 30 s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	before := st.lists.Load()
	// As the explorer sends it: no operation name, the limit of session.ts.
	status, out := postRequest(t, srv.URL, map[string]any{"query": uiQuery(t, "overview"), "variables": map[string]any{"limit": 5000}})
	t.Run("the explorer's overview answers without errors or pending figures", func(t *testing.T) {
		if status != http.StatusOK || len(out.Errors) > 0 {
			t.Fatalf("status %d, errors %+v", status, out.Errors)
		}
		nodes := out.Data["subgraph"].(map[string]any)["nodes"].([]any)
		if len(nodes) == 0 || nodes[0].(map[string]any)["centrality"].(map[string]any)["pageRank"] == nil {
			t.Errorf("the overview's first node has no PageRank: %v", nodes[:min(1, len(nodes))])
		}
	})
	t.Run("the explorer's overview is answered from the answer cache", func(t *testing.T) {
		if n := st.lists.Load() - before; n != 0 {
			t.Errorf("the overview listed the store's nodes %d times, want none: it was not kept at warm-up", n)
		}
	})
}
