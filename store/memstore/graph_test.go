package memstore

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/store/storetest"
)

// The store keeps a mention's or a sentence's text as offsets into its
// document when the text is the document's own at those offsets, and as
// given otherwise; callers read the same text either way.
func TestTextsReadBackAsGiven(t *testing.T) {
	const text = "Côte d’Ivoire joined. Arland supports the Oslin Accord."
	sentence := "Arland supports the Oslin Accord."
	start := len([]rune("Côte d’Ivoire joined. ")) // runes, not bytes
	end := start + len([]rune(sentence))
	cases := []struct {
		name       string
		text       string
		start, end int
		offsets    bool // kept as offsets into the document
	}{
		{"the document's own sentence after accents is kept as offsets", sentence, start, end, true},
		{"a sentence that differs from the document's is kept as given", "Arland backs the Oslin Accord.", start, end, false},
		{"byte offsets where rune offsets belong keep the text as given", sentence, len("Côte d’Ivoire joined. "), len(text), false},
		{"offsets beyond the text keep the text as given", sentence, 400, 433, false},
		{"offsets the wrong way round keep the text as given", sentence, end, start, false},
		{"an empty text at the end is kept as offsets", "", len([]rune(text)), len([]rune(text)), true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			s := New()
			x := oneRelation(text, domain.Evidence{Text: c.text, Start: c.start, End: c.end, Year: 2021, Rule: "cue-active"})
			x.Mentions = []domain.Mention{{Entity: x.Entities[0].ID, Text: c.text, Start: c.start, End: c.end}}
			if err := s.Apply(ctx, []domain.Extraction{x}); err != nil {
				t.Fatal(err)
			}
			rels, _, err := s.Relations(ctx, domain.RelationQuery{})
			if err != nil {
				t.Fatal(err)
			}
			if got, want := rels[0].Evidence, x.Relations[0].Evidence; len(got) != 1 || got[0] != want[0] {
				t.Errorf("evidence %+v, want %+v", got, want)
			}
			_, ms, err := s.Document(ctx, x.Document.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(ms) != 1 || ms[0] != x.Mentions[0] {
				t.Errorf("mentions %+v, want %+v", ms, x.Mentions)
			}
			d := s.g.docs.at(s.g.docIDs[x.Document.ID])
			if got := d.evidence[0].tStart >= 0 && d.mentions[0].tStart >= 0; got != c.offsets {
				t.Errorf("kept as offsets: %v, want %v", got, c.offsets)
			}
		})
	}
}

func TestOffsetsBeyond32BitsAreRefused(t *testing.T) {
	cases := []struct {
		name   string
		change func(x *domain.Extraction)
	}{
		{"an evidence sentence's", func(x *domain.Extraction) { x.Relations[0].Evidence[0].End = math.MaxInt32 + 1 }},
		{"a mention's", func(x *domain.Extraction) {
			x.Mentions = []domain.Mention{{Entity: x.Entities[0].ID, Start: math.MinInt32 - 1}}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := oneRelation("Arland supports the Oslin Accord.", domain.Evidence{Text: "Arland supports the Oslin Accord.", End: 33})
			c.change(&x)
			s := New()
			if err := s.Apply(context.Background(), []domain.Extraction{x}); err == nil || !strings.Contains(err.Error(), "beyond 32 bits") {
				t.Errorf("Apply: %v, want offsets beyond 32 bits refused", err)
			}
		})
	}
}

func oneRelation(text string, ev domain.Evidence) domain.Extraction {
	doc := domain.Doc{ID: domain.DocumentID("one.txt"), Name: "one.txt", Text: text, Hash: domain.TextHash(text)}
	a := domain.Node{ID: domain.NodeID(domain.Actor, "Arland"), Kind: domain.Actor, Name: "Arland"}
	b := domain.Node{ID: domain.NodeID(domain.Treaty, "Oslin Accord"), Kind: domain.Treaty, Name: "Oslin Accord"}
	ev.Document = doc.ID
	r := domain.NewRelation(domain.Supports, a.ID, b.ID, 0.9, ev)
	r.Rule = ev.Rule
	return domain.Extraction{Document: doc, Entities: []domain.Node{a, b}, Relations: []domain.Relation{r}}
}

