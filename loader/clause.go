package loader

import (
	"strings"

	"github.com/diplograph/diplograph/domain"
)

// The clause layer reads a sentence as clauses, each with a subject and
// the arguments its predicate reaches. Cue phrases (relation.go) say what
// a clause states; the clause layer supplies what every cue needs alike:
// who the subject is, when it is a list, and the topics its predicate is
// about when no cue names a stance.

// clause is a stretch of a sentence with one subject: a sentence, or a part
// of one after a semicolon or a label ("Biotechnology: The two countries
// ...").
type clause struct {
	t0, t1 int // token range
}

// clauses splits sentence st at semicolons and at a colon after an opening
// label of a few words.
func (p *docParse) clauses(st *sentence, out []clause) []clause {
	from := st.t0
	for i := st.t0; i < st.t1; i++ {
		t := &p.toks[i]
		if t.punct == ';' || t.punct == ':' && i-st.t0 <= 8 && from == st.t0 {
			if i > from {
				out = append(out, clause{from, i})
			}
			from = i + 1
		}
		if t.punct == ',' && i+2 < st.t1 && p.contrastAt(i+1) && p.toks[i+2].word && !hasSuffixFold(p.word(i+2), "ing") {
			// "A leads X, while B is responsible for Y": two clauses, each
			// with its own subject.
			if i > from {
				out = append(out, clause{from, i})
			}
			from = i + 2
		}
		if t.punct == ',' && i+2 < st.t1 && (p.isWord(i+1, "and") || p.isWord(i+1, "but")) && p.subjectPronoun(i+2) {
			// "The agreement covers X, and it serves as a template for
			// Y": a second clause with a subject of its own.
			if i > from {
				out = append(out, clause{from, i})
			}
			from = i + 2
		}
	}
	if from < st.t1 {
		out = append(out, clause{from, st.t1})
	}
	return out
}

// subjectPronoun reports a pronoun that can only be a subject: "it" or
// "this" before a verb, "they", "he", "she", "we".
func (p *docParse) subjectPronoun(i int) bool {
	switch strings.ToLower(p.word(i)) {
	case "they", "he", "she", "we":
		return true
	case "it", "this":
		n := i + 1
		return n < len(p.toks) && p.toks[n].word && p.toks[n].lower && p.toks[n].flags&(fDeterminer|fPreposition) == 0
	}
	return false
}

// openerEnd skips a clause's opening adjunct ("In 2014,", "Building on the
// progress made by X, ...", "At the third Summit on March 18, 2024, ..."):
// when the clause opens with a preposition, a participle or a subordinator,
// its subject comes after the adjunct's comma.
func (p *docParse) openerEnd(c clause) int {
	k := c.t0
	for k < c.t1 && !p.toks[k].word {
		k++
	}
	if k >= c.t1 {
		return c.t0
	}
	t := &p.toks[k]
	w := p.word(k)
	opener := t.flags&fPreposition != 0 || t.lex().flags&fSubordinator != 0 ||
		len(w) > 4 && (hasSuffixFold(w, "ing") || hasSuffixFold(w, "ed")) && t.cap
	if !opener {
		return c.t0
	}
	// The adjunct ends at the last comma before the first finite verb or
	// pronoun subject; without a verb lexicon, at the comma after which a
	// name or a pronoun stands.
	for i := k + 1; i < c.t1; i++ {
		if p.toks[i].punct != ',' {
			continue
		}
		n := i + 1
		for n < c.t1 && p.toks[n].word && p.toks[n].flags&fDeterminer != 0 && p.toks[n].flags&fPronounWe == 0 {
			n++
		}
		if n < c.t1 && p.toks[n].word && (p.toks[n].cap || p.toks[n].acro || p.toks[n].flags&fPronounWe != 0) && !p.toks[n].num {
			return i + 1
		}
	}
	return c.t0
}

// subject finds the subject of clause c among args: the first name that
// stands in subject position (not after a preposition, not a modifier of
// the next noun), with the names coordinated with it ("Canada and
// Uruguay joined ..."). It returns the indexes into args, or nil.
func (p *docParse) subject(args []arg, c clause) []int {
	if k := c.t0; k < c.t1 && p.toks[k].cap && p.toks[k].lex().flags&fPreambular != 0 {
		return nil // "Mindful of ...;": a treaty's preambular clause has no subject of its own
	}
	from := p.openerEnd(c)
	for i := range args {
		a := &args[i]
		if a.tok < from {
			continue
		}
		if a.tok >= c.t1 || a.tok-from > maxClauseSubject {
			return nil
		}
		if a.ent.kind == domain.Issue && !a.pron || p.oblique(*a) || modifier(args, i) && !a.pron || p.attributive(args, i) && !p.verbLike(a.end) && !p.adverbAfter(a.end) {
			continue
		}
		if a.poss {
			return nil // "the UK's AI Safety Summit": the subject is a thing the UK has
		}
		return p.group(args, i, 1)
	}
	return nil
}

// maxClauseSubject is how far into a clause, past its opener, a subject
// may stand ("In the coming years, the two countries ...").
const maxClauseSubject = 6

