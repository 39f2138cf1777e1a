package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strings"

	"github.com/diplograph/diplograph/bench/uiqueries"
)

// request is one HTTP request a client makes; body is nil for a GET.
type request struct {
	kind   string // what it stands for, the row of the table it counts in
	method string
	path   string
	body   []byte
	// noCache asks the server to compute the answer afresh.
	noCache bool
}

func graphQL(kind, query string, vars map[string]any) request {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		panic(fmt.Sprintf("encode a query: %v", err)) // maps of strings and numbers always encode
	}
	return request{kind: kind, method: http.MethodPost, path: "/graphql", body: body}
}

func overview() request {
	return graphQL("overview", uiqueries.Overview, map[string]any{"limit": uiqueries.OverviewLimit})
}

// entityPicker draws entities of the generated graph as a user meets them:
// any entity, not only the hubs, each by its ID and by what is typed of its
// name in the search box.
type entityPicker interface {
	pick(rng *rand.Rand) (id, name string)
}

// normalRequests is what one explorer user does, in turn: opens an
// entity's neighbourhood (the explorer's focus, depth 1), and types four
// letters of a name in the search box.
func normalRequest(i int, rng *rand.Rand, p entityPicker) request {
	id, name := p.pick(rng)
	if i%2 == 0 {
		return graphQL("neighbourhood", uiqueries.Neighbourhood, map[string]any{"id": id, "depth": 1, "limit": uiqueries.FocusLimit})
	}
	return graphQL("search", uiqueries.Search, map[string]any{"text": name[:min(4, len(name))], "first": uiqueries.SearchFirst})
}

// A hostile client sends one kind of attack over and over; variants of a
// kind take turns, so the table shows how each fares.
type hostileKind struct {
	name string
	next func(i int, rng *rand.Rand) request
}

var hostileKinds = []hostileKind{
	{"fragment bomb", func(int, *rand.Rand) request {
		return graphQL("fragment bomb", fragmentBomb(30, "stats { entityCount }"), nil)
	}},
	{"nested lists", func(i int, _ *rand.Rand) request {
		v := nestedLists[i%len(nestedLists)]
		return graphQL("nested lists: "+v.name, v.query, nil)
	}},
	{"export", func(int, *rand.Rand) request {
		return request{kind: "export graph.graphml", method: http.MethodGet, path: "/export/graph.graphml"}
	}},
	{"cache flood", func(i int, rng *rand.Rand) request {
		switch i % 3 {
		case 0:
			// A distinct valid query of about 512 KB: the size the query
			// cache must hold or refuse.
			return graphQL("cache flood: distinct queries", distinctQuery(rng, 512<<10), nil)
		case 1:
			// An automatic persisted query registration of a distinct text.
			q := distinctQuery(rng, 256<<10)
			sum := sha256.Sum256([]byte(q))
			body, _ := json.Marshal(map[string]any{"query": q, "extensions": map[string]any{
				"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}})
			return request{kind: "cache flood: persisted queries", method: http.MethodPost, path: "/graphql", body: body}
		default:
			// A registration whose query does not parse, which the issue
			// found stored all the same.
			q := "{ stats { " + randomWord(rng, 256<<10)
			sum := sha256.Sum256([]byte(q))
			body, _ := json.Marshal(map[string]any{"query": q, "extensions": map[string]any{
				"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}})
			return request{kind: "cache flood: invalid registrations", method: http.MethodPost, path: "/graphql", body: body}
		}
	}},
}

// nestedLists are lists within lists: the chain of documents and
// mentions, which the complexity limit must refuse, and the heaviest
// drawing a query may ask for within the limits (every document's name of
// 5,000 entities, every evidence sentence of the edges among them).
var nestedLists = []struct{ name, query string }{
	{"documents of mentions", `{documents{mentions{entity{documents{mentions{entity{name}}}}}}}`},
	{"relations of relations", `{ entities(orderBy: DEGREE, first: 50) { edges { node { ... on Actor { relations(first: 100) { source { ... on Forum { relations(first: 100) { target { name } } } } } } } } } }`},
	{"largest drawing with evidence", `{ subgraph(limit: 5000) { nodes { id name documents { id name size } } edges { id evidence { text year document { id name } } } } }`},
}

// fragmentBomb spreads fragment Fi as two spreads of F(i-1), levels deep:
// 1.2 KB that stand for 2^30 selections.
func fragmentBomb(levels int, leaf string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "query { ...F%d }\n", levels)
	fmt.Fprintf(&b, "fragment F0 on Query { %s }\n", leaf)
	for i := 1; i <= levels; i++ {
		fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ...F%d }\n", i, i-1, i-1)
	}
	return b.String()
}

// distinctQuery is a valid query of about size bytes that no earlier call
// gave: a cheap field under a long, random operation name and comment.
func distinctQuery(rng *rand.Rand, size int) string {
	return "query Q" + randomWord(rng, 32) + " { stats { entityCount } }\n# " + randomWord(rng, size)
}

func randomWord(rng *rand.Rand, n int) string {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[rng.IntN(len(letters))]
	}
	return string(b)
}
