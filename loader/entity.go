package loader

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/loader/kb"
)

// entity is a document's view of a node while it is being extracted.
type entity struct {
	id, name      string
	kind          domain.Kind
	subtype, code string
	aliases       []string
	conf          float64
	mentions      int
	// owned says the name itself gives the owner ("G7 Partnership ..."),
	// so the document's voice is not its author.
	owned bool
	used  bool // mentioned or related, so part of the extraction
	// passing marks a topic a long document names once and relates to
	// nothing (see markPassingTopics): it is left out of the extraction.
	passing bool
	// unnamed marks an instrument written in lower case ("a memorandum of
	// understanding", "the trilateral agreement"): a deal between the few
	// who made it.
	unnamed bool
	seen    bool // mentioned in the document's text
	// entry is the knowledge-base entry the entity comes from, if any.
	entry *kb.Entry
	// topicsDone says the issues its name carries were linked already.
	topicsDone bool
	// members makes the entity a group that stands for several others
	// ("we, the governments of A, B and C"; "the two countries"): it relates
	// through each member and is never a node itself.
	members []*entity
	// partiesDone says the parties its name gives were linked already
	// (see nameParties).
	partiesDone bool
}

func (e *entity) addAlias(a string) {
	if slices.Contains(e.aliases, a) {
		return // the common case, and cheaper than what follows
	}
	a = strings.TrimSpace(a)
	if a == "" || strings.EqualFold(a, e.name) {
		return
	}
	for _, x := range e.aliases {
		if strings.EqualFold(x, a) {
			return
		}
	}
	e.aliases = append(e.aliases, a)
}

// registry holds the entities of one document, one per node ID. It is
// reused from document to document, with its maps and entities.
type registry struct {
	byID map[string]*entity
	// byName spares deriving an ID (which normalises Unicode) for every
	// mention of a name already seen.
	byName map[nameKey]*entity
	order  []*entity
	known  []*entity // by kb.Entry.Index
	kbIDs  []string  // node IDs of known entries by index, shared by all documents
	// knownAt lists the indices set in known, to clear them.
	knownAt []int
	// surnames maps the last word of each person's name to the person.
	surnames map[string]*entity
	// acronyms maps an acronym the document defines to what it stands for.
	acronyms map[string]*entity
	// titles maps the short title of an instrument (see shortTitle) to the
	// instrument; nil when two instruments share it.
	titles map[string]*entity
	// numHead is the kind of the last instrument cited by number
	// ("Recommendation"), and numEnd the token after its number, so that a
	// list of numbers runs on past the sentence breaks their points make.
	numHead string
	numEnd  int
	// pool holds the entities of earlier documents: the i-th entity a
	// document creates reuses pool[i].
	pool []*entity
}

type nameKey struct {
	kind domain.Kind
	name string
}

// reset empties the registry for a document linked against ids (node IDs
// by kb.Entry.Index).
func (r *registry) reset(ids []string) {
	if r.byID == nil {
		r.byID, r.byName = map[string]*entity{}, map[nameKey]*entity{}
		r.surnames, r.acronyms, r.titles = map[string]*entity{}, map[string]*entity{}, map[string]*entity{}
	} else {
		clear(r.byID)
		clear(r.byName)
		clear(r.surnames)
		clear(r.acronyms)
		clear(r.titles)
	}
	for _, i := range r.knownAt {
		r.known[i] = nil
	}
	if len(r.known) != len(ids) {
		r.known = make([]*entity, len(ids))
	}
	r.kbIDs, r.knownAt, r.order = ids, r.knownAt[:0], r.order[:0]
	r.numHead, r.numEnd = "", 0
}

func (r *registry) get(kind domain.Kind, subtype, name string, conf float64) *entity {
	return r.getID(kind, subtype, name, "", conf)
}

// getID is get with the node ID when the caller knows it already.
func (r *registry) getID(kind domain.Kind, subtype, name, id string, conf float64) *entity {
	// byName caches lookups by name; a caller that gives the ID needs none.
	key, byName := nameKey{kind, name}, id == ""
	var e *entity
	ok := false
	if !byName {
		e, ok = r.byID[id]
	} else if e, ok = r.byName[key]; !ok {
		id = nodeID(kind, name)
		e, ok = r.byID[id]
		if ok {
			r.byName[key] = e
		}
	}
	if ok {
		if conf > e.conf {
			e.conf = conf
		}
		if e.subtype == "" {
			e.subtype = subtype
		}
		return e
	}
	if n := len(r.order); n < len(r.pool) {
		e = r.pool[n]
		*e = entity{aliases: e.aliases[:0]}
	} else {
		e = &entity{}
		r.pool = append(r.pool, e)
	}
	e.id, e.name, e.kind, e.subtype, e.conf = id, name, kind, subtype, conf
	r.byID[e.id] = e
	if byName {
		r.byName[key] = e
	}
	r.order = append(r.order, e)
	if subtype == "PERSON" {
		// "Doreen Bogdan-Martin" is Ms Bogdan-Martin, and Ms Martin too.
		if i := strings.LastIndexByte(name, ' '); i >= 0 {
			r.surnames[name[i+1:]] = e
		}
		if i := strings.LastIndexByte(name, '-'); i >= 0 {
			if _, taken := r.surnames[name[i+1:]]; !taken {
				r.surnames[name[i+1:]] = e
			}
		}
	}
	return e
}

