package loader

import (
	"slices"
	"strings"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/loader/kb"
)

// The document layer: what the document itself is (its title as an
// instrument or event), whose voice "we" is, and the groups the text refers
// back to ("the two countries").

// proseSentence reports whether a sentence of the first lines is prose
// rather than a title or a heading: it ends with a full stop and is not
// written in title case. "The Budapest Convention was opened for signature
// in 2001." speaks of the convention; it is not its text.
func (p *docParse) proseSentence(st *sentence) bool {
	last := st.t1 - 1
	for last > st.t0 && !p.toks[last].word && p.toks[last].punct != '.' && p.toks[last].punct != '!' && p.toks[last].punct != '?' {
		last-- // a closing quote or bracket after the stop
	}
	return last > st.t0 && !p.toks[last].word && !st.titleCase && !st.label
}

// betweenTitle reads a bilateral instrument's title line, "Agreement
// between the Government of A and the Government of B on Z": the line is
// its name. It reports whether sentence si was one.
func (p *docParse) betweenTitle(si int) bool {
	st := &p.sents[si]
	k := st.t0
	if si != 0 || st.t1-st.t0 < 3 {
		return false
	}
	hw := p.toks[k].lex().head
	if hw == nil || hw.kind != domain.Treaty || !p.toks[k].cap || !p.isWord(k+1, "between") || p.proseSentence(st) {
		return false
	}
	line := strings.TrimSpace(p.text[st.start:st.end])
	if strings.ContainsRune(line, '\n') || st.t1-st.t0 > maxTitleWords {
		return false
	}
	p.selfDoc, p.selfSpan, p.selfNoun = p.reg.get(hw.kind, hw.subtype, line, 0.9), span{k, st.t1}, strings.ToLower(p.word(k))
	// The states it is between are its parties.
	for j := k + 2; j < st.t1; j++ {
		if en := p.kbAt[j]; en != nil && en.Kind == domain.Actor && en.Code != "" && (j == 0 || p.kbAt[j-1] != en) {
			p.pending = append(p.pending, pendingRel{rule: "title-parties", typ: domain.PartyTo, src: p.reg.fromKB(en), tgt: p.selfDoc, at: p.toks[j].s, conf: 0.75})
		}
	}
	return true
}

// resolutionTitle reads a resolution's title line, "53/29. New and
// emerging digital technologies and human rights", under the line
// "Resolution adopted by the ...": the United Nations number their
// resolutions session/serial. It reports whether sentence si was one.
func (p *docParse) resolutionTitle(si int) bool {
	st := &p.sents[si]
	k := st.t0
	if si == 0 || k+3 >= len(p.toks) || !p.toks[k].num || !p.isPunct(k+1, '/') || !p.toks[k+2].num || !p.isPunct(k+3, '.') {
		return false
	}
	if above := &p.sents[si-1]; !p.isWord(above.t0, "resolution") || !p.isWord(above.t0+1, "adopted") {
		return false
	}
	// The title runs on to the end of the line, in this sentence or, when
	// the splitter ended one at the number's full stop, the next.
	from, to := k+4, st.t1
	if from >= to && si+1 < len(p.sents) {
		from, to = p.sents[si+1].t0, p.sents[si+1].t1
	}
	for to > from && !p.toks[to-1].word {
		to--
	}
	num := p.text[p.toks[k].s:p.toks[k+2].e]
	var e *entity
	if en, ok := p.ex.kb.Lookup("Resolution " + num); ok && en.Kind == domain.Treaty {
		e = p.reg.fromKB(en)
	} else {
		e = p.reg.get(domain.Treaty, "DECLARATION", "Resolution "+num, 0.85)
	}
	if from < to {
		e.addAlias(p.text[p.toks[from].s:p.toks[to-1].e])
	}
	p.selfDoc, p.selfSpan, p.selfNoun = e, span{k, k + 3}, "resolution"
	return true
}

// findSelf works out which instrument or event the document itself is, from
// its first lines, and whose voice "we" is.
func (p *docParse) findSelf() {
	for si := 0; si < len(p.sents) && si < 4; si++ {
		st := &p.sents[si]
		for i := st.t0; i < st.t1; i++ {
			if y := yearOf(p, i); y != 0 && p.docYear == 0 {
				p.docYear = y
			}
		}
		if p.selfDoc != nil {
			continue
		}
		if p.resolutionTitle(si) || p.betweenTitle(si) {
			break
		}
		if p.proseSentence(st) {
			continue
		}
		for _, pc := range p.pieces(st) {
			if p.indefinite(pc.a) || p.headlineVerb(pc, st.t1) {
				continue // "A New Mechanism for ...", "EU lawmakers approve Data Act": a headline about one, not its text
			}
			if ev := p.event(pc); ev != nil {
				p.selfDoc, p.selfNoun = ev, "session"
				break
			}
			hw := p.headOf(pc)
			known := p.kbExact(pc) && p.kbAt[pc.a].Kind == domain.Treaty
			if !known && (hw == nil || hw.kind != domain.Treaty) {
				continue
			}
			name := p.pieceText(pc)
			var state *kb.Entry
			if d, ok := p.ex.kb.Demonym(p.word(pc.a)); ok && pc.b-pc.a > 2 {
				state = d
				name = p.text[p.toks[pc.a+1].s:p.toks[pc.b-1].e]
			} else if pc.a > 0 && p.toks[pc.a-1].poss && p.kbAt[pc.a-1] != nil && p.kbAt[pc.a-1].Code != "" {
				state = p.kbAt[pc.a-1]
			} else {
				state = p.closingState(pc)
			}
			var e *entity
			subtype := ""
			if known {
				e = p.reg.fromKB(p.kbAt[pc.a])
				subtype = e.subtype
			} else {
				// A title line that the name opens or closes ("Joint
				// Statement on Efforts to ...", "X Dialogue: Joint Vision
				// Statement") is the instrument's full name.
				if line, ok := p.titleLine(st, pc); ok {
					name = line
				}
				e = p.reg.get(hw.kind, hw.subtype, name, 0.9)
				subtype = hw.subtype
			}
			// Both the full title and the name without the state's
			// adjective refer to the document from now on.
			e.addAlias(p.pieceText(pc))
			e.addAlias(name)
			p.selfDoc, p.selfSpan = e, span{pc.a, pc.b}
			h := p.headIndex(pc)
			for k := h; k < pc.b && !p.headOfKind(k, e.kind); k++ {
				if k+1 < pc.b && p.headOfKind(k+1, e.kind) {
					// "Council of Europe Framework Convention on ...":
					// the maker's name opens it; the convention heads it.
					for h = k + 1; h+1 < pc.b && p.headOfKind(h+1, e.kind); h++ {
					}
					break
				}
			}
			p.selfNoun = strings.ToLower(p.word(h))
			if state != nil && (subtype == "STRATEGY" || subtype == "DECLARATION") {
				// "Joint Statement of the Ministers of A, B and C": a list
				// that the closing state opens is the document's voice.
				if ms := p.speakers(p.stateStart(pc.b)); len(ms) >= 2 && pc.b < st.t1 {
					p.setVoice(ms, si, true)
				} else {
					p.selfActor = p.reg.fromKB(state)
				}
			}
			break
		}
	}
	// "We, as the Federal Government, ..." defines the voice outright.
	for i := 0; i+3 < len(p.toks); i++ {
		if p.toks[i].flags&fPronounWe == 0 || !p.isPunct(i+1, ',') || !p.isWord(i, "we") || !p.isWord(i+2, "as") {
			continue
		}
		j := i + 3
		if p.isWord(j, "the") {
			j++
		}
		if j >= len(p.toks) {
			break // "We, as the" and nothing after
		}
		if en := p.kbAt[j]; en != nil && en.Kind == domain.Actor {
			p.selfActor = p.reg.fromKB(en)
		} else if en, ok := p.ex.kb.Demonym(p.word(j)); ok && j+1 < len(p.toks) && p.toks[j+1].flags&fGovernment != 0 {
			p.selfActor = p.reg.fromKB(en)
		}
		break
	}
}

