package e2e

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/loader/kb"
)

func TestLoadingTheSeedsTwiceChangesNothing(t *testing.T) {
	ex := loader.NewExtractor(kb.Default())
	var graphs []domain.Counts
	for _, s := range emptyStores(t) {
		t.Run("on the "+s.name+" store", func(t *testing.T) {
			first := loadSeeds(t, s)
			c1 := counts(t, s)
			if c1.Documents != 5 || c1.Nodes == 0 || c1.Relations == 0 {
				t.Fatalf("seed graph: %+v", c1)
			}
			second := loadSeeds(t, s)
			if second.Skipped != first.Documents {
				t.Errorf("second load skipped %d unchanged documents, want %d", second.Skipped, first.Documents)
			}
			// Apply every extraction again, past the unchanged-hash shortcut.
			var xs []domain.Extraction
			entries, err := os.ReadDir(repoPath("seeds"))
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range entries {
				doc, err := loader.ReadFile(repoPath("seeds", e.Name()))
				if err != nil {
					t.Fatal(err)
				}
				x, err := ex.Extract(doc)
				if err != nil {
					t.Fatal(err)
				}
				xs = append(xs, x)
			}
			if err := s.Apply(context.Background(), xs); err != nil {
				t.Fatal(err)
			}
			if c2 := counts(t, s); !reflect.DeepEqual(c1, c2) {
				t.Errorf("counts after reloading:\n%+v\nfirst:\n%+v", c2, c1)
			}
			t.Logf("%s seed graph: %d nodes, %d relations, %d documents", s.name, c1.Nodes, c1.Relations, c1.Documents)
			graphs = append(graphs, c1)
		})
	}
	if len(graphs) == 2 && !reflect.DeepEqual(graphs[0], graphs[1]) {
		t.Errorf("the stores hold different seed graphs:\n%+v\n%+v", graphs[0], graphs[1])
	}
}

func TestAChangedDocumentLeavesNoStaleRelation(t *testing.T) {
	ex := loader.NewExtractor(kb.Default())
	original := "Germany supports the Internet Governance Forum. France signed the Budapest Convention in 2001."
	edited := "Germany supports the Internet Governance Forum."
	for _, s := range emptyStores(t) {
		t.Run("on the "+s.name+" store", func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "note.txt")
			load := func(text string) {
				t.Helper()
				if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
				rep, err := loader.Load(context.Background(), s, ex, []string{dir}, loader.LoadOptions{})
				if err != nil || len(rep.Failures) > 0 {
					t.Fatalf("load: %v %v", err, rep.Failures)
				}
			}
			load(original)
			rels, _, err := s.Relations(context.Background(), domain.RelationQuery{Document: domain.DocumentID("note.txt")})
			if err != nil {
				t.Fatal(err)
			}
			if !hasEvidence(rels, "Budapest") {
				t.Fatalf("the original states France's signature; relations %+v", rels)
			}
			load(edited)
			rels, _, err = s.Relations(context.Background(), domain.RelationQuery{Document: domain.DocumentID("note.txt")})
			if err != nil {
				t.Fatal(err)
			}
			if hasEvidence(rels, "Budapest") {
				t.Errorf("a relation stated only by the removed sentence survives: %+v", rels)
			}
			if len(rels) == 0 {
				t.Errorf("the sentence that stayed lost its relation")
			}
			if _, err := s.Node(context.Background(), domain.NodeID(domain.Treaty, "Budapest Convention")); err == nil {
				t.Errorf("the Budapest Convention is still in the graph though no document names it")
			}
		})
	}
}

func hasEvidence(rels []domain.Relation, word string) bool {
	for _, r := range rels {
		for _, e := range r.Evidence {
			if strings.Contains(e.Text, word) {
				return true
			}
		}
	}
	return false
}