func TestDescriptions(t *testing.T) {
	germany := nodeAttrs{kind: domain.Actor, name: "Germany", subtype: "STATE", code: "DE", aliases: []string{"FRG", "Deutschland"}}
	cases := []struct {
		name  string
		other nodeAttrs
		same  bool
	}{
		{"the same description is it", germany, true},
		{"another name is not", nodeAttrs{kind: domain.Actor, name: "Germania", subtype: "STATE", code: "DE", aliases: germany.aliases}, false},
		{"an alias fewer is not", nodeAttrs{kind: domain.Actor, name: "Germany", subtype: "STATE", code: "DE", aliases: []string{"FRG"}}, false},
		{"an alias more is not", nodeAttrs{kind: domain.Actor, name: "Germany", subtype: "STATE", code: "DE", aliases: []string{"FRG", "Deutschland", "BRD"}}, false},
		{"the aliases in another order are not", nodeAttrs{kind: domain.Actor, name: "Germany", subtype: "STATE", code: "DE", aliases: []string{"Deutschland", "FRG"}}, false},
		{"no code is not", nodeAttrs{kind: domain.Actor, name: "Germany", subtype: "STATE", aliases: germany.aliases}, false},
	}
	d := describe("actor:germany", &germany)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := d.is(&c.other); got != c.same {
				t.Errorf("is = %v, want %v", got, c.same)
			}
		})
	}
	t.Run("a description unpacks to what was packed, a long name and bytes of any value included", func(t *testing.T) {
		long := nodeAttrs{kind: domain.Forum, name: string(make([]byte, 300)) + "\x00\xff", aliases: []string{"", "a\x00b"}}
		d := describe("forum:x", &long)
		head, rest := d.head()
		var aliases []string
		for rest != "" {
			var a string
			a, rest = rest.next()
			aliases = append(aliases, a)
		}
		head.aliases = aliases
		if d.id() != "forum:x" || !d.is(&head) || head.name != long.name || len(aliases) != 2 || aliases[1] != "a\x00b" {
			t.Errorf("read back %q %+v from %+v", d.id(), head, long)
		}
	})
}

func TestANodesDocumentsReadInOrderWhateverOrderTheyCameIn(t *testing.T) {
	ctx := context.Background()
	s := New()
	xs := storetest.Corpus(30, 4)
	for i := len(xs) - 1; i >= 0; i -= 2 { // backwards, then the gaps
		if err := s.Apply(ctx, xs[i:i+1]); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < len(xs); i += 2 {
		if err := s.Apply(ctx, xs[i:i+1]); err != nil {
			t.Fatal(err)
		}
	}
	nodes, _, err := s.ListNodes(ctx, domain.NodeQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range nodes {
		if !slices.IsSorted(n.Documents) {
			t.Errorf("%s: documents %v", n.ID, n.Documents)
		}
	}
}

// Removing documents frees the slots of what only they stated, and later
// documents take those slots: the graph must read as if the survivors and
// the later documents had been applied to a new store.
func TestFreedSlotsAreReusedWithoutTrace(t *testing.T) {
	ctx := context.Background()
	xs := storetest.Corpus(60, 8)
	first, later := xs[:40], xs[40:]
	s := New()
	if err := s.Apply(ctx, first); err != nil {
		t.Fatal(err)
	}
	var survivors []domain.Extraction
	for i, x := range first {
		if i%2 == 0 {
			if err := s.RemoveDocument(ctx, x.Document.ID); err != nil {
				t.Fatal(err)
			}
			continue
		}
		survivors = append(survivors, x)
	}
	peak := s.g.rels.len()
	if err := s.Apply(ctx, later); err != nil {
		t.Fatal(err)
	}
	if len(s.g.rels.free) > 0 && s.g.rels.len() > peak {
		t.Errorf("%d relation slots free while the table grew from %d to %d", len(s.g.rels.free), peak, s.g.rels.len())
	}
	fresh := New()
	if err := fresh.Apply(ctx, append(survivors, later...)); err != nil {
		t.Fatal(err)
	}
	want, err := fresh.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	storetest.AssertSameGraph(t, want, got)
	wantCounts, _ := fresh.Counts(ctx)
	gotCounts, _ := s.Counts(ctx)
	if wantCounts.Nodes != gotCounts.Nodes || wantCounts.Relations != gotCounts.Relations || wantCounts.Documents != gotCounts.Documents {
		t.Errorf("counts %+v, want %+v", gotCounts, wantCounts)
	}
}

func TestRuneCount(t *testing.T) {
	for _, text := range []string{"", "abc", "exactly8", "sixteen bytes ok", "seventeen bytes !", "Côte d’Ivoire", "ascii first, then é", "é", "12345678é", strings.Repeat("a", 15) + "\xff"} {
		if got, want := runeCount(text), utf8.RuneCountInString(text); got != want {
			t.Errorf("runeCount(%q) = %d, want %d", text, got, want)
		}
	}
}
