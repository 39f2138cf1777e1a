package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/diplograph/diplograph/curation"
	"github.com/diplograph/diplograph/domain"
)

// FixtureExtractor reads a fixture document again as the loader would: the
// same text gives the same extraction.
type FixtureExtractor []domain.Extraction

// Extract returns the fixture extraction of doc.
func (f FixtureExtractor) Extract(doc domain.Doc) (domain.Extraction, error) {
	for _, x := range f {
		if x.Document.ID == doc.ID && x.Document.Text == doc.Text {
			return x, nil
		}
	}
	return domain.Extraction{}, fmt.Errorf("no fixture document %s with this text", doc.Name)
}

// curationCase is one correction, what it changes, and how to see it.
type curationCase struct {
	name  string
	op    domain.Curation
	check func(t *testing.T, ctx context.Context, s Store)
}

func curationCases() []curationCase {
	accordOpposed := domain.RelationID(domain.Opposes, carpania, accord)
	added := domain.RelationID(domain.ParticipatesIn, carpania, delta)
	return []curationCase{
		{"a merge makes the absorbed names aliases and moves its relations", domain.Curation{Op: domain.Merge, Entity: delta, Other: group5},
			func(t *testing.T, ctx context.Context, s Store) {
				if _, err := s.Node(ctx, group5); !errors.Is(err, domain.ErrNotFound) {
					t.Errorf("the absorbed entity is still there: %v", err)
				}
				if n := mustNode(t, ctx, s, delta); !slices.Contains(n.Aliases, "Group of Five") {
					t.Errorf("aliases %v lack the absorbed name", n.Aliases)
				}
				mustRelation(t, ctx, s, domain.RelationID(domain.MemberOf, estel, delta), true)
			}},
		{"a split alias becomes an entity of its own with its mentions", domain.Curation{Op: domain.SplitAlias, Entity: accord, Name: "OA"},
			func(t *testing.T, ctx context.Context, s Store) {
				if n := mustNode(t, ctx, s, accord); slices.Contains(n.Aliases, "OA") {
					t.Errorf("aliases %v keep the split alias", n.Aliases)
				}
				if n := mustNode(t, ctx, s, domain.NodeID(domain.Treaty, "OA")); n.Mentions != 1 || n.Subtype != "AGREEMENT" {
					t.Errorf("split entity %+v", n)
				}
			}},
		{"a rename keeps the old name as an alias", domain.Curation{Op: domain.Rename, Entity: estel, Name: "Estel Networks Ltd"},
			func(t *testing.T, ctx context.Context, s Store) {
				if n := mustNode(t, ctx, s, estel); n.Name != "Estel Networks Ltd" || !slices.Contains(n.Aliases, "Estel Networks") {
					t.Errorf("renamed %+v", n)
				}
			}},
		{"a retype changes the kind's subtype", domain.Curation{Op: domain.Retype, Entity: estel, Kind: domain.Actor, Subtype: "CIVIL_SOCIETY"},
			func(t *testing.T, ctx context.Context, s Store) {
				if n := mustNode(t, ctx, s, estel); n.Subtype != "CIVIL_SOCIETY" {
					t.Errorf("retyped %+v", n)
				}
			}},
		{"a rejected relation is hidden", domain.Curation{Op: domain.RejectRelation, Relation: accordOpposed},
			func(t *testing.T, ctx context.Context, s Store) { mustRelation(t, ctx, s, accordOpposed, false) }},
		{"an added relation carries its sentence as evidence", domain.Curation{Op: domain.AddRelation, Type: domain.ParticipatesIn,
			SourceNode: &domain.Node{ID: carpania}, TargetNode: &domain.Node{ID: delta},
			Document: domain.DocumentID("stance-one.txt"), Text: "Carpania opposes the Oslin Accord."},
			func(t *testing.T, ctx context.Context, s Store) {
				r := mustRelation(t, ctx, s, added, true)
				if len(r.Evidence) != 1 || r.Evidence[0].Text != "Carpania opposes the Oslin Accord." || r.Evidence[0].Rule != "" || r.Rule != "" {
					t.Errorf("added relation %+v", r)
				}
			}},
	}
}

func mustRelation(t *testing.T, ctx context.Context, s Store, id string, want bool) domain.Relation {
	t.Helper()
	rels, _, err := s.Relations(ctx, domain.RelationQuery{})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(rels, func(r domain.Relation) bool { return r.ID == id })
	if (i >= 0) != want {
		t.Fatalf("relation %s there: %v, want %v", id, i >= 0, want)
	}
	if i < 0 {
		return domain.Relation{}
	}
	return rels[i]
}

