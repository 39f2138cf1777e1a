package memstore

import (
	"cmp"
	"encoding/hex"
	"slices"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/store"
)

// The graph is held in tables indexed by int32 rather than in maps of
// structs, and a document keeps only the indexes of what it contributed, so
// that a million relations fit in a few hundred megabytes (issue 10). IDs
// are looked up once, on the way in; everything inside refers by index. A
// freed index is reused, so an index is only meaningful while what it names
// lives: a document's indexes stay valid because its contributions keep
// their nodes and relations alive.

// node is an entity: what each document said about it (claims), and the view
// those claims add up to, recomputed when they change.
type node struct {
	// What a document that mentions the node reads and writes comes first,
	// in as few cache lines as the fields fit: a load waits for memory once
	// per line it touches, and a hub is touched by most documents.
	claims []nodeClaim // in document ID order
	rels   []int32     // adjacency: the relations that touch the node
	// The distinct ways documents described the node: the first in line,
	// since most nodes have only one however many documents mention them,
	// then the others (see more). The ID is the first's, so that looking
	// the node up by it brings the description into the cache for the
	// comparison that follows.
	first    description
	mentions int
	dirty    bool // the view waits for refresh

	// The view, from the claims (see recompute).
	kind                domain.Kind
	name, subtype, code string
	aliases             []string // sorted, without the name
	forms               []string // folded name then aliases, for search and name filters

	more []description
	id   string   // empty for a free slot
	_    [24]byte // to nodeSize
}

// nodeSize is a node's size, four cache lines, so that a table's block of
// nodes (page-aligned, as every large allocation is) puts each node's first
// field at the start of a line and its hot fields in two lines. The build
// fails when a change to node makes it another size.
const nodeSize = 256

var _ = [1]struct{}{}[unsafe.Sizeof(node{})-nodeSize]

// nodeClaim is one document's contribution to a node.
type nodeClaim struct {
	doc      int32
	attrs    int32 // the description: 0 for the node's first, i for more[i-1]
	mentions int32
}

// relation is a typed edge. Its ID is the hash part of the "rel:" ID as
// bytes: hex keeps byte order, so comparing keys orders relations by ID.
// Most relations are stated by one document, so that claim is held in
// line and the struct holds no pointer: the collector never scans the
// million of them. The claims of a relation that more documents state are
// in graph.shared instead, and claim.doc is then -1.
type relation struct {
	key      relKey
	typ      uint8 // index into domain.RelationTypes
	src, dst int32 // src is -1 for a free slot
	claim    relClaim
}

type relKey [10]byte

// relClaim is one document's contribution to a relation: its strongest
// statement and where the document keeps the sentences.
type relClaim struct {
	doc      int32
	rule     int32 // index into graph.rules
	conf     float64
	from, to int32 // the evidence, doc.evidence[from:to]
}

// span locates a text (a mention's or an evidence sentence's) in its
// document: start and end are the rune offsets as given; the text itself is
// the bytes text[tStart:tEnd] of the document, or, when it is not a slice of
// the document (tStart < 0), the document's odd texts[tEnd].
type span struct {
	start, end   int32
	tStart, tEnd int32
}

type mention struct {
	entity int32
	span
}

type evidence struct {
	span
	meta int32 // index into graph.metas
}

// evidenceMeta is what an evidence sentence carries besides its place.
// These repeat a great deal (a few years and dates, a few dozen rules), so
// they are interned rather than stored per sentence.
type evidenceMeta struct {
	year     int
	date     domain.Date
	dateKind domain.DateKind
	rule     string
}

type document struct {
	doc  domain.Doc // empty ID for a free slot
	seq  uint64
	size int // the text's length in code points
	// What the document contributed, by index: the nodes and relations it
	// has claims on, its mentions in text order, and the evidence its
	// relation claims point into.
	nodes    []int32
	rels     []int32
	mentions []mention
	evidence []evidence
	texts    []string // the texts that are not slices of the document
}

// text is the text a span locates in d.
func (d *document) text(s span) string {
	if s.tStart < 0 {
		return d.texts[s.tEnd]
	}
	return d.doc.Text[s.tStart:s.tEnd]
}