// headOfKind reports a capitalised head word at token k of the given kind.
func (p *docParse) headOfKind(k int, kind domain.Kind) bool {
	hw := p.toks[k].lex().head
	return hw != nil && hw.kind == kind && !p.toks[k].lower
}

// closingState finds the state a name closes with after "of" ("Digital
// Strategy of Kenya", "... of the Republic of Chile 2022-2030"), a year or
// a range of years after it allowed.
func (p *docParse) closingState(pc piece) *kb.Entry {
	b := pc.b
	for b > pc.a && (p.toks[b-1].num || p.toks[b-1].punct == '-') {
		b--
	}
	en := p.kbAt[b-1]
	if b-1 <= pc.a || en == nil || en.Kind != domain.Actor || en.Code == "" {
		return nil
	}
	k := b - 1
	for k > pc.a && p.kbAt[k-1] == en {
		k--
	}
	if p.isWord(k-1, "the") {
		k--
	}
	if !p.isWord(k-1, "of") {
		return nil
	}
	return en
}

// stateStart returns the first token of the name that ends at token b.
func (p *docParse) stateStart(b int) int {
	k := b - 1
	for k > 0 && p.kbAt[k-1] != nil && p.kbAt[k-1] == p.kbAt[b-1] {
		k--
	}
	return k
}

// titleLine returns the whole of sentence st when it is the document's
// title line (its first line, a heading without final punctuation) and the
// instrument's name pc opens it or closes it after a colon.
func (p *docParse) titleLine(st *sentence, pc piece) (string, bool) {
	if st != &p.sents[0] || st.t1-st.t0 > maxTitleWords || st.t1 == st.t0 {
		return "", false
	}
	last := &p.toks[st.t1-1]
	if last.punct == '.' || last.punct == '!' || last.punct == '?' {
		return "", false
	}
	line := strings.TrimSpace(p.text[st.start:st.end])
	if strings.ContainsRune(line, '\n') {
		return "", false
	}
	opens := pc.a == st.t0
	closes := pc.b == st.t1 && pc.a > st.t0 && p.isPunct(pc.a-1, ':')
	if !opens && !closes || pc.a == st.t0 && pc.b == st.t1 || opens && (p.documentPart(pc.b, st.t1) || p.placeAndDate(pc.b, st.t1)) {
		return "", false
	}
	return line, true
}

// documentPart reports a title's tail, tokens [from, to), that names a
// part or a form of the document rather than more of its name: ":
// Executive Summary", "– Full Text", "(Fact Sheet)".
func (p *docParse) documentPart(from, to int) bool {
	words := 0
	for k := from; k < to; k++ {
		if !p.toks[k].word {
			continue
		}
		if !documentParts[strings.ToLower(p.word(k))] {
			return false
		}
		words++
	}
	return words > 0
}

// placeAndDate reports a title's tail, tokens [from, to), that places and
// dates the document: ", Maceió, 13 September 2024", " – 12 May 2023".
func (p *docParse) placeAndDate(from, to int) bool {
	if from >= to || !p.isPunct(from, ',') && !p.isPunct(from, '–') && !p.isPunct(from, '-') && !p.isPunct(from, '(') {
		return false
	}
	dated := false
	for k := from; k < to; k++ {
		t := &p.toks[k]
		switch {
		case yearOf(p, k) != 0:
			dated = true
		case t.num || t.word && (t.cap || t.flags&fMonth != 0):
		case !t.word && strings.ContainsRune(",–-()", t.punct):
		default:
			return false
		}
	}
	return dated
}

// documentParts are the words of a title's tail that name a part or a
// form of the document.
var documentParts = map[string]bool{"summary": true, "executive": true, "overview": true, "highlights": true,
	"fact": true, "sheet": true, "factsheet": true, "full": true, "text": true, "key": true, "points": true,
	"messages": true, "introduction": true, "foreword": true, "excerpt": true, "excerpts": true, "abridged": true,
	"version": true, "english": true, "unofficial": true, "translation": true}

// maxTitleWords bounds a title line in tokens; longer lines are prose.
const maxTitleWords = 24

