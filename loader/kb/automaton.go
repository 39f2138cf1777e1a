package kb

import (
	"fmt"
	"math"
	"strings"
)

// automaton is an Aho-Corasick automaton compiled to a DFA over byte
// classes, reporting every pattern that ends at each position (overlapping
// semantics). It is written here rather than taken from a library because
// Find needs all overlapping candidates, so that a longer one that fails the
// case or word-boundary checks cannot hide a shorter one that passes, and it
// needs them without an allocation or an interface call per byte: with
// github.com/petar-dambovaliev/aho-corasick (overlapping iterator, DFA) Find
// ran at about 50 MB/s on a tiny KB; this one, with the word marks below,
// runs several times faster on the full KB.
//
// A full transition table for every state would take over 10 MB for the
// default KB, and a text that names many different entries walks its deep
// states all over it, one cache miss per byte. So only the shallow states,
// where the scan spends most of its time, have a row in a dense table; a
// deep state differs from some dense state's row in a class or two (the
// next byte of the names it is inside), and stores just those exceptions.
// Deep states are numbered depth first, so that walking a long name reads
// consecutive records. Both forms give exactly the transitions of the full
// table.
type automaton struct {
	classes  [256]uint8 // byte -> class; 0 and 1 are the bytes no pattern has
	nclasses int32
	// dense is the table of the shallow states: dense[row+class] is the
	// next state's code (see code), with matchFlag set if that state ends
	// at least one pattern.
	dense []int32
	// sparse holds the deep states, whose codes are sparseBase and up.
	sparse     []sparseState
	excs       []exception
	sparseBase int32
	// Patterns ending in state s (by state number) are outs[outOff[s]:outOff[s+1]].
	outOff []int32
	outs   []int32
	ndense int32 // states 0..ndense-1 are dense, the others sparse
	rootIn int32 // the code of the root inside a word (see buildAutomaton)
}

// sparseState is a deep state: its transitions are those of dense state
// row's row except on the classes of its exceptions. The first exception
// is stored inline (most deep states have exactly one: the next byte of
// the name). Twelve bytes, so that a walk down a long name reads few
// cache lines.
type sparseState struct {
	to   int32  // the first exception's next state's code
	more int32  // further exceptions: excs[more:more+n]
	row  uint16 // number of the dense state whose row is shared
	c    uint8  // class of the first exception, noClass if none
	n    uint8  // number of further exceptions
}

// noClass is a class number no byte has: the classes stop at 254.
const noClass = 255

type exception struct {
	c, to int32
}

const matchFlag = int32(1) << 30

// denseDepth is the depth, in marked bytes, down to which states are dense:
// the word mark and the first two letters of a word.
const denseDepth = 3

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
	return buildAutomaton(keys, denseDepth)
}

