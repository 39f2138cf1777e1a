package loader

import (
	"slices"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"abbreviations do not end sentences", "Dr. Smith met Mr. Jones, e.g. at No. 10. Then they left.", []string{"Dr. Smith met Mr. Jones, e.g. at No. 10.", "Then they left."}},
		{"the U.S. ends a sentence only before a typical opener", "He went to the U.S. The trip was long. The U.S. Congress voted.", []string{"He went to the U.S.", "The trip was long.", "The U.S. Congress voted."}},
		{"decimals and initials stay inside", "Growth was 3.5 per cent. Katharina E. Höne agreed.", []string{"Growth was 3.5 per cent.", "Katharina E. Höne agreed."}},
		{"a heading without punctuation is its own sentence", "Key Issues\nThe issues are many.", []string{"Key Issues", "The issues are many."}},
		{"list items are sentences without their markers", "We support:\n- data protection\n- cybersecurity\n• open standards", []string{"We support:", "data protection", "cybersecurity", "open standards"}},
		{"a hard-wrapped line continues in lower case", "The Council of Europe adopted the\nconvention in 2001.", []string{"The Council of Europe adopted the\nconvention in 2001."}},
		{"a closing quote stays with its sentence", "He said “we agree.” Then he left.", []string{"He said “we agree.”", "Then he left."}},
		{"numbered items are sentences", "1. Promoting Dialogue\n2. Building Trust", []string{"Promoting Dialogue", "Building Trust"}},
		{"blank lines separate paragraphs", "First part\n\nsecond part.", []string{"First part", "second part."}},
		{"a semicolon before a preambular opener ends a clause", "Considering our aims; Recalling the Charter; Welcoming its work; recalling too the Covenant; Kenya; Ghana.", []string{"Considering our aims;", "Recalling the Charter;", "Welcoming its work; recalling too the Covenant; Kenya; Ghana."}},
		{"a news dateline is a sentence of its own", "LONDON, June 3 (Reuters) - Kenya joined. GENEVA (AFP) — Ghana left.\nThe United Nations (UN) - the world body - met.", []string{"LONDON, June 3 (Reuters)", "Kenya joined.", "GENEVA (AFP) — Ghana left.", "The United Nations (UN) - the world body - met."}},
		{"a no-break space after a full stop still ends the sentence", "Japan joined the Quad.\u202fIndia agreed.\u00a0Then the WHO met.", []string{"Japan joined the Quad.", "India agreed.", "Then the WHO met."}},
		{"a numbered paragraph's marker may end in a no-break space", "1.\u202fWe met in Tokyo.\n2.\u00a0We agreed.", []string{"We met in Tokyo.", "We agreed."}},
		{"no-break spaces around a sentence are not part of it", "\u00a0We agree.\u00a0\n\n• We act.\u2009\u00a0", []string{"We agree.", "We act."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range splitSentences(tc.text) {
				got = append(got, tc.text[s.start:s.end])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestSplitSentencesBoundsRunOnText(t *testing.T) {
	text := ""
	for range 2000 {
		text += "word, "
	}
	for _, s := range splitSentences(text) {
		if s.end-s.start > maxSentence {
			t.Fatalf("sentence of %d bytes, limit %d", s.end-s.start, maxSentence)
		}
	}
}
