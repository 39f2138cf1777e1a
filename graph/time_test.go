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

func TestTimeInTheAPI(t *testing.T) {
	ctx := context.Background()
	st := memstore.New()
	storetest.ApplyDatedFixture(t, ctx, st)
	c := apiClient(&graph.Resolver{Store: st, Analytics: analytics.NewCache(st)}, false)
	assertAnswers(t, c, []answerCase{
		{
			"evidence shows its date and kind, and a relation its span",
			`{ relations(filter: {node: "actor:kenya", types: [MEMBER_OF]}) { edges { node { from until undated evidence { date dateKind year } } } } }`,
			`{"relations":{"edges":[{"node":{"from":"2012","until":"2020-06-30","undated":false,"evidence":[` +
				`{"date":"2012","dateKind":"START","year":2012},{"date":"2015-03","dateKind":"POINT","year":2015},{"date":"2020-06-30","dateKind":"END","year":2020}]}}]}}`,
		},
		{
			"an undated relation is flagged and has no span",
			`{ relations(filter: {types: [SUPPORTS]}) { edges { node { from until undated evidence { date dateKind } } } } }`,
			`{"relations":{"edges":[{"node":{"from":null,"until":null,"undated":true,"evidence":[{"date":null,"dateKind":null}]}}]}}`,
		},
		{
			"relations as of a date keep what held then",
			`{ relations(asOf: "2021", filter: {types: [MEMBER_OF, PARTICIPATES_IN]}) { totalCount edges { node { source { name } } } } }`,
			`{"relations":{"totalCount":1,"edges":[{"node":{"source":{"name":"Ghana"}}}]}}`,
		},
		{
			"entities between two dates leave out those whose relations all lie outside",
			`{ entities(between: {from: "2021", to: "2022"}) { totalCount edges { node { name } } } }`,
			`{"entities":{"totalCount":4,"edges":[{"node":{"name":"Digital Alliance"}},{"node":{"name":"Ghana"}},{"node":{"name":"Kenya"}},{"node":{"name":"Open Charter"}}]}}`,
		},
		{
			"a neighbourhood as of a date walks only what held",
			`{ neighbourhood(id: "forum:digital-alliance", asOf: "2013-06-01") { nodes { name } edges { type } } }`,
			`{"neighbourhood":{"nodes":[{"name":"Digital Alliance"},{"name":"Chile"},{"name":"Kenya"}],"edges":[{"type":"PARTICIPATES_IN"},{"type":"MEMBER_OF"}]}}`,
		},
		{
			"a subgraph between two dates",
			`{ subgraph(between: {to: "2011"}) { nodes { name } edges { type } } }`,
			`{"subgraph":{"nodes":[{"name":"Digital Alliance"},{"name":"Ghana"},{"name":"Open Charter"},{"name":"Chile"}],"edges":[{"type":"PARTICIPATES_IN"},{"type":"SUPPORTS"}]}}`,
		},
		{
			"the timeline counts relations per year and type",
			`{ timeline { undated years { year total byType { type count } } } }`,
			`{"timeline":{"undated":1,"years":[` +
				`{"year":2012,"total":1,"byType":[{"type":"MEMBER_OF","count":1}]},{"year":2015,"total":1,"byType":[{"type":"MEMBER_OF","count":1}]},` +
				`{"year":2016,"total":1,"byType":[{"type":"PARTICIPATES_IN","count":1}]},{"year":2018,"total":1,"byType":[{"type":"MEMBER_OF","count":1}]},` +
				`{"year":2019,"total":1,"byType":[{"type":"PARTY_TO","count":1}]},{"year":2020,"total":1,"byType":[{"type":"MEMBER_OF","count":1}]}]}}`,
		},
		{
			"changes list what began or ended with the sentence that says so",
			`{ changes(from: "2020", first: 5) { kind date relation { type source { name } } evidence { text } } }`,
			`{"changes":[{"kind":"ENDED","date":"2020-06-30","relation":{"type":"MEMBER_OF","source":{"name":"Kenya"}},` +
				`"evidence":[{"text":"Kenya left the Digital Alliance on 30 June 2020."}]}]}`,
		},
	})

	for _, tc := range []struct {
		name, query, says string
	}{
		{"a date that is no date", `{ relations(asOf: "March 2020") { totalCount } }`, "YYYY"},
		{"a day the month lacks", `{ relations(asOf: "2021-02-30") { totalCount } }`, "YYYY"},
		{"a date that is no string", `{ relations(asOf: 2020) { totalCount } }`, "string"},
		{"asOf and between at once", `{ relations(asOf: "2020", between: {from: "2019"}) { totalCount } }`, "not both"},
		{"a range that ends before it starts", `{ subgraph(between: {from: "2020", to: "2019"}) { nodes { id } } }`, "after"},
		{"changes that end before they start", `{ changes(from: "2020-05", to: "2020-04") { date } }`, "after"},
		{"too many changes", `{ changes(first: 5000) { date } }`, "between"},
	} {
		t.Run("bad input is refused: "+tc.name, func(t *testing.T) {
			resp, err := c.RawPost(tc.query)
			if err != nil {
				t.Fatal(err)
			}
			if len(resp.Errors) == 0 {
				t.Fatalf("no error for %s", tc.query)
			}
			if msg := string(resp.Errors); !strings.Contains(msg, tc.says) {
				t.Errorf("error %s does not say %q", msg, tc.says)
			}
		})
	}
}
