package lens

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/domain"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   domain.LensView
		want domain.LensView
		bad  string // part of the error, when the view is refused
	}{
		{name: "an empty view is the overview in the graph mode", want: domain.LensView{Mode: domain.LensGraph}},
		{name: "a focus without a depth gets one hop",
			in: domain.LensView{Focus: "actor:x"}, want: domain.LensView{Focus: "actor:x", Depth: 1, Mode: domain.LensGraph}},
		{name: "a depth without a focus means nothing and is dropped",
			in: domain.LensView{Depth: 3}, want: domain.LensView{Mode: domain.LensGraph}},
		{name: "list filters are sorted and rid of repeats, so one view has one ID",
			in:   domain.LensView{Kinds: []domain.Kind{domain.Issue, domain.Actor, domain.Issue}, Types: []domain.RelationType{domain.Supports, domain.MemberOf}},
			want: domain.LensView{Kinds: []domain.Kind{domain.Actor, domain.Issue}, Types: []domain.RelationType{domain.MemberOf, domain.Supports}, Mode: domain.LensGraph}},
		{name: "a depth of four is refused", in: domain.LensView{Focus: "actor:x", Depth: 4}, bad: "depth must be between 1 and 3"},
		{name: "the document kind is no entity kind", in: domain.LensView{Kinds: []domain.Kind{domain.Document}}, bad: "not an entity kind"},
		{name: "an unknown subtype is refused", in: domain.LensView{Subtypes: []string{"SPACESHIP"}}, bad: "no kind's subtype"},
		{name: "a confidence above one is refused", in: domain.LensView{MinConfidence: 1.5}, bad: "between 0 and 1"},
		{name: "asOf with a window is refused",
			in: domain.LensView{Window: domain.TimeWindow{AsOf: domain.Date{Year: 2020}, From: domain.Date{Year: 2019}}}, bad: "asOf or between"},
		{name: "a window that ends before it starts is refused",
			in: domain.LensView{Window: domain.TimeWindow{From: domain.Date{Year: 2020}, To: domain.Date{Year: 2019}}}, bad: "after to"},
		{name: "an unknown mode is refused", in: domain.LensView{Mode: "MAP"}, bad: "mode"},
		{name: "an overlong focus is refused", in: domain.LensView{Focus: strings.Repeat("x", 301)}, bad: "longer than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Normalize(tc.in)
			switch {
			case tc.bad != "":
				if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.bad) {
					t.Errorf("error %v, want ErrInvalid saying %q", err, tc.bad)
				}
			case err != nil:
				t.Errorf("error %v", err)
			case !reflect.DeepEqual(got, tc.want):
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestCitationFormats(t *testing.T) {
	ev := domain.Evidence{Document: "document:notes-md", Text: `A {braced} 50% & $5 C:\path_x ~ ^.`, Start: 7, End: 40, Date: domain.Date{Year: 2019, Month: 3}}
	rel := domain.NewRelation(domain.Supports, "actor:a", "forum:b", 0.9, ev)
	o := Opened{
		Lens:        domain.Lens{ID: "abcdefghij"},
		CurrentHash: "0123456789abcdef0123",
		Shown: domain.Subgraph{
			Nodes:     []domain.Node{{ID: "actor:a", Name: "Alpha"}, {ID: "forum:b", Name: "Beta Forum"}},
			Relations: []domain.Relation{rel},
		},
	}
	cites := Citations(o, []domain.DocumentInfo{{ID: "document:notes-md", Name: "notes.md"}})
	if len(cites) != 1 {
		t.Fatalf("%d citations, want 1", len(cites))
	}
	c := cites[0]
	for _, tc := range []struct{ name, got, want string }{
		{"the key is the document's slug and the sentence's offset", c.Key, "notes-md:7"},
		{"the text line names the claim, quotes the sentence and says where and when",
			c.Text, `Alpha SUPPORTS Beta Forum: "A {braced} 50% & $5 C:\path_x ~ ^." notes.md, 2019-03, characters 7–40. Diplograph lens abcdefghij (graph 0123456789ab).`},
		{"the BibTeX entry escapes what TeX would read",
			c.BibTeX, "@misc{notes-md:7,\n" +
				`  title = {A \{braced\} 50\% \& \$5 C:\textbackslash{}path\_x \textasciitilde{} \textasciicircum{}.},` + "\n" +
				"  howpublished = {notes.md, characters 7--40},\n" +
				"  year = {2019},\n" +
				"  date = {2019-03},\n" +
				"  note = {Alpha SUPPORTS Beta Forum; Diplograph lens abcdefghij, graph 0123456789ab},\n}"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", tc.got, tc.want)
			}
		})
	}
}
