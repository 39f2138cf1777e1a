package storetest

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/diplograph/diplograph/domain"
)

// Opener hands the suite a new, empty store; the suite closes it.
type Opener func(t *testing.T) Store

// Run holds a store implementation to the contract documented on Store.
func Run(t *testing.T, open Opener) {
	for _, tc := range []struct {
		name string
		test func(t *testing.T, ctx context.Context, s Store)
	}{
		{"applied entities read back merged across documents", testMerge},
		{"nodes by ID skip unknown IDs and keep the order asked", testNodes},
		{"an unknown ID is not found", testNotFound},
		{"symmetric relations are stored once per pair", testSymmetric},
		{"relations merge evidence across documents with the highest confidence", testEvidenceMerge},
		{"applying the same documents twice changes nothing", testIdempotent},
		{"a changed document replaces its own evidence and leaves no stale relation", testReplace},
		{"removing a document takes out what only it stated", testRemove},
		{"an invalid extraction is refused and changes nothing", testInvalid},
		{"listings filter by kind, subtype, document, name and degree", testListFilters},
		{"listings order and page, with or without their total", testListOrder},
		{"an entity without relations has degree zero and sorts last by degree", testIsolatedEntity},
		{"relation listings filter by type, node and document", testRelationFilters},
		{"search ranks exact names and aliases first and folds case and accents", testSearch},
		{"neighbourhoods grow with depth, honour types and limits", testNeighbourhood},
		{"shortest paths walk both directions and respect types and length", testShortestPath},
		{"documents keep their text and mentions", testDocuments},
		{"counts and the whole graph agree", testCounts},
		{"the version moves with every change and only then", testVersion},
		{"the stance matrix lays actors against targets with the stances and their evidence", testStances},
		{"alignment scores agreement over shared targets, ranks neighbours and finds blocs", testAlignment},
		{"the absent are the group's members with no seat at the target", testAbsence},
		{"evidence keeps the date its sentence states and documents theirs", testDatesRoundTrip},
		{"time windows, timelines and changes read what held when", testTimeWindows},
		{"a lens is saved, reopened and flagged after a reload that changed its graph", testLens},
	} {
		t.Run(tc.name, func(t *testing.T) { withStore(t, open, tc.test) })
	}
	t.Run("relations keep the rules that read them", func(t *testing.T) { testProvenance(t, open) })
	t.Run("corrections survive reloads and are undone one by one", func(t *testing.T) { testCuration(t, open) })
}

