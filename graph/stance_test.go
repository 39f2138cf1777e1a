package graph_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/diplograph/diplograph/analytics"
	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/storetest"
)

func stanceClient(t *testing.T) *client.Client {
	st := memstore.New()
	storetest.ApplyStanceFixture(t, context.Background(), st)
	return apiClient(&graph.Resolver{Store: st, Analytics: analytics.NewCache(st)}, false)
}

func TestStanceQueries(t *testing.T) {
	c := stanceClient(t)
	for _, tc := range []struct {
		name, query, want string
	}{
		{
			"a matrix names its rows and columns and each cell's stances with their evidence",
			`{ stances(actors: ["actor:dorvia"], targets: ["issue:encryption", "treaty:oslin-accord"]) {
				actors { name } targets { name }
				cells { actor { id } target { id } evidenceCount stances { type evidenceCount evidence { text } relation { id } } } } }`,
			`{"stances":{"actors":[{"name":"Dorvia"}],"targets":[{"name":"Encryption"},{"name":"Oslin Accord"}],"cells":[` +
				`{"actor":{"id":"actor:dorvia"},"target":{"id":"issue:encryption"},"evidenceCount":1,"stances":[{"type":"OPPOSES","evidenceCount":1,"evidence":[{"text":"Dorvia opposes Encryption."}],"relation":{"id":"` + relID("OPPOSES", "actor:dorvia", "issue:encryption") + `"}}]},` +
				`{"actor":{"id":"actor:dorvia"},"target":{"id":"treaty:oslin-accord"},"evidenceCount":1,"stances":[{"type":"PARTY_TO","evidenceCount":1,"evidence":[{"text":"Dorvia ratified the Oslin Accord."}],"relation":{"id":"` + relID("PARTY_TO", "actor:dorvia", "treaty:oslin-accord") + `"}}]}]}}`,
		},
		{
			"an alignment lists the targets with how the two stand",
			`{ alignment(a: "actor:arland", b: "actor:dorvia") { a { name } b { name } score common agreements disagreements
				targets { target { id } agreement a { type } b { type } } } }`,
			`{"alignment":{"a":{"name":"Arland"},"b":{"name":"Dorvia"},"score":0,"common":2,"agreements":1,"disagreements":1,"targets":[` +
				`{"target":{"id":"treaty:oslin-accord"},"agreement":"AGREE","a":[{"type":"SUPPORTS"}],"b":[{"type":"PARTY_TO"}]},` +
				`{"target":{"id":"issue:encryption"},"agreement":"DISAGREE","a":[{"type":"SUPPORTS"}],"b":[{"type":"OPPOSES"}]},` +
				`{"target":{"id":"forum:delta-forum"},"agreement":"ONE_SIDED","a":[{"type":"MEMBER_OF"}],"b":[]},` +
				`{"target":{"id":"forum:group-of-five"},"agreement":"ONE_SIDED","a":[{"type":"MEMBER_OF"}],"b":[]}]}}`,
		},
		{
			"the closest actor comes first",
			`{ alignedWith(id: "actor:arland", first: 1) { b { id } score } }`,
			`{"alignedWith":[{"b":{"id":"actor:borduria"},"score":1}]}`,
		},
		{
			"the furthest actor comes first when asked",
			`{ alignedWith(id: "actor:arland", first: 1, furthest: true) { b { id } score } }`,
			`{"alignedWith":[{"b":{"id":"actor:carpania"},"score":-1}]}`,
		},
		{
			"the absent come with the relations that make them members",
			`{ absentFrom(target: "forum:delta-forum", among: "forum:group-of-five") { actor { id } membership { type evidence { text } } } }`,
			`{"absentFrom":[{"actor":{"id":"actor:estel-networks"},"membership":[{"type":"MEMBER_OF","evidence":[{"text":"Estel Networks is a member of the Group of Five."}]}]}]}`,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := answer(t, c, tc.query); !sameJSON(t, got, tc.want) {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
	t.Run("a bloc is named by its most central members", func(t *testing.T) {
		var got struct {
			Blocs []struct {
				ID, Name string
				Size     int
				Members  []struct{ Weight float64 }
			}
		}
		if err := c.Post(`{ blocs { id name size members { weight } } }`, &got); err != nil {
			t.Fatal(err)
		}
		if len(got.Blocs) == 0 || got.Blocs[0].ID != "bloc:actor:borduria" || !strings.HasPrefix(got.Blocs[0].Name, "Borduria, Arland") ||
			got.Blocs[0].Size != len(got.Blocs[0].Members) || got.Blocs[0].Members[0].Weight < got.Blocs[0].Members[1].Weight {
			t.Errorf("blocs %+v", got.Blocs)
		}
	})
	for _, tc := range []struct {
		name, query, code string
	}{
		{"a relation type that is no stance is refused", `{ stances(types: [AUTHORED]) { cells { evidenceCount } } }`, graph.CodeBadUserInput},
		{"a forum given as an actor is refused", `{ stances(actors: ["forum:delta-forum"]) { cells { evidenceCount } } }`, graph.CodeBadUserInput},
		{"too many rows are refused", `{ stances(maxActors: 101) { cells { evidenceCount } } }`, graph.CodeBadUserInput},
		{"an unknown actor is not found", `{ alignment(a: "actor:arland", b: "actor:nowhere") { score } }`, graph.CodeNotFound},
		{"an actor aligned with itself is refused", `{ alignment(a: "actor:arland", b: "actor:arland") { score } }`, graph.CodeBadUserInput},
		{"an unknown group is not found", `{ absentFrom(target: "forum:delta-forum", among: "bloc:actor:nowhere") { actor { id } } }`, graph.CodeNotFound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := c.RawPost(tc.query)
			if err != nil {
				t.Fatal(err)
			}
			var errs []struct{ Extensions map[string]any }
			if err := json.Unmarshal(resp.Errors, &errs); err != nil || len(errs) != 1 || errs[0].Extensions["code"] != tc.code {
				t.Errorf("errors %s, want one %s", resp.Errors, tc.code)
			}
		})
	}
}

func relID(t, source, target string) string {
	return domain.RelationID(domain.RelationType(t), source, target)
}
