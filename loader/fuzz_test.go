package loader

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/diplograph/diplograph/loader/kb"
)

// Hostile documents: whatever the bytes, the readers either refuse them
// with an error or return valid text; sentences tile the text in order; the
// extractor returns a valid extraction whose evidence points at the text.

func FuzzReaders(f *testing.F) {
	for _, s := range []string{"Germany supports the IGF.", "<p>EU <b>and</b> US</p><script>x()</script>", "# Title\n- item", "\x00\xff", "<<<>>>", "\ufeffText"} {
		f.Add(s, ".txt")
		f.Add(s, ".html")
		f.Add(s, ".md")
	}
	f.Fuzz(func(t *testing.T, data, ext string) {
		doc, err := ParseDoc("fuzz"+ext, []byte(data))
		if err != nil {
			return
		}
		if !utf8.ValidString(doc.Text) || strings.TrimSpace(doc.Text) == "" {
			t.Errorf("reader %s returned invalid or empty text %q", ext, doc.Text)
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"Dr. Smith met the U.S. delegation. It went well!", "- a\n- b\n\nHeading\nText.", "1.5 million. e.g. this", "", "...", "“Quoted.” Next."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, sp := range splitSentences(text) {
			if sp.start < prev || sp.end < sp.start || sp.end > len(text) {
				t.Fatalf("span %+v out of order or bounds (previous end %d, length %d)", sp, prev, len(text))
			}
			prev = sp.end
		}
	})
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Germany supports the Internet Governance Forum (IGF). The IGF addresses cybersecurity.",
		"We, as the Federal Government, signed the Budapest Convention in 2001.",
		"Speaker 1: Dr. Jane Doe, Ministry of Foreign Affairs, Kenya",
		"IGF IGF IGF (IGF) (", "\u00a0\u200b", "A (B) (C (D)) E.",
		// Lists and titles that end where a name should follow.
		"We, the governments of", "Statement by the Leaders of",
		// Constructions that read past the name or the verb they start at.
		"Kenya became the fourth", "Kenya became the", "By Jane Roe,", "The GFCE joined. Kenya joined in",
		"Members include", "The first signatories were", "Brazil acceded to it", "At the G20,",
		"the Area (AfCFTA) Digital", "TikTok was fined 3 million", "Its Ministry of", "relations between Ottawa and",
		"The Coalition has more than", "Its founding", "Chile has yet to", "Kenya has strained ties with",
		"The", "Critics such as", "Supporters, including Canada,", "We, the people, assembled for the",
	} {
		f.Add(s)
	}
	ex := NewExtractor(kb.Default())
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := ParseDoc("fuzz.txt", []byte(text))
		if err != nil {
			return
		}
		x, err := ex.Extract(doc)
		if err != nil {
			t.Fatalf("extract: %v", err)
		}
		if err := x.Validate(); err != nil {
			t.Fatalf("invalid extraction: %v", err)
		}
		runes := []rune(doc.Text)
		for _, r := range x.Relations {
			for _, ev := range r.Evidence {
				if ev.Start < 0 || ev.End > len(runes) || ev.Start > ev.End || string(runes[ev.Start:ev.End]) != ev.Text {
					t.Fatalf("evidence %+v does not point at its text", ev)
				}
			}
		}
		for _, m := range x.Mentions {
			if m.Start < 0 || m.End > len(runes) || string(runes[m.Start:m.End]) != m.Text {
				t.Fatalf("mention %+v does not point at its text", m)
			}
		}
	})
}
