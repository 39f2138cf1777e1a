package loader

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/diplograph/diplograph/loader/kb"
)

//go:embed lexicon/capitals.tsv
var capitalTable string

// capitalsOf reads capitals.tsv against k: the first word of each capital,
// as written, to the capitals it opens and the state each stands for.
func capitalsOf(k *kb.KB) (map[string][]capital, error) {
	out := map[string][]capital{}
	for n, line := range strings.Split(capitalTable, "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, state, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("capitals.tsv:%d: want capital<TAB>state", n+1)
		}
		en, found := k.Lookup(state)
		if !found {
			continue // a knowledge base without the state (a test's) has no use for its capital
		}
		words := strings.Fields(name)
		out[words[0]] = append(out[words[0]], capital{words: words, state: en})
	}
	return out, nil
}

// capital is one line of capitals.tsv.
type capital struct {
	words []string
	state *kb.Entry
}

// capitalAt returns the state whose capital's name starts at token i and
// stands for its government there, and the token after the name: the name
// is capitalised, inside no other name, after no preposition but the
// agent's "by" (or, in the possessive, any but one of place: "against
// Washington's export controls", not "in Beijing's old town"), and either
// in the possessive or before a verb ("Beijing denounced", "Washington has
// urged", "condemned by Kyiv").
func (p *docParse) capitalAt(st *sentence, i int) (*kb.Entry, int) {
	if p.kbAt[i] != nil {
		return nil, 0
	}
	// "relations between Ottawa and New Delhi": a pair of capitals is a
	// pair of governments, whatever governs it.
	between := p.isWord(i-1, "between")
	// "a technology war with Beijing", "sanctions against Moscow",
	// "criticism from Washington": the partner of a relation the words
	// before state is a government.
	partner := (p.isWord(i-1, "with") || p.isWord(i-1, "against") || p.isWord(i-1, "from")) && p.cueBefore(i-1, 3)
	after := i > st.t0 && p.toks[i-1].word && p.toks[i-1].flags&(fPreposition|fDeterminer) != 0 && !p.isWord(i-1, "by") && !between && !partner
	placed := after && (p.toks[i-1].flags&fDeterminer != 0 || p.isWord(i-1, "in") || p.isWord(i-1, "at") || p.isWord(i-1, "near") || p.isWord(i-1, "across") || p.isWord(i-1, "around"))
	cs := p.ex.capitals[p.word(i)]
next:
	for _, c := range cs {
		end := i + len(c.words)
		if end > st.t1 {
			continue
		}
		for j, w := range c.words {
			if !p.toks[i+j].cap || p.word(i+j) != w {
				continue next
			}
		}
		if after && (placed || !p.toks[end-1].poss) {
			continue
		}
		if between || p.capitalPairAt(st, end) {
			return c.state, end // "Washington and Brussels agreed ..."
		}
		if partner || p.toks[end-1].poss || p.isWord(i-1, "by") || end < st.t1 && p.toks[end].word && p.toks[end].lower &&
			(p.toks[end].flags&(fAuxiliary|fSays|fVerb|fHedge) != 0 && !p.isWord(end, "which") && !p.isWord(end, "that") || p.pastVerb(end) || p.verbLike(end) || p.cueAt(end, st.t1)) {
			return c.state, end
		}
	}
	return nil, 0
}

// cueBefore reports a cue phrase that ends at token k, starting at most n
// words before it.
func (p *docParse) cueBefore(k, n int) bool {
	for j := k - 1; j >= 0 && k-j <= n; j-- {
		if !p.toks[j].word {
			return false
		}
		for _, c := range p.toks[j].lex().cues {
			if end, ok := p.matchCue(c, j, k+1); ok && end >= k {
				return true
			}
		}
	}
	return false
}

// capitalPairAt reports "and" at token k and another capital after it:
// "Washington and Brussels", "Tokyo and Seoul".
func (p *docParse) capitalPairAt(st *sentence, k int) bool {
	return k+1 < st.t1 && p.isWord(k, "and") && p.toks[k+1].cap && len(p.ex.capitals[p.word(k+1)]) > 0
}
