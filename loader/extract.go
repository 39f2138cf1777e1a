package loader

import (
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/loader/kb"
)

// Extractor finds entities and typed relations in documents. It holds only
// read-only state, so one Extractor serves any number of goroutines.
type Extractor struct {
	kb    *kb.KB
	cache sync.Pool // *docParse, reused to spare the allocator on big loads
	// topics lists, by kb.Entry.Index, the issues a known forum's or
	// instrument's own names carry: the "Data Protection" of the General
	// Data Protection Regulation.
	topics [][]*kb.Entry
	// topicForms holds, by kb.Entry.Index, an issue's forms in lower case,
	// which nameTopics looks for in a name as written.
	topicForms [][]string
	// ids holds each known entry's node ID, derived once, by index.
	ids []string
	// links holds, by index, the relations each known entry's name gives
	// (see nameLinks).
	links formLinks
	// capitals maps the first word of a capital, as written, to the
	// states it may stand for (see capitalAt).
	capitals map[string][]capital
}

// NewExtractor returns an extractor that links names to k.
func NewExtractor(k *kb.KB) *Extractor {
	entries := k.Entries()
	ex := &Extractor{kb: k, topics: make([][]*kb.Entry, len(entries)), ids: make([]string, len(entries)), links: knownNameLinks(k),
		topicForms: make([][]string, len(entries))}
	for _, e := range entries {
		if e.Kind == domain.Issue {
			for _, f := range append([]string{e.Name}, e.Aliases...) {
				ex.topicForms[e.Index()] = append(ex.topicForms[e.Index()], strings.ToLower(f))
			}
		}
	}
	for _, e := range entries {
		ex.ids[e.Index()] = domain.NodeID(e.Kind, e.Name)
		if e.Kind != domain.Forum && e.Kind != domain.Treaty {
			continue
		}
		for _, form := range append([]string{e.Name}, e.Aliases...) {
			// The whole name matches the entry itself, so the issues
			// inside are sought from each later word on.
			for i := 1; i < len(form); i++ {
				if form[i-1] != ' ' {
					continue
				}
				for _, m := range k.Find(form[i:]) {
					if m.Entry.Kind == domain.Issue && !slices.Contains(ex.topics[e.Index()], m.Entry) {
						ex.topics[e.Index()] = append(ex.topics[e.Index()], m.Entry)
					}
				}
			}
		}
	}
	caps, err := capitalsOf(k)
	if err != nil {
		panic(err) // the table is embedded: a bad line is a bug of the build
	}
	ex.capitals = caps
	return ex
}

// Extract reads one document. The result passes domain.Extraction.Validate.
func (ex *Extractor) Extract(doc domain.Doc) (x domain.Extraction, err error) {
	if doc.ID == "" || doc.Name == "" {
		return domain.Extraction{}, fmt.Errorf("extract %q: document has no id or name", doc.Name)
	}
	if !utf8.ValidString(doc.Text) {
		return domain.Extraction{}, fmt.Errorf("extract %s: %w", doc.Name, ErrInvalidUTF8)
	}
	defer func() {
		// A bug on one odd document must not take a whole load down.
		if r := recover(); r != nil {
			x, err = domain.Extraction{}, fmt.Errorf("extract %s: internal error: %v", doc.Name, r)
		}
	}()
	p, _ := ex.cache.Get().(*docParse)
	if p == nil {
		p = &docParse{}
	}
	p.reset(ex, doc)
	// Tokens are most of an extraction's memory: a document with more
	// than its size allows is refused before any later stage runs.
	limit := maxTokens(len(p.text))
	var n int
	if p.toks, n = tokenizeLimit(p.text, p.toks, limit); n > limit {
		ex.recycle(p)
		return domain.Extraction{}, fmt.Errorf("extract %s: %w", doc.Name, &TokenLimitError{Tokens: n, Limit: limit, Bytes: len(doc.Text)})
	}
	p.parse()
	// The extraction is valid by construction (the tests hold every one to
	// domain.Extraction.Validate); checking again here would cost a hash
	// per relation on the hot path.
	x = p.extraction()
	ex.recycle(p)
	return x, nil
}

// maxPooledTokens bounds the parse states the pool keeps: one that grew
// for a big document (a million tokens, 5 MB or so of text) goes to the
// garbage collector instead of holding its storage for the next.
const maxPooledTokens = 1 << 20

