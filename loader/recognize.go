package loader

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/loader/kb"
)

// Confidence of names found without the knowledge base, by how they were found.
const (
	confTitledPerson = 0.85 // "Dr Jane Doe", "Speaker 1: Jane Doe"
	confRolePerson   = 0.7  // "founder Jane Doe", "Jane Doe says"
	confBarePerson   = 0.45 // two capitalised words no lexicon knows
	confIssuePattern = 0.6  // "data governance"
	confSelf         = 0.85 // "we" in a document that says who we are
)

// entities finds the names in sentence si and records them as args.
func (p *docParse) entities(si int) {
	st := &p.sents[si]
	first := len(p.args)
	// Sentences come in order: the KB matches before this one are done.
	for p.nextMatch < len(p.kbm) && p.kbm[p.nextMatch].End <= st.start {
		p.nextMatch++
	}
	for i := p.nextMatch; i < len(p.kbm); i++ {
		m := p.kbm[i]
		if m.Start >= st.end {
			break
		}
		if m.Entry.Kind == domain.Issue && p.issueInName(st, p.kbTok[i].start, p.kbTok[i].end) {
			continue // "the Women in International Security and Cyberspace Fellowship": a name's words
		}
		e := p.reg.fromKB(m.Entry)
		if m.Form != e.name {
			// Of the knowledge base's forms, the entity lists those the
			// document uses.
			e.addAlias(m.Form)
		}
		a, b := p.kbTok[i].start, p.kbTok[i].end
		if b-a >= 3 && p.toks[a].poss && m.Entry.Kind != domain.Issue {
			// "Singapore’s Ministry of Foreign Affairs" is known by the
			// name after its owner too.
			if own, ok := p.ex.kb.Lookup(p.word(a)); ok && own.Code != "" && own != m.Entry {
				e.addAlias(p.text[p.toks[a+1].s:m.End])
			}
		}
		if surf := p.text[m.Start:m.End]; surf != m.Form && !strings.EqualFold(surf, m.Form) {
			// The document's own spelling too: "public–private" with its
			// dash, "data breaches" in the plural.
			e.addAlias(surf)
		}
		p.shortTitle(piece{a, b}, e)
		start := m.Start
		if g := p.governmentOf(st, a); g < a && m.Entry.Code != "" {
			// "the Government of Canada supports X": the government is
			// the state, and the subject of the verb.
			a, start = g, p.toks[g].s
		}
		// "the United States’ commitments": a known party in the plural
		// possessive owns what follows as "Japan’s" would.
		poss := p.toks[b-1].poss || p.pluralOwner(b-1)
		p.args = append(p.args, arg{s: start, e: m.End, ent: e, conf: 1, poss: poss, tok: a, end: b, kb: true})
	}
	colon := -1
	if st.label {
		for i := st.t0; i < st.t1 && colon < 0; i++ {
			if p.isPunct(i, ':') {
				colon = i
			}
		}
	}
	// A line in capitals ("HAVE ADOPTED THIS REGULATION:") shows no
	// names by its case; only known names count there.
	if !p.shouted(st) {
		for n, pc := range p.pieces(st) {
			p.classify(st, pc, pc.a == colon+1 || st.labelItem && n == 0)
		}
	}
	p.acronyms(st)
	if st.numbers {
		p.numbered(st)
	}
	p.lowerCaseNames(st)
	p.quotedNames(st)
	p.issuePatterns(st)
	p.issueLists(st, first)
	p.selfReferences(st, first)
}

// noteOpening records what sentence st (whose arguments start at first)
// opens with, for an "It" or "They" that opens the next: called once the
// sentence's references are resolved, so that "The Participants ...
// They ..." and "The two countries ... They ..." carry over.
func (p *docParse) noteOpening(st *sentence, first int) {
	p.prevSubject, p.prevActor = nil, nil
	// "After the border clash, India banned X. It has also ...": past an
	// opening adjunct, the subject opens the clause.
	t0 := p.openerEnd(clause{st.t0, st.t1})
	for i := first; i < len(p.args); i++ {
		a := &p.args[i]
		if a.tok == t0 || p.isWord(t0, "the") && a.tok == t0+1 || a.pron && a.tok >= t0 && a.tok <= t0+2 {
			if k := a.ent.kind; k == domain.Treaty || k == domain.Forum {
				p.prevSubject = a.ent
			} else if pairable(a.ent) && p.prevActor == nil {
				p.prevActor = p.openingActors(st, first, i)
			}
		}
	}
	st.opener = p.prevActor
}

// openingActors is what "It" or "They" at the start of the next sentence
// stands for when sentence st opens with actors: the actor at args[i],
// or the group of those listed with it ("Kenya and Ghana signed X. They
// also ...").
func (p *docParse) openingActors(st *sentence, first, i int) *entity {
	members := []*entity{p.args[i].ent}
	for j := i + 1; j < len(p.args); j++ {
		x, y := &p.args[j-1], &p.args[j]
		if y.pron || !pairable(y.ent) || !p.joinedByAnd(x.end, y.tok) && !(p.isWord(x.end, "and") && p.isWord(x.end+1, "the") && y.tok == x.end+2) {
			break
		}
		members = append(members, y.ent)
	}
	if len(members) == 1 {
		return members[0]
	}
	return &entity{name: "they", kind: domain.Actor, members: members}
}

// cueWordAt reports a lower-case word at k that opens a cue phrase.
func (p *docParse) cueWordAt(k int) bool {
	return k >= 0 && p.toks[k].word && p.toks[k].lower && len(p.toks[k].lex().cues) > 0
}

// itReferent is the instrument or forum last named before byte offset at,
// within about two sentences, or nil: what an object "it" stands for. The
// arguments are not in text order yet.
func (p *docParse) itReferent(at int) *entity {
	var best *arg
	for j := range p.args {
		a := &p.args[j]
		if a.e <= at && at-a.e <= 300 && (a.ent.kind == domain.Treaty || a.ent.kind == domain.Forum) && (best == nil || a.e > best.e) {
			best = a
		}
	}
	if best == nil {
		return nil
	}
	return best.ent
}

// expletiveIt reports "It is important to ...", "It was agreed that ...":
// an "it" at token i that stands for nothing.
func (p *docParse) expletiveIt(i, limit int) bool {
	if !p.isWord(i+1, "is") && !p.isWord(i+1, "was") && !p.isWord(i+1, "has") && !p.isWord(i+1, "will") && !p.isWord(i+1, "would") && !p.isWord(i+1, "seems") {
		return false
	}
	for k := i + 2; k < limit && k <= i+5; k++ {
		if p.isWord(k, "that") || p.isWord(k, "to") || p.isWord(k, "whether") {
			return true
		}
	}
	return false
}

// quotedNames reads a name in quotes that a head noun beside it types:
// "the technology event “Huawei Connect 2025”", "the “Spare Tyre 2.0”
// strategy". Quotes alone type nothing: "the so-called “Digital Iron
// Curtain”" stays unnamed.
func (p *docParse) quotedNames(st *sentence) {
	for i := st.t0; i+2 < st.t1; i++ {
		if q := p.toks[i].punct; q != '“' && q != '"' {
			continue
		}
		if !p.toks[i+1].word || !p.toks[i+1].cap {
			continue
		}
		end := -1
		for k := i + 1; k < st.t1 && k-i <= maxQuotedName; k++ {
			t := &p.toks[k]
			if q := t.punct; q == '”' || q == '"' {
				end = k
				break
			}
			if !t.word && t.punct != '.' && t.punct != '-' && t.punct != '&' || t.word && t.lower && t.flags&fConnector == 0 {
				break
			}
		}
		if end < 0 || end == i+1 {
			continue
		}
		var hw *headWord
		after := end+1 < st.t1 && p.toks[end+1].word && p.toks[end+1].lower && p.toks[end+1].lex().head != nil
		if after {
			hw = p.toks[end+1].lex().head
		}
		for k := i - 1; hw == nil && k >= st.t0 && k >= i-2; k-- {
			if t := &p.toks[k]; t.word && t.lower {
				hw = t.lex().head
			}
		}
		if hw == nil || hw.kind == domain.Actor {
			continue
		}
		name := p.text[p.toks[i+1].s:p.toks[end-1].e]
		e := p.reg.get(hw.kind, hw.subtype, name, hw.conf)
		if after {
			e.addAlias(name + " " + p.word(end+1)) // "the “AI Evaluation” program"
		}
		p.addArg(i+1, end, e, hw.conf, false)
		i = end
	}
}

// maxQuotedName bounds, in tokens, a name in quotes.
const maxQuotedName = 8

// governmentOf returns the token of "Government" in "Government of
// <state>" (also "the Government of the Republic of ...") when the name at
// a follows it, or a.
func (p *docParse) governmentOf(st *sentence, a int) int {
	k := a - 1
	if k > st.t0 && p.isWord(k, "the") {
		k--
	}
	if k > st.t0 && p.isWord(k, "of") && p.toks[k-1].word && p.toks[k-1].flags&fGovernment != 0 {
		return k - 1
	}
	return a
}

// issueInName reports a topic, tokens [a, b), written in capitals inside
// a longer run of capitalised words in running text (not a title-case
// heading), joined by "in", "and" or "of": words of a name no one knows.
func (p *docParse) issueInName(st *sentence, a, b int) bool {
	if st.titleCase || a <= st.t0 || !p.toks[a].cap {
		return false
	}
	for k := a; k < b; k++ {
		if p.toks[k].word && p.toks[k].lower && p.toks[k].flags&fConnector == 0 {
			return false
		}
	}
	capBefore := p.toks[a-1].cap && !p.toks[a-1].acro && a-1 > st.t0 ||
		(p.isWord(a-1, "in") || p.isWord(a-1, "of") || p.isWord(a-1, "for")) && a-2 > st.t0 && p.toks[a-2].cap && !p.toks[a-2].acro
	capAfter := b < st.t1 && p.toks[b].cap && !p.toks[b].acro ||
		(p.isWord(b, "and") || p.isWord(b, "of")) && b+1 < st.t1 && p.toks[b+1].cap && !p.toks[b+1].acro
	return capBefore && capAfter
}

// shouted reports a sentence of three words or more written in capitals
// throughout.
func (p *docParse) shouted(st *sentence) bool {
	words := 0
	for k := st.t0; k < st.t1; k++ {
		if t := &p.toks[k]; t.word && !t.num {
			if !t.acro {
				return false
			}
			words++
		}
	}
	return words >= 3
}

// kbExact reports whether one KB match covers the whole piece.
func (p *docParse) kbExact(pc piece) bool {
	en := p.kbAt[pc.a]
	if en == nil {
		return false
	}
	for i := pc.a; i < pc.b; i++ {
		if p.kbAt[i] != en {
			return false
		}
	}
	return true
}

