package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/diplograph/diplograph/domain"
)

// peerRelationFields names the peer's two fields for each relation type,
// outgoing and incoming; bench/peer/server.mjs declares the same table.
var peerRelationFields = map[domain.RelationType][2]string{
	domain.MemberOf:       {"memberOf", "members"},
	domain.ParticipatesIn: {"participatesIn", "participants"},
	domain.Supports:       {"supports", "supporters"},
	domain.Opposes:        {"opposes", "opponents"},
	domain.PartyTo:        {"partyTo", "parties"},
	domain.Authored:       {"authored", "authors"},
	domain.CooperatesWith: {"cooperatesWith", "cooperatedWithBy"},
	domain.InTensionWith:  {"inTensionWith", "inTensionWithBy"},
	domain.Addresses:      {"addresses", "addressedBy"},
	domain.EngagesOn:      {"engagesOn", "engagedOnBy"},
	domain.PartOf:         {"partOf", "parts"},
	domain.AffiliatedWith: {"affiliatedWith", "affiliates"},
	domain.References:     {"references", "referencedBy"},
}

// relationsFirst is the page Diplograph's relations field returns by
// default; the bench picks an entity with fewer relations, so that both
// sides return all of them and can be compared.
const relationsFirst = 100

// searchFirst bounds both searches; the fragment must match fewer entities,
// so that the two rankings, which differ by design, return the same set.
const searchFirst = 20

// pair is one question asked of both sides in each side's own API.
type pair struct {
	name  string
	dipl  string // request body for Diplograph
	peer  string // request body for the peer
	check func(dipl, peer json.RawMessage) (string, error)
}

func body(query string, vars map[string]any) string {
	b, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		panic(err) // strings and maps of strings always marshal
	}
	return string(b)
}

// pairs builds the three questions around entity (an ID) and fragment.
func pairs(entity, fragment string) ([]pair, error) {
	var fields []string
	for _, t := range domain.RelationTypes {
		f, ok := peerRelationFields[t]
		if !ok {
			return nil, fmt.Errorf("the peer maps no field for relation type %s: add it to peerRelationFields and bench/peer/server.mjs", t)
		}
		fields = append(fields, f[0]+" { id name }", f[1]+" { id name }")
	}
	return []pair{
		{
			name:  "node+neighbours",
			dipl:  body(fmt.Sprintf(`query($id: ID!) { node(id: $id) { id ... on Entity { name relations(first: %d) { type source { id name } target { id name } } } } }`, relationsFirst), map[string]any{"id": entity}),
			peer:  body(`query($id: ID!) { entities(where: {id: {eq: $id}}) { id name `+strings.Join(fields, " ")+` } }`, map[string]any{"id": entity}),
			check: checkNeighbours,
		},
		{
			name:  "filtered listing",
			dipl:  body(`{ entities(filter: {kinds: [ACTOR]}, orderBy: NAME, first: 20) { totalCount edges { node { id name } } } }`, nil),
			peer:  body(`{ entitiesConnection(where: {kind: {eq: "Actor"}}, sort: [{name: ASC}, {id: ASC}], first: 20) { totalCount edges { node { id name } } } }`, nil),
			check: checkListing,
		},
		{
			name:  "search",
			dipl:  body(fmt.Sprintf(`query($t: String!) { search(text: $t, first: %d) { score entity { id name } } }`, searchFirst), map[string]any{"t": fragment}),
			peer:  body(fmt.Sprintf(`query($p: String!) { searchEntities(phrase: $p, first: %d) { edges { score node { id name } } } }`, searchFirst), map[string]any{"p": lucenePrefixes(fragment)}),
			check: checkSearch,
		},
	}, nil
}