// withStore runs test on a new store and closes it afterwards.
func withStore(t *testing.T, open Opener, test func(t *testing.T, ctx context.Context, s Store)) {
	s := open(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	defer func() {
		if err := s.Close(ctx); err != nil {
			t.Errorf("close: %v", err)
		}
	}()
	if err := s.Ping(ctx); err != nil {
		t.Fatalf("ping: %v", err)
	}
	test(t, ctx, s)
}

func mustApply(t *testing.T, ctx context.Context, s Store, xs ...domain.Extraction) {
	t.Helper()
	if err := s.Apply(ctx, xs); err != nil {
		t.Fatalf("apply: %v", err)
	}
}

func mustNode(t *testing.T, ctx context.Context, s Store, id string) domain.Node {
	t.Helper()
	n, err := s.Node(ctx, id)
	if err != nil {
		t.Fatalf("node %s: %v", id, err)
	}
	return n
}

func ids(nodes []domain.Node) []string {
	out := make([]string, len(nodes))
	for i, n := range nodes {
		out[i] = n.ID
	}
	return out
}

func relIDs(rels []domain.Relation) []string {
	out := make([]string, len(rels))
	for i, r := range rels {
		out[i] = r.ID
	}
	slices.Sort(out)
	return out
}

func sorted(xs ...string) []string {
	out := slices.Clone(xs)
	slices.Sort(out)
	return out
}

func testMerge(t *testing.T, ctx context.Context, s Store) {
	mustApply(t, ctx, s, fixtureA(), fixtureB())
	de := mustNode(t, ctx, s, germany)
	want := domain.Node{
		ID: germany, Kind: domain.Actor, Subtype: "STATE", Name: "Germany", Code: "DE",
		Aliases: []string{"Federal Republic of Germany"}, Documents: []string{docA, docB},
		Mentions: 2, Degree: 3,
	}
	if !reflect.DeepEqual(de, want) {
		t.Errorf("Germany:\n got %+v\nwant %+v", de, want)
	}
	f := mustNode(t, ctx, s, igf)
	if !reflect.DeepEqual(f.Aliases, []string{"IGF"}) || f.Degree != 3 || f.Mentions != 3 {
		t.Errorf("IGF: aliases %v degree %d mentions %d; want [IGF] 3 3", f.Aliases, f.Degree, f.Mentions)
	}
}

func testNodes(t *testing.T, ctx context.Context, s Store) {
	mustApply(t, ctx, s, fixtureA())
	got, err := s.Nodes(ctx, []string{cyber, "actor:nowhere", germany, igf})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{cyber, germany, igf}; !reflect.DeepEqual(ids(got), want) {
		t.Errorf("got %v, want %v", ids(got), want)
	}
}

func testNotFound(t *testing.T, ctx context.Context, s Store) {
	mustApply(t, ctx, s, fixtureA())
	if _, err := s.Node(ctx, "actor:atlantis"); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("node: got %v, want ErrNotFound", err)
	}
	if _, _, err := s.Document(ctx, "document:missing-txt"); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("document: got %v, want ErrNotFound", err)
	}
	if err := s.RemoveDocument(ctx, "document:missing-txt"); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("remove: got %v, want ErrNotFound", err)
	}
	if _, err := s.Neighbourhood(ctx, "actor:atlantis", 1, nil, 10); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("neighbourhood: got %v, want ErrNotFound", err)
	}
}

func testSymmetric(t *testing.T, ctx context.Context, s Store) {
	mustApply(t, ctx, s, fixtureA())
	rels, total, err := s.Relations(ctx, domain.RelationQuery{Types: []domain.RelationType{domain.CooperatesWith}})
	if err != nil {
		t.Fatal(err)
	}
	if total != 1 || len(rels) != 1 {
		t.Fatalf("got %d cooperation relations, want 1", total)
	}
	r := rels[0]
	if r.Source != france || r.Target != germany || r.ID != domain.RelationID(domain.CooperatesWith, germany, france) {
		t.Errorf("got %s %s->%s, want the pair in ID order", r.ID, r.Source, r.Target)
	}
}