// classify decides what a capitalised piece names, if anything.
func (p *docParse) classify(st *sentence, pc piece, afterLabel bool) {
	if p.kbExact(pc) {
		return
	}
	if pc.a > st.t0 && p.ordinal(pc.a-1) && !p.toks[pc.a-1].lower {
		// "the 21st Conference of ...", "their Second Summit": an event
		// keeps its number; so does a name an ordinal opens in capitals
		// ("the Third World Network", "the First Committee").
		if hw := p.headOf(piece{pc.a - 1, pc.b}); hw != nil && (hw.subtype == "EVENT" || p.toks[pc.a-1].cap && !p.toks[pc.a-1].num && pc.a-1 > st.t0) {
			pc.a--
		}
	}
	if pc.a < pc.b-1 && yearOf(p, pc.a) != 0 && !p.toks[pc.a+1].num {
		// "the 1981 Convention for ...": the year dates the instrument
		// and is no part of its name; the dated title is an alias.
		if hw := p.headOf(piece{pc.a + 1, pc.b}); hw != nil && hw.kind == domain.Treaty {
			full := p.pieceText(pc)
			pc.a++
			defer p.aliasLast(pc, full)
		}
	}
	if st.label && afterLabel && p.labelPerson(st, pc) {
		return
	}
	if p.titledPerson(st, pc) {
		return
	}
	if ev := p.event(pc); ev != nil {
		p.addArg(pc.a, pc.b, ev, 0.8, false)
		return
	}
	if hw := p.headOf(pc); hw != nil {
		name := p.pieceText(pc)
		inner := p.innerAcronym(pc)
		if inner >= 0 {
			// "Critical Technology (CT) Dialogue" is the "Critical
			// Technology Dialogue".
			name = p.text[p.toks[pc.a].s:p.toks[inner-1].e] + " " + p.text[p.toks[inner+3].s:p.toks[pc.b-1].e]
		}
		var e *entity
		if p.selfDoc != nil && (name == p.selfDoc.name || p.hasAlias(p.selfDoc, name)) {
			e = p.selfDoc
		} else if p.selfDoc != nil && (p.endsSelfName(name, hw) || p.shortSelfName(pc, name, hw)) {
			e = p.selfDoc
			e.addAlias(name)
		} else if t := p.reg.titles[name]; t != nil && t.kind == hw.kind {
			e = t
		} else if k := p.companyGroup(pc); k != nil {
			// "Huawei Group" is Huawei.
			e = k
			e.addAlias(name)
		} else if k := p.knownAfterOwner(pc); k != nil {
			// "Japanese Ministry of ...", "United Nations Guiding
			// Principles ...": a known name with its owner before it.
			e = k
			e.addAlias(name)
		} else if k := p.knownWithOwner(st, pc, name, hw); k != nil {
			// "The OECD updated its AI Principles": the "OECD AI
			// Principles" the knowledge base knows.
			e = k
			e.addAlias(name)
		} else if k := p.knownLengthened(pc); k != nil {
			// "Council of Europe Framework Convention on Artificial
			// Intelligence and Human Rights, Democracy and the Rule of
			// Law": the known instrument under its full title.
			e = k
			e.addAlias(name)
		} else if hw.kind == domain.Forum && hw.subtype == "MULTILATERAL_ORG" && p.nationalBody(pc) {
			// "National Security Council", "Federal Trade Commission": a
			// state's own council is one of its bodies, no forum of many.
			e = p.reg.get(domain.Actor, "GOVERNMENT_BODY", name, hw.conf)
		} else if o := pc.a - 1; hw.kind == domain.Actor && hw.subtype == "ACADEMIA" && o >= 0 && p.toks[o].poss && p.kbAt[o] != nil && p.kbAt[o].Code != "" && p.kbAt[o] == p.kbAt[pc.a-1] {
			// "Japan's AI Safety Institute": a state's institute is its
			// body, and each state's is another ("the UK's AI Safety
			// Institute").
			e = p.reg.get(domain.Actor, "GOVERNMENT_BODY", p.word(o)+" "+name, hw.conf)
			e.addAlias(p.text[p.toks[o].s:p.toks[pc.b-1].e])
		} else {
			e = p.reg.get(hw.kind, hw.subtype, name, hw.conf)
		}
		p.addArg(pc.a, pc.b, e, hw.conf, false)
		if inner >= 0 {
			p.acronymForms(pc, inner, e)
		}
		if hw.kind == domain.Actor {
			if cut := p.stateSuffix(pc); cut > pc.a && !p.isWord(cut-1, "government") {
				// "Department of Internal Affairs of the Government of
				// New Zealand" is known by its name without the state too.
				e.addAlias(p.pieceText(piece{pc.a, cut}))
			}
		}
		p.owner(pc, e)
		p.shortTitle(pc, e)
		p.nameIssues(st, pc, e)
		return
	}
	if e := p.pairedBody(pc); e != nil {
		p.addArg(pc.a, pc.b, e, 0.75, false)
		return
	}
	if p.kindNounAfter(pc) {
		return
	}
	if p.rolePerson(st, pc) {
		return
	}
	if pc.b-pc.a == 1 {
		if e, ok := p.surname(p.word(pc.a)); ok {
			p.addArg(pc.a, pc.b, e, 0.6, false)
		} else if e, ok := p.reg.acronyms[p.word(pc.a)]; ok {
			p.addArg(pc.a, pc.b, e, 0.8, false) // "PoA", defined before
		} else if e := p.camelName(pc.a); e != nil {
			p.addArg(pc.a, pc.b, e, e.conf, false)
		} else if p.toks[pc.a].acro && p.kbAt[pc.a] == nil {
			p.acronymName(st, pc.a)
		}
	} else if pc.b-pc.a == 2 && p.toks[pc.a+1].acro && p.kbAt[pc.a+1] == nil {
		p.acronymName(st, pc.a+1)
	}
}

// kindNounAfter reads a name that nothing heads but a lower-case noun
// after it that says what kind of instrument or forum it is: "Kenya's
// Digital Superhighway initiative", "the Smart Africa alliance".
func (p *docParse) kindNounAfter(pc piece) bool {
	k := pc.b
	if k >= len(p.toks) || !p.toks[k].word || !p.toks[k].lower || pc.b-pc.a > 4 || p.kbAt[pc.a] != nil {
		return false
	}
	hw := p.toks[k].lex().head
	if hw == nil || !namingNouns[p.word(k)] {
		return false
	}
	if pc.b-pc.a == 1 && p.toks[pc.a].num {
		return false // "its 2018 strategy": a year dates an instrument, it names none
	}
	if pc.b-pc.a == 1 && (p.toks[pc.a].acro || pc.a == 0 || !p.toks[pc.a-1].word || p.toks[pc.a-1].lower && p.toks[pc.a-1].flags&fDeterminer == 0) {
		return false // an acronym alone is read by acronymName; a lone word opens a sentence
	}
	if _, ok := p.ex.kb.Demonym(p.word(pc.a)); ok {
		return false // "Chinese telecom firms"
	}
	name := p.pieceText(pc)
	for _, known := range p.reg.order {
		// "the Budapest framework" after the Budapest Convention: the
		// instrument named before, by the first words of its name.
		if known.kind == hw.kind && len(known.name) > len(name)+1 && strings.HasPrefix(known.name, name+" ") {
			p.addArg(pc.a, k+1, known, 0.6, false)
			return true
		}
	}
	e := p.reg.get(hw.kind, hw.subtype, name, 0.6)
	e.addAlias(name + " " + p.word(k))
	p.addArg(pc.a, pc.b, e, 0.6, false)
	return true
}

// namingNouns are the lower-case nouns that, after a capitalised name,
// say it names an instrument or a forum.
var namingNouns = map[string]bool{"initiative": true, "strategy": true, "programme": true, "program": true,
	"coalition": true, "alliance": true, "network": true, "partnership": true, "framework": true, "plan": true,
	"agenda": true, "platform": true, "compact": true, "charter": true, "roadmap": true}

// acronymName reads an acronym the knowledge base does not know by
// itself: a known forum's acronym with a meeting's number ("ICANN84"), or
// a body's acronym after its state ("Canadian AISI", "U.S. NCSA"), which is
// that state's body.
func (p *docParse) acronymName(st *sentence, i int) {
	w := p.word(i)
	if _, ok := p.reg.acronyms[w]; ok {
		return
	}
	if d := strings.TrimRightFunc(w, unicode.IsDigit); len(d) >= 2 && len(d) < len(w) {
		if en, ok := p.ex.kb.Lookup(d); ok && en.Kind == domain.Forum && len(w)-len(d) <= 3 {
			ev := p.reg.get(domain.Forum, "EVENT", w, 0.75)
			p.addArg(i, i+1, ev, 0.75, false)
			p.pending = append(p.pending, pendingRel{rule: "name-event", typ: domain.PartOf, src: ev, tgt: p.reg.fromKB(en), at: p.toks[i].s, conf: 0.75})
			return
		}
	}
	if len(w) < 3 || p.toks[i].num || genericAcronyms[strings.TrimSuffix(w, "s")] {
		return // "a Nigerian NGO": a kind of body, not one
	}
	if n := i + 1; n < st.t1 && p.toks[n].word && p.toks[n].lower && p.toks[n].flags&(fAuxiliary|fVerb|fFunction|fPreposition|fSays|fHedge|fListGlue|fAdverb|fClauseBreak) == 0 && !p.verbLike(n) && !p.cueAt(n, st.t1) {
		return // "Kenya's ICT minister", "India's IT sector": the field a noun is of, no body
	}
	if n := i + 1; n < st.t1 && p.toks[n].word && p.toks[n].cap && p.toks[n].flags&(fTitle|fRole) != 0 {
		return // "Kenya's ICT Minister Jane Doe": an office's field
	}
	a := i - 1
	if p.isPunct(a, '.') && a-1 >= st.t0 && p.toks[a-1].e == p.toks[a].s {
		a-- // "U.S. AISI"
	}
	if a < st.t0 || a == i || !p.toks[a].word {
		return
	}
	state := p.kbAt[a]
	if state == nil {
		if d, ok := p.ex.kb.Demonym(p.word(a)); ok {
			state = d
		}
	}
	if state == nil || state.Kind != domain.Actor || state.Code == "" || p.kbMatchAt(p.toks[a].s) == nil && p.kbAt[a] != nil {
		return
	}
	name := p.text[p.toks[a].s:p.toks[i].e]
	if p.toks[a].poss {
		name = p.word(a) + " " + p.word(i) // "Japan's AISI" is the Japan AISI
	}
	e := p.reg.get(domain.Actor, "GOVERNMENT_BODY", name, 0.5)
	p.addArg(a, i+1, e, 0.5, false)
}

// genericAcronyms name kinds of bodies and people, never one of them.
var genericAcronyms = map[string]bool{"NGO": true, "CSO": true, "SME": true, "MSME": true, "CEO": true, "CTO": true,
	"MEP": true, "MP": true, "INGO": true, "SOE": true, "ISP": true, "MNO": true, "PPP": true}

// stateSuffix finds where a body's name says whose state it serves: "of
// the Republic of Estonia", "in the Government of Israel", a phrase that
// ends the piece with a known state and holds only words of statehood
// besides. It returns the suffix's first token, or -1.
func (p *docParse) stateSuffix(pc piece) int {
	last := p.kbAt[pc.b-1]
	if last == nil || last.Kind != domain.Actor || last.Code == "" {
		return -1
	}
	// The first "of" after the head opens the name's own complement.
	for k := p.headIndex(pc) + 2; k < pc.b-1; k++ {
		if !p.toks[k].lower || !(p.isWord(k, "of") || p.isWord(k, "in") || p.isWord(k, "at")) {
			continue
		}
		// The phrase opens with the state, its government or its
		// "Republic of".
		w := k + 1
		if p.isWord(w, "the") {
			w++
		}
		if p.kbAt[w] != last && !(w < pc.b && p.toks[w].flags&fGovernment != 0) && !p.isWord(w+1, "of") {
			continue
		}
		ok := true
		for i := k + 1; i < pc.b && p.kbAt[i] != last && ok; i++ {
			t := &p.toks[i]
			ok = t.word && (t.lower && t.flags&fConnector != 0 || t.cap && t.flags&(fNotName|fGovernment) != 0)
		}
		if ok {
			return k
		}
	}
	return -1
}

// companyGroup returns the known company that a piece names with a word
// of incorporation after it: "Huawei Group", "Acme Holdings".
func (p *docParse) companyGroup(pc piece) *entity {
	en := p.kbAt[pc.a]
	if en == nil || en.Kind != domain.Actor || en.Subtype != "COMPANY" || p.kbAt[pc.b-1] == en || !p.kbExact(piece{pc.a, pc.b - 1}) {
		return nil
	}
	switch strings.ToLower(p.word(pc.b - 1)) {
	case "group", "holdings", "inc", "inc.", "corporation", "corp", "ltd", "plc", "company":
		return p.reg.fromKB(en)
	}
	return nil
}