// findVoice works out who "we" are when the document lists them: "We, the
// governments of A, B and C, ..." or "We, the Leaders of X, ...", or a
// document in the first person whose opening sentence has a coordinated
// subject ("The United States and Singapore affirm ... our ..."). One
// speaker becomes the voice itself, several a group (see entity.members).
func (p *docParse) findVoice() {
	if p.selfActor != nil {
		return
	}
	for i := 0; i+2 < len(p.toks); i++ {
		if p.toks[i].flags&fPronounWe == 0 || !p.isWord(i, "we") {
			continue
		}
		// "we the Ministers of A, B and C" sets off its apposition with no
		// comma: only its "of" before a name tells it from "we the
		// people".
		bare := p.isWord(i+1, "the")
		if !p.isPunct(i+1, ',') && !bare {
			continue
		}
		// "We, the governments of" or "We, the undersigned,": the list
		// starts after the first "of", or at once.
		// "We, the ministers responsible for digital affairs of A, B and
		// C": the first "of" before a name, within the apposition.
		k := i + 2
		if bare {
			k = i + 1
		}
		start := k
		for j := k; j < len(p.toks) && j < k+12 && !p.isPunct(j, ','); j++ {
			if p.ofKnownName(j) {
				k = j + 1
				break
			}
		}
		if bare && k == start {
			continue
		}
		ms := p.speakers(k)
		if len(ms) == 0 && (p.selfDoc == nil || p.selfDoc.entry == nil) {
			// "We, the undersigned organisations, ..." and, below the
			// text, "Signatories:" with one name a line. (A known
			// instrument in the title is what the letter is about.)
			ms = p.signatoryLines()
		}
		if len(ms) > 0 {
			p.setVoice(ms, p.sentenceAt(p.toks[i].s), true)
		}
		return
	}
	// A joint statement's title may name who speaks: "Joint Statement by
	// Japan and Kenya on ...", "Declaration of the G7 and the AU".
	if ms := p.titleSpeakers(); len(ms) > 0 {
		p.setVoice(ms, 0, true)
		return
	}
	// No "We, ...": an opening sentence whose subject lists the speakers.
	uses := false
	for i := range p.toks {
		if p.toks[i].flags&fPronounWe != 0 && p.toks[i].word {
			uses = true
			break
		}
	}
	if !uses {
		return
	}
	for si := 0; si < len(p.sents) && si < 3; si++ {
		st := &p.sents[si]
		if st.titleCase || st.t1-st.t0 < 6 {
			continue
		}
		k := st.t0
		if p.isWord(k, "the") {
			k++
		}
		if ms := p.speakers(k); len(ms) >= 2 {
			p.setVoice(ms, si, false)
		}
		return
	}
}

// signatoryLines reads the known names listed one a line under a
// "Signatories:" or "Signed by:" heading, as open letters end.
func (p *docParse) signatoryLines() []*entity {
	var out []*entity
	for si := range p.sents {
		st := &p.sents[si]
		if !p.signatoriesHeading(st) {
			continue
		}
		for sj := si + 1; sj < len(p.sents); sj++ {
			item := &p.sents[sj]
			if p.blankLineBetween(&p.sents[sj-1], item) {
				break // a blank line ends the list
			}
			en := p.kbAt[item.t0]
			if en == nil || en.Kind != domain.Actor && en.Kind != domain.Forum {
				break
			}
			out = append(out, p.reg.fromKB(en))
		}
		break
	}
	return out
}

// signatoriesHeading reports a heading line "Signatories:", "Signed by:",
// "Endorsed by:" or "Signatory organisations:".
func (p *docParse) signatoriesHeading(st *sentence) bool {
	n := st.t1 - st.t0
	if n < 2 || n > 3 || !p.isPunct(st.t1-1, ':') {
		return false
	}
	first := strings.ToLower(p.word(st.t0))
	switch {
	case n == 2:
		return first == "signatories" || first == "signed" || first == "endorsers" || first == "signatures"
	default:
		second := strings.ToLower(p.word(st.t0 + 1))
		return (first == "signed" || first == "endorsed") && second == "by" || first == "signatory" && (second == "organisations" || second == "organizations")
	}
}

// ofKnownName reports an "of" at j before a known name, with or without
// "the": "the governments of Kenya", "the Leaders of the G7".
func (p *docParse) ofKnownName(j int) bool {
	known := func(k int) bool { return k < len(p.kbAt) && p.kbAt[k] != nil }
	return p.isWord(j, "of") && (known(j+1) || p.isWord(j+1, "the") && known(j+2))
}

// titleSpeakers reads the speakers a title line names after a statement's
// head ("Joint Statement by Japan and Kenya on Digital Cooperation"), when
// the document's first line is such a title.
func (p *docParse) titleSpeakers() []*entity {
	if len(p.sents) == 0 {
		return nil
	}
	st := &p.sents[0]
	if st.t1-st.t0 > maxTitleWords {
		return nil
	}
	for h := st.t0; h+2 < st.t1; h++ {
		hw := p.toks[h].lex().head
		if hw == nil || hw.kind != domain.Treaty || hw.subtype != "DECLARATION" || p.toks[h].lower || p.kbAt[h] != nil {
			continue
		}
		k := h + 1
		if !(p.isWord(k, "by") || p.isWord(k, "of") || p.isWord(k, "between") || p.isWord(k, "from")) {
			continue
		}
		k++
		// "by the Leaders of A and B": the list starts after the "of"
		// before a name.
		for j := k; j < st.t1 && j < k+8; j++ {
			if p.ofKnownName(j) {
				k = j + 1
				break
			}
		}
		if p.isWord(k, "the") {
			k++
		}
		var out []*entity
		for _, e := range p.speakers(k) {
			if e.kind == domain.Actor {
				out = append(out, e)
			}
		}
		return out
	}
	return nil
}

// speakers lists the known actors and forums coordinated from token k on
// ("Australia, Canada, and the United States"), stopping at the first word
// that is neither a name nor list glue.
func (p *docParse) speakers(k int) []*entity {
	var out []*entity
	var prev *kb.Entry
	for ; k < len(p.toks); k++ {
		t := &p.toks[k]
		if en := p.kbAt[k]; en != nil {
			if en != prev && (en.Kind == domain.Actor || en.Kind == domain.Forum) {
				out = append(out, p.reg.fromKB(en))
			}
			prev = en
			continue
		}
		prev = nil
		if t.punct == ',' || t.word && t.flags&fListGlue != 0 {
			continue
		}
		if (t.punct == '-' || t.punct == '–') && k > 0 && p.toks[k-1].e == t.s && k+1 < len(p.toks) && p.toks[k+1].s == t.e && p.kbAt[k+1] != nil {
			continue // "the U.S.-Japan Digital Partnership": a compound of the two
		}
		break
	}
	return out
}

// setVoice makes ms the document's voice, defined in sentence si; listed
// says the document names them as its signatories ("We, the governments
// of ...").
func (p *docParse) setVoice(ms []*entity, si int, listed bool) {
	p.voiceSent, p.voiceListed = si, listed
	if len(ms) == 1 {
		p.selfActor = ms[0]
		return
	}
	p.voice = entity{name: "we", kind: domain.Actor, subtype: "STATE", members: ms}
	for _, m := range ms {
		if m.kind != domain.Actor || m.subtype != "STATE" {
			p.voice.subtype = ""
		}
	}
	p.selfActor = &p.voice
}

