package e2e

import (
	"context"
	"strings"
	"testing"
)

// TestLoadedRelationsCarryTheirRulesOnBothStores loads the seeds with the
// real extractor: every relation and every evidence sentence it made names
// its rule, and the two stores read the same rules back.
func TestLoadedRelationsCarryTheirRulesOnBothStores(t *testing.T) {
	readings := map[string][]string{} // store -> one line per relation
	for _, s := range emptyStores(t) {
		t.Run("on the "+s.name+" store every relation and sentence names its rule", func(t *testing.T) {
			loadSeeds(t, s)
			g, err := s.Graph(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if len(g.Relations) == 0 {
				t.Fatal("the seeds gave no relations")
			}
			for _, r := range g.Relations {
				line := []string{r.ID, r.Rule}
				for _, ev := range r.Evidence {
					if ev.Rule == "" {
						t.Errorf("relation %s: a sentence of %s without a rule: %q", r.ID, ev.Document, ev.Text)
					}
					line = append(line, ev.Rule)
				}
				if r.Rule == "" {
					t.Errorf("relation %s %s->%s has no rule", r.ID, r.Source, r.Target)
				}
				readings[s.name] = append(readings[s.name], strings.Join(line, " "))
			}
		})
	}
	emb, neo := readings["embedded"], readings["neo4j"]
	if len(emb) != len(neo) {
		t.Fatalf("%d relations on the embedded store, %d on Neo4j", len(emb), len(neo))
	}
	for i := range emb {
		if emb[i] != neo[i] {
			t.Errorf("the stores read a relation's rules differently:\nembedded %s\n   neo4j %s", emb[i], neo[i])
		}
	}
}