// knownAfterOwner returns the known entity that a piece names after an
// owner's name or adjective at its start, when the rest is exactly that
// known name.
func (p *docParse) knownAfterOwner(pc piece) *entity {
	r := pc.a
	if en := p.kbAt[pc.a]; en != nil && (en.Kind == domain.Actor || en.Kind == domain.Forum) {
		for r < pc.b && p.kbAt[r] == en {
			r++
		}
	} else if d, ok := p.ex.kb.Demonym(p.word(pc.a)); ok && d.Kind == domain.Actor {
		r++
	}
	if r == pc.a || pc.b-r < 2 || !p.kbExact(piece{r, pc.b}) || p.kbMatchAt(p.toks[r].s) == nil {
		return nil
	}
	en := p.kbAt[r]
	if en.Kind != domain.Treaty && en.Kind != domain.Actor && en.Kind != domain.Forum || p.otherParties(pc.a, en) {
		return nil // "the Kenya-Japan Trade and Technology Council" is no council of the EU and the US
	}
	return p.reg.fromKB(en)
}

// endsSelfName reports a name of three words or more that ends the
// document's own name or one of its aliases, as "this Convention on Cyber
// Security and Personal Data Protection" ends the African Union's: the
// document speaking of itself without its maker.
func (p *docParse) endsSelfName(name string, hw *headWord) bool {
	d := p.selfDoc
	if hw.kind != d.kind || strings.Count(name, " ") < 2 {
		return false
	}
	if strings.HasSuffix(d.name, " "+name) {
		return true
	}
	forms := d.aliases
	if d.entry != nil {
		forms = append(slices.Clip(forms), d.entry.Aliases...)
	}
	for _, a := range forms {
		if strings.HasSuffix(a, " "+name) {
			return true
		}
	}
	return false
}

// shortSelfName reports a definite name that shortens the document's own
// title: "this Strategy", "the Cybersecurity Strategy" or "the Master Plan"
// in the "Kenya National Digital Master Plan 2022-2032" has the title's
// head word and only words of the title, in its order.
func (p *docParse) shortSelfName(pc piece, name string, hw *headWord) bool {
	d := p.selfDoc
	if hw.kind != d.kind || pc.a == 0 || !(p.isWord(pc.a-1, "the") || p.isWord(pc.a-1, "this") || p.isWord(pc.a-1, "our")) {
		return false
	}
	if p.isWord(pc.a-1, "this") && hw.subtype == d.subtype {
		// "The purpose of this Memorandum of Cooperation" in the "U.S.
		// – Japan Technology Prosperity Deal": an instrument points at
		// itself, by whatever name.
		return true
	}
	words := strings.Fields(name)
	if !strings.EqualFold(words[len(words)-1], p.selfNoun) {
		return false
	}
	title := strings.Fields(d.name)
	k := 0
	for _, w := range words {
		for k < len(title) && !strings.EqualFold(title[k], w) {
			k++
		}
		if k == len(title) {
			return false
		}
		k++
	}
	return true
}

// knownWithOwner finds the known entry a name after "its" or "their", or
// after an owner's possessive, takes with its owner's name before it: the
// owner is the possessive's, or the organisation or state named last in the
// sentence.
func (p *docParse) knownWithOwner(st *sentence, pc piece, name string, hw *headWord) *entity {
	owned := pc.a > 0 && p.toks[pc.a-1].poss && hw.kind == domain.Treaty // "the OECD's AI Principles"
	if !owned && !p.isWord(pc.a-1, "its") && !p.isWord(pc.a-1, "their") {
		return nil
	}
	at := p.toks[pc.a].s
	for j := len(p.args) - 1; j >= 0; j-- {
		o := &p.args[j]
		if o.e > at {
			continue
		}
		if o.s < st.start || owned && o.end != pc.a {
			return nil
		}
		if o.pron || o.ent.kind != domain.Actor && o.ent.kind != domain.Forum || o.ent.subtype == "PERSON" {
			continue
		}
		forms := []string{o.ent.name}
		if o.ent.entry != nil {
			forms = append(forms, o.ent.entry.Aliases...)
		}
		for _, f := range forms {
			if en, ok := p.ex.kb.Lookup(f + " " + name); ok && en.Kind == hw.kind {
				return p.reg.fromKB(en)
			}
		}
		return nil
	}
	return nil
}

// knownLengthened finds a known instrument whose name opens pc and which
// pc continues with a list of fields after "and" or a comma, or with a
// complement in capitals ("Christchurch Call to Action to Eliminate
// Terrorist ...").
func (p *docParse) knownLengthened(pc piece) *entity {
	en := p.kbAt[pc.a]
	if en == nil || en.Kind != domain.Treaty || p.kbMatchAt(p.toks[pc.a].s) == nil {
		return nil
	}
	r := pc.a
	for r < pc.b && p.kbAt[r] == en {
		r++
	}
	if r >= pc.b || !p.isWord(r, "and") && !p.isPunct(r, ',') && !(p.toks[r].lower && p.toks[r].flags&fHeadBreak != 0 && r+1 < pc.b && p.toks[r+1].cap) {
		return nil
	}
	return p.reg.fromKB(en)
}

// numbered reads instruments cited by number: "Recommendation No. R (85)
// 10", "Resolution No. 3", and in a list after "Recommendations No. ...",
// each further "No. ..." of the same kind. The number is an alias.
func (p *docParse) numbered(st *sentence) {
	head := ""
	if p.reg.numEnd > 0 && st.t0-p.reg.numEnd <= 30 {
		// "No." ends a sentence for the splitter; the list runs on.
		head = p.reg.numHead
	}
	for i := st.t0; i+3 < st.t1; i++ {
		// "resolution 70/237": the United Nations number its resolutions
		// session/serial.
		if !p.isWord(i, "resolution") || p.kbAt[i] != nil || p.kbAt[i+1] != nil || !p.toks[i+1].num || !p.isPunct(i+2, '/') || !p.toks[i+3].num ||
			p.toks[i+2].s != p.toks[i+1].e || p.toks[i+3].s != p.toks[i+2].e || insideArg(p.args, i) {
			continue
		}
		num := p.text[p.toks[i+1].s:p.toks[i+3].e]
		en := p.reg.get(domain.Treaty, "DECLARATION", "Resolution "+num, 0.75)
		en.addAlias(p.text[p.toks[i].s:p.toks[i+3].e])
		p.addArg(i, i+4, en, 0.75, false)
	}
	for i := st.t0; i+2 < st.t1; i++ {
		if !p.isWord(i, "no") || !p.toks[i].cap || !p.isPunct(i+1, '.') {
			continue
		}
		e := i + 2
		if p.toks[e].word && p.toks[e].cap && p.toks[e].e-p.toks[e].s == 1 {
			e++ // the series letter: "R"
		}
		if p.isPunct(e, '(') && e+2 < st.t1 && p.toks[e+1].num && p.isPunct(e+2, ')') {
			e += 3 // the year: "(85)"
		}
		if e >= st.t1 || !p.toks[e].num {
			continue
		}
		e++
		a := i
		if i > st.t0 && p.toks[i-1].word && p.toks[i-1].cap {
			w := strings.ToLower(p.word(i - 1))
			if le, ok := lexicon[w]; !ok || le.head == nil {
				w = strings.TrimSuffix(w, "s")
			}
			if le, ok := lexicon[w]; ok && le.head != nil && le.head.kind == domain.Treaty {
				head, a = capitalize(w), i-1
			}
		}
		if head == "" {
			continue
		}
		num := p.text[p.toks[i].s:p.toks[e-1].e]
		en := p.reg.get(domain.Treaty, lexicon[strings.ToLower(head)].head.subtype, head+" "+num, 0.75)
		en.addAlias(num)
		p.addArg(a, e, en, 0.75, false)
		p.reg.numHead, p.reg.numEnd = head, e
		i = e - 1
	}
}

// innerAcronym returns the index of the "(" of an acronym in brackets
// inside a piece, or -1.
func (p *docParse) innerAcronym(pc piece) int {
	for k := pc.a + 1; k+3 < pc.b; k++ {
		if p.isPunct(k, '(') && p.isPunct(k+2, ')') {
			return k
		}
	}
	return -1
}

// acronymForms gives a name with an acronym inside ("U.S.-India Critical
// Technology (CT) Dialogue") its other forms: as written, and with the
// acronym for the words it stands for, with and without the owner before
// them ("U.S.-India CT Dialogue", "CT Dialogue"), which later mentions use.
func (p *docParse) acronymForms(pc piece, k int, e *entity) {
	e.addAlias(p.pieceText(pc))
	acr := p.word(k + 1)
	rest := p.text[p.toks[k+3].s:p.toks[pc.b-1].e]
	for a := k - 1; a >= pc.a; a-- {
		if !p.initials(acr, a, k) {
			continue
		}
		if a > pc.a {
			full := p.text[p.toks[pc.a].s:p.toks[a-1].e]
			if !p.toks[a-1].word {
				full = p.text[p.toks[pc.a].s:p.toks[a-1].e]
			}
			long := strings.TrimRight(full, " ") + " " + acr + " " + rest
			e.addAlias(long)
			p.reg.addTitle(long, e)
		}
		short := acr + " " + rest
		e.addAlias(short)
		p.reg.addTitle(short, e)
		return
	}
}

// lowerCaseNames reads, in one pass over a sentence, the meetings and
// instruments that text names in lower case (see eventAt and
// instrumentAt).
func (p *docParse) lowerCaseNames(st *sentence) {
	for h := st.t0 + 1; h < st.t1; h++ {
		t := &p.toks[h]
		if t.flags&(fEventNoun|fInstrumentHead) == 0 || !t.lower && !p.isWord(h, "mou") || p.kbAt[h] != nil {
			continue
		}
		if t.flags&fEventNoun != 0 {
			h = p.eventAt(st, h)
		} else {
			h = p.instrumentAt(st, h)
		}
	}
}

// eventAt reads a meeting written in lower case that its subject names,
// with its head at h: "radiocommunication assemblies", "world conferences
// on international telecommunications", "the inaugural TTC meeting" (an
// ordinal and a known forum). Scope words alone ("world conferences") name
// no one kind of meeting. It returns the last token read.
func (p *docParse) eventAt(st *sentence, h int) int {
	t := &p.toks[h]
	// A known forum with an ordinal before it: "the first G7 meeting".
	if en := p.kbAt[h-1]; en != nil && en.Kind == domain.Forum {
		a := h - 1
		for a > st.t0 && p.kbAt[a-1] == en {
			a--
		}
		if a > st.t0 && p.ordinal(a-1) && p.toks[a-1].lower {
			ev := p.reg.get(domain.Forum, "EVENT", capitalize(p.text[p.toks[a-1].s:t.e]), 0.7)
			ev.addAlias(p.text[p.toks[a-1].s:t.e])
			p.addArg(a-1, h+1, ev, 0.7, false)
			p.pending = append(p.pending, pendingRel{rule: "name-event", typ: domain.PartOf, src: ev, tgt: p.reg.fromKB(en), at: p.toks[a-1].s, conf: 0.7})
		}
		return h
	}
	if !strings.HasSuffix(p.word(h), "s") {
		return h // "a cyber conference" is one meeting, not a kind of them
	}
	a, topical := h, false
scan:
	for a > st.t0 && h-a < 4 {
		m := &p.toks[a-1]
		if !m.word || !m.lower || p.kbAt[a-1] != nil && p.kbAt[a-1].Kind != domain.Issue {
			break
		}
		switch {
		case m.flags&fScope != 0 || p.isWord(a-1, "and") && a-2 >= st.t0 && p.toks[a-2].flags&fScope != 0:
		case m.flags&(fIssueModifier|fIssueHead) != 0 || strings.HasSuffix(p.word(a-1), "tion"):
			topical = true
		default:
			break scan
		}
		a--
	}
	for a < h && p.isWord(a, "and") {
		a++
	}
	e := h + 1
	if p.toks[a].flags&fScope != 0 && p.isWord(e, "on") {
		// "world conferences on international telecommunications"
		k := e + 1
		for k < st.t1 && k-e <= 3 && p.toks[k].word && p.toks[k].lower && p.toks[k].flags&(fFunction|fPreposition|fAuxiliary) == 0 {
			k++
		}
		if k > e+1 {
			e, topical = k, true
		}
	}
	if !topical || a == h {
		return h
	}
	text := p.text[p.toks[a].s:p.toks[e-1].e]
	ev := p.reg.get(domain.Forum, "EVENT", capitalize(text), 0.6)
	ev.addAlias(text)
	p.addArg(a, e, ev, 0.6, false)
	return e - 1
}

