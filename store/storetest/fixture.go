package storetest

import (
	"strings"
	"unicode/utf8"

	"github.com/diplograph/diplograph/domain"
)

// docBuilder assembles a hand-made extraction whose evidence offsets point
// at real sentences of its text, the way the loader's output does.
type docBuilder struct {
	x domain.Extraction
}

func newDoc(name, text string) *docBuilder {
	return &docBuilder{x: domain.Extraction{Document: domain.Doc{
		ID: domain.DocumentID(name), Name: name, Text: text, Hash: domain.TextHash(text),
	}}}
}

func (b *docBuilder) entity(kind domain.Kind, subtype, name, code string, aliases ...string) string {
	id := domain.NodeID(kind, name)
	b.x.Entities = append(b.x.Entities, domain.Node{ID: id, Kind: kind, Subtype: subtype, Name: name, Code: code, Aliases: aliases})
	for _, form := range append([]string{name}, aliases...) {
		at := strings.Index(b.x.Document.Text, form)
		if at < 0 {
			continue
		}
		start := utf8.RuneCountInString(b.x.Document.Text[:at])
		b.x.Mentions = append(b.x.Mentions, domain.Mention{Entity: id, Text: form, Start: start, End: start + utf8.RuneCountInString(form)})
	}
	return id
}

// relate adds a relation that rule read, with confidence, in the sentence of
// the text that contains cue; the fixture panics on a cue it lacks because
// that is a broken test.
func (b *docBuilder) relate(t domain.RelationType, source, target string, confidence float64, rule, cue string, year int) {
	text := b.x.Document.Text
	at := strings.Index(text, cue)
	if at < 0 {
		panic("fixture: cue not in text: " + cue)
	}
	start := strings.LastIndex(text[:at], ". ") + 1
	for start < len(text) && text[start] == ' ' {
		start++
	}
	end := at + strings.Index(text[at:], ".") + 1
	sentence := text[start:end]
	rs := utf8.RuneCountInString(text[:start])
	ev := domain.Evidence{Document: b.x.Document.ID, Text: sentence, Start: rs, End: rs + utf8.RuneCountInString(sentence), Year: year, Rule: rule}
	r := domain.NewRelation(t, source, target, confidence, ev)
	r.Rule = rule
	b.x.Relations = append(b.x.Relations, r)
}

func (b *docBuilder) build() domain.Extraction { return b.x }

// IDs of the fixture's entities, for assertions.
var (
	germany    = domain.NodeID(domain.Actor, "Germany")
	france     = domain.NodeID(domain.Actor, "France")
	ivoryCoast = domain.NodeID(domain.Actor, "Côte d’Ivoire")
	eu         = domain.NodeID(domain.Actor, "European Union")
	igf        = domain.NodeID(domain.Forum, "Internet Governance Forum")
	itu        = domain.NodeID(domain.Forum, "International Telecommunication Union")
	gdpr       = domain.NodeID(domain.Treaty, "General Data Protection Regulation")
	budapest   = domain.NodeID(domain.Treaty, "Budapest Convention")
	cyber      = domain.NodeID(domain.Issue, "Cybersecurity")
	dataProt   = domain.NodeID(domain.Issue, "Data protection")
	docA       = domain.DocumentID("a.txt")
	docB       = domain.DocumentID("b.txt")
)

// fixtureA and fixtureB are two documents that share entities and one
// relation, so merging and replacing can be observed.
func fixtureA() domain.Extraction {
	b := newDoc("a.txt", "Germany supports the Internet Governance Forum (IGF) since 2006. "+
		"The IGF addresses cybersecurity in every session. "+
		"Germany and France cooperate on cybersecurity. "+
		"Germany signed the Budapest Convention in 2001.")
	de := b.entity(domain.Actor, "STATE", "Germany", "DE")
	fr := b.entity(domain.Actor, "STATE", "France", "FR")
	f := b.entity(domain.Forum, "MULTISTAKEHOLDER", "Internet Governance Forum", "", "IGF")
	c := b.entity(domain.Issue, "", "Cybersecurity", "", "cybersecurity")
	bc := b.entity(domain.Treaty, "CONVENTION", "Budapest Convention", "")
	b.relate(domain.Supports, de, f, 0.9, "cue-active", "supports the Internet", 2006)
	b.relate(domain.Addresses, f, c, 0.8, "cue-active", "addresses cybersecurity", 0)
	// Given target-first on purpose: symmetric relations are stored once per pair.
	b.relate(domain.CooperatesWith, fr, de, 0.7, "cue-symmetric", "cooperate on", 0)
	b.relate(domain.PartyTo, de, bc, 0.85, "cue-active", "signed the Budapest", 2001)
	return b.build()
}

func fixtureB() domain.Extraction {
	b := newDoc("b.txt", "France takes part in the Internet Governance Forum. "+
		"Germany stands behind the Internet Governance Forum too. "+
		"The European Union issued the General Data Protection Regulation (GDPR). "+
		"The GDPR addresses data protection. "+
		"Côte d’Ivoire is a member of the International Telecommunication Union. "+
		"France is a member of the International Telecommunication Union.")
	fr := b.entity(domain.Actor, "STATE", "France", "FR")
	de := b.entity(domain.Actor, "STATE", "Germany", "DE", "Federal Republic of Germany")
	ci := b.entity(domain.Actor, "STATE", "Côte d’Ivoire", "CI")
	e := b.entity(domain.Actor, "REGIONAL_BLOC", "European Union", "", "EU")
	f := b.entity(domain.Forum, "MULTISTAKEHOLDER", "Internet Governance Forum", "")
	i := b.entity(domain.Forum, "MULTILATERAL_ORG", "International Telecommunication Union", "", "ITU")
	g := b.entity(domain.Treaty, "LAW", "General Data Protection Regulation", "", "GDPR")
	d := b.entity(domain.Issue, "", "Data protection", "", "data protection")
	b.relate(domain.ParticipatesIn, fr, f, 0.8, "cue-active", "takes part in", 0)
	b.relate(domain.Supports, de, f, 0.6, "cue-active", "stands behind", 0)
	b.relate(domain.Authored, e, g, 0.9, "cue-active", "issued the General", 0)
	b.relate(domain.Addresses, g, d, 0.8, "cue-active", "addresses data protection", 0)
	b.relate(domain.MemberOf, ci, i, 0.9, "cue-active", "Côte d’Ivoire is a member", 0)
	b.relate(domain.MemberOf, fr, i, 0.9, "cue-active", "France is a member", 0)
	return b.build()
}

// fixtureAChanged is a.txt edited: the cooperation sentence is gone and the
// Budapest Convention with it.
func fixtureAChanged() domain.Extraction {
	b := newDoc("a.txt", "Germany supports the Internet Governance Forum (IGF) since 2006. "+
		"The IGF addresses cybersecurity in every session.")
	de := b.entity(domain.Actor, "STATE", "Germany", "DE")
	f := b.entity(domain.Forum, "MULTISTAKEHOLDER", "Internet Governance Forum", "", "IGF")
	c := b.entity(domain.Issue, "", "Cybersecurity", "", "cybersecurity")
	b.relate(domain.Supports, de, f, 0.9, "cue-active", "supports the Internet", 2006)
	b.relate(domain.Addresses, f, c, 0.8, "cue-active", "addresses cybersecurity", 0)
	return b.build()
}
