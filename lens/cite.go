package lens

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/diplograph/diplograph/domain"
)

// Citation is one evidence sentence a view shows, with what a reader needs
// to cite it: the relation it states, the document and the date.
type Citation struct {
	Relation     domain.Relation
	SourceName   string
	TargetName   string
	Evidence     domain.Evidence
	DocumentName string
	// Key names the sentence in BibTeX: the document's slug and the
	// sentence's offset, the same for the same sentence in every lens.
	Key string
	// Text is the citation as one line of plain text; BibTeX as an entry.
	Text   string
	BibTeX string
}

// Citations lists the evidence sentences of the relations o shows now, by
// document name, then offset, then relation ID: each sentence once per
// relation it states.
func Citations(o Opened, docs []domain.DocumentInfo) []Citation {
	names := make(map[string]string, len(o.Shown.Nodes))
	for _, n := range o.Shown.Nodes {
		names[n.ID] = n.Name
	}
	docNames := make(map[string]string, len(docs))
	for _, d := range docs {
		docNames[d.ID] = d.Name
	}
	var out []Citation
	for _, r := range o.Shown.Relations {
		for _, ev := range r.Evidence {
			c := Citation{
				Relation: r, SourceName: cmp.Or(names[r.Source], r.Source), TargetName: cmp.Or(names[r.Target], r.Target),
				Evidence: ev, DocumentName: cmp.Or(docNames[ev.Document], ev.Document),
			}
			c.Key = fmt.Sprintf("%s:%d", domain.Slug(c.DocumentName), ev.Start)
			c.Text = textOf(c, o)
			c.BibTeX = bibtexOf(c, o)
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b Citation) int {
		return cmp.Or(
			cmp.Compare(a.DocumentName, b.DocumentName),
			cmp.Compare(a.Evidence.Start, b.Evidence.Start),
			cmp.Compare(a.Relation.ID, b.Relation.ID),
		)
	})
	return out
}

// textOf writes a citation as one line: the claim, the sentence in quotes,
// then where it comes from and the lens that showed it.
//
//	Germany SUPPORTS Internet Governance Forum: "Germany supports the IGF." a.txt, 2006, characters 0–24. Diplograph lens abcdefghij (graph 0123456789ab).
func textOf(c Citation, o Opened) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s %s: \"%s\" %s", c.SourceName, c.Relation.Type, c.TargetName, c.Evidence.Text, c.DocumentName)
	if d := dateOf(c.Evidence); d != "" {
		fmt.Fprintf(&b, ", %s", d)
	}
	fmt.Fprintf(&b, ", characters %d–%d. Diplograph lens %s (graph %s).", c.Evidence.Start, c.Evidence.End, o.Lens.ID, short(o.CurrentHash))
	return b.String()
}

// bibtexOf writes a citation as a BibTeX @misc entry: the sentence as the
// title, the document as where it was published, the claim and the lens in
// the note.
func bibtexOf(c Citation, o Opened) string {
	var b strings.Builder
	fmt.Fprintf(&b, "@misc{%s,\n", c.Key)
	field := func(name, value string) { fmt.Fprintf(&b, "  %s = {%s},\n", name, bibEscape(value)) }
	field("title", c.Evidence.Text)
	field("howpublished", fmt.Sprintf("%s, characters %d--%d", c.DocumentName, c.Evidence.Start, c.Evidence.End))
	if d := dateOf(c.Evidence); d != "" {
		field("year", d[:4])
		field("date", d)
	}
	field("note", fmt.Sprintf("%s %s %s; Diplograph lens %s, graph %s", c.SourceName, c.Relation.Type, c.TargetName, o.Lens.ID, short(o.CurrentHash)))
	b.WriteString("}")
	return b.String()
}

// bibEscape keeps a value from closing its braces or starting a command:
// BibTeX reads braces and backslashes, LaTeX the other specials.
func bibEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\textbackslash{}`)
		case '{', '}', '%', '&', '#', '$', '_':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '~':
			b.WriteString(`\textasciitilde{}`)
		case '^':
			b.WriteString(`\textasciicircum{}`)
		case '\n', '\r', '\t':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// dateOf is the date a sentence states as written, or else the year it
// or its document states (which documents read before dates were kept
// still carry), "" when neither says.
func dateOf(ev domain.Evidence) string {
	switch {
	case !ev.Date.IsZero():
		return ev.Date.String()
	case ev.Year > 0:
		return fmt.Sprintf("%04d", ev.Year)
	}
	return ""
}

// short is the first twelve hex digits of a graph hash, enough to tell
// graphs apart in a citation.
func short(hash string) string { return hash[:min(12, len(hash))] }