// instrumentAt reads an instrument written in lower case by a word that
// makes it particular, with its head at h: "a joint statement", "the final
// report", "a memorandum of understanding", "the trilateral agreement",
// with the capitalised words or year before it that say whose or when
// ("the 2021 GGE final report"). The document's own statement is the
// document. It returns the last token read.
func (p *docParse) instrumentAt(st *sentence, h int) int {
	m, e := h-1, h+1
	switch {
	case p.isWord(h, "memorandum"):
		if !p.isWord(h+1, "of") || !p.isWord(h+2, "understanding") {
			return h
		}
		m, e = h, h+3
	case p.isWord(h, "mou"): // its initials, however written: "an MoU"
		m = h
	case !p.toks[m].lower || p.toks[m].flags&fInstrumentModifier == 0:
		return h
	}
	a := m
	for a > st.t0 && m-a < 4 && !p.toks[a-1].poss && p.toks[a-1].word && (p.toks[a-1].cap || p.toks[a-1].acro || p.toks[a-1].num) && p.toks[a-1].flags&fFunction == 0 {
		a--
	}
	if a == m && !(p.isWord(a-1, "a") || p.isWord(a-1, "an") || p.isWord(a-1, "the") || p.isWord(a-1, "this")) {
		return h
	}
	phrase := p.text[p.toks[m].s:p.toks[e-1].e]
	var en *entity
	if p.selfDoc != nil && p.selfDoc.kind == domain.Treaty && strings.Contains(strings.ToLower(p.selfDoc.name), phrase) {
		en = p.selfDoc
	} else {
		subtype := "DECLARATION" // statements, reports
		switch {
		case p.isWord(h, "order"):
			subtype = "LAW"
		case p.isWord(h, "agreement") || p.isWord(h, "memorandum") || p.isWord(h, "mou"):
			subtype = "AGREEMENT"
		}
		en = p.reg.get(domain.Treaty, subtype, capitalize(p.text[p.toks[a].s:p.toks[e-1].e]), 0.5)
		en.unnamed = a == m
	}
	en.addAlias(phrase)
	p.addArg(a, e, en, 0.5, false)
	return e - 1
}

// nationalBody reports a name that opens with "National" or "Federal"
// (after a state's name, if any), or follows a state's possessive:
// "National Security Council", "U.S. Federal Communications Commission",
// "Ireland's Data Protection Commission".
func (p *docParse) nationalBody(pc piece) bool {
	// "Ireland's Data Protection Commission": a state's own.
	if o := pc.a - 1; o >= 0 && p.toks[o].poss && p.kbAt[o] != nil && p.kbAt[o].Kind == domain.Actor && p.kbAt[o].Code != "" {
		return true
	}
	k := pc.a
	for k < pc.b && p.kbAt[k] != nil && p.kbAt[k].Code != "" {
		k++
	}
	if k < pc.b-1 && (p.isWord(k, "National") || p.isWord(k, "Federal")) && !p.toks[k].lower {
		return true
	}
	// "US Securities Exchange Commission": one state's name before the
	// body's own words ("EU-US Trade and Technology Council" pairs two).
	return k > pc.a && k < pc.b-1 && p.kbAt[pc.a].Subtype == "STATE" && p.toks[k].word && p.toks[k].cap && p.kbAt[k] == nil &&
		!strings.ContainsAny(p.text[p.toks[pc.a].s:p.toks[k-1].e], "-–")
}

// aliasLast gives the entity of the last arg over piece pc one more alias.
func (p *docParse) aliasLast(pc piece, alias string) {
	if n := len(p.args); n > 0 && p.args[n-1].tok == pc.a && p.args[n-1].end == pc.b {
		p.args[n-1].ent.addAlias(alias)
	}
}

// ordinal reports an ordinal before a name: "21st", "Second", "inaugural".
func (p *docParse) ordinal(i int) bool {
	t := &p.toks[i]
	if !t.word {
		return false
	}
	w := p.word(i)
	if n := len(w); n >= 3 && w[0] >= '0' && w[0] <= '9' {
		suf := strings.ToLower(w[n-2:])
		return suf == "st" || suf == "nd" || suf == "rd" || suf == "th"
	}
	return t.flags&fOrdinal != 0
}

// camelName reads a one-word name with a capital inside, the way
// organisations and platforms write themselves ("DiploFoundation"): an
// actor, typed by a head word it ends in.
func (p *docParse) camelName(i int) *entity {
	w := p.word(i)
	t := &p.toks[i]
	if !t.cap || t.acro || t.flags != 0 || strings.ContainsAny(w, "-'’.") {
		return nil
	}
	if p.isPunct(i-1, '(') && p.isPunct(i+1, ')') && isAcronym(w) {
		return nil // "(PoA)" defines an acronym: acronyms reads it
	}
	if !camelCase(w) {
		return nil
	}
	inner := -1 // the first capital after a small letter: "DiploFoundation", "InternetNZ"
	prev := rune(0)
	for k, r := range w {
		if k > 1 && unicode.IsUpper(r) && unicode.IsLower(prev) {
			inner = k
			break
		}
		prev = r
	}
	if inner < 0 {
		return nil
	}
	subtype, conf := "COMPANY", 0.5
	if e, ok := lexicon[strings.ToLower(w[inner:])]; ok && e.head != nil && e.head.kind == domain.Actor {
		subtype, conf = e.head.subtype, e.head.conf
	}
	return p.reg.get(domain.Actor, subtype, w, conf)
}

// owner reads who a name says owns it: "WTO Agreement on ...", "G7
// Partnership for ...", "German Sustainable Development Strategy". A
// known actor or forum before the head authored an instrument, or holds a
// body as a part; the name without it becomes an alias.
func (p *docParse) owner(pc piece, e *entity) {
	for i := pc.a + 1; i < pc.b; i++ {
		if en := p.kbAt[i]; en != nil && en.Kind == domain.Forum {
			// "Strategy for ... of United Nations Peacekeeping" belongs
			// to the forum, not to whoever mentions it.
			e.owned = true
		}
	}
	if p.partiesWord(pc.a) && pc.b-pc.a >= 3 && pc.a+1 <= p.headIndex(pc) {
		// "the EU–India Harbour Partnership": both sides' (see
		// nameParties), and the document may drop them.
		short := p.text[p.toks[pc.a+1].s:p.toks[pc.b-1].e]
		e.addAlias(short)
		p.reg.addTitle(short, e)
		e.owned = true
		return
	}
	var own *entity
	r := pc.a
	if en := p.kbAt[pc.a]; en != nil && (en.Kind == domain.Actor || en.Kind == domain.Forum) {
		for r < pc.b && p.kbAt[r] == en {
			r++
		}
		if m := p.kbMatchAt(p.toks[pc.a].s); m == nil || m.End != p.toks[r-1].e {
			return // the match is only part of a word, as in "EU-US"
		}
		own = p.reg.fromKB(en)
	} else if d, ok := p.ex.kb.Demonym(p.word(pc.a)); ok && d.Kind == domain.Actor {
		own, r = p.reg.fromKB(d), pc.a+1
	} else if a, ok := p.reg.acronyms[p.word(pc.a)]; ok && a != e && (a.kind == domain.Actor || a.kind == domain.Forum) {
		own, r = a, pc.a+1 // "the DN Charter" after "Digital Nations (DN)"
	}
	for r < pc.b && !p.toks[r].word {
		r++ // the point and hyphen of "U.S.-Singapore"
	}
	if own == nil || pc.b-r < 1 || pc.b-r < 2 && own.kind != domain.Forum || r > p.headIndex(pc) {
		return // "China Strategy" is about China, not by it; the "ASEAN Charter" is ASEAN's
	}
	short := p.text[p.toks[r].s:p.toks[pc.b-1].e]
	e.addAlias(short)
	// Once said whose it is, the document may drop the owner.
	p.reg.addTitle(short, e)
	if r > pc.a && !p.toks[r-1].word {
		// "U.S.-Singapore Climate Partnership": past the partner too.
		if en := p.kbAt[r]; en != nil && en.Kind == domain.Actor {
			k := r
			for k < pc.b && p.kbAt[k] == en {
				k++
			}
			if pc.b-k >= 2 && k <= p.headIndex(pc) {
				bare := p.text[p.toks[k].s:p.toks[pc.b-1].e]
				e.addAlias(bare)
				p.reg.addTitle(bare, e)
			}
		}
	}
	e.owned = true
	if r > pc.a && !p.toks[r-1].word && p.kbAt[r] != nil && p.kbAt[r].Kind != domain.Issue {
		return // "U.S.-ASEAN ...": a joint name is both sides' (see nameParties), not one's own
	}
	at := p.toks[pc.a].s
	switch {
	case e.kind == domain.Treaty:
		p.pending = append(p.pending, pendingRel{rule: "name-owner", typ: domain.Authored, src: own, tgt: e, at: at, conf: 0.6})
	case e.kind == own.kind && (e.subtype == "GOVERNMENT_BODY" || !polity(own)):
		// (Of a state only its government's bodies are part: "the
		// Israeli NSO Group", "India Electronics Semiconductor
		// Association" are its company and its association.)
		p.pending = append(p.pending, pendingRel{rule: "name-owner", typ: domain.PartOf, src: e, tgt: own, at: at, conf: 0.6})
	}
}

// partiesWord reports a word of two or more known actors joined by
// hyphens or en dashes: "EU–India", "Japan-US".
func (p *docParse) partiesWord(i int) bool {
	w := p.word(i)
	if !p.toks[i].word || !strings.ContainsAny(w, "-–") {
		return false
	}
	parts := compoundParts(w)
	for _, part := range parts {
		if en, ok := p.ex.kb.Lookup(part); !ok || en.Kind != domain.Actor {
			return false
		}
	}
	return len(parts) >= 2
}

// shortTitle knows an instrument whose title opens with a state's or
// bloc's adjective ("German Strategy for International Digital Policy")
// by its title without it too ("Strategy for International Digital
// Policy"), which documents use once they have said whose it is: an alias,
// and a name later mentions link to.
func (p *docParse) shortTitle(pc piece, e *entity) {
	if e.kind != domain.Treaty || pc.b-pc.a < 3 || pc.a+1 > p.headIndex(pc) {
		return // "German Strategy" alone is no title
	}
	if d, ok := p.ex.kb.Demonym(p.word(pc.a)); !ok || d.Kind != domain.Actor {
		return
	}
	short := p.text[p.toks[pc.a+1].s:p.toks[pc.b-1].e]
	e.addAlias(short)
	p.reg.addTitle(short, e)
}

func (p *docParse) kbMatchAt(start int) *kb.Match {
	i := sort.Search(len(p.kbm), func(i int) bool { return p.kbm[i].Start >= start })
	if i < len(p.kbm) && p.kbm[i].Start == start {
		return &p.kbm[i]
	}
	return nil
}

