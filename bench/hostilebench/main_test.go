package main

import (
	"context"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/bench/synth"
	"github.com/diplograph/diplograph/server"
	"github.com/diplograph/diplograph/store/memstore"
)

// Every request of the bench is well-formed: the hostile ones get the
// answer the server's limits give them on a small graph (a refusal with a
// code, or an answer), and the explorer's queries are answered.
func TestRequestsMeetTheServerAsIntended(t *testing.T) {
	ctx := context.Background()
	st := memstore.New()
	cfg := synth.Config{Entities: 300, Relations: 1000, RelsPerDoc: 10, Seed: 1}
	gen := synth.New(cfg)
	for xs := gen.Batch(100); len(xs) > 0; xs = gen.Batch(100) {
		if err := st.Apply(ctx, xs); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(server.New(server.Config{Store: st, Schema: diplograph.Schema, RatePerSecond: -1}))
	defer srv.Close()
	c := newClient(srv.URL, "10.0.0.1", time.Minute)
	rng := rand.New(rand.NewPCG(1, 2))
	p := pool{gen: synth.New(cfg)}

	type want struct {
		status int
		code   string
	}
	cases := []struct {
		name string
		req  request
		want want
	}{
		{"the overview is answered", overview(), want{http.StatusOK, ""}},
		{"a neighbourhood is answered", normalRequest(0, rng, p), want{http.StatusOK, ""}},
		{"a search is answered", normalRequest(1, rng, p), want{http.StatusOK, ""}},
		{"a fragment bomb is refused as too complex", hostileKinds[0].next(0, rng), want{http.StatusOK, "TOO_COMPLEX"}},
		{"documents of mentions are refused as too complex", hostileKinds[1].next(0, rng), want{http.StatusOK, "TOO_COMPLEX"}},
		{"relations of relations are refused as too complex", hostileKinds[1].next(1, rng), want{http.StatusOK, "TOO_COMPLEX"}},
		{"the largest drawing with evidence is answered", hostileKinds[1].next(2, rng), want{http.StatusOK, ""}},
		{"an export of the whole graph is answered", hostileKinds[2].next(0, rng), want{http.StatusOK, ""}},
		{"a distinct large query is answered", hostileKinds[3].next(0, rng), want{http.StatusOK, ""}},
		{"a persisted query registration is answered", hostileKinds[3].next(1, rng), want{http.StatusOK, ""}},
		{"a registration that does not parse is refused", hostileKinds[3].next(2, rng), want{http.StatusUnprocessableEntity, "BAD_USER_INPUT"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := c.do(ctx, tc.req, true)
			if a.err != nil {
				t.Fatal(a.err)
			}
			if got := (want{a.status, a.code}); got != tc.want {
				t.Errorf("got HTTP %d %q, want HTTP %d %q: %.300s", a.status, a.code, tc.want.status, tc.want.code, a.body)
			}
			if a.bytes == 0 {
				t.Error("empty answer")
			}
		})
	}
	t.Run("the cache flood's queries differ each time", func(t *testing.T) {
		a, b := hostileKinds[3].next(0, rng), hostileKinds[3].next(0, rng)
		if string(a.body) == string(b.body) || len(a.body) < 512<<10 {
			t.Errorf("two queries of %d and %d bytes, equal: %v", len(a.body), len(b.body), string(a.body) == string(b.body))
		}
	})
	t.Run("the overview reads centrality", func(t *testing.T) {
		got := c.overview(func() (time.Duration, error) { return 0, nil })
		if got.status != http.StatusOK || got.err != "" || !strings.HasPrefix(got.centrality, "CURRENT") || strings.Contains(got.centrality, "no figures") {
			t.Errorf("overview: %s", got)
		}
	})
}
