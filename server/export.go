package server

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/export"
	"github.com/diplograph/diplograph/graph"
)

// maxExportNodes bounds a filtered export; the whole graph is exported
// when no filter is given.
const maxExportNodes = 200000

var exportFiles = map[string]export.Format{
	"graph.graphml": export.GraphML,
	"graph.gexf":    export.GEXF,
	"graph.json":    export.JSON,
	"nodes.csv":     export.NodesCSV,
	"edges.csv":     export.EdgesCSV,
}

// exportGate lets each client run one export at a time and the server a
// few at once: an export holds the subgraph it writes in memory, so eight at
// once of a large graph held gigabytes.
type exportGate struct {
	max int

	mu      sync.Mutex
	running map[string]bool
}

func newExportGate(max int) *exportGate {
	return &exportGate{max: max, running: map[string]bool{}}
}

// enter reports whether client may start an export now: busy is true when
// the client already runs one, full when the server runs as many as it may.
func (g *exportGate) enter(client string) (busy, full bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	switch {
	case g.running[client]:
		return true, false
	case len(g.running) >= g.max:
		return false, true
	}
	g.running[client] = true
	return false, false
}

func (g *exportGate) leave(client string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	delete(g.running, client)
}

// exportRetryAfter is the wait suggested to a client refused an export
// because one is already running.
const exportRetryAfter = "5"

// exportHandler serves /export/FILE, the whole graph or one filtered like
// the API's subgraph: ?kind=ACTOR&subtype=STATE&document=ID&name=..&minDegree=N&type=MEMBER_OF.
// It runs behind the API's rate limit, one export at a time per client, and
// within timeout; the file is written as it is encoded, and an export whose
// request is cancelled (the client went away, or the time ran out) stops.
func exportHandler(s Store, gate *exportGate, lane *heavyLane, timeout time.Duration, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.PathValue("file")
		format, ok := exportFiles[name]
		if !ok {
			writeError(w, http.StatusNotFound, graph.CodeNotFound, "unknown export; try graph.graphml, graph.gexf, graph.json, nodes.csv or edges.csv")
			return
		}
		q, types, err := exportQuery(r)
		if err != nil {
			writeError(w, http.StatusBadRequest, graph.CodeBadUserInput, err.Error())
			return
		}
		client := clientBucketKey(r)
		switch busy, full := gate.enter(client); {
		case busy:
			w.Header().Set("Retry-After", exportRetryAfter)
			writeError(w, http.StatusTooManyRequests, graph.CodeRateLimited, "an export of yours is still running; one at a time")
			return
		case full:
			w.Header().Set("Retry-After", exportRetryAfter)
			writeError(w, http.StatusServiceUnavailable, graph.CodeUnavailable, "the server is busy with other exports; try again shortly")
			return
		}
		defer gate.leave(client)
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		// An export is heavy work whatever its filter: it waits for the
		// heavy lane, behind the queries waiting there.
		if lane != nil {
			release, refused := lane.enter(ctx, client, priorityBulk)
			if refused != nil {
				if r.Context().Err() != nil {
					return // the client went away: nobody to answer
				}
				w.Header().Set("Retry-After", strconv.Itoa(heavyRetryAfter))
				writeError(w, refused.status, refused.code, refused.msg)
				return
			}
			defer release()
			w = newYieldingWriter(w, lane)
		}
		sg, err := graph.FilteredSubgraph(ctx, s, q, types)
		switch {
		case err == nil:
		case r.Context().Err() != nil:
			return // the client went away: nobody to answer
		case ctx.Err() != nil:
			writeError(w, http.StatusServiceUnavailable, graph.CodeUnavailable, "the export took too long; filter it to fewer nodes")
			return
		case IsUnavailable(err):
			writeError(w, http.StatusServiceUnavailable, graph.CodeUnavailable, "the graph store is unavailable; try again shortly")
			return
		default:
			log.ErrorContext(r.Context(), "export failed", "err", err)
			writeError(w, http.StatusInternalServerError, graph.CodeInternal, "internal error")
			return
		}
		w.Header().Set("Content-Type", format.ContentType())
		w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="diplograph-%s"`, name))
		if err := export.WriteContext(ctx, w, format, sg); err != nil {
			log.InfoContext(r.Context(), "export cut short", "file", name, "client", clientIP(r), "err", err)
			// The answer has begun: break the connection so the client
			// sees a failed transfer, never a truncated file that looks whole.
			panic(http.ErrAbortHandler)
		}
	}
}

func exportQuery(r *http.Request) (domain.NodeQuery, []domain.RelationType, error) {
	v := r.URL.Query()
	q := domain.NodeQuery{Kinds: domain.EntityKinds, Order: domain.OrderByDegree, Limit: maxExportNodes}
	if ks := v["kind"]; len(ks) > 0 {
		q.Kinds = nil
		for _, k := range ks {
			kind := domain.Kind(strings.ToUpper(k[:min(1, len(k))]) + strings.ToLower(k[min(1, len(k)):]))
			if kind == domain.Document || !kind.Valid() {
				return q, nil, fmt.Errorf("unknown kind %q", k)
			}
			q.Kinds = append(q.Kinds, kind)
		}
	}
	q.Subtypes = v["subtype"]
	q.Document = v.Get("document")
	q.NameContains = v.Get("name")
	if d := v.Get("minDegree"); d != "" {
		n, err := strconv.Atoi(d)
		if err != nil || n < 0 {
			return q, nil, fmt.Errorf("minDegree must be a whole number")
		}
		q.MinDegree = n
	}
	var types []domain.RelationType
	for _, t := range v["type"] {
		rt := domain.RelationType(strings.ToUpper(t))
		if !rt.Valid() {
			return q, nil, fmt.Errorf("unknown relation type %q", t)
		}
		types = append(types, rt)
	}
	return q, types, nil
}
