package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"testing"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/server"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/storetest"
)

// laneStore holds every ListNodes call (exports and drawings list nodes;
// searches do not) until the test lets one through, and tells the test the
// limit of each call that arrives, which says whose call it is.
type laneStore struct {
	*memstore.Store
	entered chan int
	release chan struct{}
}

func (g *laneStore) ListNodes(ctx context.Context, q domain.NodeQuery) ([]domain.Node, int, error) {
	g.entered <- q.Limit
	select {
	case <-g.release:
		return g.Store.ListNodes(ctx, q)
	case <-ctx.Done():
		return nil, 0, ctx.Err()
	}
}

// laneAnswer is one answer as a client saw it.
type laneAnswer struct {
	status     int
	retryAfter string
	code       string // extensions.code of the first error
	err        error
}

func laneRequest(ctx context.Context, base, client, method, path string, body []byte) laneAnswer {
	req, err := http.NewRequestWithContext(ctx, method, base+path, bytes.NewReader(body))
	if err != nil {
		return laneAnswer{err: err}
	}
	req.Header.Set("X-Forwarded-For", client)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return laneAnswer{err: err}
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	a := laneAnswer{status: resp.StatusCode, retryAfter: resp.Header.Get("Retry-After")}
	var out gqlResponse
	if json.Unmarshal(data, &out) == nil && len(out.Errors) > 0 {
		a.code, _ = out.Errors[0].Extensions["code"].(string)
	}
	return a
}

// The explorer's overview priced at 3,200 (heavy by default) and a search
// priced at 56 (light).
func drawing(limit int) []byte {
	body, _ := json.Marshal(map[string]any{"query": `query($limit: Int!) { subgraph(limit: $limit) { nodes { id name degree centrality { pageRank } documents { id } } edges { id source { id } target { id } } } }`,
		"variables": map[string]any{"limit": limit}})
	return body
}

var lightSearch = []byte(`{"query":"{ search(text: \"germ\", first: 8) { score entity { id name } } }"}`)