func testCuration(t *testing.T, open Opener) {
	for _, tc := range curationCases() {
		t.Run(tc.name+", survives a reload and is undone", func(t *testing.T) {
			withStore(t, open, func(t *testing.T, ctx context.Context, s Store) {
				docs := stanceFixture()
				load := curation.Writer{Applier: s, Log: s}
				if err := load.Apply(ctx, docs); err != nil {
					t.Fatal(err)
				}
				before := snapshot(t, ctx, s)
				svc := curation.NewService(s, FixtureExtractor(docs))
				op := tc.op
				op.Curator, op.Reason = "tester", "the extractor read it wrong"
				entry, err := svc.Do(ctx, op)
				if err != nil {
					t.Fatal(err)
				}
				tc.check(t, ctx, s)
				if err := load.Apply(ctx, docs); err != nil {
					t.Fatal(err)
				}
				t.Run("after a reload of its documents", func(t *testing.T) { tc.check(t, ctx, s) })
				log, err := s.CurationLog(ctx)
				if err != nil || len(log) != 1 || log[0].ID != entry.ID || log[0].Curator != "tester" || log[0].Reason == "" || log[0].At.IsZero() {
					t.Fatalf("log %+v, %v", log, err)
				}
				if _, err := svc.Undo(ctx, entry.ID, "tester", "on second thought"); err != nil {
					t.Fatal(err)
				}
				t.Run("undone, the graph is as before", func(t *testing.T) { AssertSameGraph(t, before, snapshot(t, ctx, s)) })
				if log, _ := s.CurationLog(ctx); len(log) != 1 || !log[0].Undone || log[0].UndoneBy != "tester" {
					t.Errorf("the undone entry should stay in the log: %+v", log)
				}
			})
		})
	}
	t.Run("an added relation goes when its sentence goes", func(t *testing.T) {
		withStore(t, open, func(t *testing.T, ctx context.Context, s Store) {
			docs := stanceFixture()
			load := curation.Writer{Applier: s, Log: s}
			if err := load.Apply(ctx, docs); err != nil {
				t.Fatal(err)
			}
			add := curationCases()[5].op
			if _, err := curation.NewService(s, FixtureExtractor(docs)).Do(ctx, add); err != nil {
				t.Fatal(err)
			}
			edited := newDoc("stance-one.txt", "Carpania is a member of the Delta Forum.")
			edited.entity(domain.Actor, "STATE", "Carpania", "")
			edited.entity(domain.Forum, "DIALOGUE", "Delta Forum", "")
			if err := load.Apply(ctx, []domain.Extraction{edited.build()}); err != nil {
				t.Fatal(err)
			}
			mustRelation(t, ctx, s, domain.RelationID(domain.ParticipatesIn, carpania, delta), false)
		})
	})
	t.Run("impossible corrections are refused and change nothing", func(t *testing.T) {
		withStore(t, open, func(t *testing.T, ctx context.Context, s Store) {
			mustApply(t, ctx, s, stanceFixture()...)
			svc := curation.NewService(s, FixtureExtractor(stanceFixture()))
			for _, c := range []struct {
				name string
				op   domain.Curation
				want error
			}{
				{"merging an entity into itself", domain.Curation{Op: domain.Merge, Entity: delta, Other: delta}, curation.ErrBadInput},
				{"merging an unknown entity", domain.Curation{Op: domain.Merge, Entity: delta, Other: "forum:nowhere"}, domain.ErrNotFound},
				{"splitting off a name that is no alias", domain.Curation{Op: domain.SplitAlias, Entity: accord, Name: "Accord"}, curation.ErrBadInput},
				{"retyping to a subtype of another kind", domain.Curation{Op: domain.Retype, Entity: estel, Kind: domain.Actor, Subtype: "LAW"}, curation.ErrBadInput},
				{"rejecting an unknown relation", domain.Curation{Op: domain.RejectRelation, Relation: "rel:none"}, domain.ErrNotFound},
				{"adding a relation on a sentence the document lacks", domain.Curation{Op: domain.AddRelation, Type: domain.Supports,
					SourceNode: &domain.Node{ID: carpania}, TargetNode: &domain.Node{ID: delta},
					Document: domain.DocumentID("stance-one.txt"), Text: "Carpania loves the Delta Forum."}, curation.ErrBadInput},
			} {
				if _, err := svc.Do(ctx, c.op); !errors.Is(err, c.want) {
					t.Errorf("%s: error %v, want %v", c.name, err, c.want)
				}
			}
			if log, err := s.CurationLog(ctx); err != nil || len(log) != 0 {
				t.Errorf("log %+v, %v", log, err)
			}
		})
	})
}