// interner numbers the distinct values it is given. It never forgets one:
// what it holds (rules, evidence dates) comes from a small vocabulary.
type interner[T comparable] struct {
	index  map[T]int32
	values []T
}

func (in *interner[T]) intern(v T) int32 {
	if i, ok := in.index[v]; ok {
		return i
	}
	if in.index == nil {
		in.index = map[T]int32{}
	}
	i := int32(len(in.values))
	in.index[v] = i
	in.values = append(in.values, v)
	return i
}

// graph is the derived, queryable form of the applied documents. It is not
// safe for concurrent use; Store guards it, except for docList (see
// documents).
type graph struct {
	docs     table[document]
	nodes    table[node]
	rels     table[relation]
	shared   map[int32][]relClaim // the claims of the relations more than one document states
	docIDs   map[string]int32
	nodeIDs  map[string]int32
	relIDs   map[relKey]int32
	relCount int
	rules    interner[string]
	metas    interner[evidenceMeta]
	scratch  []string // recompute's aliases, kept between calls
	dirty    []int32  // the nodes whose views wait for refresh
	work     applyScratch
	// lastDocID is the greatest document ID applied so far, removed ones
	// included: no document's ID sorts after it.
	lastDocID string
	// docList is the documents by name, built by the first reader after a
	// change and dropped by the next change.
	docList atomic.Pointer[[]domain.DocumentInfo]
	// sums is counts' answer, kept like docList: `stats` is sent in
	// spellings the answer cache cannot share, and counting visits every
	// node and relation (200 ms of CPU a call at 50,000 entities).
	sums atomic.Pointer[domain.Counts]
}

func newGraph() *graph {
	return &graph{docIDs: map[string]int32{}, nodeIDs: map[string]int32{}, relIDs: map[relKey]int32{}, shared: map[int32][]relClaim{}}
}

// applyBatch replaces, for each extraction in turn, whatever its document
// contributed; the i-th extraction gets sequence number first+i.
func (g *graph) applyBatch(xs []domain.Extraction, first uint64) {
	for i, x := range xs {
		g.apply(x, first+uint64(i))
	}
	g.refresh()
}

