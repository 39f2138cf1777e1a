package storetest

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/stance"
)

// IDs of the stance fixture: four states, a company, two forums, a treaty
// and an issue, with names of no real place.
var (
	arland   = domain.NodeID(domain.Actor, "Arland")
	borduria = domain.NodeID(domain.Actor, "Borduria")
	carpania = domain.NodeID(domain.Actor, "Carpania")
	dorvia   = domain.NodeID(domain.Actor, "Dorvia")
	estel    = domain.NodeID(domain.Actor, "Estel Networks")
	accord   = domain.NodeID(domain.Treaty, "Oslin Accord")
	encrypt  = domain.NodeID(domain.Issue, "Encryption")
	delta    = domain.NodeID(domain.Forum, "Delta Forum")
	group5   = domain.NodeID(domain.Forum, "Group of Five")
)

// stanceFixture: Arland and Borduria agree on everything they share,
// Carpania opposes the accord they support, Dorvia agrees on the accord and
// disagrees on encryption; Estel Networks belongs to the Group of Five but
// not to the Delta Forum. The second document states Arland's support again.
func stanceFixture() []domain.Extraction {
	b := newDoc("stance-one.txt", "Arland supports the Oslin Accord. Borduria supports the Oslin Accord. "+
		"Carpania opposes the Oslin Accord. Dorvia ratified the Oslin Accord. "+
		"Arland is a member of the Delta Forum. Borduria joined the Delta Forum. "+
		"Arland supports Encryption. Dorvia opposes Encryption. "+
		"Arland belongs to the Group of Five. Borduria belongs to the Group of Five too. "+
		"Estel Networks is a member of the Group of Five. Dorvia calls it the OA.")
	a := b.entity(domain.Actor, "STATE", "Arland", "")
	bo := b.entity(domain.Actor, "STATE", "Borduria", "")
	c := b.entity(domain.Actor, "STATE", "Carpania", "")
	d := b.entity(domain.Actor, "STATE", "Dorvia", "")
	e := b.entity(domain.Actor, "COMPANY", "Estel Networks", "")
	o := b.entity(domain.Treaty, "AGREEMENT", "Oslin Accord", "", "OA")
	en := b.entity(domain.Issue, "", "Encryption", "")
	f := b.entity(domain.Forum, "DIALOGUE", "Delta Forum", "")
	g := b.entity(domain.Forum, "CLUB", "Group of Five", "")
	b.relate(domain.Supports, a, o, 0.9, "cue-active", "Arland supports the Oslin", 0)
	b.relate(domain.Supports, bo, o, 0.9, "cue-active", "Borduria supports the Oslin", 0)
	b.relate(domain.Opposes, c, o, 0.9, "cue-active", "Carpania opposes", 0)
	b.relate(domain.PartyTo, d, o, 0.9, "cue-active", "Dorvia ratified", 0)
	b.relate(domain.MemberOf, a, f, 0.9, "cue-active", "Arland is a member", 0)
	b.relate(domain.MemberOf, bo, f, 0.9, "cue-active", "Borduria joined", 0)
	b.relate(domain.Supports, a, en, 0.8, "cue-active", "Arland supports Encryption", 0)
	b.relate(domain.Opposes, d, en, 0.8, "cue-active", "Dorvia opposes", 0)
	b.relate(domain.MemberOf, a, g, 0.9, "cue-active", "Arland belongs", 0)
	b.relate(domain.MemberOf, bo, g, 0.9, "cue-active", "Borduria belongs", 0)
	b.relate(domain.MemberOf, e, g, 0.9, "cue-active", "Estel Networks is a member", 0)
	two := newDoc("stance-two.txt", "Arland supports the Oslin Accord again.")
	a2 := two.entity(domain.Actor, "STATE", "Arland", "")
	o2 := two.entity(domain.Treaty, "AGREEMENT", "Oslin Accord", "")
	two.relate(domain.Supports, a2, o2, 0.7, "cue-active", "supports the Oslin Accord again", 0)
	return []domain.Extraction{b.build(), two.build()}
}

// cellView is a cell as the tests compare it: actor, target, types, evidence.
type cellView struct {
	Actor, Target string
	Types         []domain.RelationType
	Evidence      int
}

func cellViews(m stance.Matrix) []cellView {
	out := []cellView{}
	for _, c := range m.Cells {
		v := cellView{Actor: c.Actor, Target: c.Target, Evidence: c.EvidenceCount()}
		for _, r := range c.Relations {
			v.Types = append(v.Types, r.Type)
		}
		out = append(out, v)
	}
	return out
}

