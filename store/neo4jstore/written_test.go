package neo4jstore

import (
	"context"
	"slices"
	"testing"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/store/storetest"
)

// TestWritersTakeTurns has stores write one database in turns, each
// trusting what it remembers of its own writes only while nobody else has
// written: the graph must be the same whether one store does every step
// (remembering the most), two share them as the steps say, or a new store
// does each (reading everything back).
func TestWritersTakeTurns(t *testing.T) {
	xs := storetest.Corpus(300, 10)
	first, second, third := xs[:100], xs[100:200], xs[200:]
	// The first ten documents again, each stating half of what it did.
	var shrunk []domain.Extraction
	for _, x := range first[:10] {
		x.Relations = slices.Clone(x.Relations[:len(x.Relations)/2])
		shrunk = append(shrunk, x)
	}
	// The first document under another name: it states anew what shrunk
	// took away.
	again := first[0]
	again.Document.Name = "again.txt"
	again.Document.ID = domain.DocumentID(again.Document.Name)
	again.Relations = slices.Clone(again.Relations)
	for i, r := range again.Relations {
		r.Evidence = slices.Clone(r.Evidence)
		for j := range r.Evidence {
			r.Evidence[j].Document = again.Document.ID
		}
		again.Relations[i] = r
	}
	type step struct {
		store  int // which store writes
		apply  []domain.Extraction
		remove string // a document to remove
		wipe   bool
	}
	for _, tc := range []struct {
		name  string
		steps []step
	}{
		{"a store opened on a loaded graph goes on as the one that loaded it would", []step{
			{store: 0, apply: first}, {store: 1, apply: second}, {store: 1, apply: third},
		}},
		{"two stores taking turns write what one store would", []step{
			{store: 0, apply: first}, {store: 1, apply: second}, {store: 0, apply: third},
		}},
		{"a store goes on after another replaced and removed documents it wrote", []step{
			{store: 0, apply: first}, {store: 0, apply: second}, {store: 1, apply: shrunk},
			{store: 1, remove: first[20].Document.ID}, {store: 0, apply: third},
		}},
		{"a store goes on after its own reloads and removals", []step{
			{store: 0, apply: first}, {store: 0, apply: shrunk}, {store: 0, remove: first[20].Document.ID},
			{store: 0, apply: []domain.Extraction{again}}, {store: 0, apply: second},
		}},
		{"a store whose database was wiped under it starts over", []step{
			{store: 0, apply: first}, {wipe: true}, {store: 0, apply: second}, {store: 0, apply: third},
		}},
		// The counter stands where the first store left it, but another
		// store wrote other documents since.
		{"a store whose database was wiped and refilled as far by another starts over", []step{
			{store: 0, apply: first}, {wipe: true}, {store: 1, apply: second}, {store: 0, apply: third},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			uri := testURI(t)
			// run does the steps, step i in the store which(i, step).
			run := func(which func(i int, st step) int) domain.Subgraph {
				open := make([]*Store, len(tc.steps))
				for i := range open {
					open[i] = mustOpen(t, testConfig(uri))
					defer open[i].Close(ctx)
				}
				wipe(t, open[0])
				for i, st := range tc.steps {
					s := open[which(i, st)]
					switch {
					case st.wipe:
						wipe(t, s)
					case st.remove != "":
						if err := s.RemoveDocument(ctx, st.remove); err != nil {
							t.Fatal(err)
						}
					default:
						if err := s.Apply(ctx, st.apply); err != nil {
							t.Fatal(err)
						}
					}
				}
				g, err := open[0].Graph(ctx)
				if err != nil {
					t.Fatal(err)
				}
				return g
			}
			want := run(func(i int, _ step) int { return i })
			t.Run("one store doing every step leaves the same graph", func(t *testing.T) {
				storetest.AssertSameGraph(t, want, run(func(int, step) int { return 0 }))
			})
			t.Run("stores sharing the steps as listed leave the same graph", func(t *testing.T) {
				storetest.AssertSameGraph(t, want, run(func(_ int, st step) int { return st.store }))
			})
		})
	}
}
