package server

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

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

// exportHandler serves /export/FILE, the whole graph or one filtered like
// the API's subgraph: ?kind=ACTOR&subtype=STATE&document=ID&name=..&minDegree=N&type=MEMBER_OF.
func exportHandler(s Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.PathValue("file")
		format, ok := exportFiles[name]
		if !ok {
			http.Error(w, "unknown export; try graph.graphml, graph.gexf, graph.json, nodes.csv or edges.csv", http.StatusNotFound)
			return
		}
		q, types, err := exportQuery(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		sg, err := graph.FilteredSubgraph(r.Context(), s, q, types)
		if err != nil {
			status := http.StatusInternalServerError
			if IsUnavailable(err) {
				status = http.StatusServiceUnavailable
			}
			http.Error(w, http.StatusText(status), status)
			return
		}
		w.Header().Set("Content-Type", format.ContentType())
		w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="diplograph-%s"`, name))
		export.Write(w, format, sg)
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
