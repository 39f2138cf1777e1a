package graph_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/diplograph/diplograph/analytics"
	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/storetest"
)

// curated is a document whose relation no rule read, as a curator's is.
func curated() domain.Extraction {
	text := "Germany supports the Budapest Convention."
	de := domain.Node{ID: domain.NodeID(domain.Actor, "Germany"), Kind: domain.Actor, Subtype: "STATE", Name: "Germany"}
	bc := domain.Node{ID: domain.NodeID(domain.Treaty, "Budapest Convention"), Kind: domain.Treaty, Name: "Budapest Convention"}
	doc := domain.Doc{ID: domain.DocumentID("curated.txt"), Name: "curated.txt", Text: text, Hash: domain.TextHash(text)}
	r := domain.NewRelation(domain.Supports, de.ID, bc.ID, 1, domain.Evidence{Document: doc.ID, Text: text, End: len(text)})
	return domain.Extraction{Document: doc, Entities: []domain.Node{de, bc}, Relations: []domain.Relation{r},
		Mentions: []domain.Mention{{Entity: de.ID, Text: "Germany", End: 7}, {Entity: bc.ID, Text: "Budapest Convention", Start: 21, End: 40}}}
}

func TestRelationsShowTheirRules(t *testing.T) {
	ctx := context.Background()
	st := memstore.New()
	storetest.ApplyFixture(t, ctx, st)
	if err := st.Apply(ctx, []domain.Extraction{curated()}); err != nil {
		t.Fatal(err)
	}
	assertAnswers(t, apiClient(&graph.Resolver{Store: st, Analytics: analytics.NewCache(st)}, false), []answerCase{
		{
			"a relation shows the rule of its confidence and each sentence its own",
			`{ relations(filter: {types: [COOPERATES_WITH]}) { edges { node { rule confidence evidence { rule } } } } }`,
			`{"relations":{"edges":[{"node":{"rule":"cue-symmetric","confidence":0.7,"evidence":[{"rule":"cue-symmetric"}]}}]}}`,
		},
		{
			"a relation no rule read shows null for its rule and its sentence's",
			`{ node(id: "actor:germany") { ... on Actor { relations(types: [SUPPORTS]) { target { id } rule evidence { rule } } } } }`,
			`{"node":{"relations":[` +
				`{"target":{"id":"forum:internet-governance-forum"},"rule":"cue-active","evidence":[{"rule":"cue-active"},{"rule":"cue-active"}]},` +
				`{"target":{"id":"treaty:budapest-convention"},"rule":null,"evidence":[{"rule":null}]}]}}`,
		},
		{
			"paths show the rule of every step",
			`{ shortestPath(from: "actor:cote-d-ivoire", to: "forum:international-telecommunication-union") { edges { type rule } } }`,
			`{"shortestPath":{"edges":[{"type":"MEMBER_OF","rule":"cue-active"}]}}`,
		},
	})
}

// answerCase is a query and the data it must answer, as JSON.
type answerCase struct{ name, query, want string }

// assertAnswers runs each case as a subtest.
func assertAnswers(t *testing.T, c *client.Client, cases []answerCase) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := answer(t, c, tc.query); !sameJSON(t, got, tc.want) {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func sameJSON(t *testing.T, got []byte, want string) bool {
	t.Helper()
	var a, b any
	if err := json.Unmarshal(got, &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(want), &b); err != nil {
		t.Fatal(err)
	}
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}