// hasAlias reports whether s is one of e's other names, whether the
// document uses it or only the knowledge base knows it.
func (p *docParse) hasAlias(e *entity, s string) bool {
	return slices.Contains(e.aliases, s) || e.entry != nil && slices.Contains(e.entry.Aliases, s)
}

// event recognises a meeting of a known forum: "IGF 2025", "IGF 2025 WS
// #254". The event is part of the forum.
func (p *docParse) event(pc piece) *entity {
	en := p.kbAt[pc.a]
	if en == nil || en.Kind != domain.Forum {
		return nil
	}
	i := pc.a
	for i < pc.b && p.kbAt[i] == en {
		i++
	}
	end := i
	if end < pc.b && yearOf(p, end) != 0 {
		end++
	}
	// A session number: "WS #254", "Open Forum #12".
	for k := end; k < pc.b && k < end+4; k++ {
		if strings.HasPrefix(p.word(k), "#") {
			end = k + 1
			break
		}
	}
	if end == i || !strings.HasPrefix(p.word(end-1), "#") && end < pc.b {
		// "United Nations 2030 Agenda" is no meeting.
		return nil
	}
	ev := p.reg.get(domain.Forum, "EVENT", p.text[p.toks[pc.a].s:p.toks[end-1].e], 0.85)
	parent := p.reg.fromKB(en)
	if en.Subtype == "EVENT" {
		// A session of a yearly meeting belongs to the forum that meets.
		if f, ok := p.ex.kb.Lookup(strings.TrimSpace(strings.Map(dropDigits, en.Name))); ok && f.Kind == domain.Forum {
			parent = p.reg.fromKB(f)
		}
	}
	p.pending = append(p.pending, pendingRel{rule: "name-event", typ: domain.PartOf, src: ev, tgt: parent, at: p.toks[pc.a].s, conf: 0.8})
	return ev
}

func dropDigits(r rune) rune {
	if r >= '0' && r <= '9' {
		return -1
	}
	return r
}

// pairedBody names a dialogue between known parties: "EU-India TTC" is a
// forum of the kind its last word, a known forum, is.
func (p *docParse) pairedBody(pc piece) *entity {
	last := p.kbAt[pc.b-1]
	if pc.b-pc.a < 2 || last == nil || last.Kind == domain.Actor || last.Kind == domain.Issue || p.kbAt[pc.a] == last {
		return nil
	}
	for i := pc.a; i < pc.b-1; i++ {
		if en := p.kbAt[i]; en == nil || en.Kind != domain.Actor {
			return nil
		}
	}
	return p.reg.get(last.Kind, last.Subtype, p.pieceText(pc), 0.75)
}

// nameIssues links a forum or treaty to the issue its name carries:
// "Convention on Cybercrime", "Human Rights Action Plan".
func (p *docParse) nameIssues(st *sentence, pc piece, e *entity) {
	if e.kind != domain.Forum && e.kind != domain.Treaty {
		return
	}
	from, to := p.toks[pc.a].s, p.toks[pc.b-1].e
	i := sort.Search(len(p.kbm), func(i int) bool { return p.kbm[i].Start >= from })
	for ; i < len(p.kbm) && p.kbm[i].End <= to; i++ {
		if p.kbm[i].Entry.Kind == domain.Issue {
			p.pending = append(p.pending, pendingRel{rule: "name-topic", typ: domain.Addresses, src: e, tgt: p.reg.fromKB(p.kbm[i].Entry), at: from, conf: 0.6})
		}
	}
}

// personName checks that tokens [a, b) can be a person's name: capitalised
// words (or particles such as "al-", "von"), no acronyms, no head words, no
// words that name no one.
func (p *docParse) personName(a, b int) bool {
	return p.nameOfPerson(a, b, false)
}

// nameOfPerson is personName; lenient accepts capitalised function words
// after the first ("Tu An Ngo"), for names a title or label vouches for.
func (p *docParse) nameOfPerson(a, b int, lenient bool) bool {
	n := 0
	for i := a; i < b; i++ {
		t := &p.toks[i]
		if !t.word {
			if t.punct == '.' && i > a && p.toks[i-1].e-p.toks[i-1].s == 1 {
				continue // an initial's point
			}
			return false
		}
		if t.flags&fParticle != 0 || strings.HasPrefix(p.word(i), "al-") || strings.HasPrefix(p.word(i), "el-") {
			continue
		}
		bad := fFunction | fNotName | fMonth
		if lenient && i > a {
			bad = fNotName
		}
		if !t.cap || t.acro && t.e-t.s > 1 && !p.initialsFirst(i, a) || t.num || t.lex().head != nil || t.flags&bad != 0 || p.kbAt[i] != nil {
			return false
		}
		if c := p.text[t.e-1]; c == '\'' || c == 0x99 && strings.HasSuffix(p.word(i), "’") {
			return false // "Spare Tyres’": a plural possessive names no one
		}
		if _, ok := p.ex.kb.Demonym(p.word(i)); ok {
			return false
		}
		n++
	}
	return n >= 1 && n <= 4
}

// initialsFirst reports two capitals that open a person's name, "JD
// Vance", before a capitalised word in mixed case.
func (p *docParse) initialsFirst(i, a int) bool {
	n := i + 1
	if i != a || n >= len(p.toks) || p.toks[n].acro || !p.toks[n].word || !p.toks[n].cap {
		return false
	}
	w := p.word(i)
	return len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' && w[1] <= 'Z'
}

func (p *docParse) newPerson(a, b int, conf float64) *entity {
	name := p.text[p.toks[a].s:p.toks[b-1].e]
	e := p.reg.get(domain.Actor, "PERSON", name, conf)
	p.addArg(a, b, e, conf, false)
	return e
}

// labelPerson reads "Speaker 1: Jane Doe, Role, Organisation".
func (p *docParse) labelPerson(st *sentence, pc piece) bool {
	if !p.nameOfPerson(pc.a, pc.b, true) || pc.b-pc.a < 2 {
		return false
	}
	p.newPerson(pc.a, pc.b, confTitledPerson)
	return true
}

// titledPerson reads a title inside a piece: "Dr Jane Doe", "President
// Bashar al-Assad", "US Secretary of State John Kerry". Whatever precedes
// the title, or follows the name ("and Mr John Roe"), is classified on its
// own.
func (p *docParse) titledPerson(st *sentence, pc piece) bool {
	for k := pc.a; k < pc.b-1; k++ {
		t := &p.toks[k]
		if !t.word || !t.cap || t.flags&fTitle == 0 {
			continue
		}
		n := k + 1
		for n < pc.b-1 && p.toks[n].cap && p.toks[n].flags&fTitle != 0 {
			n++ // "Vice President", "Prime Minister"
		}
		after := n
		if p.isPunct(n, '.') {
			n++
		}
		if p.isWord(n, "of") && n+2 < pc.b {
			n += 2 // "Secretary of State"
		}
		e := n
		for e < pc.b && (e-n < 4 || e-n < 5 && p.particleIn(n, e)) && p.personName(n, e+1) {
			e++ // "Luiz Inácio Lula da Silva": a particle lengthens a name
		}
		if e == n && n+1 < len(p.toks) && n+2 <= pc.b && p.toks[n].cap && p.toks[n].flags&fFunction != 0 && p.toks[n].e-p.toks[n].s <= 3 &&
			p.toks[n+1].lexID == 0 && p.personName(n+1, n+2) && (n+2 == pc.b || !p.toks[n+2].cap) {
			// "CEO He Jing": a given name that is also a function word,
			// vouched for by the title and a surname no list knows.
			e = n + 2
		}
		if e < pc.b && p.isPunct(e, '.') && e > n && p.toks[e-1].e-p.toks[e-1].s == 1 {
			e++ // the point of a final initial
		}
		if e == n || e < pc.b && !p.toks[e].lower && p.toks[e].word {
			// "Special Envoy for Emerging Technology Jane Doe": the
			// title's complement runs on, and the name closes the piece.
			if c := p.closingName(after, pc.b); c >= 0 {
				n, e = c, pc.b
			} else if e == n {
				continue
			}
		}
		strong := t.flags&fStrongTitle != 0
		if known, ok := p.surname(p.word(n)); ok && e-n == 1 {
			p.addArg(n, e, known, confTitledPerson, false)
		} else if e-n >= 2 || strong {
			p.newPerson(n, e, confTitledPerson)
		} else {
			continue
		}
		if a := p.titleStart(pc.a, k); a > pc.a {
			p.classify(st, piece{pc.a, a}, false)
		}
		r := e
		for r < pc.b && (p.toks[r].lower || !p.toks[r].word) {
			r++
		}
		if r < pc.b {
			p.classify(st, piece{r, pc.b}, false)
		}
		return true
	}
	return false
}

// particleIn reports a name particle ("da", "von") among tokens [a, b).
func (p *docParse) particleIn(a, b int) bool {
	for k := a; k < b; k++ {
		if p.toks[k].word && p.toks[k].lower && p.toks[k].flags&fParticle != 0 {
			return true
		}
	}
	return false
}

// closingName finds the name of two or three words that ends a piece
// after a title's complement, from a (just after the title) to b: "of the
// Republic of Singapore Jane Doe", "for Critical Technology Jane Doe".
// It returns the name's first token, or -1.
func (p *docParse) closingName(a, b int) int {
	if a >= b || !p.toks[a].lower || p.toks[a].flags&fHeadBreak == 0 {
		return -1
	}
	for n := 3; n >= 2; n-- {
		s := b - n
		if s <= a+1 || !p.personName(s, b) || p.toks[s-1].lower {
			continue
		}
		if n == 3 && p.writtenLower(p.word(s)) {
			continue
		}
		return s
	}
	// A surname that is also a head word ("Jane Center") after a given
	// name no list knows.
	if s := b - 2; s > a+1 && !p.toks[s-1].lower && p.toks[s].lexID == 0 && p.personName(s, s+1) && !p.writtenLower(p.word(s)) &&
		p.toks[b-1].cap && !p.toks[b-1].acro && p.kbAt[b-1] == nil && p.toks[b-1].flags&(fFunction|fMonth) == 0 {
		return s
	}
	return -1
}

// titleStart steps back over the titles before token k, down to a:
// "Deputy Prime" of "Deputy Prime Minister Jane Doe" is no name either.
func (p *docParse) titleStart(a, k int) int {
	for k > a && p.toks[k-1].cap && p.toks[k-1].flags&fTitle != 0 {
		k--
	}
	return k
}

