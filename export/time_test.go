package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"reflect"
	"testing"

	"gonum.org/v1/gonum/graph/formats/gexf12"

	"github.com/diplograph/diplograph/domain"
)

// dated is a graph of a membership that began in March 2015 and ended on
// 30 June 2020, and an undated support.
func dated() domain.Subgraph {
	ke := domain.Node{ID: "actor:kenya", Kind: domain.Actor, Name: "Kenya", Degree: 2}
	al := domain.Node{ID: "forum:alliance", Kind: domain.Forum, Name: "Alliance", Degree: 1}
	ch := domain.Node{ID: "treaty:charter", Kind: domain.Treaty, Name: "Charter", Degree: 1}
	member := domain.NewRelation(domain.MemberOf, ke.ID, al.ID, 0.9,
		domain.Evidence{Document: "document:a", Text: "Kenya joined the Alliance in March 2015.", End: 40,
			Date: domain.Date{Year: 2015, Month: 3}, DateKind: domain.DatePoint},
		domain.Evidence{Document: "document:a", Text: "Kenya left the Alliance on 30 June 2020.", Start: 41, End: 80,
			Date: domain.Date{Year: 2020, Month: 6, Day: 30}, DateKind: domain.DateEnd})
	supports := domain.NewRelation(domain.Supports, ke.ID, ch.ID, 0.8,
		domain.Evidence{Document: "document:b", Text: "Kenya supports the Charter.", End: 27})
	return domain.Subgraph{Nodes: []domain.Node{ke, al, ch}, Relations: []domain.Relation{member, supports}}
}

func export(t *testing.T, f Format) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, f, dated()); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var (
	memberID   = domain.RelationID(domain.MemberOf, "actor:kenya", "forum:alliance")
	supportsID = domain.RelationID(domain.Supports, "actor:kenya", "treaty:charter")
)

func TestGEXFIsDynamicWithSpellsAndDatedSentences(t *testing.T) {
	var doc gexf12.Content
	if err := xml.Unmarshal(export(t, GEXF), &doc); err != nil {
		t.Fatalf("GEXF does not parse: %v", err)
	}
	if doc.Graph.Mode != "dynamic" || doc.Graph.TimeFormat != "date" {
		t.Errorf("graph mode %q timeformat %q, want dynamic and date", doc.Graph.Mode, doc.Graph.TimeFormat)
	}
	declared := false
	for _, as := range doc.Graph.Attributes {
		for _, a := range as.Attributes {
			declared = declared || as.Class == "edge" && as.Mode == "dynamic" && a.ID == "stated"
		}
	}
	if !declared {
		t.Errorf("no dynamic edge attribute for the dated sentences in %+v", doc.Graph.Attributes)
	}
	edges := map[string]gexf12.Edge{}
	for _, e := range doc.Graph.Edges.Edges {
		edges[e.ID] = e
	}
	t.Run("a dated edge lives from the first day of its start to the last of its end", func(t *testing.T) {
		e := edges[memberID]
		if e.Spells == nil || !reflect.DeepEqual(e.Spells.Spells, []gexf12.Spell{{Start: "2015-03-01", End: "2020-06-30"}}) {
			t.Errorf("spells %+v, want one from 2015-03-01 to 2020-06-30", e.Spells)
		}
		var stated []gexf12.AttValue
		for _, v := range e.AttValues.AttValues {
			if v.For == "stated" {
				stated = append(stated, v)
			}
		}
		want := []gexf12.AttValue{
			{For: "stated", Value: "POINT: Kenya joined the Alliance in March 2015.", Start: "2015-03-01", End: "2015-03-31"},
			{For: "stated", Value: "END: Kenya left the Alliance on 30 June 2020.", Start: "2020-06-30", End: "2020-06-30"},
		}
		if !reflect.DeepEqual(stated, want) {
			t.Errorf("stated %+v, want %+v", stated, want)
		}
	})
	t.Run("an undated edge has no spell and says it is undated", func(t *testing.T) {
		e := edges[supportsID]
		if e.Spells != nil {
			t.Errorf("spells %+v, want none", e.Spells)
		}
		undated := ""
		for _, v := range e.AttValues.AttValues {
			if v.For == "undated" {
				undated = v.Value
			}
		}
		if undated != "true" {
			t.Errorf("undated %q, want true", undated)
		}
	})
}

func TestOtherExportsCarryTheSpanAndDates(t *testing.T) {
	want := map[string][4]string{
		memberID:   {"2015-03", "2020-06-30", "false", "2015-03 POINT;2020-06-30 END"},
		supportsID: {"", "", "true", ""},
	}
	t.Run("GraphML has from, until, undated and dates keys", func(t *testing.T) {
		var doc graphmlDoc
		if err := xml.Unmarshal(export(t, GraphML), &doc); err != nil {
			t.Fatalf("GraphML does not parse: %v", err)
		}
		for _, e := range doc.Graph.Edges {
			var got [4]string
			for _, d := range e.Data {
				switch d.Key {
				case "from":
					got[0] = d.Value
				case "until":
					got[1] = d.Value
				case "undated":
					got[2] = d.Value
				case "dates":
					got[3] = d.Value
				}
			}
			if got != want[e.ID] {
				t.Errorf("edge %s: %q, want %q", e.ID, got, want[e.ID])
			}
		}
	})
	t.Run("the edges CSV has from, until, undated and dates columns", func(t *testing.T) {
		rows, err := csv.NewReader(bytes.NewReader(export(t, EdgesCSV))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if got := rows[0][8:]; !reflect.DeepEqual(got, []string{"from", "until", "undated", "dates"}) {
			t.Fatalf("header ends %q", got)
		}
		for _, row := range rows[1:] {
			if got := [4]string(row[8:12]); got != want[row[0]] {
				t.Errorf("edge %s: %q, want %q", row[0], got, want[row[0]])
			}
		}
	})
	t.Run("node-link JSON gives links their span and sentences their dates", func(t *testing.T) {
		var doc struct {
			Links []struct {
				ID       string `json:"id"`
				From     string `json:"from"`
				Until    string `json:"until"`
				Undated  bool   `json:"undated"`
				Evidence []struct {
					Date     string `json:"date"`
					DateKind string `json:"dateKind"`
				} `json:"evidence"`
			} `json:"links"`
		}
		if err := json.Unmarshal(export(t, JSON), &doc); err != nil {
			t.Fatal(err)
		}
		for _, l := range doc.Links {
			var dates string
			for i, e := range l.Evidence {
				if i > 0 {
					dates += ";"
				}
				if e.Date != "" {
					dates += e.Date + " " + e.DateKind
				}
			}
			if got := [4]string{l.From, l.Until, map[bool]string{true: "true", false: "false"}[l.Undated], dates}; got != want[l.ID] {
				t.Errorf("link %s: %q, want %q", l.ID, got, want[l.ID])
			}
		}
	})
}