// lucenePrefixes is the phrase a client of the Library sends to find every
// word of text as a word prefix: the Library hands the phrase to Lucene as it
// is, while Diplograph's search builds the same query for its caller.
func lucenePrefixes(text string) string {
	words := strings.Fields(domain.Fold(text))
	for i, w := range words {
		var b strings.Builder
		for _, r := range w {
			if strings.ContainsRune(`+-&|!(){}[]^"~*?:\/`, r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
		words[i] = b.String() + "*"
	}
	return strings.Join(words, " AND ")
}

type named struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// checkNeighbours compares the relations as (type, source, target) sets and
// the neighbours' names. A relation is stored as one evidence relationship
// per sentence; Diplograph groups them by relId and the Library's fields
// keep DISTINCT neighbours, so both list each relation once, in their own
// order.
func checkNeighbours(dipl, peer json.RawMessage) (string, error) {
	var d struct {
		Node *struct {
			named
			Relations []struct {
				Type   string `json:"type"`
				Source named  `json:"source"`
				Target named  `json:"target"`
			} `json:"relations"`
		} `json:"node"`
	}
	var p struct {
		Entities []map[string]json.RawMessage `json:"entities"`
	}
	if err := decodeBoth(dipl, &d, peer, &p); err != nil {
		return "", err
	}
	if d.Node == nil || len(p.Entities) != 1 {
		return "", fmt.Errorf("diplograph found the node: %t, the peer found %d entities", d.Node != nil, len(p.Entities))
	}
	if len(d.Node.Relations) == 0 {
		return "", fmt.Errorf("%s has no relations: the query would measure nothing; pick another -entity", d.Node.ID)
	}
	if len(d.Node.Relations) >= relationsFirst {
		return "", fmt.Errorf("%s has %d relations or more: Diplograph's page cuts them; pick another -entity", d.Node.ID, relationsFirst)
	}
	dNames, pNames := map[string]string{d.Node.ID: d.Node.Name}, map[string]string{}
	dRels, pRels := map[string]bool{}, map[string]bool{}
	for _, r := range d.Node.Relations {
		dRels[r.Type+" "+r.Source.ID+" -> "+r.Target.ID] = true
		dNames[r.Source.ID], dNames[r.Target.ID] = r.Source.Name, r.Target.Name
	}
	var centre named
	if err := errors.Join(json.Unmarshal(p.Entities[0]["id"], &centre.ID), json.Unmarshal(p.Entities[0]["name"], &centre.Name)); err != nil {
		return "", fmt.Errorf("peer entity: %w", err)
	}
	pNames[centre.ID] = centre.Name
	rows := 0
	for t, f := range peerRelationFields {
		for dir, field := range f {
			var ns []named
			if err := json.Unmarshal(p.Entities[0][field], &ns); err != nil {
				return "", fmt.Errorf("peer field %s: %w", field, err)
			}
			rows += len(ns)
			for _, n := range ns {
				src, dst := centre.ID, n.ID
				if dir == 1 {
					src, dst = n.ID, centre.ID
				}
				pRels[string(t)+" "+src+" -> "+dst] = true
				pNames[n.ID] = n.Name
			}
		}
	}
	if err := sameSet("relations", slices.Collect(maps.Keys(dRels)), slices.Collect(maps.Keys(pRels))); err != nil {
		return "", err
	}
	if !maps.Equal(dNames, pNames) {
		return "", fmt.Errorf("neighbour names differ: diplograph %v, peer %v", dNames, pNames)
	}
	return fmt.Sprintf("%s: %d relations, %d neighbours (the peer returns %d neighbour rows)",
		centre.ID, len(dRels), len(dNames)-1, rows), nil
}

// checkListing wants the same total and the same page in the same order.
func checkListing(dipl, peer json.RawMessage) (string, error) {
	type conn struct {
		TotalCount int `json:"totalCount"`
		Edges      []struct {
			Node named `json:"node"`
		} `json:"edges"`
	}
	var d struct {
		Entities conn `json:"entities"`
	}
	var p struct {
		EntitiesConnection conn `json:"entitiesConnection"`
	}
	if err := decodeBoth(dipl, &d, peer, &p); err != nil {
		return "", err
	}
	if d.Entities.TotalCount != p.EntitiesConnection.TotalCount {
		return "", fmt.Errorf("totalCount: diplograph %d, peer %d", d.Entities.TotalCount, p.EntitiesConnection.TotalCount)
	}
	page := func(c conn) []named {
		out := make([]named, len(c.Edges))
		for i, e := range c.Edges {
			out[i] = e.Node
		}
		return out
	}
	dp, pp := page(d.Entities), page(p.EntitiesConnection)
	if len(dp) == 0 || !slices.Equal(dp, pp) {
		return "", fmt.Errorf("pages differ:\n  diplograph %v\n  peer       %v", dp, pp)
	}
	return fmt.Sprintf("%d of %d actors, %s … %s", len(dp), d.Entities.TotalCount, dp[0].Name, dp[len(dp)-1].Name), nil
}

// checkSearch wants the same entities; the order differs by design
// (Diplograph ranks exact, prefix and substring matches; the peer by Lucene
// score), which is why the fragment must match fewer than searchFirst.
func checkSearch(dipl, peer json.RawMessage) (string, error) {
	var d struct {
		Search []struct {
			Entity named `json:"entity"`
		} `json:"search"`
	}
	var p struct {
		SearchEntities struct {
			Edges []struct {
				Node named `json:"node"`
			} `json:"edges"`
		} `json:"searchEntities"`
	}
	if err := decodeBoth(dipl, &d, peer, &p); err != nil {
		return "", err
	}
	var ds, ps []string
	for _, h := range d.Search {
		ds = append(ds, h.Entity.ID+" "+h.Entity.Name)
	}
	for _, e := range p.SearchEntities.Edges {
		ps = append(ps, e.Node.ID+" "+e.Node.Name)
	}
	if len(ds) == 0 {
		return "", errors.New("diplograph found nothing: pick another -search fragment")
	}
	if len(ds) >= searchFirst || len(ps) >= searchFirst {
		return "", fmt.Errorf("%d and %d hits fill the page of %d, so the rankings decide what is shown: pick a rarer -search fragment", len(ds), len(ps), searchFirst)
	}
	if err := sameSet("hits", ds, ps); err != nil {
		return "", err
	}
	return fmt.Sprintf("%d hits on both sides", len(ds)), nil
}

func sameSet(what string, a, b []string) error {
	a, b = slices.Sorted(slices.Values(a)), slices.Sorted(slices.Values(b))
	if slices.Equal(a, b) {
		return nil
	}
	var onlyA, onlyB []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			onlyA = append(onlyA, x)
		}
	}
	for _, x := range b {
		if !slices.Contains(a, x) {
			onlyB = append(onlyB, x)
		}
	}
	return fmt.Errorf("%s differ (%d and %d): only diplograph %q, only peer %q", what, len(a), len(b), onlyA, onlyB)
}