// recycle returns p to the pool, unless a big document made it big.
func (ex *Extractor) recycle(p *docParse) {
	if cap(p.toks) > maxPooledTokens {
		return
	}
	p.doc, p.text = domain.Doc{}, "" // the pool keeps no document's text alive
	ex.cache.Put(p)
}

// docParse is the working state of one extraction. Extractors recycle
// it, with the storage of its slices and maps, from document to document.
type docParse struct {
	ex    *Extractor
	doc   domain.Doc
	text  string
	toks  []token
	sents []sentence
	spans []span // the sentences' spans, before sentences fills sents
	kbm   []kb.Match
	kbTok []span      // per KB match: its token range
	kbAt  []*kb.Entry // per token: the KB entry whose match covers it
	reg   *registry
	args  []arg
	inner []arg // known names inside longer names: mentions only
	// rels indexes relList, the relations in first-seen order; order
	// holds their keys in the same order.
	rels    map[relKey]int
	relList []domain.Relation
	order   []relKey
	// nextMatch is the first KB match that entities has not passed, and
	// nextPending the first pending relation that relations has not.
	nextMatch, nextPending int
	// Buffers that the methods named reuse from call to call.
	pieceBuf  []piece    // pieces
	clauseBuf []clause   // clauseTopics
	laterRefs []laterRef // see shortenedName
	hits      []cueHit   // findCues
	cueBuf    []*cue     // findCues: the cues of its hits

	selfActor *entity // who "we" are, when the document says so
	// voice is the group that selfActor points to when "we" are several;
	// voiceSent is the sentence that says who, voiceListed whether it
	// lists them as signatories.
	voice       entity
	voiceSent   int
	voiceListed bool
	selfDoc     *entity // the instrument or event the document is ("this Strategy")
	selfNoun    string  // the head noun that refers to selfDoc ("strategy")
	// selfSpan is the tokens of the name that made selfDoc: the names
	// inside it ("Constitution of the International Telecommunication
	// Union") are there for "the Union" to refer to.
	selfSpan    span
	docYear     int
	pending     []pendingRel
	tentative   []tentativeRel      // see relateTentatively
	intro       []*entity           // see listIntro
	introActors []*entity           // see listIntro
	introDoer   *entity             // the actors of the sentence before a list intro that names no one
	whole       *entity             // see listIntro
	mainForum   *entity             // see findMainForum
	titleForum  *entity             // the main forum when the title names it
	listTarget  *entity             // see listIntro
	groups      []int               // see group
	forumCounts map[*entity]int     // see findMainForum
	redirects   map[*entity]*entity // long forms found to be known entities
	pair        *entity             // see recentPair
	defined     []definedGroup      // see definedGroups
	// formRedirects moves the mentions of a known entity written in a
	// short form to another known entity the document gave that form to
	// ("the EU-India Trade and Technology Council (TTC)"): see acronyms.
	formRedirects []formRedirect
	cur           *sentence // the sentence whose relations are being read
	curYear       int
	lowerWords    wordSet // words the document writes in lower case, built on demand
	// prevSubject is the instrument or forum the last sentence opened
	// with, which a following "It ..." refers to.
	prevSubject *entity
	// prevActor is the actor, or the group of actors, the last sentence
	// opened with, which a following "It" or "They" refers to.
	prevActor *entity
	// signing says that the lines read last are a signature block's (see
	// signatureBlock).
	signing bool
	// dates holds the date of the sentence being emitted and the
	// document's, each read once (see dateEvidence).
	dates datedSentence
}

func (p *docParse) reset(ex *Extractor, doc domain.Doc) {
	reg, rels := p.reg, p.rels
	if reg == nil {
		reg, rels = &registry{}, map[relKey]int{}
	}
	reg.reset(ex.ids)
	clear(rels)
	*p = docParse{ex: ex, doc: doc, text: doc.Text, reg: reg, rels: rels,
		toks: p.toks[:0], sents: p.sents[:0], spans: p.spans[:0], kbm: p.kbm[:0], kbTok: p.kbTok[:0], kbAt: p.kbAt[:0],
		args: p.args[:0], inner: p.inner[:0], relList: p.relList[:0], order: p.order[:0],
		pending: p.pending[:0], tentative: p.tentative[:0], intro: p.intro[:0], introActors: p.introActors[:0], groups: p.groups[:0], forumCounts: p.forumCounts, lowerWords: wordSet{lex: p.lowerWords.lex[:0], slots: p.lowerWords.slots[:0]},
		pieceBuf: p.pieceBuf[:0], hits: p.hits[:0], cueBuf: p.cueBuf[:0], laterRefs: p.laterRefs[:0]}
}