// apply replaces what x's document contributed with x; refresh must follow
// before the graph is read.
func (g *graph) apply(x domain.Extraction, seq uint64) {
	g.retract(x.Document.ID)
	di := g.docs.add()
	g.docIDs[x.Document.ID] = di
	size := runeCount(x.Document.Text)
	d := g.docs.at(di)
	*d = document{doc: x.Document, seq: seq, size: size}
	loc := newLocator(x.Document.Text, size)

	last := x.Document.ID > g.lastDocID
	if last {
		g.lastDocID = x.Document.ID
	}

	// Entities first: relations and mentions name them by index.
	w := &g.work
	w.reset()
	local := w.local
	claimAt := w.claimAt // the claim's position in its node's claims
	merged := w.merged
	d.nodes = make([]int32, 0, len(x.Entities))
	// The lookups come first, in a loop of their own: each is a wait for
	// memory, and the processor overlaps the waits of lookups that do not
	// depend on one another. Nothing this document does before using them
	// frees a node.
	found := slices.Grow(w.found, len(x.Entities))[:len(x.Entities)]
	for i := range x.Entities {
		ni, ok := g.nodeIDs[x.Entities[i].ID]
		found[i] = ni
		if !ok {
			found[i] = -1
		}
	}
	// So do the places of the claims, for the same reason: each is a wait
	// for the node, and in a loop this short the waits of a document's
	// nodes overlap. A node found here gets no other claim before its own.
	// The loop also reads the ends of each node's claims and adjacency,
	// where they have room, to bring in the lines the new claim and the
	// document's relations will be written to: written later, among the
	// rest of apply's work, each was a wait of its own for most nodes. The
	// sum is kept only so that the reads are not compiled away.
	places := slices.Grow(w.places, len(x.Entities))[:len(x.Entities)]
	var ends int32
	for i, ni := range found {
		if ni >= 0 {
			n := g.nodes.at(ni)
			places[i] = g.claimPlace(n, x.Document.ID, last)
			if c := n.claims; len(c) > 0 && len(c) < cap(c) {
				ends += c[len(c)-1].doc
			}
			if r := n.rels; len(r) > 0 && len(r) < cap(r) {
				ends += r[len(r)-1]
			}
		}
	}
	w.ends = ends
	for i, e := range x.Entities {
		a := nodeAttrs{kind: e.Kind, name: e.Name, subtype: e.Subtype, code: e.Code, aliases: e.Aliases}
		if j, ok := local[e.ID]; ok {
			merged[j] = mergeAttrs(merged[j], a)
			continue
		}
		ni, at := found[i], places[i]
		if ni < 0 {
			ni, at = g.nodes.add(), 0
			*g.nodes.at(ni) = node{id: e.ID}
			g.nodeIDs[e.ID] = ni
		}
		local[e.ID] = int32(len(d.nodes))
		d.nodes = append(d.nodes, ni)
		merged = append(merged, a)
		n := g.nodes.at(ni)
		claimAt = append(claimAt, at)
		n.claims = slices.Insert(n.claims, at, nodeClaim{doc: di})
	}

	mentions := slices.Grow(w.mentions, len(d.nodes))[:len(d.nodes)]
	clear(mentions)
	d.mentions = make([]mention, len(x.Mentions))
	for i, m := range x.Mentions {
		j := local[m.Entity]
		mentions[j]++
		d.mentions[i] = mention{entity: d.nodes[j], span: loc.locate(d, m.Start, m.End, m.Text)}
	}
	slices.SortStableFunc(d.mentions, func(a, b mention) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end))
	})

	for j, ni := range d.nodes {
		n := g.nodes.at(ni)
		ai, fresh := n.internAttrs(merged[j])
		n.claims[claimAt[j]].attrs, n.claims[claimAt[j]].mentions = ai, mentions[j]
		if fresh && ai == 0 {
			// A new node: its ID becomes the description's.
			n.id = n.first.id()
			g.nodeIDs[n.id] = ni
		}
		if !n.dirty && (fresh || !n.absorb(&merged[j], mentions[j])) {
			g.markDirty(ni)
		}
	}

	// A relation may come more than once in an extraction; its claim's
	// evidence must lie together in the document's.
	order := slices.Grow(w.order, len(x.Relations))[:len(x.Relations)]
	first := w.first
	for i, r := range x.Relations {
		if j, ok := first[r.ID]; ok {
			order[i] = j
			continue
		}
		first[r.ID] = i
		order[i] = i
	}
	evidenceCount := 0
	for _, r := range x.Relations {
		evidenceCount += len(r.Evidence)
	}
	d.evidence = make([]evidence, 0, evidenceCount)
	d.rels = make([]int32, 0, len(x.Relations))
	for i, r := range x.Relations {
		if order[i] != i {
			continue
		}
		claim := relClaim{doc: di, rule: g.rules.intern(r.Rule), conf: r.Confidence, from: int32(len(d.evidence))}
		best := store.Provenance{Confidence: r.Confidence, Rule: r.Rule}
		for j := i; j < len(x.Relations); j++ {
			if order[j] != i {
				continue
			}
			o := x.Relations[j]
			if p := (store.Provenance{Confidence: o.Confidence, Rule: o.Rule}); p.Outranks(best) {
				best, claim.conf, claim.rule = p, o.Confidence, g.rules.intern(o.Rule)
			}
			for _, ev := range o.Evidence {
				meta := g.metas.intern(evidenceMeta{year: ev.Year, date: ev.Date, dateKind: ev.DateKind, rule: ev.Rule})
				d.evidence = append(d.evidence, evidence{span: loc.locate(d, ev.Start, ev.End, ev.Text), meta: meta})
			}
		}
		claim.to = int32(len(d.evidence))
		ri := g.relation(r, d.nodes[local[r.Source]], d.nodes[local[r.Target]], claim)
		d.rels = append(d.rels, ri)
	}
	w.claimAt, w.merged, w.mentions, w.order, w.found, w.places = claimAt, merged, mentions, order, found, places
	g.docList.Store(nil)
	g.sums.Store(nil)
}