// sentenceAt returns the index of the sentence holding byte offset at.
func (p *docParse) sentenceAt(at int) int {
	for i := range p.sents {
		if p.sents[i].end > at {
			return i
		}
	}
	return len(p.sents) - 1
}

// definedGroup is a name the text gives a list of actors: "the
// Participants" in "The European Union and Japan (hereinafter "the
// Participants")".
type definedGroup struct {
	word  string // the name's last word, in lower case: "participants"
	group *entity
}

// definedGroups reads the definitions in sentence st of a name for the
// actors listed before it ("A and B (hereinafter referred to as "the
// Parties")"), and refers each later "the Parties" to them.
func (p *docParse) definedGroups(st *sentence, first int) {
	for i := st.t0; i+3 < st.t1; i++ {
		if !p.isPunct(i, '(') {
			continue
		}
		k := i + 1
		if !p.isWord(k, "hereinafter") && !p.isWord(k, "hereafter") {
			continue
		}
		// "(hereinafter referred to collectively as the “Participants”)":
		// the name may stand in quotes after its article.
		named := func(k int) int {
			if !p.isWord(k, "the") {
				return -1
			}
			n := k + 1
			if n < st.t1 && !p.toks[n].word && strings.ContainsRune("\"“‘'", rune(p.toks[n].punct)) {
				n++
			}
			if n >= st.t1 || !p.toks[n].cap {
				return -1
			}
			return n
		}
		for k < st.t1 && k < i+10 && !p.isPunct(k, ')') && named(k) < 0 {
			k++
		}
		n := named(k)
		if n < 0 {
			continue
		}
		word := strings.TrimRight(strings.ToLower(p.word(n)), "'’") // "'the Parties')": the closing quote may cling to the word
		var members []*entity
		end := i // the list ends at the bracket
		for {
			var m *arg
			for j := first; j < len(p.args); j++ {
				if a := &p.args[j]; a.end == end && !a.pron && pairable(a.ent) {
					m = a
				}
			}
			if m == nil {
				break
			}
			members = append(members, m.ent)
			end = m.tok - 1 // "and", a comma
			if p.isWord(end, "the") {
				end--
			}
			if !p.isWord(end, "and") && !p.isPunct(end, ',') {
				break
			}
		}
		if len(members) < 2 {
			members = p.listedParties(st, first, i)
		}
		if len(members) >= 2 {
			slices.Reverse(members)
			p.defined = append(p.defined, definedGroup{word: word, group: &entity{name: word, kind: domain.Actor, members: members}})
		}
	}
	for i := st.t0; i < st.t1 && len(p.defined) > 0; i++ {
		// "Participants also intend to ..." may open a sentence bare.
		opens := i == st.t0 && p.toks[i].cap && p.toks[i].word
		if !opens && (i == st.t0 || !p.isWord(i-1, "the") || !p.toks[i].word || p.isPunct(i-2, '(') || p.isWord(i-2, "as") || p.isWord(i-2, "hereinafter")) {
			continue
		}
		from := i - 1
		if opens {
			from = i
		}
		for _, d := range p.defined {
			if strings.EqualFold(p.word(i), d.word) {
				p.args = append(p.args, arg{s: p.toks[from].s, e: p.toks[i].e, ent: d.group, conf: confSelf, pron: true, poss: p.toks[i].poss, tok: from, end: i + 1})
			}
		}
	}
}

// listedParties reads, before the bracket at end, parties listed with
// the agents that represent them: "The Government of the United States,
// represented by the Office of ..., and the Government of Japan,
// represented by the Cabinet Office (hereinafter ...)". A party opens the
// sentence or follows "and" or a comma; an agent follows "by" or
// "through". They come back last first, as definedGroups gathers them.
func (p *docParse) listedParties(st *sentence, first, end int) []*entity {
	var out []*entity
	for j := first; j < len(p.args); j++ {
		a := &p.args[j]
		if a.tok < st.t0 || a.end > end || a.pron || !pairable(a.ent) || a.ent.kind != domain.Actor {
			continue
		}
		k := a.tok - 1
		for k >= st.t0 && (p.isWord(k, "the") || p.isWord(k, "of") || p.toks[k].word && p.toks[k].flags&fGovernment != 0) {
			k--
		}
		if k < st.t0 || p.isWord(k, "and") || p.isPunct(k, ',') {
			out = append(out, a.ent)
		}
	}
	slices.Reverse(out)
	return out
}

// groupReferences finds the phrases that refer back to the document's
// speakers as a group: "the two countries", "both sides", "the
// signatories".
func (p *docParse) groupReferences(st *sentence, first int) {
	group := p.selfActor
	speakers := group != nil && len(group.members) > 0
	for i := st.t0; i+1 < st.t1; i++ {
		if !p.toks[i].word || p.toks[i].flags&fGroupWord == 0 {
			continue
		}
		k := i + 1
		if p.isWord(i, "both") && p.toks[k].word && p.toks[k].flags&fAuxiliary != 0 {
			// "Both are members of X", "to which both are parties": "both"
			// alone before its verb.
			k = i
		} else {
			if p.toks[k].word && p.toks[k].flags&fGroupWord != 0 {
				k++ // "the two countries"
			}
			if k >= st.t1 || !p.toks[k].word || p.toks[k].flags&fGroupNoun == 0 {
				continue
			}
		}
		if !(p.isWord(i, "both") || p.isWord(i, "our") || p.isWord(i-1, "the")) {
			continue
		}
		if !speakers {
			// With no speakers, "both sides" are the pair of actors the
			// text named last, within a few sentences: "India and the EU
			// held ... Both sides signed ..."; "the two countries" a pair
			// of states.
			if group = p.recentPair(st, first, statesNoun(p.word(k))); group == nil {
				continue
			}
		}
		p.args = append(p.args, arg{s: p.toks[i].s, e: p.toks[k].e, ent: group, conf: confSelf, pron: true, tok: i, end: k + 1})
		i = k
	}
}

// maxPairDistance is how many bytes back a pair of actors stays the
// referent of "both sides", and maxStatesPairDistance of "the two
// countries": only states make up that one, and a bilateral text names its
// pair at the top and refers back to it paragraphs later.
const (
	maxPairDistance       = 600
	maxStatesPairDistance = 4000
)

// listedWith reports whether b follows a in a list: "A, B", "A and the B".
func (p *docParse) listedWith(a, b *arg) bool {
	if a.pron || b.pron {
		return false
	}
	return p.joinedByAnd(a.end, b.tok) || p.isWord(b.tok-1, "the") && p.joinedByAnd(a.end, b.tok-1)
}