// rolePerson finds a person by context: a role noun before the name
// ("founder Jane Doe"), a reporting verb or a possessive after it ("Jane
// Doe says", "Jane Doe’s work"), or, weakest, two or three capitalised
// words inside a sentence that the document never writes in lower case.
func (p *docParse) rolePerson(st *sentence, pc piece) bool {
	n := pc.b - pc.a
	if p.titlesOnly(pc) {
		return false // "as Deputy Secretary-General": an office, no one's name
	}
	if n >= 5 && n <= 7 && (!st.titleCase || pc.a == st.t0+1 && p.isWord(st.t0, "by")) {
		// "Jane Doe and John Roe": two people, if both sides are names
		// the document never writes in lower case.
		for k := pc.a + 2; k < pc.b-2 && k <= pc.a+3; k++ {
			if p.isWord(k, "and") && p.bareName(pc.a, k) && p.bareName(k+1, pc.b) {
				p.newPerson(pc.a, k, confBarePerson)
				p.newPerson(k+1, pc.b, confBarePerson)
				return true
			}
		}
	}
	if n < 2 || n > 4 || !p.personName(pc.a, pc.b) {
		return false
	}
	if pc.a == st.t0 && pc.b == st.t1 && n <= 3 && p.bareName(pc.a, pc.b) {
		// A line that is only a name, as an author's byline is.
		p.newPerson(pc.a, pc.b, confBarePerson)
		return true
	}
	if pc.a == st.t0+1 && p.isWord(st.t0, "by") && p.toks[st.t0].cap && n <= 3 && p.bareName(pc.a, pc.b) &&
		(pc.b == st.t1 || p.isPunct(pc.b, ',') || p.isWord(pc.b, "and")) {
		// A byline: "By Jane Roe, Reuters", "By Jane Roe and John Doe".
		p.newPerson(pc.a, pc.b, confRolePerson)
		return true
	}
	if (p.isWord(pc.b, "served") || p.isWord(pc.b, "serves")) && p.isWord(pc.b+1, "as") {
		// "Jane Doe served as head of policy at X"
		for k := pc.b + 2; k < st.t1 && k <= pc.b+5; k++ {
			if p.toks[k].word && p.toks[k].flags&(fRole|fTitle) != 0 {
				p.newPerson(pc.a, pc.b, confRolePerson)
				return true
			}
		}
	}
	v := pc.b
	if p.isPunct(v, '(') && p.isWord(v+1, "born") {
		// "Jane Doe (born 1966) is ...": past the dates.
		for v < st.t1 && v-pc.b < 8 && !p.isPunct(v, ')') {
			v++
		}
		v++
	}
	if p.isWord(v, "is") || p.isWord(v, "was") {
		// "Jane Doe is a Senior Fellow at ...", "Jane Doe is the
		// Secretary-General of X": a name described by a role.
		if p.isWord(v+1, "a") || p.isWord(v+1, "an") || p.isWord(v+1, "the") {
			for k := v + 2; k < st.t1 && k <= v+5; k++ {
				if p.toks[k].word && p.toks[k].flags&(fRole|fStrongTitle) != 0 {
					p.newPerson(pc.a, pc.b, confRolePerson)
					return true
				}
			}
		}
	}
	before := pc.a - 1
	if before >= st.t0 && p.toks[before].word && p.toks[before].lower && p.toks[before].flags&(fRole|fTitle) != 0 {
		p.newPerson(pc.a, pc.b, confRolePerson)
		return true
	}
	after := pc.b
	if from := p.orgAfter(st, after); from || p.toks[pc.b-1].poss || after < st.t1 && p.toks[after].word && p.toks[after].flags&fSays != 0 || p.roleAfterComma(after, st.t1) {
		p.newPerson(pc.a, pc.b, confRolePerson)
		return true
	}
	if pc.a == st.t0 || p.toks[pc.a-1].punct == ':' || pc.b-pc.a > 3 || st.titleCase {
		return false
	}
	if q := p.toks[pc.a-1].punct; q == '‘' || q == '“' || q == '"' || q == '\'' {
		return false // a term in quotes: "the ‘Spare Parts’ plan"
	}
	if p.isWord(pc.a-1, "at") || p.isWord(pc.a-1, "in") || p.isWord(pc.a-1, "near") {
		return false // a place: "held at Bletchley Park"
	}
	for i := pc.a; i < pc.b; i++ {
		if p.writtenLower(p.word(i)) {
			return false
		}
	}
	if w := p.word(pc.b - 1); len(w) > 4 && strings.HasSuffix(w, "s") && p.writtenLower(w[:len(w)-1]) {
		return false // "Kirin Chipsets" by the side of "a chipset"
	}
	p.newPerson(pc.a, pc.b, confBarePerson)
	return true
}

// titlesOnly reports a piece whose every word is a title ("Deputy
// Secretary-General", "Vice President").
func (p *docParse) titlesOnly(pc piece) bool {
	for k := pc.a; k < pc.b; k++ {
		if t := &p.toks[k]; t.word && t.flags&fTitle == 0 {
			return false
		}
	}
	return true
}

// orgAfter reports a known organisation or state that "of" or "from"
// at token k ties a name to: "Jane Doe of Microsoft", "John Roe from
// the OECD".
func (p *docParse) orgAfter(st *sentence, k int) bool {
	if !p.isWord(k, "from") && !p.isWord(k, "of") {
		return false
	}
	o := k + 1
	if p.isWord(o, "the") {
		o++
	}
	en := p.kbAt[min(o, st.t1-1)]
	return o < st.t1 && en != nil && (en.Kind == domain.Actor || en.Kind == domain.Forum) && en.Subtype != "PERSON" && p.kbMatchAt(p.toks[o].s) != nil
}

// roleAfterComma reports an apposition that gives a name its role: ",
// Executive Vice-President", ", a researcher at".
func (p *docParse) roleAfterComma(k, limit int) bool {
	if !p.isPunct(k, ',') {
		return false
	}
	k++
	if p.isWord(k, "the") || p.isWord(k, "a") || p.isWord(k, "an") {
		k++
	}
	for n := 0; k < limit && n < 4 && p.toks[k].word; k, n = k+1, n+1 {
		if p.toks[k].flags&(fRole|fTitle) != 0 {
			return true
		}
		if en := p.kbAt[k]; en != nil {
			// ", Kenya's minister of ICT", ", the United States Ambassador",
			// ", ITU Secretary-General": a known name may own the role.
			for k+1 < limit && p.kbAt[k+1] == en && !p.toks[k].poss {
				k++
			}
			if p.toks[k].flags&(fRole|fTitle) != 0 && en.Kind != domain.Treaty {
				return true // ", the UN Secretary-General": a known office
			}
			if !p.toks[k].poss && (k+1 >= limit || p.toks[k+1].flags&(fRole|fTitle) == 0) {
				return false
			}
		}
	}
	return false
}

// bareName reports whether tokens [a, b) are two or three words of a
// person's name that no list knows and the document never writes in lower
// case.
func (p *docParse) bareName(a, b int) bool {
	if b-a < 2 || b-a > 3 || !p.personName(a, b) {
		return false
	}
	for i := a; i < b; i++ {
		if p.toks[i].lexID != 0 || p.writtenLower(p.word(i)) {
			return false
		}
	}
	return true
}

// writtenLower reports whether the document also writes w in lower case,
// which makes it a common word rather than part of a name.
func (p *docParse) writtenLower(w string) bool {
	if len(p.lowerWords.slots) == 0 {
		p.lowerWords.build(p)
	}
	return p.lowerWords.has(p.text, w)
}

// surname finds a person already named in the document by the last word
// of their name, so that "President Assad" joins "Bashar al-Assad".
func (p *docParse) surname(w string) (*entity, bool) {
	e, ok := p.reg.surnames[w]
	return e, ok
}

// acronyms reads "Long Name (LN)" and "LN (Long Name)" in a sentence: the
// acronym becomes an alias of the long name's entity, and later bare uses
// of it link there.
func (p *docParse) acronyms(st *sentence) {
	p.orAcronyms(st)
	if !st.parens {
		return
	}
	for i := st.t0; i+2 < st.t1; i++ {
		acr := p.acronymAfter(i, st.t1)
		if acr < 0 {
			continue
		}
		w := p.word(acr)
		long := p.argEndingAt(i)
		if long == nil {
			long = p.longForm(st, w, i)
		}
		if long == nil {
			continue
		}
		e := long.ent
		if en := p.kbAt[acr]; en != nil && en.Kind != domain.Issue {
			// The KB knows the acronym: the long form written here is one
			// more alias of that entry, unless the KB knows the long form
			// as another entry, which the document gives the acronym.
			kbe := p.reg.fromKB(en)
			if (e.entry != nil || p.otherParties(long.tok, kbe.entry)) && kbe != e && e.kind == kbe.kind {
				e.addAlias(w)
				p.formRedirects = append(p.formRedirects, formRedirect{from: kbe, to: e, form: w})
				continue
			}
			if kbe != e && e.kind == kbe.kind {
				kbe.addAlias(p.text[long.s:long.e])
				p.redirect(e, kbe)
			}
			continue
		}
		e.addAlias(w)
		p.reg.acronyms[w] = e
		p.reg.acronyms[strings.TrimSuffix(w, "s")] = e
		p.addArg(acr, acr+1, e, long.conf, false)
	}
	p.shortNames(st)
	// "IGF (Internet Governance Forum)"
	for i := st.t0; i+3 < st.t1; i++ {
		if !p.toks[i].word || !p.isPunct(i+1, '(') || !isAcronym(p.word(i)) {
			continue
		}
		inner := p.argStartingAt(i + 2)
		if inner == nil || !p.isPunct(inner.end, ')') || !p.initials(p.word(i), inner.tok, inner.end) {
			continue
		}
		inner.ent.addAlias(p.word(i))
		p.reg.acronyms[p.word(i)] = inner.ent
		if p.kbAt[i] == nil {
			p.addArg(i, i+1, inner.ent, inner.conf, false)
		}
	}
}

// shortNames reads "Long Name (Short Name)", the short name in brackets
// being of the same kind and sharing its head word: "the Convention on
// Cyber Security and Personal Data Protection (Malabo Convention)", "the
// Budapest Convention (Convention on Cybercrime)". The two are one
// entity; a name the knowledge base knows stays the canonical one.
func (p *docParse) shortNames(st *sentence) {
	for i := st.t0 + 1; i+2 < st.t1; i++ {
		if !p.isPunct(i, '(') {
			continue
		}
		var long, short *arg
		// This sentence's arguments, KB matches and pieces in the order
		// they were read.
		for k := len(p.args) - 1; k >= 0 && p.args[k].s >= st.start; k-- {
			switch a := &p.args[k]; {
			case a.pron:
			case a.end == i && (long == nil || a.tok < long.tok):
				long = a
			case a.tok == i+1 && (short == nil || a.end > short.end):
				short = a
			}
		}
		if long == nil || short == nil || !p.isPunct(short.end, ')') || long.ent == short.ent || long.ent.kind != short.ent.kind ||
			long.ent.kind == domain.Issue || long.ent.subtype == "PERSON" || short.end-short.tok < 2 || !p.sharedHead(*long, *short) {
			continue
		}
		from, to := short.ent, long.ent
		if p.kbAt[short.tok] != nil && p.kbAt[long.tok] == nil {
			from, to = to, from
		}
		to.addAlias(from.name)
		for _, a := range from.aliases {
			to.addAlias(a)
		}
		p.redirect(from, to)
	}
}

// sharedHead reports a head word of a name's kind that two names both
// hold: "Convention" in "Convention on Cybercrime" and "Budapest
// Convention".
func (p *docParse) sharedHead(a, b arg) bool {
	for i := a.tok; i < a.end; i++ {
		hw := p.toks[i].lex().head
		if hw == nil || hw.kind != a.ent.kind || p.toks[i].lower {
			continue
		}
		for k := b.tok; k < b.end; k++ {
			if strings.EqualFold(p.word(k), p.word(i)) {
				return true
			}
		}
	}
	return false
}

func (p *docParse) argEndingAt(tok int) *arg {
	for k := len(p.args) - 1; k >= 0 && p.args[k].end >= tok-8; k-- {
		if p.args[k].end == tok && !p.args[k].pron {
			return &p.args[k]
		}
	}
	return nil
}

func (p *docParse) argStartingAt(tok int) *arg {
	var best *arg
	for k := len(p.args) - 1; k >= 0 && p.args[k].tok >= tok-8; k-- {
		if a := &p.args[k]; a.tok == tok && !a.pron && (best == nil || a.end > best.end) {
			best = a
		}
	}
	return best
}

// longForm finds the words before "(ACR)" whose initials spell it, when no
// name was recognised there: "personally identifiable information (PII)".
func (p *docParse) longForm(st *sentence, acr string, paren int) *arg {
	letters := len(strings.TrimSuffix(strings.ReplaceAll(acr, ".", ""), "s"))
	for a := paren - 1; a >= st.t0 && paren-a <= letters+3; a-- {
		if !p.toks[a].word {
			return nil
		}
		if p.toks[a].lower && p.toks[a].flags&fConnector != 0 {
			continue
		}
		if !p.initials(acr, a, paren) {
			continue
		}
		text := p.text[p.toks[a].s:p.toks[paren-1].e]
		var e *entity
		if en, ok := p.ex.kb.Lookup(text); ok {
			e = p.reg.fromKB(en)
		} else if p.issueLike(a, paren) {
			e = p.reg.get(domain.Issue, "", capitalize(strings.ToLower(text)), 0.5)
		} else {
			e = p.reg.get(domain.Treaty, "INITIATIVE", text, 0.5)
		}
		e.addAlias(text)
		p.addArg(a, paren, e, 0.5, false)
		return &p.args[len(p.args)-1]
	}
	return nil
}