func decodeBoth(dipl json.RawMessage, d any, peer json.RawMessage, p any) error {
	if err := json.Unmarshal(dipl, d); err != nil {
		return fmt.Errorf("diplograph answer: %w", err)
	}
	if err := json.Unmarshal(peer, p); err != nil {
		return fmt.Errorf("peer answer: %w", err)
	}
	return nil
}

// ask posts a body and returns the answer's data, failing on any GraphQL
// error so that the check never passes on two failures.
func ask(ctx context.Context, url, reqBody string) (json.RawMessage, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(reqBody))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("read answer: %w", err)
	}
	var out struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("HTTP %d, not GraphQL: %.200s", resp.StatusCode, raw)
	}
	if len(out.Errors) > 0 || resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP %d, errors: %.300s", resp.StatusCode, bytes.TrimSpace(raw))
	}
	return out.Data, nil
}

// pickEntity returns the entity with the most relations that still fit in
// Diplograph's default page: the hub a reader of the graph opens first. It
// counts the relations themselves rather than trusting the stored degree,
// so that a wrong degree cannot pick a node without neighbours.
func pickEntity(ctx context.Context, url string) (string, error) {
	data, err := ask(ctx, url, `{"query":"{ relations(first: 500) { edges { node { source { id } target { id } } } } }"}`)
	if err != nil {
		return "", fmt.Errorf("pick an entity: %w", err)
	}
	var page struct {
		Relations struct {
			Edges []struct {
				Node struct {
					Source struct {
						ID string `json:"id"`
					} `json:"source"`
					Target struct {
						ID string `json:"id"`
					} `json:"target"`
				} `json:"node"`
			} `json:"edges"`
		} `json:"relations"`
	}
	if err := json.Unmarshal(data, &page); err != nil {
		return "", fmt.Errorf("pick an entity: %w", err)
	}
	count := map[string]int{}
	for _, e := range page.Relations.Edges {
		count[e.Node.Source.ID]++
		count[e.Node.Target.ID]++
	}
	best := ""
	for id, n := range count {
		if n < relationsFirst && (best == "" || n > count[best] || n == count[best] && id < best) {
			best = id
		}
	}
	if best == "" {
		return "", errors.New("pick an entity: the graph has no relations, or only entities with 100 or more; pass -entity")
	}
	return best, nil
}