// recentPair returns a group of the two actors last named together as
// "A and B" before sentence st (args from first on are st's own), or nil.
func (p *docParse) recentPair(st *sentence, first int, states bool) *entity {
	distance := maxPairDistance
	if states {
		distance = maxStatesPairDistance
	}
	for j := first - 1; j > 0; j-- {
		x, y := &p.args[j-1], &p.args[j]
		joined := y.tok // where the second of the pair is named
		if y.poss && j+1 < first && p.args[j+1].tok == y.end {
			y = &p.args[j+1] // "the Centre and Indonesia's Agency": the pair is the two bodies
		}
		if st.start-y.e > distance {
			return nil
		}
		if x.pron || y.pron || x.ent == y.ent || !pairable(x.ent) || !pairable(y.ent) || states && (!polity(x.ent) || !polity(y.ent)) || !p.joinedByAnd(x.end, joined) && !(p.isWord(x.end, "and") && p.isWord(x.end+1, "the") && joined == x.end+2) {
			continue
		}
		if j >= 2 && p.listedWith(&p.args[j-2], x) || j+1 < first && p.listedWith(y, &p.args[j+1]) {
			continue // "launched by Estonia, Canada, ... the UK and the US": two of a longer list are no pair
		}
		if p.pair == nil || p.pair.members[0] != x.ent || p.pair.members[1] != y.ent {
			p.pair = &entity{name: "both", kind: domain.Actor, members: []*entity{x.ent, y.ent}}
		}
		return p.pair
	}
	return nil
}

// statesNoun reports a group noun that only states make up: "the two
// countries", not "both sides".
func statesNoun(w string) bool {
	switch strings.ToLower(w) {
	case "countries", "nations", "governments", "leaders", "presidents":
		return true
	}
	return false
}

// pairable reports an actor that may be one of "both sides": a state, a
// bloc or an organisation, not a person.
func pairable(e *entity) bool {
	return e.kind == domain.Actor && e.subtype != "PERSON"
}

// voiceRelations states what the voice's definition implies, in the
// sentence that defines it: the listed governments of a joint statement
// are party to it.
func (p *docParse) voiceRelations(si int) {
	if si != p.voiceSent || !p.voiceListed || p.selfDoc == nil || p.selfDoc.kind != domain.Treaty || p.selfActor == nil {
		return
	}
	for _, m := range append([]*entity{p.selfActor}, p.selfActor.members...) {
		if m.members == nil {
			if typ, ok := resolve(cParty, m, p.selfDoc); ok {
				p.emit("document-signatories", typ, m, p.selfDoc, 0.75)
			}
		}
	}
}

// definiteReferences resolves a definite description to the entity the
// text named before: "the Convention" to the last instrument whose name
// has that head, "the Union" to the union named before, and "the group" or
// "the organisation" to the forum last named.
func (p *docParse) definiteReferences(si, firstArg int) {
	st := &p.sents[si]
	near := st.start // what the sentence before named is still in view
	if si > 0 {
		near = p.sents[si-1].start
	}
	for i := st.t0 + 1; i < st.t1; i++ {
		t := &p.toks[i]
		hw := t.lex().head
		if t.word && hw != nil && t.lower {
			p.shortenedName(st, i, hw, firstArg)
		}
		det := i - 1
		if t.word && t.lower && det-1 > st.t0 && (p.isWord(det-1, "the") || p.isWord(det-1, "this")) && p.toks[det].lower && referenceModifiers[p.word(det)] {
			det-- // "the draft convention", "the new strategy"
		}
		if hw == nil && t.word && t.lower && (p.isWord(det, "the") || p.isWord(det, "this")) {
			hw = actorNouns[p.word(i)]
		}
		if !t.word || hw == nil || !(p.isWord(det, "the") || p.isWord(det, "this")) {
			continue
		}
		// "the Council of Europe", "the Summit for Democracy": a name, not
		// a reference.
		// A possessive ends the phrase: "the coalition's Task Force" refers.
		if n := i + 1; !t.poss && n < st.t1 && (p.toks[n].word && (p.toks[n].cap || p.toks[n].flags&fHeadBreak != 0 && !p.isWord(n, "in") && !p.purposeAt(n) && !p.toActor(n) && p.dateAdjunctEnd(n, st.t1) == n) || p.toks[n].punct == '-') {
			continue // "in" places or dates a reference: "the Commission in 2022"; "to" a state gives it: "handed the partnership to India"; "on" a date dates it
		}
		if n := i + 1; !t.poss && n < st.t1 && p.toks[n].word && p.toks[n].lower && p.toks[n].flags&(fPreposition|fConnector|fFunction|fListGlue) == 0 && p.gerund(n) {
			continue // "the principles underlining trustworthy AI": which principles the participle says
		}
		if p.inArg(i, firstArg) {
			continue
		}
		e := p.antecedent(p.word(i), hw, firstArg, near)
		if e == nil && hw.kind == domain.Actor && t.lower {
			e = p.sameSentenceActor(hw, firstArg, t.s) // "Kenya's minister said the country would ..."
		}
		if e != nil && (!t.poss || hasWordFold(e.name, p.word(i)) || hw.kind == domain.Actor && actorNouns[strings.ToLower(p.word(i))] == hw) {
			// An owner refers back only to its namesake: "the
			// Commission's Digital Strategy" is no other body's. "The
			// country's strategy" heads no name and is the state's.
			p.args = append(p.args, arg{s: t.s, e: t.e, ent: e, conf: 0.8, pron: true, poss: t.poss, tok: i, end: i + 1})
		}
	}
}

// toActor reports a "to" at token n before a known actor's name.
func (p *docParse) toActor(n int) bool {
	if !p.isWord(n, "to") || n+1 >= len(p.toks) {
		return false
	}
	k := n + 1
	if p.isWord(k, "the") {
		k++
	}
	return k < len(p.toks) && p.kbAt[k] != nil && p.kbAt[k].Kind == domain.Actor
}

// sameSentenceActor is the actor of hw's sort last named in the sentence
// before byte offset at (its arguments start at first), or nil.
func (p *docParse) sameSentenceActor(hw *headWord, first, at int) *entity {
	var best *arg
	for k := first; k < len(p.args); k++ {
		a := &p.args[k]
		if a.e <= at && !a.pron && a.ent.kind == domain.Actor && a.ent.subtype == hw.subtype && len(a.ent.members) == 0 && (best == nil || a.e > best.e) {
			best = a
		}
	}
	if best == nil {
		return nil
	}
	return best.ent
}