// applyScratch is apply's working memory, kept from one document to the
// next rather than allocated for each.
type applyScratch struct {
	local    map[string]int32 // entity ID to its place in the document's nodes
	first    map[string]int   // relation ID to its first place in the extraction
	claimAt  []int
	merged   []nodeAttrs
	mentions []int32
	order    []int
	found    []int32
	places   []int
	// ends keeps the places loop's reads of the nodes' claims and
	// adjacency (see apply).
	ends int32
}

func (w *applyScratch) reset() {
	// A map keeps the room its largest document needed, and clearing it
	// costs that room each time: one outsized document's maps are dropped.
	const keep = 1024
	if w.local == nil || len(w.local) > keep || len(w.first) > keep {
		w.local, w.first = map[string]int32{}, map[string]int{}
	}
	clear(w.local)
	clear(w.first)
	clear(w.merged) // the extraction's strings need not outlive it
	w.claimAt, w.merged, w.mentions, w.order, w.found, w.places = w.claimAt[:0], w.merged[:0], w.mentions[:0], w.order[:0], w.found[:0], w.places[:0]
}

// claimPlace is where a claim of document docID goes among n's claims,
// which are kept in document ID order so that a node's documents read in
// order without sorting a hub's thousands on every read. Documents mostly
// come in name order: one whose ID sorts after every document's before it
// (last) goes at the end without a look at the others, which would each be
// a wait for memory.
func (g *graph) claimPlace(n *node, docID string, last bool) int {
	if last || len(n.claims) == 0 || g.docs.at(n.claims[len(n.claims)-1].doc).doc.ID < docID {
		return len(n.claims)
	}
	at, _ := slices.BinarySearchFunc(n.claims, docID, func(c nodeClaim, id string) int {
		return cmp.Compare(g.docs.at(c.doc).doc.ID, id)
	})
	return at
}

// mergeAttrs folds a repeated entity of one extraction into one
// contribution: the later non-empty field wins and aliases add up.
func mergeAttrs(prev, e nodeAttrs) nodeAttrs {
	prev.aliases = append(slices.Clip(prev.aliases), e.aliases...) // a copy: prev's are the extraction's
	prev.name = cmp.Or(e.name, prev.name)
	prev.subtype = cmp.Or(e.subtype, prev.subtype)
	prev.code = cmp.Or(e.code, prev.code)
	return prev
}

// internAttrs returns the index of a among the node's descriptions, and
// whether it is new there.
func (n *node) internAttrs(a nodeAttrs) (int32, bool) {
	if n.first == "" {
		n.first = describe(n.id, &a)
		return 0, true
	}
	if n.first.is(&a) {
		return 0, false
	}
	for i, d := range n.more {
		if d.is(&a) {
			return int32(i + 1), false
		}
	}
	n.more = append(n.more, describe(n.id, &a))
	return int32(len(n.more)), true
}

// absorb updates the view for a claim newer than any other that describes
// the node as an earlier claim did, as recompute would, but without going
// over every claim again: a hub gains a claim in most batches. It reports
// false, changing nothing, when the claim renames the node, since the
// folded forms then need recompute.
func (n *node) absorb(a *nodeAttrs, mentions int32) bool {
	if a.name != "" && a.name != n.name {
		return false
	}
	// Only what changes is written: the fields that rarely do lie in the
	// node's colder cache lines.
	n.kind = a.kind
	if a.subtype != "" {
		n.subtype = a.subtype
	}
	if a.code != "" {
		n.code = a.code
	}
	n.mentions += int(mentions)
	return true
}