// buildAutomaton is newAutomaton with the dense depth as a parameter, so
// that tests can push every state into either form.
func buildAutomaton(keys []string, denseDepth int32) (*automaton, error) {
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
		depth int32
		state int32 // number: dense states first, then rootIn, then the deep ones
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
			nodes = append(nodes, node{depth: nodes[s].depth + 1})
			nodes[s].next = append(nodes[s].next, edge{c, nx})
			s = nx
		}
		nodes[s].outs = append(nodes[s].outs, int32(pi))
	}
	// One more state than nodes: the root is split in two (see below).
	nst := int32(len(nodes)) + 1
	if int64(nst)*int64(n) >= int64(matchFlag) {
		return nil, fmt.Errorf("automaton too large: %d states × %d classes", nst, n)
	}

	// Breadth-first order, in which failure links are computed.
	order := make([]int32, 1, len(nodes))
	for qi := 0; qi < len(order); qi++ {
		for _, e := range nodes[order[qi]].next {
			order = append(order, e.node)
		}
	}
	// Number the states: the shallow ones in breadth-first order, so that
	// the hottest rows share a few cache lines; then rootIn, the root
	// "inside a word"; then the deep ones in depth-first order.
	byNum := make([]int32, 0, nst) // state number -> node, -1 for rootIn
	for _, id := range order {
		if nodes[id].depth <= denseDepth {
			byNum = append(byNum, id)
		}
	}
	ndense := int32(len(byNum)) + 1
	rootIn := ndense - 1
	byNum = append(byNum, -1)
	var dfs func(id int32)
	dfs = func(id int32) {
		byNum = append(byNum, id)
		for _, e := range nodes[id].next {
			dfs(e.node)
		}
	}
	for _, id := range order {
		if nodes[id].depth == denseDepth+1 {
			dfs(id)
		}
	}
	for num, id := range byNum {
		if id >= 0 {
			nodes[id].state = int32(num)
		}
	}

	// In breadth-first order, fill each state's row of the full transition
	// table (by state number) and give its children their failure links.
	// A state's failure is shallower, so its row and outputs are complete
	// when they are needed.
	delta := make([]int32, int(nst)*int(n))
	for qi, id := range order {
		nd := &nodes[id]
		row := nd.state * n
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
				nodes[e.node].fail = byNum[delta[nodes[nd.fail].state*n+int32(e.c)]]
			}
		}
	}
	// Fold the word marks into the table, so that the scan reads plain
	// bytes: a letter or digit read in a state whose last byte was not one
	// first reads the mark. Every state but the root knows its last byte
	// (the label of the trie edge into it); the root is split in two, the
	// start state 0 ("after a non-word byte") and rootIn ("inside a word").
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
	full := make([]int32, int(nst)*int(n))
	for st := int32(0); st < nst; st++ {
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
	// Outputs by state number.
	a.outOff = make([]int32, nst+1)
	for num, id := range byNum {
		a.outOff[num] = int32(len(a.outs))
		if id >= 0 {
			a.outs = append(a.outs, nodes[id].outs...)
		}
	}
	a.outOff[nst] = int32(len(a.outs))

	// Compile the full table into the two forms. A state's code is its
	// dense row (number × classes) or sparseBase plus its sparse index,
	// with matchFlag set if it ends a pattern.
	a.ndense = ndense
	a.sparseBase = ndense * n
	code := func(st int32) int32 {
		v := st * n
		if st >= ndense {
			v = a.sparseBase + st - ndense
		}
		if a.outOff[st+1] > a.outOff[st] {
			v |= matchFlag
		}
		return v
	}
	a.rootIn = code(rootIn)
	a.dense = make([]int32, ndense*n)
	for i := range a.dense {
		a.dense[i] = code(full[i])
	}
	// A deep state shares the row of the dense state on its failure chain
	// (or of either root) that it differs from least.
	if ndense > math.MaxUint16 {
		return nil, fmt.Errorf("automaton too large: %d dense states", ndense)
	}
	a.sparse = make([]sparseState, nst-ndense)
	for st := ndense; st < nst; st++ {
		fr := full[st*n : (st+1)*n]
		best, bestDiff := int32(0), n+1
		try := func(d int32) {
			diff := int32(0)
			for c, t := range full[d*n : (d+1)*n] {
				if fr[c] != t {
					diff++
				}
			}
			if diff < bestDiff {
				best, bestDiff = d, diff
			}
		}
		try(0)
		try(rootIn)
		for id := nodes[byNum[st]].fail; ; id = nodes[id].fail {
			if d := nodes[id].state; d < ndense {
				try(d)
				break
			}
		}
		sp := sparseState{c: noClass, row: uint16(best), more: int32(len(a.excs))}
		for c, t := range fr {
			if t == full[best*n+int32(c)] {
				continue
			}
			if sp.c == noClass {
				sp.c, sp.to = uint8(c), code(t)
			} else {
				a.excs = append(a.excs, exception{int32(c), code(t)})
				sp.n++
			}
		}
		a.sparse[st-ndense] = sp
	}
	return a, nil
}

// scan calls hit(pattern, end) for every pattern occurrence in b, in order
// of end offset; end is a folded offset (word marks are virtual).
func (a *automaton) scan(b []byte, hit func(p int32, end int)) {
	dense, sparse, excs, classes := a.dense, a.sparse, a.excs, &a.classes
	base, rootIn, n := a.sparseBase, a.rootIn, a.nclasses
	s := int32(0)
	for i := 0; i < len(b); i++ {
		c := int32(classes[b[i]])
		if s < base {
			s = dense[s+c]
			if s == rootIn {
				// Inside a word that starts no pattern, which only a
				// byte other than a letter or digit ends: skip to it.
				for i+1 < len(b) && alnum[b[i+1]] {
					i++
				}
			}
		} else {
			sp := &sparse[s-base]
			if int32(sp.c) == c {
				s = sp.to
			} else {
				s = dense[int32(sp.row)*n+c]
				for _, e := range excs[sp.more : sp.more+int32(sp.n)] {
					if e.c == c {
						s = e.to
						break
					}
				}
			}
		}
		if s&matchFlag != 0 {
			s &^= matchFlag
			st := s / a.nclasses
			if s >= base {
				st = a.ndense + s - base
			}
			for _, p := range a.outs[a.outOff[st]:a.outOff[st+1]] {
				hit(p, i+1)
			}
		}
	}
}