// addTitle records that short names instrument e, unless it names another.
func (r *registry) addTitle(short string, e *entity) {
	if prev, ok := r.titles[short]; ok && prev != e {
		r.titles[short] = nil
		return
	}
	r.titles[short] = e
}

// nodeID is domain.NodeID. A name in plain ASCII, as most names a document
// introduces are, needs no Unicode normalisation: its slug is its runs of
// letters and digits in lower case, joined by hyphens.
func nodeID(kind domain.Kind, name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			return domain.NodeID(kind, name)
		}
	}
	var buf [128]byte
	id := lowerInto(buf[:0], string(kind))
	id = append(id, ':')
	slug, sep := len(id), false
	for i := 0; i < len(name); i++ {
		c := name[i]
		k := asciiKind[c]
		if k == 0 {
			sep = true
			continue
		}
		if sep && len(id) > slug {
			id = append(id, '-')
		}
		sep = false
		if k == kUpper {
			c += 'a' - 'A'
		}
		id = append(id, c)
	}
	return string(id)
}

func (r *registry) fromKB(en *kb.Entry) *entity {
	if e := r.known[en.Index()]; e != nil {
		return e
	}
	e := r.getID(en.Kind, en.Subtype, en.Name, r.kbIDs[en.Index()], 1)
	e.entry = en
	r.known[en.Index()] = e
	r.knownAt = append(r.knownAt, en.Index())
	if e.code == "" {
		e.code = en.Code
	}
	return e
}

// arg is an occurrence of an entity in the text: a mention, or a pronoun or
// self-reference ("we", "this Strategy") that stands for one.
type arg struct {
	s, e int // byte span
	ent  *entity
	conf float64
	pron bool // a pronoun: an argument of relations but not a mention
	kb   bool // a knowledge-base match
	poss bool // written in the possessive: "the EU’s"
	// tok is the index of the arg's first token, end one past its last.
	tok, end int
}

// sentence is a span of text with the range of its tokens.
type sentence struct {
	span
	t0, t1             int  // token range
	runeStart, runeEnd int  // the span in runes
	titleCase          bool // a heading written in title case
	label              bool // "Author: ...", "Speaker 1: ...", or an item under "Speakers:"
	labelItem          bool // a list item under a label line that ends in its colon
	bullet             bool // opens a list item: "- ", "2. ", "c) "
	// Whether the sentence has a bracket, a head of policy topics
	// ("governance") and a number, without which whole searches through
	// its tokens are moot.
	parens, issueHeads, numbers bool
	// opener is the actor, or group of actors, the sentence opens with
	// (see noteOpening).
	opener *entity
}

// piece is a run of capitalised words that may name something.
type piece struct{ a, b int } // token range, b exclusive

func (p *docParse) word(i int) string { return p.text[p.toks[i].s:p.toks[i].e] }

// isWord compares the word at i with w, an ASCII word in lower case, in any
// case; a word of another length (in bytes) is never w, which spares most
// comparisons.
func (p *docParse) isWord(i int, w string) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].word && p.toks[i].e-p.toks[i].s == len(w) && strings.EqualFold(p.word(i), w)
}

func (p *docParse) isPunct(i int, r rune) bool {
	return i >= 0 && i < len(p.toks) && !p.toks[i].word && p.toks[i].punct == r
}

// nameToken reports whether token i can be part of a capitalised name.
func (p *docParse) nameToken(i int) bool {
	return p.toks[i].name
}

// openingGerund reports whether the sentence's first word, at i, is a
// gerund that takes an object ("Implementing the Budapest Convention is a
// priority") or a preposition ("Building on the Budapest Convention, ..."):
// a verb capitalised by position, not a name's first word. A capital
// ("Beijing on Monday ...") is a name.
func (p *docParse) openingGerund(i int) bool {
	return p.gerund(i) && p.kbAt[i] == nil && i+1 < len(p.toks) &&
		p.toks[i+1].word && p.toks[i+1].lower && p.toks[i+1].flags&(fDeterminer|fPreposition) != 0
}

// openingImperative reports a verb that opens a list item as an order,
// "- Launch the Quad Fellowship: ...", "- Establish Technical Standards
// Contact Groups", "- Consult on Norms": a verb no knowledge-base name
// starts with, before an article, a preposition or a capitalised name.
func (p *docParse) openingImperative(st *sentence, i int) bool {
	t := &p.toks[i]
	if !st.bullet || !t.cap || p.kbAt[i] != nil || i+1 >= st.t1 || t.lex().head != nil || len(t.lex().cues) == 0 {
		return false
	}
	n := &p.toks[i+1]
	return n.word && (n.cap || n.lower && n.flags&(fDeterminer|fPreposition) != 0)
}

