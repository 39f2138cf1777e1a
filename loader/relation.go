package loader

import (
	"crypto/sha256"
	"encoding/hex"
	"iter"
	"slices"
	"sort"
	"strings"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/loader/kb"
)

// pendingRel is a relation found while reading names ("IGF 2025" is part of
// the IGF); it is recorded with the sentence at byte offset at.
type pendingRel struct {
	rule     string
	typ      domain.RelationType
	src, tgt *entity
	at       int
	conf     float64
	sent     int // the index of the sentence at is in, or -1 (see sortPending)
}

// cueHit is a cue phrase found in a sentence, with every class its words
// carry ("implement" joins a treaty and refers to one).
type cueHit struct {
	t0, t1 int
	cues   []*cue
	neg    bool
	// hedged says a modal or an intention stands before the cue ("could
	// sign", "is expected to ratify", "plans to join").
	hedged bool
	// exhorted says the cue is what someone is asked to do ("urged
	// states to join X"): the one who asks supports it.
	exhorted bool
	// dissuaded says the cue is what someone is asked not to do ("urged
	// governments not to ratify X"): the one who asks opposes it.
	dissuaded bool
	// topicEnd is the end of the topic the cue is written in ("US
	// sanctions"), which is an object of the cue before it; 0 for none.
	topicEnd int
}

// hedge weakens what a hedged cue states: an intention to join a treaty
// supports it, and does not make a party.
func (h cueHit) hedge(typ domain.RelationType) domain.RelationType {
	if h.hedged && (typ == domain.PartyTo || typ == domain.MemberOf) || h.exhorted && (typ == domain.MemberOf || typ == domain.ParticipatesIn || typ == domain.Authored) {
		return domain.Supports
	}
	return typ
}

// weak reports whether the hit is a nominal cue ("rules on", "issues
// such as"), which describes an object rather than stating a relation.
func (h cueHit) weak() bool {
	for _, c := range h.cues {
		if !c.weak {
			return false
		}
	}
	return true
}

// only reports whether every cue of the hit is of class c.
func (h cueHit) only(c cueClass) bool {
	for _, cu := range h.cues {
		if cu.class != c {
			return false
		}
	}
	return true
}

// nominal reports whether every cue of the hit is a noun ("adoption of").
func (h cueHit) nominal() bool {
	for _, c := range h.cues {
		if !c.nominal {
			return false
		}
	}
	return true
}

// nominalObject reports whether hit h is a nominal cue that is the object of
// the verb cue before it: in "we welcome the adoption of X" the speakers
// support X; the adoption is someone else's, unless a possessive says it
// is theirs.
func (p *docParse) nominalObject(prev, h cueHit) bool {
	if !h.nominal() && !p.verbAsNoun(h) || prev.nominal() || prev.neg {
		return false
	}
	for k := prev.t1; k < h.t0; k++ {
		if !p.toks[k].word || p.toks[k].flags&fDeterminer == 0 {
			return false
		}
	}
	// "Germany is strengthening its commitment in X": its own.
	return !p.ownObject(prev.t1, h.t0)
}

