package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"testing"

	"gonum.org/v1/gonum/graph/formats/gexf12"

	"github.com/diplograph/diplograph/domain"
)

// ruled is a graph of two relations: one a rule read, one a curator made.
func ruled() domain.Subgraph {
	de := domain.Node{ID: "actor:germany", Kind: domain.Actor, Subtype: "STATE", Name: "Germany", Code: "DE", Degree: 2}
	igf := domain.Node{ID: "forum:igf", Kind: domain.Forum, Name: "IGF", Degree: 1}
	bc := domain.Node{ID: "treaty:budapest", Kind: domain.Treaty, Name: "Budapest Convention", Degree: 1}
	read := domain.NewRelation(domain.Supports, de.ID, igf.ID, 0.9,
		domain.Evidence{Document: "document:a", Text: "Germany supports the IGF.", End: 25, Rule: "cue-active"},
		domain.Evidence{Document: "document:b", Text: "Germany's IGF pledge.", End: 20, Rule: "possessive"})
	read.Rule = "cue-active"
	curated := domain.NewRelation(domain.PartyTo, de.ID, bc.ID, 1, domain.Evidence{Document: "document:c", Text: "Germany is party.", End: 17})
	return domain.Subgraph{Nodes: []domain.Node{de, igf, bc}, Relations: []domain.Relation{read, curated}}
}

// Every format carries each edge's rule as an attribute, empty when no rule
// read the relation.
func TestExportsCarryTheRuleOfEachEdge(t *testing.T) {
	want := map[string]string{
		domain.RelationID(domain.Supports, "actor:germany", "forum:igf"):      "cue-active",
		domain.RelationID(domain.PartyTo, "actor:germany", "treaty:budapest"): "",
	}
	for _, tc := range []struct {
		name   string
		format Format
		rules  func(t *testing.T, body []byte) map[string]string // edge ID -> rule
	}{
		{"GraphML declares a rule key and gives every edge a value", GraphML, graphMLRules},
		{"GEXF declares a rule attribute and gives every edge a value", GEXF, gexfRules},
		{"node-link JSON gives every link a rule and every sentence its own", JSON, jsonRules},
		{"the edges CSV has a rule column", EdgesCSV, csvRules},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tc.format, ruled()); err != nil {
				t.Fatal(err)
			}
			got := tc.rules(t, buf.Bytes())
			if len(got) != len(want) {
				t.Fatalf("rules of %d edges, want %d: %v", len(got), len(want), got)
			}
			for id, rule := range want {
				if r, ok := got[id]; !ok || r != rule {
					t.Errorf("edge %s: rule %q (present %v), want %q", id, r, ok, rule)
				}
			}
		})
	}
}

func graphMLRules(t *testing.T, body []byte) map[string]string {
	var doc graphmlDoc
	if err := xml.Unmarshal(body, &doc); err != nil {
		t.Fatalf("GraphML does not parse: %v", err)
	}
	declared := false
	for _, k := range doc.Keys {
		declared = declared || k == graphmlKey{"rule", "edge", "rule", "string"}
	}
	if !declared {
		t.Errorf("no edge key for the rule among %v", doc.Keys)
	}
	out := map[string]string{}
	for _, e := range doc.Graph.Edges {
		for _, d := range e.Data {
			if d.Key == "rule" {
				out[e.ID] = d.Value
			}
		}
	}
	return out
}

func gexfRules(t *testing.T, body []byte) map[string]string {
	var doc gexf12.Content
	if err := xml.Unmarshal(body, &doc); err != nil {
		t.Fatalf("GEXF does not parse: %v", err)
	}
	declared := false
	for _, as := range doc.Graph.Attributes {
		for _, a := range as.Attributes {
			declared = declared || as.Class == "edge" && a.ID == "rule" && a.Title == "rule" && a.Type == "string"
		}
	}
	if !declared {
		t.Errorf("no edge attribute for the rule")
	}
	out := map[string]string{}
	for _, e := range doc.Graph.Edges.Edges {
		for _, v := range e.AttValues.AttValues {
			if v.For == "rule" {
				out[e.ID] = v.Value
			}
		}
	}
	return out
}

func jsonRules(t *testing.T, body []byte) map[string]string {
	var doc struct {
		Links []map[string]any `json:"links"`
	}
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatalf("JSON does not parse: %v", err)
	}
	out := map[string]string{}
	for _, l := range doc.Links {
		rule, ok := l["rule"].(string)
		if !ok {
			continue // missing: the edge has no rule attribute
		}
		out[l["id"].(string)] = rule
		if rule == "cue-active" {
			var got []any
			for _, ev := range l["evidence"].([]any) {
				got = append(got, ev.(map[string]any)["rule"])
			}
			if len(got) != 2 || got[0] != "cue-active" || got[1] != "possessive" {
				t.Errorf("sentence rules %v, want [cue-active possessive]", got)
			}
		}
	}
	return out
}

func csvRules(t *testing.T, body []byte) map[string]string {
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v", err)
	}
	col := -1
	for i, h := range rows[0] {
		if h == "rule" {
			col = i
		}
	}
	if col < 0 {
		t.Fatalf("no rule column in %v", rows[0])
	}
	out := map[string]string{}
	for _, row := range rows[1:] {
		out[row[0]] = row[col]
	}
	return out
}
