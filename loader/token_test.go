package loader

import (
	"testing"
	"unicode/utf8"
)

func TestTokensCarryTheirLowerCaseWord(t *testing.T) {
	// tokenize hashes and looks up ASCII words as it reads them, and
	// other words through a lower-cased copy: both ways must agree with
	// hashing and looking up the lower-cased word.
	tests := []struct{ name, text string }{
		{"plain ASCII words", "The Council of Europe and the UN met in 2025."},
		{"words joined by marks", "EU-US talks, the U.S. delegation, AT&T and O'Brien's #254."},
		{"possessives and plural possessives", "Germany's view; the Peoples' Rights; Kenya’s plan."},
		{"words with accents and curly apostrophes", "Höne, Côte d’Ivoire, Türkiye, ÉCOLE, O’Brien‐Smith."},
		{"words in capitals", "DIGITAL STRATEGY FOR THE FEDERAL GOVERNMENT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, tok := range tokenize(tt.text, nil) {
				if !tok.word {
					continue
				}
				w := tt.text[tok.s:tok.e]
				low := lowerInto(nil, w)
				if h := wordHash(low); tok.hash != h {
					t.Errorf("%q hashes as %d, want %d", w, tok.hash, h)
				}
				if e := lookupWord(low, wordHash(low)); tok.lex() != e || tok.flags != e.flags {
					t.Errorf("%q has lexicon entry %p (flags %b), want %p", w, tok.lex(), tok.flags, e)
				}
			}
		})
	}
}

func TestCountRunesCountsAsUTF8Does(t *testing.T) {
	// countRunes reads eight bytes at a time: every length around that
	// step, with runes of every size across the word boundaries.
	pieces := []string{"a", "é", "’", "😀", "Höne ", "EU–US ", "plain ascii text "}
	var s string
	for i := 0; i < 200; i++ {
		s += pieces[i%len(pieces)]
		for _, from := range []int{0, 1, 3} {
			if from > len(s) {
				continue
			}
			sub := s[from:]
			if !utf8.ValidString(sub) {
				continue
			}
			if got, want := countRunes(sub), utf8.RuneCountInString(sub); got != want {
				t.Fatalf("countRunes(%q) = %d, want %d", sub, got, want)
			}
		}
	}
}

func TestWrittenLowerKnowsTheWordsWrittenInLowerCase(t *testing.T) {
	doc, err := ParseDoc("lower.txt", []byte("The policy matters. Makers of the eGovernment plan agree. Developing States wait."))
	if err != nil {
		t.Fatal(err)
	}
	p := &docParse{}
	p.reset(testExtractor(t), doc)
	p.toks = tokenize(p.text, p.toks)
	tests := []struct {
		name, word string
		want       bool
	}{
		{"a lexicon word the text writes in lower case", "Policy", true},
		{"a lexicon word the text only capitalises", "States", false},
		{"another word the text writes in lower case", "Matters", true},
		{"another word the text only capitalises", "Developing", false},
		{"a word written with a capital inside", "Egovernment", false},
		{"a word the text does not have", "Unknown", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := p.writtenLower(tt.word); got != tt.want {
				t.Errorf("writtenLower(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}