// surnameRedirects makes a person named by surname alone the person the
// document names in full, when it names one person of that surname: a
// headline's "Biden" is the body's "Joseph R. Biden".
func (p *docParse) surnameRedirects() {
	for _, e := range p.reg.order {
		if e.subtype != "PERSON" || e.entry != nil || strings.ContainsAny(e.name, " .") {
			continue
		}
		var full *entity
		n := 0
		for _, f := range p.reg.order {
			if f != e && f.subtype == "PERSON" && strings.HasSuffix(f.name, " "+e.name) {
				full, n = f, n+1
			}
		}
		if n == 1 {
			full.addAlias(e.name)
			p.redirect(e, full)
		}
	}
}

// redirect sends every arg of from to to: the document's long form of a
// known acronym is the known entity. It takes effect in applyRedirects, once
// for the whole document.
func (p *docParse) redirect(from, to *entity) {
	if p.redirects == nil {
		p.redirects = map[*entity]*entity{}
	}
	p.redirects[from] = to
	if p.selfDoc == from {
		p.selfDoc = to
	}
	for k, e := range p.reg.acronyms {
		if e == from {
			p.reg.acronyms[k] = to
		}
	}
}

// otherParties reports a long form that opens with parties ("Kenya-Japan
// Trade and Technology Council") which no form of the known entity kbe
// names: a forum of other parties under the same generic name.
func (p *docParse) otherParties(k int, known *kb.Entry) bool {
	w := p.word(k)
	parts := compoundParts(w)
	if len(parts) < 2 || known == nil {
		return false
	}
	for _, part := range parts {
		if en, ok := p.ex.kb.Lookup(part); !ok || en.Kind != domain.Actor {
			return false
		}
	}
	for _, form := range append([]string{known.Name}, known.Aliases...) {
		if strings.HasPrefix(form, w) {
			return false
		}
	}
	return true
}

// formRedirect moves the mentions of from written as form, or as a
// trailing part of to's name ("Trade and Technology Council"), to to.
type formRedirect struct {
	from, to *entity
	form     string
}

func (p *docParse) applyRedirects() {
	for _, r := range p.formRedirects {
		for i := range p.args {
			a := &p.args[i]
			if a.ent != r.from || a.pron {
				continue
			}
			if surface := p.text[a.s:a.e]; surface == r.form || strings.HasSuffix(r.to.name, " "+surface) {
				a.ent = r.to
			}
		}
	}
	if len(p.redirects) == 0 {
		return
	}
	final := func(e *entity) *entity {
		for i := 0; i < 8; i++ { // chains are short; the bound guards cycles
			to, ok := p.redirects[e]
			if !ok {
				break
			}
			e = to
		}
		return e
	}
	for i := range p.args {
		p.args[i].ent = final(p.args[i].ent)
	}
	for i := range p.pending {
		p.pending[i].src, p.pending[i].tgt = final(p.pending[i].src), final(p.pending[i].tgt)
	}
}

// bareAcronyms links each later use of an acronym the document defined.
func (p *docParse) bareAcronyms() {
	if len(p.reg.acronyms) == 0 {
		return
	}
	for i := range p.toks {
		if t := &p.toks[i]; !t.word || !t.acro || p.kbAt[i] != nil {
			continue
		}
		if e, ok := p.reg.acronyms[p.word(i)]; ok {
			p.addArg(i, i+1, e, 0.8, false)
		}
	}
}

// issuePatterns finds policy topics the KB lacks by their shape: a
// modifier and a head such as "data governance" or "digital diplomacy".
func (p *docParse) issuePatterns(st *sentence) {
	if !st.issueHeads {
		return
	}
	for h := st.t0 + 1; h < st.t1; h++ {
		t := &p.toks[h]
		if !t.word || t.flags&fIssueHead == 0 || p.kbAt[h] != nil {
			continue
		}
		if t.flags&fIssueOfHead != 0 && t.lower && p.issueOf(st, h) {
			continue
		}
		m := p.toks[h-1]
		if !m.word || m.flags&fIssueModifier == 0 || m.poss {
			continue
		}
		if en := p.kbAt[h-1]; en != nil && en.Kind != domain.Issue {
			continue
		}
		a := h - 1
		if a > st.t0 && p.toks[a-1].word && p.toks[a-1].flags&fIssueModifier != 0 && p.kbAt[a-1] == nil && !p.toks[a-1].poss {
			a--
		}
		p.addIssue(a, h+1)
	}
}

// issueOf reads a topic that is a head and its object: "rule of law",
// "freedom of expression", "access to information", "protection of
// personal data". The object is one or two lower-case words, the first a
// topic's modifier or a word no list knows, the phrase ending there.
func (p *docParse) issueOf(st *sentence, h int) bool {
	k := h + 1
	if !(p.isWord(k, "of") || p.isWord(k, "to")) {
		return false
	}
	o := k + 1
	e := o
	// An act done to a known topic is a topic of its own ("interception of
	// telecommunications"); a wrapper such as "protection of privacy" is
	// the known topic.
	harm := p.toks[h].flags&fHarmNoun != 0
	for e < st.t1 && e-o < 2 && p.toks[e].word && p.toks[e].lower && p.toks[e].flags&(fFunction|fPreposition|fAuxiliary) == 0 && (p.kbAt[e] == nil || harm && p.kbAt[e].Kind == domain.Issue) {
		e++
	}
	if e == o || e-o == 2 && p.toks[o].flags&fIssueModifier == 0 {
		return false
	}
	if p.isWord(k, "to") && !nounLike(p.word(e-1)) && p.toks[e-1].flags&(fIssueHead|fIssueModifier) == 0 {
		return false // "freedom to seek": a verb
	}
	if e < st.t1 && p.toks[e].word && p.toks[e].lower && p.toks[e].flags&(fFunction|fPreposition|fListGlue) == 0 {
		return false // the object runs on: no topic of this shape
	}
	p.addIssue(h, e)
	return true
}

// issueLists reads the other items of a list that a word of example
// opens ("such as", "including") and one of whose items is a topic: in
// "such as the protection of critical infrastructure, due diligence and
// countermeasures" the items after the known topic are topics too. An item
// is one or two lower-case words that read as a noun of policy, between
// the list's commas and conjunctions; a list that runs into anything else
// ends.
func (p *docParse) issueLists(st *sentence, first int) {
	n := len(p.args)
	for k := first; k < n; k++ {
		a := p.args[k]
		if a.ent.kind != domain.Issue || a.pron || !p.listOpens(st, a.tok) {
			continue
		}
		for i := a.end; i < st.t1; {
			j := i
			sep := false
			for j < st.t1 && (p.isPunct(j, ',') || p.isWord(j, "and") || p.isWord(j, "or")) {
				j++
				sep = true
			}
			if !sep {
				break
			}
			e := p.listItem(st, j)
			if e == j {
				break
			}
			if p.argStartingAt(j) == nil {
				p.addIssue(j, e)
			}
			i = e
		}
	}
}

// listOpens reports whether the list item at token i follows a word of
// example, directly or after earlier items: "such as X, Y", "including X".
func (p *docParse) listOpens(st *sentence, i int) bool {
	for k := i - 1; k >= st.t0 && k >= i-12; k-- {
		t := &p.toks[k]
		switch {
		case p.isWord(k, "including") || p.isWord(k, "like") || p.isWord(k, "as") && p.isWord(k-1, "such"):
			return true
		case p.isPunct(k, ',') || p.isWord(k, "and") || p.isWord(k, "the") || p.isWord(k, "of"):
		case t.word && t.lower && t.flags&(fFunction|fPreposition|fAuxiliary) == 0:
		default:
			return false
		}
	}
	return false
}

// listItem returns the end of a list item of one or two lower-case words
// at i that read as a noun of policy, which a separator or the end of a
// clause must follow; i if none.
func (p *docParse) listItem(st *sentence, i int) int {
	e := i
	for e < st.t1 && e-i < 2 && p.toks[e].word && p.toks[e].lower && p.toks[e].flags&(fFunction|fPreposition|fAuxiliary|fNegation|fAdverb) == 0 {
		e++
	}
	if e == i || strings.HasSuffix(p.word(i), "ing") {
		return i
	}
	if e < st.t1 && !(p.isPunct(e, ',') || p.isPunct(e, '.') || p.isPunct(e, ';') || p.isPunct(e, ')') || p.isWord(e, "and") || p.isWord(e, "or")) {
		return i
	}
	last := p.toks[e-1]
	if e-i == 1 && last.flags&(fIssueHead|fIssueModifier) != 0 {
		return i // "security" alone is too broad a topic
	}
	if last.flags&(fIssueHead|fIssueOfHead) == 0 && !nounLike(p.word(e-1)) && !strings.HasSuffix(p.word(e-1), "ures") {
		return i
	}
	return e
}

// addIssue records tokens [a, b) as a topic written in running text.
func (p *docParse) addIssue(a, b int) {
	for i := a; i < b; i++ {
		if en := p.kbAt[i]; en != nil && en.Kind != domain.Issue {
			return
		}
	}
	name := p.issueName(a, b)
	e := p.issueVariant(name)
	if e == nil {
		e = p.reg.get(domain.Issue, "", name, confIssuePattern)
	} else {
		e.addAlias(name)
	}
	p.addArg(a, b, e, confIssuePattern, false)
}

// issueVariant finds a topic the document named already in another form:
// in the singular or plural ("information science", "information
// sciences"), or with "tech" for "technology".
func (p *docParse) issueVariant(name string) *entity {
	var forms [3]string
	n := 0
	if s, ok := strings.CutSuffix(name, "s"); ok {
		forms[n] = s
	} else {
		forms[n] = name + "s"
	}
	n++
	if strings.HasPrefix(name, "Tech ") {
		forms[n] = "Technology " + name[5:]
		n++
	} else if strings.HasPrefix(name, "Technology ") {
		forms[n] = "Tech " + name[11:]
		n++
	}
	for _, f := range forms[:n] {
		if e, ok := p.reg.byName[nameKey{domain.Issue, f}]; ok {
			return e
		}
	}
	return nil
}

