package loader

import (
	"strings"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/loader/kb"
)

// Some names state relations by themselves: "the US-EU Trade and
// Technology Council" has the US and the EU taking part, "the Danish
// Ministry of Finance" is part of Denmark, "the OECD AI Principles" are the
// OECD's. nameLinks reads them from the name as the text writes it, never
// from another form of a known entry: "the GAC" says nothing of ICANN even
// though the knowledge base knows it as "ICANN Governmental Advisory
// Committee". For the forms of known entries they are read once, when the
// extractor is made.

// nameLinks are the relations a name gives.
type nameLinks struct {
	state   *kb.Entry   // a government body's state
	maker   *kb.Entry   // an instrument's maker, named first
	parent  *kb.Entry   // the forum a forum's name opens with: "ICANN Board"
	parties []*kb.Entry // the actors a forum's or an instrument's name opens with
	// forums counts the forums joined to those actors by a hyphen
	// ("U.S.-ASEAN"): they take no part in these relations, but make the
	// name a joint one.
	forums int
}

// joint reports whether the name opens with two sides or more.
func (l nameLinks) joint() bool { return len(l.parties)+l.forums >= 2 }

func (l nameLinks) empty() bool {
	return l.state == nil && l.maker == nil && l.parent == nil && len(l.parties) == 0
}

// readNameLinks reads what name says of the entry self (nil when unknown)
// of the given kind and subtype.
func readNameLinks(k *kb.KB, name string, kind domain.Kind, subtype string, self *kb.Entry) nameLinks {
	if subtype != "GOVERNMENT_BODY" && kind != domain.Forum && kind != domain.Treaty || !strings.Contains(name, " ") {
		return nameLinks{}
	}
	words := strings.Fields(name)
	if len(words) < 2 {
		return nameLinks{}
	}
	// An owner's possessive is no part of the owner's name: "China's
	// Cybersecurity Law" opens with China.
	for i, w := range words[:len(words)-1] {
		if stem, ok := strings.CutSuffix(w, "'s"); ok && stem != "" {
			words[i] = stem
			break
		}
		if stem, ok := strings.CutSuffix(w, "’s"); ok && stem != "" {
			words[i] = stem
			break
		}
	}
	var l nameLinks
	switch {
	case subtype == "GOVERNMENT_BODY":
		l.state = namedState(k, words, self)
	case kind == domain.Forum || kind == domain.Treaty:
		l.parties, l.forums = namedParties(k, words, self)
		switch {
		case len(l.parties) > 0:
		case kind == domain.Treaty:
			l.maker = namedMaker(k, words, self)
		default:
			if en := namedMaker(k, words, self); en != nil && en.Kind == domain.Forum {
				l.parent = en
			} else {
				l.parent = closingForumName(k, words, self)
			}
		}
	}
	return l
}

// closingForumName finds the known forum a forum's name closes with after
// its last "of" ("Committee of Ministers of the Council of Europe"): the
// body is part of it.
func closingForumName(k *kb.KB, words []string, self *kb.Entry) *kb.Entry {
	for i := len(words) - 2; i > 0; i-- {
		if !strings.EqualFold(words[i], "of") {
			continue
		}
		j := i + 1
		if j+1 < len(words) && strings.EqualFold(words[j], "the") {
			j++
		}
		if en, ok := k.Lookup(strings.Join(words[j:], " ")); ok && en != self && en.Kind == domain.Forum {
			return en
		}
	}
	return nil
}

// namedState finds the state a body's name opens with ("U.S. Department of
// Commerce", "Danish Ministry of Finance", "UK AISI") or closes with after
// its last "of" ("... of the Government of New Zealand").
func namedState(k *kb.KB, words []string, self *kb.Entry) *kb.Entry {
	isState := func(en *kb.Entry, ok bool) bool { return ok && en != self && en.Kind == domain.Actor && en.Code != "" }
	for i := len(words) - 2; i > 0; i-- {
		if !strings.EqualFold(words[i], "of") {
			continue
		}
		j := i + 1
		for j+1 < len(words) && (strings.EqualFold(words[j], "the") || strings.EqualFold(words[j], "of") || governmentWord(words[j])) {
			j++
		}
		// The state may end the name or qualify the word after it:
		// "Treasury Board of Canada Secretariat", "Office of the United
		// States Trade Representative".
		for n := len(words); n > j; n-- {
			if en, ok := k.Lookup(strings.Join(words[j:n], " ")); isState(en, ok) {
				return en
			}
		}
		break
	}
	for n := min(2, len(words)-1); n >= 1; n-- {
		head := strings.Join(words[:n], " ")
		if en, ok := k.Lookup(head); isState(en, ok) {
			return en
		}
		if n == 1 {
			if en, ok := k.Demonym(head); isState(en, ok) {
				return en
			}
		}
	}
	return nil
}