// backedBid reports a nominal cue that a verb of backing takes with its
// owner's possessive: "supports India's membership in the NSG" backs a
// bid; India is no member. ("welcomed the UK's accession to X" greets
// what was done.)
func (p *docParse) backedBid(prev, h cueHit) bool {
	if prev.nominal() || h.t0-prev.t1 < 1 || h.t0-prev.t1 > 4 || !p.toks[h.t0-1].poss {
		return false
	}
	w := strings.ToLower(p.word(prev.t0))
	for _, stem := range bidBackers {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// bidWords name an attempt whose infinitive states no deed: "a bid to
// join", "its application to accede".
var bidWords = map[string]bool{"bid": true, "bids": true, "application": true, "applications": true, "candidacy": true, "attempt": true, "attempts": true}

// bidBackers are the stems of the verbs that back what has not happened.
var bidBackers = []string{"support", "back", "endors", "champion", "advocat", "favour", "favor"}

// verbAsNoun reports a verb cue written as the noun of the same form,
// between a determiner and "of": "welcome the launch of X".
func (p *docParse) verbAsNoun(h cueHit) bool {
	return h.t1-h.t0 == 1 && h.t0 > 0 && p.toks[h.t0-1].word && p.toks[h.t0-1].flags&fDeterminer != 0 && p.isWord(h.t1, "of")
}

// Distances, in tokens, within which a cue reaches its arguments.
const (
	maxFirstObject = 14
	maxWindow      = 45
	maxSubject     = 25 // a named subject; "we" reaches any distance
	maxPartner     = 12 // the left partner of "cooperate", "tensions"
)

// relations finds the typed relations sentence si states.
func (p *docParse) relations(si int) {
	st := &p.sents[si]
	p.groups = p.groups[:0]
	args := p.sentenceArgs(st)
	p.cur = st
	p.curYear = 0
	p.signatureBlock(st, args)
	for i := st.t0; i < st.t1 && st.numbers; i++ {
		if y := yearOf(p, i); y != 0 && !insideArg(args, i) {
			p.curYear = y
			break
		}
	}
	for p.nextPending < len(p.pending) && p.pending[p.nextPending].sent < si {
		p.nextPending++
	}
	for ; p.nextPending < len(p.pending) && p.pending[p.nextPending].sent == si; p.nextPending++ {
		pr := p.pending[p.nextPending]
		p.emit(pr.rule, pr.typ, pr.src, pr.tgt, pr.conf)
	}
	p.voiceRelations(si)
	p.labelRelations(si, args)
	p.nameTopics(args)
	p.nameParties(args)
	p.preamble(st, args)
	p.provisionReferences(args)
	p.bodyOf(st, args)
	p.compoundModifiers(args)
	p.ofAgentNominals(st, args)
	p.byAgentNominals(st, args)
	p.includedBodies(args)
	p.listIntro(si, args)
	p.introSubject(st, args)
	p.demonymTopics(args)
	p.ownBodies(args)
	p.ownPresidency(st, args)
	p.signatoriesOfReferent(st, args)
	p.bylineEmployer(st, args)
	p.enactingBodies(st, args)
	p.onBehalfOf(args)
	p.becameNth(st, args)
	p.gatheredAt(st, args)
	p.stanceGroup(st, args)
	// An instrument's list item may name one thing only, its own words
	// being the rest: "- establish a framework consistent with X".
	itemOfInstrument := len(args) == 1 && st.bullet && p.selfDoc != nil && p.selfDoc.kind == domain.Treaty
	if len(args) == 1 && !itemOfInstrument && p.selfDoc != nil && (p.selfActor == nil && p.selfDoc.subtype == "DECLARATION" || p.selfDoc.kind == domain.Treaty && p.treatyClause(st)) {
		p.selfVoice(args) // "We are committed to bridging the digital divide.", "Each Party shall protect privacy."
	}
	if len(args) < 2 && !itemOfInstrument {
		if len(args) == 1 {
			// "Kenya joined in 2016.": a name alone may still join the
			// forum the text is about.
			for _, h := range p.findCues(st, args) {
				p.joinsMainForum(args, h)
			}
			// "French President Emmanuel Macron visited Tokyo": a
			// demonym before a role names the person's state.
			p.roleOwners(args)
		}
		return
	}
	hits := p.findCues(st, args)
	verb := false
	for hi := range hits {
		if hits[hi].neg || hits[hi].weak() && verb || p.gerundAdjunct(hits[hi]) || p.reducedRelative(hits[hi]) || hi > 0 && (p.nominalObject(hits[hi-1], hits[hi]) || p.backedBid(hits[hi-1], hits[hi])) {
			// A nominal cue under a verb ("advocate for rules on X") is
			// part of the verb's object, not a statement of its own.
			continue
		}
		verb = verb || !hits[hi].weak()
		end := p.windowEnd(st, args, hits, hi)
		for _, c := range hits[hi].cues {
			switch {
			case c.class == cCooperate || c.class == cTension:
				p.symmetric(args, hits[hi], c, end)
			case c.passive:
				p.passive(args, hits[hi], c, end)
			default:
				p.active(args, hits[hi], c, end, st.t1)
			}
		}
	}
	p.memberStates(st, args)
	p.clauseTopics(st, args)
	p.selfVoice(args)
	p.possessives(args)
	p.listings(st, args)
	p.partiesBetween(args)
	p.ownTopics(args)
	p.appositions(st, args)
}

// introSubject reads a list item that opens with its verb under a line
// that names who acts ("In 2024, the Department of State:" then "-
// Launched the X Strategy."): the actor of the line is the item's subject.
func (p *docParse) introSubject(st *sentence, args []arg) {
	if !st.bullet || len(p.introActors) == 0 || len(args) == 0 || !p.toks[st.t0].word {
		return
	}
	for _, h := range p.findCues(st, args) {
		if h.t0 != st.t0 || h.neg {
			continue
		}
		for _, c := range h.cues {
			if c.passive {
				continue
			}
			kinds := targetKinds[c.class]
			for _, oi := range p.objects(args, h, st.t1, func(a *arg) bool { return kinds&kindBit(a.ent) != 0 }) {
				for _, s := range p.introActors {
					if typ, ok := resolve(c.class, s, args[oi].ent); ok {
						p.emit("intro-subject", h.hedge(typ), s, args[oi].ent, 0.6*c.strength*args[oi].conf)
					}
				}
			}
		}
		return
	}
}

// ownTopics reads a topic the subject calls its own, "the Commerce
// Department expanded its export controls", "the Commission is reviewing
// its own investment screening rules": the subject works on it, unless the
// sentence states a stance. Another name between the two could own it
// ("Kenya criticised the EU for its data rules"), so none may stand there.
func (p *docParse) ownTopics(args []arg) {
	if len(args) < 2 {
		return
	}
	s := args[0]
	if s.ent.kind != domain.Actor && s.ent.kind != domain.Forum || s.pron || p.oblique(s) {
		return
	}
	for j := 1; j < len(args); j++ {
		y := args[j]
		if y.ent.kind == domain.Treaty && !y.pron && s.ent.subtype != "PERSON" && y.tok-s.end <= maxOwnTopic && p.ownObject(max(y.tok-3, s.end), y.tok) {
			// "The United States responded with its National Standards
			// Strategy": what the subject calls its own it wrote.
			p.emit("own-instrument", domain.Authored, s.ent, y.ent, 0.5*s.conf*y.conf)
		}
		if y.ent.kind != domain.Issue || s.ent.kind != domain.Actor {
			if (y.ent.kind == domain.Actor || y.ent.kind == domain.Forum) && !p.inRelative(y.tok, p.cur.t1) {
				return // "The Netherlands, which hosts ASML, has aligned its export controls": ASML is in an aside
			}
			continue
		}
		if !y.pron && y.tok-s.end <= maxOwnTopic && p.ownObject(max(y.tok-3, s.end), y.tok) {
			p.relateTentatively("own-topic", cAddress, s.ent, y.ent, 0.5*s.conf*y.conf)
		}
	}
}

// maxOwnTopic is the most tokens between a subject and a topic it calls
// its own.
const maxOwnTopic = 8

// windowEnd is where the arguments of cue hi stop: at the next cue, unless
// only "and" lies between them ("dovetails with and ties into X"), when
// both cues share what follows.
func (p *docParse) windowEnd(st *sentence, args []arg, hits []cueHit, hi int) int {
	from := hits[hi].t1
	for j := hi + 1; j < len(hits); j++ {
		if hits[j].weak() || p.gerundAdjunct(hits[j]) || p.nominalObject(hits[j-1], hits[j]) {
			// "cooperation on promoting X", "welcome the adoption of X":
			// a gerund after a preposition or a noun in a verb's object
			// states nothing of its own (see relations), so X is still
			// the cue's.
			continue
		}
		if hits[j].t0 == from && p.isWord(from-1, "to") {
			// "pledged to create X": the verb after "to" says what is
			// done to X; the pledge has no object of its own.
			return from
		}
		glue := true
		for k := from; k < hits[j].t0; k++ {
			t := &p.toks[k]
			if t.word && (p.isWord(k, "and") || p.isWord(k, "or") || t.flags&fAdverb != 0) || t.punct == ',' {
				continue
			}
			glue = false
			break
		}
		if !glue {
			return max(hits[j].t0, hits[j].topicEnd)
		}
		from = hits[j].t1
	}
	return st.t1
}

// nameTopics links a known forum or instrument, where it is first
// mentioned, to the issues its name carries, when the document speaks of
// them too ("the GDPR ... data protection").
func (p *docParse) nameTopics(args []arg) {
	for i := range args {
		a := &args[i]
		e := a.ent
		if e.entry == nil || e.topicsDone || a.pron {
			continue
		}
		e.topicsDone = true
		topics := p.ex.topics[e.entry.Index()]
		if len(topics) == 0 {
			continue
		}
		// Only the name as written here counts: "the GDPR" names no topic,
		// "the General Data Protection Regulation" names data protection.
		surface := strings.ToLower(p.text[a.s:a.e])
		for _, t := range topics {
			if ie := p.reg.known[t.Index()]; ie != nil && ie.seen && p.ex.namesTopic(surface, t) {
				p.emit("name-topic", domain.Addresses, e, ie, 0.55)
			}
		}
	}
}

// memberStates reads "the other EU Member States": whoever speaks is a
// member of the EU too.
func (p *docParse) memberStates(st *sentence, args []arg) {
	for i, a := range args {
		if !p.isWord(a.end, "member") || !(p.isWord(a.end+1, "states") || p.isWord(a.end+1, "countries")) || !p.isWord(a.tok-1, "other") {
			continue
		}
		for j := 0; j < i; j++ {
			s := args[j]
			if typ, ok := resolve(cMember, s.ent, a.ent); ok && !p.oblique(s) {
				p.emit("other-member-states", typ, s.ent, a.ent, 0.7*s.conf*a.conf)
				break
			}
		}
	}
}

// selfVoice reads what the document's own voice implies. A state's
// strategy that says "our ... Digital Strategy" names a strategy of that
// state; a session proposal addresses each issue it raises.
func (p *docParse) selfVoice(args []arg) {
	voiced := false
	for i := range args {
		if p.selfActor != nil && args[i].ent == p.selfActor {
			voiced = true
		}
	}
	for i := range args {
		a := &args[i]
		e := a.ent
		switch {
		case voiced && e.kind == domain.Treaty && e.subtype == "STRATEGY" && !e.owned && e != p.selfDoc && (p.selfActor.members == nil || p.ownObject(max(a.tok-3, 0), a.tok)):
			// A state's strategy names its other strategies by title
			// alone; a joint voice owns only what it calls "our".
			p.emit("document-voice", domain.Authored, p.selfActor, e, 0.5*a.conf)
		case voiced && p.selfActor.kind == domain.Forum && e.kind == domain.Treaty && e != p.selfDoc && p.selfDoc != nil && p.selfDoc.kind == domain.Treaty:
			// "We, the Leaders of the G7, welcome X": a forum's statement
			// takes no stance of a party; it refers to X.
			p.emit("document-references", domain.References, p.selfDoc, e, 0.5*a.conf)
		case e.kind == domain.Issue && p.selfDoc != nil && p.selfDoc.subtype == "EVENT" && !p.officeField(a.tok):
			if !p.has(domain.Addresses, p.selfDoc, e) {
				p.emit("document-topic", domain.Addresses, p.selfDoc, e, 0.45*a.conf)
			}
		case e.kind == domain.Issue && p.selfActor == nil && p.selfDoc != nil && p.selfDoc.subtype == "DECLARATION" && p.cur != nil && p.isWord(p.cur.t0, "we") && !p.premodifier(a):
			// "We are committed to bridging the digital divide" in a
			// declaration whose "we" names no one: the declaration's topic.
			p.relateTentatively("document-topic", cAddress, p.selfDoc, e, 0.45*a.conf)
		case e.kind == domain.Issue && p.selfDoc != nil && p.selfDoc.kind == domain.Treaty && p.selfDoc.subtype != "EVENT" && p.cur != nil && p.treatyClause(p.cur) && !p.premodifier(a):
			// "Each State Party shall establish an authority to protect
			// personal data", "Article 28: International cooperation": a
			// treaty's own obligations and articles are its topics.
			p.relateTentatively("document-topic", cAddress, p.selfDoc, e, 0.45*a.conf)
		}
	}
}

// treatyClause reports a sentence of a treaty's own text: an obligation
// of its parties ("Each State Party shall", "The Parties shall") or an
// article's heading ("Article 28: ...").
func (p *docParse) treatyClause(st *sentence) bool {
	k := st.t0
	if p.isWord(k, "article") && p.toks[k].cap && k+2 < st.t1 && p.toks[k+1].num && p.isPunct(k+2, ':') {
		return true
	}
	for i := k; i < st.t1 && i <= k+3; i++ {
		// "Each Party shall", "The Parties shall", and a memorandum's
		// "The Participants shall" and "The Sides will".
		if (p.isWord(i, "party") || p.isWord(i, "parties") || p.isWord(i, "participant") || p.isWord(i, "participants") || p.isWord(i, "sides")) && p.toks[i].cap {
			for j := i + 1; j < st.t1 && j <= i+2; j++ {
				if p.isWord(j, "shall") || p.isWord(j, "will") && !p.isWord(i, "party") && !p.isWord(i, "parties") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// attributive reports whether args[i] only qualifies the noun after it
// ("EU funding measures", "EU Member States"): such a name is not the
// subject of the sentence's verb.
func (p *docParse) attributive(args []arg, i int) bool {
	a := args[i]
	if a.poss || a.pron {
		return false
	}
	k := a.end
	if k >= len(p.toks) || !p.toks[k].word || i+1 < len(args) && args[i+1].tok == k {
		return false
	}
	t := &p.toks[k]
	if t.num {
		return false // "fined Meta 1.2 billion euros": an amount qualifies no name
	}
	// "Kenya and Ghana hope to ...": a verb of intention has a subject,
	// and so has an irregular past ("Kenya and Ghana held talks").
	if t.flags&(fAdverb|fConnector|fNegation|fFunction|fAuxiliary|fHedge|fVerb|fListsSubjects|fSays) != 0 {
		return false // "said", "added" too
	}
	// "the US government has criticised X": the government is the state.
	if t.flags&fGovernment != 0 && t.lower && a.ent.kind == domain.Actor && !p.toks[k].poss {
		return false
	}
	// "the Data Free Flow with Trust initiative", "the G7 summit": a noun
	// that says what kind of thing the name is names it again.
	if hw := t.lex().head; hw != nil && t.lower && hw.kind == a.ent.kind {
		return false
	}
	// "Canada became a member": a word that a determiner follows is a
	// verb with its object, not a noun the name qualifies.
	if n := k + 1; n < len(p.toks) && p.toks[n].word && p.toks[n].flags&fDeterminer != 0 && t.lower {
		return false
	}
	// "Canada and the UK deepen cooperation": a word before a nominal cue
	// is the verb that takes it.
	if n := k + 1; t.lower && n < len(p.toks) && p.toks[n].word && p.toks[n].lower && !hasSuffixFold(p.word(k), "al") && p.cueAt(n, len(p.toks)) {
		return false
	}
	return !p.cueAt(k, len(p.toks))
}

// otherCueAt reports whether a cue phrase of a class other than c starts
// at token k.
func (p *docParse) otherCueAt(k int, c cueClass) bool {
	for _, cu := range p.toks[k].lex().cues {
		if _, ok := p.matchCue(cu, k, len(p.toks)); ok && cu.class != c {
			return true
		}
	}
	return false
}

// cueAt reports whether a cue phrase starts at token k.
func (p *docParse) cueAt(k, limit int) bool {
	for _, c := range p.toks[k].lex().cues {
		if _, ok := p.matchCue(c, k, limit); ok {
			return true
		}
	}
	return false
}

func (p *docParse) sentenceArgs(st *sentence) []arg {
	lo := sort.Search(len(p.args), func(i int) bool { return p.args[i].s >= st.start })
	hi := lo
	for hi < len(p.args) && p.args[hi].s < st.end {
		hi++
	}
	return p.args[lo:hi]
}

func insideArg(args []arg, tok int) bool {
	for i := range args {
		if a := &args[i]; tok >= a.tok && tok < a.end && !a.pron {
			return true
		}
	}
	return false
}

// findCues lists the cue phrases of a sentence, longest match first at each
// word, skipping words inside names ("Partnership" in a council's name).
func (p *docParse) findCues(st *sentence, args []arg) []cueHit {
	hits := p.hits[:0]
	defer func() { p.hits = hits[:0] }()
	p.cueBuf = p.cueBuf[:0]
	ai := 0
	for i := st.t0; i < st.t1; i++ {
		t := &p.toks[i]
		if !t.word {
			continue
		}
		for ai < len(args) && args[ai].end <= i {
			ai++
		}
		// A topic written as a common noun may be a cue of cooperation
		// or tension too: "imposed sanctions on Huawei".
		topicEnd := 0
		if ai < len(args) && args[ai].tok <= i && args[ai].pron && t.lower && t.lex().head != nil && !p.isWord(i+1, "between") && !p.isWord(i+1, "with") && !p.isWord(i+1, "among") {
			continue // "joined the partnership": a description that refers back names; it states nothing
		}
		if ai < len(args) && args[ai].tok <= i && !args[ai].pron {
			if !p.commonNounTopic(args[ai]) || p.ofBetween(args[ai].tok, i) {
				continue // "peaceful resolution of disputes": the disputes are the topic's object, no quarrel
			}
			topicEnd = args[ai].end
		}
		cands := t.lex().cues
		if len(cands) == 0 {
			continue
		}
		// The cues that match longest, gathered at the end of cueBuf.
		from, bestEnd := len(p.cueBuf), 0
		for _, c := range cands {
			if topicEnd > 0 && c.class != cCooperate && c.class != cTension {
				continue
			}
			end, ok := p.matchCue(c, i, st.t1)
			if !ok || end < bestEnd {
				continue
			}
			if c.passive && c.words[len(c.words)-1] == "by" && (p.isWord(end, "consensus") || p.isWord(end, "acclamation")) {
				continue // "adopted by consensus the Compact": a manner, no agent
			}
			if end > bestEnd {
				p.cueBuf, bestEnd = p.cueBuf[:from], end
			}
			p.cueBuf = append(p.cueBuf, c)
		}
		if len(p.cueBuf) == from {
			continue
		}
		if bestEnd == i+1 && i > st.t0 && p.toks[i-1].word && p.toks[i-1].flags&fDeterminer != 0 && (ai < len(args) && args[ai].tok == i+1 || p.plainNoun(i+1)) {
			p.cueBuf = p.cueBuf[:from]
			continue // "the draft UN Cybercrime Convention", "a draft resolution": a word that qualifies a noun, no verb
		}
		h := cueHit{t0: i, t1: bestEnd, cues: p.cueBuf[from:len(p.cueBuf):len(p.cueBuf)], topicEnd: topicEnd}
		for k := i - 1; k >= st.t0 && k >= i-3; k-- {
			if p.toks[k].word && p.toks[k].flags&fNegation != 0 {
				h.neg = true
			}
			if p.toks[k].word && p.toks[k].flags&fHedge != 0 {
				h.hedged = true
			}
		}
		if p.exhorted(st, i) {
			h.hedged, h.exhorted = true, true // "called on states to ratify X": asked, not done
			if (p.isWord(i-2, "not") || p.rebuffedCall(st, i)) && h.cues[0].class != cOppose {
				// "urged governments not to ratify X", "has resisted calls
				// to sign X"
				h.neg, h.dissuaded = false, true
			}
		}
		if p.isWord(i-1, "to") {
			switch {
			case p.isWord(i-2, "yet"):
				h.neg = true // "has yet to ratify X": not done
			case p.isWord(i-2, "set") || p.isWord(i-2, "poised") || p.isWord(i-2, "preparing") || p.isWord(i-2, "due") || p.isWord(i-2, "about"):
				h.hedged = true // "is set to join X": to come
			case i >= 2 && bidWords[strings.ToLower(p.word(i-2))]:
				h.hedged = true // "Ukraine's bid to join X": sought
			}
		}
		// A question states nothing.
		if last := st.t1 - 1; last > st.t0 && p.toks[last].punct == '?' {
			h.neg = true
		}
		hits = append(hits, h)
		i = bestEnd - 1
	}
	return hits
}

// qualifiesTopic reports an actor's name written straight before a topic
// in lower case, whose owner it says: "counter US sanctions" opposes the
// sanctions.
func (p *docParse) qualifiesTopic(args []arg, i int) bool {
	return i+1 < len(args) && !args[i].pron && args[i].ent.kind == domain.Actor && !args[i].poss &&
		args[i+1].tok == args[i].end && p.commonNounTopic(args[i+1])
}

// exhorted reports a verb after "to" that someone is asked to do: "urged
// the member states to ratify", "called on Japan to join".
func (p *docParse) exhorted(st *sentence, i int) bool {
	if !p.isWord(i-1, "to") {
		return false
	}
	for k := i - 2; k >= st.t0 && k >= i-10; k-- {
		if !p.toks[k].word {
			return false
		}
		if p.toks[k].lower && p.toks[k].flags&fExhort != 0 {
			return true
		}
	}
	// "call on all states to implement X and to ratify Y": a second
	// infinitive after "and" is asked for as the first one is.
	if p.isWord(i-2, "and") {
		for k := i - 3; k >= st.t0 && k >= i-30; k-- {
			if p.toks[k].punct == ';' || p.toks[k].punct == '.' {
				return false
			}
			if p.isWord(k, "to") && k+1 < i-2 && p.toks[k+1].word && p.toks[k+1].lower && p.exhorted(st, k+1) {
				return true
			}
		}
	}
	return false
}

// rebuffedCall reports an exhortation before the cue at i that its
// subject rebuffs: "India has resisted calls to sign X".
func (p *docParse) rebuffedCall(st *sentence, i int) bool {
	for k := i - 2; k > st.t0 && k >= i-6; k-- {
		if p.toks[k].word && p.toks[k].lower && p.toks[k].flags&fExhort != 0 {
			j := k - 1
			for j > st.t0 && p.toks[j].word && p.toks[j].flags&fDeterminer != 0 {
				j--
			}
			return rebuffWords[strings.ToLower(p.word(j))]
		}
	}
	return false
}

// rebuffWords turn down what is asked: "resisted calls to", "rejected
// demands to".
var rebuffWords = map[string]bool{"resisted": true, "resists": true, "resist": true, "rejected": true, "rejects": true,
	"rebuffed": true, "rebuffs": true, "ignored": true, "ignores": true, "defied": true, "defies": true, "dismissed": true}

// addressee reports an actor asked to act, between an exhortation and
// its "to": "urged China to", "called on the EU to". It is asked, not
// supported.
func (p *docParse) addressee(a arg) bool {
	if a.ent.kind != domain.Actor && a.ent.kind != domain.Forum || !p.isWord(a.end, "to") || a.end+1 >= len(p.toks) || !p.toks[a.end+1].word || !p.toks[a.end+1].lower ||
		p.toks[a.end+1].flags&(fDeterminer|fFunction) != 0 {
		return false
	}
	k := a.tok - 1
	for k >= 0 && p.toks[k].word && p.toks[k].flags&fDeterminer != 0 {
		k--
	}
	if p.isWord(k, "on") || p.isWord(k, "upon") {
		k--
	}
	return k >= 0 && p.toks[k].word && p.toks[k].lower && p.toks[k].flags&fExhort != 0
}

// commonNounTopic reports a topic written in lower-case words only
// ("sanctions", "cooperation"), which the sentence may use as a verb's noun.
// ofBetween reports an "of" among tokens [from, to).
func (p *docParse) ofBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if p.isWord(k, "of") {
			return true
		}
	}
	return false
}

func (p *docParse) commonNounTopic(a arg) bool {
	if a.ent.kind != domain.Issue {
		return false
	}
	for k := a.tok; k < a.end; k++ {
		if p.toks[k].word && !p.toks[k].lower {
			return false
		}
	}
	return true
}

// objectHeadEffect is what a noun between a stance cue and its object
// does to the stance: "support the adoption of X" supports X, "support the
// repeal of X" opposes it, "call for a reform of X" says nothing of X.
type objectHeadEffect int

const (
	headKeeps objectHeadEffect = iota
	headReverse
	headNeutral
)

// objectHeads lists the nouns that change a stance; any other keeps it.
var objectHeads = map[string]objectHeadEffect{
	"repeal": headReverse, "abolition": headReverse, "suspension": headReverse, "dismantling": headReverse,
	"termination": headReverse, "withdrawal": headReverse, "rejection": headReverse, "end": headReverse,
	"auspices": headNeutral, "reform": headNeutral, "reforms": headNeutral, "review": headNeutral, "revision": headNeutral,
	"overhaul": headNeutral, "renegotiation": headNeutral, "evaluation": headNeutral, "assessment": headNeutral,
}

// objectHead reads the noun that heads a stance's object when the name
// follows it with "of": tokens from the cue's end to the name at o.
func (p *docParse) objectHead(from, o int) objectHeadEffect {
	k := o - 1
	for k >= from && p.toks[k].word && p.toks[k].flags&fDeterminer != 0 {
		k--
	}
	if k-1 < from || !p.isWord(k, "of") || !p.toks[k-1].word || !p.toks[k-1].lower {
		return headKeeps
	}
	return objectHeads[strings.ToLower(p.word(k-1))]
}

// instrumentAbout reports a topic named as what an unnamed instrument is
// about, "a binding treaty on X", "new rules against Y", "exemptions for
// Z": tokens from the cue's end to the topic at o.
func (p *docParse) instrumentAbout(from, o int) bool {
	k := o - 1
	for k >= from && p.toks[k].word && p.toks[k].flags&fDeterminer != 0 {
		k--
	}
	if k <= from || !(p.isWord(k, "on") || p.isWord(k, "against") || p.isWord(k, "about") || p.isWord(k, "for") || p.isWord(k, "to")) {
		return false
	}
	return stanceInstruments[strings.ToLower(p.word(k-1))]
}

// stanceInstruments are nouns of instruments, and of their parts, a stance
// may be taken on.
var stanceInstruments = map[string]bool{
	"treaty": true, "treaties": true, "convention": true, "conventions": true, "law": true, "laws": true,
	"regulation": true, "regulations": true, "rules": true, "ban": true, "bill": true, "resolution": true,
	"agreement": true, "framework": true, "instrument": true, "mechanism": true,
	"declaration": true, "declarations": true, "statement": true, "communique": true, "communiqué": true,
	"pledge": true, "principles": true, "guidelines": true, "code": true, "strategy": true, "plan": true,
	"exemption": true, "exemptions": true, "exception": true, "exceptions": true, "loophole": true, "loopholes": true,
	"provision": true, "provisions": true, "clause": true, "clauses": true, "carve-out": true, "carve-outs": true,
	"language": true, "wording": true, "reference": true, "references": true, "paragraph": true, "paragraphs": true,
}

// quoteClosesBetween reports a closing quote between tokens from and to.
func (p *docParse) quoteClosesBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if p.closingQuote(k) {
			return true
		}
	}
	return false
}

// closingQuote reports whether token k closes a quotation: ” or a
// straight quote that touches the token before it.
func (p *docParse) closingQuote(k int) bool {
	switch p.toks[k].punct {
	case '”':
		return true
	case '"':
		return k > 0 && p.toks[k-1].e == p.toks[k].s
	}
	return false
}

// matchCue matches c's words from token i, letting adverbs sit between
// them; it returns the token after the match.
func (p *docParse) matchCue(c *cue, i, limit int) (int, bool) {
	k := i + 1
	for n, w := range c.words[1:] {
		for k < limit && p.toks[k].word && p.toks[k].flags&fAdverb != 0 && !strings.EqualFold(p.word(k), w) {
			k++
		}
		if n == len(c.words)-2 && len(c.words) == 2 && !c.passive && (p.isWord(k, "in") || p.isWord(k, "at")) && !strings.EqualFold(p.word(k), w) {
			// "advocating in the EU and in international forums for X",
			// "advocate at international level for X": a place between a
			// verb and its preposition.
			k = p.placeBefore(k, limit, w)
		}
		if w == "by" {
			// "the agreement reached in January 2023 by A and B", "launched
			// in 2015 at the Global Conference in The Hague by X": dates
			// and places may part a passive verb from its agent.
			k = p.adjunctsEnd(k, limit)
		}
		if k >= limit || !p.toks[k].word || !strings.EqualFold(p.word(k), w) {
			return 0, false
		}
		k++
	}
	return k, true
}

// joinsMainForum reads a joining verb with no object, "The African Union
// Commission joined in 2016." in a text about a forum: the subject joined
// that forum. It reports whether the hit was such a verb.
func (p *docParse) joinsMainForum(args []arg, h cueHit) bool {
	joins, refuses, attends, signs := false, false, false, false
	for _, c := range h.cues {
		joins = joins || (c.class == cParty || c.class == cMember) && !c.passive
		// "Russia and Brazil were among the signatories", "the EU also
		// signed": signing is done to an instrument, whatever forum was
		// named since.
		signs = signs || c.class == cParty && !c.passive && c.words[0] != "join"
		// "India has declined to join": a refusal to join, of the same.
		refuses = refuses || c.class == cOppose && len(c.words) > 1 && joiningVerbs[c.words[len(c.words)-1]]
		// "India and Brazil attended": the meeting named before.
		attends = attends || c.class == cParticipate && !c.passive && len(c.words) == 1
	}
	joins = joins || refuses || attends
	// "welcomed the signing": after a determiner the verb's form is a
	// noun, an event no one joins.
	nominal := h.t0 > 0 && p.toks[h.t0-1].word && p.toks[h.t0-1].flags&fDeterminer != 0
	// "Kenya joined and ratified X" joins X; "attended and signed X" attended the meeting named before.
	if !joins || nominal || h.neg || p.cur == nil || !p.nothingAfter(h.t1) && !(attends && p.secondVerbAt(h.t1)) {
		return false
	}
	// The forum the text is about, else the forum or instrument it named
	// last ("... signed the DEPA in 2020. Canada has applied to accede.").
	referent := p.titleForum
	if referent == nil && signs && !refuses {
		referent = p.instrumentBefore(p.toks[h.t0].s)
	}
	if referent == nil && attends {
		referent = p.eventBefore(p.toks[h.t0].s) // one attends a meeting, not the network it announced
	}
	if referent == nil {
		referent = p.forumBefore(p.toks[h.t0].s)
	}
	if referent == nil {
		referent = p.selfDoc // "The United States ... joined in May 2021." on the Christchurch Call's page
	}
	if referent == nil {
		return false
	}
	subj := p.subject(args, clause{p.cur.t0, h.t0})
	for i := len(args) - 1; i >= 0; i-- {
		if a := &args[i]; a.end <= h.t0 && h.t0-a.end <= 6 && a.ent.kind == domain.Actor && !p.oblique(*a) {
			subj = p.group(args, i, -1) // "..., and China and Canada have applied to accede"
			break
		}
	}
	class := cParty
	switch {
	case refuses:
		class = cOppose
	case attends:
		class = cParticipate
	}
	for _, si := range subj {
		if s := args[si]; s.end <= h.t0 {
			if typ, ok := resolve(class, s.ent, referent); ok {
				p.emit("joined-referent", h.hedge(typ), s.ent, referent, 0.6*s.conf)
			}
		}
	}
	return true
}

// joiningVerbs end the cue phrases of a refusal to join: "refuse to sign",
// "decline to join".
var joiningVerbs = map[string]bool{"join": true, "sign": true, "ratify": true, "endorse": true, "accede": true}

// nothingAfter reports a verb with no object: only dates or places follow
// it to the end of the sentence ("joined in 2016.").
func (p *docParse) nothingAfter(k int) bool {
	end := p.cur.t1
	k = p.adjunctsEnd(k, end)
	if p.isPunct(k, ',') && k+1 < end && p.toks[k+1].lower && hasSuffixFold(p.word(k+1), "ing") {
		return true // "declined to join, citing concerns about X"
	}
	if p.isPunct(k, ',') && k+1 < end && p.contrastAt(k+1) {
		return true // "The EU also signed, although the United States did not"
	}
	return k >= end || p.isPunct(k, '.') && k+1 >= end
}

// secondVerbAt reports "and" and a second verb at k, so that the verb
// before it has no object of its own: "attended and signed X".
func (p *docParse) secondVerbAt(k int) bool {
	return p.isWord(k, "and") && k+1 < len(p.toks) && p.toks[k+1].lower && (p.cueAt(k+1, len(p.toks)) || p.pastVerb(k+1))
}

// passiveVerb reports a verb at k written after a form of "be" (an adverb
// may part them): "was fined", "were quietly blacklisted".
func (p *docParse) passiveVerb(k int) bool {
	if !hasSuffixFold(p.word(k), "ed") {
		return false
	}
	k--
	if k >= 0 && p.toks[k].word && p.toks[k].flags&fAdverb != 0 {
		k--
	}
	return p.beForm(k)
}

// beForm reports a form of "be" at token k.
func (p *docParse) beForm(k int) bool {
	return p.isWord(k, "was") || p.isWord(k, "were") || p.isWord(k, "been") || p.isWord(k, "is") || p.isWord(k, "are") || p.isWord(k, "be") || p.isWord(k, "being")
}

// amountWords are the words of a sum of money or a share that may stand
// between a verb and its agent: "fined 345 million euros by X".
var amountWords = map[string]bool{"million": true, "billion": true, "thousand": true, "euros": true, "euro": true,
	"dollars": true, "pounds": true, "yuan": true, "percent": true, "per": true, "cent": true, "us$": true}

// amountEnd returns the token after an amount that starts at k, or k.
func (p *docParse) amountEnd(k, limit int) int {
	j := k
	for j < limit && (p.toks[j].num || p.toks[j].punct == '$' || p.toks[j].punct == '€' || p.toks[j].punct == '£' || p.toks[j].word && amountWords[strings.ToLower(p.word(j))]) {
		j++
	}
	if j == k || !p.toks[k].num && !(p.toks[k].punct == '$' || p.toks[k].punct == '€' || p.toks[k].punct == '£') {
		return k
	}
	return j
}

// adjunctsEnd returns the token after up to three date or place adjuncts
// that start at k ("in April 2015", "at the Global Conference on
// Cyberspace", "in The Hague"), or k if none does.
func (p *docParse) adjunctsEnd(k, limit int) int {
	for n := 0; n < 3; n++ {
		if e := p.dateAdjunctEnd(k, limit); e > k {
			k = e
			continue
		}
		if e := p.placeAdjunctEnd(k, limit); e > k {
			k = e
			continue
		}
		if e := p.amountEnd(k, limit); e > k {
			k = e
			continue
		}
		if e := p.capacityEnd(k, limit); e > k {
			k = e
			continue
		}
		break
	}
	return k
}

// capacityEnd returns the token after "as the 42nd participating state"
// or "as a founding member" (the capacity in which one joins), or k.
func (p *docParse) capacityEnd(k, limit int) int {
	if !p.isWord(k, "as") || !(p.isWord(k+1, "the") || p.isWord(k+1, "a") || p.isWord(k+1, "an")) {
		return k
	}
	for j := k + 2; j < limit && j < k+6 && p.toks[j].word && (p.toks[j].lower || p.word(j)[0] >= '0' && p.word(j)[0] <= '9'); j++ {
		if memberRoles[strings.TrimSuffix(strings.ToLower(p.word(j)), "s")] {
			return j + 1
		}
	}
	return k
}

// memberRoles are the capacities a party joins a forum or an instrument
// in, singular.
var memberRoles = map[string]bool{"member": true, "state": true, "country": true, "nation": true, "participant": true,
	"party": true, "signatory": true, "observer": true}

// placeAdjunctEnd returns the token after "at" or "in" and a capitalised
// name ("at the Global Conference on Cyberspace", "in Accra"), or k.
func (p *docParse) placeAdjunctEnd(k, limit int) int {
	if !p.isWord(k, "at") && !p.isWord(k, "in") {
		return k
	}
	j := k + 1
	if p.isWord(j, "the") {
		j++
	}
	if j >= limit || !p.toks[j].word || !p.toks[j].cap {
		return k
	}
	for j < limit && (p.toks[j].word && p.toks[j].cap || p.toks[j].word && p.toks[j].flags&fConnector != 0 && j+1 < limit && p.toks[j+1].cap) {
		j++
	}
	return j
}

// placeBefore returns the token of word w that closes an adjunct of place
// opening at k ("in the EU and in international forums for"), or k when w
// does not follow within a few words with no punctuation between.
func (p *docParse) placeBefore(k, limit int, w string) int {
	for j := k + 1; j < limit && j <= k+8; j++ {
		t := &p.toks[j]
		if !t.word {
			return k
		}
		if strings.EqualFold(p.word(j), w) {
			return j
		}
	}
	return k
}

// dateAdjunctEnd returns the token after a date adjunct that starts at k
// ("in 2019", "in January 2023", "on 12 November 2018"), or k if none does.
func (p *docParse) dateAdjunctEnd(k, limit int) int {
	if !p.isWord(k, "in") && !p.isWord(k, "on") {
		return k
	}
	j, dated := k+1, false
	for ; j < limit && j-k <= 4; j++ {
		t := &p.toks[j]
		switch {
		case t.word && t.flags&fMonth != 0 || yearOf(p, j) != 0:
			dated = true
		case t.num || t.punct == ',':
		default:
			if dated {
				return j
			}
			return k
		}
	}
	if dated {
		return j
	}
	return k
}

// oblique reports whether an argument follows a preposition and so cannot
// be the subject of a verb after it.
func (p *docParse) oblique(a arg) bool {
	if a.pron {
		return strings.EqualFold(p.word(a.tok), "us")
	}
	k := a.tok - 1
	// "the United States under President Joe Biden joined X": a title
	// stands between the preposition and the name it governs.
	for k >= 0 && p.toks[k].word && p.toks[k].flags&(fDeterminer|fTitle) != 0 {
		k--
	}
	if k < 0 || !p.toks[k].word || p.toks[k].flags&fPreposition == 0 {
		return false
	}
	if p.isWord(k, "as") && p.isWord(k-1, "such") {
		// "technical bodies such as ICANN argue ...": an example stands
		// where the noun it exemplifies stands, oblique only after a
		// preposition ("with partners such as Japan").
		j := k - 2
		for n := 0; n < 4 && j >= 0 && p.toks[j].word && p.toks[j].lower && p.toks[j].flags&fPreposition == 0; n++ {
			j--
		}
		return j >= 0 && p.toks[j].word && p.toks[j].flags&fPreposition != 0
	}
	// "the efforts of the WHO to combat pandemics", "a delegation from
	// Kenya attended": the WHO and Kenya act.
	return !((p.isWord(k, "of") || p.isWord(k, "from")) && k > 0 && p.toks[k-1].flags&fAgentNoun != 0)
}

// inRelative reports whether token k lies in a relative clause set off by
// commas that closes before token limit: in "India, which chairs the GPAI,
// has pushed for X" the GPAI is not the subject of "pushed".
func (p *docParse) inRelative(k, limit int) bool {
	open := -1
	for j := k - 1; j >= 0 && j > k-12; j-- {
		if p.toks[j].punct == ',' && j+1 < len(p.toks) && (p.isWord(j+1, "which") || p.isWord(j+1, "who") || p.isWord(j+1, "whose") ||
			p.toks[j+1].word && p.toks[j+1].flags&fPreposition != 0 && p.isWord(j+2, "which")) {
			open = j // ", which", ", to which"
			break
		}
		if p.toks[j].punct == ',' || p.toks[j].punct == '.' || p.toks[j].punct == ';' {
			return false
		}
	}
	if open < 0 {
		return false
	}
	for j := k + 1; j < limit; j++ {
		if p.toks[j].punct == ',' {
			return true
		}
	}
	return false
}

// beforeName returns the token before a name that starts at token t,
// past a "the" that opens it.
func (p *docParse) beforeName(t int) int {
	k := t - 1
	if p.isWord(k, "the") {
		k--
	}
	return k
}

// formerName reports a name given as another name of the one before it:
// "Meta, formerly known as Facebook,", "the GFCE, also known as X,".
func (p *docParse) formerName(a arg) bool {
	k := p.beforeName(a.tok)
	return p.isWord(k, "as") && p.isWord(k-1, "known") || p.isWord(k, "formerly") || p.isWord(k, "renamed") || p.isWord(k, "called") && p.isWord(k-1, "also")
}

// agentOfParticiple reports whether a name follows "by" ("endorsed by
// the UK"), perhaps after a determiner.
func (p *docParse) agentOfParticiple(a arg) bool {
	k := a.tok - 1
	for k >= 0 && p.toks[k].word && p.toks[k].flags&fDeterminer != 0 {
		k--
	}
	return !a.pron && p.isWord(k, "by")
}

// leaderOpening reports a comma at c that sets off a participle of
// leading ("led by", "headed by", "spearheaded by") after a plural noun
// in small letters: "Western states, led by ...".
func (p *docParse) leaderOpening(c int) bool {
	if c < 1 || !p.toks[c-1].word || !p.toks[c-1].lower || !hasSuffixFold(p.word(c-1), "s") {
		return false
	}
	k := c + 1
	if p.toks[k].word && p.toks[k].flags&fAdverb != 0 {
		k++
	}
	switch strings.ToLower(p.word(k)) {
	case "led", "co-led", "headed", "spearheaded", "championed":
		return p.isWord(k+1, "by")
	}
	return false
}

// participleOpening returns the comma that opens a participle and its
// agent (", endorsed by", ", jointly led by") a few words before token t,
// or -1.
func (p *docParse) participleOpening(t int) int {
	for k := t - 1; k > 1 && k >= t-maxPartner; k-- {
		if !p.toks[k].word {
			return -1
		}
		if !p.isWord(k, "by") || !p.toks[k-1].word || !p.toks[k-1].lower {
			continue
		}
		c := k - 2
		if p.toks[c].word && p.toks[c].flags&fAdverb != 0 {
			c--
		}
		if c >= 0 && p.isPunct(c, ',') {
			return c
		}
		return -1
	}
	return -1
}

// namesNext reports whether args[i] is a body's name written straight
// before an instrument's or a forum's ("the UN norms of ...", "the G7 Code
// of Conduct"): it qualifies that name.
func namesNext(args []arg, i int) bool {
	if i+1 >= len(args) || args[i].pron || args[i+1].pron || args[i+1].tok != args[i].end {
		return false
	}
	k := args[i+1].ent.kind
	return args[i].ent.kind != domain.Issue && (k == domain.Treaty || k == domain.Forum)
}

// modifier reports whether args[i] is a possessive that qualifies the next
// name ("the UN’s Global Digital Compact"), not an argument of its own.
func modifier(args []arg, i int) bool {
	return args[i].poss && i+1 < len(args) && args[i+1].tok-args[i].end <= 1
}

// objects collects the arguments a cue reaches to its right: the first
// within reach, then each one that a list joins to it ("X, Y and Z", "X,
// including Y"), not names further on in other phrases ("blocked X from
// supplying equipment for its broadband network").
func (p *docParse) objects(args []arg, h cueHit, end int, keep func(*arg) bool) []int {
	return p.objectList(args, h, end, keep, true)
}

// objectList is objects; when chained is false every argument in reach is
// taken, listed or not.
func (p *docParse) objectList(args []arg, h cueHit, end int, keep func(*arg) bool, chained bool) []int {
	// A relative or complement clause ("behaviour that undermines X",
	// "a treaty which covers Y") has arguments of its own.
	// A semicolon ends the clause, unless a colon after the cue opens a
	// list whose items it separates ("shall comprise: a) X; b) Y").
	items := p.isPunct(h.t1, ':')
	for k := h.t1; k < end; k++ {
		if p.toks[k].word && p.toks[k].flags&fClauseBreak != 0 && !(k == h.t1 && p.isWord(k, "that")) || p.toks[k].punct == ';' && !items && !p.semicolonList(k, end) || p.closingQuote(k) || p.participlePhrase(k) || p.secondPredicate(k) {
			end = k // a closing quote ends what the quotation says
			break
		}
	}
	// The indexes live in p.groups, like a group's (see group).
	collect := func(skipQualifiers bool) []int {
		from := len(p.groups)
		out := p.groups[from:]
		prev, taken := -1, -1
		for i := range args {
			a := &args[i]
			if i <= taken || a.tok < h.t1 || a.tok >= end || a.tok-h.t1 > maxWindow || keep != nil && !keep(a) {
				continue
			}
			at := a.tok // where the member starts, its role's owner included
			if holder := p.possRoleHolder(args, i); holder > i {
				// "chaired by Singapore's Foreign Minister B": the
				// minister, not the state, chairs.
				i, a, taken = holder, &args[holder], holder
				if keep != nil && !keep(a) {
					continue
				}
			}
			if len(out) == 0 && a.tok-h.t1 > maxFirstObject {
				break
			}
			if p.addressee(*a) {
				continue // "urged China to respect X": China is asked, X is the stance's
			}
			if modifier(args, i) || skipQualifiers && (p.attributive(args, i) && !p.pastVerb(a.end) || namesNext(args, i) || p.qualifiesTopic(args, i)) {
				continue // "telecom giant Huawei", "the UN framework on X", "US sanctions": the object is the name after
			}
			if chained && prev >= 0 && (!p.listed(args[prev].end, at) || (!p.joinedByWord(args[prev].end, at) || p.isPunct(args[prev].end, ',') && p.isWord(args[prev].end+1, "and")) && p.clauseVerbAt(a.end)) {
				// "championed X, and the Framework was adopted": ", and"
				// before a name and its verb opens a clause of its own.
				break // "Led by Huawei, China is seeking ...": China opens the main clause
			}
			if chained && prev >= 0 && a.poss && !a.pron && !(i+1 < len(args) && args[i+1].tok == a.end) {
				break // "signed by A and B in 2024, and C's pledge": C's opens a noun phrase of its own
			}
			out = append(out, i)
			prev = i
		}
		p.groups = append(p.groups, out...)
		return p.groups[from:len(p.groups):len(p.groups)]
	}
	if out := collect(true); len(out) > 0 {
		return out
	}
	out := collect(false)
	if h.only(cFound) && len(out) > 0 && p.pluralNounAt(args[out[0]].end) {
		return nil // "proposals to create new UN bodies": what is created is the bodies
	}
	return out
}

// semicolonList reports whether the semicolon at k separates the items of
// a list that a later "; and" closes before end: "notably those on X (norm
// c); protection of Y; and on Z".
func (p *docParse) semicolonList(k, end int) bool {
	for j := k + 1; j+1 < end; j++ {
		if p.isPunct(j, ';') && p.isWord(j+1, "and") {
			return true
		}
		if p.toks[j].word && p.toks[j].flags&(fClauseBreak|fAuxiliary) != 0 {
			return false // an item with a verb of its own: clauses, not a list
		}
	}
	return false
}

// listed reports whether a list goes on between tokens from and to: a
// comma or a conjunction within a few words.
func (p *docParse) listed(from, to int) bool {
	if to-from > 12 {
		return false
	}
	glue := false
	for k := from; k < to; k++ {
		t := &p.toks[k]
		if t.punct == ',' && k+1 < to && p.toks[k+1].lower && hasSuffixFold(p.word(k+1), "ing") && !p.isWord(k+1, "including") {
			return false // "banned X from devices, citing concerns about Y": a participle's phrase, no list
		}
		if t.word && t.lower && p.pastVerb(k) && k+1 < len(p.toks) && (p.toks[k+1].cap || p.toks[k+1].flags&fDeterminer != 0) {
			return false // "hosted by Romania, also elected X": a verb with its object, no list
		}
		if (p.isWord(k, "in") || p.isWord(k, "at")) && k+2 < to && p.toks[k+1].cap && p.isPunct(to-1, ',') {
			return false // "adopted by the AU in Malabo, Equatorial Guinea": a place and its country
		}
		if t.punct == ',' || t.punct == ';' || t.punct == '(' || t.word && (p.isWord(k, "and") || p.isWord(k, "or") || p.isWord(k, "including") || p.isWord(k, "with") || p.isWord(k, "well")) {
			glue = true
		}
	}
	return glue || to == from
}

// distance lowers confidence with the words between cue and argument.
func distance(n int) float64 {
	f := 1 - 0.012*float64(n)
	if f < 0.55 {
		return 0.55
	}
	return f
}

// active reads "S cue O, O and O": the subject is the nearest argument on
// the left that can take the cue, the objects those on the right.
func (p *docParse) active(args []arg, h cueHit, c *cue, end, sentEnd int) {
	if len(c.words) == 1 && p.passiveVerb(h.t0) {
		return // "TikTok was fined 345 million euros by X": X did the fining
	}
	if p.isWord(h.t0-1, "the") && (p.isWord(h.t0-2, "at") || p.isWord(h.t0-2, "during")) {
		return // "said X at the launch of the Hub": an occasion, not X's act
	}
	if (c.class == cSupport || c.class == cOppose) && p.isWord(h.t1, "from") {
		return // "building a plant with support from the CHIPS Act": the support comes from it
	}
	if p.relativeAt(h.t0) > 0 {
		// "Kenya, which chaired a working group, said the mechanism
		// ...": the clause set off by commas ends before the main verb.
		for k := h.t1; k+1 < end; k++ {
			if p.isPunct(k, ',') && (p.clauseVerbAt(k+1) || p.verbLike(k+1) || p.toks[k+1].word && p.toks[k+1].lower && p.toks[k+1].flags&fSays != 0) {
				end = k
				break
			}
		}
	}
	kinds := targetKinds[c.class]
	keep := func(a *arg) bool { return kinds&kindBit(a.ent) != 0 }
	objs := p.objects(args, h, end, keep)
	if c.class == cBlock {
		objs = p.beforeFrom(args, objs, h.t1)
	}
	if c.class == cSupport {
		objs = p.supportedUndertaking(args, objs, end, keep)
		// "fund a new cable system linking Tuvalu and Fiji": what is
		// funded links the states; they are not funded.
		objs = slices.DeleteFunc(objs, func(i int) bool {
			return args[i].ent.kind == domain.Actor && p.participleBetween(h.t1, args[i].tok)
		})
	}
	if c.class == cOppose {
		objs = p.beforeVictims(args, objs)
		// "criticised Japan's weak cyber-security practices": what is
		// faulted is a shortfall in the topic, not the topic; "opposed to
		// uses of AI that ...", "the misuse of AI": a use of a topic that
		// is no harm in itself.
		objs = slices.DeleteFunc(objs, func(i int) bool {
			a := &args[i]
			if a.ent.kind != domain.Issue || a.tok < 2 {
				return false
			}
			before := strings.ToLower(p.word(a.tok - 2))
			return shortfallWords[strings.ToLower(p.word(a.tok-1))] ||
				p.isWord(a.tok-1, "of") && (shortfallWords[before] || !threat(a.ent) && (useNouns[before] || p.toks[a.tok-2].flags&fHarmNoun != 0))
		})
	}
	// What a forum or an instrument covers is often listed at length, with
	// verbs of its own: "outlines its commitment to X, promoting Y and
	// supporting Z".
	wide := objs
	if c.class == cAddress {
		wide = p.objectList(args, h, sentEnd, keep, false)
	}
	if len(wide) == 0 {
		if r := p.relativeAt(h.t0); r > 0 && p.objectRelative(args, r, h, c) {
			return // "the Convention, which Kenya ratified in 2021"
		}
		if p.joinsMainForum(args, h) {
			return
		}
		if (c.class == cParty || c.class == cCommit) && p.cur != nil && p.agreementAfter(args, h.t1, end) {
			// "Singapore and Australia signed an agreement": an
			// agreement no name tells apart still makes partners.
			p.partners(args, p.subject(args, clause{p.cur.t0, h.t0}), "deal-parties")
		}
		return
	}
	// relateAll states the cue between each subject and each object it
	// reaches; the first subject is the cue's own, the others join it
	// through a list ("Canada, Japan and Kenya signed X") or a companion
	// phrase ("along with Chile").
	relateAll := func(subjects []int, rule string) bool {
		defer p.dealParties(args, subjects, objs, c.class)
		found := false
		// "A and B chair X and Y, respectively": the n-th subject takes
		// the n-th object only.
		var respective []int
		if len(subjects) >= 2 && len(subjects) == len(objs) && p.isWord(p.afterComma(args[objs[len(objs)-1]].end), "respectively") {
			respective = slices.Clone(subjects)
			slices.SortFunc(respective, func(a, b int) int { return args[a].tok - args[b].tok })
		}
		for n, sj := range subjects {
			s := args[sj]
			if n > 0 && c.class == cAffil && args[subjects[0]].ent.subtype == "PERSON" && s.ent.subtype != "PERSON" {
				continue // "Microsoft and John Doe, Director at the OECD": the role is the person's
			}
			reach := objs
			if s.ent.kind == domain.Forum || s.ent.kind == domain.Treaty {
				reach = wide
			}
			r := rule
			if n > 0 && rule == "cue-active" {
				r = "list-subject"
			}
			for _, oi := range reach {
				if respective != nil && oi != objs[slices.Index(respective, sj)] {
					continue
				}
				o := args[oi]
				class := c.class
				if h.dissuaded && (class == cParty || class == cMember || class == cCommit || class == cAdopt || class == cSupport) {
					class = cOppose
				}
				if class == cAdopt && (p.ownObject(h.t1, o.tok) && !sharedInstrument(o.ent) || o.ent.subtype == "STRATEGY" || o.ent.subtype == "LAW") {
					// "the AU adopted its AI strategy": its own, so it wrote
					// it; a strategy or a law is adopted by its maker, not
					// joined. ("Israel would adopt its Wassenaar controls":
					// a known arrangement of many is no one's own.)
					class = cAuthor
				}
				if p.contrastBefore(h.t1, o.tok) {
					continue // "calls for de-risking rather than decoupling"
				}
				if class == cFound && s.ent.kind == domain.Forum && o.ent.kind == domain.Forum && o.ent.subtype != "EVENT" {
					// "the General Assembly established the Scientific
					// Panel": a body a forum sets up is part of it.
					p.emit(r, domain.PartOf, o.ent, s.ent, c.strength*s.conf*o.conf)
					found = true
					continue
				}
				if (class == cSupport || class == cCommit) && o.ent.kind == domain.Treaty && s.ent.subtype != "PERSON" && !s.pron && p.ownObject(h.t1, o.tok) {
					// "China has championed its Global Initiative on Data
					// Security": what it promotes as its own, it wrote.
					p.emit("own-object", domain.Authored, s.ent, o.ent, 0.5*s.conf*o.conf)
				}
				if (class == cSupport || class == cOppose) && p.opposingWord(h.t1, o.tok, true) {
					// "supports efforts in combating X": the gerund's stance
					// is the one taken on X.
					if class == cSupport {
						class = cOppose
					} else {
						class = cSupport
					}
				}
				if (class == cSupport || class == cOppose) && o.ent.kind == domain.Forum && p.venueAfterObject(h.t1, o.tok) {
					class = cParticipate // "championed the idea at the United Nations": the forum is where, not what
				}
				if class == cOppose && p.instrumentAbout(h.t1, o.tok) {
					continue // "reluctant to support a binding treaty on X": the stance is on the treaty
				}
				if class == cSupport || class == cOppose {
					switch p.objectHead(h.t1, o.tok) {
					case headNeutral:
						continue // "called for a reform of the ITU": no stance on the ITU
					case headReverse: // "urged the repeal of X"
						if class == cSupport {
							class = cOppose
						} else {
							class = cSupport
						}
					}
				}
				typ, ok := resolve(class, s.ent, o.ent)
				if !ok || typ == domain.CooperatesWith && class == cSupport && (o.poss || p.ofComplement(o)) {
					// "Kenya welcomes the EU's plan", "the plans of the
					// EU": the plan has the support, which makes no
					// partners of the two.
					continue
				}
				if typ == domain.Authored && (class == cCommit || class == cAdopt) && p.ownedByOther(args, oi, s.ent) {
					continue // "the alliance endorsed the African Union's Strategy": the Union wrote it
				}
				typ = h.hedge(typ)
				conf := c.strength * s.conf * o.conf * distance(o.tok-h.t1+max(h.t0-s.end, 0))
				p.emit(r, typ, s.ent, o.ent, conf)
				if also, ok := alsoStated(class, typ, s.ent, o.ent); ok {
					p.emit(r, also, s.ent, o.ent, conf)
				}
				found = true
			}
		}
		return found
	}
	if c.class == cAffil && p.roleConjunct(h) {
		// "the meeting between President A and Prime Minister of B C":
		// the role opens a conjunct of its own, whose holder follows the
		// organisation.
		for _, oi := range objs {
			if oi+1 < len(args) && args[oi+1].tok == args[oi].end && args[oi+1].ent.subtype == "PERSON" && !args[oi+1].pron {
				if typ, ok := resolve(c.class, args[oi+1].ent, args[oi].ent); ok {
					p.emit("role-apposition", typ, args[oi+1].ent, args[oi].ent, 0.7*args[oi+1].conf*args[oi].conf)
				}
			}
		}
		return
	}
	// "China opposed the resolution, which calls for X": the subject of a
	// cue inside a relative clause is the name the clause hangs on, or none.
	if r := p.relativeAt(h.t0); r > 0 {
		if p.objectRelative(args, r, h, c) {
			return
		}
		for ai := range args {
			if args[ai].end == r-1 && !args[ai].pron {
				relateAll([]int{ai}, "relative-subject")
			}
		}
		return
	}
	if p.isPunct(h.t0-1, ',') && p.toks[h.t0].lower && hasSuffixFold(p.word(h.t0), "ed") && h.t1 < len(p.toks) && p.toks[h.t1].flags&fPreposition != 0 && !p.isWord(h.t1, "by") && h.t0 >= 2 && p.toks[h.t0-2].word && !p.toks[h.t0-2].lower {
		// "The Cyber Security Authority, established under the Act, ...":
		// a participle set off after a name, with a preposition and no
		// agent after it, says what was done to the name; it relates
		// the name to no one. ("X, the UK's minister, attended the G20"
		// has its main verb there.)
		return
	}
	if w := p.word(h.t0); len(c.words) > 1 && p.toks[h.t0].lower && hasSuffixFold(w, "ed") {
		// "supports the Hiroshima AI Process launched under the G7": a
		// participle right after a name another cue took as its object
		// says what was done to that name ("A and B voted against X"
		// has its subjects).
		for i, a := range args {
			if a.end != h.t0 || a.pron {
				continue
			}
			if grp := p.group(args, i, -1); p.objectOfCue(args[grp[len(grp)-1]].tok) {
				relateAll([]int{i}, "reduced-relative")
				return
			}
		}
	}
	if r := p.restrictiveRelativeAt(h.t0); r > 0 {
		// "a crackdown on the firms that support X": a restrictive
		// relative clause's subject is the noun it follows; a name there
		// is it, and a noun a preposition governs stands for no one named.
		// ("among the states that have ratified X", "and other firms that
		// signed X" still speak of the names before.)
		for ai := range args {
			if args[ai].end == r && !args[ai].pron {
				relateAll([]int{ai}, "relative-subject")
				return
			}
		}
		g := r - 2 // past the noun the clause follows
		for g > 0 && p.toks[g].word && (p.isWord(g, "the") || p.toks[g].lower && p.toks[g].flags&(fPreposition|fVerb|fListGlue) == 0 && !p.verbLike(g)) {
			g--
		}
		if g >= 0 && p.toks[g].word && p.toks[g].flags&fPreposition != 0 && !listingPrepositions[strings.ToLower(p.word(g))] {
			return
		}
	}
	if h.t0 >= 2 && p.isWord(h.t0-1, "to") && bidWords[strings.ToLower(p.word(h.t0-2))] {
		// "France backs Ukraine's bid to join X": the bid's owner seeks.
		for i, a := range args {
			if a.end == h.t0-2 && a.poss {
				relateAll([]int{i}, "bid")
				return
			}
		}
	}
	for i, a := range args {
		if a.end == h.t0 && !a.pron && p.absoluteWith(a.tok, a.end) {
			// "..., with Singapore publishing its framework": the
			// absolute phrase's own subject.
			relateAll([]int{i}, "absolute")
			return
		}
	}
	if i := p.appositionHead(args, h.t0); i >= 0 {
		// "like A and the Digital Trust Centre, itself a part of X": the
		// apposition describes the name before its comma alone.
		relateAll([]int{i}, "apposition")
		return
	}
	coordinated := p.coordinatedVerb(h.t0)
	we := -1 // a "we" that opens the sentence is its subject
	for i, a := range args {
		if a.pron && a.end <= h.t0 && !a.poss && a.tok <= args[0].tok+3 && p.toks[a.tok].flags&fPronounWe != 0 {
			we = i
			break
		}
	}
	tried := 0
	var led []int // the leaders of an unnamed group the clause opens with
	for si := len(args) - 1; si >= 0 && tried < 3; si-- {
		s := args[si]
		if led == nil && s.end <= h.t0 && p.isPunct(s.end, ',') {
			// "Western states, led by France and the UK, had championed
			// X": the leaders speak for a group no name stands for.
			grp := p.group(args, si, -1)
			if first := args[grp[len(grp)-1]]; p.afterBy(first.tok) {
				if c := p.participleOpening(first.tok); c >= 0 && p.leaderOpening(c) && !insideArg(args, c-1) {
					led = grp
				}
			}
		}
		// "from Kenya's participation in X": a possessive right before a
		// nominal cue is its agent, whatever preposition governs the noun.
		agent := s.poss && s.end == h.t0
		if s.end > h.t0 || !agent && (p.oblique(s) || modifier(args, si) && !s.pron || p.attributive(args, si) && !p.pastVerb(s.end)) || p.inRelative(s.tok, h.t0) {
			continue
		}
		if s.poss && !agent && p.appositive(args, si) || p.officeApposition(args, si) || p.formerName(s) {
			continue // "Jane Doe, Kenya's minister of ICT, spoke at X": Jane Doe spoke
		}
		if !agent && !s.pron && (p.verbObject(s.tok) || p.addressee(s)) {
			continue // "officials told Reuters that ...", "called on China to ...": Reuters is told, China asked
		}
		if we >= 0 && si > we && !s.pron && p.isWord(s.tok-1, "the") {
			continue // "we want the EU to remain open and are opposed to X"
		}
		if !s.pron && h.t0-s.end > maxSubject || p.reportedCommonSubject(s.end, h.t0) {
			break
		}
		tried++
		grp := p.group(args, si, -1)
		if first := args[grp[len(grp)-1]]; first.tok != s.tok && p.isWord(first.tok-1, "between") {
			continue // "the memorandum between Kenya and Estonia covers X": the pair is no subject
		}
		if first := grp[len(grp)-1]; first != si && !s.pron && p.oblique(args[first]) && !p.absoluteWith(args[first].tok, s.end) && !exampleWords[strings.ToLower(p.word(p.beforeName(args[first].tok)))] {
			// "welcomes institutes in Japan, the UK and the US, and
			// supports X": the list is a preposition's.
			tried--
			si = first
			continue
		}
		if (coordinated || p.isWord(h.t0-1, "to")) && p.objectOfCue(args[grp[len(grp)-1]].tok) {
			// "The declaration builds on X and Y, and calls for Z": X and
			// Y are the first verb's objects; the second verb shares its
			// subject, as an infinitive of purpose does ("support X and
			// work in Y to bridge Z").
			continue
		}
		if first := grp[len(grp)-1]; p.isPunct(s.end, ',') {
			if first != si && p.agentOfParticiple(args[first]) {
				// "X, endorsed by A, B and C, addresses Y": the list is the
				// agent of a participle; the subject stands before it.
				si = first
				continue
			}
			if c := p.participleOpening(args[first].tok); c >= 0 {
				// "X, endorsed by 28 countries and the EU, addresses Y":
				// the same when the agent's list holds words no name.
				for si > 0 && args[si-1].end > c {
					si--
				}
				continue
			}
		}
		subjects := append(grp, p.companions(args, objs, sentEnd)...)
		subjects = append(subjects, p.openerCompanions(args, s)...)
		subjects = append(subjects, p.meetingPartners(args, s.end, h.t0)...)
		subjects = append(subjects, p.subjectCompanions(args, s.end, h.t0)...)
		if relateAll(subjects, "cue-active") {
			return
		}
	}
	if led != nil {
		relateAll(led, "led-group")
	}
	// "The signatories of X include A, B and C": the subjects follow the
	// object.
	if subj := p.listedAfter(args, objs, sentEnd); len(subj) > 0 && relateAll(subj, "subject-after") {
		return
	}

	// "In signing X, A ...": a cue in the clause's opener is its subject's.
	if p.cur != nil {
		c := clause{p.cur.t0, sentEnd}
		if from := p.openerEnd(c); h.t1 <= from && len(objs) > 0 && args[objs[0]].tok < from {
			// (Only an object inside the opener is the opener's: in "In
			// addition to issuing the order, CNIL said it would ...", the
			// "it" is no order.)
			if subj := p.subject(args, c); len(subj) > 0 {
				relateAll(subj, "opener-subject")
				return
			}
		}
	}
	// "3. Governance: establish a framework consistent with X": an item
	// of an instrument's list that opens with a verb is the instrument's
	// own word.
	if doc := p.selfDoc; doc != nil && doc.kind == domain.Treaty && p.imperativeItem(args, h) {
		for _, oi := range wide {
			if typ, ok := resolve(c.class, doc, args[oi].ent); ok {
				p.emit("imperative-item", typ, doc, args[oi].ent, 0.6*c.strength*args[oi].conf)
			}
		}
	}
}

// imperativeItem reports a cue in a list item that opens, after its label,
// with a verb in the imperative and names no one before the cue:
// "Governance: establish an AI ethics framework consistent with X".
func (p *docParse) imperativeItem(args []arg, h cueHit) bool {
	st := p.cur
	if st == nil || !st.bullet {
		return false
	}
	from := st.t0
	for k := st.t0; k < h.t0 && k <= st.t0+4; k++ {
		if p.isPunct(k, ':') {
			from = k + 1
		}
	}
	t := &p.toks[from]
	if !t.word || !t.lower || t.flags&(fFunction|fDeterminer|fPreposition|fAdverb) != 0 {
		return false
	}
	for i := range args {
		if args[i].tok >= from && args[i].tok < h.t0 && args[i].ent.kind != domain.Issue {
			return false
		}
	}
	return true
}

// pluralNounAt reports a plural common noun at token k ("bodies").
func (p *docParse) pluralNounAt(k int) bool {
	if k >= len(p.toks) || !p.toks[k].word || !p.toks[k].lower {
		return false
	}
	w := p.word(k)
	return hasSuffixFold(w, "s") && !hasSuffixFold(w, "ss") && !hasSuffixFold(w, "us") && !hasSuffixFold(w, "is")
}

// reportedCommonSubject reports a clause reported after a name with a
// common noun for its subject, between the name's end and the cue at to:
// in "Brad Smith welcomed the vote, saying the industry supports X" the
// industry supports X, not Brad Smith.
func (p *docParse) reportedCommonSubject(from, to int) bool {
	k := to - 1
	for k > from && p.toks[k].word && p.toks[k].flags&(fAdverb|fAuxiliary|fHedge) != 0 {
		k--
	}
	nouns, group := 0, false
	for k > from && p.toks[k].word && p.toks[k].lower && p.toks[k].flags&(fFunction|fDeterminer|fPreposition|fConnector|fGovernment) == 0 && nouns < 3 && !quantifierWords[p.word(k)] {
		group = group || p.toks[k].flags&fGroupNoun != 0
		k--
		nouns++
	}
	for nouns > 0 && k > from && (p.toks[k].num || p.isPunct(k, ',') && p.toks[k-1].num || p.isWord(k, "than") || p.isWord(k, "more") || p.isWord(k, "over")) {
		k-- // "where more than 3,000 participants endorsed X"
	}
	if nouns > 0 && k > from && (p.isWord(k, "where") || p.isWord(k, "when")) {
		return true // "held in Accra, Ghana, where participants endorsed X"
	}
	if nouns == 0 || group || k <= from || !p.isWord(k, "the") && !p.isWord(k, "a") && !p.isWord(k, "an") && !quantifierWords[strings.ToLower(p.word(k))] {
		return false // "noted that few states have implemented it" as well
	}
	v := k - 1
	if v <= from || !p.toks[v].word || !p.toks[v].lower {
		return false
	}
	w := p.word(v)
	return p.toks[v].flags&fSays != 0 || w == "that" || hasSuffixFold(w, "ing") && p.toks[v].flags&fPreposition == 0
}

// quantifierWords open a noun phrase that names no one: "few states".
var quantifierWords = map[string]bool{"few": true, "many": true, "several": true, "some": true, "most": true, "other": true, "no": true}

// contrastBefore reports "rather than", "instead of" or "as opposed to"
// between a cue ending at from and its object at o: the object is what the
// cue is not about.
func (p *docParse) contrastBefore(from, o int) bool {
	for k := from; k+1 < o; k++ {
		if p.isWord(k, "rather") && p.isWord(k+1, "than") || p.isWord(k, "instead") && p.isWord(k+1, "of") || p.isWord(k, "opposed") && p.isWord(k-1, "as") && p.isWord(k+1, "to") {
			return true
		}
		// "funds its weapons programmes in violation of Security Council
		// resolutions": what the act breaches is no object of it.
		if breachWords[strings.ToLower(p.word(k))] && (p.isWord(k+1, "of") || p.isWord(k+1, "to")) {
			return true
		}
	}
	return false
}

// breachWords say that the name after their "of" or "to" is broken, not
// acted on: "in violation of", "in breach of", "contrary to".
var breachWords = map[string]bool{"violation": true, "violations": true, "breach": true, "breaches": true,
	"contravention": true, "defiance": true, "contrary": true, "disregard": true}

// venueAfterObject reports a name the cue reaches through "at" or "during"
// after an object of its own: in "backed the proposal at the G20 summit"
// the summit is where the proposal was backed.
func (p *docParse) venueAfterObject(from, o int) bool {
	k := o - 1
	for k > from && p.toks[k].word && p.toks[k].flags&fDeterminer != 0 {
		k--
	}
	return k > from && (p.isWord(k, "at") || p.isWord(k, "during"))
}

// ofComplement reports an argument that completes a noun after "of":
// "the initiatives of the AU".
func (p *docParse) ofComplement(a arg) bool {
	k := p.beforeName(a.tok)
	return p.isWord(k, "of") && k > 0 && p.toks[k-1].word && p.toks[k-1].lower
}

// supportedUndertaking adds to the objects of a cue of support what the
// supported one is backed in doing: "supports the AU in implementing X"
// supports X as well.
func (p *docParse) supportedUndertaking(args []arg, objs []int, end int, keep func(*arg) bool) []int {
	if len(objs) == 0 {
		return objs
	}
	k := args[objs[len(objs)-1]].end
	if !p.isWord(k, "in") || k+2 >= end || !p.toks[k+1].word || !p.toks[k+1].lower || !hasSuffixFold(p.word(k+1), "ing") {
		return objs
	}
	for i := objs[len(objs)-1] + 1; i < len(args); i++ {
		a := &args[i]
		if a.tok >= end || a.tok > k+5 {
			break
		}
		if !a.pron && keep(a) && a.ent.kind != domain.Actor {
			return append(objs[:len(objs):len(objs)], i)
		}
	}
	return objs
}

// relativeAt returns the token of the "which" or "who" after a comma that
// opens the relative clause token k stands in, or -1: the walk back stops
// at the first comma.
func (p *docParse) relativeAt(k int) int {
	for j := k - 1; j > 0 && j >= k-maxSubject; j-- {
		if !p.toks[j].word {
			if p.toks[j].punct == ',' || p.toks[j].punct == ';' || p.toks[j].punct == '.' {
				return -1
			}
			continue
		}
		if (p.isWord(j, "which") || p.isWord(j, "who")) && p.isPunct(j-1, ',') {
			return j
		}
		if p.isWord(j, "which") && j >= 2 && p.toks[j-1].word && p.toks[j-1].flags&fPreposition != 0 && p.isPunct(j-2, ',') {
			// "the Convention, to which Ghana acceded": the clause's
			// verb takes the name through its preposition.
			return j - 1
		}
	}
	return -1
}

// listingPrepositions put names in a group a relative clause then
// describes: "Kenya is among the states that ...", "states like Kenya".
var listingPrepositions = map[string]bool{"among": true, "amongst": true, "like": true, "including": true, "with": true}

// restrictiveRelativeAt returns the "that", "which" or "who" that opens a
// restrictive relative clause right before the cue at k ("the firms that
// support X", "states which have ratified X"), after a noun rather than a
// verb of saying ("said that"), or -1.
func (p *docParse) restrictiveRelativeAt(k int) int {
	j := k - 1
	for j > 0 && p.toks[j].word && p.toks[j].flags&(fAuxiliary|fAdverb) != 0 && p.toks[j].flags&fClauseBreak == 0 {
		j--
	}
	if j < 1 || !(p.isWord(j, "that") || p.isWord(j, "which") || p.isWord(j, "who")) {
		return -1
	}
	prev := p.toks[j-1]
	if !prev.word || prev.flags&(fSays|fAuxiliary|fPreposition|fFunction|fDeterminer) != 0 || p.pastVerb(j-1) {
		return -1
	}
	return j
}

// objectRelative reads a relative clause with a subject of its own, "the
// Data Privacy Framework, which the European Commission endorsed": the
// name the clause hangs on is the cue's object, the clause's subject its
// subject. It reports whether the clause was one.
func (p *docParse) objectRelative(args []arg, r int, h cueHit, c *cue) bool {
	var obj, subj *arg
	before := r - 1 // the comma
	if p.isPunct(before-1, ')') {
		// "the Coalition for ... (C2PA), which Microsoft co-founded": past
		// the acronym in brackets.
		for k := before - 2; k > 0 && before-k <= 4; k-- {
			if p.isPunct(k, '(') {
				before = k
				break
			}
		}
	}
	before = p.dateAdjunctStart(before)
	subjIndex := -1
	for ai := range args {
		a := &args[ai]
		switch {
		case (a.end == r-1 || a.end == before) && !a.pron:
			obj = a
		case a.tok > r && a.end <= h.t0 && (!a.pron || p.weSubject(*a)) && !p.oblique(*a):
			if subj == nil {
				subj, subjIndex = a, ai
			}
		}
	}
	if obj == nil || subj == nil || p.isWord(r, "who") {
		return false
	}
	// "which Japan and the EU signed": each name of the list.
	for _, si := range p.group(args, subjIndex, 1) {
		if s := &args[si]; s.end <= h.t0 {
			if typ, ok := resolve(c.class, s.ent, obj.ent); ok {
				p.emit("relative-object", h.hedge(typ), s.ent, obj.ent, c.strength*s.conf*obj.conf)
			}
		}
	}
	return true
}

// dateAdjunctStart steps back from token k over a date adjunct that ends
// there ("in December 2022", "on 3 May"): the name before it is what a
// relative clause after k hangs on.
func (p *docParse) dateAdjunctStart(k int) int {
	j := k - 1
	for j > 0 && p.toks[j].word && (p.toks[j].flags&fMonth != 0 || isDigits(p.word(j))) {
		j--
	}
	if j < k-1 && (p.isWord(j, "in") || p.isWord(j, "on")) {
		return j
	}
	return k
}

// weSubject reports a first person that can be a clause's subject: "we",
// or "our" before a noun of the speakers ("both our countries").
func (p *docParse) weSubject(a arg) bool {
	we := false
	for k := a.tok; k < a.end; k++ {
		we = we || p.toks[k].word && p.toks[k].flags&fPronounWe != 0
	}
	if !we || !a.poss {
		return we
	}
	n := a.end
	return n < len(p.toks) && p.toks[n].word && p.toks[n].flags&(fGroupNoun|fGovernment) != 0
}

// appositionHead returns the name an apposition that ends at the cue at
// token k describes (", itself a part of", ", an agency of"), or -1.
func (p *docParse) appositionHead(args []arg, k int) int {
	j := k - 1
	if p.isWord(j, "a") || p.isWord(j, "an") {
		j--
	}
	if p.isWord(j, "itself") {
		j--
	}
	if j == k-1 || !p.isPunct(j, ',') {
		return -1 // a bare comma before the cue is a list's or a clause's
	}
	for i, a := range args {
		if a.end == j && !a.pron {
			return i
		}
	}
	return -1
}

// exampleWords open a list of examples of the noun before them, which
// stand where the noun stands: "organisations, including A and B,
// criticised X".
var exampleWords = map[string]bool{"including": true, "like": true, "as": true, "notably": true, "especially": true, "particularly": true, "namely": true}

// participleBetween reports a present participle other than "including"
// between tokens from and to.
func (p *docParse) participleBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if p.toks[k].word && p.toks[k].lower && hasSuffixFold(p.word(k), "ing") && !p.isWord(k, "including") {
			return true
		}
	}
	return false
}

