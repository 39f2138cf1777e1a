package synth

import (
	"context"
	"testing"

	"github.com/diplograph/diplograph/store/memstore"
)

// The store's own counts must reach the generator's targets, or the big
// graph's row would claim a size it does not have.
func TestSynthReachesItsTargets(t *testing.T) {
	cfg := Config{Entities: 2000, Relations: 15000, RelsPerDoc: 10, Seed: 1}
	st := memstore.New()
	gen := New(cfg)
	for xs := gen.Batch(100); len(xs) > 0; xs = gen.Batch(100) {
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
	if c.Relations != gen.Relations() || c.Relations < cfg.Relations {
		t.Errorf("relations = %d, generator counted %d, want at least %d", c.Relations, gen.Relations(), cfg.Relations)
	}
}

func TestSynthNamesAreDistinct(t *testing.T) {
	gen := New(Config{Entities: 100_000, Relations: 1, RelsPerDoc: 1})
	ids := map[string]int{}
	for i := range gen.cfg.Entities {
		id := gen.Entity(i).ID
		if j, ok := ids[id]; ok {
			t.Fatalf("entities %d and %d share the ID %s", j, i, id)
		}
		ids[id] = i
	}
}
