package export

import (
	"strconv"
	"strings"

	"gonum.org/v1/gonum/graph/formats/gexf12"

	"github.com/diplograph/diplograph/domain"
)

// Dates in the exports: every format gives each edge its span (from, until,
// undated) and the dates of its sentences; GEXF also makes the graph
// dynamic, so that Gephi's timeline plays it: each dated edge lives over a
// spell from its first day to its last, and its sentences are a dynamic
// attribute, each valid over the period its date names.

// datesSummary lists the dated sentences of r as "date KIND", in evidence
// order, for the one-cell formats.
func datesSummary(r domain.Relation) string {
	var parts []string
	for _, e := range r.Evidence {
		if !e.Date.IsZero() {
			parts = append(parts, e.Date.String()+" "+string(e.DateKind))
		}
	}
	return strings.Join(parts, ";")
}

// spanCells are the from, until and undated cells of r.
func spanCells(r domain.Relation) [3]string {
	s := domain.SpanOf(r)
	return [3]string{s.From.String(), s.Until.String(), strconv.FormatBool(s.Undated)}
}

// gexfTimeFormat is GEXF's name for xsd:date times, which the spells use:
// a date of reduced precision is widened to the days it may mean.
const gexfTimeFormat = "date"

// gexfSpells is the one spell r lives over, open where its span is; nil
// for an undated relation, which lives throughout.
func gexfSpells(r domain.Relation) *gexf12.Spells {
	s := domain.SpanOf(r)
	if s.Undated {
		return nil
	}
	return &gexf12.Spells{Spells: []gexf12.Spell{{Start: s.From.First().String(), End: s.Until.Last().String()}}}
}

// gexfStatedAttribute is the dynamic edge attribute of the dated sentences.
var gexfStatedAttribute = gexf12.Attributes{Class: "edge", Mode: "dynamic", Attributes: []gexf12.Attribute{
	{ID: "stated", Title: "stated", Type: "string"},
}}

// gexfStated gives each dated sentence of r as a value of "stated" (its
// kind and text) valid over the days its date names.
func gexfStated(r domain.Relation) []gexf12.AttValue {
	var out []gexf12.AttValue
	for _, e := range r.Evidence {
		if e.Date.IsZero() {
			continue
		}
		out = append(out, gexf12.AttValue{For: "stated", Value: string(e.DateKind) + ": " + e.Text,
			Start: e.Date.First().String(), End: e.Date.Last().String()})
	}
	return out
}