// parse reads the document whose tokens Extract has found.
func (p *docParse) parse() {
	p.sentences()
	p.kbm = p.ex.kb.AppendMatches(p.kbm, p.text)
	p.kbAt = slices.Grow(p.kbAt, len(p.toks))[:len(p.toks)]
	clear(p.kbAt)
	ti := 0
	for _, m := range p.kbm {
		for ti < len(p.toks) && p.toks[ti].e <= m.Start {
			ti++
		}
		k := ti
		for ; k < len(p.toks) && p.toks[k].s < m.End; k++ {
			p.kbAt[k] = m.Entry
		}
		if k == ti {
			k = ti + 1 // as tokenRange: a match inside no token still has one
		}
		p.kbTok = append(p.kbTok, span{ti, k})
	}
	p.findSelf()
	p.findVoice()
	for i := range p.sents {
		first := len(p.args)
		p.entities(i)
		p.definedGroups(&p.sents[i], first)
		p.groupReferences(&p.sents[i], first)
		p.definiteReferences(i, first)
		p.reportedSpeech(&p.sents[i], first)
		p.noteOpening(&p.sents[i], first)
	}
	p.resolveLaterRefs()
	p.bareAcronyms()
	p.surnameRedirects()
	p.applyRedirects()
	p.resolveOverlaps()
	for _, a := range p.args {
		a.ent.seen = true
	}
	p.sortPending()
	p.findMainForum()
	for i := range p.sents {
		p.relations(i)
	}
	p.selfAuthored()
	p.flushTentative()
}

// sortPending orders the pending relations by the sentence they were found
// in, keeping the order of discovery within each, so that relations can
// take each sentence's in turn.
func (p *docParse) sortPending() {
	for i := range p.pending {
		pr := &p.pending[i]
		si := sort.Search(len(p.sents), func(k int) bool { return p.sents[k].end > pr.at })
		if si == len(p.sents) || p.sents[si].start > pr.at {
			si = -1 // in no sentence: never stated
		}
		pr.sent = si
	}
	slices.SortStableFunc(p.pending, func(a, b pendingRel) int { return a.sent - b.sent })
}

// selfAuthored makes the state whose strategy the document is its author,
// with the first sentence that names the strategy as evidence, unless a
// sentence already said so.
func (p *docParse) selfAuthored() {
	if p.selfActor == nil || p.selfDoc == nil || p.selfDoc.kind != domain.Treaty || p.voiceListed {
		return // listed signatories are party to the text, not its authors
	}
	if p.has(domain.Authored, p.selfActor, p.selfDoc) {
		return
	}
	for _, a := range p.args {
		if a.ent != p.selfDoc || a.pron {
			continue
		}
		for i := range p.sents {
			if st := &p.sents[i]; a.s >= st.start && a.s < st.end {
				p.cur, p.curYear = st, 0
				p.emit("document-author", domain.Authored, p.selfActor, p.selfDoc, 0.6)
				return
			}
		}
	}
}