// referenceModifiers are the words that may stand between "the" and a
// head word that refers back: "the draft convention" is the convention
// named before.
var referenceModifiers = map[string]bool{"draft": true, "new": true, "proposed": true, "final": true,
	"revised": true, "current": true, "present": true, "same": true, "latest": true, "updated": true}

// purposeAt reports whether token n opens an infinitive of purpose after a
// reference ("joined the group to form the D7"), where a name would go on
// in capitals ("the Convention to Combat Desertification").
func (p *docParse) purposeAt(n int) bool {
	return p.isWord(n, "to") && n+1 < len(p.toks) && p.toks[n+1].word && p.toks[n+1].lower
}

// shortenedName resolves a name the text shortens to a word or two of it
// before a lower-case head: "the AISI network" after "the AISI
// International Network", "the TTC meeting" stays unresolved unless a
// name has both words. The words must be capitalised and no name of
// their own. A shortening no earlier name explains waits for the names
// after it (resolveLaterRefs): an introduction may mention "the AISI
// network" before the text names it in full.
func (p *docParse) shortenedName(st *sentence, i int, hw *headWord, firstArg int) {
	ref := laterRef{i: i, t0: st.t0, hw: hw, first: firstArg, end: len(p.args)}
	if !p.shortening(&ref) {
		return
	}
	for k := firstArg - 1; k >= 0; k-- {
		if p.resolveShortening(ref, k) {
			return
		}
	}
	p.laterRefs = append(p.laterRefs, ref)
}

// laterRef is a shortened name (see shortenedName): head token i, the
// capitalised words from j+1, and its sentence's first token t0 and
// arguments [first, end), of which inner, if not -1, lies inside it.
type laterRef struct {
	i, j, t0, first, end, inner int
	hw                          *headWord
}

// shortening fills in ref's words before the head, and reports whether
// they make a shortened name.
func (p *docParse) shortening(ref *laterRef) bool {
	i := ref.i
	j := i - 1
	for j > ref.t0 && i-j <= 2 && p.toks[j].word && (p.toks[j].cap || p.toks[j].acro) {
		j--
	}
	if j == i-1 || !p.isWord(j, "the") {
		return false
	}
	ref.j = j
	// The words may have been read as a name of their own ("AISI" as one
	// institute): inside "the AISI network" they are not.
	ref.inner = -1
	for k := ref.first; k < ref.end; k++ {
		a := &p.args[k]
		switch {
		case a.end <= j+1 || a.tok >= i:
		case a.tok >= j+1 && a.end <= i && ref.inner < 0:
			ref.inner = k
		default:
			return false
		}
	}
	return true
}

// resolveShortening makes the shortened name ref refer to the entity of
// argument k, if that entity's name holds all its words: sharing two words
// with a name is evidence enough at any distance.
func (p *docParse) resolveShortening(ref laterRef, k int) bool {
	e := p.args[k].ent
	hw := ref.hw
	body := (e.kind == domain.Actor || e.kind == domain.Forum) && (hw.kind == domain.Actor || hw.kind == domain.Forum) && e.subtype != "PERSON"
	if e.kind != hw.kind && !body || len(e.members) > 0 || !hasWordFold(e.name, p.word(ref.i)) && !kindNouns[strings.ToLower(p.word(ref.i))] {
		return false
	}
	for w := ref.j + 1; w < ref.i; w++ {
		if !hasWordFold(e.name, p.word(w)) {
			return false
		}
	}
	t := &p.toks[ref.j+1]
	a := arg{s: t.s, e: p.toks[ref.i].e, ent: e, conf: 0.75, pron: true, tok: ref.j + 1, end: ref.i + 1}
	if ref.inner >= 0 {
		p.args[ref.inner] = a
	} else {
		p.args = append(p.args, a)
	}
	return true
}

// kindNouns say what kind of thing a name is without being part of any
// name: "the UN treaty" is the UN Convention against Cybercrime.
var kindNouns = map[string]bool{"treaty": true, "pact": true, "accord": true, "body": true, "organisation": true, "organization": true}

// resolveLaterRefs gives each shortened name no earlier name explained
// the nearest name after it that does.
func (p *docParse) resolveLaterRefs() {
	for _, ref := range p.laterRefs {
		for k := ref.end; k < len(p.args); k++ {
			if !p.args[k].pron && p.resolveShortening(ref, k) {
				break
			}
		}
	}
}

// inArg reports whether token i lies inside an argument found from index
// from on (the current sentence's).
func (p *docParse) inArg(i, from int) bool {
	for k := from; k < len(p.args); k++ {
		if a := &p.args[k]; i >= a.tok && i < a.end {
			return true
		}
	}
	return false
}

