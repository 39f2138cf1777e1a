package server_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"testing"
	"time"

	"gonum.org/v1/gonum/graph/formats/gexf12"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/server"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/storetest"
)

func get(t *testing.T, url string) (int, []byte) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, body
}

func TestExportsCarryTheGraph(t *testing.T) {
	srv, _ := newTestServer(t)
	for _, tc := range []struct {
		name   string
		file   string
		count  func(t *testing.T, body []byte) (nodes, edges int)
		nodes  int
		edges  int
		filter string
	}{
		{"GraphML has every node and edge", "graph.graphml", countGraphML, 10, 9, ""},
		{"GEXF has every node and edge", "graph.gexf", countGEXF, 10, 9, ""},
		{"node-link JSON has every node and link", "graph.json", countJSON, 10, 9, ""},
		{"CSV has a row per node", "nodes.csv", countCSV, 10, 0, ""},
		{"CSV has a row per edge", "edges.csv", countCSV, 0, 9, ""},
		{"a kind filter keeps actors and the relations among them", "graph.json", countJSON, 4, 1, "?kind=ACTOR"},
		{"a relation type filter keeps only that type", "graph.graphml", countGraphML, 10, 2, "?type=MEMBER_OF"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, body := get(t, srv.URL+"/export/"+tc.file+tc.filter)
			if status != http.StatusOK {
				t.Fatalf("status %d: %s", status, body)
			}
			n, e := tc.count(t, body)
			if tc.file == "nodes.csv" {
				e = tc.edges
			}
			if tc.file == "edges.csv" {
				e, n = n, tc.nodes
			}
			if n != tc.nodes || e != tc.edges {
				t.Errorf("got %d nodes and %d edges, want %d and %d", n, e, tc.nodes, tc.edges)
			}
		})
	}
	for _, bad := range []string{"graph.pdf", "graph.json?kind=DOCUMENT", "graph.json?type=LIKES", "graph.json?minDegree=x"} {
		if status, _ := get(t, srv.URL+"/export/"+bad); status != http.StatusNotFound && status != http.StatusBadRequest {
			t.Errorf("%s: status %d, want a refusal", bad, status)
		}
	}
}