func testStances(t *testing.T, ctx context.Context, s Store) {
	mustApply(t, ctx, s, stanceFixture()...)
	types := func(ts ...domain.RelationType) []domain.RelationType { return ts }
	for _, tc := range []struct {
		name                string
		q                   stance.Query
		wantActors, targets []string
		cells               []cellView
	}{
		{
			name:       "with no arguments the most connected actors meet the targets they take most stances on",
			q:          stance.Query{MaxActors: 2, MaxTargets: 2},
			wantActors: []string{arland, borduria},
			targets:    []string{accord, delta},
			cells: []cellView{
				{arland, accord, types(domain.Supports), 2}, {arland, delta, types(domain.MemberOf), 1},
				{borduria, accord, types(domain.Supports), 1}, {borduria, delta, types(domain.MemberOf), 1},
			},
		},
		{
			name:       "named actors and targets keep their order and empty cells are left out",
			q:          stance.Query{Actors: []string{dorvia, carpania}, Targets: []string{encrypt, accord}},
			wantActors: []string{dorvia, carpania},
			targets:    []string{encrypt, accord},
			cells: []cellView{
				{dorvia, encrypt, types(domain.Opposes), 1}, {dorvia, accord, types(domain.PartyTo), 1},
				{carpania, accord, types(domain.Opposes), 1},
			},
		},
		{
			name:       "kinds and types narrow the targets and the stances",
			q:          stance.Query{Actors: []string{arland, dorvia}, Kinds: []domain.Kind{domain.Issue}, Types: types(domain.Opposes)},
			wantActors: []string{arland, dorvia},
			targets:    []string{encrypt},
			cells:      []cellView{{dorvia, encrypt, types(domain.Opposes), 1}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := stance.Stances(ctx, s, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(m.Actors); !reflect.DeepEqual(got, tc.wantActors) {
				t.Errorf("actors %v, want %v", got, tc.wantActors)
			}
			if got := ids(m.Targets); !reflect.DeepEqual(got, tc.targets) {
				t.Errorf("targets %v, want %v", got, tc.targets)
			}
			if got := cellViews(m); !reflect.DeepEqual(got, tc.cells) {
				t.Errorf("cells\n got %v\nwant %v", got, tc.cells)
			}
		})
	}
	t.Run("a cell's evidence is the sentences that state it", func(t *testing.T) {
		m, err := stance.Stances(ctx, s, stance.Query{Actors: []string{carpania}, Targets: []string{accord}})
		if err != nil || len(m.Cells) != 1 {
			t.Fatalf("cells %+v, %v", m.Cells, err)
		}
		if ev := m.Cells[0].Relations[0].Evidence; len(ev) != 1 || ev[0].Text != "Carpania opposes the Oslin Accord." {
			t.Errorf("evidence %+v", ev)
		}
	})
	for _, tc := range []struct {
		name string
		q    stance.Query
		want error
	}{
		{"an unknown actor is not found", stance.Query{Actors: []string{"actor:nowhere"}}, domain.ErrNotFound},
		{"a forum is refused as an actor", stance.Query{Actors: []string{delta}}, stance.ErrBadInput},
		{"a target of another kind is refused", stance.Query{Targets: []string{arland}}, stance.ErrBadInput},
		{"a relation type that is no stance is refused", stance.Query{Types: []domain.RelationType{domain.Authored}}, stance.ErrBadInput},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := stance.Stances(ctx, s, tc.q); !errors.Is(err, tc.want) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
		})
	}
}

// alignmentView is an alignment as the tests compare it.
type alignmentView struct {
	Score   float64
	Targets map[string]stance.Agreement
}

