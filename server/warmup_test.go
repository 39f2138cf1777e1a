package server_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
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