// afterComma is token k, or the token after it when k is a comma.
func (p *docParse) afterComma(k int) int {
	if p.isPunct(k, ',') {
		return k + 1
	}
	return k
}

// absoluteWith reports a "with" at token k-1 that opens an absolute
// phrase whose subject ends at end: "with the US and the UK launching
// initiatives", where the names act.
func (p *docParse) absoluteWith(k, end int) bool {
	with := p.isWord(k-1, "with") || p.isWord(k-2, "with") && p.isWord(k-1, "the")
	return with && end < len(p.toks) && p.toks[end].word && p.toks[end].lower && hasSuffixFold(p.word(end), "ing")
}

// lastConjunct returns where the last conjunct before token to starts,
// after from: past the last conjunction or comma ("rejected X and announced
// cooperation": the announcing).
func (p *docParse) lastConjunct(from, to int) int {
	for k := to - 1; k > from; k-- {
		if p.isWord(k, "and") || p.isWord(k, "but") || p.isWord(k, "or") || p.isPunct(k, ',') || p.isPunct(k, ';') {
			return k
		}
	}
	return from
}

// opposingWord reports whether a cue of opposition stands between tokens
// from and to, in any form or, with gerund, only as a gerund ("combating",
// "countering", "fighting against").
func (p *docParse) opposingWord(from, to int, gerund bool) bool {
	for k := from; k < to; k++ {
		t := &p.toks[k]
		if !t.word || !t.lower || gerund && !hasSuffixFold(p.word(k), "ing") {
			continue
		}
		for _, c := range t.lex().cues {
			if _, ok := p.matchCue(c, k, to); ok && (c.class == cOppose || c.class == cBlock) {
				return true
			}
		}
	}
	return false
}