// Heavy requests (queries priced at or over Config.HeavyCost, and exports)
// run a few at a time in the heavy lane, so that a light request never waits
// behind them: at 50,000 entities two exports and two large drawings at once
// took the explorer's neighbourhood queries from 80 ms to 590 ms at p99.
func TestHeavyRequestsTakeTurnsInTheHeavyLane(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  server.Config
		run  func(t *testing.T, base string, st *laneStore)
	}{
		{"a light query answers at once while an export holds the lane", server.Config{},
			func(t *testing.T, base string, st *laneStore) {
				exp := goRequest(base, "192.0.2.1", http.MethodGet, "/export/graph.json", nil)
				<-st.entered
				start := time.Now()
				a := laneRequest(context.Background(), base, "192.0.2.2", http.MethodPost, "/graphql", lightSearch)
				if a.status != http.StatusOK || a.code != "" || time.Since(start) > 5*time.Second {
					t.Errorf("search while an export runs: status %d, code %q, after %v", a.status, a.code, time.Since(start))
				}
				close(st.release)
				if a := <-exp; a.status != http.StatusOK {
					t.Errorf("export: status %d", a.status)
				}
			}},
		{"a heavy query waits for the lane and answers once the export before it is done", server.Config{},
			func(t *testing.T, base string, st *laneStore) {
				exp := goRequest(base, "192.0.2.1", http.MethodGet, "/export/graph.json", nil)
				<-st.entered
				heavy := goRequest(base, "192.0.2.2", http.MethodPost, "/graphql", drawing(5000))
				select {
				case limit := <-st.entered:
					t.Fatalf("a call with limit %d reached the store while the export held the lane", limit)
				case a := <-heavy:
					t.Fatalf("the heavy query answered (status %d, code %q) while the export held the lane", a.status, a.code)
				case <-time.After(300 * time.Millisecond):
				}
				st.release <- struct{}{} // the export's
				if limit := <-st.entered; limit != 5000 {
					t.Errorf("after the export, a call with limit %d reached the store, want the drawing's 5000", limit)
				}
				close(st.release)
				if a := <-heavy; a.status != http.StatusOK || a.code != "" {
					t.Errorf("heavy query: status %d, code %q", a.status, a.code)
				}
				<-exp
			}},
		{"a heavy query is refused with 503 and Retry-After when the queue is full", server.Config{HeavyQueue: 1},
			func(t *testing.T, base string, st *laneStore) {
				goRequest(base, "192.0.2.1", http.MethodGet, "/export/graph.json", nil)
				<-st.entered
				goRequest(base, "192.0.2.2", http.MethodGet, "/export/graph.json", nil)
				time.Sleep(100 * time.Millisecond) // the second export is queued
				a := laneRequest(context.Background(), base, "192.0.2.3", http.MethodPost, "/graphql", drawing(5000))
				if a.status != http.StatusServiceUnavailable || a.retryAfter == "" || a.code != "UNAVAILABLE" {
					t.Errorf("heavy query with the queue full: status %d, Retry-After %q, code %q; want 503, a Retry-After, UNAVAILABLE", a.status, a.retryAfter, a.code)
				}
				if a := laneRequest(context.Background(), base, "192.0.2.3", http.MethodPost, "/graphql", lightSearch); a.status != http.StatusOK {
					t.Errorf("light query with the queue full: status %d", a.status)
				}
				close(st.release)
			}},
		{"a query too complex to run is refused at once while an export holds the lane", server.Config{},
			func(t *testing.T, base string, st *laneStore) {
				goRequest(base, "192.0.2.1", http.MethodGet, "/export/graph.json", nil)
				<-st.entered
				start := time.Now()
				a := laneRequest(context.Background(), base, "192.0.2.2", http.MethodPost, "/graphql",
					[]byte(`{"query":"{documents{mentions{entity{documents{mentions{entity{name}}}}}}}"}`))
				if a.code != "TOO_COMPLEX" || time.Since(start) > 5*time.Second {
					t.Errorf("status %d, code %q after %v; want TOO_COMPLEX at once", a.status, a.code, time.Since(start))
				}
				close(st.release)
			}},
		{"a heavy query that waits longer than the request timeout is refused with 503", server.Config{RequestTimeout: 300 * time.Millisecond},
			func(t *testing.T, base string, st *laneStore) {
				goRequest(base, "192.0.2.1", http.MethodGet, "/export/graph.json", nil)
				<-st.entered
				a := laneRequest(context.Background(), base, "192.0.2.2", http.MethodPost, "/graphql", drawing(5000))
				if a.status != http.StatusServiceUnavailable || a.retryAfter == "" || a.code != "UNAVAILABLE" {
					t.Errorf("status %d, Retry-After %q, code %q; want 503, a Retry-After, UNAVAILABLE", a.status, a.retryAfter, a.code)
				}
				close(st.release)
			}},
		{"a client with two heavy requests in the lane gets 429 for a third", server.Config{},
			func(t *testing.T, base string, st *laneStore) {
				goRequest(base, "192.0.2.1", http.MethodGet, "/export/graph.json", nil)
				<-st.entered
				goRequest(base, "192.0.2.1", http.MethodPost, "/graphql", drawing(5000))
				time.Sleep(100 * time.Millisecond) // the drawing is queued
				a := laneRequest(context.Background(), base, "192.0.2.1", http.MethodPost, "/graphql", drawing(5000))
				if a.status != http.StatusTooManyRequests || a.retryAfter == "" || a.code != "RATE_LIMITED" {
					t.Errorf("third heavy request: status %d, Retry-After %q, code %q; want 429, a Retry-After, RATE_LIMITED", a.status, a.retryAfter, a.code)
				}
				close(st.release)
			}},
		{"queries waiting in the lane go before exports waiting there", server.Config{},
			func(t *testing.T, base string, st *laneStore) {
				goRequest(base, "192.0.2.1", http.MethodGet, "/export/graph.json", nil)
				<-st.entered
				goRequest(base, "192.0.2.2", http.MethodGet, "/export/graph.json", nil)
				time.Sleep(100 * time.Millisecond) // the export is queued first
				goRequest(base, "192.0.2.3", http.MethodPost, "/graphql", drawing(5000))
				time.Sleep(100 * time.Millisecond)
				st.release <- struct{}{}
				if limit := <-st.entered; limit != 5000 {
					t.Errorf("after the first export, a call with limit %d reached the store, want the drawing's 5000", limit)
				}
				close(st.release)
			}},
		{"with the lane turned off heavy requests run side by side", server.Config{HeavySlots: -1},
			func(t *testing.T, base string, st *laneStore) {
				goRequest(base, "192.0.2.1", http.MethodGet, "/export/graph.json", nil)
				<-st.entered
				goRequest(base, "192.0.2.2", http.MethodPost, "/graphql", drawing(5000))
				select {
				case <-st.entered:
				case <-time.After(5 * time.Second):
					t.Error("the heavy query did not reach the store while an export ran")
				}
				close(st.release)
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := &laneStore{Store: memstore.New(), entered: make(chan int, 8), release: make(chan struct{})}
			storetest.ApplyFixture(t, context.Background(), st.Store)
			cfg := tc.cfg
			cfg.Logger, cfg.Store, cfg.Schema, cfg.RatePerSecond = quiet, st, diplograph.Schema, -1
			cfg.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}
			if cfg.HeavySlots == 0 {
				cfg.HeavySlots = 1 // what the default gives on two cores
			}
			srv := httptest.NewServer(server.New(cfg))
			t.Cleanup(srv.Close)
			tc.run(t, srv.URL, st)
		})
	}
}

// goRequest sends a request in the background; its answer arrives on the channel.
func goRequest(base, client, method, path string, body []byte) <-chan laneAnswer {
	out := make(chan laneAnswer, 1)
	go func() { out <- laneRequest(context.Background(), base, client, method, path, body) }()
	return out
}