func testEvidenceMerge(t *testing.T, ctx context.Context, s Store) {
	mustApply(t, ctx, s, fixtureB(), fixtureA())
	rels, _, err := s.Relations(ctx, domain.RelationQuery{Types: []domain.RelationType{domain.Supports}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rels) != 1 {
		t.Fatalf("got %d SUPPORTS relations, want 1", len(rels))
	}
	r := rels[0]
	if r.Source != germany || r.Target != igf || r.Confidence != 0.9 || r.Rule != "cue-active" {
		t.Errorf("got %s->%s confidence %v rule %q, want Germany->IGF 0.9 cue-active", r.Source, r.Target, r.Confidence, r.Rule)
	}
	want := []domain.Evidence{
		{Document: docA, Text: "Germany supports the Internet Governance Forum (IGF) since 2006.", Start: 0, End: 64, Year: 2006, Rule: "cue-active"},
		{Document: docB, Text: "Germany stands behind the Internet Governance Forum too.", Start: 52, End: 108, Rule: "cue-active"},
	}
	if !reflect.DeepEqual(r.Evidence, want) {
		t.Errorf("evidence:\n got %+v\nwant %+v", r.Evidence, want)
	}
}

func snapshot(t *testing.T, ctx context.Context, s Store) domain.Subgraph {
	t.Helper()
	g, err := s.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(g.Nodes, func(a, b domain.Node) int { return cmpString(a.ID, b.ID) })
	slices.SortFunc(g.Relations, func(a, b domain.Relation) int { return cmpString(a.ID, b.ID) })
	return g
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func testIdempotent(t *testing.T, ctx context.Context, s Store) {
	mustApply(t, ctx, s, fixtureA(), fixtureB())
	first := snapshot(t, ctx, s)
	c1, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	mustApply(t, ctx, s, fixtureA(), fixtureB())
	mustApply(t, ctx, s, fixtureB())
	second := snapshot(t, ctx, s)
	c2, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c1.Nodes != c2.Nodes || c1.Relations != c2.Relations || c1.Documents != c2.Documents {
		t.Errorf("counts changed on reload: %+v then %+v", c1, c2)
	}
	if !reflect.DeepEqual(first, second) {
		t.Errorf("graph changed on reload:\n%+v\n%+v", first, second)
	}
}

func testReplace(t *testing.T, ctx context.Context, s Store) {
	mustApply(t, ctx, s, fixtureA(), fixtureB())
	mustApply(t, ctx, s, fixtureAChanged())
	if _, err := s.Node(ctx, budapest); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("Budapest Convention: got %v, want it gone with the sentence that named it", err)
	}
	rels, _, err := s.Relations(ctx, domain.RelationQuery{Types: []domain.RelationType{domain.CooperatesWith, domain.PartyTo}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rels) != 0 {
		t.Errorf("stale relations survive: %v", relIDs(rels))
	}
	fr := mustNode(t, ctx, s, france)
	if !reflect.DeepEqual(fr.Documents, []string{docB}) {
		t.Errorf("France documents %v, want only b.txt", fr.Documents)
	}
	de := mustNode(t, ctx, s, germany)
	if de.Degree != 1 {
		t.Errorf("Germany degree %d, want 1", de.Degree)
	}
	doc, _, err := s.Document(ctx, docA)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != fixtureAChanged().Document.Text || doc.Hash != fixtureAChanged().Document.Hash {
		t.Errorf("document a.txt keeps its old text")
	}
}

func testRemove(t *testing.T, ctx context.Context, s Store) {
	mustApply(t, ctx, s, fixtureA(), fixtureB())
	// Listed before the removal, so that a store keeping its listing must
	// drop it.
	if docs, err := s.Documents(ctx); err != nil || len(docs) != 2 {
		t.Fatalf("documents before the removal: %+v %v", docs, err)
	}
	if err := s.RemoveDocument(ctx, docB); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{eu, gdpr, itu, ivoryCoast, dataProt} {
		if _, err := s.Node(ctx, id); !errors.Is(err, domain.ErrNotFound) {
			t.Errorf("%s: got %v, want it removed with b.txt", id, err)
		}
	}
	docs, err := s.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].ID != docA {
		t.Errorf("documents %+v, want only a.txt", docs)
	}
	de := mustNode(t, ctx, s, germany)
	if len(de.Aliases) != 0 || de.Degree != 3 {
		t.Errorf("Germany aliases %v degree %d; want the alias from b.txt gone and degree 3", de.Aliases, de.Degree)
	}
	rels, _, err := s.Relations(ctx, domain.RelationQuery{NodeIDs: []string{igf}})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rels {
		for _, ev := range r.Evidence {
			if ev.Document == docB {
				t.Errorf("relation %s keeps evidence from the removed document", r.ID)
			}
		}
	}
}

func testInvalid(t *testing.T, ctx context.Context, s Store) {
	mustApply(t, ctx, s, fixtureA())
	before := snapshot(t, ctx, s)
	bad := fixtureB()
	bad.Relations = append(bad.Relations, domain.NewRelation(domain.Supports, france, "forum:nowhere", 0.5))
	if err := s.Apply(ctx, []domain.Extraction{fixtureB(), bad}); err == nil {
		t.Fatal("apply accepted a relation to an unknown entity")
	}
	if after := snapshot(t, ctx, s); !reflect.DeepEqual(before, after) {
		t.Errorf("a refused batch changed the graph")
	}
}

func testListFilters(t *testing.T, ctx context.Context, s Store) {
	mustApply(t, ctx, s, fixtureA(), fixtureB())
	for _, tc := range []struct {
		name string
		q    domain.NodeQuery
		want []string
	}{
		{"kind", domain.NodeQuery{Kinds: []domain.Kind{domain.Treaty}}, []string{budapest, gdpr}},
		{"several kinds", domain.NodeQuery{Kinds: []domain.Kind{domain.Forum, domain.Issue}}, []string{cyber, dataProt, igf, itu}},
		{"subtype", domain.NodeQuery{Subtypes: []string{"REGIONAL_BLOC", "LAW"}}, []string{eu, gdpr}},
		{"document", domain.NodeQuery{Document: docA, Kinds: []domain.Kind{domain.Actor}}, []string{france, germany}},
		{"name folds case and accents", domain.NodeQuery{NameContains: "COTE"}, []string{ivoryCoast}},
		{"name matches aliases", domain.NodeQuery{NameContains: "gdp"}, []string{gdpr}},
		{"minimum degree", domain.NodeQuery{MinDegree: 3}, []string{france, germany, igf}},
	} {
		t.Run("by "+tc.name, func(t *testing.T) {
			got, total, err := s.ListNodes(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if g := sorted(ids(got)...); !reflect.DeepEqual(g, sorted(tc.want...)) || total != len(tc.want) {
				t.Errorf("got %v (total %d), want %v", g, total, sorted(tc.want...))
			}
		})
	}
}

func testListOrder(t *testing.T, ctx context.Context, s Store) {
	mustApply(t, ctx, s, fixtureA(), fixtureB())
	byName, total, err := s.ListNodes(ctx, domain.NodeQuery{Kinds: []domain.Kind{domain.Actor}, Order: domain.OrderByName})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{ivoryCoast, eu, france, germany}; !reflect.DeepEqual(ids(byName), want) || total != 4 {
		t.Errorf("by name: got %v total %d, want %v", ids(byName), total, want)
	}
	page, total, err := s.ListNodes(ctx, domain.NodeQuery{Order: domain.OrderByDegree, Offset: 1, Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	// France, Germany and the IGF have degree 3 each; ties break by ID.
	if want := []string{germany, igf}; !reflect.DeepEqual(ids(page), want) || total != 10 {
		t.Errorf("by degree, second page of two: got %v total %d, want %v total 10", ids(page), total, want)
	}
	untotalled, _, err := s.ListNodes(ctx, domain.NodeQuery{Order: domain.OrderByDegree, Offset: 1, Limit: 2, NoTotal: true})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ids(untotalled), ids(page)) {
		t.Errorf("the same page without its total: got %v, want %v", ids(untotalled), ids(page))
	}
	rels, total, err := s.Relations(ctx, domain.RelationQuery{Offset: 2, Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	relsUntotalled, _, err := s.Relations(ctx, domain.RelationQuery{Offset: 2, Limit: 3, NoTotal: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rels) != 3 || total != 9 || !reflect.DeepEqual(relIDs(relsUntotalled), relIDs(rels)) {
		t.Errorf("relations, third to fifth: got %v total %d, and %v without the total; want 3 of 9, the same both ways",
			relIDs(rels), total, relIDs(relsUntotalled))
	}
}

func testRelationFilters(t *testing.T, ctx context.Context, s Store) {
	mustApply(t, ctx, s, fixtureA(), fixtureB())
	for _, tc := range []struct {
		name string
		q    domain.RelationQuery
		want int
	}{
		{"all", domain.RelationQuery{}, 9},
		{"type", domain.RelationQuery{Types: []domain.RelationType{domain.Addresses, domain.MemberOf}}, 4},
		{"node", domain.RelationQuery{NodeIDs: []string{france}}, 3},
		{"document", domain.RelationQuery{Document: docA}, 4},
		{"node and type", domain.RelationQuery{NodeIDs: []string{igf}, Types: []domain.RelationType{domain.Supports}}, 1},
		// France, Germany and the IGF touch six relations; three join two of them.
		{"nodes", domain.RelationQuery{NodeIDs: []string{france, germany, igf}}, 6},
		{"both ends among nodes", domain.RelationQuery{NodeIDs: []string{france, germany, igf}, Among: true}, 3},
		{"both ends among nodes and document", domain.RelationQuery{NodeIDs: []string{france, germany, igf}, Among: true, Document: docA}, 2},
		{"both ends among nodes and type", domain.RelationQuery{NodeIDs: []string{france, germany, igf}, Among: true, Types: []domain.RelationType{domain.CooperatesWith}}, 1},
	} {
		t.Run("by "+tc.name, func(t *testing.T) {
			got, total, err := s.Relations(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tc.want || total != tc.want {
				t.Errorf("got %d (total %d), want %d", len(got), total, tc.want)
			}
		})
	}
	first, total, err := s.Relations(ctx, domain.RelationQuery{Limit: 4})
	if err != nil {
		t.Fatal(err)
	}
	rest, _, err := s.Relations(ctx, domain.RelationQuery{Offset: 4})
	if err != nil {
		t.Fatal(err)
	}
	all := append(relIDs(first), relIDs(rest)...)
	if total != 9 || len(first) != 4 || !slices.IsSorted(all) || len(slices.Compact(slices.Clone(all))) != 9 {
		t.Errorf("paging by ID: %v then %v", relIDs(first), relIDs(rest))
	}
}

func testSearch(t *testing.T, ctx context.Context, s Store) {
	mustApply(t, ctx, s, fixtureA(), fixtureB())
	for _, tc := range []struct {
		name  string
		text  string
		kinds []domain.Kind
		first string
	}{
		{"an acronym in lower case", "igf", nil, igf},
		{"a word prefix", "budap", nil, budapest},
		{"accents folded", "cote d'ivoire", nil, ivoryCoast},
		{"an exact name before a longer one", "germany", nil, germany},
		{"kinds restrict", "data", []domain.Kind{domain.Issue}, dataProt},
	} {
		t.Run("finds "+tc.name, func(t *testing.T) {
			hits, err := s.Search(ctx, tc.text, tc.kinds, 5)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) == 0 || hits[0].Node.ID != tc.first {
				t.Fatalf("search %q: got %v, want %s first", tc.text, hits, tc.first)
			}
			for _, h := range hits {
				if len(tc.kinds) > 0 && !slices.Contains(tc.kinds, h.Node.Kind) {
					t.Errorf("search %q returned a %s", tc.text, h.Node.Kind)
				}
			}
		})
	}
	if hits, err := s.Search(ctx, "zzzz", nil, 5); err != nil || len(hits) != 0 {
		t.Errorf("nonsense search: %v %v", hits, err)
	}
	if hits, err := s.Search(ctx, `"(IGF) AND ~* \`, nil, 5); err != nil {
		t.Errorf("search with query syntax characters: %v %v", hits, err)
	}
}

func testNeighbourhood(t *testing.T, ctx context.Context, s Store) {
	mustApply(t, ctx, s, fixtureA(), fixtureB())
	one, err := s.Neighbourhood(ctx, germany, 1, nil, 100)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := sorted(ids(one.Nodes)...), sorted(germany, igf, france, budapest); !reflect.DeepEqual(got, want) || one.Truncated {
		t.Errorf("depth 1: got %v, want %v", got, want)
	}
	if one.Nodes[0].ID != germany {
		t.Errorf("the centre comes first, got %s", one.Nodes[0].ID)
	}
	// Germany-IGF, Germany-France, Germany-Budapest and France-IGF join the four.
	if len(one.Relations) != 4 {
		t.Errorf("depth 1 relations %v, want 4 among the kept nodes", relIDs(one.Relations))
	}
	two, err := s.Neighbourhood(ctx, germany, 2, nil, 100)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := sorted(ids(two.Nodes)...), sorted(germany, igf, france, budapest, cyber, itu); !reflect.DeepEqual(got, want) {
		t.Errorf("depth 2: got %v, want %v", got, want)
	}
	typed, err := s.Neighbourhood(ctx, germany, 3, []domain.RelationType{domain.Supports, domain.Addresses}, 100)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := sorted(ids(typed.Nodes)...), sorted(germany, igf, cyber); !reflect.DeepEqual(got, want) {
		t.Errorf("typed: got %v, want %v", got, want)
	}
	cut, err := s.Neighbourhood(ctx, germany, 2, nil, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(cut.Nodes) != 3 || !cut.Truncated || cut.Nodes[0].ID != germany {
		t.Errorf("limit 3: got %v truncated %v", ids(cut.Nodes), cut.Truncated)
	}
	for _, n := range cut.Nodes[1:] {
		if n.ID == cyber || n.ID == itu {
			t.Errorf("limit 3 kept %s, two hops away, before nearer nodes", n.ID)
		}
	}
}

func testShortestPath(t *testing.T, ctx context.Context, s Store) {
	mustApply(t, ctx, s, fixtureA(), fixtureB())
	p, err := s.ShortestPath(ctx, ivoryCoast, cyber, nil, 6)
	if err != nil {
		t.Fatal(err)
	}
	// Côte d'Ivoire -member-> ITU <-member- France -participates-> IGF -addresses-> cybersecurity
	if len(p.Nodes) != 5 || len(p.Relations) != 4 || p.Nodes[0].ID != ivoryCoast || p.Nodes[4].ID != cyber {
		t.Fatalf("path %v (%d relations), want five nodes from Côte d'Ivoire to cybersecurity", ids(p.Nodes), len(p.Relations))
	}
	for i, r := range p.Relations {
		a, b := p.Nodes[i].ID, p.Nodes[i+1].ID
		if !(r.Source == a && r.Target == b || r.Source == b && r.Target == a) {
			t.Errorf("step %d: relation %s->%s does not join %s and %s", i, r.Source, r.Target, a, b)
		}
		if len(r.Evidence) == 0 {
			t.Errorf("step %d carries no evidence", i)
		}
	}
	if _, err := s.ShortestPath(ctx, ivoryCoast, cyber, nil, 3); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("max length 3: got %v, want ErrNotFound", err)
	}
	if _, err := s.ShortestPath(ctx, ivoryCoast, cyber, []domain.RelationType{domain.MemberOf}, 6); !errors.Is(err, domain.ErrNotFound) {
		t.Errorf("members only: got %v, want ErrNotFound", err)
	}
	self, err := s.ShortestPath(ctx, germany, germany, nil, 6)
	if err != nil || len(self.Nodes) != 1 || len(self.Relations) != 0 {
		t.Errorf("path to itself: %v %v", ids(self.Nodes), err)
	}
}

func testDocuments(t *testing.T, ctx context.Context, s Store) {
	a := fixtureA()
	// Listed between the two versions of a.txt, so that a store keeping
	// its listing must renew it when a document changes.
	mustApply(t, ctx, s, fixtureAChanged(), fixtureB())
	if docs, err := s.Documents(ctx); err != nil || len(docs) != 2 {
		t.Fatalf("documents of the first version: %+v %v", docs, err)
	}
	mustApply(t, ctx, s, a)
	doc, mentions, err := s.Document(ctx, docA)
	if err != nil {
		t.Fatal(err)
	}
	if doc != a.Document {
		t.Errorf("document: got %+v, want %+v", doc, a.Document)
	}
	want := slices.Clone(a.Mentions)
	slices.SortFunc(want, func(x, y domain.Mention) int { return x.Start - y.Start })
	if !reflect.DeepEqual(mentions, want) {
		t.Errorf("mentions in text order:\n got %+v\nwant %+v", mentions, want)
	}
	docs, err := s.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantInfo := []domain.DocumentInfo{
		{ID: docA, Name: "a.txt", Hash: a.Document.Hash, Size: len([]rune(a.Document.Text))},
		{ID: docB, Name: "b.txt", Hash: fixtureB().Document.Hash, Size: len([]rune(fixtureB().Document.Text))},
	}
	if !reflect.DeepEqual(docs, wantInfo) {
		t.Errorf("documents:\n got %+v\nwant %+v", docs, wantInfo)
	}
}

func testCounts(t *testing.T, ctx context.Context, s Store) {
	mustApply(t, ctx, s, fixtureA(), fixtureB())
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := domain.Counts{
		Nodes: 10, Relations: 9, Documents: 2,
		ByKind: map[domain.Kind]int{domain.Actor: 4, domain.Forum: 2, domain.Treaty: 2, domain.Issue: 2},
		ByRelationType: map[domain.RelationType]int{
			domain.Supports: 1, domain.Addresses: 2, domain.CooperatesWith: 1, domain.PartyTo: 1,
			domain.ParticipatesIn: 1, domain.Authored: 1, domain.MemberOf: 2,
		},
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("counts:\n got %+v\nwant %+v", c, want)
	}
	g := snapshot(t, ctx, s)
	if len(g.Nodes) != c.Nodes || len(g.Relations) != c.Relations {
		t.Errorf("graph has %d nodes and %d relations, counts say %d and %d", len(g.Nodes), len(g.Relations), c.Nodes, c.Relations)
	}
}

// ApplyFixture loads the suite's two fixture documents, for store-specific
// tests such as persistence across a reopen.
func ApplyFixture(t *testing.T, ctx context.Context, s Store) {
	t.Helper()
	mustApply(t, ctx, s, fixtureA(), fixtureB())
}

// AssertSameGraph fails the test when two whole graphs differ.
func AssertSameGraph(t *testing.T, want, got domain.Subgraph) {
	t.Helper()
	if len(want.Nodes) == 0 {
		t.Fatal("the graph to compare against is empty")
	}
	if !reflect.DeepEqual(want, got) {
		t.Errorf("graphs differ:\nwant %+v\n got %+v", want, got)
	}
}

func testIsolatedEntity(t *testing.T, ctx context.Context, s Store) {
	b := newDoc("c.txt", "Estonia is mentioned here and nothing more.")
	lone := b.entity(domain.Actor, "STATE", "Estonia", "EE")
	mustApply(t, ctx, s, fixtureA(), b.build())
	n := mustNode(t, ctx, s, lone)
	if n.Degree != 0 || n.Mentions != 1 {
		t.Errorf("Estonia: degree %d mentions %d, want 0 and 1", n.Degree, n.Mentions)
	}
	nodes, _, err := s.ListNodes(ctx, domain.NodeQuery{Order: domain.OrderByDegree})
	if err != nil {
		t.Fatal(err)
	}
	if len(nodes) == 0 || nodes[len(nodes)-1].ID != lone {
		t.Errorf("by degree, the last node is %v, want Estonia", ids(nodes))
	}
}

func testVersion(t *testing.T, ctx context.Context, s Store) {
	version := func() uint64 {
		t.Helper()
		v, err := s.Version(ctx)
		if err != nil {
			t.Fatalf("version: %v", err)
		}
		return v
	}
	seen := map[uint64]string{version(): "empty"}
	moved := func(after string) {
		t.Helper()
		v := version()
		if prev, ok := seen[v]; ok {
			t.Errorf("version after %s is %d, as after %s", after, v, prev)
		}
		seen[v] = after
	}
	mustApply(t, ctx, s, fixtureA())
	moved("applying a.txt")
	mustApply(t, ctx, s, fixtureB())
	moved("applying b.txt")
	before := version()
	if _, _, err := s.Relations(ctx, domain.RelationQuery{}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Documents(ctx); err != nil {
		t.Fatal(err)
	}
	if v := version(); v != before {
		t.Errorf("reads moved the version from %d to %d", before, v)
	}
	if err := s.RemoveDocument(ctx, docB); err != nil {
		t.Fatal(err)
	}
	moved("removing b.txt")
	before = version()
	if err := s.RemoveDocument(ctx, docB); !errors.Is(err, domain.ErrNotFound) {
		t.Fatalf("removing b.txt again: got %v, want not found", err)
	}
	if v := version(); v != before {
		t.Errorf("a removal that found nothing moved the version from %d to %d", before, v)
	}
	if err := s.Apply(ctx, []domain.Extraction{{}}); err == nil {
		t.Fatal("an empty extraction was applied")
	}
	if v := version(); v != before {
		t.Errorf("a refused extraction moved the version from %d to %d", before, v)
	}
}
