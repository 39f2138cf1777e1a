// Package export writes a graph in the formats other tools read: GraphML
// (Gephi, yEd, NetworkX), GEXF (Gephi), node-link JSON (NetworkX, D3) and
// CSV (spreadsheets).
package export

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/graph/formats/gexf12"

	"github.com/diplograph/diplograph/domain"
)

// Format names an export format.
type Format string

// The formats, by the file extension they are served under.
const (
	GraphML  Format = "graphml"
	GEXF     Format = "gexf"
	JSON     Format = "json"
	NodesCSV Format = "nodes.csv"
	EdgesCSV Format = "edges.csv"
)

// ContentType is the media type each format is served with.
func (f Format) ContentType() string {
	switch f {
	case GraphML, GEXF:
		return "application/xml; charset=utf-8"
	case JSON:
		return "application/json"
	default:
		return "text/csv; charset=utf-8"
	}
}

// Write writes g in format f.
func Write(w io.Writer, f Format, g domain.Subgraph) error {
	switch f {
	case GraphML:
		return writeGraphML(w, g)
	case GEXF:
		return writeGEXF(w, g)
	case JSON:
		return writeJSON(w, g)
	case NodesCSV:
		return writeNodesCSV(w, g)
	case EdgesCSV:
		return writeEdgesCSV(w, g)
	}
	return fmt.Errorf("export: unknown format %q", f)
}

// evidenceSummary joins a relation's evidence sentences so a one-cell format
// still carries them.
func evidenceSummary(r domain.Relation) string {
	parts := make([]string, len(r.Evidence))
	for i, e := range r.Evidence {
		parts[i] = e.Document + ": " + e.Text
	}
	return strings.Join(parts, " | ")
}

func documentsOf(r domain.Relation) string {
	seen := map[string]bool{}
	var docs []string
	for _, e := range r.Evidence {
		if !seen[e.Document] {
			seen[e.Document] = true
			docs = append(docs, e.Document)
		}
	}
	return strings.Join(docs, ";")
}

type graphmlKey struct {
	ID       string `xml:"id,attr"`
	For      string `xml:"for,attr"`
	AttrName string `xml:"attr.name,attr"`
	AttrType string `xml:"attr.type,attr"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type graphmlNode struct {
	ID   string        `xml:"id,attr"`
	Data []graphmlData `xml:"data"`
}

type graphmlEdge struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr"`
	Target string        `xml:"target,attr"`
	Data   []graphmlData `xml:"data"`
}

