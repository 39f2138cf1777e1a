package e2e

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/diplograph/diplograph/curation"
	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/loader/kb"
)

// Corrections made on what the real extractor read stay through the loader
// reading an edited document again, on both stores.
func TestCorrectionsSurviveReloadingAnEditedDocument(t *testing.T) {
	ex := loader.NewExtractor(kb.Default())
	original := "Germany supports the Internet Governance Forum. France signed the Budapest Convention in 2001."
	edited := original + " Both spoke at the session."
	ctx := context.Background()
	for _, s := range emptyStores(t) {
		t.Run("on the "+s.name+" store", func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "corrected.txt")
			load := func(text string) {
				t.Helper()
				if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
				rep, err := loader.Load(ctx, curation.Writer{Applier: s, Log: s}, ex, []string{dir}, loader.LoadOptions{})
				if err != nil || len(rep.Failures) > 0 || rep.Documents != 1 {
					t.Fatalf("load: %v %+v", err, rep)
				}
			}
			relations := func() []string {
				t.Helper()
				rels, _, err := s.Relations(ctx, domain.RelationQuery{Document: domain.DocumentID("corrected.txt")})
				if err != nil {
					t.Fatal(err)
				}
				ids := make([]string, len(rels))
				for i, r := range rels {
					ids[i] = r.ID
				}
				return ids
			}
			load(original)
			france, budapest := domain.NodeID(domain.Actor, "France"), domain.NodeID(domain.Treaty, "Budapest Convention")
			signed := domain.RelationID(domain.PartyTo, france, budapest)
			if !slices.Contains(relations(), signed) {
				t.Fatalf("the extractor did not read France's signature: %v", relations())
			}
			svc := curation.NewService(s, ex)
			rejected, err := svc.Do(ctx, domain.Curation{Op: domain.RejectRelation, Relation: signed, Curator: "e2e", Reason: "test"})
			if err != nil {
				t.Fatal(err)
			}
			added, err := svc.Do(ctx, domain.Curation{Op: domain.AddRelation, Type: domain.ParticipatesIn,
				SourceNode: &domain.Node{ID: domain.NodeID(domain.Actor, "Germany")}, TargetNode: &domain.Node{ID: domain.NodeID(domain.Forum, "Internet Governance Forum")},
				Document: domain.DocumentID("corrected.txt"), Text: "Germany supports the Internet Governance Forum.", Curator: "e2e", Reason: "test"})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() {
				for _, id := range []string{rejected.ID, added.ID} {
					if _, err := svc.Undo(ctx, id, "e2e", "clean up"); err != nil {
						t.Errorf("undo %s: %v", id, err)
					}
				}
			})
			load(edited)
			got := relations()
			if slices.Contains(got, signed) {
				t.Errorf("the rejected relation came back with the edited document: %v", got)
			}
			participates := domain.RelationID(domain.ParticipatesIn, domain.NodeID(domain.Actor, "Germany"), domain.NodeID(domain.Forum, "Internet Governance Forum"))
			if !slices.Contains(got, participates) {
				t.Errorf("the added relation went though its sentence stayed: %v", got)
			}
		})
	}
}
