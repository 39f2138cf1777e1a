package main

import (
	"context"
	"testing"

	"github.com/diplograph/diplograph/store/memstore"
)

// The store's own counts must reach the generator's targets, or the big
// graph's row would claim a size it does not have.
func TestSynthReachesItsTargets(t *testing.T) {
	cfg := synthConfig{Entities: 2000, Relations: 15000, RelsPerDoc: 10, Seed: 1}
	st := memstore.New()
	gen := newSynth(cfg)
	for xs := gen.batch(100); len(xs) > 0; xs = gen.batch(100) {
		for _, x := range xs {
			if err := x.Validate(); err != nil {
				t.Fatal(err)
			}
		}
		if err := st.Apply(context.Background(), xs); err != nil {
			t.Fatal(err)
		}
	}
	c, err := st.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if c.Nodes != cfg.Entities {
		t.Errorf("nodes = %d, want %d", c.Nodes, cfg.Entities)
	}
	if c.Relations != len(gen.rels) || c.Relations < cfg.Relations {
		t.Errorf("relations = %d, generator counted %d, want at least %d", c.Relations, len(gen.rels), cfg.Relations)
	}
}

func TestSynthNamesAreDistinct(t *testing.T) {
	gen := newSynth(synthConfig{Entities: 100_000, Relations: 1, RelsPerDoc: 1})
	ids := map[string]int{}
	for i := range gen.cfg.Entities {
		id := gen.entity(i).ID
		if j, ok := ids[id]; ok {
			t.Fatalf("entities %d and %d share the ID %s", j, i, id)
		}
		ids[id] = i
	}
}
