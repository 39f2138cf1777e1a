package kb

import (
	"fmt"
	"strings"
)

// automaton is an Aho-Corasick automaton compiled to a full DFA over byte
// classes, reporting every pattern that ends at each position (overlapping
// semantics). It is written here rather than taken from a library because
// Find needs all overlapping candidates, so that a longer one that fails the
// case or word-boundary checks cannot hide a shorter one that passes, and it
// needs them without an allocation or an interface call per byte: with
// github.com/petar-dambovaliev/aho-corasick (overlapping iterator, DFA) Find
// ran at about 50 MB/s on a tiny KB; this one, with the word marks below,
// runs several times faster on the full KB.
type automaton struct {
	classes  [256]uint8 // byte -> class; 0 and 1 are the bytes no pattern has
	nclasses int32
	// delta is the transition table: delta[row+class] is the next state's
	// row (state number × nclasses), with matchFlag set if that state ends
	// at least one pattern.
	delta []int32
	// Patterns ending in state s (by state number) are outs[outOff[s]:outOff[s+1]].
	outOff []int32
	outs   []int32
}

const matchFlag = int32(1) << 30

// wordMark is the virtual byte that the automaton reads before each word
// start, in patterns and in texts alike (see marked). It never occurs in
// folded text.
const wordMark = 0x01

// alnum reports whether a folded byte is an ASCII letter or digit.
var alnum = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// marked inserts wordMark before each ASCII letter or digit that starts
// the key or follows a byte that is not one. The transition table reads a
// mark at the same places in the text (see newAutomaton), so a pattern can
// only begin at a word start, and inside a word the automaton idles at its
// root instead of chasing every acronym ("ai" in "said"). The text's word
// starts are a superset of the true ones (a letter after a non-ASCII byte
// counts), so no match is lost; Find checks the real boundaries on the
// original text.
func marked(key string) string {
	var b strings.Builder
	prev := false
	for i := 0; i < len(key); i++ {
		c := key[i]
		if alnum[c] && !prev {
			b.WriteByte(wordMark)
		}
		prev = alnum[c]
		b.WriteByte(c)
	}
	return b.String()
}