// sentences splits the text and gives each sentence its token range and
// its offsets in runes, for evidence.
func (p *docParse) sentences() {
	ti := 0
	runes := runeCounter{text: p.text}
	p.spans = appendSentences(p.spans[:0], p.text)
	p.sents = slices.Grow(p.sents[:0], len(p.spans))
	lineStart, seen := 0, 0 // the start of the line the last sentence began on, and how far that was looked for
	for _, sp := range p.spans {
		for ti < len(p.toks) && p.toks[ti].s < sp.start {
			ti++
		}
		if nl := strings.LastIndexByte(p.text[seen:sp.start], '\n'); nl >= 0 {
			lineStart = seen + nl + 1
		}
		seen = sp.start
		st := sentence{span: sp, t0: ti, runeStart: runes.at(sp.start), runeEnd: runes.at(sp.end)}
		st.bullet = lineStart < sp.start && bulletMarker(p.text[lineStart:sp.end]) > 0
		for ; ti < len(p.toks) && p.toks[ti].e <= sp.end; ti++ {
			t := &p.toks[ti]
			st.parens = st.parens || t.punct == '('
			st.issueHeads = st.issueHeads || t.flags&fIssueHead != 0
			st.numbers = st.numbers || t.num
		}
		st.t1 = ti
		st.titleCase = p.isTitleCase(&st)
		st.label = p.isLabel(&st)
		if n := len(p.sents); !st.label && n > 0 && (st.bullet || p.bareLine(&st, lineStart) && !p.blankLineBetween(&p.sents[n-1], &st)) {
			// "Speakers:" then "- Jane Doe, Ministry of X" (or the same
			// line with no bullet, "Jane Doe – Ministry of X", on the next
			// line): each item is read as a label line of its own.
			prev := &p.sents[n-1]
			if prev.labelItem || prev.label && prev.t1-1 > prev.t0 && p.isPunct(prev.t1-1, ':') || p.labelHeading(prev) {
				st.label, st.labelItem = true, true
			}
		}
		p.sents = append(p.sents, st)
	}
}

// bareLine reports a short line of its own with no closing punctuation,
// as the items of a list written without bullets are.
func (p *docParse) bareLine(st *sentence, lineStart int) bool {
	if lineStart != st.start || st.t1-st.t0 > maxBareLine || st.t1 == st.t0 {
		return false
	}
	if st.end < len(p.text) && p.text[st.end] != '\n' && p.text[st.end] != '\r' {
		return false
	}
	last := p.toks[st.t1-1]
	return last.word || last.punct == ')'
}

// maxBareLine is the most tokens a list item without a bullet may have.
const maxBareLine = 14

