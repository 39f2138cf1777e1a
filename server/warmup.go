package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// warmUpClients is how many neighbourhood queries the warm-up runs at once:
// enough to open as many store connections as a burst of clients needs
// before the first of them arrives.
const warmUpClients = 16

// warmUpQueries are the queries the warm-up answers: the most connected
// entity, then its neighbourhood as the explorer asks for it, and last the
// explorer's overview, text for text as ui/src/api/graphql.ts sends it (a
// test holds them to the same tokens), so that the answer cache holds it.
const (
	warmUpTop           = `{ entities(orderBy: DEGREE, first: 1) { edges { node { id } } } }`
	warmUpNeighbourhood = `query($id: ID!) { neighbourhood(id: $id, depth: 1) { nodes { id name degree centrality { pageRank } documents { id } } edges { id type source { id } target { id } } } }`
	warmUpOverview      = `query Overview($limit: Int!) { subgraph(limit: $limit) { truncated nodes { ...DrawNode } edges { ...DrawEdge } } }
fragment DrawNode on Entity { id kind subtype name aliases degree centrality { pageRank community } documents { id } }
fragment DrawEdge on Relation { id type confidence from until source { id } target { id } }`
	// warmUpOverviewLimit is OVERVIEW_LIMIT of ui/src/app/session.ts.
	warmUpOverviewLimit = 5000
)

// centralityWaiter computes the centrality figures of the graph as it is
// (analytics.Cache).
type centralityWaiter interface {
	WaitCurrent(ctx context.Context) error
}

// readiness is what /readyz tells: ready once the warm-up has answered its
// queries through the API itself, so that a load balancer sends no client
// to a server whose store connections are still being opened and whose
// first queries Neo4j has not planned yet.
type readiness struct{ ready atomic.Bool }

// warmUp answers the warm-up queries through api until they succeed,
// retrying every second (the store may still be coming up), has the
// centrality figures computed, answers the explorer's overview with them
// (which the answer cache keeps), then marks the server ready. On a graph
// of 50,000 entities the figures take half a minute of CPU and the overview
// a second or more: a server that reported ready before them answered the
// first overview in 11 s without figures. It gives up when ctx ends.
func (r *readiness) warmUp(ctx context.Context, api http.Handler, centrality centralityWaiter, log *slog.Logger) {
	for {
		err := warmUpOnce(ctx, api)
		if err == nil && centrality != nil {
			start := time.Now()
			if err = centrality.WaitCurrent(ctx); err == nil {
				log.InfoContext(ctx, "centrality computed", "took", time.Since(start).String())
				err = ask(ctx, api, warmUpOverview, map[string]any{"limit": warmUpOverviewLimit}, nil)
			}
		}
		if err == nil {
			r.ready.Store(true)
			log.InfoContext(ctx, "warmed up")
			return
		}
		log.InfoContext(ctx, "warm-up failed; retrying", "err", err)
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
		}
	}
}

func warmUpOnce(ctx context.Context, api http.Handler) error {
	var top struct {
		Entities struct {
			Edges []struct {
				Node struct{ ID string } `json:"node"`
			} `json:"edges"`
		} `json:"entities"`
	}
	if err := ask(ctx, api, warmUpTop, nil, &top); err != nil {
		return err
	}
	if len(top.Entities.Edges) == 0 {
		return nil // an empty graph has nothing more to warm
	}
	vars := map[string]any{"id": top.Entities.Edges[0].Node.ID}
	errs := make([]error, warmUpClients)
	var wg sync.WaitGroup
	for i := range errs {
		wg.Go(func() { errs[i] = ask(ctx, api, warmUpNeighbourhood, vars, nil) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// ask posts one query to api, fresh of any cached answer, and decodes its
// data into out (when not nil); an answer with errors is an error.
func ask(ctx context.Context, api http.Handler, query string, vars map[string]any, out any) error {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return fmt.Errorf("warm-up: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "/graphql", bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("warm-up: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Cache-Control", "no-cache")
	rec := &answerRecorder{header: http.Header{}, status: http.StatusOK}
	api.ServeHTTP(rec, req)
	var resp struct {
		Data   json.RawMessage   `json:"data"`
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(rec.body.Bytes(), &resp); err != nil {
		return fmt.Errorf("warm-up: status %d: %w", rec.status, err)
	}
	if rec.status != http.StatusOK || len(resp.Errors) > 0 {
		return fmt.Errorf("warm-up: status %d: %s", rec.status, bytes.Join(toBytes(resp.Errors), []byte("; ")))
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(resp.Data, out)
}

func toBytes(raws []json.RawMessage) [][]byte {
	out := make([][]byte, len(raws))
	for i, r := range raws {
		out[i] = r
	}
	return out
}

// handler answers 503 until the warm-up is done, then as health does.
func (r *readiness) handler(health http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		if !r.ready.Load() {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Cache-Control", "no-store")
			w.WriteHeader(http.StatusServiceUnavailable)
			json.NewEncoder(w).Encode(map[string]string{"status": "warming up"})
			return
		}
		health(w, req)
	}
}