// gerundObject reports a gerund after a title's colon whose object is one
// capitalised word and a preposition: "...: Building Trust in Data Flows"
// names no body "Building Trust".
func (p *docParse) gerundObject(a, b int) bool {
	return p.isPunct(a-1, ':') && p.gerund(a) &&
		b == a+2 && b < len(p.toks) && p.toks[b].word && p.toks[b].lower && p.toks[b].flags&fPreposition != 0
}

// gerund reports a long word in -ing at i that is no capital city
// ("Beijing" opens names).
func (p *docParse) gerund(i int) bool {
	w := p.word(i)
	return len(w) > 5 && strings.HasSuffix(w, "ing") && len(p.ex.capitals[w]) == 0
}

// canName reports whether a word can be part of a capitalised name; tokenize
// records it for each word, which pieces then asks about over and over.
func canName(t *token, text string) bool {
	if t.cap && adjectiveCompound(text[t.s:t.e]) {
		return false // "Abu Dhabi-based", "Paris-headquartered": what a name qualifies
	}
	return t.cap || t.acro || t.num || text[t.s] == '#' || t.lower && t.e-t.s > 4 && (text[t.s+2] == '-' || text[t.s+3] == '-') && particleName(text[t.s:t.e]) ||
		t.lower && t.e-t.s > 3 && text[t.s+1] == '-' && text[t.s+2] >= 'A' && text[t.s+2] <= 'Z' // "e-Government"
}