// relation adds claim to r, adding r between src and dst if new, and
// returns r's index.
func (g *graph) relation(r domain.Relation, src, dst int32, claim relClaim) int32 {
	k := keyOf(r.ID)
	if ri, ok := g.relIDs[k]; ok {
		if one := &g.rels.at(ri).claim; one.doc >= 0 {
			g.shared[ri] = []relClaim{*one, claim}
			one.doc = -1
		} else {
			g.shared[ri] = append(g.shared[ri], claim)
		}
		return ri
	}
	ri := g.rels.add()
	*g.rels.at(ri) = relation{key: k, typ: uint8(slices.Index(domain.RelationTypes, r.Type)), src: src, dst: dst, claim: claim}
	g.relIDs[k] = ri
	g.relCount++
	g.nodes.at(src).rels = append(g.nodes.at(src).rels, ri)
	if dst != src {
		g.nodes.at(dst).rels = append(g.nodes.at(dst).rels, ri)
	}
	return ri
}

// keyOf reads a relation ID; Validate has checked that it is
// domain.RelationID's.
func keyOf(id string) relKey {
	var k relKey
	hex.Decode(k[:], []byte(id[len("rel:"):]))
	return k
}

func (k relKey) id() string {
	return "rel:" + hex.EncodeToString(k[:])
}

// runeCount is utf8.RuneCountInString, but 8 bytes at a time while the
// text is ASCII, as most is: RuneCountInString decodes byte by byte, and
// apply counts every document's text on the serial path of a load.
func runeCount(text string) int {
	const highBits = 0x8080808080808080
	i := 0
	for ; i+8 <= len(text); i += 8 {
		b := text[i : i+8]
		word := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if word&highBits != 0 {
			break
		}
	}
	return i + utf8.RuneCountInString(text[i:])
}

// locator turns the rune offsets of a document's mentions and evidence into
// byte offsets, so that a text equal to the document's own slice is kept as
// two offsets rather than a copy.
type locator struct {
	text  string
	bytes []int32 // byte offset of each rune and of the end; nil for ASCII text
}

func newLocator(text string, runes int) locator {
	l := locator{text: text}
	if runes != len(text) {
		l.bytes = make([]int32, 0, runes+1)
		for i := range text {
			l.bytes = append(l.bytes, int32(i))
		}
		l.bytes = append(l.bytes, int32(len(text)))
	}
	return l
}

func (l locator) byteOffset(r int) (int, bool) {
	if r < 0 {
		return 0, false
	}
	if l.bytes == nil {
		return r, r <= len(l.text)
	}
	if r >= len(l.bytes) {
		return 0, false
	}
	return int(l.bytes[r]), true
}

func (l locator) locate(d *document, start, end int, text string) span {
	s := span{start: int32(start), end: int32(end)}
	bs, ok1 := l.byteOffset(start)
	be, ok2 := l.byteOffset(end)
	if ok1 && ok2 && bs <= be && l.text[bs:be] == text {
		s.tStart, s.tEnd = int32(bs), int32(be)
		return s
	}
	s.tStart, s.tEnd = -1, int32(len(d.texts))
	d.texts = append(d.texts, text)
	return s
}

// remove takes a document out; it reports whether the document existed.
func (g *graph) remove(docID string) bool {
	if _, ok := g.docIDs[docID]; !ok {
		return false
	}
	g.retract(docID)
	g.refresh()
	return true
}

// retract takes out what a document contributed. A relation left without
// claims goes at once; a node left without claims goes in refresh, since
// the same batch may bring the document back.
func (g *graph) retract(docID string) {
	di, ok := g.docIDs[docID]
	if !ok {
		return
	}
	d := g.docs.at(di)
	for _, ri := range d.rels {
		r := g.rels.at(ri)
		if r.claim.doc == di {
			g.dropRelation(ri)
			continue
		}
		claims := slices.DeleteFunc(g.shared[ri], func(c relClaim) bool { return c.doc == di })
		if len(claims) > 1 {
			g.shared[ri] = claims
			continue
		}
		r.claim = claims[0]
		delete(g.shared, ri)
	}
	for _, ni := range d.nodes {
		n := g.nodes.at(ni)
		n.claims = slices.DeleteFunc(n.claims, func(c nodeClaim) bool { return c.doc == di })
		g.markDirty(ni)
	}
	delete(g.docIDs, docID)
	*d = document{}
	g.docs.remove(di)
	g.docList.Store(nil)
	g.sums.Store(nil)
}

