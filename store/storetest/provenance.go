package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/diplograph/diplograph/domain"
)

// Documents of the provenance test, all stating that Kenya supports the
// Paris Call. Their names order them: a curator's document sorts first.
var (
	kenya     = domain.NodeID(domain.Actor, "Kenya")
	parisCall = domain.NodeID(domain.Treaty, "Paris Call")
	kenyaCall = domain.RelationID(domain.Supports, kenya, parisCall)
)

// kenyaDoc is a document stating the relation once per statement, each
// read by its rule with its confidence.
func kenyaDoc(name, text string, statements ...statement) domain.Extraction {
	b := newDoc(name, text)
	k := b.entity(domain.Actor, "STATE", "Kenya", "KE")
	p := b.entity(domain.Treaty, "INITIATIVE", "Paris Call", "")
	for _, st := range statements {
		b.relate(domain.Supports, k, p, st.confidence, st.rule, st.cue, 0)
	}
	return b.build()
}

type statement struct {
	confidence float64
	rule, cue  string
}

// Two sentences read by two rules, the first more confidently.
func kenyaTwice() domain.Extraction {
	return kenyaDoc("p1.txt", "Kenya backs the Paris Call. The Paris Call counts Kenya among its supporters.",
		statement{0.9, "cue-active", "backs the"}, statement{0.5, "possessive", "among its supporters"})
}

func kenyaPossessive() domain.Extraction {
	return kenyaDoc("p2.txt", "Kenya's support for the Paris Call is firm.",
		statement{0.7, "possessive", "support for"})
}

// kenyaCurated states the relation without a rule, as a curator would.
func kenyaCurated() domain.Extraction {
	return kenyaDoc("p0-curated.txt", "Kenya supports the Paris Call.",
		statement{0.9, "", "supports"})
}

func kenyaApposition() domain.Extraction {
	return kenyaDoc("p4.txt", "Kenya, a supporter of the Paris Call, spoke first.",
		statement{0.9, "role-apposition", "a supporter"})
}

// kenyaPossessiveEdited is p2.txt edited: another sentence, another rule.
func kenyaPossessiveEdited() domain.Extraction {
	return kenyaDoc("p2.txt", "Kenya endorsed the Paris Call in Nairobi.",
		statement{0.8, "cue-active", "endorsed"})
}

// sentence names one evidence sentence by its document's name and its rule.
func sentence(docName, rule string) string {
	return domain.DocumentID(docName) + " " + rule
}