// namedParties finds the actors a name opens with: both halves of "US-EU"
// or "Japan-India", or one state ("UK AI Safety Summit").
func namedParties(k *kb.KB, words []string, self *kb.Entry) ([]*kb.Entry, int) {
	if parts := strings.Split(words[0], "-"); len(parts) > 1 {
		var out []*kb.Entry
		forums := 0
		for _, part := range parts {
			if en, ok := k.Lookup(part); ok && en != self && en.Kind == domain.Actor {
				out = append(out, en)
			} else if ok && en != self && en.Kind == domain.Forum {
				forums++
			}
		}
		return out, forums
	}
	for n := min(3, len(words)-2); n >= 1; n-- {
		if en, ok := k.Lookup(strings.Join(words[:n], " ")); ok && en != self && en.Kind == domain.Actor && en.Code != "" {
			return []*kb.Entry{en}, 0
		}
	}
	return nil, 0
}

// namedMaker finds the forum or non-state actor an instrument's name opens
// with ("OECD AI Principles", "NIST AI Risk Management Framework").
func namedMaker(k *kb.KB, words []string, self *kb.Entry) *kb.Entry {
	for n := min(maxMakerWords, len(words)-1); n >= 1; n-- {
		en, ok := k.Lookup(strings.Join(words[:n], " "))
		if ok && en != self && (en.Kind == domain.Forum || en.Kind == domain.Actor && en.Code == "") {
			return en
		}
	}
	return nil
}

// maxMakerWords bounds the words of a maker's name that opens an
// instrument's ("Export Controls and Human Rights Initiative Code of
// Conduct").
const maxMakerWords = 8

// governmentWord reports "government" and its kin, written in any case.
func governmentWord(w string) bool {
	e, ok := lexicon[strings.ToLower(w)]
	return ok && e.flags&fGovernment != 0
}

// formLinks maps each form of a known entry, as the knowledge base writes
// it, to the links it gives; forms that give none are kept too, so that a
// text writing a form as the knowledge base does costs one map lookup.
type formLinks map[formKey]nameLinks

type formKey struct {
	entry int // kb.Entry.Index
	form  string
}

// compoundParts splits a word joined by hyphens or en dashes, as the
// parties of "Japan-India" or "Canada–Germany" are.
func compoundParts(w string) []string {
	return strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '–' })
}

// knownNameLinks reads the links of every form of every known entry.
func knownNameLinks(k *kb.KB) formLinks {
	out := formLinks{}
	for _, e := range k.Entries() {
		if e.Subtype != "GOVERNMENT_BODY" && e.Kind != domain.Forum && e.Kind != domain.Treaty {
			continue
		}
		for _, form := range append([]string{e.Name}, e.Aliases...) {
			out[formKey{e.Index(), form}] = readNameLinks(k, form, e.Kind, e.Subtype, e)
		}
	}
	return out
}

// nameParties states, where a name is first mentioned, the relations it
// gives (see nameLinks).
func (p *docParse) nameParties(args []arg) {
	for i := range args {
		a := &args[i]
		e := a.ent
		if a.pron || e.partiesDone || e.kind == domain.Issue {
			continue
		}
		e.partiesDone = true
		var l nameLinks
		if e.entry != nil {
			surface := p.text[a.s:a.e]
			var ok bool
			if l, ok = p.ex.links[formKey{e.entry.Index(), surface}]; !ok {
				// Written otherwise than the knowledge base writes it.
				l = readNameLinks(p.ex.kb, surface, e.kind, e.subtype, e.entry)
			}
		} else {
			l = p.tokenNameLinks(a)
		}
		conf := 0.6 * a.conf
		if l.state != nil {
			p.emit("name-state", domain.PartOf, e, p.reg.fromKB(l.state), conf)
		}
		if l.maker != nil {
			p.emit("name-maker", domain.Authored, p.reg.fromKB(l.maker), e, conf)
		}
		if l.parent != nil {
			p.emit("name-parent", domain.PartOf, e, p.reg.fromKB(l.parent), conf)
		}
		for _, party := range l.parties {
			switch {
			case e.kind == domain.Forum:
				p.emit("name-parties", domain.ParticipatesIn, p.reg.fromKB(party), e, conf)
			case l.joint() && e.subtype == "DECLARATION":
				// "the US-EU joint statement": those who speak in it made it.
				p.emit("name-parties", domain.Authored, p.reg.fromKB(party), e, conf)
			case l.joint():
				p.emit("name-parties", domain.PartyTo, p.reg.fromKB(party), e, conf)
			case party.Code != "":
				// "China's cybersecurity law", "the UK AI strategy": one
				// state's instrument is its own.
				p.emit("name-parties", domain.Authored, p.reg.fromKB(party), e, conf)
			}
		}
	}
}