// sharedInstrument reports a known agreement or convention, which many
// parties share.
func sharedInstrument(e *entity) bool {
	return e.entry != nil && (e.subtype == "AGREEMENT" || e.subtype == "CONVENTION")
}

// ownObject reports whether a possessive pronoun ("its", "their")
// stands right before the object at o, after the cue that ends at from.
func (p *docParse) ownObject(from, o int) bool {
	for k := o - 1; k >= from && k >= o-3; k-- {
		switch strings.ToLower(p.word(k)) {
		case "its", "their", "our", "his", "her":
			return true
		case "own", "new", "first":
			continue
		}
		return false
	}
	return false
}

// ownedByOther reports an instrument, args[oi], written with the
// possessive of a name other than subject's: "the African Union's
// Strategy".
func (p *docParse) ownedByOther(args []arg, oi int, subject *entity) bool {
	for i := oi - 1; i >= 0 && args[i].end >= args[oi].tok-1; i-- {
		if a := &args[i]; a.poss && a.ent != subject {
			return true
		}
	}
	return false
}

// appositive reports whether args[i] opens an apposition to the name
// before it: "Jane Doe, (the) Kenya...".
func (p *docParse) appositive(args []arg, i int) bool {
	k := args[i].tok - 1
	if p.isWord(k, "the") || p.isWord(k, "then") {
		k-- // "Jacinda Ardern, then New Zealand's prime minister,"
	}
	// "Speaking at the IGF, Kenya's minister ...": a name after a
	// preposition closes an opener; it has no apposition.
	return i > 0 && p.isPunct(k, ',') && args[i-1].end == k && !p.oblique(args[i-1])
}

// roleConjunct reports whether cue h is a role noun ("Minister of")
// that, with any titles before it, follows "and" or "or".
func (p *docParse) roleConjunct(h cueHit) bool {
	k := h.t0
	if p.toks[k].flags&(fRole|fTitle) == 0 {
		return false
	}
	for k--; k >= 0 && p.toks[k].word && p.toks[k].cap && p.toks[k].flags&(fRole|fTitle) != 0; k-- {
	}
	return p.isWord(k, "and") || p.isWord(k, "or")
}

// companions finds the names a companion phrase after the objects adds to
// the subject: "signed X along with Chile and Ghana".
func (p *docParse) companions(args []arg, objs []int, limit int) []int {
	if len(objs) == 0 {
		return nil
	}
	k := p.adjunctsEnd(args[objs[len(objs)-1]].end, limit) // "launched X in 2020 together with A"
	if k+1 >= limit || !(p.isWord(k, "along") || p.isWord(k, "together")) || !p.isWord(k+1, "with") {
		return nil
	}
	for i := objs[len(objs)-1] + 1; i < len(args); i++ {
		if args[i].tok >= k+2 && args[i].tok <= k+3 {
			return p.group(args, i, 1)
		}
	}
	return nil
}

// subjectCompanions finds the names a companion phrase right after a
// subject adds to it, before the cue at limit: "Kenya, as well as Ghana,
// supports X", "Kenya, along with Ghana and Chile, supports X".
func (p *docParse) subjectCompanions(args []arg, from, limit int) []int {
	k := from
	if p.isPunct(k, ',') {
		k++
	}
	switch {
	case p.isWord(k, "as") && p.isWord(k+1, "well") && p.isWord(k+2, "as"):
		k += 3
	case (p.isWord(k, "along") || p.isWord(k, "together")) && p.isWord(k+1, "with"):
		k += 2
	case p.isWord(k, "alongside"):
		k++
	default:
		return nil
	}
	if p.isWord(k, "the") {
		k++
	}
	return p.actorGroupAt(args, k, limit)
}

// actorGroupAt is the list of actors whose first name starts at token k
// and ends before limit, or nil.
func (p *docParse) actorGroupAt(args []arg, k, limit int) []int {
	for i := range args {
		if a := &args[i]; a.tok == k && a.end <= limit && a.ent.kind == domain.Actor && !a.pron {
			return p.group(args, i, 1)
		}
	}
	return nil
}

// meetingPartners finds the names a subject met with between from and the
// cue at limit: "A met today with Prime Minister B on the margins of X"
// says both were at X.
func (p *docParse) meetingPartners(args []arg, from, limit int) []int {
	k := from
	if !p.isWord(k, "met") && !p.isWord(k, "meets") {
		return nil
	}
	k++
	for k < limit && (p.isWord(k, "today") || p.isWord(k, "yesterday") || p.toks[k].word && p.toks[k].flags&fAdverb != 0) {
		k++
	}
	if !p.isWord(k, "with") {
		return nil
	}
	for k++; k < limit && p.toks[k].word && p.toks[k].flags&(fDeterminer|fTitle) != 0; k++ {
	}
	return p.actorGroupAt(args, k, limit)
}

// openerCompanions finds the names an opening "Like X," or "Alongside
// X," gives the subject as companions: "Like Japan, South Korea supports
// DFFT" says it of both.
func (p *docParse) openerCompanions(args []arg, s arg) []int {
	if p.cur == nil {
		return nil
	}
	k := p.cur.t0
	switch {
	case p.isWord(k, "like") || p.isWord(k, "alongside"):
		k++
	case (p.isWord(k, "along") || p.isWord(k, "together")) && p.isWord(k+1, "with"):
		k += 2
	default:
		return nil
	}
	if p.isWord(k, "the") {
		k++
	}
	// The names up to the comma that ends the opener, before the subject.
	from := len(p.groups)
	for i := range args {
		a := &args[i]
		if a.tok < k || a.tok >= s.tok {
			continue
		}
		if a.pron || a.ent.kind != domain.Actor || !p.coordinated(k, a.tok) && a.tok != k {
			break
		}
		p.groups = append(p.groups, i)
		k = a.end
		if p.isPunct(k, ',') && !p.coordinated(k, s.tok) {
			break
		}
	}
	out := p.groups[from:len(p.groups):len(p.groups)]
	if len(out) == 0 || !p.isPunct(args[out[len(out)-1]].end, ',') {
		return nil
	}
	return out
}

// listedAfter finds the names a copula or "include" lists after the
// objects, as subjects: "the members of X are A and B", "the signatories
// of X include A, B and C".
func (p *docParse) listedAfter(args []arg, objs []int, limit int) []int {
	if len(objs) == 0 {
		return nil
	}
	k := args[objs[len(objs)-1]].end
	if k >= limit || !p.toks[k].word || p.toks[k].flags&fListsSubjects == 0 {
		return nil
	}
	for i := objs[len(objs)-1] + 1; i < len(args); i++ {
		if args[i].tok > k && args[i].tok <= k+2 && args[i].ent.kind == domain.Actor {
			return p.group(args, i, 1)
		}
	}
	return nil
}

// passive reads "O, cue S": "the workshop organised by X".
func (p *docParse) passive(args []arg, h cueHit, c *cue, end int) {
	agents := p.objects(args, h, end, nil)
	if len(agents) > 0 && p.isWord(h.t1-1, "by") {
		// The window may end at a nominal cue in the adjunct ("at its
		// launch"); the second by-phrase is still this verb's.
		agents = append(agents, p.furtherAgents(args, args[agents[len(agents)-1]].end, p.cur.t1)...)
	}
	if c.class == cLead && !h.neg {
		p.coLeaders(args, agents)
	}
	if hasSuffixFold(p.word(h.t0), "ed") && p.unnamedPatient(args, h.t0) {
		return // "a position opposed by the United States": the position, no name, is opposed
	}
	for ti := len(args) - 1; ti >= 0; ti-- {
		t := args[ti]
		if t.end > h.t0 || p.afterBy(t.tok) || p.formerName(t) {
			continue // "tabled by A and sponsored by B": A is an agent too; "X, formerly known as Y, was ...": X is
		}
		gap := p.gapOverRelative(t.end, h.t0)
		if t.poss && bidWords[strings.ToLower(p.word(t.end))] {
			return // "India's application was supported by A": the bid is backed; India and A are no partners
		}
		if p.nounAfterName(t, h.t0) {
			return // "the REAIM Summit process initiated by A": the process, which the name only qualifies
		}
		if c.class == cOppose && t.ent.kind == domain.Issue && !hasSuffixFold(c.words[0], "ed") {
			return // "signed a pact on the digital economy, a move that drew criticism from A": the move is criticised
		}
		found := false
		for _, ai := range agents {
			a := args[ai]
			if typ, ok := resolve(c.class, a.ent, t.ent); ok {
				typ = h.hedge(typ)
				conf := c.strength * a.conf * t.conf * distance(gap+a.tok-h.t1)
				p.emit("cue-passive", typ, a.ent, t.ent, conf)
				if also, ok := alsoStated(c.class, typ, a.ent, t.ent); ok {
					p.emit("cue-passive", also, a.ent, t.ent, conf)
				}
				found = true
			}
		}
		if found {
			p.dealParties(args, agents, []int{ti}, c.class)
		}
		if found || gap > maxFirstObject || h.t0-t.end <= 2 && !p.isPunct(t.end, ',') && !p.isPunct(t.end, ')') {
			// "the Paris Call and the Open RAN Policy Coalition process
			// initiated by Japan": the name next to the participle is
			// its patient, even one the cue cannot relate.
			return
		}
	}
}

// oneSidedStems begin the words of the tension cues one party does to
// another, which two parties doing it together do not do to each other:
// "which Finland and Estonia are investigating".
var oneSidedStems = []string{"su", "investigat", "prob", "sanction", "tariff", "export", "restrict", "bann", "accus", "blam", "threat",
	"retaliat", "decoupl", "legal", "proceeding", "lawsuit", "complaint"}

