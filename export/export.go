// Package export writes a graph in the formats other tools read: GraphML
// (Gephi, yEd, NetworkX), GEXF (Gephi), node-link JSON (NetworkX, D3) and
// CSV (spreadsheets).
package export

import (
	"bufio"
	"context"
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
	return WriteContext(context.Background(), w, f, g)
}

// WriteContext writes g in format f, one node or edge at a time, so the
// output is never held whole in memory, and stops with ctx's error once ctx
// is done (the client went away, or the export ran out of time).
func WriteContext(ctx context.Context, w io.Writer, f Format, g domain.Subgraph) error {
	c := checker{ctx: ctx}
	switch f {
	case GraphML:
		return writeGraphML(c, w, g)
	case GEXF:
		return writeGEXF(c, w, g)
	case JSON:
		return writeJSON(c, w, g)
	case NodesCSV:
		return writeNodesCSV(c, w, g)
	case EdgesCSV:
		return writeEdgesCSV(c, w, g)
	}
	return fmt.Errorf("export: unknown format %q", f)
}

// checker looks at the context every checkEvery items, which keeps the
// check's cost out of the profile while a cancelled export stops within a
// few milliseconds.
type checker struct{ ctx context.Context }

const checkEvery = 256

func (c checker) at(i int) error {
	if i%checkEvery != 0 {
		return nil
	}
	return c.ctx.Err()
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

// graphmlDoc is the shape of a GraphML export, which writeGraphML writes
// element by element.
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

func writeGraphML(c checker, w io.Writer, g domain.Subgraph) error {
	keys := []graphmlKey{
		{"label", "node", "label", "string"}, {"kind", "node", "kind", "string"}, {"subtype", "node", "subtype", "string"},
		{"aliases", "node", "aliases", "string"}, {"code", "node", "iso_code", "string"}, {"degree", "node", "degree", "int"},
		{"mentions", "node", "mentions", "int"},
		{"type", "edge", "type", "string"}, {"confidence", "edge", "confidence", "double"},
		{"rule", "edge", "rule", "string"},
		{"documents", "edge", "documents", "string"}, {"evidence", "edge", "evidence", "string"},
		{"from", "edge", "from", "string"}, {"until", "edge", "until", "string"}, {"undated", "edge", "undated", "boolean"},
		{"dates", "edge", "dates", "string"},
	}
	x, err := newXMLStream(w, xml.StartElement{Name: xml.Name{Local: "graphml"},
		Attr: []xml.Attr{{Name: xml.Name{Local: "xmlns"}, Value: "http://graphml.graphdrawing.org/xmlns"}}})
	if err != nil {
		return err
	}
	for _, k := range keys {
		x.element(k, "key")
	}
	x.open(xml.StartElement{Name: xml.Name{Local: "graph"},
		Attr: []xml.Attr{{Name: xml.Name{Local: "id"}, Value: "diplograph"}, {Name: xml.Name{Local: "edgedefault"}, Value: "directed"}}})
	for i, n := range g.Nodes {
		if err := c.at(i); err != nil {
			return err
		}
		x.element(graphmlNode{ID: n.ID, Data: []graphmlData{
			{"label", n.Name}, {"kind", string(n.Kind)}, {"subtype", n.Subtype}, {"aliases", strings.Join(n.Aliases, ";")},
			{"code", n.Code}, {"degree", strconv.Itoa(n.Degree)}, {"mentions", strconv.Itoa(n.Mentions)},
		}}, "node")
	}
	for i, r := range g.Relations {
		if err := c.at(i); err != nil {
			return err
		}
		span := spanCells(r)
		x.element(graphmlEdge{ID: r.ID, Source: r.Source, Target: r.Target, Data: []graphmlData{
			{"type", string(r.Type)}, {"confidence", strconv.FormatFloat(r.Confidence, 'f', -1, 64)},
			{"rule", r.Rule}, {"documents", documentsOf(r)}, {"evidence", evidenceSummary(r)},
			{"from", span[0]}, {"until", span[1]}, {"undated", span[2]}, {"dates", datesSummary(r)},
		}}, "edge")
	}
	x.close() // graph
	return x.finish()
}

func writeGEXF(c checker, w io.Writer, g domain.Subgraph) error {
	attrs := []gexf12.Attributes{
		{Class: "node", Attributes: []gexf12.Attribute{
			{ID: "kind", Title: "kind", Type: "string"}, {ID: "subtype", Title: "subtype", Type: "string"},
			{ID: "aliases", Title: "aliases", Type: "string"}, {ID: "code", Title: "iso_code", Type: "string"},
			{ID: "degree", Title: "degree", Type: "integer"},
		}},
		{Class: "edge", Attributes: []gexf12.Attribute{
			{ID: "type", Title: "type", Type: "string"}, {ID: "rule", Title: "rule", Type: "string"},
			{ID: "evidence", Title: "evidence", Type: "string"}, {ID: "undated", Title: "undated", Type: "boolean"},
		}},
		gexfStatedAttribute,
	}
	x, err := newXMLStream(w, xml.StartElement{Name: xml.Name{Local: "gexf"}, Attr: []xml.Attr{
		{Name: xml.Name{Local: "xmlns"}, Value: "http://www.gexf.net/1.2draft"}, {Name: xml.Name{Local: "version"}, Value: "1.2"}}})
	if err != nil {
		return err
	}
	x.element(&gexf12.Meta{Creator: "Diplograph"}, "meta")
	x.open(xml.StartElement{Name: xml.Name{Local: "graph"}, Attr: []xml.Attr{
		{Name: xml.Name{Local: "defaultedgetype"}, Value: "directed"}, {Name: xml.Name{Local: "mode"}, Value: "dynamic"},
		{Name: xml.Name{Local: "timeformat"}, Value: gexfTimeFormat}}})
	for _, a := range attrs {
		x.element(a, "attributes")
	}
	x.open(countedStart("nodes", len(g.Nodes)))
	for i, n := range g.Nodes {
		if err := c.at(i); err != nil {
			return err
		}
		x.element(gexf12.Node{ID: n.ID, Label: n.Name, AttValues: &gexf12.AttValues{AttValues: []gexf12.AttValue{
			{For: "kind", Value: string(n.Kind)}, {For: "subtype", Value: n.Subtype}, {For: "aliases", Value: strings.Join(n.Aliases, ";")},
			{For: "code", Value: n.Code}, {For: "degree", Value: strconv.Itoa(n.Degree)},
		}}}, "node")
	}
	x.close() // nodes
	x.open(countedStart("edges", len(g.Relations)))
	for i, r := range g.Relations {
		if err := c.at(i); err != nil {
			return err
		}
		x.element(gexf12.Edge{
			ID: r.ID, Source: r.Source, Target: r.Target, Label: string(r.Type), Weight: r.Confidence,
			AttValues: &gexf12.AttValues{AttValues: append([]gexf12.AttValue{
				{For: "type", Value: string(r.Type)}, {For: "rule", Value: r.Rule}, {For: "evidence", Value: evidenceSummary(r)},
				{For: "undated", Value: spanCells(r)[2]},
			}, gexfStated(r)...)},
			Spells: gexfSpells(r),
		}, "edge")
	}
	x.close() // edges
	x.close() // graph
	return x.finish()
}

// countedStart is GEXF's <nodes count="n"> or <edges count="n">; gexf12
// leaves a zero count out.
func countedStart(name string, n int) xml.StartElement {
	start := xml.StartElement{Name: xml.Name{Local: name}}
	if n > 0 {
		start.Attr = []xml.Attr{{Name: xml.Name{Local: "count"}, Value: strconv.Itoa(n)}}
	}
	return start
}

// xmlStream writes an XML document element by element under one root; the
// first error sticks and is returned by finish.
type xmlStream struct {
	enc   *xml.Encoder
	stack []xml.StartElement
	err   error
}

func newXMLStream(w io.Writer, root xml.StartElement) (*xmlStream, error) {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return nil, err
	}
	x := &xmlStream{enc: xml.NewEncoder(w)}
	x.enc.Indent("", "  ")
	x.open(root)
	return x, x.err
}

