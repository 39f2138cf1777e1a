package graph_test

import (
	"context"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/analytics"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/storetest"
)

func TestLensesThroughTheAPI(t *testing.T) {
	ctx := context.Background()
	st := memstore.New()
	storetest.ApplyFixture(t, ctx, st)
	c := apiClient(&graph.Resolver{Store: st, Analytics: analytics.NewCache(st), Lenses: st}, false)

	data, code := post(t, c, `mutation { saveLens(input: {title: "Germany", focus: "actor:germany", relationTypes: [SUPPORTS, COOPERATES_WITH]}) {
		id title stale graphHash currentGraphHash relationCount savedRelationCount
		view { focus depth relationTypes undated mode from to }
		citationCount citations(first: 1) { key sentence documentName date relationType source target text bibtex }
		citationsText citationsBibtex } }`)
	if code != "" {
		t.Fatalf("saveLens failed with %s", code)
	}
	saved := data["saveLens"].(map[string]any)
	id := saved["id"].(string)

	t.Run("a saved lens answers its view, an unchanged graph and its citations", func(t *testing.T) {
		view := saved["view"].(map[string]any)
		if saved["title"] != "Germany" || saved["stale"] != false || saved["graphHash"] != saved["currentGraphHash"] ||
			view["depth"] != float64(1) || view["mode"] != "GRAPH" || view["undated"] != true || view["from"] != nil {
			t.Errorf("saved lens = %v", saved)
		}
		// SUPPORTS Germany → IGF (two sentences) and COOPERATES_WITH France–Germany (one).
		if saved["relationCount"] != float64(2) || saved["savedRelationCount"] != float64(2) || saved["citationCount"] != float64(3) {
			t.Errorf("relations %v, saved %v, citations %v; want 2, 2, 3", saved["relationCount"], saved["savedRelationCount"], saved["citationCount"])
		}
		cites := saved["citations"].([]any)
		first := cites[0].(map[string]any)
		if len(cites) != 1 || first["documentName"] != "a.txt" || first["date"] != "2006" || first["source"] != "Germany" ||
			!strings.HasPrefix(first["text"].(string), `Germany SUPPORTS Internet Governance Forum: "Germany supports`) ||
			!strings.HasPrefix(first["bibtex"].(string), "@misc{a-txt:0,\n  title = {Germany supports") {
			t.Errorf("first citation = %v", first)
		}
		if n := strings.Count(saved["citationsText"].(string), "\n"); n != 2 {
			t.Errorf("citationsText has %d line breaks, want 2: %q", n, saved["citationsText"])
		}
		if n := strings.Count(saved["citationsBibtex"].(string), "@misc{"); n != 3 {
			t.Errorf("citationsBibtex has %d entries, want 3", n)
		}
	})

	t.Run("the lens reopens by its ID with nothing changed", func(t *testing.T) {
		data := answer(t, c, `{ lens(id: "`+id+`") { id stale changes { addedCount removedCount added { id } removed { id } } } }`)
		if !sameJSON(t, data, `{"lens":{"id":"`+id+`","stale":false,"changes":{"addedCount":0,"removedCount":0,"added":[],"removed":[]}}}`) {
			t.Errorf("reopened: %s", data)
		}
	})

	t.Run("after a reload that changed its graph the lens is stale and names what it lost", func(t *testing.T) {
		storetest.ApplyChangedFixture(t, ctx, st)
		data := answer(t, c, `{ lens(id: "`+id+`") { stale relationCount changes { addedCount removedCount removed { type source target sourceName targetName } } } }`)
		want := `{"lens":{"stale":true,"relationCount":1,"changes":{"addedCount":0,"removedCount":1,"removed":[` +
			`{"type":"COOPERATES_WITH","source":"actor:france","target":"actor:germany","sourceName":"France","targetName":"Germany"}]}}}`
		if !sameJSON(t, data, want) {
			t.Errorf("got  %s\nwant %s", data, want)
		}
	})

	t.Run("an unknown lens is null", func(t *testing.T) {
		if data := answer(t, c, `{ lens(id: "aaaaaaaaaa") { id } }`); !sameJSON(t, data, `{"lens":null}`) {
			t.Errorf("got %s", data)
		}
	})

	for _, tc := range []struct{ name, query string }{
		{"a malformed lens ID is bad input", `{ lens(id: "../../etc") { id } }`},
		{"a focus the graph lacks is bad input", `mutation { saveLens(input: {focus: "actor:atlantis"}) { id } }`},
		{"a depth beyond three is bad input", `mutation { saveLens(input: {focus: "actor:germany", depth: 9}) { id } }`},
		{"a confidence above one is bad input", `mutation { saveLens(input: {minConfidence: 2}) { id } }`},
		{"asOf with between is bad input", `mutation { saveLens(input: {asOf: "2020", between: {from: "2019"}}) { id } }`},
		{"a title over 200 characters is bad input", `mutation { saveLens(input: {title: "` + strings.Repeat("x", 201) + `"}) { id } }`},
		{"an unknown subtype is bad input", `mutation { saveLens(input: {subtypes: ["SPACESHIP"]}) { id } }`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, code := post(t, c, tc.query); code != graph.CodeBadUserInput {
				t.Errorf("code %q, want BAD_USER_INPUT", code)
			}
		})
	}
}