// testProvenance checks that a relation's rule and the rule of each of its
// sentences read back as written, and that the relation's rule follows its
// confidence through merges, ties, removals and reloads, on every read path.
func testProvenance(t *testing.T, open Opener) {
	for _, tc := range []struct {
		name       string
		apply      func(t *testing.T, ctx context.Context, s Store)
		confidence float64
		rule       string
		sentences  []string // document and rule of each sentence, in evidence order
	}{
		{
			name:       "a relation read once keeps its rule, and so does its sentence",
			apply:      applying(kenyaPossessive()),
			confidence: 0.7, rule: "possessive",
			sentences: []string{sentence("p2.txt", "possessive")},
		},
		{
			name:       "a relation read twice in one document takes the rule of the more confident sentence, and each sentence keeps its own",
			apply:      applying(kenyaTwice()),
			confidence: 0.9, rule: "cue-active",
			sentences: []string{sentence("p1.txt", "cue-active"), sentence("p1.txt", "possessive")},
		},
		{
			name:       "a relation read by two documents takes the rule of the more confident one when it comes last",
			apply:      applying(kenyaPossessive(), kenyaTwice()),
			confidence: 0.9, rule: "cue-active",
			sentences: []string{sentence("p1.txt", "cue-active"), sentence("p1.txt", "possessive"), sentence("p2.txt", "possessive")},
		},
		{
			name:       "a relation read by two documents takes the rule of the more confident one when it comes first, in another batch",
			apply:      applying(kenyaTwice()).then(applying(kenyaPossessive())),
			confidence: 0.9, rule: "cue-active",
			sentences: []string{sentence("p1.txt", "cue-active"), sentence("p1.txt", "possessive"), sentence("p2.txt", "possessive")},
		},
		{
			name:       "a relation stated without a rule reads back without one",
			apply:      applying(kenyaCurated()),
			confidence: 0.9, rule: "",
			sentences: []string{sentence("p0-curated.txt", "")},
		},
		{
			name:       "on equal confidence a named rule wins over none, though its document sorts later",
			apply:      applying(kenyaTwice(), kenyaCurated()),
			confidence: 0.9, rule: "cue-active",
			sentences: []string{sentence("p0-curated.txt", ""), sentence("p1.txt", "cue-active"), sentence("p1.txt", "possessive")},
		},
		{
			name:       "on equal confidence between two named rules the document that sorts first gives the rule",
			apply:      applying(kenyaApposition()).then(applying(kenyaTwice())),
			confidence: 0.9, rule: "cue-active",
			sentences: []string{sentence("p1.txt", "cue-active"), sentence("p1.txt", "possessive"), sentence("p4.txt", "role-apposition")},
		},
		{
			name:       "removing the more confident document hands the rule to the other",
			apply:      applying(kenyaTwice(), kenyaPossessive()).then(removing("p1.txt")),
			confidence: 0.7, rule: "possessive",
			sentences: []string{sentence("p2.txt", "possessive")},
		},
		{
			name:       "a reloaded document replaces its rules",
			apply:      applying(kenyaPossessive()).then(applying(kenyaPossessiveEdited())),
			confidence: 0.8, rule: "cue-active",
			sentences: []string{sentence("p2.txt", "cue-active")},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			withStore(t, open, func(t *testing.T, ctx context.Context, s Store) {
				tc.apply(t, ctx, s)
				for path, r := range kenyaCallOnEveryPath(t, ctx, s) {
					var got []string
					for _, ev := range r.Evidence {
						got = append(got, ev.Document+" "+ev.Rule)
					}
					if r.Confidence != tc.confidence || r.Rule != tc.rule || !reflect.DeepEqual(got, tc.sentences) {
						t.Errorf("%s: confidence %v rule %q sentences %q;\nwant confidence %v rule %q sentences %q",
							path, r.Confidence, r.Rule, got, tc.confidence, tc.rule, tc.sentences)
					}
				}
			})
		})
	}
}

// step changes a store as a provenance case needs.
type step func(t *testing.T, ctx context.Context, s Store)

func applying(xs ...domain.Extraction) step {
	return func(t *testing.T, ctx context.Context, s Store) { mustApply(t, ctx, s, xs...) }
}

func removing(docName string) step {
	return func(t *testing.T, ctx context.Context, s Store) {
		if err := s.RemoveDocument(ctx, domain.DocumentID(docName)); err != nil {
			t.Fatalf("remove %s: %v", docName, err)
		}
	}
}

func (a step) then(b step) step {
	return func(t *testing.T, ctx context.Context, s Store) { a(t, ctx, s); b(t, ctx, s) }
}

// kenyaCallOnEveryPath reads the relation through every method that returns
// relations, keyed by the method.
func kenyaCallOnEveryPath(t *testing.T, ctx context.Context, s Store) map[string]domain.Relation {
	t.Helper()
	out := map[string]domain.Relation{}
	find := func(path string, rels []domain.Relation, err error) {
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for _, r := range rels {
			if r.ID == kenyaCall {
				out[path] = r
				return
			}
		}
		t.Fatalf("%s: no relation %s among %v", path, kenyaCall, relIDs(rels))
	}
	rels, _, err := s.Relations(ctx, domain.RelationQuery{})
	find("Relations", rels, err)
	rels, _, err = s.Relations(ctx, domain.RelationQuery{NodeIDs: []string{kenya}, Types: []domain.RelationType{domain.Supports}})
	find("Relations of a node", rels, err)
	g, err := s.Graph(ctx)
	find("Graph", g.Relations, err)
	sg, err := s.Neighbourhood(ctx, kenya, 1, nil, 10)
	find("Neighbourhood", sg.Relations, err)
	p, err := s.ShortestPath(ctx, kenya, parisCall, nil, 2)
	find("ShortestPath", p.Relations, err)
	return out
}