// antecedent finds, among the arguments before index limit, the entity
// that head word w (of type hw) refers to: the latest whose name has the
// word, unless it was named before byte offset near (the sentence before
// the last) and another such name was named or referred to more often
// ("the convention" after an aside on the Budapest Convention is still
// the treaty the story is about); or, for a bare "group" or
// "organisation", the latest forum.
func (p *docParse) antecedent(w string, hw *headWord, limit, near int) *entity {
	const reach = 60 // arguments back: a few paragraphs
	body := func(k domain.Kind) bool { return k == domain.Actor || k == domain.Forum }
	candidate := func(k int) bool {
		e := p.args[k].ent
		// A body is an actor or a forum as the knowledge base has it:
		// "the Commission" is the European Commission either way.
		// "the partnership" may be a forum's name as well as a
		// programme's: "joined the partnership" after the Global
		// Partnership on AI.
		initiative := hw.kind == domain.Treaty && hw.subtype == "INITIATIVE" && e.kind == domain.Forum
		if e.kind != hw.kind && !initiative && !(body(e.kind) && body(hw.kind) && e.subtype != "PERSON") || len(e.members) > 0 || e == p.selfDoc && p.args[k].pron {
			return false
		}
		return hasWordFold(e.name, w)
	}
	for k := limit - 1; k >= 0 && k >= limit-reach; k-- {
		if !candidate(k) {
			continue
		}
		latest := p.args[k].ent
		if p.args[k].s >= near {
			return latest
		}
		if d := p.selfDoc; d != nil && d != latest && (d.kind == hw.kind || body(d.kind) && body(hw.kind)) && len(d.members) == 0 && hasWordFold(d.name, w) {
			// "The forum will examine X" in a session's description,
			// paragraphs after another forum was named: the text's own
			// subject.
			return d
		}
		// Count each namesake's mentions in one pass; there are few.
		var tally mentionTally
		for j := limit - 1; j >= 0 && j >= limit-reach; j-- {
			if e := p.args[j].ent; e == latest || tally.has(e) || candidate(j) {
				tally.add(e)
			}
		}
		return tally.over(latest)
	}
	if p.toks == nil {
		return nil
	}
	// A name inside the document's own title: "the Union" in the
	// "Constitution of the International Telecommunication Union".
	for k := p.selfSpan.start; k+1 < p.selfSpan.end; k++ {
		if !p.isWord(k, "of") {
			continue
		}
		from := k + 1
		if p.isWord(from, "the") {
			from++
		}
		if from >= p.selfSpan.end {
			break
		}
		owner := p.text[p.toks[from].s:p.toks[p.selfSpan.end-1].e]
		if en, ok := p.ex.kb.Lookup(owner); ok && (en.Kind == hw.kind || body(en.Kind) && body(hw.kind)) && hasWordFold(en.Name, w) {
			return p.reg.fromKB(en)
		}
	}
	switch hw.kind {
	case domain.Actor:
		// "the country" is the latest state, "the company" the latest
		// company, unless another of its sort is named more often there
		// ("Microsoft ... Google and Meta have not joined. The company
		// also called ...": Microsoft).
		var tally mentionTally
		var latest *entity
		for k := limit - 1; k >= 0 && k >= limit-reach/3; k-- {
			if e := p.args[k].ent; e.kind == domain.Actor && e.subtype == hw.subtype && len(e.members) == 0 {
				if latest == nil && !p.args[k].pron {
					latest = e
				}
				tally.add(e)
			}
		}
		if latest != nil {
			return tally.over(latest)
		}
	case domain.Forum:
		// "the summit" is the latest event, "the forum" the latest body.
		event := hw.subtype == "EVENT"
		for k := limit - 1; k >= 0 && k >= limit-reach/3; k-- {
			if e := p.args[k].ent; e.kind == domain.Forum && (e.subtype == "EVENT") == event && !p.args[k].pron {
				return e
			}
		}
	case domain.Treaty:
		if actorNouns[strings.ToLower(w)] != nil {
			break // "the report" is a report the text named as one, or none
		}
		// "the plan" after "Made in China 2025", a strategy: the latest
		// instrument of the head word's sort, if one was named lately.
		for k := limit - 1; k >= 0 && k >= limit-reach/3; k-- {
			if e := p.args[k].ent; e.kind == domain.Treaty && e.subtype == hw.subtype && e != p.selfDoc && !p.args[k].pron && !(hw.subtype == "DECLARATION" && namedOtherHead(e.name, w)) {
				return e
			}
		}
	}
	return nil
}

// mentionTally counts the mentions of the few entities a reference may
// mean, in the order they were first met; a fifth is not counted.
type mentionTally struct {
	e    [4]*entity
	n    [4]int
	seen int
}

func (t *mentionTally) add(e *entity) {
	for c := range t.seen {
		if t.e[c] == e {
			t.n[c]++
			return
		}
	}
	if t.seen < len(t.e) {
		t.e[t.seen], t.n[t.seen] = e, 1
		t.seen++
	}
}

func (t *mentionTally) has(e *entity) bool { return t.count(e) > 0 }

func (t *mentionTally) count(e *entity) int {
	for c := range t.seen {
		if t.e[c] == e {
			return t.n[c]
		}
	}
	return 0
}

// over returns the entity counted most often, the first met among equals,
// if it was counted more often than e; else e.
func (t *mentionTally) over(e *entity) *entity {
	best, most := e, t.count(e)
	for c := range t.seen {
		if t.e[c] != e && t.n[c] > most {
			best, most = t.e[c], t.n[c]
		}
	}
	return best
}

// namedOtherHead reports whether a name ends in a head word other than w.
// A convention is a treaty and an agenda a plan, but declarations,
// resolutions, principles and codes are texts of different sorts: "the
// resolution" does not refer to the "OECD AI Principles".
func namedOtherHead(name, w string) bool {
	last := strings.ToLower(name[strings.LastIndexAny(name, " -")+1:])
	e := lexicon[last]
	return e != nil && e.head != nil && !strings.EqualFold(last, w) && !strings.EqualFold(last, w+"s")
}

// actorNouns are the nouns that refer back to an actor of a sort without
// heading names of their own ("the country", "the firm"); "the company"
// and "the ministry" are head words already.
var actorNouns = map[string]*headWord{
	"country": {domain.Actor, "STATE", 0.8},
	"nation":  {domain.Actor, "STATE", 0.8},
	"firm":    {domain.Actor, "COMPANY", 0.8},
	"bloc":    {domain.Actor, "REGIONAL_BLOC", 0.8},
	// Instruments written in lower case head no name ("the final report"),
	// yet "the report" refers back to the report named before.
	"report":     {domain.Treaty, "DECLARATION", 0.8},
	"reports":    {domain.Treaty, "DECLARATION", 0.8},
	"communiqué": {domain.Treaty, "DECLARATION", 0.8},
	"communique": {domain.Treaty, "DECLARATION", 0.8},
}

// hasWordFold reports whether name has w as one of its words (between
// spaces or hyphens), in any case.
func hasWordFold(name, w string) bool {
	for start := 0; start <= len(name); {
		end := strings.IndexAny(name[start:], " -")
		if end < 0 {
			end = len(name)
		} else {
			end += start
		}
		if strings.EqualFold(name[start:end], w) {
			return true
		}
		start = end + 1
	}
	return false
}

// reportedSpeech resolves the pronoun that opens reported speech to its
// speaker: in "Kenya said that it supports X" the "it" is Kenya, so the
// clause's cue finds its subject.
func (p *docParse) reportedSpeech(st *sentence, firstArg int) {
	for k := st.t0 + 1; k+2 < st.t1; k++ {
		if !p.toks[k].word || p.toks[k].flags&fSays == 0 || !p.isWord(k+1, "that") {
			continue
		}
		pr := k + 2
		if !(p.isWord(pr, "it") || p.isWord(pr, "they") || p.isWord(pr, "he") || p.isWord(pr, "she")) {
			continue
		}
		// The speaker ends just before the verb, or before its auxiliary
		// ("Kenya has said").
		var speaker *entity
		for i := len(p.args) - 1; i >= firstArg; i-- {
			a := &p.args[i]
			if a.end == k || a.end == k-1 && p.toks[k-1].flags&fAuxiliary != 0 {
				speaker = a.ent
				break
			}
		}
		if speaker != nil {
			t := &p.toks[pr]
			p.args = append(p.args, arg{s: t.s, e: t.e, ent: speaker, conf: 0.8, pron: true, tok: pr, end: pr + 1})
		}
	}
}