// camelCase reports a word with a capital after a small letter inside it:
// "DiploFoundation", "InternetNZ".
func camelCase(w string) bool {
	prevLower := false
	for k, r := range w {
		if k > 1 && unicode.IsUpper(r) && prevLower {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

// adjectiveCompound reports a word made an adjective by its last part:
// "Dhabi-based", "Beijing-backed".
func adjectiveCompound(w string) bool {
	if len(w) < 6 || w[len(w)-1] != 'd' && w[len(w)-1] != 'y' && w[len(w)-1] != 'n' {
		return false // every suffix below ends so; most words do not
	}
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	for _, suffix := range adjectiveSuffixes {
		if strings.EqualFold(w[i+1:], suffix) {
			return true
		}
	}
	return false
}

// adjectiveSuffixes make an adjective of the word they are hyphened to.
var adjectiveSuffixes = []string{"based", "headquartered", "backed", "funded", "owned", "linked", "aligned", "friendly", "born", "registered"}

// particleName accepts the Arabic article joined to a name: "al-Assad".
func particleName(w string) bool {
	for _, pre := range []string{"al-", "el-", "bin-", "ibn-"} {
		if len(w) > len(pre) && strings.HasPrefix(w, pre) && w[len(pre)] >= 'A' && w[len(pre)] <= 'Z' {
			return true
		}
	}
	return false
}

// pieces finds the runs of capitalised words in a sentence. Lower-case
// connectors ("of", "for the") may join two capitalised words, and a single
// capital with a point ("E.") may sit inside a name as an initial. The
// result lives in a buffer that the next call reuses.
func (p *docParse) pieces(st *sentence) []piece {
	out := p.pieceBuf[:0]
	defer func() { p.pieceBuf = out[:0] }()
	for i := st.t0; i < st.t1; {
		// "Recalling the ...", "Mindful of ...": a clause's opening word is
		// capitalised by position, not as a name's first word.
		if !p.nameToken(i) || i == st.t0 && (p.toks[i].lex().flags&(fPreambular|fSubordinator) != 0 || p.openingGerund(i) || p.openingImperative(st, i)) {
			i++
			continue
		}
		j := i + 1
		for j < st.t1 && (!p.toks[j-1].poss || p.titleOffice(j-1) || p.peoplePossessive(j-1)) && !p.pluralOwner(j-1) {
			switch {
			case p.nameToken(j):
				j++
				continue
			case p.isPunct(j, '.') && p.toks[j-1].cap && (p.toks[j-1].e-p.toks[j-1].s == 1 || p.toks[j-1].flags&fTitle != 0 || hyphenInitial(p.word(j-1))) && j+1 < st.t1 && p.toks[j+1].cap:
				j++ // an initial, or the point of "Dr.", or of "Japan-U.S."
				continue
			case p.isPunct(j, '&') && j+1 < st.t1 && p.nameToken(j+1):
				j++
				continue
			case (p.isPunct(j, '–') || p.isPunct(j, '-')) && yearOf(p, j-1) != 0 && j+1 < st.t1 && yearOf(p, j+1) != 0 && p.toks[j].s == p.toks[j-1].e && p.toks[j+1].s == p.toks[j].e:
				j += 2 // "Strategy 2025–2030": the years the name runs over
				continue
			case p.isPunct(j, '.') && p.isPunct(j+1, '-') && j+2 < st.t1 && p.nameToken(j+2) && p.toks[j].s == p.toks[j-1].e && p.toks[j+2].s == p.toks[j+1].e:
				j += 2 // "U.S.-Singapore": the initialism's point, then the hyphen
				continue
			case p.isPunct(j, '.') || p.isPunct(j, '–') || p.isPunct(j, '-') || p.isPunct(j, '—'):
				if n := p.spacedPairDash(i, j, st.t1); n > 0 {
					j += n // "U.S. – Japan Technology Prosperity Deal": a pair of states opens the name
					continue
				}
			case p.isPunct(j, '(') && j+3 < st.t1 && p.isPunct(j+2, ')') && p.toks[j+1].word && isAcronym(p.word(j+1)) && p.capitalHeadWithin(j+3, st.t1) && p.spelled(p.word(j+1), i, j):
				j += 3 // "Critical Technology (CT) Dialogue", "... Area (AfCFTA) Digital Trade Protocol": one name
				continue
			case p.isPunct(j, ','):
				if k := p.nameList(st, i, j); k > j {
					j = k // "Ministry of Economy, Trade and Industry"
					continue
				}
			}
			k := j
			for k < st.t1 && k-j < 2 && p.toks[k].word && p.toks[k].lower && p.toks[k].flags&fConnector != 0 {
				k++
			}
			if p.isWord(j, "to") && (p.isWord(i, "from") || p.isWord(i-1, "from")) {
				break // "From Programme of Action to Permanent Mechanism": a span, two names
			}
			if p.isWord(j, "to") && (p.isWord(j-1, "parties") || p.isWord(j-1, "party") || p.isWord(j-1, "signatories")) {
				break // "the Parties to the Protocol" are its parties, no name
			}
			// "the Council on the Cyber Resilience Act": a known
			// instrument after a head and its connector is a name of its
			// own.
			// "an MoU with India": a known actor after "with" is a party
			// named beside the name, not part of it, as is what follows a
			// bare head referring back ("developed this Strategy with the
			// ICT Authority"); nor is the employer of a person's name
			// ("Jane Doe of Microsoft").
			if k > j && k < st.t1 && p.nameToken(k) && !p.toks[k].num && !(p.kbAt[k] != nil && p.kbAt[k].Kind == domain.Treaty && p.kbAt[j-1] != p.kbAt[k] && p.toks[j-1].lex().head != nil) && !p.placeAfterName(j) &&
				!(p.isWord(j, "with") && p.kbAt[k] != nil && p.kbAt[k].Kind == domain.Actor && p.kbAt[j-1] != p.kbAt[k]) &&
				!(p.isWord(j, "with") && j-i == 1 && p.toks[i].lex().head != nil && (p.isWord(i-1, "this") || p.isWord(i-1, "our"))) &&
				!(p.isWord(j, "of") && p.bareName(i, j) && p.orgAfter(st, j)) {
				j = k
				continue
			}
			break
		}
		// Leading function words ("The", "This", "In") are not part of a name,
		// nor trailing connectors.
		a, b := i, j
		for {
			for a < b && p.toks[a].word && p.toks[a].flags&fFunction != 0 && !p.toks[a].acro {
				a++
			}
			// "Article 56 of the AI Act" names the act; "EU-backed
			// Programme" is the programme.
			if a+2 < b && p.toks[a].flags&fProvision != 0 && p.toks[a+1].num {
				a += 2
				for a < b && p.toks[a].lower {
					a++
				}
				continue
			}
			// "ratified X in 2018 and the African Union Convention ...":
			// a year before a connector closes the phrase before it.
			if a+1 < b && (p.participleCompound(a) || !p.toks[a].word || p.toks[a].lower && !particleName(p.word(a)) || p.toks[a].num && p.toks[a+1].lower) {
				a++
				continue
			}
			break
		}
		// "Critics of the Budapest Convention include ...", "Members of
		// the Coalition are ...": a cue's noun opening the sentence before
		// "of" and a known name is no part of the name.
		if a == st.t0 && a+2 < b && len(p.toks[a].lex().cues) > 0 && p.toks[a].lex().head == nil && (p.isWord(a+1, "of") || p.isWord(a+1, "to")) {
			r := a + 2
			if p.isWord(r, "the") {
				r++
			}
			if r < b && p.kbExact(piece{r, b}) {
				a = r
			}
		}
		// A sentence opening with a participle or adverb ("Drawing on the
		// ...", "Ultimately, ...") has no name in its first word.
		if (a == st.t0 || p.isPunct(a-1, ';') || p.isPunct(a-1, ':')) && a+1 < b && p.toks[a].lex().head == nil {
			// A long gerund opening a heading is a verb too: "Harmonizing
			// Rules for ...".
			// A list item may open with its verb: "Launched the X Strategy".
			if w := p.word(a); (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") || st.bullet && strings.HasSuffix(w, "ed") && p.isWord(a+1, "the")) && (p.toks[a].flags&fSubordinator != 0 || strings.HasSuffix(w, "izing") || strings.HasSuffix(w, "ising") || p.writtenLower(w) || (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && p.isWord(a+1, "the") || p.gerundObject(a, b)) && p.kbAt[a] == nil {
				a++ // "Building the Information Society": a gerund with its object
				for a < b && p.toks[a].word && p.toks[a].flags&fFunction != 0 {
					a++
				}
			}
			// A resolution's operative verb: "Requests the Office of ...".
			if a+1 < b && p.toks[a].flags&fOperative != 0 && p.isWord(a+1, "the") && p.kbAt[a] == nil {
				a += 2
			}
		}
		for b > a && (!p.toks[b-1].word || p.toks[b-1].lower && !p.toks[b-1].name) {
			b--
		}
		if a < b {
			out = p.splitAt(out, piece{a, b})
		}
		i = j
	}
	return out
}

// peoplePossessive reports a possessive of people at token k that opens a
// name rather than owning one: "Women's International League", "People's
// Bank of China".
func (p *docParse) peoplePossessive(k int) bool {
	w := strings.ToLower(p.word(k))
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return peopleNouns[w] && k+1 < len(p.toks) && p.toks[k+1].cap
}

// peopleNouns are the nouns of people whose possessive opens names.
var peopleNouns = map[string]bool{"women": true, "children": true, "people": true, "peoples": true, "men": true, "workers": true}

// capitalHeadWithin reports a run of capitalised words from k whose
// first three hold a head word ("Dialogue", "Digital Trade Protocol").
func (p *docParse) capitalHeadWithin(k, limit int) bool {
	for j := k; j < limit && j < k+3 && p.toks[j].word && p.toks[j].cap; j++ {
		if p.toks[j].lex().head != nil {
			return true
		}
	}
	return false
}

// participleCompound reports a capitalised compound such as "EU-backed" or
// "US-led", which qualifies the name after it rather than opening it.
func (p *docParse) participleCompound(i int) bool {
	w := p.word(i)
	h := strings.LastIndexByte(w, '-')
	if h <= 0 || h+3 >= len(w) || !p.toks[i].cap {
		return false
	}
	tail := w[h+1:]
	return tail[0] >= 'a' && tail[0] <= 'z' && strings.HasSuffix(tail, "ed")
}

// pluralOwner reports a known party in the plural possessive, "the United
// States’ Voluntary Commitments": the owner, not part of the name after it.
func (p *docParse) pluralOwner(i int) bool {
	en := p.kbAt[i]
	if en == nil || en.Kind != domain.Actor {
		return false
	}
	w := p.word(i)
	return strings.HasSuffix(w, "’") || strings.HasSuffix(w, "'")
}

// spelled reports whether acr spells the initials of the words that end
// at token j, from some token at or after i.
func (p *docParse) spelled(acr string, i, j int) bool {
	for a := j - 1; a >= i && j-a <= 2*len(acr)+2; a-- {
		if p.initials(acr, a, j) {
			return true
		}
	}
	return false
}

// titleOffice reports a title in the possessive that heads the name of a
// body: "the President's Office", "the Prime Minister's Office".
func (p *docParse) titleOffice(i int) bool {
	t := &p.toks[i]
	if t.flags&fTitle == 0 || !t.cap || p.kbAt[i] != nil || i+1 >= len(p.toks) {
		return false
	}
	h := p.toks[i+1].lex().head
	return p.toks[i+1].cap && h != nil && h.kind == domain.Actor
}

// nameList reads the comma list that some names of bodies hold after their
// head: "Ministry of Economy, Trade and Industry", "Department for Digital,
// Culture, Media and Sport". The piece from i up to the comma at j must be a
// body's head with its "of/for" complement; the list is of capitalised words
// no known name covers, and closes with "and" and a last one. It returns
// the end of the list, or j.
func (p *docParse) nameList(st *sentence, i, j int) int {
	h := -1
	for k := i + 1; k < j; k++ {
		if p.toks[k].lower && p.toks[k].flags&fHeadBreak != 0 {
			h = k - 1
			break
		}
	}
	// An instrument lists the fields it is on the same way: "Covenant on
	// Economic, Social and Cultural Rights", "Convention on Artificial
	// Intelligence and Human Rights, Democracy and the Rule of Law".
	instrument := false
	if h < i || p.toks[h].lex().head == nil || p.toks[h].lex().head.kind != domain.Actor {
		a := i
		for a < j && p.toks[a].word && p.toks[a].flags&fFunction != 0 {
			a++
		}
		hw := p.headOf(piece{a, j})
		if hw == nil || hw.kind != domain.Treaty || !p.isWord(j+1, "and") && !p.isWord(j+2, "and") && !p.isWord(j+3, "and") {
			return j
		}
		instrument, h = true, i
	}
	known := func(k int) bool {
		en := p.kbAt[k]
		return en != nil && en != p.kbAt[h] && !(instrument && en.Kind == domain.Issue)
	}
	k := j
	for items := 0; items < 6; items++ {
		if !p.isPunct(k, ',') && !p.isWord(k, "and") {
			return j
		}
		last := p.isWord(k, "and")
		k++
		if !last && p.isWord(k, "and") {
			last = true // the serial comma
			k++
		}
		if instrument && last && p.isWord(k, "the") {
			k++
		}
		n := 0
		for k < st.t1 && n < 4 && p.toks[k].word && p.toks[k].cap && !p.toks[k].num && !known(k) && p.toks[k].lex().head == nil {
			k++
			n++
			if instrument && k+1 < st.t1 && p.isWord(k, "of") && p.toks[k+1].cap {
				k++ // "the Rule of Law"
			}
		}
		if n == 0 {
			return j
		}
		if last {
			return k
		}
	}
	return j
}

// splitAnd cuts "the Council of Europe and the United Nations" in two, but
// keeps "Trade and Technology Council" whole: it cuts at "and" only when both
// sides could name something on their own. It appends the parts to out.
func (p *docParse) splitAnd(out []piece, pc piece) []piece {
	for k := pc.a + 1; k < pc.b-1; k++ {
		if !(p.isWord(k, "and") || p.isPunct(k, '&') || p.isWord(k, "und")) {
			continue
		}
		if p.kbCovers(k) || p.commaBefore(pc.a, k) {
			continue // a comma inside a name: the "and" closes the list nameList kept
		}
		r := k + 1
		for r < pc.b && p.toks[r].lower {
			r++
		}
		if r >= pc.b {
			break
		}
		// The words up to the next "and" must stand alone, so that
		// "Partnership for Growth and Innovation and the Cyber Dialogue"
		// cuts only at the second.
		seg := r + 1
		for seg < pc.b && !p.isWord(seg, "and") {
			seg++
		}
		left, right := piece{pc.a, k}, piece{r, pc.b}
		// A lone word ("the Convention and the Annex Rules") is a name of
		// its own too, if one nothing records; a left side must otherwise
		// be whole: "G7 Digital & Tech Ministers’ Statement" is one name.
		lone := k == pc.a+1 && (p.toks[pc.a].lex().head != nil || seg == r+1 && p.toks[r].lex().head != nil)
		// "Minister of Foreign Affairs Jane Roe and Ukraine's ...": a
		// titled person's name ends the left side too.
		whole := p.nameable(left) || p.titledName(left)
		if p.isPunct(k, '&') {
			whole = p.headOf(left) != nil || p.kbExact(left)
		}
		alone := p.standsAlone(piece{r, seg}) || seg == r+1 && p.toks[r].lex().head != nil ||
			seg == pc.b && p.kbExact(left) && p.bareName(r, seg) // "Microsoft and John Doe"
		if alone && r == k+1 && seg-r <= 2 && (p.kbAt[r] == nil || p.kbAt[r].Kind == domain.Issue) && p.headIndex(left) < k-1 {
			// "Agency for e-Government and Information Society": a short
			// name after "and" may end the complement of the first.
			alone = false
		}
		if (lone || whole) && alone {
			return p.splitAnd(append(out, left), right)
		}
	}
	return append(out, pc)
}

// titledName reports a piece that opens with a title and closes with a
// person's name of two words or more: "Minister of Foreign Affairs Jane
// Roe".
func (p *docParse) titledName(pc piece) bool {
	t := &p.toks[pc.a]
	return pc.b-pc.a >= 3 && t.word && t.cap && t.flags&fTitle != 0 && p.personName(pc.b-2, pc.b) && !p.toks[pc.b-3].lower
}

// commaBefore reports a comma among tokens (from, to).
func (p *docParse) commaBefore(from, to int) bool {
	for k := from + 1; k < to; k++ {
		if p.isPunct(k, ',') {
			return true
		}
	}
	return false
}

// standsAlone reports whether the words after an "and" name something of
// their own: a head word, or a known name (not a topic) at their start.
// "Misuse of Commercial Spyware" in "Statement on the Proliferation and
// Misuse of Commercial Spyware" does not.
func (p *docParse) standsAlone(pc piece) bool {
	if p.headOf(pc) != nil {
		return true
	}
	en := p.kbAt[pc.a]
	return en != nil && en.Kind != domain.Issue && p.kbMatchAt(p.toks[pc.a].s) != nil
}

// splitAt cuts a name at a lower-case "in", "at" or "on" that places or
// dates it: "AI Summit in Paris", "Agency at the Office of the President",
// "Summit for Democracy on March 18", and at a "to" after a known party. The words after a place or date are
// a name of their own when they stand alone; a date goes.
func (p *docParse) splitAt(out []piece, pc piece) []piece {
	for k := pc.a + 1; k < pc.b-1; k++ {
		t := &p.toks[k]
		if !t.lower || !(p.isWord(k, "in") || p.isWord(k, "at") || p.isWord(k, "on") || p.isWord(k, "to")) {
			continue
		}
		r := k + 1
		for r < pc.b && p.toks[r].lower {
			r++
		}
		if r >= pc.b {
			break
		}
		left, right := piece{pc.a, k}, piece{r, pc.b}
		switch {
		case p.isWord(k, "to"):
			// "the accession of Ukraine to the Budapest Convention": a
			// known party alone before "to" is moving towards the name
			// after it, not part of it ("Mission of Japan to the UN"
			// keeps its head).
			if p.kbExact(left) && p.kbAt[pc.a].Kind == domain.Actor && p.standsAlone(right) {
				return p.splitAt(append(out, left), right)
			}
		case p.toks[r].flags&fMonth != 0 || yearOf(p, r) != 0:
			// A date: what follows it is read on its own.
			e := r + 1
			for e < pc.b && (p.toks[e].num || !p.toks[e].word) {
				e++
			}
			out = p.splitAt(out, left) // "Summit on Africa in Kigali in April 2025": the place, too
			if e < pc.b {
				return p.splitAt(out, piece{e, pc.b})
			}
			return out
		case p.kbCovers(k):
			// "Co-operation in Europe" inside a known name stays.
		case !p.isWord(k, "on") && p.nameable(left) && p.standsAlone(right):
			return p.splitAt(p.splitAnd(out, left), right)
		case p.isWord(k, "in") && p.kbExact(right) && p.kbAt[r].Kind == domain.Actor && p.kbAt[r].Code != "":
			// "ICANN1 in Singapore": a state places what comes before.
			return append(p.splitAnd(out, left), right)
		case p.isWord(k, "in") && pc.b-r <= 2 && p.headOf(right) == nil:
			// "Digital Summit in Riga": a meeting is placed, and the
			// place is a name of its own.
			if hw := p.headOf(left); hw != nil && (hw.subtype == "EVENT" || hw.subtype == "DIALOGUE") {
				return append(p.splitAnd(out, left), right)
			}
		}
	}
	return p.splitAnd(out, pc)
}

// nameable reports whether a piece holds a head word or a known name.
func (p *docParse) nameable(pc piece) bool {
	if p.headOf(pc) != nil || pc.b-pc.a == 1 && camelCase(p.word(pc.a)) {
		return true // "InternetNZ and Derechos Digitales": a word in camel case is a name
	}
	for i := pc.a; i < pc.b; i++ {
		// A topic names nothing by itself: "Digital Skills and
		// Innovation Programme" is one programme.
		if p.kbAt[i] != nil && p.kbAt[i].Kind != domain.Issue {
			return true
		}
	}
	return false
}

// kbCovers reports whether a knowledge-base match runs across token k.
func (p *docParse) kbCovers(k int) bool {
	s, e := p.toks[k].s, p.toks[k].e
	i := sort.Search(len(p.kbm), func(i int) bool { return p.kbm[i].End > s })
	return i < len(p.kbm) && p.kbm[i].Start < s && p.kbm[i].End > e
}

// placeAfterName reports whether the connector at j places a finished
// name rather than continuing it: "the Internet Governance Forum in
// Riyadh", "the Coalition at Geneva" — the name ends with a known entry or
// a head word before "in" or "at".
func (p *docParse) placeAfterName(j int) bool {
	if !p.isWord(j, "in") && !p.isWord(j, "at") {
		return false
	}
	prev := j - 1
	if en := p.kbAt[prev]; en != nil && en.Kind != domain.Issue && p.kbAt[j] != en {
		return true
	}
	hw := p.toks[prev].lex().head
	return hw != nil && !p.toks[prev].lower && hw.kind != domain.Treaty
}

// headOf finds the head noun of a name: the last word before the first
// "of/for/on" ("Council of Europe"), else the last word. It returns nil when
// the head types nothing or the name is a lone head word ("the Council").
func (p *docParse) headOf(pc piece) *headWord {
	if pc.b-pc.a < 2 {
		return nil
	}
	last := p.undatedEnd(pc)
	if last < pc.b-1 && p.toks[last].cap {
		if hw := datedHeads[strings.ToLower(p.word(last))]; hw != nil {
			return hw
		}
	}
	h := last
	for k := pc.a + 1; k < last; k++ {
		if p.toks[k].lower && p.toks[k].flags&fHeadBreak != 0 {
			if en := p.kbAt[k]; en != nil && p.kbAt[pc.a] == en && (en.Kind == domain.Actor || en.Kind == domain.Forum) {
				continue // the "of" of a known name: "Council of Europe Convention"
			}
			if en := p.kbAt[k]; en != nil && p.kbAt[pc.a] == en && en.Kind == domain.Treaty {
				// "Council of Europe Framework Convention on Artificial
				// Intelligence and Human Rights, ...": a known instrument
				// that the name lengthens types it.
				return &headWord{kind: en.Kind, subtype: en.Subtype, conf: 0.9}
			}
			h = k - 1
			break
		}
	}
	if h < last && p.toks[h].lex().head == nil {
		// "Worst Forms of Child Labour Convention": a name whose first
		// words head nothing is typed by its last.
		if hw := p.toks[last].lex().head; hw != nil && hw.kind == domain.Treaty && !p.toks[last].lower {
			return hw
		}
	}
	if h > pc.a && p.toks[h].lex().pairHead {
		var buf [64]byte
		pair := lowerInto(buf[:0], p.word(h-1))
		pair = lowerInto(append(pair, ' '), p.word(h))
		if hw, ok := twoWordHeads[string(pair)]; ok {
			return hw
		}
	}
	if t := &p.toks[h]; t.word && !t.lower {
		return t.lex().head
	}
	return nil
}

func (p *docParse) pieceText(pc piece) string {
	return p.text[p.toks[pc.a].s:p.toks[pc.b-1].e]
}

// capitalize gives an issue found in running text its canonical form:
// "data governance" -> "Data governance".
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// initials reports whether acr spells the initials of the capitalised (or,
// if lower is set, all non-connector) words of toks[a:b]; digits in acr
// match number words ("G7" and "Group of Seven" do not: that is the KB's job).
func (p *docParse) initials(acr string, a, b int) bool {
	acr = strings.TrimSuffix(strings.ReplaceAll(acr, ".", ""), "s")
	var in []rune
	for i := a; i < b; i++ {
		t := &p.toks[i]
		if !t.word || t.lower && t.flags&fConnector != 0 {
			continue
		}
		w := p.word(i)
		for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' }) {
			r, _ := utf8.DecodeRuneInString(part)
			in = append(in, unicode.ToUpper(r))
		}
	}
	if strings.EqualFold(string(in), acr) {
		return true
	}
	return p.mixedInitials(acr, a, b)
}

// mixedInitials matches an acronym that writes some letters small: a
// capital opens each word, a small letter continues the word or stands for
// a small word ("AfCFTA": African Continental Free Trade Area; "MoU":
// Memorandum of Understanding; "MeitY": Ministry of Electronics and
// Information Technology).
func (p *docParse) mixedInitials(acr string, a, b int) bool {
	var words []string
	for i := a; i < b; i++ {
		if t := &p.toks[i]; t.word {
			words = append(words, strings.ToLower(p.word(i)))
		}
	}
	small := false
	for _, r := range acr {
		small = small || unicode.IsLower(r)
	}
	if !small || len(words) == 0 {
		return false
	}
	// The small words an acronym may skip or spell with a small letter.
	connector := func(w string) bool {
		e := lexicon[w]
		return e != nil && e.flags&fConnector != 0
	}
	var match func(ci, wi, pos int) bool // acr[ci:] against words[wi:], pos letters of words[wi-1] used
	match = func(ci, wi, pos int) bool {
		if ci == len(acr) {
			for ; wi < len(words); wi++ {
				if !connector(words[wi]) {
					return false
				}
			}
			return true
		}
		c := rune(acr[ci])
		lc := unicode.ToLower(c)
		// A letter opens the next word; a connector may be skipped.
		for w := wi; w < len(words); w++ {
			if rune(words[w][0]) == lc && (unicode.IsUpper(c) || connector(words[w])) && match(ci+1, w+1, 1) {
				return true
			}
			if !connector(words[w]) {
				break
			}
		}
		// A small letter continues the word before.
		if unicode.IsLower(c) && wi > 0 && pos < len(words[wi-1]) && rune(words[wi-1][pos]) == c {
			return match(ci+1, wi, pos+1)
		}
		return false
	}
	return match(0, 0, 0)
}

// acronymAfter returns the index of an acronym in brackets right after
// token b ("... Forum (IGF)"), or -1.
func (p *docParse) acronymAfter(b, limit int) int {
	if b+2 < limit && p.isPunct(b, '(') && p.isPunct(b+2, ')') && p.toks[b+1].word && isAcronym(p.word(b+1)) {
		return b + 1
	}
	return -1
}

// isAcronym accepts "IGF", "G7", "ICTs", "U.N".
func isAcronym(w string) bool {
	w = strings.TrimSuffix(w, "s")
	upper, lower := 0, 0
	for i, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsDigit(r) || r == '.' || r == '-' || r == '&':
		case i > 0 && r >= 'a' && r <= 'z':
			lower++ // "PoA", "MoU": a small word inside
		default:
			return false
		}
	}
	if lower > 0 {
		return upper >= 2 && lower < upper && len(w) <= 6
	}
	return upper >= 2 || upper == 1 && len(w) >= 2
}

