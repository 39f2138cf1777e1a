package main

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/domain"
)

// The checks are what make the comparison honest, so they must reject
// answers that differ, not only accept answers that agree.

func TestCheckNeighbours(t *testing.T) {
	dipl := `{"node":{"id":"actor:a","name":"A","relations":[
		{"type":"SUPPORTS","source":{"id":"actor:a","name":"A"},"target":{"id":"issue:x","name":"X"}},
		{"type":"MEMBER_OF","source":{"id":"actor:b","name":"B"},"target":{"id":"actor:a","name":"A"}}]}}`
	peer := func(supports, members string) string {
		fields := map[string]json.RawMessage{"id": json.RawMessage(`"actor:a"`), "name": json.RawMessage(`"A"`)}
		for _, f := range peerRelationFields {
			fields[f[0]], fields[f[1]] = json.RawMessage(`[]`), json.RawMessage(`[]`)
		}
		fields["supports"], fields["members"] = json.RawMessage(supports), json.RawMessage(members)
		b, _ := json.Marshal(map[string]any{"entities": []any{fields}})
		return string(b)
	}
	same := peer(`[{"id":"issue:x","name":"X"}]`, `[{"id":"actor:b","name":"B"}]`)
	if _, err := checkNeighbours(json.RawMessage(dipl), json.RawMessage(same)); err != nil {
		t.Fatalf("equal answers rejected: %v", err)
	}
	for name, p := range map[string]string{
		"missing relation": peer(`[{"id":"issue:x","name":"X"}]`, `[]`),
		"wrong direction":  peer(`[{"id":"issue:x","name":"X"}, {"id":"actor:b","name":"B"}]`, `[]`),
		"other name":       peer(`[{"id":"issue:x","name":"Y"}]`, `[{"id":"actor:b","name":"B"}]`),
	} {
		if _, err := checkNeighbours(json.RawMessage(dipl), json.RawMessage(p)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	empty := `{"node":{"id":"actor:a","name":"A","relations":[]}}`
	if _, err := checkNeighbours(json.RawMessage(empty), json.RawMessage(peer(`[]`, `[]`))); err == nil {
		t.Error("a node without relations measures nothing, yet was accepted")
	}
}

func TestCheckListing(t *testing.T) {
	dipl := `{"entities":{"totalCount":3,"edges":[{"node":{"id":"a","name":"A"}},{"node":{"id":"b","name":"B"}}]}}`
	ok := `{"entitiesConnection":{"totalCount":3,"edges":[{"node":{"id":"a","name":"A"}},{"node":{"id":"b","name":"B"}}]}}`
	if _, err := checkListing(json.RawMessage(dipl), json.RawMessage(ok)); err != nil {
		t.Fatalf("equal answers rejected: %v", err)
	}
	for name, p := range map[string]string{
		"order": `{"entitiesConnection":{"totalCount":3,"edges":[{"node":{"id":"b","name":"B"}},{"node":{"id":"a","name":"A"}}]}}`,
		"total": `{"entitiesConnection":{"totalCount":4,"edges":[{"node":{"id":"a","name":"A"}},{"node":{"id":"b","name":"B"}}]}}`,
	} {
		if _, err := checkListing(json.RawMessage(dipl), json.RawMessage(p)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestCheckSearch(t *testing.T) {
	dipl := `{"search":[{"entity":{"id":"a","name":"A"}},{"entity":{"id":"b","name":"B"}}]}`
	reordered := `{"searchEntities":{"edges":[{"node":{"id":"b","name":"B"}},{"node":{"id":"a","name":"A"}}]}}`
	if _, err := checkSearch(json.RawMessage(dipl), json.RawMessage(reordered)); err != nil {
		t.Fatalf("the same hits in another order rejected: %v", err)
	}
	fewer := `{"searchEntities":{"edges":[{"node":{"id":"a","name":"A"}}]}}`
	if _, err := checkSearch(json.RawMessage(dipl), json.RawMessage(fewer)); err == nil {
		t.Error("a missing hit accepted")
	}
	var full []string
	for range searchFirst {
		full = append(full, `{"entity":{"id":"a","name":"A"}}`)
	}
	if _, err := checkSearch(json.RawMessage(`{"search":[`+strings.Join(full, ",")+`]}`), json.RawMessage(reordered)); err == nil {
		t.Error("a full page, where the rankings decide, accepted")
	}
}

func TestPairsCoverEveryRelationType(t *testing.T) {
	ps, err := pairs("actor:a", "cyber")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range peerRelationFields {
		if !strings.Contains(ps[0].peer, f[0]+" { id name }") || !strings.Contains(ps[0].peer, f[1]+" { id name }") {
			t.Errorf("the peer's node query lacks %v", f)
		}
	}
}

// The peer declares its fields in bench/peer/server.mjs; the two tables
// must not drift apart, or the node query asks for fields the peer lacks.
func TestPeerTableMatchesServer(t *testing.T) {
	src, err := os.ReadFile("../peer/server.mjs")
	if err != nil {
		t.Fatal(err)
	}
	rows := regexp.MustCompile(`\["([A-Z_]+)", "(\w+)", "(\w+)"\]`).FindAllStringSubmatch(string(src), -1)
	if len(rows) != len(domain.RelationTypes) {
		t.Fatalf("server.mjs maps %d relation types, the ontology has %d", len(rows), len(domain.RelationTypes))
	}
	for _, r := range rows {
		if got := peerRelationFields[domain.RelationType(r[1])]; got != [2]string{r[2], r[3]} {
			t.Errorf("%s: server.mjs has %s/%s, peerRelationFields %v", r[1], r[2], r[3], got)
		}
	}
}

func TestLucenePrefixes(t *testing.T) {
	for in, want := range map[string]string{
		"cyber":           "cyber*",
		"Cyber  Security": "cyber* AND security*",
		"Télécom":         "telecom*",
	} {
		if got := lucenePrefixes(in); got != want {
			t.Errorf("lucenePrefixes(%q) = %q, want %q", in, got, want)
		}
	}
}