// nounLike reports a word with the ending of an abstract noun.
func nounLike(w string) bool {
	for _, suf := range []string{"tion", "sion", "ity", "ment", "ance", "ence", "ness", "ure", "ogy", "ics", "cy"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// quoteSpeaker finds a quotation in the sentence and who it is attributed
// to: “...,” X said; “...,” said X; X said: “...”. It returns the speaker
// and the tokens of the opening and closing quotes, or nil.
func (p *docParse) quoteSpeaker(st *sentence, first int) (*entity, int, int) {
	open, closing := -1, -1
	for i := st.t0; i < st.t1; i++ {
		q := p.toks[i].punct
		if q == '"' {
			// A straight quote closes when it touches the word before it.
			if i > st.t0 && p.toks[i-1].e == p.toks[i].s {
				q = '”'
			} else {
				q = '“'
			}
		}
		switch q {
		case '“':
			if open < 0 {
				open = i
			}
		case '”':
			closing = i
			if open < 0 {
				open = st.t0 - 1 // the quotation opened in an earlier sentence
			}
		}
	}
	if open < 0 {
		return nil, 0, 0
	}
	if closing < 0 || closing <= open {
		closing = st.t1 // a quotation that runs to the sentence's end
	}
	speakerAt := func(k int) *entity {
		for j := first; j < len(p.args); j++ {
			if a := &p.args[j]; a.tok == k && !a.pron && a.ent.kind == domain.Actor {
				return a.ent
			}
		}
		return nil
	}
	argEnd := func(k int) int {
		for j := first; j < len(p.args); j++ {
			if a := &p.args[j]; a.tok == k {
				return a.end
			}
		}
		return -1
	}
	says := func(k int) bool { return k < st.t1 && p.toks[k].word && p.toks[k].flags&fSays != 0 }
	if k := closing + 1; closing < st.t1 && k < st.t1 {
		if e := speakerAt(k); e != nil && says(argEnd(k)) {
			return e, open, closing // “...,” X said
		}
		if says(k) {
			if e := speakerAt(k + 1); e != nil {
				return e, open, closing // “...,” said X
			}
		}
	}
	// X said: “...” — the speaker and the verb just before the quote.
	k := open - 1
	if k >= st.t0 && (p.isPunct(k, ':') || p.isPunct(k, ',')) {
		k--
	}
	if k > st.t0 && says(k) {
		for j := first; j < len(p.args); j++ {
			if a := &p.args[j]; a.end == k && !a.pron && a.ent.kind == domain.Actor {
				return a.ent, open, closing
			}
		}
	}
	return nil, 0, 0
}

// selfReferences resolves the document's own voice: "we" and "our" when the
// document says who speaks, "the Federal Government" of a state's strategy,
// "the German government", and "this Strategy" for the document itself.
func (p *docParse) selfReferences(st *sentence, first int) {
	speaker, q0, q1 := p.quoteSpeaker(st, first)
	for i := st.t0; i < st.t1; i++ {
		t := &p.toks[i]
		if !t.word {
			continue
		}
		switch {
		case speaker != nil && i > q0 && i < q1 && t.flags&fPronounWe != 0:
			// “Our aim is ...,” Jane Roe said: the quoted "we" speaks.
			p.args = append(p.args, arg{s: t.s, e: t.e, ent: speaker, conf: 0.8, pron: true, poss: p.isWord(i, "our"), tok: i, end: i + 1})
		case i == st.t0 && p.prevSubject != nil && (p.isWord(i, "it") || p.isWord(i, "this") && p.isWord(i+1, "is")):
			p.args = append(p.args, arg{s: t.s, e: t.e, ent: p.prevSubject, conf: 0.7, pron: true, tok: i, end: i + 1})
		case i > st.t0 && p.isWord(i, "it") && (p.cueWordAt(i-1) || p.toks[i-1].flags&fPreposition != 0 && p.cueWordAt(i-2)):
			// "acceded to it", "ratify it
			// "... became the fifteenth state to ratify it": the object
			// "it" is the instrument or forum named last.
			if e := p.itReferent(t.s); e != nil {
				p.args = append(p.args, arg{s: t.s, e: t.e, ent: e, conf: 0.6, pron: true, tok: i, end: i + 1})
			}
		case i == st.t0 && p.prevActor != nil && (p.isWord(i, "it") && p.prevActor.members == nil && !p.expletiveIt(i, st.t1) || p.isWord(i, "they") && p.prevActor.members != nil):
			p.args = append(p.args, arg{s: t.s, e: t.e, ent: p.prevActor, conf: 0.65, pron: true, tok: i, end: i + 1})
		case t.cap && (p.isWord(i-1, "this") || p.isWord(i-1, "present")) && p.selfDoc != nil && i > st.t0 && strings.EqualFold(p.word(i), p.selfNoun) &&
			!(i+1 < st.t1 && p.toks[i+1].word && p.toks[i+1].cap):
			// "the provisions of this Convention": the document itself,
			// whatever convention it named last.
			p.args = append(p.args, arg{s: t.s, e: t.e, ent: p.selfDoc, conf: confSelf, pron: true, poss: t.poss, tok: i, end: i + 1})
		case t.flags&fPronounWe != 0 && p.selfActor != nil:
			p.args = append(p.args, arg{s: t.s, e: t.e, ent: p.selfActor, conf: confSelf, pron: true, poss: p.isWord(i, "our"), tok: i, end: i + 1})
		case (t.cap && i == p.paragraphStart(st) || i > st.t0 && p.isPunct(i-1, ',') && i+1 < st.t1 && (p.toks[i+1].flags&(fAuxiliary|fVerb) != 0 || p.verbLike(i+1))) &&
			(p.isWord(i, "she") || p.isWord(i, "he") || p.isWord(i, "her") || p.isWord(i, "his")):
			// "Jane Doe is the Secretary-General of X. She was elected
			// ...": the person named last, a few sentences back at most.
			if e := p.personBefore(first, t.s); e != nil {
				p.args = append(p.args, arg{s: t.s, e: t.e, ent: e, conf: 0.7, pron: true, poss: p.isWord(i, "her") || p.isWord(i, "his"), tok: i, end: i + 1})
			}
		case t.cap && meetingVoices[p.word(i)] && p.isWord(i-1, "the") && i-1 == p.paragraphStart(st) && p.selfDoc != nil && p.selfDoc.kind == domain.Treaty:
			// "2. The Ministers adopted X" in the statement of a
			// ministers' meeting its title names: the meeting speaks.
			if ev := p.titleMeeting(); ev != nil {
				p.args = append(p.args, arg{s: p.toks[i-1].s, e: t.e, ent: ev, conf: 0.75, pron: true, tok: i - 1, end: i + 1})
			}
		case t.cap && p.selfActor != nil && i+1 < st.t1 && p.toks[i+1].flags&fGovernment != 0 && p.isWord(i, "federal"):
			p.addArg(i, i+2, p.selfActor, confSelf, false)
		case p.selfDoc != nil && i == st.t0 && i < p.selfSpan.start && i+1 < st.t1 && p.toks[i+1].lower && hasSuffixFold(p.word(i+1), "ed") &&
			p.toks[i].lex().head != nil && hasWordFold(p.selfDoc.name, p.word(i)):
			// "Resolution adopted by the General Assembly on ...", the
			// line above a resolution's title: the document itself.
			p.args = append(p.args, arg{s: t.s, e: t.e, ent: p.selfDoc, conf: confSelf, pron: true, tok: i, end: i + 1})
		case t.cap:
			if en, end := p.capitalAt(st, i); en != nil {
				// "Beijing denounced X": the capital is its government.
				p.addArg(i, end, p.reg.fromKB(en), 0.75, false)
				continue
			}
			// Most capitalised words are followed by no "government".
			if !p.governmentAt(i+1, st) && !p.governmentAt(i+2, st) {
				continue
			}
			g := i + 1
			if p.isWord(g, "federal") {
				g++
			}
			if g >= st.t1 || !p.toks[g].word || p.toks[g].flags&fGovernment == 0 {
				continue
			}
			if en, ok := p.ex.kb.Demonym(p.word(i)); ok && en.Kind == domain.Actor {
				p.addArg(i, g+1, p.reg.fromKB(en), 0.85, false)
			}
		case p.selfDoc != nil && i > st.t0 && (strings.EqualFold(p.word(i), p.selfNoun) || p.eventSelf(i)):
			if prev := strings.ToLower(p.word(i - 1)); prev == "this" || prev == "the" && !p.eventSelf(i) || prev == "present" || prev == "our" || p.eventSelf(i) && prev == "open" && p.isWord(i-2, "this") {
				if i+1 < st.t1 && (p.toks[i+1].flags&fHeadBreak != 0 && p.toks[i+1].lower) {
					continue // "the strategy for X" names another strategy
				}
				p.args = append(p.args, arg{s: t.s, e: t.e, ent: p.selfDoc, conf: confSelf, pron: true, poss: t.poss, tok: i, end: i + 1})
			}
		}
	}
}

// personBefore is the person the arguments before first name last, if
// within maxPersonDistance bytes of offset at.
func (p *docParse) personBefore(first, at int) *entity {
	for k := first - 1; k >= 0; k-- {
		a := &p.args[k]
		if at-a.e > maxPersonDistance {
			return nil
		}
		if a.ent.kind == domain.Actor && a.ent.subtype == "PERSON" {
			return a.ent
		}
	}
	return nil
}

// maxPersonDistance is how far back, in bytes, "She" or "He" looks for
// the person it stands for: a paragraph or two.
const maxPersonDistance = 600

// paragraphStart is the first token of st past a paragraph number ("2.",
// "(b)").
func (p *docParse) paragraphStart(st *sentence) int {
	k := st.t0
	for k+1 < st.t1 && (p.toks[k].num || p.toks[k].punct == '.' || p.toks[k].punct == ')' || p.toks[k].punct == '(') {
		k++
	}
	return k
}

// meetingVoices name the members of a meeting that speak in its
// statement: "The Ministers welcomed ...".
var meetingVoices = map[string]bool{"Ministers": true, "Leaders": true, "Heads": true}

// titleMeeting is the meeting or forum whose statement the document's
// title names ("ASEAN Digital Ministers' Meeting Joint Media Statement"),
// or nil.
func (p *docParse) titleMeeting() *entity {
	for _, r := range p.pending {
		if r.rule == "name-owner" && r.typ == domain.Authored && r.tgt == p.selfDoc && r.src.kind == domain.Forum {
			return r.src
		}
	}
	return nil
}

// eventSelfNouns are the nouns that, after "this", name the event a
// session page describes: "this workshop", "this open forum".
var eventSelfNouns = map[string]bool{"workshop": true, "panel": true, "forum": true, "event": true, "roundtable": true}

// eventSelf reports whether token i is an event noun that refers to the
// document when the document is an event.
func (p *docParse) eventSelf(i int) bool {
	return p.selfNoun == "session" && eventSelfNouns[strings.ToLower(p.word(i))]
}

// governmentAt reports whether token k of st is "government" or the like.
func (p *docParse) governmentAt(k int, st *sentence) bool {
	return k < st.t1 && p.toks[k].word && p.toks[k].flags&fGovernment != 0
}

// issueName writes a topic found in running text in canonical form: lower
// case but for acronyms, with a capital first letter ("AI governance").
func (p *docParse) issueName(a, b int) string {
	var sb strings.Builder
	for i := a; i < b; i++ {
		if i > a {
			sb.WriteString(p.text[p.toks[i-1].e:p.toks[i].s])
		}
		if p.toks[i].acro {
			sb.WriteString(p.word(i))
		} else {
			sb.WriteString(strings.ToLower(p.word(i)))
		}
	}
	return capitalize(sb.String())
}

// issueLike reports whether the long form of an acronym reads as a topic
// rather than a named programme: a word in lower case ("Internet
// governance"), a plural or a generic word at its end.
func (p *docParse) issueLike(a, b int) bool {
	for i := a; i < b; i++ {
		if t := &p.toks[i]; t.lower && t.flags&fConnector == 0 {
			return true
		}
	}
	last := p.toks[b-1]
	return strings.HasSuffix(p.word(b-1), "s") || last.flags&(fIssueHead|fIssueModifier|fNotName) != 0
}

// orAcronyms reads an acronym defined with "or": "the Digital Nations or
// DN", "the Open-Ended Working Group, or OEWG". The acronym must spell the
// name's initials.
func (p *docParse) orAcronyms(st *sentence) {
	for i := st.t0 + 1; i+1 < st.t1; i++ {
		if !p.isWord(i, "or") {
			continue
		}
		a := i + 1
		if !p.toks[a].word || !isAcronym(p.word(a)) || p.kbAt[a] != nil {
			continue
		}
		k := i
		if p.isPunct(k-1, ',') {
			k--
		}
		long := p.argEndingAt(k)
		if long == nil || long.pron || long.ent.kind == domain.Issue || !p.initials(p.word(a), long.tok, long.end) {
			continue
		}
		w := p.word(a)
		long.ent.addAlias(w)
		p.reg.acronyms[w] = long.ent
		p.addArg(a, a+1, long.ent, long.conf, false)
	}
}
