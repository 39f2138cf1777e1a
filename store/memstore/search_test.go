package memstore_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/diplograph/diplograph/bench/synth"
	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/store/memstore"
)

func searchIDs(t *testing.T, st *memstore.Store, text string) []string {
	t.Helper()
	hits, err := st.Search(context.Background(), text, nil, 50)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.Node.ID)
	}
	return ids
}

// Searches and counts read what is worked out once per change of the
// graph: right after a load or a removal they see it.
func TestSearchAndCountsSeeTheGraphAsItIsNow(t *testing.T) {
	ctx := context.Background()
	gen := synth.New(synth.Config{Entities: 200, Relations: 200, RelsPerDoc: 5, Seed: 3})
	first := gen.Batch(20)
	st := memstore.New()
	if err := st.Apply(ctx, first[:10]); err != nil {
		t.Fatal(err)
	}
	// An entity that only the later documents name.
	var later domain.Node
	for _, x := range first[10:] {
		for _, e := range x.Entities {
			if _, err := st.Node(ctx, e.ID); errors.Is(err, domain.ErrNotFound) && later.ID == "" {
				later = domain.Node{ID: e.ID, Name: e.Name}
			}
		}
	}
	if later.ID == "" {
		t.Fatal("the generator named no new entity in its later documents")
	}
	for _, step := range []struct {
		name  string
		do    func() error
		found bool
		docs  int
	}{
		{"an entity not loaded yet is not found or counted", func() error { return nil }, false, 10},
		{"an entity is found and counted once the documents naming it are loaded", func() error { return st.Apply(ctx, first[10:]) }, true, 20},
		{"an entity is neither found nor counted once the documents naming it are removed", func() error {
			for _, x := range first[10:] {
				if err := st.RemoveDocument(ctx, x.Document.ID); err != nil {
					return err
				}
			}
			return nil
		}, false, 10},
	} {
		t.Run(step.name, func(t *testing.T) {
			if err := step.do(); err != nil {
				t.Fatal(err)
			}
			if got := slices.Contains(searchIDs(t, st, later.Name), later.ID); got != step.found {
				t.Errorf("search %q finds %s: %v, want %v", later.Name, later.ID, got, step.found)
			}
			c, err := st.Counts(ctx)
			if err != nil {
				t.Fatal(err)
			}
			nodes, _, err := st.ListNodes(ctx, domain.NodeQuery{Kinds: domain.EntityKinds})
			if err != nil {
				t.Fatal(err)
			}
			if c.Documents != step.docs || c.Nodes != len(nodes) {
				t.Errorf("counts %d documents, %d entities; want %d documents and the %d entities listed", c.Documents, c.Nodes, step.docs, len(nodes))
			}
		})
	}
}

// BenchmarkReadsOfALargeGraph times what the explorer's search box sends on
// every keystroke and what `stats` costs, on 20,000 entities: without an
// index a search visited every entity (30 ms at 50,000) and a count every
// node and relation (200 ms); both are now read from what each change of
// the graph leaves.
//
//	go test ./store/memstore -run '^$' -bench ReadsOfALargeGraph
func BenchmarkReadsOfALargeGraph(b *testing.B) {
	ctx := context.Background()
	st := memstore.New()
	gen := synth.New(synth.Config{Entities: 20000, Relations: 40000, RelsPerDoc: 10, Seed: 1})
	for xs := gen.Batch(256); len(xs) > 0; xs = gen.Batch(256) {
		if err := st.Apply(ctx, xs); err != nil {
			b.Fatal(err)
		}
	}
	search := func(text string) func() error {
		return func() error { _, err := st.Search(ctx, text, nil, 8); return err }
	}
	for _, bc := range []struct {
		name string
		read func() error
	}{
		{"search for a prefix many names share", search(gen.Entity(7).Name[:4])},
		{"search for text no name holds", search("zzzz")},
		{"counts", func() error { _, err := st.Counts(ctx); return err }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if err := bc.read(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
