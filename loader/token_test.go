package loader

import (
	"math/rand/v2"
	"testing"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/loader/kb"
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
				if e := lookupWord(low, wordHash(low)); tok.lex != e {
					t.Errorf("%q has lexicon entry %p, want %p", w, tok.lex, e)
				}
			}
		})
	}
}

func TestNodeIDIsDomainNodeID(t *testing.T) {
	// nodeID takes a short cut for ASCII names; it must give what
	// domain.NodeID gives for every name.
	names := []string{"", "-", "Jane Doe", "  Jane  Doe  ", "U.S.", "AT&T", "G7", "EU-US Trade and Technology Council",
		"O'Brien", "#254", "Höne", "Côte d’Ivoire", "ﬁnance", "Ⅻ Forum"}
	for _, e := range kb.Default().Entries() {
		names = append(names, e.Name)
		names = append(names, e.Aliases...)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	const alphabet = "aZ09 -.'&_#é"
	for range 2000 {
		b := make([]rune, rng.IntN(12))
		for i := range b {
			b[i] = []rune(alphabet)[rng.IntN(len([]rune(alphabet)))]
		}
		names = append(names, string(b))
	}
	for _, kind := range []domain.Kind{domain.Actor, domain.Issue} {
		for _, n := range names {
			if got, want := nodeID(kind, n), domain.NodeID(kind, n); got != want {
				t.Errorf("nodeID(%s, %q) = %q, want %q", kind, n, got, want)
			}
		}
	}
}