// closingForum is the known forum that closes a name after "of" or "of
// the", which the named body or meeting belongs to; nil if none does.
func (p *docParse) closingForum(a *arg) *kb.Entry {
	for j := a.end - 2; j > a.tok; j-- {
		if !p.isWord(j, "of") {
			continue
		}
		k := j + 1
		if p.isWord(k, "the") {
			k++
		}
		if en := p.kbAt[k]; en != nil && en.Kind == domain.Forum && p.kbAt[a.end-1] == en && p.kbAt[a.tok] != en && (k == j+1 || p.kbAt[k-1] != en) {
			return en
		}
	}
	return nil
}

// tokenNameLinks reads the links of a name the knowledge base does not
// know from the known names inside it, found by the one pass over the text
// (see docParse.kbAt), rather than by looking its words up again.
func (p *docParse) tokenNameLinks(a *arg) nameLinks {
	e := a.ent
	var l nameLinks
	state := func(en *kb.Entry) bool { return en != nil && en.Kind == domain.Actor && en.Code != "" }
	switch {
	case e.subtype == "GOVERNMENT_BODY":
		if en := p.kbAt[a.tok]; state(en) && p.kbAt[a.end-1] != en {
			l.state = en // "U.S. Department of ..."
		} else if en, ok := p.ex.kb.Demonym(p.word(a.tok)); ok && state(en) && a.end-a.tok > 1 {
			l.state = en // "Danish Ministry of ..."
		}
		for j := a.end - 2; j > a.tok && l.state == nil; j-- {
			if !p.isWord(j, "of") {
				continue
			}
			k := j + 1
			for k+1 < a.end && (p.isWord(k, "the") || p.isWord(k, "of") || p.toks[k].flags&fGovernment != 0) {
				k++
			}
			if en := p.kbAt[k]; state(en) && p.kbAt[a.end-1] == en {
				l.state = en // "... of the Government of New Zealand"
			}
			break
		}
	case e.kind == domain.Forum || e.kind == domain.Treaty:
		// A year may open the name: "the 2021 GGE final report".
		start := a.tok
		if yearOf(p, start) != 0 && start+1 < a.end {
			start++
		}
		k := start
		for k < a.end {
			if w := p.word(k); p.toks[k].word && strings.ContainsAny(w, "-–") {
				// "Japan-India" is one word; each part may name a party.
				n := len(l.parties)
				for _, part := range compoundParts(w) {
					if en, ok := p.ex.kb.Lookup(part); ok && en.Kind == domain.Actor {
						l.parties = append(l.parties, en)
					} else if ok && en.Kind == domain.Forum {
						l.forums++
					}
				}
				if len(l.parties) == n {
					break
				}
				k++
				continue
			}
			en := p.kbAt[k]
			if en != nil && en.Kind == domain.Forum && len(l.parties) > 0 && p.toks[k-1].punct == '-' {
				l.forums++ // "U.S.-ASEAN Smart Cities Partnership"
				break
			}
			if en == nil || en.Kind != domain.Actor {
				break
			}
			l.parties = append(l.parties, en)
			for k < a.end && p.kbAt[k] == en {
				k++
			}
			for k < a.end && !p.toks[k].word && (p.toks[k].punct == '-' || p.toks[k].punct == '–' || p.toks[k].punct == '.') {
				k++ // "U.S.-Singapore", "U.S. – Japan"
			}
		}
		if a.end-k < 2 {
			l.parties = nil
		}
		if en := p.kbAt[start]; len(l.parties) == 0 && en != nil && p.kbAt[a.end-1] != en {
			switch {
			case e.kind == domain.Treaty && (en.Kind == domain.Forum || en.Kind == domain.Actor && en.Code == ""):
				l.maker = en
			case e.kind == domain.Forum && en.Kind == domain.Forum && (e.subtype != "EVENT" || en.Subtype != "EVENT"):
				// "the GPAI Summit", "the IGF Leadership Panel"; a session of
				// a meeting is read by the name-event rule.
				l.parent = en
			}
		}
		if en := p.kbAt[start]; e.kind == domain.Treaty && l.maker == nil && len(l.parties) == 0 && en != nil && en.Kind == domain.Treaty && p.kbAt[a.end-1] != en {
			// "the G7 Hiroshima AI Process Code of Conduct": a known
			// initiative opens the name, and its maker opens that.
			l.maker = namedMaker(p.ex.kb, strings.Fields(p.text[p.toks[start].s:p.toks[a.end-1].e]), nil)
		}
		if e.kind == domain.Forum && l.parent == nil && len(l.parties) == 0 {
			l.parent = p.closingForum(a) // "the Committee of Ministers of the Council of Europe"
		}
	}
	return l
}