func (g *graph) dropRelation(ri int32) {
	r := g.rels.at(ri)
	for _, ni := range []int32{r.src, r.dst} {
		n := g.nodes.at(ni)
		if i := slices.Index(n.rels, ri); i >= 0 {
			n.rels[i] = n.rels[len(n.rels)-1]
			n.rels = n.rels[:len(n.rels)-1]
		}
	}
	delete(g.relIDs, r.key)
	*r = relation{src: -1}
	g.rels.remove(ri)
	g.relCount--
}

// refresh drops the nodes no document mentions any more and recomputes the
// views of the rest of what changed.
func (g *graph) refresh() {
	for _, ni := range g.dirty {
		n := g.nodes.at(ni)
		n.dirty = false
		if len(n.claims) == 0 {
			// A relation cannot outlive its ends: every relation of a
			// document names entities of the same document.
			delete(g.nodeIDs, n.id)
			*n = node{}
			g.nodes.remove(ni)
			continue
		}
		g.recompute(n)
	}
	g.dirty = g.dirty[:0]
}

// markDirty has refresh recompute node ni's view: a batch recomputes each
// node once, where a hub that most documents mention would otherwise be
// recomputed once per document.
func (g *graph) markDirty(ni int32) {
	if n := g.nodes.at(ni); !n.dirty {
		n.dirty = true
		g.dirty = append(g.dirty, ni)
	}
}

// recompute derives a node's view from its claims and forgets the
// descriptions no claim uses any more.
func (g *graph) recompute(n *node) {
	// Each field comes from the latest claim that has it: track the
	// sequence number that set it instead of sorting claims.
	var kindSeq, nameSeq, subtypeSeq, codeSeq uint64
	prevName := n.name
	n.kind, n.name, n.subtype, n.code, n.mentions = "", "", "", "", 0
	all := append([]description{n.first}, n.more...)
	used := make([]int32, len(all)) // new index + 1 of each description, 0 if unused
	heads := make([]nodeAttrs, len(all))
	for i, d := range all {
		heads[i], _ = d.head()
	}
	kept := 0
	for _, c := range n.claims {
		seq := g.docs.at(c.doc).seq
		a := &heads[c.attrs]
		if seq >= kindSeq {
			n.kind, kindSeq = a.kind, seq
		}
		if a.name != "" && seq >= nameSeq {
			n.name, nameSeq = a.name, seq
		}
		if a.subtype != "" && seq >= subtypeSeq {
			n.subtype, subtypeSeq = a.subtype, seq
		}
		if a.code != "" && seq >= codeSeq {
			n.code, codeSeq = a.code, seq
		}
		n.mentions += int(c.mentions)
		if used[c.attrs] == 0 {
			kept++
			used[c.attrs] = int32(kept)
		}
	}
	if kept < len(all) {
		live := make([]description, kept)
		for i, u := range used {
			if u > 0 {
				live[u-1] = all[i]
			}
		}
		for i := range n.claims {
			n.claims[i].attrs = used[n.claims[i].attrs] - 1
		}
		all = live
		n.first, n.more = all[0], slices.Clone(all[1:])
	}
	aliases := g.scratch[:0]
	for _, d := range all {
		for _, rest := d.head(); rest != ""; {
			var a string
			if a, rest = rest.next(); a != n.name {
				aliases = append(aliases, a)
			}
		}
	}
	slices.Sort(aliases)
	aliases = slices.Compact(aliases)
	g.scratch = aliases
	// Folding is the dearest part, and a hub's names rarely change while
	// its claims do.
	if len(n.forms) > 0 && n.name == prevName && slices.Equal(aliases, n.aliases) {
		return
	}
	n.aliases = slices.Clone(aliases)
	n.forms = make([]string, 0, 1+len(aliases))
	n.forms = append(n.forms, domain.Fold(n.name))
	for _, a := range n.aliases {
		n.forms = append(n.forms, domain.Fold(a))
	}
}