// clauseTopics reads what the subject of each clause is about: the issues
// its predicate names are addressed by a forum or an instrument and
// engaged on by an actor, unless a cue already stated a stance on them.
func (p *docParse) clauseTopics(st *sentence, args []arg) {
	p.clauseBuf = p.clauses(st, p.clauseBuf[:0])
	p.labelTopics(st, args)
	p.agentVenues(args)
	p.venueInstruments(args)
	p.subjectVenues(args)
	// An instrument's topics may follow a colon that describes it ("X: a
	// landmark regulation on data protection"): a label and the clause
	// after it are read as one.
	if cs := p.clauseBuf; len(cs) >= 2 && cs[0].t0 == st.t0 && p.isPunct(cs[0].t1, ':') {
		p.instrumentTopics(args, clause{cs[0].t0, cs[1].t1})
	}
	for _, c := range p.clauseBuf {
		p.instrumentTopics(args, c)
		p.venueTopics(args, c)
		subj := p.subject(args, c)
		if len(subj) == 0 {
			continue
		}
		p.venue(args, c, subj)
		if len(subj) > maxInstrumentClauseNames {
			continue // an enumeration of names, not a subject that acts on topics
		}
		last := args[subj[len(subj)-1]].end
		for i := range args {
			o := &args[i]
			if o.tok < last || o.tok >= c.t1 || o.ent.kind != domain.Issue || p.premodifier(o) || p.relativeOwner(args, last, o.tok) != nil {
				continue
			}
			for _, si := range subj {
				s := &args[si]
				if s.ent.kind == domain.Actor {
					// An actor's clause names many topics it does not
					// engage on ("share a national security interest in
					// countering ..."): measured on real documents, three
					// in four such relations were wrong. Cues state an
					// actor's engagement; a forum or an instrument is
					// about what its clause names.
					continue
				}
				p.relateTentatively("clause-topic", cAddress, s.ent, o.ent, 0.45*s.conf*o.conf)
			}
		}
	}
}

// relativeOwner returns the instrument or forum whose relative clause opens
// between from and k, or nil: in "A and B develop a Roadmap that charts
// principles on X", X is the roadmap's topic, not what A and B engage on.
func (p *docParse) relativeOwner(args []arg, from, k int) *entity {
	for r := from; r < k; r++ {
		if !p.isWord(r, "that") && !p.isWord(r, "which") {
			continue
		}
		for i := range args {
			if a := &args[i]; a.end == r && (a.ent.kind == domain.Treaty || a.ent.kind == domain.Forum) {
				return a.ent
			}
		}
	}
	return nil
}

// contrastAt reports whether token k opens a contrasting clause after a
// comma: "while", "whereas", "but", "although", "though". A gerund after
// it ("while bridging X") continues the clause it is in.
func (p *docParse) contrastAt(k int) bool {
	return p.isWord(k, "while") || p.isWord(k, "whereas") || p.isWord(k, "but") || p.isWord(k, "although") || p.isWord(k, "though")
}

// premodifier reports whether a topic modifies the noun after it: in
// "a national security interest" or "our innovation ecosystems" the clause
// is about the interest or the ecosystems, not the topic; a "spectrum
// policy" is still about spectrum.
// topicPeople are the plural nouns of people a topic may qualify, which
// other readings (the verb "advocates") must not hide.
var topicPeople = map[string]bool{"advocates": true, "activists": true, "campaigners": true, "experts": true,
	"defenders": true, "watchdogs": true, "researchers": true, "groups": true, "regulators": true, "officials": true}

// qualifiesPeople reports a topic written before a plural noun of people:
// "privacy advocates", "cybersecurity experts".
func (p *docParse) qualifiesPeople(o *arg) bool {
	return o.end < len(p.toks) && p.toks[o.end].word && p.toks[o.end].lower && topicPeople[strings.ToLower(p.word(o.end))]
}

func (p *docParse) premodifier(o *arg) bool {
	k := o.end
	// "a national security and foreign policy interest": a topic joined to
	// another that modifies the noun modifies it too.
	for k+1 < len(p.toks) && (p.isWord(k, "and") || p.isWord(k, "or")) && p.kbAt[k+1] != nil && p.kbAt[k+1].Kind == domain.Issue {
		next := k + 1
		for next < len(p.toks) && p.kbAt[next] == p.kbAt[k+1] {
			next++
		}
		k = next
	}
	if k >= len(p.toks) || !p.toks[k].word || !p.toks[k].lower || p.kbAt[k] != nil {
		return false
	}
	if p.qualifiesPeople(o) {
		return true // "privacy advocates": people, whatever verb "advocates" may be
	}
	const notNoun = fFunction | fPreposition | fAuxiliary | fListGlue | fClauseBreak | fNegation | fAdverb | fConnector | fHedge | fAboutNoun
	return p.toks[k].flags&notNoun == 0 && !p.cueAt(k, len(p.toks))
}

// tentativeRel is a relation that holds only if no sentence of the
// document states a stronger one between the same ends.
type tentativeRel struct {
	rule     string
	typ      domain.RelationType
	src, tgt *entity
	conf     float64
	sent     *sentence
}

