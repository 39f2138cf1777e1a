package kb_test

import (
	"strings"
	"testing"

	"github.com/diplograph/diplograph/loader/corpusgen"
	"github.com/diplograph/diplograph/loader/kb"
)

// BenchmarkFindGenerated measures Find on the generated corpus that
// BenchmarkExtract reads: names drawn from the whole knowledge base, so
// the automaton's deep states are visited all over, not a few hot ones.
func BenchmarkFindGenerated(b *testing.B) {
	k := kb.Default()
	g := corpusgen.New(k, 1)
	var sb strings.Builder
	for sb.Len() < 4<<20 {
		sb.WriteString(g.Document(256 << 10))
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		k.Find(text)
	}
}