func (x *xmlStream) open(start xml.StartElement) {
	if x.err == nil {
		x.err = x.enc.EncodeToken(start)
		x.stack = append(x.stack, start)
	}
}

func (x *xmlStream) close() {
	if x.err == nil {
		start := x.stack[len(x.stack)-1]
		x.stack = x.stack[:len(x.stack)-1]
		x.err = x.enc.EncodeToken(start.End())
	}
}

func (x *xmlStream) element(v any, name string) {
	if x.err == nil {
		x.err = x.enc.EncodeElement(v, xml.StartElement{Name: xml.Name{Local: name}})
	}
}

// finish closes the root and flushes.
func (x *xmlStream) finish() error {
	for len(x.stack) > 0 && x.err == nil {
		x.close()
	}
	if x.err == nil {
		x.err = x.enc.Close()
	}
	if x.err != nil {
		return fmt.Errorf("export xml: %w", x.err)
	}
	return nil
}

// link is a relation as a node-link edge: every edge has a rule attribute,
// empty when no rule read the relation, so that tables built from the links
// have the column; each evidence sentence carries its own rule when it has one.
type link struct {
	domain.Relation
	domain.Span        // from, until, undated: when the relation holds
	Rule        string `json:"rule"` // shadows Relation.Rule, which is omitted when empty
}