func newAutomaton(keys []string) (*automaton, error) {
	a := &automaton{}
	for i, k := range keys {
		if strings.IndexByte(k, wordMark) >= 0 {
			return nil, fmt.Errorf("pattern %q holds the word mark byte", k)
		}
		keys[i] = marked(k)
	}
	// Byte classes: one per byte used in some pattern, plus class 0 for the
	// other bytes and class 1 for the other letters and digits (which must
	// not be taken for word boundaries).
	const otherAlnum = 1
	n := int32(2)
	for _, k := range keys {
		for i := 0; i < len(k); i++ {
			if a.classes[k[i]] == 0 {
				if n == 255 {
					return nil, fmt.Errorf("patterns use more than 254 distinct bytes")
				}
				a.classes[k[i]] = uint8(n)
				n++
			}
		}
	}
	for c := 0; c < 256; c++ {
		if alnum[c] && a.classes[c] == 0 {
			a.classes[c] = otherAlnum
		}
	}
	a.nclasses = n

	// The trie, with children as short lists (most nodes have one child).
	type edge struct {
		c    uint8
		node int32
	}
	type node struct {
		next  []edge
		fail  int32
		outs  []int32
		state int32 // number in breadth-first order
	}
	nodes := []node{{}}
	for pi, k := range keys {
		if k == "" {
			return nil, fmt.Errorf("pattern %d is empty", pi)
		}
		s := int32(0)
	bytes:
		for i := 0; i < len(k); i++ {
			c := a.classes[k[i]]
			for _, e := range nodes[s].next {
				if e.c == c {
					s = e.node
					continue bytes
				}
			}
			nx := int32(len(nodes))
			nodes = append(nodes, node{})
			nodes[s].next = append(nodes[s].next, edge{c, nx})
			s = nx
		}
		nodes[s].outs = append(nodes[s].outs, int32(pi))
	}
	if int64(len(nodes))*int64(n) >= int64(matchFlag) {
		return nil, fmt.Errorf("automaton too large: %d states × %d classes", len(nodes), n)
	}

	// Breadth-first order numbers the states, so that the shallow states,
	// where the scan spends nearly all its time, share a few cache lines.
	order := make([]int32, 1, len(nodes))
	for qi := 0; qi < len(order); qi++ {
		nodes[order[qi]].state = int32(qi)
		for _, e := range nodes[order[qi]].next {
			order = append(order, e.node)
		}
	}
	// In the same order, fill each state's row of the transition table and
	// give its children their failure links. A state's failure is
	// shallower, so its row and outputs are complete when they are needed.
	delta := make([]int32, len(nodes)*int(n))
	for qi, id := range order {
		nd := &nodes[id]
		row := int32(qi) * n
		if qi > 0 {
			f := &nodes[nd.fail]
			frow := f.state * n
			copy(delta[row:row+n], delta[frow:frow+n])
			nd.outs = append(nd.outs, f.outs...)
		}
		for _, e := range nd.next {
			delta[row+int32(e.c)] = nodes[e.node].state
		}
		for _, e := range nd.next {
			if qi > 0 {
				// Where the failure state goes on c, as a node id.
				nodes[e.node].fail = order[delta[nodes[nd.fail].state*n+int32(e.c)]]
			}
		}
	}
	// Fold the word marks into the table, so that the scan reads plain
	// bytes: a letter or digit read in a state whose last byte was not one
	// first reads the mark. Every state but the root knows its last byte
	// (the label of the trie edge into it); the root is split in two, the
	// start state 0 ("after a non-word byte") and rootIn ("inside a word").
	nst := int32(len(nodes))
	rootIn := nst
	label := make([]uint8, nst) // state -> last byte's class
	inWord := make([]bool, n)   // class -> letter or digit
	for c := 0; c < 256; c++ {
		if alnum[c] {
			inWord[a.classes[c]] = true
		}
	}
	for _, id := range order {
		for _, e := range nodes[id].next {
			label[nodes[e.node].state] = e.c
		}
	}
	mark := int32(a.classes[wordMark])
	full := make([]int32, int(nst+1)*int(n))
	for st := int32(0); st <= nst; st++ {
		src := st
		if st == rootIn {
			src = 0
		}
		after := st == rootIn || st != 0 && inWord[label[st]]
		for c := int32(0); c < n; c++ {
			var t int32
			if inWord[c] && !after && mark != 0 {
				t = delta[delta[src*n+mark]*n+c]
			} else {
				t = delta[src*n+c]
			}
			if t == 0 && inWord[c] {
				t = rootIn
			}
			full[st*n+c] = t
		}
	}
	// Outputs by state number, then premultiply the table by the row length
	// and flag the states that end a pattern.
	a.outOff = make([]int32, nst+2)
	for qi, id := range order {
		a.outOff[qi] = int32(len(a.outs))
		a.outs = append(a.outs, nodes[id].outs...)
	}
	a.outOff[nst] = int32(len(a.outs)) // rootIn has none
	a.outOff[nst+1] = int32(len(a.outs))
	for i, st := range full {
		v := st * n
		if a.outOff[st+1] > a.outOff[st] {
			v |= matchFlag
		}
		full[i] = v
	}
	a.delta = full
	return a, nil
}

// scan calls hit(pattern, end) for every pattern occurrence in b, in order
// of end offset; end is a folded offset (word marks are virtual).
func (a *automaton) scan(b []byte, hit func(p int32, end int)) {
	delta, classes, n := a.delta, &a.classes, a.nclasses
	s := int32(0)
	for i := 0; i < len(b); i++ {
		s = delta[s+int32(classes[b[i]])]
		if s&matchFlag != 0 {
			s &^= matchFlag
			st := s / n
			for _, p := range a.outs[a.outOff[st]:a.outOff[st+1]] {
				hit(p, i+1)
			}
		}
	}
}
