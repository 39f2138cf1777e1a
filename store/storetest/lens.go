package storetest

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/lens"
)

// ApplyChangedFixture reloads a.txt edited (its cooperation and Budapest
// Convention sentences gone), for tests of what a lens says afterwards.
func ApplyChangedFixture(t *testing.T, ctx context.Context, s Store) {
	t.Helper()
	mustApply(t, ctx, s, fixtureAChanged())
}

// testLens saves a view, reopens it, and reopens it again after a reload
// that changed its graph: the lens must say so and name what changed.
func testLens(t *testing.T, ctx context.Context, s Store) {
	mustApply(t, ctx, s, fixtureA(), fixtureB())
	saved := time.Date(2026, 3, 4, 5, 6, 7, 8, time.UTC)
	view := domain.LensView{Focus: germany, Depth: 1}
	l, err := lens.Save(ctx, s, domain.Lens{Title: "Germany's ties", View: view}, saved)
	if err != nil {
		t.Fatalf("save: %v", err)
	}
	wantRels := []string{
		domain.RelationID(domain.Supports, germany, igf),
		domain.RelationID(domain.CooperatesWith, france, germany),
		domain.RelationID(domain.PartyTo, germany, budapest),
		domain.RelationID(domain.ParticipatesIn, france, igf),
	}

	t.Run("a saved lens keeps its view, the graph's hash and the relations it showed", func(t *testing.T) {
		if !domain.ValidLensID(l.ID) {
			t.Errorf("ID %q is not a lens ID", l.ID)
		}
		hash, err := lens.GraphHash(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		if l.GraphHash != hash || l.View.Mode != domain.LensGraph || !l.Created.Equal(saved.Truncate(time.Second)) {
			t.Errorf("saved lens = %+v, want graph %s, mode GRAPH, created %s", l, hash, saved.Truncate(time.Second))
		}
		if got := lensRelIDs(l.Relations); !slices.Equal(got, sorted(wantRels...)) {
			t.Errorf("relations = %v, want %v", got, wantRels)
		}
	})

	t.Run("saving the same view again returns the lens saved first, and saving leaves the version alone", func(t *testing.T) {
		v0, err := s.Version(ctx)
		if err != nil {
			t.Fatal(err)
		}
		again, err := lens.Save(ctx, s, domain.Lens{Title: "Germany's ties", View: view}, saved.Add(time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		if again.ID != l.ID || !again.Created.Equal(l.Created) {
			t.Errorf("second save = %s at %s, want %s at %s", again.ID, again.Created, l.ID, l.Created)
		}
		other, err := lens.Save(ctx, s, domain.Lens{Title: "Another title", View: view}, saved)
		if err != nil {
			t.Fatal(err)
		}
		if other.ID == l.ID {
			t.Errorf("a lens with another title got the same ID %s", l.ID)
		}
		if v1, _ := s.Version(ctx); v1 != v0 {
			t.Errorf("version moved from %d to %d on saving lenses", v0, v1)
		}
	})

	t.Run("a lens reopened on the same graph reads back whole, is not stale and cites its sentences", func(t *testing.T) {
		got, err := s.Lens(ctx, l.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !got.Created.Equal(l.Created) {
			t.Errorf("created = %s, want %s", got.Created, l.Created)
		}
		got.Created = l.Created
		if !reflect.DeepEqual(got, l) {
			t.Errorf("read back %+v, want %+v", got, l)
		}
		o, err := lens.Open(ctx, s, l.ID)
		if err != nil {
			t.Fatal(err)
		}
		if o.Stale() || len(o.Added) > 0 || len(o.Removed) > 0 {
			t.Errorf("reopened lens is stale %t with %d added, %d removed", o.Stale(), len(o.Added), len(o.Removed))
		}
		docs, err := s.Documents(ctx)
		if err != nil {
			t.Fatal(err)
		}
		cites := lens.Citations(o, docs)
		var found bool
		for _, c := range cites {
			if c.Evidence.Text == "Germany supports the Internet Governance Forum (IGF) since 2006." {
				found = c.DocumentName == "a.txt" && c.SourceName == "Germany" && c.TargetName == "Internet Governance Forum" &&
					strings.Contains(c.Text, l.ID) && strings.Contains(c.Text, ", 2006, ") && strings.HasPrefix(c.BibTeX, "@misc{a-txt:0,")
			}
		}
		// Five sentences state the four relations: a.txt's three, b.txt's two.
		if len(cites) != 5 || !found {
			t.Errorf("citations = %d (want 5), with a.txt's SUPPORTS sentence well formed %t: %+v", len(cites), found, cites)
		}
	})

	t.Run("after a reload that changed its graph the lens is stale and names the relations it lost", func(t *testing.T) {
		// Without the cooperation, France is no longer Germany's neighbour,
		// and France's relation to the IGF leaves the view with it.
		mustApply(t, ctx, s, fixtureAChanged())
		o, err := lens.Open(ctx, s, l.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !o.Stale() || o.CurrentHash == l.GraphHash {
			t.Errorf("stale = %t, hash %s then and %s now", o.Stale(), l.GraphHash, o.CurrentHash)
		}
		wantRemoved := []string{
			domain.RelationID(domain.CooperatesWith, france, germany),
			domain.RelationID(domain.PartyTo, germany, budapest),
			domain.RelationID(domain.ParticipatesIn, france, igf),
		}
		if got := lensRelIDs(o.Removed); len(o.Added) > 0 || !slices.Equal(got, sorted(wantRemoved...)) {
			t.Errorf("added %d, removed %v; want none added, removed %v", len(o.Added), got, wantRemoved)
		}
	})

	t.Run("a lens outlives the removal of its documents and gains what a reload adds", func(t *testing.T) {
		if err := s.RemoveDocument(ctx, docB); err != nil {
			t.Fatal(err)
		}
		mustApply(t, ctx, s, fixtureA())
		o, err := lens.Open(ctx, s, l.ID)
		if err != nil {
			t.Fatal(err)
		}
		wantRemoved := []string{domain.RelationID(domain.ParticipatesIn, france, igf)}
		if got := lensRelIDs(o.Removed); !o.Stale() || len(o.Added) > 0 || !slices.Equal(got, sorted(wantRemoved...)) {
			t.Errorf("stale %t, added %d, removed %v; want stale, none added, removed %v", o.Stale(), len(o.Added), got, wantRemoved)
		}
		mustApply(t, ctx, s, fixtureB())
		o, err = lens.Open(ctx, s, l.ID)
		if err != nil {
			t.Fatal(err)
		}
		if o.Stale() || len(o.Added) > 0 || len(o.Removed) > 0 {
			t.Errorf("with the documents as they were, stale %t, added %d, removed %d; want the lens current", o.Stale(), len(o.Added), len(o.Removed))
		}
	})

	t.Run("a filtered overview shows only what its filters let through", func(t *testing.T) {
		fl, err := lens.Save(ctx, s, domain.Lens{View: domain.LensView{
			Kinds: []domain.Kind{domain.Forum, domain.Actor}, Types: []domain.RelationType{domain.MemberOf, domain.Supports},
			Window: domain.TimeWindow{From: domain.Date{Year: 2005}},
		}}, saved)
		if err != nil {
			t.Fatal(err)
		}
		want := []string{
			domain.RelationID(domain.Supports, germany, igf),
			domain.RelationID(domain.MemberOf, ivoryCoast, itu),
			domain.RelationID(domain.MemberOf, france, itu),
		}
		if got := lensRelIDs(fl.Relations); !slices.Equal(got, sorted(want...)) || !reflect.DeepEqual(fl.View.Kinds, []domain.Kind{domain.Actor, domain.Forum}) {
			t.Errorf("relations %v, kinds %v; want %v and kinds sorted", got, fl.View.Kinds, want)
		}
	})

	t.Run("an unknown lens is not found and a malformed ID or view is refused", func(t *testing.T) {
		if _, err := lens.Open(ctx, s, "aaaaaaaaaa"); !errors.Is(err, domain.ErrNotFound) {
			t.Errorf("unknown lens: %v, want not found", err)
		}
		if _, err := lens.Open(ctx, s, "NOT-A-LENS"); !errors.Is(err, lens.ErrInvalid) {
			t.Errorf("malformed ID: %v, want invalid", err)
		}
		for _, v := range []domain.LensView{
			{Focus: "actor:atlantis"},
			{Focus: germany, Depth: 4},
			{Subtypes: []string{"SPACESHIP"}},
			{Window: domain.TimeWindow{From: domain.Date{Year: 2020}, To: domain.Date{Year: 2010}}},
		} {
			if _, err := lens.Save(ctx, s, domain.Lens{View: v}, saved); !errors.Is(err, lens.ErrInvalid) {
				t.Errorf("view %+v: %v, want invalid", v, err)
			}
		}
	})
}

// lensRelIDs are the IDs of a lens's relations, sorted.
func lensRelIDs(rs []domain.LensRelation) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.ID
	}
	return sorted(out...)
}