// relateTentatively records the relation a cue of class c states between
// src and tgt, if the kinds allow one, for flushTentative to emit once the
// whole document is read: an actor that engages on a topic in one sentence
// and opposes it in the next opposes it.
func (p *docParse) relateTentatively(rule string, c cueClass, src, tgt *entity, conf float64) {
	for _, s := range orOne(src) {
		if typ, ok := resolve(c, s, tgt); ok {
			p.tentative = append(p.tentative, tentativeRel{rule, typ, s, tgt, conf, p.cur})
		}
	}
}

// flushTentative emits the tentative relations that no stance overrides,
// and drops engagement on a topic that the document gives a stance on.
func (p *docParse) flushTentative() {
	stance := func(src, tgt *entity) bool {
		return p.has(domain.Supports, src, tgt) || p.has(domain.Opposes, src, tgt)
	}
	for _, r := range p.tentative {
		if r.typ == domain.EngagesOn && stance(r.src, r.tgt) {
			continue
		}
		p.cur = r.sent
		p.emit(r.rule, r.typ, r.src, r.tgt, r.conf)
	}
	kept, engages := 0, relTypeIndex(domain.EngagesOn)
	for i, k := range p.order {
		if k.typ == engages && stance(k.src, k.tgt) {
			continue
		}
		p.order[kept], p.relList[kept] = k, p.relList[i]
		p.rels[k] = kept
		kept++
	}
	for _, k := range p.order[kept:] {
		if p.rels[k] >= kept {
			delete(p.rels, k)
		}
	}
	p.order, p.relList = p.order[:kept], p.relList[:kept]
}