// writeJSON writes NetworkX's node-link form, which json_graph.node_link_graph
// reads back with edges="links".
func writeJSON(c checker, w io.Writer, g domain.Subgraph) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`{"directed":true,"multigraph":true,"graph":{"name":"diplograph"},"nodes":[`)
	for i, n := range g.Nodes {
		if err := c.at(i); err != nil {
			return err
		}
		if err := writeJSONItem(bw, i, n); err != nil {
			return err
		}
	}
	bw.WriteString(`],"links":[`)
	for i, r := range g.Relations {
		if err := c.at(i); err != nil {
			return err
		}
		if err := writeJSONItem(bw, i, link{Relation: r, Span: domain.SpanOf(r), Rule: r.Rule}); err != nil {
			return err
		}
	}
	bw.WriteString("]}\n")
	return bw.Flush()
}

func writeJSONItem(bw *bufio.Writer, i int, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("export json: %w", err)
	}
	if i > 0 {
		bw.WriteByte(',')
	}
	_, err = bw.Write(b)
	return err
}

func writeNodesCSV(c checker, w io.Writer, g domain.Subgraph) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "name", "kind", "subtype", "aliases", "iso_code", "degree", "mentions", "documents"})
	for i, n := range g.Nodes {
		if err := c.at(i); err != nil {
			return err
		}
		cw.Write([]string{n.ID, n.Name, string(n.Kind), n.Subtype, strings.Join(n.Aliases, ";"), n.Code,
			strconv.Itoa(n.Degree), strconv.Itoa(n.Mentions), strings.Join(n.Documents, ";")})
	}
	cw.Flush()
	return cw.Error()
}

func writeEdgesCSV(c checker, w io.Writer, g domain.Subgraph) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "source", "type", "target", "confidence", "rule", "documents", "evidence", "from", "until", "undated", "dates"})
	for i, r := range g.Relations {
		if err := c.at(i); err != nil {
			return err
		}
		span := spanCells(r)
		cw.Write([]string{r.ID, r.Source, string(r.Type), r.Target, strconv.FormatFloat(r.Confidence, 'f', -1, 64), r.Rule,
			documentsOf(r), evidenceSummary(r), span[0], span[1], span[2], datesSummary(r)})
	}
	cw.Flush()
	return cw.Error()
}
