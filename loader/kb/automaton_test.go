package kb

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestAutomatonReportsExactlyTheWordStartOccurrences(t *testing.T) {
	// The dense depth only changes how transitions are stored: every state
	// sparse but the roots, the default, and every state dense must all
	// find the same occurrences.
	for _, depth := range []int32{0, 1, denseDepth, 100} {
		t.Run(fmt.Sprintf("with states dense down to depth %d", depth), func(t *testing.T) {
			checkAutomaton(t, depth)
		})
	}
}

func checkAutomaton(t *testing.T, depth int32) {
	// Against brute force on a small alphabet: an occurrence counts when
	// the pattern starts with a non-alphanumeric byte, or starts the text,
	// or follows a non-alphanumeric byte.
	rng := rand.New(rand.NewPCG(3, 4))
	const alphabet = "ab .-'1"
	word := func(max int) string {
		var b strings.Builder
		for i := 1 + rng.IntN(max); i > 0; i-- {
			b.WriteByte(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	for round := 0; round < 1000; round++ {
		var pats []string
		for i := 1 + rng.IntN(8); i > 0; i-- {
			if p := word(5); !slices.Contains(pats, p) {
				pats = append(pats, p)
			}
		}
		a, err := buildAutomaton(slices.Clone(pats), depth)
		if err != nil {
			t.Fatal(err)
		}
		text := word(60)
		var got []string
		a.scan([]byte(text), func(p int32, end int) {
			got = append(got, fmt.Sprintf("%s@%d", pats[p], end))
		})
		var want []string
		for end := 1; end <= len(text); end++ {
			for _, p := range pats {
				start := end - len(p)
				if start < 0 || text[start:end] != p {
					continue
				}
				if !alnum[p[0]] || start == 0 || !alnum[text[start-1]] {
					want = append(want, fmt.Sprintf("%s@%d", p, end))
				}
			}
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Fatalf("patterns %q in %q:\n got %q\nwant %q", pats, text, got, want)
		}
	}
}