func oneSided(c *cue) bool {
	w := strings.ToLower(strings.TrimPrefix(c.words[0], "="))
	for _, stem := range oneSidedStems {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// directObjectAt reports a noun phrase right after a verb at token k,
// before end: a word that is no preposition, conjunction or verb.
func (p *docParse) directObjectAt(k, end int) bool {
	return k < end && p.toks[k].word && p.toks[k].flags&(fPreposition|fConnector|fListGlue|fAuxiliary|fClauseBreak|fSubordinator) == 0
}

// nounAfterName reports one or two common nouns, and nothing else,
// between a name and a cue at to, that say what else it is.
func (p *docParse) nounAfterName(name arg, to int) bool {
	from := name.end
	if to-from < 1 || to-from > 2 {
		return false
	}
	for k := from; k < to; k++ {
		t := &p.toks[k]
		if !t.word || !t.lower || t.flags&(fFunction|fDeterminer|fPreposition|fConnector|fAuxiliary|fAdverb|fClauseBreak|fVerb|fSays) != 0 || hasSuffixFold(p.word(k), "ed") {
			return false
		}
		if hw := t.lex().head; hw != nil && hw.kind == name.ent.kind {
			return false // "the G7 summit hosted by Japan": the noun names it again
		}
	}
	return true
}

// furtherAgents finds the agents a second "by" adds after an adjunct:
// "supported by A at its launch, and by B and C".
func (p *docParse) furtherAgents(args []arg, from, end int) []int {
	for k := from; k < end && k-from <= maxAdjunct; k++ {
		t := &p.toks[k]
		if t.punct == ';' || t.word && t.flags&fClauseBreak != 0 || slices.ContainsFunc(args, func(a arg) bool { return !a.pron && a.tok <= k && k < a.end }) {
			return nil // a name in between may be the agent's own ("by A at the OECD, and by B")
		}
		if !p.isWord(k, "by") || !p.isWord(k-1, "and") {
			continue
		}
		j := k + 1
		for j < end && p.toks[j].word && p.toks[j].flags&fDeterminer != 0 {
			j++
		}
		for i := range args {
			if args[i].tok == j && !args[i].pron {
				return p.group(args, i, 1)
			}
		}
		return nil
	}
	return nil
}

// maxAdjunct is how many words an adjunct between two by-phrases of one
// passive may take ("at its launch in Paris, and by").
const maxAdjunct = 8

// unnamedPatient reports a noun phrase that names nothing right before a
// passive cue at k: a determiner and one to three lower-case words.
func (p *docParse) unnamedPatient(args []arg, k int) bool {
	j, nouns := k-1, 0
	if p.isPunct(j, ',') {
		j-- // "a group of governments, led by A and B"
	}
	plain := func(j int) bool {
		return j >= 0 && p.toks[j].word && p.toks[j].lower && p.toks[j].flags&(fFunction|fDeterminer|fPreposition|fConnector|fAuxiliary|fAdverb) == 0 && !insideArg(args, j)
	}
	for plain(j) && nouns < 3 {
		j--
		nouns++
		if p.isWord(j, "of") && plain(j-1) {
			j-- // "a group of governments"
		}
	}
	if nouns > 0 && j > 0 && p.toks[j].word && p.toks[j].cap && !insideArg(args, j) && !p.toks[j].lower && j < k-1 && p.toks[j].flags&fFunction == 0 {
		return true // "the REAIM Summit process initiated by A": a name not known, whose noun is the patient
	}
	if nouns > 0 && j > 0 && p.toks[j].word && p.toks[j].flags&fPreposition != 0 && !p.isWord(j, "of") && hasSuffixFold(p.word(j+nouns), "s") {
		return true // "through use-inspired initiatives supported by A": the initiatives, no name, are backed
	}
	if nouns == 0 || j < 0 || !p.isWord(j, "a") && !p.isWord(j, "an") {
		return false
	}
	// "X is a political summit initiated by A and B": the noun phrase
	// describes the name the copula follows, which is the patient.
	// "X, also known as Y, is a treaty adopted by Z": past an apposition's
	// comma too. "X, an initiative launched by A": so does an apposition
	// (not one after a preposition's name: "a role for the ITU, a
	// position opposed by A" opposes the role).
	if p.isPunct(j-1, ',') && slices.ContainsFunc(args, func(a arg) bool { return !a.pron && a.end == j-1 && a.ent.kind != domain.Issue && !p.oblique(a) }) {
		return false
	}
	return !(p.beForm(j-1) && slices.ContainsFunc(args, func(a arg) bool { return !a.pron && (a.end == j-1 || a.end == j-2 && p.isPunct(j-2, ',')) }))
}

// coLeaders makes the two to four states or organisations that lead
// something together cooperate: "a group led by Canada and Chile", "the
// talks, co-chaired by Kenya and Norway".
func (p *docParse) coLeaders(args []arg, agents []int) {
	for _, a := range agents {
		if args[a].ent.subtype == "GOVERNMENT_BODY" {
			return // "co-chaired by the National Security Council and the Department of State": offices of the hosts
		}
	}
	p.partners(args, agents, "co-leaders")
}

// agreementAfter reports an agreement written as a common noun within a
// few words after token k ("an agreement", "a new bilateral accord", "a
// trade deal"), before end.
func (p *docParse) agreementAfter(args []arg, k, end int) bool {
	for i := k; i < end && i-k <= 3; i++ {
		t := &p.toks[i]
		if !t.word || !t.lower {
			return false
		}
		if hw := t.lex().head; hw != nil && hw.subtype == "AGREEMENT" || p.isWord(i, "deal") {
			for _, a := range args {
				if a.tok <= i && i < a.end && !p.commonNounTopic(a) {
					return false
				}
			}
			return true
		}
		if t.flags&(fPreposition|fAuxiliary) != 0 {
			return false
		}
	}
	return false
}

// partners makes two to four states or organisations that act together
// cooperate, pair by pair; rule names the construction.
func (p *docParse) partners(args []arg, agents []int, rule string) {
	if len(agents) < 2 || len(agents) > 4 {
		return
	}
	for _, a := range agents {
		if e := args[a].ent; args[a].pron || e.kind != domain.Actor || e.subtype == "PERSON" {
			return
		}
	}
	for i, a := range agents {
		for _, b := range agents[i+1:] {
			if typ, ok := resolve(cCooperate, args[a].ent, args[b].ent); ok {
				p.emit(rule, typ, args[a].ent, args[b].ent, 0.6*args[a].conf*args[b].conf)
			}
		}
	}
}

// listings reads an addition to a list of restricted entities, "the US
// added Huawei to the Entity List", "the addition of 69 entities,
// including Huawei, to the BIS Entity List": whoever keeps the list wrote
// it, and whoever keeps it or adds to it opposes those added.
func (p *docParse) listings(st *sentence, args []arg) {
	for k := st.t0; k < st.t1; k++ {
		if !p.toks[k].word || !addingWords[strings.ToLower(p.word(k))] {
			continue
		}
		// The list: a name ending in "List" a few words after "to".
		list, to := -1, -1
		for i := range args {
			a := &args[i]
			if a.tok <= k || a.tok-k > maxListing {
				continue
			}
			if a.ent.kind == domain.Treaty && !a.pron && strings.HasSuffix(a.ent.name, " List") {
				for t := a.tok - 1; t > k && t >= a.tok-maxListOwner; t-- {
					if p.isWord(t, "to") {
						list, to = i, t
						break
					}
				}
				break
			}
		}
		if list < 0 {
			continue
		}
		var keeper *arg
		for i := range args {
			if a := &args[i]; a.tok > to && a.end <= args[list].tok && a.ent.kind == domain.Actor && a.ent.subtype != "PERSON" && !a.pron {
				keeper = a // "the US Bureau of Industry and Security (BIS) Entity List"
			}
		}
		var agent *arg
		if p.toks[k].flags&fVerb != 0 || hasSuffixFold(p.word(k), "ed") || hasSuffixFold(p.word(k), "s") {
			for i := range args {
				if a := &args[i]; a.end <= k && k-a.end <= maxSubject && a.ent.kind == domain.Actor && !a.pron && !p.oblique(*a) {
					agent = a
				}
			}
		}
		list0 := args[list]
		if keeper != nil {
			p.emit("listing", domain.Authored, keeper.ent, list0.ent, 0.6*keeper.conf*list0.conf)
		}
		for i := range args {
			t := &args[i]
			if t.tok <= k || t.end > to || t.ent.kind != domain.Actor || t.pron {
				continue
			}
			for _, by := range []*arg{keeper, agent} {
				if by != nil && by.ent != t.ent {
					p.emit("listing", domain.Opposes, by.ent, t.ent, 0.6*by.conf*t.conf)
				}
			}
		}
	}
}

// addingWords add names to a list.
var addingWords = map[string]bool{"add": true, "adds": true, "added": true, "adding": true, "addition": true}

// maxListing is how far after "added" the list may be named, and
// maxListOwner how far after "to": "to the US Bureau of Industry and
// Security (BIS) Entity List".
const (
	maxListing   = 30
	maxListOwner = 14
)

// beforeFrom keeps the objects of a ban that stand before its "from":
// "banned Micron chips from critical infrastructure" bans the chips, and
// the infrastructure is where from.
func (p *docParse) beforeFrom(args []arg, objs []int, from int) []int {
	for k, oi := range objs {
		for t := from + 1; t < args[oi].tok; t++ {
			if p.isWord(t, "from") {
				return objs[:k]
			}
		}
	}
	return objs
}

// partiesBetween reads "the memorandum of understanding between Kenya
// and Estonia", "the Agreement (DEPA) between A, B and C": those named are
// its parties, and partners.
func (p *docParse) partiesBetween(args []arg) {
	for i := 0; i+1 < len(args); i++ {
		t := args[i]
		k, next := t.end, i+1
		if p.isPunct(k, '(') && args[next].ent == t.ent && p.isPunct(args[next].end, ')') && next+1 < len(args) {
			k, next = args[next].end+1, next+1 // its acronym in brackets
		}
		if t.pron || t.ent.kind != domain.Treaty || !p.isWord(k, "between") || args[next].tok != k+1 && !(args[next].tok == k+2 && p.isWord(k+1, "the")) {
			continue
		}
		pair := p.group(args, next, 1)
		if len(pair) < 2 || len(pair) > 4 {
			continue
		}
		p.partners(args, pair, "treaty-between")
		for _, a := range pair {
			if typ, ok := resolve(cParty, args[a].ent, t.ent); ok && args[a].ent.kind == domain.Actor && !args[a].pron {
				p.emit("treaty-between", typ, args[a].ent, t.ent, 0.6*args[a].conf*t.conf)
			}
		}
	}
}

// dealParties makes the two to four parties of an unnamed agreement ("the
// trilateral agreement reached by A, B and C", "A and B signed a memorandum
// of understanding", "A signed a memorandum of understanding with B")
// cooperate: a named treaty's parties need not.
func (p *docParse) dealParties(args []arg, parties, objs []int, c cueClass) {
	if c != cParty && c != cCommit && c != cAdopt || len(parties) > 4 {
		return
	}
	for _, oi := range objs {
		o := args[oi].ent
		if o.subtype != "AGREEMENT" {
			continue
		}
		if !o.unnamed {
			// "The EU and Japan signed an Economic Partnership
			// Agreement": two who sign an agreement together are partners.
			if len(parties) == 2 && args[parties[0]].ent.kind == domain.Actor && args[parties[1]].ent.kind == domain.Actor {
				if typ, ok := resolve(cCooperate, args[parties[0]].ent, args[parties[1]].ent); ok {
					p.emit("deal-parties", typ, args[parties[0]].ent, args[parties[1]].ent, 0.6*args[parties[0]].conf*args[parties[1]].conf)
				}
			}
			continue
		}
		partners := p.agreementPartners(args, oi)
		for _, b := range partners {
			if typ, ok := resolve(cParty, args[b].ent, o); ok {
				p.emit("deal-parties", typ, args[b].ent, o, 0.6*args[b].conf)
			}
		}
		parties := append(parties[:len(parties):len(parties)], partners...)
		if len(parties) < 2 {
			continue
		}
		for i, a := range parties {
			for _, b := range parties[i+1:] {
				if args[a].ent.kind != domain.Actor || args[b].ent.kind != domain.Actor {
					continue
				}
				if typ, ok := resolve(cCooperate, args[a].ent, args[b].ent); ok {
					p.emit("deal-parties", typ, args[a].ent, args[b].ent, 0.6*args[a].conf*args[b].conf)
				}
			}
		}
	}
}

// agreementPartners are the parties named after an agreement with "with":
// "a memorandum of understanding with India and Japan".
func (p *docParse) agreementPartners(args []arg, oi int) []int {
	k := args[oi].end
	if !p.isWord(k, "with") {
		return nil
	}
	k++
	for k < len(p.toks) && p.toks[k].word && p.toks[k].flags&fDeterminer != 0 {
		k++
	}
	for j := oi + 1; j < len(args); j++ {
		if args[j].tok == k {
			return p.group(args, j, 1)
		}
	}
	return nil
}

// verbObject reports whether the name at token k is the object of a verb
// right before it ("signed the X", "told Reuters"): a verb of saying
// other than "told" puts its speaker after it ("said Kenya's envoy").
func (p *docParse) verbObject(k int) bool {
	k--
	for k >= 0 && p.toks[k].word && p.toks[k].flags&fDeterminer != 0 {
		k--
	}
	if k < 0 || !p.toks[k].word || !p.toks[k].lower || p.toks[k].flags&(fPreposition|fAuxiliary|fFunction|fListGlue|fClauseBreak|fConnector) != 0 {
		return false
	}
	w := strings.ToLower(p.word(k))
	if p.toks[k].flags&fSays != 0 {
		return w == "told" || w == "tells" || w == "tell"
	}
	return p.pastVerb(k) || p.verbLike(k)
}

// comprisingMembers reads a forum's members in an apposition: "the Quad,
// comprising Australia, India, Japan and the United States", "the G7,
// which consists of ...".
func (p *docParse) comprisingMembers(args []arg) {
	for i := range args {
		f := args[i]
		k := f.end
		if f.ent.kind != domain.Forum || len(f.ent.members) > 0 {
			continue
		}
		if p.dashMembers(args, i) {
			continue
		}
		if p.isPunct(k, ',') {
			if f.pron {
				continue
			}
			k++
			if p.isWord(k, "which") {
				k++
			}
			if k >= len(p.toks) || !p.toks[k].word || p.toks[k].flags&fComprises == 0 {
				continue
			}
		} else {
			// "BRICS now includes Egypt and Ethiopia": the verb after the
			// forum, perhaps after an adverb.
			if k < len(p.toks) && p.toks[k].word && p.toks[k].flags&fAdverb != 0 {
				k++
			}
			if !p.isWord(k, "includes") && !p.isWord(k, "included") && !p.isWord(k, "include") && !p.isWord(k, "comprises") && !p.isWord(k, "comprised") {
				continue
			}
		}
		for j := k + 1; j+1 < len(p.toks) && j <= k+5 && p.toks[j].word && p.toks[j].lower; j++ {
			if p.isWord(j, "such") && p.isWord(j+1, "as") {
				k = j + 1 // "includes civil society organisations such as A and B"
				break
			}
		}
		for j := i + 1; j < len(args) && args[j].tok <= k+4; j++ {
			if args[j].ent.kind != domain.Actor || args[j].tok <= k {
				continue
			}
			for _, m := range p.group(args, j, 1) {
				if typ, ok := resolve(cMember, args[m].ent, f.ent); ok {
					p.emit("comprising", typ, args[m].ent, f.ent, 0.7*args[m].conf*f.conf)
				}
			}
			break
		}
	}
}

// dashMembers reads a group's members set off after it by dashes or in
// brackets, "the Quad — Australia, India, Japan and the United States —",
// "the G7 (Canada, France, ...)": a list of two states or more that the
// closing mark ends.
func (p *docParse) dashMembers(args []arg, i int) bool {
	f := args[i]
	open := f.end
	if open >= len(p.toks) || !(p.isPunct(open, '—') || p.isPunct(open, '–') || p.isPunct(open, '(')) || i+1 >= len(args) {
		return false
	}
	j := i + 1
	if first := args[j].tok; first != open+1 && !(first == open+2 && p.isWord(open+1, "the")) || !polity(args[j].ent) || args[j].pron {
		return false
	}
	members := p.group(args, j, 1)
	closing := args[members[len(members)-1]].end
	if len(members) < 2 || closing >= len(p.toks) || !(p.isPunct(closing, p.toks[open].punct) || p.isPunct(open, '(') && p.isPunct(closing, ')')) {
		return false
	}
	for _, m := range members {
		if typ, ok := resolve(cMember, args[m].ent, f.ent); ok && polity(args[m].ent) {
			p.emit("comprising", typ, args[m].ent, f.ent, 0.7*args[m].conf*f.conf)
		}
	}
	return true
}

// exemplifiedMembers reads members given as examples: "member states of
// the European Union, including France and Germany", "EU member states
// such as France".
func (p *docParse) exemplifiedMembers(args []arg) {
	for i := range args {
		f := &args[i]
		if f.pron || f.ent.kind != domain.Forum && f.ent.subtype != "REGIONAL_BLOC" {
			continue
		}
		k := p.beforeName(f.tok)
		var after int // where the examples' introduction starts
		switch {
		case p.isWord(k, "of") && (p.isWord(k-1, "members") || p.memberNounAt(k-1) && p.isWord(k-2, "member")):
			after = f.end // "member states of the EU, including ..."
		case p.isWord(f.end, "members") || p.isWord(f.end, "member") && p.memberNounAt(f.end+1):
			after = f.end + 1 // "EU member states such as ..."
			if p.isWord(f.end, "member") {
				after++
			}
		default:
			continue
		}
		if p.isPunct(after, ',') {
			after++
		}
		switch {
		case p.isWord(after, "including"):
			after++
		case p.isWord(after, "such") && p.isWord(after+1, "as"):
			after += 2
		default:
			continue
		}
		for j := i + 1; j < len(args); j++ {
			a := &args[j]
			if a.tok < after {
				continue
			}
			if a.tok > after+1 || a.pron || !polity(a.ent) {
				break
			}
			for _, m := range p.group(args, j, 1) {
				if typ, ok := resolve(cMember, args[m].ent, f.ent); ok && polity(args[m].ent) {
					p.emit("members-exemplified", typ, args[m].ent, f.ent, 0.7*args[m].conf)
				}
			}
			break
		}
	}
}

// memberNounAt reports a noun of memberNouns at token k.
func (p *docParse) memberNounAt(k int) bool {
	return k >= 0 && k < len(p.toks) && p.toks[k].word && memberNouns[strings.ToLower(p.word(k))]
}

// memberNouns name the members of a group after it ("the Quad's members
// are ...", "its member states include ..."); countWords count them ("its
// nine – A, B, ...").
var (
	memberNouns = map[string]bool{"members": true, "states": true, "countries": true, "nations": true,
		"economies": true, "governments": true, "signatories": true, "parties": true, "participants": true}
	memberQualifiers = map[string]bool{"founding": true, "original": true, "current": true, "full": true, "permanent": true}
	countWords       = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
		"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "fifteen": true, "twenty": true}
)

// ownersMembers reads a group's members listed after the group in the
// possessive, or after "its"/"their" for the forum named last: "the
// Quad's members are A, B, C and D", "Its nine – A, B, ...", "their
// member states include A and B".
func (p *docParse) ownersMembers(st *sentence, args []arg) {
	for k := st.t0; k < st.t1; k++ {
		var owner *entity
		bare := false // "Members include A and B": the forum spoken of last
		switch {
		case k == st.t0 && (p.isWord(k, "its") || p.isWord(k, "their")):
			// "The GFCE was established as a result of the London Process.
			// Its founding members ...": the sentence before is about
			// what it opened with.
			if owner = p.previousOpening(st); owner == nil {
				owner = p.memberHolderBefore(p.toks[k].s)
			}
		case p.isWord(k, "its") || p.isWord(k, "their"):
			// "The GAC advises the ICANN Board; its members include
			// ...": after a semicolon "its" is the clause subject's.
			if owner = p.clauseOpeningForum(st, args, k); owner == nil {
				owner = p.memberHolderBefore(p.toks[k].s)
			}
		case (k == st.t0 || k == st.t0+1 && p.isWord(st.t0, "the")) && p.toks[k].word && (memberNouns[strings.ToLower(p.word(k))] ||
			memberQualifiers[strings.ToLower(p.word(k))] && k+1 < st.t1 && memberNouns[strings.ToLower(p.word(k+1))]):
			// "Members include A", "The founding members were A".
			owner, bare = p.titleForum, true // the forum the text is about, else the last one named
			if owner == nil {
				owner = p.memberHolderBefore(p.toks[k].s)
			}
			if p.isPunct(k+1, ':') && (p.isWord(k, "signatories") || p.isWord(k, "signed")) {
				// "Signatories: A, B": a signature block signs the
				// document itself, whatever forum it named last.
				owner = nil
				if p.selfDoc != nil && p.selfDoc.kind == domain.Treaty {
					owner = p.selfDoc
				}
			}
		case p.isWord(k, "whose") && p.isPunct(k-1, ','):
			// "the Coalition, whose members include A and B"
			for i := range args {
				if a := &args[i]; a.end == k-1 && !a.pron && (a.ent.kind == domain.Forum || a.ent.kind == domain.Treaty) {
					owner = a.ent
				}
			}
		case p.isWord(k, "has") || p.isWord(k, "have") || p.isWord(k, "had"):
			// "The committee has more than 180 members, including A, B"
			for i := range args {
				if a := &args[i]; a.end == k && !a.poss && a.ent.kind == domain.Forum {
					owner = a.ent
				}
			}
		default:
			for i := range args {
				if a := &args[i]; a.end == k+1 && a.poss && !a.pron && (a.ent.kind == domain.Forum || a.ent.kind == domain.Treaty) {
					owner = a.ent // its last token, k, holds the possessive
				}
			}
		}
		if owner == nil {
			continue
		}
		j := k + 1
		if bare {
			j = k
		}
		if j >= st.t1 {
			continue
		}
		for p.isWord(j, "more") && p.isWord(j+1, "than") || p.isWord(j, "over") || p.isWord(j, "nearly") || p.isWord(j, "about") || p.isWord(j, "some") {
			if p.isWord(j, "more") {
				j++
			}
			j++ // "more than 180 members"
		}
		if j >= st.t1 {
			continue
		}
		counted := p.toks[j].num || p.toks[j].word && countWords[strings.ToLower(p.word(j))]
		if counted {
			j++
		}
		if memberQualifiers[strings.ToLower(p.word(j))] {
			j++ // "Its founding members included ..."
		}
		if p.isWord(j, "member") {
			j++
		}
		named := j < st.t1 && p.toks[j].word && memberNouns[strings.ToLower(p.word(j))]
		if named {
			j++
		}
		if !counted && !named {
			continue
		}
		switch {
		case p.isWord(j, "are") || p.isWord(j, "were") || p.isWord(j, "include") || p.isWord(j, "includes") || p.isWord(j, "included") ||
			p.isWord(j, "comprise"):
		case p.isPunct(j, ':') || p.isPunct(j, '–') || p.isPunct(j, '—') || p.isPunct(j, '(') || p.isPunct(j, '-') || p.isPunct(j, ',') && p.isWord(j+1, "including"):
		default:
			continue
		}
		for i := range args {
			if a := &args[i]; a.tok > j && a.tok <= j+2 && a.ent.kind == domain.Actor && !a.pron {
				for _, m := range p.group(args, i, 1) {
					if typ, ok := resolve(cMember, args[m].ent, owner); ok {
						p.emit("owners-members", typ, args[m].ent, owner, 0.7*args[m].conf)
					}
				}
				break
			}
		}
	}
}

// previousOpening is the forum or instrument the sentence before st opens
// with, or nil.
func (p *docParse) previousOpening(st *sentence) *entity {
	si := p.sentenceAt(st.start) - 1
	if si < 0 {
		return nil
	}
	prev := &p.sents[si]
	for j := range p.args {
		a := &p.args[j]
		if a.e <= prev.start || a.tok < prev.t0 {
			continue
		}
		if a.tok > prev.t0+1 || a.tok == prev.t0+1 && !p.isWord(prev.t0, "the") {
			return nil
		}
		if a.ent.kind == domain.Forum || a.ent.kind == domain.Treaty {
			return a.ent
		}
		return nil
	}
	return nil
}

// forumBefore is the forum or instrument last named before byte offset
// at, in this sentence or the one before: what "its" or "their" stands
// for in "Its members are ...".
func (p *docParse) forumBefore(at int) *entity {
	return p.namedBefore(at, domain.Forum, domain.Treaty)
}

// eventBefore is the meeting named last before byte offset at, within a
// few paragraphs, or nil.
func (p *docParse) eventBefore(at int) *entity {
	for a := range p.argsBefore(at, 400) {
		if !a.pron && a.ent.kind == domain.Forum && a.ent.subtype == "EVENT" {
			return a.ent
		}
	}
	return nil
}

// clauseOpeningForum is the forum that opens the sentence when "its" at
// token k opens a clause after a semicolon, or nil.
func (p *docParse) clauseOpeningForum(st *sentence, args []arg, k int) *entity {
	if !p.isPunct(k-1, ';') {
		return nil
	}
	for i := range args {
		a := &args[i]
		if a.tok == st.t0 || a.tok == st.t0+1 && p.isWord(st.t0, "the") {
			if !a.pron && a.ent.kind == domain.Forum && a.ent.subtype != "EVENT" {
				return a.ent
			}
		}
	}
	return nil
}

// instrumentBefore is the instrument named or referred to before byte
// offset at, within a few paragraphs: the one named most often there, the
// latest of those; nil if none. In "Sixty countries signed the UN
// Convention ... [an aside on the Budapest Convention] ... The EU also
// signed." the story's convention is meant.
func (p *docParse) instrumentBefore(at int) *entity {
	var tally mentionTally // in order of recency
	for a := range p.argsBefore(at, 1500) {
		if a.ent.kind == domain.Treaty && len(a.ent.members) == 0 {
			tally.add(a.ent)
		}
	}
	return tally.over(nil)
}

// memberHolderBefore is the group whose members a sentence lists: the
// forum or instrument last named before byte offset at, passing over
// meetings ("It was founded at the Freedom Online Conference. Members
// include ...": a conference has participants, not members), else the
// forum the text is about.
func (p *docParse) memberHolderBefore(at int) *entity {
	for a := range p.argsBefore(at, 400) {
		if !a.pron && (a.ent.kind == domain.Forum && a.ent.subtype != "EVENT" || a.ent.kind == domain.Treaty) {
			return a.ent
		}
	}
	return p.mainForum
}

// namedBefore is the entity of one of the kinds given last named before
// byte offset at, within about two sentences, or nil.
func (p *docParse) namedBefore(at int, kinds ...domain.Kind) *entity {
	for a := range p.argsBefore(at, 400) {
		if !a.pron && slices.Contains(kinds, a.ent.kind) {
			return a.ent
		}
	}
	return nil
}

// infinitiveBetween reports whether "to" and a verb stand between tokens
// from and to: a clause of its own begins there.
func (p *docParse) infinitiveBetween(from, to int) bool {
	for k := from; k+1 < to; k++ {
		if p.isWord(k, "to") && p.toks[k+1].word && p.toks[k+1].lower && p.toks[k+1].flags&(fDeterminer|fFunction) == 0 {
			return true
		}
	}
	return false
}

// afterBy reports whether "by", with any determiners, stands before token k.
func (p *docParse) afterBy(k int) bool {
	k--
	for k >= 0 && p.toks[k].word && p.toks[k].flags&fDeterminer != 0 {
		k--
	}
	return p.isWord(k, "by")
}

// gapOverRelative is the distance in tokens from a name ending at from to
// the cue at to, not counting a relative clause set off by commas between
// them: in "The treaty, which entered into force in 2004, has been ratified
// by A" the treaty stands next to its verb.
func (p *docParse) gapOverRelative(from, to int) int {
	if !p.isPunct(from, ',') || !(p.isWord(from+1, "which") || p.isWord(from+1, "who")) {
		return to - from
	}
	for k := from + 2; k < to; k++ {
		if p.isPunct(k, ',') {
			return to - (k + 1)
		}
	}
	return to - from
}

// group returns the arguments coordinated with args[i] ("X, Y and Z"),
// walking in direction dir.
//
// The indexes live in p.groups, which relations empties for each sentence:
// a group is read within the sentence it was found in, and its capacity is
// clipped so that appending to it copies.
func (p *docParse) group(args []arg, i, dir int) []int {
	from := len(p.groups)
	if h := p.possRoleHolder(args, i); dir > 0 && h > i {
		i = h // "signed by Singapore's Foreign Minister B and ...": B is the member
	}
	p.groups = append(p.groups, i)
	// A member may be modified by a name right before it ("the U.S.
	// Federal Communications Commission"): the modifier is no member.
	if dir > 0 {
		for cur, n := i, i+1; n < len(args); n = cur + 1 {
			if p.ofState(args[cur], args[n]) && n+1 < len(args) && p.coordinated(args[n].end, args[n+1].tok) {
				// "the Ministry of X of Japan and the Ministry of Y of
				// Kenya": the state completes the member's name.
				cur, n = n, n+1
			}
			if !p.coordinated(args[cur].end, args[n].tok) && !p.acronymOf(args[cur], args[n]) || p.officeApposition(args, n) {
				break
			}
			for n+1 < len(args) && args[n+1].tok == args[n].end {
				n++
			}
			if h := p.possRoleHolder(args, n); h > n {
				n = h // "chaired by A and Singapore's Minister for Foreign Affairs B": B is the member
			}
			p.groups = append(p.groups, n)
			cur = n
		}
	} else {
		cur, n := i, i-1
		for n >= 0 && args[n].end == args[cur].tok {
			n-- // a modifier of the first member
		}
		if n >= 0 && p.possRoleHolder(args, n) == cur {
			n-- // "A and Singapore's Foreign Minister B": past B's state
		}
		for n >= 0 && !p.officeApposition(args, cur) {
			start := args[cur].tok
			if n+1 < cur {
				start = args[n+1].tok
			}
			if !p.coordinated(args[n].end, start) && !p.acronymOf(args[n], args[cur]) {
				break
			}
			// "After talks with Ghana, Kenya signed X": a name after a
			// preposition, parted by a comma alone, ends an opener.
			if cur == i && p.oblique(args[n]) && !p.joinedByWord(args[n].end, start) {
				break
			}
			p.groups = append(p.groups, n)
			cur, n = n, n-1
			for n >= 0 && args[n].end == args[cur].tok {
				n--
			}
			if n >= 0 && p.possRoleHolder(args, n) == cur {
				n--
			}
		}
	}
	return p.groups[from:len(p.groups):len(p.groups)]
}

// possRoleHolder returns the person who holds the role an owner in the
// possessive at args[i] opens ("Singapore's Minister for Foreign Affairs
// Vivian Balakrishnan", "US Secretary of State Antony Blinken"), or -1.
func (p *docParse) possRoleHolder(args []arg, i int) int {
	o := args[i]
	// "US Secretary of State Antony Blinken": a state's name before its
	// role serves as its possessive.
	owned := o.poss || polity(o.ent) && o.end < len(p.toks) && p.toks[o.end].flags&(fRole|fTitle) != 0
	if !owned || o.pron || o.ent.subtype == "PERSON" || i+1 >= len(args) {
		return -1
	}
	j := i + 1
	for j < len(args) && args[j].ent.kind == domain.Issue && p.officeField(args[j].tok) {
		j++ // "Minister of Digital Transformation": the field is the office's
	}
	if j >= len(args) || args[j].ent.subtype != "PERSON" || args[j].pron || args[j].tok-o.end > 8 {
		return -1
	}
	role := false
	for k := o.end; k < args[j].tok; k++ {
		t := &p.toks[k]
		switch {
		case t.word && t.flags&(fRole|fTitle) != 0:
			role = true
		case t.word && (t.cap || p.isWord(k, "of") || p.isWord(k, "for")):
		default:
			return -1
		}
	}
	if !role {
		return -1
	}
	return j
}

// ofState reports a state that completes a body's name after "of":
// "the Ministry of Internal Affairs and Communications of Japan".
func (p *docParse) ofState(body, state arg) bool {
	k := body.end
	if !p.isWord(k, "of") || body.ent.subtype != "GOVERNMENT_BODY" || !polity(state.ent) {
		return false
	}
	return state.tok == k+1 || state.tok == k+2 && p.isWord(k+1, "the")
}

// officeApposition reports an office set off after a person's name,
// "António Guterres, the UN Secretary-General,": the person's office, no
// second member of a list.
func (p *docParse) officeApposition(args []arg, i int) bool {
	if i == 0 || i >= len(args) {
		return false
	}
	a := args[i]
	return args[i-1].ent.subtype == "PERSON" && !args[i-1].pron && !a.pron && a.ent.subtype != "PERSON" &&
		p.toks[a.end-1].flags&(fRole|fTitle) != 0 && p.appositive(args, i)
}

// clauseVerbAt reports a verb or auxiliary at token k that a subject
// before it governs: "is", "has", "said", "signed".
func (p *docParse) clauseVerbAt(k int) bool {
	if k >= len(p.toks) || !p.toks[k].word || !p.toks[k].lower {
		return false
	}
	switch strings.ToLower(p.word(k)) {
	case "as", "itself", "themselves":
		return false // auxiliaries to the lexicon, no verbs
	}
	return p.toks[k].flags&(fAuxiliary|fVerb|fHedge) != 0 && p.toks[k].flags&fClauseBreak == 0 || p.pastVerb(k)
}

// joinedByWord reports whether a word ("and", "or") joins the names
// between tokens from and to, not punctuation alone.
func (p *docParse) joinedByWord(from, to int) bool {
	for k := from; k < to; k++ {
		if p.isWord(k, "and") || p.isWord(k, "or") {
			return true
		}
	}
	return false
}

// coordinated reports whether only list glue (commas, "and", "the") lies
// between tokens from and to; names side by side ("U.S. DoD’s Unit") are
// one modifying the other, not a list. The bracket that closes a name's
// acronym may open the glue ("the Department of Defense (DoD) and ...").
func (p *docParse) coordinated(from, to int) bool {
	if to > from+4 && to <= from+8 {
		return p.examplesGlue(from, to)
	}
	if to <= from || to-from > 4 {
		return false
	}
	for k := from; k < to; k++ {
		t := &p.toks[k]
		if t.word {
			// "President A and Prime Minister B": the second member's
			// title stands between.
			if t.flags&fListGlue != 0 || t.cap && t.flags&fTitle != 0 && k > from {
				continue
			}
			return false
		}
		if t.punct != ',' && t.punct != '&' && !(t.punct == ')' && k == from) {
			return false
		}
	}
	return true
}

// examplesGlue reports a list's last member given by examples between
// tokens from and to: "A, B and technical bodies such as C and D" lists
// A, B, C and D.
func (p *docParse) examplesGlue(from, to int) bool {
	k := from
	if p.isPunct(k, ',') {
		k++
	}
	if p.isWord(to-1, "the") {
		to--
	}
	if !p.isWord(k, "and") && !p.isWord(k, "or") || !p.isWord(to-2, "such") || !p.isWord(to-1, "as") {
		return false
	}
	for k++; k < to-2; k++ {
		if t := &p.toks[k]; !t.word || !t.lower || t.flags&(fFunction|fPreposition|fAuxiliary|fVerb) != 0 {
			return false
		}
	}
	return true
}

// acronymOf reports whether b is a's own acronym in brackets right after
// it: "the Department of Defense (DoD)".
func (p *docParse) acronymOf(a, b arg) bool {
	return a.ent == b.ent && b.tok == a.end+1 && p.isPunct(a.end, '(')
}

// symmetric reads cooperation and tension, which join actors pairwise:
// "X and Y cooperate", "cooperation between X and Y", "X's rivalry with Y",
// "cooperation of X and Y with Z". Issues after the cue are what the
// actors engage on ("cooperate on data protection").
// toParty reports a name at k that "to" or "against" introduces, as the
// party a measure on goods is aimed at: "export controls on AI chips to
// China".
func (p *docParse) toParty(k int) bool {
	b := p.beforeName(k)
	return p.isWord(b, "to") || p.isWord(b, "against")
}

func (p *docParse) symmetric(args []arg, h cueHit, c *cue, end int) {
	var left []int
	g := h.t0 - 1
	for g > 0 && h.t0-g <= 3 && p.toks[g].word && p.toks[g].lower && !hasSuffixFold(p.word(g), "ing") {
		g-- // "escalating a technology war with C": past the object's first words
	}
	if g > 0 && p.cur != nil && p.isPunct(g-1, ',') && p.toks[g].lower && hasSuffixFold(p.word(g), "ing") {
		// "A imposed controls on B, escalating tensions with C": the
		// participle's subject is the clause's.
		left = p.subject(args, clause{p.cur.t0, g - 1})
	} else if k := p.adjunctStart(h.t0); k > 0 && p.cur != nil {
		// "A blocked B after a border clash with C", "amid tensions
		// with C": the clause's subject is the party, not its object.
		left = p.subject(args, clause{p.cur.t0, k})
	} else if p.cur != nil && p.coordinatedVerb(h.t0) {
		// "A and B support X, and will work together in C": the second
		// verb phrase shares the first one's subject.
		left = p.subject(args, clause{p.cur.t0, h.t0})
	}
	for i := len(args) - 1; i >= 0 && left == nil; i-- {
		if args[i].end <= h.t0 && h.t0-args[i].end > maxPartner && !args[i].pron {
			break
		}
		if args[i].end <= h.t0 && args[i].ent.kind == domain.Actor && !p.oblique(args[i]) && !(p.attributive(args, i) && !p.verbLike(args[i].end)) {
			if p.opposingWord(p.lastConjunct(args[i].end, h.t0), h.t0, false) {
				// "A and B criticised the process for limited
				// consultation", "A and B condemned the sanctions": the
				// cooperation or the quarrel is what they fault.
				return
			}
			grp := p.group(args, i, -1)
			if first := grp[len(grp)-1]; p.isPunct(args[i].end, ',') && (p.agentOfParticiple(args[first]) || p.participleOpening(args[first].tok) >= 0) {
				// "The declaration, adopted by A, B and C, calls for
				// cooperation on X": the list is the participle's agent,
				// and the subject stands before it.
				i = first
				continue
			}
			left = grp
			break
		}
	}
	if left == nil && p.cur != nil && p.cur.t0 < h.t0 {
		// "Chile, a member of X, signed an agreement with Korea": past an
		// apposition, the clause's subject is the partner on the left.
		subj := p.subject(args, clause{p.cur.t0, h.t0})
		closing := -1 // the comma that closes the apposition
		for k := h.t0 - 1; k > 0 && h.t0-k <= maxPartner && closing < 0; k-- {
			if p.isPunct(k, ',') {
				closing = k
			}
		}
		for _, si := range subj {
			if a := args[si]; a.ent.kind == domain.Actor && p.isPunct(a.end, ',') && closing > a.end {
				left = append(left, si)
			}
		}
	}
	party := func(i int) bool {
		k := args[i].ent.kind
		return (k == domain.Actor || k == domain.Forum && c.class == cCooperate) && !p.attributive(args, i)
	}
	k := h.t1
	for k < end && p.toks[k].word && p.toks[k].flags&fAdverb != 0 {
		k++
	}
	first := -1
	for i, a := range args {
		// "between the U.S. National Institute ... and ...": the list
		// starts at the name the state's name modifies.
		if a.tok >= k && a.tok < end && a.tok-k <= 8 && party(i) && !(i+1 < len(args) && args[i+1].tok == a.end) {
			if p.quoteClosesBetween(k, a.tok) {
				break // "'We want to be partners with everybody,' Minister X told reporters": the speaker
			}
			first = i
			break
		}
	}
	if c.words[len(c.words)-1] == "on" && (first < 0 || args[first].tok-k > 1 && !p.isWord(k, "the") && !p.toParty(args[first].tok)) {
		return // "export controls on equipment destined for China": what the controls are on names no party
	}
	if first >= 0 && (p.infinitiveBetween(k, args[first].tok) || p.andVerbBetween(args, k, args[first].tok)) {
		// "urged its allies to exclude Chinese vendors": the vendors are
		// no allies; "will coordinate implementation and report to the
		// Ministry": the ministry is the second verb's.
		first = -1
	}
	var right, with []int
	if first >= 0 {
		right = p.group(args, first, 1)
		last := args[right[len(right)-1]]
		if p.isWord(last.end, "with") {
			for i := right[len(right)-1] + 1; i < len(args); i++ {
				if args[i].tok <= last.end+3 && party(i) {
					with = p.group(args, i, 1)
					break
				}
			}
		}
	}
	if len(left) == 0 && len(right) > 0 && (p.isWord(h.t0-1, "its") || p.isWord(h.t0-1, "their")) {
		// "The EU has taken a different path. Its agreements with Japan
		// and the UK ...": the owner named before makes them.
		if owner := p.polityBefore(p.toks[h.t0-1].s, false); owner != nil {
			for _, r := range right {
				p.relate("cue-symmetric", c.class, owner, args[r].ent, c.strength*args[r].conf*0.8)
			}
		}
	}
	var pairs [][2]int
	cross := func(a, b []int) {
		for _, x := range a {
			for _, y := range b {
				pairs = append(pairs, [2]int{x, y})
			}
		}
	}
	within := func(a []int) {
		for i := range a {
			for j := i + 1; j < len(a); j++ {
				pairs = append(pairs, [2]int{a[i], a[j]})
			}
		}
	}
	lastWord := strings.ToLower(p.word(h.t1 - 1))
	between := p.isWord(k, "between") || p.isWord(k, "among") || p.isWord(k, "of") || lastWord == "between" || lastWord == "among"
	switch {
	case len(with) > 0:
		cross(right, with)
	case between && len(right) >= 2:
		within(right)
	case len(left) > 0 && len(right) > 0 && !between:
		cross(left, right)
		if !slices.ContainsFunc(right, func(i int) bool { return args[i].ent.kind == domain.Actor }) {
			// "A and B co-host the IGF": taking part in a forum
			// together, the two work together too.
			within(left)
		}
	case len(left) >= 2 && !(c.class == cTension && (p.toks[h.t1-1].flags&fPreposition == 0 && p.directObjectAt(k, end) || oneSided(c))):
		// "A and B clashed over X" is a quarrel between the two; "A and
		// B threaten international peace" is none.
		within(left)
	}
	if len(pairs) == 0 && len(left) == 1 && len(right) == 0 && c.class == cCooperate && len(args[left[0]].ent.members) <= maxPartnersWithin {
		// "They will cooperate on X", "Both sides work together": a group
		// that refers back works together within itself.
		ms := args[left[0]].ent.members
		for i := range ms {
			for j := i + 1; j < len(ms); j++ {
				if typ, ok := resolve(c.class, ms[i], ms[j]); ok {
					p.emit("cue-symmetric", typ, ms[i], ms[j], c.strength*args[left[0]].conf)
				}
			}
		}
	}
	class := c.class
	if class == cCooperate && p.worsened(h, end) {
		class = cTension // "relations between Ottawa and New Delhi soured", "strained ties with X"
	}
	var actors []int // in order, so that relations come out in the same order every run
	for _, pr := range pairs {
		a, b := args[pr[0]], args[pr[1]]
		if a.ent.kind == domain.Forum {
			a, b = b, a
		}
		if typ, ok := resolve(class, a.ent, b.ent); ok {
			p.emit("cue-symmetric", typ, a.ent, b.ent, c.strength*a.conf*b.conf)
			actors = append(actors, pr[0], pr[1])
		}
	}
	if c.class != cCooperate && (c.class != cTension || len(actors) == 0) {
		return // "A and B clashed over X": a quarrel is about X, as a cooperation would be
	}
	if len(actors) == 0 && len(left) == 1 {
		actors = append(actors, left[0])
	}
	if c.class == cTension && oneSided(c) {
		// "export controls on AI chips to China": whoever imposes the
		// controls works on the topic; their target does not.
		actors = slices.DeleteFunc(actors, func(i int) bool { return !slices.Contains(left, i) })
	}
	slices.Sort(actors)
	actors = slices.Compact(actors)
	for _, oi := range p.objects(args, h, end, func(a *arg) bool { return a.ent.kind == domain.Issue }) {
		o := args[oi]
		for _, ai := range actors {
			if typ, ok := resolve(cAddress, args[ai].ent, o.ent); ok {
				p.emit("cue-symmetric-topic", typ, args[ai].ent, o.ent, 0.8*c.strength*args[ai].conf*o.conf)
			}
		}
	}
}

// andVerbBetween reports "and" and a lower-case word that is no
// determiner between tokens from and to: a second verb ("and report").
func (p *docParse) andVerbBetween(args []arg, from, to int) bool {
	for k := from; k+1 < to; k++ {
		if p.isWord(k, "and") && p.toks[k+1].word && p.toks[k+1].lower && p.toks[k+1].flags&(fDeterminer|fFunction|fAdverb|fPreposition) == 0 && !insideArg(args, k+1) {
			return true
		}
	}
	return false
}

// worseningWords say that a relation went bad: after "relations between A
// and B" ("soured") or before "ties with" ("strained").
var worseningWords = map[string]bool{"soured": true, "sour": true, "deteriorated": true, "deteriorate": true,
	"worsened": true, "worsen": true, "frayed": true, "strained": true, "tense": true, "frosty": true,
	"collapsed": true, "ruptured": true, "cooled": true, "deteriorating": true, "worsening": true, "souring": true}

// worsened reports a word of worsening within the two words before cue h
// or the clause after it, to end.
func (p *docParse) worsened(h cueHit, end int) bool {
	for k := max(h.t0-2, 0); k < end && k < h.t1+12; k++ {
		if k >= h.t0 && k < h.t1 {
			continue
		}
		if p.toks[k].word && worseningWords[strings.ToLower(p.word(k))] {
			return true
		}
		if k >= h.t1 && p.toks[k].punct == ',' {
			return false
		}
	}
	return false
}

// adjunctStart returns the preposition that opens the adjunct a nominal
// cue at token h heads ("after a border clash", "amid rising tensions"),
// or -1: a few lower-case words may stand between them.
func (p *docParse) adjunctStart(h int) int {
	for k := h - 1; k >= 0 && k >= h-4; k-- {
		t := &p.toks[k]
		if !t.word || !t.lower {
			return -1
		}
		switch strings.ToLower(p.word(k)) {
		case "after", "amid", "amidst", "despite", "following", "over", "during":
			return k
		}
		if t.flags&(fPreposition|fAuxiliary|fClauseBreak) != 0 {
			return -1
		}
	}
	return -1
}

// demonymTopics reads "Chinese public diplomacy", "Russian disinformation":
// a state's adjective before a topic, as its possessive would be.
func (p *docParse) demonymTopics(args []arg) {
	for i := range args {
		y := &args[i]
		k := y.tok - 1
		if y.ent.kind != domain.Issue || y.pron || k < 0 || !p.toks[k].word || !p.toks[k].cap || p.kbAt[k] != nil || i > 0 && args[i-1].end > k || p.premodifier(y) || p.officeField(y.tok) {
			continue // "Indian National Security Advisor": an office's field
		}
		if en, ok := p.ex.kb.Demonym(p.word(k)); ok && en.Kind == domain.Actor && en.Code != "" {
			p.relateTentatively("demonym-topic", cAddress, p.reg.fromKB(en), y.ent, 0.5*y.conf)
		}
	}
}

// possessives reads "X’s Y": an actor's or forum's instrument is theirs,
// a forum's forum is part of it, an organisation's person works there.
func (p *docParse) possessives(args []arg) {
	for i := 0; i+1 < len(args); i++ {
		x, y := args[i], args[i+1]
		if !x.poss && y.tok == x.end && strings.TrimSpace(p.text[x.e:y.s]) == "" && !x.pron && !y.pron && x.ent.kind != domain.Issue && x.ent.subtype != "PERSON" && y.ent.kind == domain.Treaty {
			// "the Committee of Ministers Recommendation ...", "the NIST
			// AI Risk Management Framework": a body named before an
			// instrument is its author.
			p.emit("name-before-instrument", domain.Authored, x.ent, y.ent, 0.55*x.conf*y.conf)
			continue
		}
		if x.ent.kind == domain.Forum && !x.pron && !y.pron && y.ent.kind == domain.Treaty && y.tok == x.end+1 && p.isWord(x.end, "in") && p.isWord(y.tok, "resolution") {
			// "endorsed by the General Assembly in resolution 70/237":
			// the assembly speaks in its resolution.
			p.emit("name-before-instrument", domain.Authored, x.ent, y.ent, 0.55*x.conf*y.conf)
			continue
		}
		if !x.poss && y.tok == x.end && strings.TrimSpace(p.text[x.e:y.s]) == "" && !x.pron && !y.pron && polity(x.ent) && y.ent.subtype == "GOVERNMENT_BODY" && x.ent != y.ent {
			// "the U.S. National Science Foundation": a state named before
			// a body is the body's, as in the possessive.
			p.emit("name-before-body", domain.PartOf, y.ent, x.ent, 0.55*x.conf*y.conf)
			continue
		}
		if !x.poss || y.tok-x.end > 1 && !p.adjectivesOnly(x.end, y.tok) || x.ent == y.ent {
			continue
		}
		conf := 0.6 * x.conf * y.conf
		xk, yk := x.ent.kind, y.ent.kind
		switch {
		case (xk == domain.Actor || xk == domain.Forum) && yk == domain.Treaty && x.ent.subtype != "PERSON":
			p.emit("possessive", domain.Authored, x.ent, y.ent, conf)
		case xk == domain.Forum && yk == domain.Forum:
			p.emit("possessive", domain.PartOf, y.ent, x.ent, conf)
		case xk == domain.Actor && yk == domain.Forum && x.ent.subtype != "PERSON":
			// "the UK's AI Safety Summit": the host takes part.
			p.emit("possessive", domain.ParticipatesIn, x.ent, y.ent, conf)
		case xk == domain.Actor && yk == domain.Actor && y.ent.subtype == "PERSON" && x.ent.subtype != "PERSON":
			p.emit("possessive", domain.AffiliatedWith, y.ent, x.ent, conf)
		case x.ent.subtype == "PERSON" && (yk == domain.Actor || yk == domain.Forum) && y.ent.subtype != "PERSON":
			p.emit("possessive", domain.AffiliatedWith, x.ent, y.ent, conf)
		case xk == domain.Actor && yk == domain.Actor && y.ent.subtype == "GOVERNMENT_BODY":
			p.emit("possessive", domain.PartOf, y.ent, x.ent, conf)
		case xk == domain.Actor && yk == domain.Issue && !x.pron && y.tok == x.end && y.end < len(p.toks) && !p.premodifier(&y):
			// "Namibia's digital diplomacy": the actor's own field of
			// work, unless the document states a stance on it.
			p.relateTentatively("possessive", cAddress, x.ent, y.ent, conf)
		}
	}
}

// adjectivesOnly reports whether tokens [from, to) are up to three
// lower-case words that qualify what follows, or quotes: "Beijing's decade
// long “Made in China 2025”", but not "China's support for the X".
func (p *docParse) adjectivesOnly(from, to int) bool {
	words := 0
	for k := from; k < to; k++ {
		t := &p.toks[k]
		if !t.word {
			if q := t.punct; q != '“' && q != '"' && q != '‘' && q != '-' {
				return false
			}
			continue
		}
		if words++; words > 3 || !t.lower || t.flags&(fFunction|fPreposition|fAuxiliary|fDeterminer|fVerb|fHedge|fNegation|fListGlue|fAgentNoun) != 0 || p.verbLike(k) || p.cueAt(k, to) {
			return false
		}
	}
	return true
}

// titlesNext reports an office that titles the next name in a list: at
// k, past any role words, a person's name follows ("..., Gina Raimondo,
// U.S. Trade Representative Katherine Tai").
func (p *docParse) titlesNext(k int) bool {
	for k < len(p.toks) && p.toks[k].word && p.toks[k].flags&(fRole|fTitle) != 0 {
		k++
	}
	return k+2 <= len(p.toks) && p.toks[k].word && p.toks[k].cap && p.personName(k, k+2)
}

// appositions read "Instagram founder Jane Doe" and "US Secretary of
// State John Kerry": an organisation, role words, then the person.
func (p *docParse) appositions(st *sentence, args []arg) {
	for i := 0; i+1 < len(args); i++ {
		// "Jane Roe, Kenya's ambassador to ...", "Jane Roe, the Kenyan
		// Ambassador": the person, a comma, the organisation in the
		// possessive (or a state) and a role.
		per, org := args[i], args[i+1]
		// "Doreen Roe, ITU Secretary-General", "Jane Roe, the EU's
		// competition chief": any organisation before the role will do.
		if per.ent.subtype == "PERSON" && !per.pron && org.ent.subtype != "PERSON" && (!org.pron || org.poss) && org.ent.kind != domain.Issue && org.ent.kind != domain.Treaty &&
			p.isPunct(per.end, ',') && (org.tok == per.end+1 || org.tok == per.end+2 && (p.isWord(per.end+1, "the") || p.isWord(per.end+1, "then"))) && org.end < len(p.toks) && (p.roleAt(org.end, org.end+3) || p.officeApposition(args, i+1)) &&
			!p.titlesNext(org.end) {
			// (" ..., Gina Raimondo, U.S. Trade Representative Katherine
			// Tai": an office right before a name is that name's.)
			p.emit("role-apposition", domain.AffiliatedWith, per.ent, org.ent, 0.7*per.conf*org.conf)
		}
		// "Kenya's Minister of Information, Jane Roe, ...": the organisation
		// in the possessive, a role, a comma, then the person.
		// "Kenya's foreign minister, Jane Roe": a lower-case word or two
		// may qualify the role.
		org = args[i]
		// "Japan's Minister for Digital Transformation, Taro Kono",
		// "Kenya's ambassador to the UN, Martin Kimani": a field or a
		// post named in the role is no one between the two.
		j := i + 1
		for j+1 < len(args) && (args[j].ent.kind == domain.Issue || p.oblique(args[j])) && args[j].end < args[j+1].tok && p.isPunct(args[j+1].tok-1, ',') && args[j+1].tok-args[j].end == 1 {
			j++
		}
		per = args[j]
		// "the US Ambassador to the UN, Linda Thomas-Greenfield": a
		// state's name before its role serves as its possessive.
		owned := org.poss || polity(org.ent) && org.end < len(p.toks) && p.toks[org.end].flags&(fRole|fTitle) != 0
		if owned && !org.pron && (org.ent.kind == domain.Actor || org.ent.kind == domain.Forum) && org.ent.subtype != "PERSON" &&
			per.ent.subtype == "PERSON" && !per.pron && per.tok-org.end <= 8 && p.isPunct(per.tok-1, ',') &&
			p.roleAt(org.end, per.tok-1) {
			p.emit("role-apposition", domain.AffiliatedWith, per.ent, org.ent, 0.7*per.conf*org.conf)
		}
	}
	// "then Secretary-General of the United Nations, Kurt Waldheim", "then
	// Director General of WIPO Árpád Bogsch": a title of an organisation
	// right before its holder's name.
	for i := 0; i+1 < len(args); i++ {
		org, per := args[i], args[i+1]
		of := p.beforeName(org.tok)
		if org.pron || per.pron || per.ent.subtype != "PERSON" || org.ent.subtype == "PERSON" || org.ent.kind != domain.Actor && org.ent.kind != domain.Forum ||
			!p.isWord(of, "of") || of < 1 || !p.toks[of-1].word || p.toks[of-1].flags&(fTitle|fRole) == 0 ||
			!(per.tok == org.end || per.tok == org.end+1 && p.isPunct(org.end, ',')) {
			continue
		}
		p.emit("role-apposition", domain.AffiliatedWith, per.ent, org.ent, 0.7*per.conf*org.conf)
	}
	// "Noyb, whose founder, Max Schrems, ...": the organisation a
	// relative "whose" and a role name the person's post in.
	for i := 0; i+1 < len(args); i++ {
		org, per := args[i], args[i+1]
		k := org.end + 2
		if org.pron || per.pron || per.ent.subtype != "PERSON" || org.ent.subtype == "PERSON" || org.ent.kind != domain.Actor && org.ent.kind != domain.Forum ||
			!p.isPunct(org.end, ',') || !p.isWord(org.end+1, "whose") || per.tok-k > 4 {
			continue
		}
		role := false
		for ; k < per.tok; k++ {
			role = role || p.toks[k].word && p.toks[k].flags&fRole != 0
			if !(p.toks[k].word && p.toks[k].lower || k == per.tok-1 && p.isPunct(k, ',')) {
				break
			}
		}
		if role && k == per.tok {
			p.emit("role-apposition", domain.AffiliatedWith, per.ent, org.ent, 0.7*per.conf*org.conf)
		}
	}
	// "UN Secretary-General António Guterres": an office the knowledge base
	// names, right before its holder.
	for i := 0; i+1 < len(args); i++ {
		office, per := args[i], args[i+1]
		set := per.tok == office.end+1 && p.isPunct(office.end, ',') // "the UN Secretary-General, António Guterres"
		if office.pron || per.pron || per.ent.subtype != "PERSON" || office.ent.subtype == "PERSON" || per.tok != office.end && !set ||
			office.ent.kind != domain.Actor && office.ent.kind != domain.Forum || p.toks[office.end-1].flags&fTitle == 0 {
			continue
		}
		p.emit("role-apposition", domain.AffiliatedWith, per.ent, office.ent, 0.7*per.conf*office.conf)
	}
	// "Ambassador Jane Roe of Kenya", "Professor Tom Hill of Stanford
	// University", "Jane Roe from the OECD": a person of an organisation
	// works for it.
	for i := 0; i+1 < len(args); i++ {
		per, org := args[i], args[i+1]
		k := per.end
		// "Jane Roe from Vanuatu" says where she comes from, not whom she
		// works for.
		from := p.isWord(k, "from") && org.ent.code == ""
		if per.ent.subtype != "PERSON" || per.pron || org.pron || !p.isWord(k, "of") && !from || org.ent.subtype == "PERSON" ||
			org.ent.kind != domain.Actor && org.ent.kind != domain.Forum || !(org.tok == k+1 || org.tok == k+2 && p.isWord(k+1, "the")) {
			continue
		}
		p.emit("person-of", domain.AffiliatedWith, per.ent, org.ent, 0.7*per.conf*org.conf)
	}
	// "Jane Roe, the Kenyan Ambassador to ...": a demonym and a role after
	// the comma tie the person to the state.
	for i := range args {
		per := args[i]
		k := per.end + 1
		if per.ent.subtype != "PERSON" || per.pron || !p.isPunct(per.end, ',') || !p.isWord(k, "the") {
			continue
		}
		if en, ok := p.ex.kb.Demonym(p.word(k + 1)); ok && en.Kind == domain.Actor && en.Code != "" && p.roleAt(k+2, k+5) {
			p.emit("role-apposition", domain.AffiliatedWith, per.ent, p.reg.fromKB(en), 0.7*per.conf)
		}
	}
	p.comprisingMembers(args)
	p.ownersMembers(st, args)
	p.exemplifiedMembers(args)
	p.subsidiaries(st, args)
	for i := 0; i+1 < len(args); i++ {
		if org := p.roleAfter(st, args, i); org >= 0 {
			p.emit("role-after", domain.AffiliatedWith, args[i].ent, args[org].ent, 0.65*args[i].conf*args[org].conf)
		}
	}
	p.roleOwners(args)
}

// roleOwners reads the owner named before a person's role: "Austria's
// foreign minister Jane Roe", "French President Emmanuel Macron", "Vice
// Presidents Jane Roe and John Doe".
func (p *docParse) roleOwners(args []arg) {
	for i := 0; i < len(args); i++ {
		per := args[i]
		if per.ent.subtype != "PERSON" || per.pron {
			continue
		}
		from, org, conf := p.roleOwner(args, i)
		if org == nil {
			continue
		}
		role := false
		ok := true
		for k := from; k < per.tok; k++ {
			t := &p.toks[k]
			switch {
			case t.word && t.flags&(fRole|fTitle) != 0:
				role = true
			case t.word && (t.cap || p.isWord(k, "of")):
			case t.word && role && (p.isWord(k, "to") || p.isWord(k, "the") || p.isWord(k, "for")):
				// "Ambassador to the UN": the post's place; "Cabinet
				// Secretary for ICT": its field
			case t.word && t.lower && !role && t.flags&(fFunction|fPreposition|fAuxiliary|fListGlue) == 0:
				// "Austria's foreign minister Jane Roe": a word may
				// qualify the role before it.
			case t.punct == '.':
			case t.punct == ',' && role && k == per.tok-1:
				// "his Japanese counterpart, Yoshimasa Hayashi": the name
				// set off after its role.
			default:
				ok = false
			}
		}
		if !ok || !role {
			continue
		}
		p.emit("role-apposition", domain.AffiliatedWith, per.ent, org, 0.7*per.conf*conf)
		// "Vice Presidents Jane Roe and John Doe": the plural role
		// names each person after it.
		for j := i + 1; j < len(args) && args[j].ent.subtype == "PERSON" && !args[j].pron && p.joinedByAnd(args[j-1].end, args[j].tok); j++ {
			p.emit("role-apposition", domain.AffiliatedWith, args[j].ent, org, 0.7*args[j].conf*conf)
		}
	}
}

// partNouns say that the name after them is part of the owner before
// them ("Huawei’s subsidiary HiSilicon"), or, for "parent", the owner part
// of it ("Google’s parent company Alphabet").
var partNouns = map[string]bool{
	"subsidiary": true, "subsidiaries": true, "unit": true, "arm": true, "division": true,
	"affiliate": true, "branch": true, "offshoot": true, "parent": false,
}

// subsidiaries reads an owner, in the possessive or as "its", then a noun
// of corporate structure and a name: "Huawei’s wholly owned subsidiary
// HiSilicon", "through its chip unit HiSilicon".
func (p *docParse) subsidiaries(st *sentence, args []arg) {
	for i := range args {
		y := &args[i]
		if y.pron || y.ent.kind != domain.Actor || y.ent.subtype == "PERSON" {
			continue
		}
		var owner *entity
		part, found := false, false
		k := y.tok - 1
		for ; k >= st.t0 && y.tok-k <= 4; k-- {
			t := &p.toks[k]
			if !t.word || !t.lower {
				break
			}
			if v, ok := partNouns[strings.ToLower(p.word(k))]; ok && !found {
				part, found = v, true
				continue
			}
			if p.isWord(k, "its") {
				owner = p.lastOwnerBefore(args, k)
				break
			}
		}
		if owner == nil && k >= st.t0 {
			for j := i - 1; j >= 0; j-- {
				if x := &args[j]; x.end == k+1 && x.poss && !x.pron && x.ent.kind == domain.Actor && x.ent.subtype != "PERSON" {
					owner = x.ent
				}
			}
		}
		if !found || owner == nil {
			continue
		}
		if part {
			p.emit("subsidiary", domain.PartOf, y.ent, owner, 0.7*y.conf)
		} else {
			p.emit("subsidiary", domain.PartOf, owner, y.ent, 0.7*y.conf)
		}
	}
}

// stanceNouns name people by the stance they take, which what they say
// states of its subject: "Critics such as A and B warn that the Compact
// ...".
var stanceNouns = map[string]cueClass{"critics": cOppose, "opponents": cOppose, "sceptics": cOppose, "skeptics": cOppose,
	"supporters": cSupport, "proponents": cSupport, "advocates": cSupport, "champions": cSupport, "backers": cSupport}

// stanceGroup reads a sentence that opens with such a noun, names its
// members ("such as A and B", ", including A and B,") and reports what
// they say: the stance is on the instrument or topic that opens the
// reported clause.
func (p *docParse) stanceGroup(st *sentence, args []arg) {
	k := st.t0
	if p.isWord(k, "the") || p.isWord(k, "many") || p.isWord(k, "some") {
		k++
	}
	if k >= st.t1 || !p.toks[k].word {
		return
	}
	class, ok := stanceNouns[strings.ToLower(p.word(k))]
	if !ok {
		return
	}
	k++
	switch {
	case p.isWord(k, "such") && p.isWord(k+1, "as"):
		k += 2
	case p.isPunct(k, ',') && p.isWord(k+1, "including"), p.isWord(k, "including"):
		k = k + 1
		if p.isWord(k, "including") {
			k++
		}
	default:
		return
	}
	first := -1
	for i := range args {
		if args[i].tok >= k && args[i].tok <= k+1 && args[i].ent.kind == domain.Actor && !args[i].pron {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	members := p.group(args, first, 1)
	v := args[members[len(members)-1]].end
	if p.isPunct(v, ',') {
		v++
	}
	if v >= st.t1 || !p.toks[v].word || p.toks[v].flags&fSays == 0 && !p.isWord(v, "warn") && !p.isWord(v, "say") && !p.isWord(v, "argue") && !p.isWord(v, "claim") {
		return
	}
	v++
	if p.isWord(v, "that") {
		v++
	}
	for i := range args {
		o := &args[i]
		if o.tok < v || o.tok > v+2 || o.pron && o.ent.kind != domain.Treaty {
			continue
		}
		for _, m := range members {
			if typ, ok := resolve(class, args[m].ent, o.ent); ok {
				p.emit("stance-group", typ, args[m].ent, o.ent, 0.6*args[m].conf*o.conf)
			}
		}
		return
	}
}

// gatheringWords open the phrase of a declaration's "we" that says where
// they met: "We, the representatives of ..., assembled in Geneva for the
// first phase of the World Summit on the Information Society".
var gatheringWords = map[string]bool{"assembled": true, "gathered": true, "meeting": true, "convened": true, "met": true}

// gatheredAt reads the meeting a declaration's "we" gathered at: the
// meeting made the declaration.
func (p *docParse) gatheredAt(st *sentence, args []arg) {
	doc := p.selfDoc
	if doc == nil || doc.kind != domain.Treaty || !p.isWord(st.t0, "we") {
		return
	}
	for k := st.t0 + 1; k < st.t1 && k <= st.t0+30; k++ {
		if !p.toks[k].word || !gatheringWords[strings.ToLower(p.word(k))] {
			continue
		}
		if p.isWord(k, "meeting") && p.toks[k-1].word && p.toks[k-1].lower {
			continue // "we look forward to the next meeting of X": a noun, no gathering
		}
		for i := range args {
			v := &args[i]
			if v.pron || v.ent.kind != domain.Forum || v.tok <= k || v.tok > k+14 {
				continue
			}
			if j := v.tok - 1; p.isWord(j, "the") && (p.isWord(j-1, "at") || p.isWord(j-1, "for") || p.isWord(j-1, "of") || p.isWord(j-1, "during")) {
				p.emit("gathered-at", domain.Authored, v.ent, doc, 0.6*v.conf)
				return
			}
		}
		return
	}
}

// demonym reports a state's adjective at token k: "African", "Nordic".
func (p *docParse) demonym(k int) bool {
	if _, ok := p.ex.kb.Demonym(p.word(k)); ok {
		return true
	}
	return regionAdjectives[p.word(k)]
}

// regionAdjectives name a region's people, not one state's.
var regionAdjectives = map[string]bool{"African": true, "Asian": true, "European": true, "Latin": true, "Arab": true, "Nordic": true,
	"Caribbean": true, "Pacific": true, "Baltic": true, "American": true}

// joinerNouns are the nouns "became the fourth ..." ends with when the
// subject joined a forum or an instrument.
var joinerNouns = map[string]bool{"party": true, "member": true, "signatory": true, "participant": true, "adherent": true}

// becameNth reads "South Korea became the fourth party in 2024" after a
// text about an instrument or a forum: with no "of" or "to" after the
// noun, the subject joined the one named last.
func (p *docParse) becameNth(st *sentence, args []arg) {
	for i := range args {
		s := &args[i]
		if s.pron || s.ent.kind != domain.Actor || s.ent.subtype == "PERSON" {
			continue
		}
		k := s.end
		if !p.isWord(k, "became") && !p.isWord(k, "becomes") && !p.isWord(k, "has") {
			continue
		}
		if p.isWord(k, "has") {
			if k++; !p.isWord(k, "become") {
				continue
			}
		}
		k++
		if p.isWord(k, "the") || p.isWord(k, "a") || p.isWord(k, "an") {
			k++
		}
		for n := 0; n < 2 && k < st.t1 && p.toks[k].word && (p.toks[k].lower || p.demonym(k)) && !joinerNouns[p.word(k)]; n++ {
			k++ // "fourth", "newest", "first African"
		}
		if k >= st.t1 || !joinerNouns[strings.ToLower(p.word(k))] || p.isWord(k+1, "of") || p.isWord(k+1, "to") || p.isWord(k+1, "in") && p.dateAdjunctEnd(k+1, st.t1) == k+1 {
			continue
		}
		referent := p.forumBefore(p.toks[st.t0].s)
		if p.isWord(k, "member") || p.isWord(k, "participant") {
			// "became the first African member": of a forum, the text's
			// own if its title names one.
			referent = p.titleForum
			if referent == nil {
				referent = p.namedBefore(p.toks[st.t0].s, domain.Forum)
			}
		}
		if referent == nil {
			referent = p.titleForum
		}
		if referent != nil {
			p.relate("became-nth", cParty, s.ent, referent, 0.6*s.conf)
		}
	}
}

// onBehalfOf reads a speaker for a group, "delivered by Paraguay on behalf
// of the Group of 77": a state that speaks for a group is one of its
// members; a person who speaks for an organisation represents it.
func (p *docParse) onBehalfOf(args []arg) {
	for i := 0; i+1 < len(args); i++ {
		x, y := &args[i], &args[i+1]
		if x.pron || y.pron || x.ent.kind != domain.Actor || !p.isWord(x.end, "on") || !p.isWord(x.end+1, "behalf") || !p.isWord(x.end+2, "of") {
			continue
		}
		if k := x.end + 3; y.tok != k && !(p.isWord(k, "the") && y.tok == k+1) {
			continue
		}
		switch {
		case x.ent.subtype == "PERSON" && y.ent.subtype != "PERSON" && (y.ent.kind == domain.Actor || y.ent.kind == domain.Forum):
			p.emit("on-behalf", domain.AffiliatedWith, x.ent, y.ent, 0.65*x.conf*y.conf)
		case x.ent.subtype != "PERSON":
			p.relate("on-behalf", cMember, x.ent, y.ent, 0.65*x.conf*y.conf)
		}
	}
}

// bylineEmployer reads a byline that closes with the authors'
// organisation: "By Jane Roe and John Doe, Reuters".
func (p *docParse) bylineEmployer(st *sentence, args []arg) {
	n := len(args)
	if n < 2 || !p.isWord(st.t0, "by") || !p.toks[st.t0].cap || args[0].tok != st.t0+1 || args[n-1].end != st.t1 {
		return
	}
	org := &args[n-1]
	// "By A, B": the organisation after the comma; "By A, Research
	// Fellow at B": after the role's preposition.
	before := p.beforeName(org.tok)
	if org.pron || org.ent.kind != domain.Actor || org.ent.subtype == "PERSON" || polity(org.ent) ||
		!p.isPunct(org.tok-1, ',') && !((p.isWord(before, "at") || p.isWord(before, "of") || p.isWord(before, "with")) && p.isPunct(args[n-2].end, ',')) {
		return
	}
	for i := 0; i < n-1; i++ {
		if args[i].ent.subtype != "PERSON" || args[i].pron {
			return
		}
	}
	for i := 0; i < n-1; i++ {
		p.emit("byline", domain.AffiliatedWith, args[i].ent, org.ent, 0.65*args[i].conf*org.conf)
	}
}

// signatureBlock reads the signatories listed a name a line under a
// heading such as "Endorsing states:" or "Signatories:": each is a party
// to the document.
func (p *docParse) signatureBlock(st *sentence, args []arg) {
	last := st.t1 - 1
	if last > st.t0 && p.isPunct(last, ':') {
		p.signing = false
		for k := st.t0; k < last; k++ {
			if p.toks[k].word && signingWords[strings.ToLower(p.word(k))] {
				p.signing = true
			}
		}
		return
	}
	if !p.signing {
		return
	}
	doc := p.selfDoc
	if doc == nil || doc.kind != domain.Treaty || len(args) != 1 || args[0].pron || args[0].ent.kind != domain.Actor ||
		args[0].tok != p.paragraphStart(st) || args[0].end < st.t1-1 {
		p.signing = false // the block ends at the first line that is not one name
		return
	}
	if typ, ok := resolve(cParty, args[0].ent, doc); ok {
		p.emit("signature-block", typ, args[0].ent, doc, 0.7*args[0].conf)
	}
}

// signingWords mark a heading a list of signatories follows.
var signingWords = map[string]bool{"signatories": true, "signatory": true, "endorsing": true, "endorsed": true, "endorsers": true,
	"signed": true, "undersigned": true, "supporters": true, "signing": true}

// enactingBodies reads the makers an act's title names after its kind and
// number: "Regulation (EU) 2022/2065 of the European Parliament and of the
// Council of 19 October 2022 on ...".
func (p *docParse) enactingBodies(st *sentence, args []arg) {
	doc := p.selfDoc
	if doc == nil || doc.kind != domain.Treaty || st.t0 != p.sents[0].t0 || !actKinds[p.word(st.t0)] {
		return
	}
	for k := st.t0 + 3; k < st.t1 && !p.isWord(k, "on") && !p.isPunct(k, ':'); k++ {
		if !p.toks[k].cap || !p.isWord(k-1, "the") || !p.isWord(k-2, "of") {
			continue
		}
		var body *entity
		for i := range args {
			if a := &args[i]; a.tok == k && !a.pron {
				body = a.ent
			}
		}
		if body == nil {
			// "of the Council": the body the text names in full, in its
			// enacting formula ("THE COUNCIL OF THE EUROPEAN UNION").
			for _, e := range p.reg.order {
				if (e.kind == domain.Actor || e.kind == domain.Forum) && strings.HasPrefix(e.name, p.word(k)+" ") {
					body = e
					break
				}
			}
		}
		if body == nil || body == doc || polity(body) {
			continue
		}
		if typ, ok := resolve(cAuthor, body, doc); ok {
			p.emit("enacting-body", typ, body, doc, 0.6)
		}
	}
}

// actKinds open the title of an enacted act.
var actKinds = map[string]bool{"Regulation": true, "Directive": true, "Decision": true, "Recommendation": true}

// signatoriesOfReferent reads "The first signatories were A, B and C"
// after a text about an instrument: signatories named with no "of X" are
// the instrument's the text spoke of last.
func (p *docParse) signatoriesOfReferent(st *sentence, args []arg) {
	for k := st.t0; k+1 < st.t1; k++ {
		if !p.isWord(k, "signatories") && !p.isWord(k, "parties") {
			continue
		}
		v := k + 1
		if !p.toks[v].word || p.toks[v].flags&fListsSubjects == 0 {
			continue
		}
		for i := range args {
			if args[i].tok <= k {
				if args[i].tok < k && args[i].end >= k-1 {
					break // "the G7 parties are": the name says whose
				}
				continue
			}
			if args[i].tok > v+2 || args[i].ent.kind != domain.Actor || args[i].pron {
				break
			}
			treaty := p.namedBefore(p.toks[st.t0].s, domain.Treaty)
			if treaty == nil {
				return
			}
			for _, m := range p.group(args, i, 1) {
				if args[m].ent.kind == domain.Actor {
					p.emit("referent-signatories", domain.PartyTo, args[m].ent, treaty, 0.6*args[m].conf)
				}
			}
			return
		}
	}
}

// ownBodies reads a government body after "its": in "Kenya is ... . Its
// Ministry of ICT launched ..." the ministry is Kenya's. "its" stands for
// the state or bloc named last, in this sentence or the one before, unless
// another organisation was named after it.
func (p *docParse) ownBodies(args []arg) {
	for i := range args {
		y := &args[i]
		if y.pron || !p.isWord(y.tok-1, "its") {
			continue
		}
		switch {
		case y.ent.subtype == "GOVERNMENT_BODY":
			if owner := p.polityBefore(y.s, true); owner != nil && owner != y.ent {
				p.emit("own-body", domain.PartOf, y.ent, owner, 0.6*y.conf)
			}
		case ownedInstruments[y.ent.subtype]:
			// "The EU has tried to chart its own course. Its Chips Act
			// ...", "surveillance in China enabled by its cybersecurity
			// law": a law or a strategy a polity calls its own it made.
			if owner := p.polityBefore(y.s, false); owner != nil {
				p.emit("own-instrument", domain.Authored, owner, y.ent, 0.5*y.conf)
			}
		}
	}
}

// ownedInstruments are the sorts of instrument that "its" gives a maker:
// a state's law or strategy is its own work, a treaty it is party to is
// not.
var ownedInstruments = map[string]bool{"LAW": true, "STRATEGY": true}

// chairNouns name the office a member holds in a forum for a term.
var chairNouns = map[string]bool{"presidency": true, "chairmanship": true, "chairship": true, "chair": true, "chairing": true}

// ownPresidency reads "Brazil used its 2024 G20 presidency", "Under its
// G7 presidency, Japan ...", "under the Brazilian G20 Presidency",
// "Brazil's G20 presidency": who holds a forum's chair takes part in it.
// "its" is the state named before it in the sentence, or, when the
// sentence opens with the phrase, the state after it.
func (p *docParse) ownPresidency(st *sentence, args []arg) {
	for i := range args {
		y := &args[i]
		if y.pron || y.ent.kind != domain.Forum || y.end >= st.t1 || !chairNouns[strings.ToLower(p.word(y.end))] {
			continue
		}
		k := y.tok - 1
		if k >= 0 && p.toks[k].num {
			k-- // "its 2024 G20 presidency"
		}
		if en, ok := p.ex.kb.Demonym(p.word(max(k, 0))); ok && k >= 0 && p.toks[k].cap && en.Kind == domain.Actor && en.Code != "" {
			// "under the Brazilian G20 Presidency"
			p.emit("own-presidency", domain.ParticipatesIn, p.reg.fromKB(en), y.ent, 0.6*y.conf)
			continue
		}
		if i > 0 && args[i-1].end == k+1 && args[i-1].poss && !args[i-1].pron && polity(args[i-1].ent) {
			// "Brazil's G20 presidency"
			p.emit("own-presidency", domain.ParticipatesIn, args[i-1].ent, y.ent, 0.6*y.conf)
			continue
		}
		if !p.isWord(k, "its") && !p.isWord(k, "their") {
			continue
		}
		var owner *entity
		for j := i - 1; j >= 0 && args[j].tok >= st.t0 && owner == nil; j-- {
			if a := &args[j]; !a.pron && polity(a.ent) {
				owner = a.ent
			}
		}
		for j := i + 1; j < len(args) && owner == nil && k-st.t0 <= 2; j++ {
			if a := &args[j]; !a.pron && polity(a.ent) {
				owner = a.ent
			}
		}
		if owner != nil {
			p.emit("own-presidency", domain.ParticipatesIn, owner, y.ent, 0.6*y.conf)
		}
	}
}

// polityBefore is the state or bloc last named before byte offset at,
// within about two sentences, or nil when an organisation of another kind
// was named after it; onlyPolities looks past such organisations, for what
// only a state has (a ministry).
func (p *docParse) polityBefore(at int, onlyPolities bool) *entity {
	for a := range p.argsBefore(at, 400) {
		if a.pron || onlyPolities && !polity(a.ent) {
			continue
		}
		if a.ent.kind == domain.Actor && a.ent.subtype != "PERSON" || a.ent.kind == domain.Forum {
			if !polity(a.ent) {
				return nil
			}
			if k := a.tok - 1; k >= 0 && !a.poss && (p.toks[k].num || p.toks[k].word && quantifiers[strings.ToLower(p.word(k))]) && p.plainNoun(a.end) {
				continue // "several US defence firms ... its": after a quantifier the name qualifies the firms
			}
			return a.ent
		}
	}
	return nil
}

// quantifiers count the nouns after them: a name between qualifies the
// noun ("several US defence firms").
var quantifiers = map[string]bool{"several": true, "many": true, "some": true, "few": true, "numerous": true,
	"dozens": true, "hundreds": true, "two": true, "three": true, "four": true, "five": true, "other": true, "all": true}

// argsBefore yields the arguments that end before byte offset at, the
// latest first, while they end within the given number of bytes of it.
func (p *docParse) argsBefore(at, within int) iter.Seq[*arg] {
	return func(yield func(*arg) bool) {
		for j := len(p.args) - 1; j >= 0; j-- {
			a := &p.args[j]
			if a.e > at {
				continue
			}
			if at-a.e > within || !yield(a) {
				return
			}
		}
	}
}

// lastOwnerBefore is what "its" at token k stands for: the last
// organisation named before it in the sentence.
func (p *docParse) lastOwnerBefore(args []arg, k int) *entity {
	for j := len(args) - 1; j >= 0; j-- {
		if a := &args[j]; a.end <= k && a.ent.kind == domain.Actor && a.ent.subtype != "PERSON" && a.ent.subtype != "STATE" {
			return a.ent
		}
	}
	return nil
}

// roleAfter reads a role stated after a person, in apposition or with a
// copula, and the organisation it is held at: "Jane Roe, a visiting fellow
// on Asian studies with RUSI’s security team", "Jane Roe is a senior
// analyst at the Carnegie Endowment". It returns the index of the
// organisation, or -1.
func (p *docParse) roleAfter(st *sentence, args []arg, i int) int {
	per := args[i]
	if per.ent.subtype != "PERSON" || per.pron {
		return -1
	}
	k := per.end
	if p.isWord(k, "of") {
		// "elected Jane Roe of Chile as the next Secretary-General of X":
		// past the state the person is of.
		for j := i + 1; j < len(args) && args[j].tok <= k+2; j++ {
			if args[j].tok > k && polity(args[j].ent) && p.isWord(args[j].end, "as") {
				k = args[j].end
			}
		}
	}
	if (p.isWord(k, "serves") || p.isWord(k, "served") || p.isWord(k, "acts") || p.isWord(k, "acted")) && p.isWord(k+1, "as") {
		k++ // "Jane Roe served as head of policy at X"
	}
	switch {
	case p.isPunct(k, ','):
		k++
	case p.isWord(k, "is") || p.isWord(k, "was") || p.isWord(k, "as"):
		k++
	default:
		return -1
	}
	// "Jane Roe, head of policy at X", "Jane Roe, President of X": a role
	// may open the apposition without an article.
	if !p.isWord(k, "a") && !p.isWord(k, "an") && !p.isWord(k, "the") && !p.roleWithin(k, st.t1) {
		return -1
	}
	role := false
	for ; k < st.t1 && k-per.end <= maxRolePhrase; k++ {
		t := &p.toks[k]
		if !t.word || insideArgOf(args, k, "PERSON") {
			// a comma or a bracket ends the role phrase, and so does the
			// name of another ("Fumio Kishida, President William Ruto of
			// Kenya")
			return -1
		}
		if t.flags&(fRole|fTitle) != 0 {
			if p.otherCueAt(k, cAffil) {
				return -1 // "a member of X" states its own relation
			}
			role = true
		}
		if !role || t.flags&fPreposition == 0 || !(p.isWord(k, "at") || p.isWord(k, "with") || p.isWord(k, "of") || p.isWord(k, "for")) {
			continue
		}
		n := k + 1
		for n < st.t1 && p.toks[n].word && p.toks[n].flags&fDeterminer != 0 {
			n++
		}
		for j := i + 1; j < len(args); j++ {
			if a := &args[j]; a.tok == n && !a.pron && (a.ent.kind == domain.Actor && a.ent.subtype != "PERSON" || a.ent.kind == domain.Forum) {
				return j
			}
		}
	}
	return -1
}

// roleWithin reports a role word at k or after up to two qualifying words
// ("President of X", "senior analyst at X", "former chief economist").
func (p *docParse) roleWithin(k, limit int) bool {
	for j := k; j < limit && j <= k+2; j++ {
		t := &p.toks[j]
		if !t.word || t.flags&(fFunction|fDeterminer|fPreposition) != 0 && t.flags&(fRole|fTitle) == 0 {
			return false
		}
		if t.flags&(fRole|fTitle) != 0 {
			return true
		}
		if !t.lower {
			return false
		}
	}
	return false
}

// insideArgOf reports whether token k lies inside an argument whose entity
// has the subtype given.
func insideArgOf(args []arg, k int, subtype string) bool {
	for i := range args {
		if args[i].tok <= k && k < args[i].end {
			return args[i].ent.subtype == subtype
		}
	}
	return false
}

// maxRolePhrase bounds, in tokens, a role phrase after a person.
const maxRolePhrase = 12

// roleOwner finds who a role before person args[i] belongs to: the
// organisation named just before the role words ("Instagram founder",
// "US Secretary of State"), or a state's demonym opening them ("French
// President", "Norwegian Prime Minister"). from is the first role word,
// conf how sure the owner's name is.
func (p *docParse) roleOwner(args []arg, i int) (from int, owner *entity, conf float64) {
	per := args[i]
	owns := func(a arg) bool {
		return !a.pron && a.ent.subtype != "PERSON" && a.ent.kind != domain.Issue && a.ent.kind != domain.Treaty
	}
	end := per.tok
	oi := i - 1
	for oi >= 0 && args[oi].ent.kind == domain.Issue && !args[oi].pron && p.officeField(args[oi].tok) {
		oi-- // "Ukraine's Minister of Digital Transformation Mykhailo Fedorov": the field is the office's
	}
	if oi >= 0 {
		org := args[oi]
		if owns(org) && per.tok-org.end <= 5 && per.tok >= org.end && !p.commaBefore(org.end-1, per.tok) {
			to := p.postTo(org.tok)
			if to < 0 {
				if per.tok == org.end {
					return 0, nil, 0
				}
				return org.end, org.ent, org.conf
			}
			// "U.S. Ambassador to the UN Linda Thomas-Greenfield": the
			// post is at the UN; the role is the state's before it.
			if oi > 0 && owns(args[oi-1]) && args[oi-1].end < to && to-args[oi-1].end <= 4 {
				return args[oi-1].end, args[oi-1].ent, args[oi-1].conf
			}
			end = to
		}
	}
	for k := end - 1; k >= 0 && k >= end-5; k-- {
		t := &p.toks[k]
		if k == per.tok-1 && t.punct == ',' || t.word && t.lower && t.flags&fRole != 0 {
			continue // "his Japanese counterpart, Yoshimasa Hayashi"
		}
		if !t.word || !t.cap || slices.ContainsFunc(args, func(a arg) bool { return a.end == k+1 && !a.pron }) {
			return 0, nil, 0
		}
		if en, ok := p.ex.kb.Demonym(p.word(k)); ok && en.Kind == domain.Actor && en.Code != "" && k+1 < per.tok {
			return k + 1, p.reg.fromKB(en), 0.9
		}
	}
	return 0, nil, 0
}

// postTo returns the "to" of a post before token k ("Ambassador to the",
// "Envoy to"), or -1.
func (p *docParse) postTo(k int) int {
	to := k - 1
	if p.isWord(to, "the") {
		to--
	}
	if !p.isWord(to, "to") || to < 1 || !p.toks[to-1].word || p.toks[to-1].flags&(fRole|fTitle) == 0 {
		return -1
	}
	return to
}

// roleAt reports whether tokens [a, b) are a role, perhaps qualified by a
// lower-case word or two: "minister", "foreign minister".
func (p *docParse) roleAt(a, b int) bool {
	for k := a; k < min(b, len(p.toks)) && k < a+3; k++ {
		t := &p.toks[k]
		if !t.word {
			return false
		}
		if t.flags&(fRole|fTitle) != 0 {
			return true
		}
		if t.flags&(fFunction|fPreposition|fAuxiliary) != 0 || p.kbAt[k] != nil && !t.acro {
			return false // "competition chief", "ICT minister", "Foreign Minister" qualify the role
		}
	}
	return false
}

// joinedByAnd reports whether tokens [a, b) are only a comma or "and".
func (p *docParse) joinedByAnd(a, b int) bool {
	if b <= a || b-a > 2 {
		return false
	}
	for k := a; k < b; k++ {
		if !p.isPunct(k, ',') && !p.isWord(k, "and") {
			return false
		}
	}
	return true
}

// labelRelations reads programme lines: "Speaker 1: Jane Doe, Government,
// Some Group" ties the person to the organisation and to the event the
// document is; "Chairman, Some Network" under an author line ties the
// author to the network.
func (p *docParse) labelRelations(si int, args []arg) {
	st := &p.sents[si]
	person := func(as []arg) *arg {
		for i := range as {
			if as[i].ent.subtype == "PERSON" && !as[i].pron {
				return &as[i]
			}
		}
		return nil
	}
	if st.label {
		if person(args) == nil {
			p.organisers(st, args)
			return
		}
		// "Speakers: Jane Doe, Microsoft; John Roe, OECD": each person's
		// part of the line runs to a semicolon or the next person, and
		// its last organisation is theirs.
		for pi := range args {
			per := &args[pi]
			if per.ent.subtype != "PERSON" || per.pron {
				continue
			}
			end := st.t1
			for k := per.end; k < st.t1; k++ {
				if p.isPunct(k, ';') {
					end = k
					break
				}
			}
			org := -1
			for i := pi + 1; i < len(args) && args[i].tok < end; i++ {
				if args[i].ent.subtype == "PERSON" {
					break
				}
				if k := args[i].ent.kind; k == domain.Actor || k == domain.Forum {
					if org >= 0 && args[i].ent.code != "" && args[org].ent.code == "" {
						continue // "Lena Berg, Stockholm University, Sweden": the state says where
					}
					org = i
				}
			}
			if org >= 0 {
				p.emit("label-line", domain.AffiliatedWith, per.ent, args[org].ent, 0.6*per.conf*args[org].conf)
			}
			if p.selfDoc != nil && p.selfDoc.kind == domain.Forum {
				p.emit("label-line", domain.ParticipatesIn, per.ent, p.selfDoc, 0.6*per.conf)
			}
		}
		return
	}
	if si == 0 || !p.sents[si-1].label || !p.toks[st.t0].word || p.toks[st.t0].flags&fRole == 0 || !p.isPunct(st.t0+1, ',') {
		return
	}
	per := person(p.sentenceArgs(&p.sents[si-1]))
	if per == nil {
		return
	}
	for _, a := range args {
		if k := a.ent.kind; (k == domain.Actor || k == domain.Forum) && a.ent.subtype != "PERSON" {
			p.emit("label-line", domain.AffiliatedWith, per.ent, a.ent, 0.6*per.conf*a.conf)
		}
	}
}

// organisers reads an "Organizers: A, Government, WEOG; B, Civil Society"
// line: each organisation named takes part in the event the document is.
func (p *docParse) organisers(st *sentence, args []arg) {
	if p.selfDoc == nil || p.selfDoc.kind != domain.Forum || !p.toks[st.t0].word {
		return
	}
	switch strings.ToLower(p.word(st.t0)) {
	case "organizer", "organizers", "organiser", "organisers", "co-organizer", "co-organizers", "co-organiser", "co-organisers",
		"host", "hosts", "co-host", "co-hosts", "convener", "conveners", "convenor", "convenors", "co-convener", "co-conveners",
		"partner", "partners", "sponsor", "sponsors", "co-sponsor", "co-sponsors":
	default:
		return
	}
	for _, a := range args {
		if a.ent.kind == domain.Actor && !a.pron && a.ent != p.selfDoc {
			p.emit("label-line", domain.ParticipatesIn, a.ent, p.selfDoc, 0.6*a.conf)
		}
	}
}

// beforeVictims cuts an opposed object list where a harm's victims begin:
// in "condemn ransomware attacks against hospitals and critical
// infrastructure" the attacks are opposed, not what they strike.
func (p *docParse) beforeVictims(args []arg, objs []int) []int {
	for n := 1; n < len(objs); n++ {
		for k := args[objs[0]].end; k < args[objs[n]].tok; k++ {
			if victimWords[strings.ToLower(p.word(k))] && p.toks[k].word {
				return objs[:n]
			}
		}
	}
	return objs
}

// shortfallWords say that a topic is wanting: "weak cybersecurity", "the
// lack of data protection". Opposing them backs the topic.
var shortfallWords = map[string]bool{"weak": true, "poor": true, "lax": true, "inadequate": true, "insufficient": true,
	"lack": true, "absence": true, "deficient": true, "limited": true}

// useNouns put a topic to some use a stance may target: "uses of AI".
var useNouns = map[string]bool{"use": true, "uses": true, "application": true, "applications": true}

// victimWords introduce what a harm strikes.
var victimWords = map[string]bool{"against": true, "targeting": true, "affecting": true}

// threat reports a topic headed by a harm ("Ransomware", "Commercial
// spyware", "Information manipulation and interference"), which no one
// supports; "Counter-terrorism" is headed by no harm.
func threat(e *entity) bool {
	if e.kind != domain.Issue {
		return false
	}
	w := lexicon[strings.ToLower(e.name[strings.LastIndexByte(e.name, ' ')+1:])]
	return w != nil && w.flags&fThreat != 0
}

// inTitle reports whether the document's title line names e, as a name of
// its own or inside a longer one ("... the Counter Ransomware Initiative
// Meeting").
func (p *docParse) inTitle(e *entity) bool {
	if len(p.sents) == 0 || e.entry == nil {
		return false
	}
	return p.ex.namesTopic(strings.ToLower(p.text[p.sents[0].start:p.sents[0].end]), e.entry)
}

// maxPartnersWithin is the largest group whose "we will work together"
// makes each pair partners: two sides or a small club commit to each
// other, thirty signatories of a declaration to a common cause.
const maxPartnersWithin = 4

// emit records a relation once per document, with each sentence that
// states it as evidence and the highest confidence any gave.
func (p *docParse) emit(rule string, typ domain.RelationType, src, tgt *entity, conf float64) {
	if src == tgt || src == nil || tgt == nil {
		return
	}
	if src == &p.voice && len(src.members) > maxPartnersWithin && tgt.kind == domain.Issue && typ != domain.Addresses && !p.inTitle(tgt) {
		// Thirty signatories that "will share approaches to capacity
		// building" each take a stance only on what their declaration is
		// about, the topic its title names; its other topics are the
		// declaration's own.
		if p.selfDoc != nil {
			p.emit(rule, domain.Addresses, p.selfDoc, tgt, conf)
		}
		return
	}
	// A group relates through its members (see entity.members).
	if len(src.members) > 0 || len(tgt.members) > 0 {
		for _, s := range orOne(src) {
			for _, t := range orOne(tgt) {
				p.emit(rule, typ, s, t, conf)
			}
		}
		return
	}
	if typ == domain.Supports && threat(tgt) {
		// "called for accountability for ransomware attacks", "pushed to
		// protect civilians from cyberattacks": what a speaker supports
		// with a harm in view is action against it.
		typ = domain.Opposes
	}
	st := p.cur
	ev := domain.Evidence{
		Document: p.doc.ID,
		Text:     p.text[st.start:st.end],
		Start:    st.runeStart,
		End:      st.runeEnd,
		Year:     p.curYear,
		Rule:     rule,
	}
	if ev.Year == 0 {
		ev.Year = p.docYear
	}
	p.dateEvidence(&ev)
	key := newRelKey(typ, src, tgt)
	if i, ok := p.rels[key]; ok {
		old := &p.relList[i]
		stronger := round(conf) > old.Confidence
		if stronger {
			old.Confidence, old.Rule = round(conf), rule
		}
		for i := range old.Evidence {
			if old.Evidence[i].Start == ev.Start {
				if stronger {
					// The relation's rule is always one its sentences carry.
					old.Evidence[i].Rule = rule
				}
				return
			}
		}
		old.Evidence = append(old.Evidence, ev)
		return
	}
	p.rels[key] = len(p.relList)
	s, t := src.id, tgt.id
	if typ.Symmetric() && t < s {
		s, t = t, s // as domain.NewRelation orders them
	}
	p.relList = append(p.relList, domain.Relation{ID: relationID(typ, s, t), Type: typ, Source: s, Target: t,
		Confidence: round(conf), Rule: rule, Evidence: []domain.Evidence{ev}})
	p.order = append(p.order, key)
}

// relationID is domain.RelationID for ends in order, hashing on the stack
// rather than through the strings domain.RelationID builds: the extractor
// derives one per relation, and the extractions' Validate checks them.
func relationID(typ domain.RelationType, source, target string) string {
	var buf [256]byte
	b := append(buf[:0], typ...)
	b = append(append(b, 0), source...)
	b = append(append(b, 0), target...)
	sum := sha256.Sum256(b)
	var id [4 + 2*10]byte
	copy(id[:], "rel:")
	hex.Encode(id[4:], sum[:10])
	return string(id[:])
}

// relKey identifies a relation within a document without hashing its
// IDs, nor its type's name (typ is its index in domain.RelationTypes); a
// symmetric relation has its ends in ID order.
type relKey struct {
	src, tgt *entity
	typ      uint8
}

func newRelKey(typ domain.RelationType, src, tgt *entity) relKey {
	if typ.Symmetric() && tgt.id < src.id {
		src, tgt = tgt, src
	}
	return relKey{src, tgt, relTypeIndex(typ)}
}

// relTypeIndex numbers the relation types for relKey.
func relTypeIndex(typ domain.RelationType) uint8 {
	for i, t := range domain.RelationTypes {
		if t == typ {
			return uint8(i)
		}
	}
	panic("loader: unknown relation type " + string(typ))
}

func (p *docParse) has(typ domain.RelationType, src, tgt *entity) bool {
	_, ok := p.rels[newRelKey(typ, src, tgt)]
	return ok
}

func round(f float64) float64 {
	return float64(int(f*1000+0.5)) / 1000
}

// orOne returns a group's members, or the entity alone.
func orOne(e *entity) []*entity {
	if len(e.members) > 0 {
		return e.members
	}
	return []*entity{e}
}

// gerundAdjunct reports a stance verb in -ing after a preposition other
// than "to": "interests in promoting X", "collaboration toward protecting
// Y", "by encouraging Z". The gerund names an activity that the sentence
// talks about; "committed to promoting X" still states a stance.
func (p *docParse) gerundAdjunct(h cueHit) bool {
	w := p.word(h.t0)
	if h.t0 == 0 || !hasSuffixFold(w, "ing") {
		return false
	}
	stance := true
	for _, c := range h.cues {
		stance = stance && (c.class == cSupport || c.class == cOppose)
	}
	// "support the UN in implementing X": the gerund after "in" is the
	// UN's doing, whatever the cue; after "by" it is the subject's own, and
	// so it is in an opener ("In signing X, A ...").
	if !stance && (p.cur != nil && h.t0-1 == p.cur.t0 ||
		!(p.isWord(h.t0-1, "in") || p.isWord(h.t0-1, "for") || p.isWord(h.t0-1, "towards") || p.isWord(h.t0-1, "toward"))) {
		return false
	}
	return p.gerundAfterPreposition(h.t0, 6)
}

// gerundAfterPreposition reports whether the -ing word at k follows a
// preposition other than "to", directly or as a later member of a list of
// gerunds that one governs ("interests in protecting X; defending Y; and
// upholding Z"); depth bounds the walk back through the list.
func (p *docParse) gerundAfterPreposition(k, depth int) bool {
	if k == 0 || depth == 0 || !hasSuffixFold(p.word(k), "ing") {
		return false
	}
	prev := &p.toks[k-1]
	if prev.word && prev.flags&fPreposition != 0 {
		return !p.isWord(k-1, "to")
	}
	if !(prev.punct == ',' || prev.punct == ';' || p.isWord(k-1, "and") || p.isWord(k-1, "or")) {
		return false
	}
	// The list's previous member: the last -ing word before the glue.
	for j := k - 2; j > 0 && j > k-30; j-- {
		t := &p.toks[j]
		if t.punct == '.' || t.punct == ':' {
			return false
		}
		if t.word && hasSuffixFold(p.word(j), "ing") && (p.toks[j-1].punct == ',' || p.toks[j-1].punct == ';' ||
			p.isWord(j-1, "and") || p.toks[j-1].word && p.toks[j-1].flags&fPreposition != 0) {
			return p.gerundAfterPreposition(j, depth-1)
		}
	}
	return false
}

// bodyOf reads a government body placed within a state or another body:
// "the Department of Internal Affairs of the Government of New Zealand",
// "the Agency for Digitisation in the Ministry of Finance", and on a list
// line "Agency for Digitisation, Ministry of Finance". The body is part of
// what follows it.
func (p *docParse) bodyOf(st *sentence, args []arg) {
	line := st.bullet || st.t1-st.t0 <= 12
	for i := 0; i+1 < len(args); i++ {
		b, w := &args[i], &args[i+1]
		// "inside the Commission" refers back to a name: a place as
		// good as the name itself; "in it" is not.
		if b.pron || w.pron && p.toks[w.tok].flags&fFunction != 0 || b.ent.subtype != "GOVERNMENT_BODY" || w.ent.kind != domain.Actor || b.ent == w.ent {
			continue
		}
		if w.ent.subtype != "STATE" && w.ent.subtype != "GOVERNMENT_BODY" && w.ent.subtype != "REGIONAL_BLOC" {
			continue
		}
		// On a list line the place closes the item: "..., Japan Science
		// and Technology Agency" lists another body.
		placeCloses := w.end >= st.t1 || !p.toks[w.end].word || !p.toks[w.end].cap
		if p.placedIn(b.end, w.tok) || line && w.tok == b.end+1 && p.isPunct(b.end, ',') && placeCloses {
			p.emit("body-of", domain.PartOf, b.ent, w.ent, 0.7*b.conf*w.conf)
		}
	}
}

// placedIn reports whether the words from token k to token to place a body
// in what follows: "of", "in", "within", "inside", "at", "under", with
// "the" and "Government of" between, perhaps after an apposition that
// says what the body is ("an agency within").
func (p *docParse) placedIn(k, to int) bool {
	if p.isPunct(k, '(') && p.isPunct(k+2, ')') {
		k += 3 // "the National Telecommunications and Information Administration (NTIA) of the ..."
	} else if p.isPunct(k, ')') {
		k++ // past the acronym itself
	}
	if p.isPunct(k, ',') && (p.isWord(k+1, "a") || p.isWord(k+1, "an")) && p.plainNoun(k+2) {
		k += 3 // "the Office, an agency within the Ministry"
	}
	if to-k < 1 || to-k > 5 || !(p.isWord(k, "of") || p.isWord(k, "in") || p.isWord(k, "within") || p.isWord(k, "inside") || p.isWord(k, "at") || p.isWord(k, "under")) {
		return false
	}
	for j := k + 1; j < to; j++ {
		if !(p.isWord(j, "the") || p.isWord(j, "of") || p.toks[j].flags&fGovernment != 0) {
			return false
		}
	}
	return true
}

// plainNoun reports a lower-case word at k that no grammar word is: the
// noun a word before it may qualify.
func (p *docParse) plainNoun(k int) bool {
	return k < len(p.toks) && p.toks[k].word && p.toks[k].lower &&
		p.toks[k].flags&(fPreposition|fDeterminer|fListGlue|fFunction|fAuxiliary|fVerb|fHedge|fClauseBreak|fAdverb|fNegation) == 0
}

// coordinatedVerb reports a cue that opens the second of two verb
// phrases: "..., and calls for", "and also supports".
func (p *docParse) coordinatedVerb(t int) bool {
	// Adverbs and auxiliaries may stand between: "and will also work".
	k := t - 1
	for k >= 0 && k >= t-3 && p.toks[k].word && p.toks[k].lower && p.toks[k].flags&(fAdverb|fAuxiliary) != 0 {
		k--
	}
	return p.isWord(k, "and")
}

// objectOfCue reports whether the name at token t is the object of a cue
// that ends a determiner or two before it: "builds on the X".
func (p *docParse) objectOfCue(t int) bool {
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if !p.toks[k].word {
			return false
		}
		if p.cueAt(k, t) {
			return true
		}
	}
	return false
}

// secondPredicate reports an "and" that opens a second predicate, "...
// with Singapore and has an adequacy decision with Japan": what follows is
// no object of the cue before it.
func (p *docParse) secondPredicate(k int) bool {
	n := k + 1
	return p.isWord(k, "and") && n < len(p.toks) && p.toks[n].word && p.toks[n].lower && p.toks[n].flags&(fAuxiliary|fHedge) != 0 && p.toks[n].flags&fClauseBreak == 0
}

// participlePhrase reports a comma that opens a present participle's
// phrase: "declined to sign the text, citing concerns over X" gives the
// reason; X is no object of the cue before it. ("including" lists.)
func (p *docParse) participlePhrase(k int) bool {
	n := k + 1
	return p.isPunct(k, ',') && n < len(p.toks) && p.toks[n].word && p.toks[n].lower &&
		p.toks[n].flags&(fPreposition|fSubordinator|fListGlue) == 0 && hasSuffixFold(p.word(n), "ing")
}

// reducedRelative reports a one-word prepositional cue after a past
// participle: in "the Code developed within X" the participle's phrase
// says where the code was made, not that the sentence's subject takes part
// in X.
func (p *docParse) reducedRelative(h cueHit) bool {
	if h.t1-h.t0 != 1 || h.t0 == 0 || p.toks[h.t0].flags&fPreposition == 0 {
		return false
	}
	prev := &p.toks[h.t0-1]
	return prev.word && prev.lower && hasSuffixFold(p.word(h.t0-1), "ed")
}

// compoundModifiers reads the hyphenated compounds that name who stands
// behind a forum or an instrument: "the France-led and EU-backed Programme
// of Action", "a US-sponsored resolution". The compound's head (see
// compoundCues) says what relation its first part has to the name after.
func (p *docParse) compoundModifiers(args []arg) {
	for i := range args {
		o := &args[i]
		if o.pron || o.ent.kind != domain.Treaty && o.ent.kind != domain.Forum {
			continue
		}
		for k := o.tok - 1; k >= 0 && k >= o.tok-6; k-- {
			t := &p.toks[k]
			if !t.word {
				if t.punct == ',' {
					continue
				}
				break
			}
			w := p.word(k)
			cut := strings.LastIndexByte(w, '-')
			if cut <= 0 {
				if t.flags&(fDeterminer|fListGlue) != 0 || t.lower {
					continue // "the", "and", an adjective
				}
				break
			}
			class, ok := compoundCues[strings.ToLower(w[cut+1:])]
			if !ok {
				continue
			}
			en, found := p.ex.kb.Lookup(w[:cut])
			if !found {
				en, found = p.ex.kb.Demonym(w[:cut])
			}
			if !found || en.Kind == domain.Issue {
				continue
			}
			if class == cLead && o.ent.kind == domain.Treaty {
				// A "France-led" text is France's, and France stands
				// behind it.
				p.relate("compound-modifier", cAuthor, p.reg.fromKB(en), o.ent, 0.65*o.conf)
				class = cSupport
			}
			p.relate("compound-modifier", class, p.reg.fromKB(en), o.ent, 0.65*o.conf)
		}
	}
}

// compoundCues maps the head of a hyphenated compound to the cue class it
// states: "France-led" authors a text and takes part in a forum,
// "EU-backed" supports.
var compoundCues = map[string]cueClass{
	"led": cLead, "backed": cSupport, "supported": cSupport, "sponsored": cSupport, "funded": cSupport,
	"proposed": cAuthor, "drafted": cAuthor, "initiated": cAuthor, "authored": cAuthor, "brokered": cAuthor,
	"hosted": cLead, "chaired": cLead, "convened": cLead,
}

// ofAgentNominals reads a nominalised verb whose agents follow "of": "the
// inclusion of France, Kenya and Chile in the network", "the accession of
// Ukraine to the Convention", "the participation of Brazil in the IGF".
// Each agent stands in the noun's relation to the object after the
// preposition (see agentNominals).
func (p *docParse) ofAgentNominals(st *sentence, args []arg) {
	ai := 0
	for k := st.t0; k+3 < st.t1; k++ {
		t := &p.toks[k]
		if !t.word || t.flags&fAgentNominal == 0 || !t.lower && !(t.cap && k > st.t0 && p.isWord(k-1, "the")) || !p.isWord(k+1, "of") || insideArg(args, k) {
			continue
		}
		nom, ok := agentNominals[strings.ToLower(p.word(k))]
		if !ok {
			continue
		}
		for ai < len(args) && args[ai].tok <= k+1 {
			ai++
		}
		if ai == len(args) || args[ai].tok > k+3 || args[ai].ent.kind != domain.Actor {
			continue
		}
		agents := p.group(args, ai, 1)
		last := args[agents[len(agents)-1]]
		if !p.isWord(last.end, nom.prep) {
			continue
		}
		for oi := agents[len(agents)-1] + 1; oi < len(args); oi++ {
			o := &args[oi]
			if o.tok > last.end+3 && !(nom.class == cParticipate && p.sessionOf(last.end+1, o.tok)) {
				break
			}
			for _, a := range agents {
				p.relate("nominal-of-agent", nom.class, args[a].ent, o.ent, 0.7*args[a].conf*o.conf)
			}
			break
		}
	}
}

// byAgentNominals reads a nominalised verb whose object follows "of" and
// whose agent follows "by": "the adoption of the Global Digital Compact by
// the General Assembly", "the signing of the Convention by Ghana".
func (p *docParse) byAgentNominals(st *sentence, args []arg) {
	for oi := range args {
		o := &args[oi]
		if o.pron || o.ent.kind != domain.Treaty {
			continue
		}
		k := p.beforeName(o.tok)
		if !p.isWord(k, "of") || k < 1 {
			continue
		}
		class, ok := byAgentNouns[strings.ToLower(p.word(k-1))]
		if !ok || !p.isWord(o.end, "by") {
			continue
		}
		if class == cAdopt && (o.ent.subtype == "LAW" || o.ent.subtype == "STRATEGY") {
			class = cAuthor // a law or a strategy is adopted by its maker, as in active
		}
		for ai := oi + 1; ai < len(args) && args[ai].tok <= o.end+2; ai++ {
			if a := &args[ai]; a.tok > o.end && !a.pron && (a.ent.kind == domain.Actor || a.ent.kind == domain.Forum) {
				for _, m := range p.group(args, ai, 1) {
					p.relate("nominal-by-agent", class, args[m].ent, o.ent, 0.7*args[m].conf*o.conf)
				}
				break
			}
		}
	}
}

// byAgentNouns map a noun whose "of" phrase names its object and whose
// "by" phrase its agent to the cue class it states.
var byAgentNouns = map[string]cueClass{
	"adoption": cAdopt, "signing": cParty, "signature": cParty, "ratification": cParty, "endorsement": cParty,
	"launch": cAuthor, "publication": cAuthor, "drafting": cAuthor,
}

// sessionOf reports words from token k to token o that name a sitting of
// what follows: "the Third Substantive Session of the", "the 2024 meeting
// of".
func (p *docParse) sessionOf(k, o int) bool {
	if o-k > 6 || !p.isWord(o-1, "of") && !(p.isWord(o-1, "the") && p.isWord(o-2, "of")) {
		return false
	}
	for j := k; j < o; j++ {
		if sessionNouns[strings.ToLower(p.word(j))] {
			return true
		}
	}
	return false
}

// sessionNouns name a sitting of a body.
var sessionNouns = map[string]bool{"session": true, "sessions": true, "meeting": true, "meetings": true, "sitting": true, "plenary": true}

// agentNominals maps a noun whose "of" phrase names its agents to the cue
// class it states and the preposition that introduces its object.
var agentNominals = map[string]struct {
	class cueClass
	prep  string
}{
	"inclusion": {cMember, "in"}, "admission": {cMember, "to"}, "membership": {cMember, "in"},
	"accession": {cParty, "to"}, "participation": {cParticipate, "in"}, "involvement": {cParticipate, "in"},
	"ratification": {cParty, "of"}, "withdrawal": {cOppose, "from"}, "entry": {cMember, "into"},
	"delegation": {cParticipate, "at"}, "delegations": {cParticipate, "at"}, "representatives": {cParticipate, "at"},
}

// includedBodies reads "X, including A, B and C" where X is a forum and
// the names listed are forums or bodies too: each is part of X ("the
// Radiocommunication Sector, including world conferences and the Radio
// Regulations Board").
func (p *docParse) includedBodies(args []arg) {
	for i := 0; i+1 < len(args); i++ {
		x := &args[i]
		if x.pron || x.ent.kind != domain.Forum || !p.isPunct(x.end, ',') || !p.isWord(x.end+1, "including") {
			continue
		}
		j := i + 1
		if args[j].tok > x.end+4 {
			continue
		}
		for _, k := range p.group(args, j, 1) {
			if y := &args[k]; y.ent.kind == domain.Forum && !y.pron {
				p.relate("included-body", cPart, y.ent, x.ent, 0.6*x.conf*y.conf)
			}
		}
	}
	// "ICANN's policy is developed by its supporting organizations,
	// including the GNSO and the ccNSO": bodies that "its" owns.
	for i := range args {
		y := &args[i]
		if y.pron || y.ent.kind != domain.Forum {
			continue
		}
		k := p.beforeName(y.tok)
		if !p.isWord(k, "including") || !p.isPunct(k-1, ',') {
			continue
		}
		j := k - 2
		for j > k-5 && j > 0 && p.toks[j].word && p.toks[j].lower && p.toks[j].flags&(fFunction|fPreposition|fDeterminer) == 0 {
			j--
		}
		if j == k-2 || !p.isWord(j, "its") && !p.isWord(j, "their") || !hasSuffixFold(p.word(k-2), "s") {
			continue
		}
		owner := p.forumBefore(p.toks[j].s)
		if owner == nil || owner == y.ent {
			continue
		}
		for _, m := range p.group(args, i, 1) {
			if b := &args[m]; b.ent.kind == domain.Forum && !b.pron && b.ent != owner {
				p.relate("included-body", cPart, b.ent, owner, 0.55*b.conf)
			}
		}
	}
}

// namesTopic reports whether surface, in lower case, holds one of the forms
// of topic t.
func (ex *Extractor) namesTopic(surface string, t *kb.Entry) bool {
	for _, f := range ex.topicForms[t.Index()] {
		if len(f) <= len(surface) && strings.Contains(surface, f) {
			return true
		}
	}
	return false
}