// isTitleCase reports a heading written in title case ("Building Tech
// Cooperation Through Multilateral Frameworks"): its capitals are styling.
func (p *docParse) isTitleCase(st *sentence) bool {
	last, _ := utf8.DecodeLastRuneInString(p.text[st.start:st.end])
	if strings.ContainsRune(".!?", last) {
		return false
	}
	words, caps := 0, 0
	for i := st.t0; i < st.t1; i++ {
		t := &p.toks[i]
		if !t.word || t.num || t.lower && t.flags&fConnector != 0 {
			continue
		}
		words++
		if t.cap || t.acro {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*8
}

// isLabel reports a line such as "Author: Name" or "Speaker 2: Name, Role".
func (p *docParse) isLabel(st *sentence) bool {
	i := st.t0
	if i >= st.t1 || !p.toks[i].word || p.toks[i].flags&fLabel == 0 {
		return false
	}
	i++
	if i < st.t1 && p.toks[i].num {
		i++
	}
	return p.isPunct(i, ':')
}

// labelHeading reports a heading that is a label word alone, as
// "Speakers" over a list of names.
func (p *docParse) labelHeading(st *sentence) bool {
	n := st.t1 - st.t0
	return (n == 1 || n == 2 && p.isPunct(st.t1-1, ':')) && p.toks[st.t0].word && p.toks[st.t0].cap && p.toks[st.t0].flags&fLabel != 0
}

func (p *docParse) headIndex(pc piece) int {
	for k := pc.a + 1; k < pc.b; k++ {
		if p.toks[k].lower && p.toks[k].flags&fHeadBreak != 0 {
			return k - 1
		}
	}
	return p.undatedEnd(pc)
}

// undatedEnd is the last token of piece pc before the year, span of
// years or version that may close it ("National Cybersecurity Strategy
// 2022", "... 2025–2030", "Spare Tyre 2.0"): they date a name, they do not
// head it.
func (p *docParse) undatedEnd(pc piece) int {
	h := pc.b - 1
	for h > pc.a+1 && (p.toks[h].num || p.isPunct(h, '–') || p.isPunct(h, '-')) {
		h--
	}
	return h
}

// blankLineBetween reports an empty line between sentences a and b.
func (p *docParse) blankLineBetween(a, b *sentence) bool {
	return strings.Count(p.text[a.end:b.start], "\n") > 1
}

// yearOf returns the year token i states, or 0.
func yearOf(p *docParse, i int) int {
	t := &p.toks[i]
	if !t.num || t.e-t.s != 4 {
		return 0
	}
	y := 0
	for _, c := range p.text[t.s:t.e] {
		y = y*10 + int(c-'0')
	}
	if y < 1900 || y > 2100 {
		return 0
	}
	return y
}

// addArg records an occurrence of ent over tokens [a, b).
func (p *docParse) addArg(a, b int, ent *entity, conf float64, pron bool) {
	p.args = append(p.args, arg{s: p.toks[a].s, e: p.toks[b-1].e, ent: ent, conf: conf, pron: pron, poss: p.toks[b-1].poss, tok: a, end: b})
}

// resolveOverlaps keeps, where candidates overlap, the leftmost and then the
// longest; at equal spans the first found (the KB, before patterns) wins.
func (p *docParse) resolveOverlaps() {
	sortArgs(p.args)
	out := p.args[:0]
	last := -1
	for _, a := range p.args {
		if a.s < last {
			if a.kb && a.e <= last && a.ent.kind == domain.Actor {
				// A known name inside a longer one ("Japan" in "Japan EU
				// Digital Partnership Council") is still mentioned, though
				// it takes part in no relation.
				p.inner = append(p.inner, a)
			}
			continue
		}
		out = append(out, a)
		last = a.e
	}
	p.args = out
}

// extraction assembles the domain view: entities with mentions, relations
// with evidence, all offsets in runes.
func (p *docParse) extraction() domain.Extraction {
	x := domain.Extraction{Document: p.doc}
	conv := runeCounter{text: p.text}
	x.Mentions = make([]domain.Mention, 0, len(p.inner)+len(p.args))
	p.markPassingTopics()
	// The mentions in text order: the names inside others merged into
	// the args, both sorted already, the inner ones first at a tie (as a
	// stable sort of the two appended would have it).
	si := 0
	for i, j := 0, 0; i < len(p.inner) || j < len(p.args); {
		var a arg
		if j == len(p.args) || i < len(p.inner) && compareArgs(p.inner[i], p.args[j]) <= 0 {
			a, i = p.inner[i], i+1
		} else {
			a, j = p.args[j], j+1
		}
		if a.pron || a.ent.passing {
			continue
		}
		a.ent.used = true
		// Count runes from the start of the mention's sentence, whose rune
		// offset sentences found, not across the sentences before.
		for si+1 < len(p.sents) && p.sents[si+1].start <= a.s {
			si++
		}
		if si < len(p.sents) && p.sents[si].start <= a.s && p.sents[si].start > conv.byte {
			conv.byte, conv.run = p.sents[si].start, p.sents[si].runeStart
		}
		s := conv.at(a.s)
		x.Mentions = append(x.Mentions, domain.Mention{Entity: a.ent.id, Text: p.text[a.s:a.e], Start: s, End: s + countRunes(p.text[a.s:a.e])})
	}
	x.Relations = append(make([]domain.Relation, 0, len(p.relList)), p.relList...)
	used := 0
	for _, e := range p.reg.order {
		if e.used {
			used++
		}
	}
	x.Entities = make([]domain.Node, 0, used)
	for _, e := range p.reg.order {
		if !e.used {
			continue
		}
		n := domain.Node{ID: e.id, Kind: e.kind, Subtype: e.subtype, Name: e.name, Code: e.code, Mentions: e.mentions}
		n.Aliases = append(n.Aliases, e.aliases...)
		sort.Strings(n.Aliases)
		x.Entities = append(x.Entities, n)
	}
	return x
}

// countRunes is utf8.RuneCountInString for valid UTF-8 (Extract checks
// it), eight bytes at a time: every byte but a continuation byte starts a
// rune. The extractor counts through each text twice.
func countRunes(s string) int {
	n, i := len(s), 0
	for ; i+8 <= len(s); i += 8 {
		_ = s[i+7]
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		// A continuation byte is 10xxxxxx: its top bit set, the next clear.
		n -= bits.OnesCount64(w & (^w << 1) & 0x8080808080808080)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}

// runeCounter converts byte offsets to rune offsets; asked in increasing
// order it walks the text once.
type runeCounter struct {
	text      string
	byte, run int
}

func (c *runeCounter) at(b int) int {
	if b < c.byte {
		c.byte, c.run = 0, 0
	}
	c.run += countRunes(c.text[c.byte:b])
	c.byte = b
	return c.run
}