// verbLike reports whether token k reads as a finite verb after a name
// ("Estonia continues", "the Compact sets", "Chile signed"): a lower-case
// word in -s or -ed that no lexicon list claims. Without it a name before
// an unknown word looks like a modifier ("EU funding measures").
func (p *docParse) verbLike(k int) bool {
	if k >= len(p.toks) || !p.toks[k].word || !p.toks[k].lower || p.toks[k].lex().flags&^fExhort != 0 {
		return false
	}
	w := p.word(k)
	return len(w) > 3 && (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ed"))
}

// pastVerb reports whether token k is a verb in the past ("delivered",
// "held") or a verb of statement ("resolve"): after a name it is the
// name's predicate, where a plural might be a noun the name qualifies ("EU
// levels").
func (p *docParse) pastVerb(k int) bool {
	return p.verbLike(k) && hasSuffixFold(p.word(k), "ed") || k < len(p.toks) && p.toks[k].word && p.toks[k].lower && p.toks[k].flags&fVerb != 0
}

// hasSuffixFold is strings.HasSuffix ignoring ASCII case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// inlineItems reads a list written inside one paragraph, as treaties do:
// "The purposes of the Union are: a) to maintain X; b) to promote Y": what
// an instrument or a forum before the colon sets out, each item's topics
// are what it addresses.
func (p *docParse) inlineItems(st *sentence, args []arg) {
	colon := -1
	for k := st.t0; k+1 < st.t1; k++ {
		if p.isPunct(k, ':') && p.itemMarker(k+1) {
			colon = k
			break
		}
	}
	if colon < 0 {
		return
	}
	// "The Union shall comprise: a) the Council; b) ...": the first name of
	// each item is a part of the subject, as under a bullet list.
	for k := st.t0; k < colon; k++ {
		if p.toks[k].word && p.toks[k].flags&fComprises != 0 {
			if subj := p.subject(args, clause{st.t0, k}); len(subj) == 1 {
				p.inlineParts(args, args[subj[0]].ent, colon, st.t1)
			}
			break
		}
	}
	// The owner of what the items list: the subject, or the one forum or
	// instrument the intro names ("The purposes of the Union are:").
	var subj *entity
	things := 0
	for i := range args {
		if a := &args[i]; a.tok < colon && (a.ent.kind == domain.Treaty || a.ent.kind == domain.Forum) {
			subj = a.ent
			things++
		}
	}
	if things != 1 {
		return
	}
	for i := range args {
		if o := &args[i]; o.tok > colon && o.ent.kind == domain.Issue {
			p.relateTentatively("list-intro", cAddress, subj, o.ent, 0.45*o.conf)
		}
	}
}

// inlineParts relates the first name of each item after the colon, when it
// is of the whole's kind, as a part of the whole.
func (p *docParse) inlineParts(args []arg, whole *entity, colon, end int) {
	next := 0
	for k := colon; k+1 < end; k++ {
		if !(p.isPunct(k, ':') || p.isPunct(k, ';')) || !p.itemMarker(k+1) {
			continue
		}
		for next < len(args) && args[next].tok <= k+1 {
			next++
		}
		if next == len(args) {
			return
		}
		part := &args[next]
		// The item must open with the name ("b) the Council, which ..."):
		// "a) any State which is a Member of X" lists no part.
		if !part.pron && part.ent.kind == whole.kind && part.ent != whole && part.tok <= k+4 {
			p.relate("list-parts", cPart, part.ent, whole, 0.6*part.conf)
		}
	}
}

// itemMarker reports whether token k opens a list item: "a)", "b)", "2)".
func (p *docParse) itemMarker(k int) bool {
	t := &p.toks[k]
	return t.word && t.e-t.s <= 2 && (t.lower || t.num) && p.isPunct(k+1, ')')
}

// listIntro carries what an instrument or forum sentence ending in a colon says into the list
// items under it: "The Charter rests on nine principles:" then "- Open
// standards ..." — each item's topics are what the subject addresses or
// engages on.
func (p *docParse) listIntro(si int, args []arg) {
	st := &p.sents[si]
	bullet := st.bullet
	// A heading between the actors' intro and their items groups the
	// items ("we are launching initiatives in the following domains:"
	// then "Space" then "- Strengthening ..."); any other line ends the
	// list, and a heading ends what a forum's or an instrument's intro
	// sets out.
	if !bullet {
		heading := p.sectionHeading(st)
		p.intro, p.whole, p.listTarget = p.intro[:0], nil, nil
		if !heading {
			p.introActors, p.introDoer = p.introActors[:0], nil
		}
	}
	if last := st.t1 - 1; last >= st.t0 && p.toks[last].punct == ':' {
		p.intro, p.introActors, p.whole, p.listTarget = p.intro[:0], p.introActors[:0], nil, nil
		// "The following departments lead the engagement with X:" — the
		// items are the subjects, and X what they stand in relation to.
		if p.isWord(st.t0+1, "following") && p.isWord(st.t0, "the") {
			for i := range args {
				if k := args[i].ent.kind; k == domain.Forum || k == domain.Treaty {
					p.listTarget = args[i].ent
				}
			}
		}
		// "The Union shall comprise:" — each item is a part of the subject.
		for k := st.t0; k < last; k++ {
			if p.toks[k].word && p.toks[k].flags&fComprises != 0 {
				if subj := p.subject(args, clause{st.t0, k}); len(subj) == 1 {
					p.whole = args[subj[0]].ent
				}
				break
			}
		}
		// What an instrument or a forum sets out is read into its items;
		// an actor's list states its own relations, but its bare topics
		// ("Kenya will focus on:" then "- data protection") are its work.
		for _, si := range p.subject(args, clause{st.t0, st.t1}) {
			switch args[si].ent.kind {
			case domain.Treaty, domain.Forum:
				p.intro = append(p.intro, args[si].ent)
			case domain.Actor:
				p.introActors = append(p.introActors, args[si].ent)
			}
		}
		p.introDoer = nil
		if len(p.intro) == 0 && len(p.introActors) == 0 && len(args) == 0 && si > 0 {
			// "The Participants intend to collaborate closely on ... .
			// Focus areas for collaboration are intended to include:" —
			// an intro that names no one continues the sentence before,
			// whose actors do what its items' gerunds say.
			if prev := &p.sents[si-1]; prev.opener != nil && !p.blankLineBetween(prev, st) {
				p.introDoer = prev.opener
			}
		}
		return
	}
	p.inlineItems(st, args)
	if !bullet {
		return
	}
	if p.whole != nil {
		for i := range args {
			if part := &args[i]; !part.pron && part.ent.kind == p.whole.kind && part.ent != p.whole {
				p.relate("list-parts", cPart, part.ent, p.whole, 0.6*part.conf)
				break
			}
		}
	}
	if t := p.listTarget; t != nil {
		for i := range args {
			if a := &args[i]; !a.pron && a.ent.kind == domain.Actor {
				class := cParticipate // a forum's participants
				if t.kind == domain.Treaty {
					class = cParty // an instrument's parties
				}
				p.relate("list-following", class, a.ent, t, 0.6*a.conf)
				break
			}
		}
	}
	for _, s := range p.intro {
		for i := range args {
			if o := &args[i]; o.ent.kind == domain.Issue {
				p.relateTentatively("list-intro", cAddress, s, o.ent, 0.45*o.conf)
			}
		}
	}
	// "- Deepening cooperation to advance high-performance computing": an
	// item that opens with a gerund says what the intro's actors do, with
	// whatever names it holds.
	doing := p.toks[st.t0].cap && p.gerund(st.t0) && st.t0+1 < st.t1 && p.toks[st.t0+1].word && p.toks[st.t0+1].lower && p.opensItem(st) // not "Working Group 4"
	actors := p.introActors
	if doing && len(actors) == 0 && p.introDoer != nil {
		actors = []*entity{p.introDoer}
	}
	if len(actors) == 0 || !doing && st.t1-st.t0 > maxTopicItem {
		return
	}
	for i := range args {
		if args[i].ent.kind != domain.Issue && !doing {
			return // an item with a name of its own says more than a topic
		}
	}
	for _, s := range actors {
		for i := range args {
			if args[i].ent.kind == domain.Issue {
				p.relateTentatively("list-intro", cAddress, s, args[i].ent, 0.45*args[i].conf)
			}
		}
	}
}

// sectionHeading reports a short line with no final punctuation, alone
// on its line: "Resilient Semiconductor Supply Chains".
func (p *docParse) sectionHeading(st *sentence) bool {
	last := st.t1 - 1
	return st.t1-st.t0 <= maxHeadingWords && last >= st.t0 && p.toks[last].word && p.toks[st.t0].cap &&
		p.lineAlone(st)
}

// maxHeadingWords is the longest section heading in tokens.
const maxHeadingWords = 10

// lineStart returns the offset at which the line holding offset at starts.
func (p *docParse) lineStart(at int) int {
	return strings.LastIndexByte(p.text[:at], '\n') + 1
}

// lineAlone reports a sentence that fills its line.
func (p *docParse) lineAlone(st *sentence) bool {
	before := p.lineStart(st.start)
	after := strings.IndexByte(p.text[st.end:], '\n')
	if after < 0 {
		after = len(p.text) - st.end
	}
	return strings.TrimSpace(p.text[before:st.start]) == "" && strings.TrimSpace(p.text[st.end:st.end+after]) == ""
}

// opensItem reports a sentence that starts its list item, right after the
// marker, rather than following another sentence of the item.
func (p *docParse) opensItem(st *sentence) bool {
	marker := strings.TrimSpace(p.text[p.lineStart(st.start):st.start])
	return len(marker) <= 4 && !strings.ContainsAny(marker, " \t")
}

// maxTopicItem is the most tokens a list item of bare topics may have.
const maxTopicItem = 12

// instrumentTopics reads the topics a clause names near an instrument or a
// forum it mentions in passing ("efforts through the X Process will foster
// trustworthy AI", "rights as enshrined in the Y Convention"): the
// instrument or forum addresses them.
func (p *docParse) instrumentTopics(args []arg, c clause) {
	names := 0
	for i := range args {
		if args[i].tok >= c.t0 && args[i].tok < c.t1 && args[i].ent.kind != domain.Issue {
			names++
		}
	}
	if names > maxInstrumentClauseNames {
		return // a glossary or an enumeration of bodies states no topic of each
	}
	// "At a session on data governance, X argued that the Compact ...":
	// an opening adjunct's topic is the adjunct's, no later name's.
	opener := c.t0
	if k := c.t0; k < c.t1 && p.toks[k].word && p.toks[k].flags&fPreposition != 0 {
		// A preposition opens it (a preamble's "Welcoming X, including
		// Y" is no adjunct); its first comma ends it.
		for j := k + 1; j < c.t1 && j-k <= maxOpener; j++ {
			if p.isWord(j, "its") || p.isWord(j, "their") {
				break // "In its report on AI, the OECD ...": the subject's own
			}
			if p.isPunct(j, ',') {
				opener = j
				break
			}
		}
	}
	for i := range args {
		s := &args[i]
		if s.tok < c.t0 || s.tok >= c.t1 || s.ent.kind != domain.Treaty && s.ent.kind != domain.Forum || s.ent.subtype == "EVENT" || modifier(args, i) || s.pron || s.ent.kind == domain.Forum && (p.attributive(args, i) && !p.pastVerb(s.end) || p.bodyOfForum(*s)) || p.officeApposition(args, i) {
			continue
		}
		for j := range args {
			o := &args[j]
			if o.tok < c.t0 || o.tok >= c.t1 || o.ent.kind != domain.Issue || abs(o.tok-s.tok) > maxInstrumentTopic || p.officeField(o.tok) || p.qualifiesPeople(o) {
				continue
			}
			if o.tok < opener && s.tok >= opener {
				continue
			}
			if owner := p.relativeOwner(args, s.end, o.tok); owner != nil && owner != s.ent {
				continue // "the OECD drafts a Charter that covers X": X is the Charter's
			}
			if o.tok < s.tok && p.infinitiveBetween(o.end, s.tok) || p.conformity(s.tok) {
				// "work towards X and to cooperate on the Y Gateway": X is
				// the first verb's; "cooperate on X in line with the Y
				// Act": the act is a yardstick, not what the clause is on.
				continue
			}
			if o.tok > s.tok && p.secondVerbBetween(s.end, o.tok) || o.tok < s.tok && p.secondVerbBetween(max(o.end, s.tok-4), s.tok) {
				// "builds on the X Convention and addresses Y": Y is the
				// subject's; "has championed Y and hosts the X Centre": so
				// is Y, the first verb's object.
				continue
			}
			if o.tok > s.tok && ownTopicsBefore(args, i, j) || o.tok < s.tok && ownedByEarlier(args, i, j) {
				continue // "R1 on A, R2 on B": B is R2's and A is R1's
			}
			if o.tok < s.tok && s.ent.kind == domain.Forum && (p.isWord(s.tok-1, "with") || p.isWord(s.tok-1, "the") && p.isWord(s.tok-2, "with")) {
				continue // "funds skills training, delivered with the Bank": the topic is the subject's
			}
			p.relateTentatively("instrument-topic", cAddress, s.ent, o.ent, 0.35*s.conf*o.conf)
		}
	}
}

// bodyOfForum reports a forum named as what a body belongs to: "a
// specialized agency of the United Nations responsible for ICT", "the
// members of the Coalition": the topics near are the body's.
func (p *docParse) bodyOfForum(a arg) bool {
	k := p.beforeName(a.tok)
	return p.isWord(k, "of") && k > 0 && bodyNouns[strings.ToLower(p.word(k-1))]
}

// bodyNouns name a part of a forum or one of its members.
var bodyNouns = map[string]bool{"agency": true, "organ": true, "body": true, "member": true, "members": true,
	"part": true, "arm": true, "branch": true, "unit": true, "committee": true, "subsidiary": true}

// maxOpener is how many words an opening adjunct may take before its
// comma.
const maxOpener = 12

// conformityPhrases end in the words before an instrument that only
// measures an act against it: "in line with", "in accordance with",
// "consistent with", "pursuant to".
var conformityPhrases = [][]string{{"in", "line", "with"}, {"in", "accordance", "with"}, {"consistent", "with"}, {"pursuant", "to"}, {"in", "keeping", "with"}, {"compliant", "with"}}

// conformity reports an instrument at token k after a conformity phrase,
// perhaps with a determiner between.
func (p *docParse) conformity(k int) bool {
	if p.isWord(k-1, "the") || p.isWord(k-1, "its") || p.isWord(k-1, "their") {
		k--
	}
	for _, ph := range conformityPhrases {
		ok := k >= len(ph)
		for i := 0; ok && i < len(ph); i++ {
			ok = p.isWord(k-len(ph)+i, ph[i])
		}
		if ok {
			return true
		}
	}
	return false
}

// secondVerbBetween reports a cue opening a second verb phrase between
// tokens a and b: "... and addresses", "..., and calls for". A clause of
// its own before it ("said in a statement the council would ... and
// protect") has a subject of its own, so the search stops at its verb.
func (p *docParse) secondVerbBetween(a, b int) bool {
	for k := a; k < b && k < a+maxSecondVerb; k++ {
		if p.toks[k].word && p.toks[k].lex().cues != nil && p.coordinatedVerb(k) && p.cueAt(k, b) {
			return true
		}
		if p.toks[k].word && p.toks[k].flags&fAuxiliary != 0 && p.isWord(k-1, "and") {
			continue // "supports X and will work with Y to build Z": the auxiliary opens the second verb
		}
		if p.toks[k].word && p.toks[k].flags&(fAuxiliary|fClauseBreak|fHedge) != 0 {
			return false
		}
	}
	return false
}

// maxSecondVerb is how far after an instrument a second verb phrase may
// open and still share the first one's subject.
const maxSecondVerb = 16

// officeField reports a topic that names the field of an office,
// "Minister for Digital Transformation", "Under-Secretary-General for
// Digital and Emerging Technologies": the office's, no instrument's.
func (p *docParse) officeField(i int) bool {
	// "National Security Advisor", "Cybersecurity Commissioner": the
	// field, capitalised, right before its title.
	for j := i + 1; j < len(p.toks) && j < i+4 && p.toks[j].word && p.toks[j].cap; j++ {
		if p.toks[j].flags&(fTitle|fRole) != 0 {
			return true
		}
	}
	k := i - 1
	// Back over the capitalised fields listed before it: "Digital and".
	for n := 0; n < 4 && k > 0 && p.toks[k].word && (p.toks[k].cap || p.isWord(k, "and")) && !p.isWord(k, "for") && !p.isWord(k, "of"); n++ {
		k--
	}
	if k < 1 || !p.isWord(k, "for") && !p.isWord(k, "of") || !p.toks[k-1].word {
		return false
	}
	return p.toks[k-1].flags&(fRole|fTitle) != 0 || p.titleCompound(k-1)
}

// titleCompound reports a hyphenated title whose last part is a title:
// "Under-Secretary-General", "Director-General".
func (p *docParse) titleCompound(k int) bool {
	w := p.word(k)
	h := strings.LastIndexByte(w, '-')
	if h < 0 {
		return false
	}
	e := lexicon[strings.ToLower(w[h+1:])]
	return e != nil && e.flags&(fRole|fTitle) != 0
}

// ownTopicsBefore reports whether, between instrument args[s] and topic
// args[o] after it, another instrument or forum follows a topic of s's own:
// in an enumeration each instrument keeps the topics right after it.
func ownTopicsBefore(args []arg, s, o int) bool {
	topic := false
	for k := s + 1; k < o; k++ {
		switch args[k].ent.kind {
		case domain.Issue:
			topic = true
		case domain.Treaty, domain.Forum:
			if topic && !args[k].pron {
				return true
			}
		}
	}
	return false
}

// ownedByEarlier reports whether the name nearest before topic args[o],
// past other topics, is an instrument or forum other than args[s].
func ownedByEarlier(args []arg, s, o int) bool {
	for k := o - 1; k >= 0; k-- {
		switch args[k].ent.kind {
		case domain.Issue:
			continue
		case domain.Treaty, domain.Forum:
			return k != s && !args[k].pron
		}
		return false
	}
	return false
}

// maxInstrumentTopic bounds, in tokens, how far from an instrument or a
// forum a topic of its clause may stand.
const maxInstrumentTopic = 20

// maxInstrumentClauseNames is the most names a clause may hold for
// instrumentTopics to read it.
const maxInstrumentClauseNames = 6

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// venue reads an opener that places the clause at a forum or an event ("At
// the third Summit for Democracy, A, B and C joined ...", "During the IGF,
// ..."): the clause's subjects take part in it.
func (p *docParse) venue(args []arg, c clause, subj []int) {
	from := p.openerEnd(c)
	if from == c.t0 || !(p.isWord(c.t0, "at") || p.isWord(c.t0, "during") || p.isWord(c.t0, "on")) {
		return
	}
	for i := range args {
		v := &args[i]
		if v.tok < c.t0 || v.tok >= from || v.ent.kind != domain.Forum {
			continue
		}
		for _, si := range subj {
			p.relate("opener-venue", cParticipate, args[si].ent, v.ent, 0.7*args[si].conf*v.conf)
		}
		return
	}
}

// venueTopics reads what was discussed at a meeting the clause opens
// with: "At the G20 summit in Rio, leaders discussed X and Y": the
// meeting addresses the topics a cue of discussion takes.
func (p *docParse) venueTopics(args []arg, c clause) {
	if !p.isWord(c.t0, "at") && !p.isWord(c.t0, "during") {
		return
	}
	from := c.t0 // the comma that closes the opener, whatever subject follows
	for k := c.t0 + 1; k < c.t1 && k <= c.t0+12; k++ {
		if p.isPunct(k, ',') {
			from = k + 1
			break
		}
	}
	if from == c.t0 {
		return
	}
	var venue *arg
	for i := range args {
		if v := &args[i]; v.tok >= c.t0 && v.tok < from && v.ent.kind == domain.Forum && !v.pron {
			venue = v
			break
		}
	}
	if venue == nil {
		return
	}
	cue := -1
	for k := from; k < c.t1 && cue < 0; k++ {
		for _, cu := range p.toks[k].lex().cues {
			if _, ok := p.matchCue(cu, k, c.t1); ok && cu.class == cAddress && p.toks[k].lower {
				cue = k
				break
			}
		}
	}
	if cue < 0 {
		return
	}
	for i := range args {
		if o := &args[i]; o.tok > cue && o.tok < c.t1 && o.ent.kind == domain.Issue && !p.premodifier(o) {
			p.relateTentatively("venue-topic", cAddress, venue.ent, o.ent, 0.45*venue.conf*o.conf)
		}
	}
}

// agentVenues reads the agent of an act done at a meeting: "the
// announcement made by South Korea at the AI Seoul Summit", "a statement
// delivered by Kenya during the IGF": the agent takes part in the meeting, or
// in the forum ("proposed by Japan at the World Economic Forum").
func (p *docParse) agentVenues(args []arg) {
	for i := 0; i+1 < len(args); i++ {
		a, v := &args[i], &args[i+1]
		by := p.titleStart(0, a.tok) - 1 // "Remarks by Minister Jane Roe at the Summit"
		if a.pron || v.pron || a.ent.kind != domain.Actor || v.ent.kind != domain.Forum || !p.isWord(by, "by") {
			continue
		}
		k := a.end
		if !p.isWord(k, "at") && !p.isWord(k, "during") {
			continue
		}
		if k++; p.isWord(k, "the") {
			k++
		}
		if v.tok == k {
			p.relate("agent-venue", cParticipate, a.ent, v.ent, 0.6*a.conf*v.conf)
		}
	}
}

// madeAtVenue lists the cue classes whose act, done at a meeting, makes
// the meeting the instrument's author: "adopted by the ministers at their
// conference", "the Compact, adopted at the Summit of the Future".
var madeAtVenue = map[cueClass]bool{cAdopt: true, cAuthor: true, cFound: true}

// venueInstruments reads an instrument made at a meeting, the instrument
// before a participle ("X, adopted at the Summit", "X was issued during
// the Summit") or after an active verb ("leaders adopted X at the Summit").
func (p *docParse) venueInstruments(args []arg) {
	for vi := range args {
		v := &args[vi]
		if v.pron || v.ent.subtype != "EVENT" {
			continue
		}
		p.whereMade(args, v)
		at := v.tok - 1
		if p.isWord(at, "the") || p.isWord(at, "its") || p.isWord(at, "their") {
			at--
		}
		if !p.isWord(at, "at") && !p.isWord(at, "during") {
			continue
		}
		cueEnd, cueStart := -1, -1
		for k := at - 1; k >= 0 && at-k <= 8 && cueStart < 0; k-- {
			if !p.toks[k].word || p.toks[k].flags&fClauseBreak != 0 {
				break
			}
			for _, c := range p.toks[k].lex().cues {
				if end, ok := p.matchCue(c, k, at); ok && madeAtVenue[c.class] && p.toks[k].lower {
					cueStart, cueEnd = k, end
					break
				}
			}
		}
		if cueStart < 0 {
			continue
		}
		for ti := range args {
			t := &args[ti]
			if t.pron || t.ent.kind != domain.Treaty {
				continue
			}
			// The instrument ends just before the verb ("X was adopted",
			// "X, adopted") or stands between the verb and the venue.
			before := t.end <= cueStart && cueStart-t.end <= 3 && p.participleAfter(t.end, cueStart)
			after := t.tok >= cueEnd && t.end <= at && p.dateAdjunctEnd(t.end, at) == at && t.tok-cueEnd <= 2
			if before || after {
				p.emit("venue-author", domain.Authored, v.ent, t.ent, 0.6*t.conf*v.conf)
			}
		}
	}
}

// maxVenueObject bounds the words of an object between a verb and the
// "at" of its venue: "proposed a “New IP” at the ITU".
const maxVenueObject = 6

// subjectVenues reads an act its subject did at a forum, "Huawei and
// China Unicom proposed a “New IP” at the ITU": a verb, an object that
// names nothing known, and the forum after "at" or "during". The subject
// takes part in the forum.
func (p *docParse) subjectVenues(args []arg) {
	for vi := range args {
		v := &args[vi]
		if v.pron || v.ent.kind != domain.Forum {
			continue
		}
		at := p.beforeName(v.tok)
		if !p.isWord(at, "at") && !p.isWord(at, "during") {
			continue
		}
		verb := -1
		for k := at - 1; k >= 0 && at-k <= maxVenueObject+1; k-- {
			t := &p.toks[k]
			if t.word && t.lower && p.pastVerb(k) {
				verb = k
				break
			}
			if insideArg(args, k) || t.punct == ',' || t.punct == ';' || t.punct == '.' || t.word && t.flags&(fClauseBreak|fPreposition) != 0 {
				break // an object that names something relates by its own cue
			}
		}
		if verb < 0 || verb == at-1 && p.cueAt(verb, at+1) {
			continue // "worked at the Bank": the cue says how
		}
		for si := vi - 1; si >= 0; si-- {
			s := &args[si]
			if s.end > verb {
				continue
			}
			if verb-s.end > 2 || s.ent.kind != domain.Actor || p.oblique(*s) {
				break
			}
			for _, m := range p.group(args, si, -1) {
				p.relate("subject-venue", cParticipate, args[m].ent, v.ent, 0.55*args[m].conf*v.conf)
			}
			break
		}
	}
}

// whereMade reads an instrument made at a meeting in a "where" clause
// after it: "hosts the GPAI Summit in New Delhi, where members adopt the
// New Delhi Declaration".
func (p *docParse) whereMade(args []arg, v *arg) {
	k := p.adjunctsEnd(v.end, len(p.toks))
	if !p.isPunct(k, ',') || !p.isWord(k+1, "where") {
		return
	}
	for j := k + 2; j < len(p.toks) && j <= k+9 && (p.toks[j].word || p.toks[j].num || p.isPunct(j, ',') && p.toks[j-1].num); j++ {
		for _, c := range p.toks[j].lex().cues {
			end, ok := p.matchCue(c, j, len(p.toks))
			if !ok || !madeAtVenue[c.class] && c.class != cCommit {
				continue
			}
			for ti := range args {
				if t := &args[ti]; t.ent.kind == domain.Treaty && !t.pron && t.tok >= end && t.tok <= end+2 {
					p.emit("venue-author", domain.Authored, v.ent, t.ent, 0.55*t.conf*v.conf)
				}
			}
			return
		}
	}
}

// participleAfter reports whether tokens [from, to) hold only a comma or
// the forms of "be" that lead a passive participle to its subject.
func (p *docParse) participleAfter(from, to int) bool {
	for k := from; k < to; k++ {
		if !p.isPunct(k, ',') && !p.beForm(k) && !p.isWord(k, "has") && !p.isWord(k, "had") {
			return false
		}
	}
	return true
}

// relate emits the relation a cue of class c states between src and tgt,
// if the kinds allow one.
func (p *docParse) relate(rule string, c cueClass, src, tgt *entity, conf float64) {
	if typ, ok := resolve(c, src, tgt); ok {
		p.emit(rule, typ, src, tgt, conf)
	}
}

// labelTopics reads a list item that opens with a label ("- Quantum
// Science: The two countries will ..."): the topics the label names are
// what the document's main forum addresses, and what the subject of the
// text after the label engages on.
func (p *docParse) labelTopics(st *sentence, args []arg) {
	if !st.bullet || len(p.clauseBuf) < 2 || p.clauseBuf[0].t0 != st.t0 || !p.isPunct(p.clauseBuf[0].t1, ':') {
		return
	}
	label, rest := p.clauseBuf[0], p.clauseBuf[1]
	subj := p.subject(args, rest)
	for i := range args {
		o := &args[i]
		if o.tok < label.t0 || o.tok >= label.t1 || o.ent.kind != domain.Issue || p.premodifier(o) {
			continue
		}
		if p.mainForum != nil {
			p.relateTentatively("label-topic", cAddress, p.mainForum, o.ent, 0.45*o.conf)
		}
		for _, si := range subj {
			p.relateTentatively("label-topic", cAddress, args[si].ent, o.ent, 0.4*args[si].conf*o.conf)
		}
	}
}

// adverbAfter reports whether token k is an adverb or a time phrase that
// may stand between a subject and its verb ("The Quad earlier this week
// announced", "Brazil also signed").
func (p *docParse) adverbAfter(k int) bool {
	if k >= len(p.toks) || !p.toks[k].word || !p.toks[k].lower {
		return false
	}
	w := p.word(k)
	return p.toks[k].flags&fAdverb != 0 || len(w) > 4 && hasSuffixFold(w, "ly") || p.isWord(k, "earlier") || p.isWord(k, "later")
}