// sortArgs orders args by position, longest first at the same start.
func sortArgs(as []arg) {
	slices.SortStableFunc(as, compareArgs)
}

func compareArgs(a, b arg) int {
	if a.s != b.s {
		return a.s - b.s
	}
	return b.e - a.e
}

// spacedPairDash measures the dash, with spaces around it, that joins two
// known polities at the start of a name: after "U.S." or "EU" at [i, j),
// the tokens up to the second polity ("." and "–" of "U.S. – Japan"), or 0.
func (p *docParse) spacedPairDash(i, j, end int) int {
	polity := func(en *kb.Entry) bool {
		return en != nil && en.Kind == domain.Actor && (en.Code != "" || en.Subtype == "REGIONAL_BLOC")
	}
	first := p.kbAt[i]
	if !polity(first) {
		return 0
	}
	for k := i; k < j; k++ {
		if p.kbAt[k] != first {
			return 0
		}
	}
	d := j
	if p.isPunct(d, '.') && p.toks[d].s == p.toks[d-1].e {
		d++ // the point of "U.S."
	}
	if d+1 >= end || !(p.isPunct(d, '–') || p.isPunct(d, '-') || p.isPunct(d, '—')) || p.toks[d].s == p.toks[d-1].e {
		return 0
	}
	second := p.kbAt[d+1]
	if !polity(second) || second == first || !p.nameToken(d+1) {
		return 0
	}
	return d + 1 - j
}

// hyphenInitial reports a word that ends in a hyphen and one capital, the
// first initial of "Japan-U.S.".
func hyphenInitial(w string) bool {
	n := len(w)
	return n >= 3 && w[n-2] == '-' && w[n-1] >= 'A' && w[n-1] <= 'Z'
}