// preamble reads a treaty's preambular clauses ("Mindful of ...",
// "Considering ...", "Recalling ...", "Having regard to ..."): their
// speaker is the treaty's parties, so the treaty refers to each instrument
// such a clause names and addresses each topic.
func (p *docParse) preamble(st *sentence, args []arg) {
	if p.selfDoc == nil || p.selfDoc.kind != domain.Treaty || st.t1-st.t0 < 3 {
		return
	}
	switch p.selfDoc.subtype {
	case "CONVENTION", "DECLARATION", "AGREEMENT", "LAW":
	default:
		return // a programme or a strategy has no preamble of parties
	}
	k := p.paragraphStart(st) // "1. Encourages ...", "(2) Member States ..."

	operative := p.selfDoc.subtype == "DECLARATION" && p.toks[k].lex().flags&fOperative != 0 && p.selfActor == nil
	// "(2) Member States are increasingly introducing ...": an act's
	// numbered recitals say what it is about.
	recital := p.selfDoc.subtype == "LAW" && p.isPunct(st.t0, '(') && k > st.t0+2
	if !p.toks[k].cap || p.toks[k].lex().flags&fPreambular == 0 && !operative && !recital {
		// A resolution's operative paragraphs ("Encourages Member States
		// to ...") speak for its makers as its preamble does.
		return
	}
	for k := st.t0 + 1; k+1 < st.t1; k++ {
		if p.isPunct(k, ',') && p.toks[k+1].flags&fPronounWe != 0 && !p.isWord(k+1, "our") {
			return // "Acknowledging X, we intend to ...": an opener of the voice's own sentence
		}
	}
	for i := range args {
		o := &args[i]
		switch {
		case o.ent == p.selfDoc || o.pron:
		case o.ent.kind == domain.Treaty:
			p.emit("preamble", domain.References, p.selfDoc, o.ent, 0.6*o.conf)
		case o.ent.kind == domain.Issue:
			p.relateTentatively("preamble", cAddress, p.selfDoc, o.ent, 0.5*o.conf)
		}
	}
}

// provisionReferences reads, in the body of a treaty or a law, the other
// instruments it cites by their provisions or obligations: "within the
// meaning of Article 20 of the Berne Convention", "obligations under the
// Berne Convention", "the provisions of the Convention on Cybercrime".
func (p *docParse) provisionReferences(args []arg) {
	if p.selfDoc == nil || p.selfDoc.kind != domain.Treaty {
		return
	}
	switch p.selfDoc.subtype {
	case "CONVENTION", "AGREEMENT", "LAW":
	default:
		return
	}
	for i := range args {
		o := &args[i]
		if o.ent == p.selfDoc || o.pron || o.ent.kind != domain.Treaty {
			continue
		}
		k := p.beforeName(o.tok)
		cited := k >= 1 && p.isWord(k, "of") && (p.toks[k-1].num && k >= 2 && p.toks[k-2].flags&fProvision != 0 || p.isWord(k-1, "provisions")) ||
			p.isWord(k, "under") && p.isWord(k-1, "obligations")
		if cited {
			p.emit("provision", domain.References, p.selfDoc, o.ent, 0.6*o.conf)
		}
	}
}

// headlineVerb reports a verb in small letters right before piece pc of a
// title line, or right after it: "EU lawmakers approve Data Act",
// "Malabo Convention enters into force" tell news of the instrument.
func (p *docParse) headlineVerb(pc piece, end int) bool {
	k := pc.a - 1
	if p.isWord(k, "the") {
		k--
	}
	// A title line may run into the line before or after it in one
	// sentence: the verb must be on the piece's own line.
	verb := func(k, from, to int) bool {
		return k >= 0 && k < end && p.toks[k].word && p.toks[k].lower && !strings.Contains(p.text[from:to], "\n") &&
			(p.cueAt(k, end) || p.verbLike(k) || p.pastVerb(k))
	}
	if verb(k, p.toks[max(k, 0)].e, p.toks[pc.a].s) || verb(pc.b, p.toks[pc.b-1].e, p.toks[min(pc.b, len(p.toks)-1)].s) {
		return true
	}
	// "EU lawmakers give final approval to AI Act": words in small
	// letters before the name, on its line, make a sentence of the line.
	content := 0
	for j := pc.a - 1; j >= 0 && !strings.Contains(p.text[p.toks[j].e:p.toks[pc.a].s], "\n"); j-- {
		if t := &p.toks[j]; t.word && t.lower && t.flags&(fFunction|fPreposition|fDeterminer) == 0 {
			content++
		}
	}
	return content >= 2
}

// indefinite reports whether the name starting at token k follows "a" or
// "an", perhaps with an adjective between ("A New ..."): such a phrase
// describes a thing rather than naming the document.
func (p *docParse) indefinite(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if !p.toks[j].word {
			return false
		}
		if p.isWord(j, "a") || p.isWord(j, "an") {
			return true
		}
	}
	return false
}

// findMainForum picks the forum the document is about: the document itself
// when it is a forum's record, else a forum its title line names ("X
// Dialogue: Joint Vision Statement"), else the forum it names most often,
// if more than twice.
func (p *docParse) findMainForum() {
	if p.selfDoc != nil && p.selfDoc.kind == domain.Forum {
		p.mainForum, p.titleForum = p.selfDoc, p.selfDoc
		return
	}
	if len(p.sents) > 0 {
		title := p.text[p.sents[0].start:p.sents[0].end]
		for _, e := range p.reg.order {
			if e.kind == domain.Forum && e.subtype != "EVENT" && e.seen && p.namedIn(e, title) {
				p.mainForum, p.titleForum = e, e
				return
			}
		}
	}
	best, most := (*entity)(nil), 2
	if p.forumCounts == nil {
		p.forumCounts = map[*entity]int{}
	}
	counts := p.forumCounts
	clear(counts)
	for i := range p.args {
		if e := p.args[i].ent; e.kind == domain.Forum && e.subtype != "EVENT" {
			counts[e]++
			if counts[e] > most {
				best, most = e, counts[e]
			}
		}
	}
	p.mainForum = best
}

// namedIn reports whether text holds e's name or one of its aliases of two
// words or more.
func (p *docParse) namedIn(e *entity, text string) bool {
	if strings.Contains(text, e.name) {
		return true
	}
	for _, a := range e.aliases {
		if strings.Contains(a, " ") && strings.Contains(text, a) {
			return true
		}
	}
	return false
}