type graphmlDoc struct {
	XMLName xml.Name     `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []graphmlKey `xml:"key"`
	Graph   struct {
		ID          string        `xml:"id,attr"`
		EdgeDefault string        `xml:"edgedefault,attr"`
		Nodes       []graphmlNode `xml:"node"`
		Edges       []graphmlEdge `xml:"edge"`
	} `xml:"graph"`
}

func writeGraphML(w io.Writer, g domain.Subgraph) error {
	var doc graphmlDoc
	doc.Keys = []graphmlKey{
		{"label", "node", "label", "string"}, {"kind", "node", "kind", "string"}, {"subtype", "node", "subtype", "string"},
		{"aliases", "node", "aliases", "string"}, {"code", "node", "iso_code", "string"}, {"degree", "node", "degree", "int"},
		{"mentions", "node", "mentions", "int"},
		{"type", "edge", "type", "string"}, {"confidence", "edge", "confidence", "double"},
		{"rule", "edge", "rule", "string"},
		{"documents", "edge", "documents", "string"}, {"evidence", "edge", "evidence", "string"},
	}
	doc.Graph.ID, doc.Graph.EdgeDefault = "diplograph", "directed"
	for _, n := range g.Nodes {
		doc.Graph.Nodes = append(doc.Graph.Nodes, graphmlNode{ID: n.ID, Data: []graphmlData{
			{"label", n.Name}, {"kind", string(n.Kind)}, {"subtype", n.Subtype}, {"aliases", strings.Join(n.Aliases, ";")},
			{"code", n.Code}, {"degree", strconv.Itoa(n.Degree)}, {"mentions", strconv.Itoa(n.Mentions)},
		}})
	}
	for _, r := range g.Relations {
		doc.Graph.Edges = append(doc.Graph.Edges, graphmlEdge{ID: r.ID, Source: r.Source, Target: r.Target, Data: []graphmlData{
			{"type", string(r.Type)}, {"confidence", strconv.FormatFloat(r.Confidence, 'f', -1, 64)},
			{"rule", r.Rule}, {"documents", documentsOf(r)}, {"evidence", evidenceSummary(r)},
		}})
	}
	return writeXML(w, doc)
}

func writeGEXF(w io.Writer, g domain.Subgraph) error {
	doc := gexf12.Content{Version: "1.2", Meta: &gexf12.Meta{Creator: "Diplograph"}}
	doc.Graph.DefaultEdgeType = "directed"
	doc.Graph.Mode = "static"
	doc.Graph.Attributes = []gexf12.Attributes{
		{Class: "node", Attributes: []gexf12.Attribute{
			{ID: "kind", Title: "kind", Type: "string"}, {ID: "subtype", Title: "subtype", Type: "string"},
			{ID: "aliases", Title: "aliases", Type: "string"}, {ID: "code", Title: "iso_code", Type: "string"},
			{ID: "degree", Title: "degree", Type: "integer"},
		}},
		{Class: "edge", Attributes: []gexf12.Attribute{
			{ID: "type", Title: "type", Type: "string"}, {ID: "rule", Title: "rule", Type: "string"},
			{ID: "evidence", Title: "evidence", Type: "string"},
		}},
	}
	for _, n := range g.Nodes {
		doc.Graph.Nodes.Nodes = append(doc.Graph.Nodes.Nodes, gexf12.Node{ID: n.ID, Label: n.Name, AttValues: &gexf12.AttValues{AttValues: []gexf12.AttValue{
			{For: "kind", Value: string(n.Kind)}, {For: "subtype", Value: n.Subtype}, {For: "aliases", Value: strings.Join(n.Aliases, ";")},
			{For: "code", Value: n.Code}, {For: "degree", Value: strconv.Itoa(n.Degree)},
		}}})
	}
	for _, r := range g.Relations {
		doc.Graph.Edges.Edges = append(doc.Graph.Edges.Edges, gexf12.Edge{
			ID: r.ID, Source: r.Source, Target: r.Target, Label: string(r.Type), Weight: r.Confidence,
			AttValues: &gexf12.AttValues{AttValues: []gexf12.AttValue{
				{For: "type", Value: string(r.Type)}, {For: "rule", Value: r.Rule}, {For: "evidence", Value: evidenceSummary(r)},
			}},
		})
	}
	doc.Graph.Nodes.Count, doc.Graph.Edges.Count = len(g.Nodes), len(g.Relations)
	return writeXML(w, doc)
}

func writeXML(w io.Writer, doc any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("export xml: %w", err)
	}
	return enc.Close()
}

// link is a relation as a node-link edge: every edge has a rule attribute,
// empty when no rule read the relation, so that tables built from the links
// have the column; each evidence sentence carries its own rule when it has one.
type link struct {
	domain.Relation
	Rule string `json:"rule"` // shadows Relation.Rule, which is omitted when empty
}

// writeJSON writes NetworkX's node-link form, which json_graph.node_link_graph
// reads back with edges="links".
func writeJSON(w io.Writer, g domain.Subgraph) error {
	out := struct {
		Directed   bool              `json:"directed"`
		Multigraph bool              `json:"multigraph"`
		Graph      map[string]string `json:"graph"`
		Nodes      []domain.Node     `json:"nodes"`
		Links      []link            `json:"links"`
	}{Directed: true, Multigraph: true, Graph: map[string]string{"name": "diplograph"}, Nodes: g.Nodes, Links: make([]link, len(g.Relations))}
	if out.Nodes == nil {
		out.Nodes = []domain.Node{}
	}
	for i, r := range g.Relations {
		out.Links[i] = link{Relation: r, Rule: r.Rule}
	}
	enc := json.NewEncoder(w)
	return enc.Encode(out)
}

func writeNodesCSV(w io.Writer, g domain.Subgraph) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "name", "kind", "subtype", "aliases", "iso_code", "degree", "mentions", "documents"})
	for _, n := range g.Nodes {
		cw.Write([]string{n.ID, n.Name, string(n.Kind), n.Subtype, strings.Join(n.Aliases, ";"), n.Code,
			strconv.Itoa(n.Degree), strconv.Itoa(n.Mentions), strings.Join(n.Documents, ";")})
	}
	cw.Flush()
	return cw.Error()
}

func writeEdgesCSV(w io.Writer, g domain.Subgraph) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "source", "type", "target", "confidence", "rule", "documents", "evidence"})
	for _, r := range g.Relations {
		cw.Write([]string{r.ID, r.Source, string(r.Type), r.Target, strconv.FormatFloat(r.Confidence, 'f', -1, 64), r.Rule,
			documentsOf(r), evidenceSummary(r)})
	}
	cw.Flush()
	return cw.Error()
}