func countGraphML(t *testing.T, body []byte) (int, int) {
	var doc struct {
		Graph struct {
			Nodes []struct {
				ID string `xml:"id,attr"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(body, &doc); err != nil {
		t.Fatalf("GraphML does not parse: %v", err)
	}
	return len(doc.Graph.Nodes), len(doc.Graph.Edges)
}

func countGEXF(t *testing.T, body []byte) (int, int) {
	var doc gexf12.Content
	if err := xml.Unmarshal(body, &doc); err != nil {
		t.Fatalf("GEXF does not parse: %v", err)
	}
	return len(doc.Graph.Nodes.Nodes), len(doc.Graph.Edges.Edges)
}

func countJSON(t *testing.T, body []byte) (int, int) {
	var doc struct {
		Nodes []map[string]any `json:"nodes"`
		Links []map[string]any `json:"links"`
	}
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatalf("JSON does not parse: %v", err)
	}
	return len(doc.Nodes), len(doc.Links)
}

func countCSV(t *testing.T, body []byte) (int, int) {
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v", err)
	}
	return len(rows) - 1, 0
}

// heldExportStore holds ListNodes (the first step of an export) until
// released or until the request's context ends, to keep an export running.
type heldExportStore struct {
	*memstore.Store
	entered chan struct{}
	release chan struct{}
	ended   chan error // the context's error when a held call gave up
}

func (b *heldExportStore) ListNodes(ctx context.Context, q domain.NodeQuery) ([]domain.Node, int, error) {
	b.entered <- struct{}{}
	select {
	case <-b.release:
		return b.Store.ListNodes(ctx, q)
	case <-ctx.Done():
		b.ended <- ctx.Err()
		return nil, 0, ctx.Err()
	}
}

func newExportServer(t *testing.T, cfg server.Config) (*httptest.Server, *heldExportStore) {
	t.Helper()
	st := &heldExportStore{Store: memstore.New(), entered: make(chan struct{}, 8), release: make(chan struct{}), ended: make(chan error, 8)}
	storetest.ApplyFixture(t, context.Background(), st.Store)
	cfg.Logger, cfg.Store, cfg.Schema = quiet, st, diplograph.Schema
	cfg.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}
	srv := httptest.NewServer(server.New(cfg))
	t.Cleanup(srv.Close)
	return srv, st
}

// exportAs starts an export as the client named by X-Forwarded-For (the test
// server trusts loopback as a proxy).
func exportAs(ctx context.Context, url, client string) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url+"/export/graph.graphml", nil)
	req.Header.Set("X-Forwarded-For", client)
	return http.DefaultClient.Do(req)
}

// Exports run behind the API's rate limit, one at a time per client, within
// a deadline, and stop when their client goes away (the issue held 5.7 GB
// with eight concurrent exports and none of these).
func TestExportsAreLimited(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  server.Config
		run  func(t *testing.T, srv *httptest.Server, st *heldExportStore)
	}{
		// Two heavy slots, so that the other client's export runs beside
		// the first rather than waiting in the heavy lane (lane_test.go).
		{"a second export from the same client waits its turn with 429 and Retry-After", server.Config{RatePerSecond: -1, HeavySlots: 2},
			func(t *testing.T, srv *httptest.Server, st *heldExportStore) {
				first := make(chan int)
				go func() {
					resp, err := exportAs(context.Background(), srv.URL, "192.0.2.1")
					if err != nil {
						first <- 0
						return
					}
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					first <- resp.StatusCode
				}()
				<-st.entered
				resp, err := exportAs(context.Background(), srv.URL, "192.0.2.1")
				if err != nil {
					t.Fatal(err)
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" {
					t.Errorf("second export: status %d, Retry-After %q, want 429 with Retry-After", resp.StatusCode, resp.Header.Get("Retry-After"))
				}
				if !bytes.Contains(body, []byte(`"RATE_LIMITED"`)) {
					t.Errorf("second export's answer has no code: %s", body)
				}
				// Another client is not held up.
				other := make(chan int)
				go func() {
					resp, err := exportAs(context.Background(), srv.URL, "198.51.100.7")
					if err != nil {
						other <- 0
						return
					}
					resp.Body.Close()
					other <- resp.StatusCode
				}()
				<-st.entered
				close(st.release)
				if got := <-first; got != http.StatusOK {
					t.Errorf("first export: status %d", got)
				}
				if got := <-other; got != http.StatusOK {
					t.Errorf("another client's export: status %d", got)
				}
				// Once the first has finished the client may export again.
				resp, err = exportAs(context.Background(), srv.URL, "192.0.2.1")
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					t.Errorf("export after the first finished: status %d", resp.StatusCode)
				}
			}},
		{"exports spend the same rate-limit bucket as the API", server.Config{RatePerSecond: 0.01, RateBurst: 2},
			func(t *testing.T, srv *httptest.Server, st *heldExportStore) {
				close(st.release)
				for range 2 {
					post(t, srv.URL, `{ stats { entityCount } }`)
				}
				status, body := get(t, srv.URL+"/export/nodes.csv")
				if status != http.StatusTooManyRequests || !bytes.Contains(body, []byte(`"RATE_LIMITED"`)) {
					t.Errorf("export after the bucket was spent on the API: status %d, %s", status, body)
				}
			}},
		{"an export stops when its client goes away", server.Config{RatePerSecond: -1},
			func(t *testing.T, srv *httptest.Server, st *heldExportStore) {
				ctx, cancel := context.WithCancel(context.Background())
				done := make(chan struct{})
				go func() {
					defer close(done)
					if resp, err := exportAs(ctx, srv.URL, "192.0.2.1"); err == nil {
						resp.Body.Close()
					}
				}()
				<-st.entered
				cancel()
				<-done
				select {
				case err := <-st.ended:
					if !errors.Is(err, context.Canceled) {
						t.Errorf("the store saw %v, want context.Canceled", err)
					}
				case <-time.After(5 * time.Second):
					t.Fatal("the export went on after its client went away")
				}
				// Its turn is given back: the same client may export again.
				close(st.release)
				deadline := time.Now().Add(5 * time.Second)
				for {
					resp, err := exportAs(context.Background(), srv.URL, "192.0.2.1")
					if err != nil {
						t.Fatal(err)
					}
					resp.Body.Close()
					if resp.StatusCode == http.StatusOK {
						break
					}
					if time.Now().After(deadline) {
						t.Fatalf("the client's export slot was not freed: status %d", resp.StatusCode)
					}
					time.Sleep(20 * time.Millisecond)
				}
			}},
		{"an export that runs out of time is refused with a code", server.Config{RatePerSecond: -1, ExportTimeout: 200 * time.Millisecond},
			func(t *testing.T, srv *httptest.Server, st *heldExportStore) {
				start := time.Now()
				go func() { <-st.entered }()
				status, body := get(t, srv.URL+"/export/graph.json")
				t.Logf("refused after %v", time.Since(start))
				if status != http.StatusServiceUnavailable || !bytes.Contains(body, []byte(`"UNAVAILABLE"`)) {
					t.Errorf("status %d, %s; want 503 UNAVAILABLE", status, body)
				}
				if err := <-st.ended; !errors.Is(err, context.DeadlineExceeded) {
					t.Errorf("the store saw %v, want context.DeadlineExceeded", err)
				}
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, st := newExportServer(t, tc.cfg)
			tc.run(t, srv, st)
		})
	}
}