func testAlignment(t *testing.T, ctx context.Context, s Store) {
	mustApply(t, ctx, s, stanceFixture()...)
	for _, tc := range []struct {
		name string
		a, b string
		want alignmentView
	}{
		{"actors that agree on every shared target score +1", arland, borduria, alignmentView{1, map[string]stance.Agreement{
			accord: stance.Agree, delta: stance.Agree, group5: stance.Agree, encrypt: stance.OneSided}}},
		{"actors that disagree on every shared target score -1", arland, carpania, alignmentView{-1, map[string]stance.Agreement{
			accord: stance.Disagree, delta: stance.OneSided, group5: stance.OneSided, encrypt: stance.OneSided}}},
		{"one agreement and one disagreement score 0", dorvia, arland, alignmentView{0, map[string]stance.Agreement{
			accord: stance.Agree, encrypt: stance.Disagree, delta: stance.OneSided, group5: stance.OneSided}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			al, err := stance.AlignmentOf(ctx, s, tc.a, tc.b)
			if err != nil {
				t.Fatal(err)
			}
			got := alignmentView{al.Score, map[string]stance.Agreement{}}
			for _, sh := range al.Targets {
				got.Targets[sh.Target] = sh.Agreement
				if len(sh.A)+len(sh.B) == 0 {
					t.Errorf("target %s has no stance of either actor", sh.Target)
				}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
	t.Run("an unknown actor is not found", func(t *testing.T) {
		if _, err := stance.AlignmentOf(ctx, s, arland, "actor:nowhere"); !errors.Is(err, domain.ErrNotFound) {
			t.Errorf("error %v", err)
		}
	})
	t.Run("the closest actors come first and the furthest first when asked", func(t *testing.T) {
		for _, tc := range []struct {
			furthest bool
			want     []string
		}{
			{false, []string{borduria, estel, dorvia, carpania}},
			// Ties keep more common targets first either way.
			{true, []string{carpania, dorvia, borduria, estel}},
		} {
			got, err := stance.AlignedWith(ctx, s, arland, 10, tc.furthest)
			if err != nil {
				t.Fatal(err)
			}
			var others []string
			for _, al := range got {
				others = append(others, al.B)
			}
			if !reflect.DeepEqual(others, tc.want) {
				t.Errorf("furthest=%v: %v, want %v", tc.furthest, others, tc.want)
			}
		}
	})
	t.Run("blocs group the actors that agree and leave out those that agree with no one", func(t *testing.T) {
		blocs, err := stance.Blocs(ctx, s, 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(blocs) == 0 {
			t.Fatal("no bloc")
		}
		first := blocs[0]
		if first.ID != "bloc:"+borduria || ids(first.Members)[0] != borduria || ids(first.Members)[1] != arland {
			t.Errorf("first bloc %s led by %v", first.ID, ids(first.Members))
		}
		for _, b := range blocs {
			for _, m := range b.Members {
				if m.ID == carpania {
					t.Errorf("Carpania, who agrees with no one, is in bloc %s", b.ID)
				}
			}
		}
	})
}

func testAbsence(t *testing.T, ctx context.Context, s Store) {
	mustApply(t, ctx, s, stanceFixture()...)
	for _, tc := range []struct {
		name          string
		target, among string
		want          []string
		evidence      int // membership sentences of the first absent actor
	}{
		{"a member of the group without a seat at the forum is absent", delta, group5, []string{estel}, 1},
		{"without a group every state is asked", delta, "", []string{carpania, dorvia}, 0},
		{"supporters and opponents are absent from a treaty they are not party to", accord, "", []string{arland, borduria, carpania}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := stance.AbsentFrom(ctx, s, tc.target, tc.among)
			if err != nil {
				t.Fatal(err)
			}
			var actors []string
			for _, a := range got {
				actors = append(actors, a.Actor.ID)
			}
			if actors == nil {
				actors = []string{}
			}
			if !reflect.DeepEqual(actors, tc.want) {
				t.Fatalf("absent %v, want %v", actors, tc.want)
			}
			if len(got) > 0 && len(got[0].Membership) != tc.evidence {
				t.Errorf("membership %+v, want %d relations", got[0].Membership, tc.evidence)
			}
		})
	}
	t.Run("a bloc's members can be the group", func(t *testing.T) {
		got, err := stance.AbsentFrom(ctx, s, delta, "bloc:"+borduria)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range got {
			if a.Actor.ID == arland || a.Actor.ID == borduria {
				t.Errorf("%s sits in the Delta Forum but is listed absent", a.Actor.ID)
			}
		}
		if len(got) == 0 {
			t.Error("no bloc member is absent, yet Estel Networks and Dorvia have no seat")
		}
	})
	for _, tc := range []struct{ name, target, among string }{
		{"an unknown target is not found", "forum:nowhere", ""},
		{"an unknown group is not found", delta, "forum:nowhere"},
		{"an unknown bloc is not found", delta, "bloc:actor:nowhere"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := stance.AbsentFrom(ctx, s, tc.target, tc.among); !errors.Is(err, domain.ErrNotFound) {
				t.Errorf("error %v", err)
			}
		})
	}
}

// ApplyStanceFixture loads the suite's stance documents (fictional states,
// a treaty, an issue and two forums) into s, for tests of what is built on
// stances.
func ApplyStanceFixture(t *testing.T, ctx context.Context, s Store) {
	t.Helper()
	mustApply(t, ctx, s, stanceFixture()...)
}

// StanceFixture returns the stance documents' extractions, for tests that
// extract them again.
func StanceFixture() []domain.Extraction { return stanceFixture() }
