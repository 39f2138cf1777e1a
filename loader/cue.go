package loader

import (
	"sort"
	"strings"

	"github.com/diplograph/diplograph/domain"
)

// cueClass groups cue phrases by what they say; the kinds of the two ends
// then pick the relation type (see resolve).
type cueClass int

const (
	cSupport     cueClass = iota // supports, advocates for, welcomes
	cOppose                      // opposes, rejects, counters
	cBlock                       // blocks, bans: tension with an actor, opposition to a thing
	cParty                       // signed, ratified, joined
	cCommit                      // committed to: a treaty is joined, anything else supported
	cMember                      // member of, belongs to
	cParticipate                 // takes part in, is involved in
	cAuthor                      // issued, published, drafted
	cAdopt                       // adopted: a forum authors, an actor becomes a party
	cCooperate                   // cooperates, partners, holds a dialogue
	cTension                     // tensions, conflict, sanctions
	cAddress                     // deals with, covers, focuses on
	cPart                        // is part of, a body of
	cAffil                       // represents, works for, chairs
	cLead                        // led by, chaired by, hosted by: a person is affiliated, an actor takes part
	cRef                         // builds on, aligns with, complements
)

// cue is one cue phrase. Adverbs between its words are skipped ("works
// closely with").
type cue struct {
	words    []string
	class    cueClass
	passive  bool // the agent follows the cue: "organised by X"
	weak     bool // a noun phrase that qualifies an object: "rules on"
	strength float64
}

// cueIndex maps a cue's first word to its cues, longest first.
var cueIndex = map[string][]*cue{}

// verbForms expands a cue's first word: "support" to its inflections,
// "=within" to itself, and "lead|leads|led" to the forms listed.
func verbForms(v string) []string {
	switch {
	case strings.HasPrefix(v, "="):
		return []string{v[1:]}
	case strings.Contains(v, "|"):
		return strings.Split(v, "|")
	case strings.HasSuffix(v, "e"):
		return []string{v, v + "s", v + "d", v[:len(v)-1] + "ing"}
	case strings.HasSuffix(v, "y") && !strings.HasSuffix(v, "ey"):
		return []string{v, v[:len(v)-1] + "ies", v[:len(v)-1] + "ied", v + "ing"}
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x"):
		return []string{v, v + "es", v + "ed", v + "ing"}
	}
	return []string{v, v + "s", v + "ed", v + "ing"}
}

// addCues registers cue phrases; the first word of each is expanded by
// verbForms, the rest is literal.
func addCues(class cueClass, strength float64, passive bool, phrases ...string) {
	for _, ph := range phrases {
		head, rest, _ := strings.Cut(ph, " ")
		for _, f := range verbForms(head) {
			words := []string{f}
			if rest != "" {
				words = append(words, strings.Fields(rest)...)
			}
			cueIndex[f] = append(cueIndex[f], &cue{words: words, class: class, passive: passive, strength: strength})
		}
	}
}

func init() {
	addCues(cSupport, 0.85, false, "support", "=supporter of", "=supporters of", "advocate for", "advocate", "champion",
		"stand|stands|stood|standing behind", "welcome", "endorse", "back|backs|backed|backing", "promote",
		"uphold|upholds|upheld|upholding", "defend", "favour", "favor", "call|calls|called|calling for",
		"push|pushes|pushed|pushing for", "=in support of", "=in favour of", "=in favor of", "argue|argues|argued|arguing for",
		"encourage", "strengthen", "protect", "safeguard", "foster", "embrace", "rely|relies|relied|relying on",
		"=guided by")
	addCues(cSupport, 0.7, true, "=supported by", "=backed by", "=endorsed by", "=championed by", "=promoted by", "=welcomed by")
	addCues(cOppose, 0.85, false, "oppose", "=opposed to", "=opposition to", "reject", "counter", "counteract", "combat",
		"condemn", "fight|fights|fought|fighting against", "resist", "criticise", "criticize", "denounce",
		"fend|fends|fended|fending off", "=stance against", "object|objects|objected to", "veto|vetoes|vetoed|vetoing",
		"prevent", "defend|defends|defended|defending against")
	addCues(cOppose, 0.75, true, "=opposed by", "=rejected by", "=condemned by", "=criticised by", "=criticized by")
	addCues(cBlock, 0.8, false, "block", "ban|bans|banned|banning", "boycott", "expel|expels|expelled|expelling", "suspend")
	addCues(cParty, 0.85, false, "sign", "signatory|signatories to", "signatory|signatories of", "ratify", "accede to",
		"join", "party|parties to", "implement", "sign|signs|signed|signing onto", "=accession to", "subscribe to")
	addCues(cParty, 0.75, true, "=signed by", "=ratified by", "=joined by")
	addCues(cCommit, 0.65, false, "=committed to", "commitment|commitments to", "commit|commits to", "pledge|pledges|pledged to")
	addCues(cMember, 0.9, false, "member|members of", "member|members state of", "member|members states of",
		"membership|memberships in", "membership|memberships of", "belong to", "=founding member of",
		"member|members country of", "member|members countries of", "member|members nation of", "member|members nations of")
	addCues(cParticipate, 0.8, false, "participate in", "participation|participations in", "take|takes|took|taken|taking part in",
		"=involved in", "=involvement in", "=engaged in", "engagement|engagements in", "attend", "speak|speaks|spoke|speaking at",
		"present|presents|presented at", "commitment|commitments in", "=active in", "activities|activity in",
		"=represented in", "contribute to", "organise a session at", "organize a session at",
		"work|works|worked|working within", "cooperation|co-operation in", "coordinate|coordinates|coordinated|coordinating in",
		"engage|engages|engaged|engaging in", "=within", "=in the context of", "presidency|presidencies of", "seat|seats on",
		"host|hosts|hosted|hosting")
	addCues(cParticipate, 0.7, true, "=organised by", "=organized by", "=hosted by", "=convened by", "=attended by")
	addCues(cAuthor, 0.85, false, "issue|issued|issuing", "publish", "draft|drafted|drafting", "enact", "create", "produce",
		"launch", "author|authored", "establish", "set|sets up", "introduce", "release", "pass|passed", "develop|develops|developed",
		"formulate", "unveil", "propose", "agree|agrees|agreed|agreeing on", "write|writes|wrote|written", "initiate",
		"found|founded")
	addCues(cAuthor, 0.8, true, "=published by", "=issued by", "=drafted by", "=created by", "=launched by", "=developed by",
		"=enacted by", "=established by", "=produced by", "=introduced by", "=proposed by", "=written by", "=released by",
		"=initiated by", "=founded by", "=authored by", "=set up by", "=prepared by")
	addCues(cAdopt, 0.8, false, "adopt")
	addCues(cAdopt, 0.75, true, "=adopted by")
	addCues(cCooperate, 0.8, false, "cooperate", "co-operate", "cooperation|co-operation|cooperations", "collaborate",
		"collaboration|collaborations", "partner|partners|partnered|partnering with", "partnership|partnerships",
		"dialogue|dialogues|dialog|dialogs", "work|works|worked|working together", "work|works|worked|working with",
		"coordinate|coordinates|coordinated|coordinating with", "coordinate|coordinates|coordinated|coordinating",
		"=coordination with", "ally|allies|allied with", "=alliance with", "=together with", "relations|relationship between",
		"ties|ties with", "agreement|agreements with", "talks|talks with", "negotiate|negotiates|negotiated|negotiating with",
		"team|teams|teamed up with", "join|joins|joined forces with", "=allies", "=cooperating", "=cooperative")
	addCues(cTension, 0.8, false, "tension|tensions", "conflict|conflicts", "rivalry|rivalries", "dispute|disputes",
		"sanction", "war|wars against", "=war of aggression", "confrontation|confrontations", "clash", "accuse",
		"competition|competitions between", "retaliate|retaliates|retaliated|retaliating against", "threaten",
		"hostility|hostilities", "spat|spats", "trade war|wars", "decoupling from")
	addCues(cAddress, 0.8, false, "address", "deal|deals|dealt|dealing with", "cover", "focus|focuses|focused|focusing on",
		"discuss", "develop|develops|developed guidelines on", "regulate", "govern",
		"concern|concerns|concerned with", "=concerned about", "explore", "examine", "tackle", "work|works|worked|working on",
		"prioritise", "prioritize", "engage|engages|engaged|engaging on",
		"engage|engages|engaged|engaging with", "aim|aims|aimed to", "highlight", "study|studies|studied", "analyse",
		"analyze", "outline", "=forum for", "=forum on", "=platform for", "=venue for")
	addCues(cAddress, 0.7, false, "guideline|guidelines on", "issue|issues like", "issue|issues such as",
		"area|areas like", "area|areas such as", "norm|norms on", "rule|rules on", "rule|rules for",
		"standard|standards for", "standard|standards on", "approach|approaches to", "policy|policies on",
		"priority|priorities for")
	for _, w := range []string{"guideline", "guidelines", "issue", "issues", "area", "areas", "norm", "norms", "rule", "rules",
		"standard", "standards", "approach", "approaches", "policy", "policies", "priority", "priorities"} {
		for _, c := range cueIndex[w] {
			if c.class == cAddress && len(c.words) == 2 {
				c.weak = true
			}
		}
	}
	addCues(cPart, 0.85, false, "=part of", "body|bodies of", "organ|organs of", "subsidiary|subsidiaries of", "branch|branches of",
		"agency|agencies of", "=established within", "=under the umbrella of", "arm|arms of", "=subsidiary body of",
		"unit|units of", "division|divisions of", "component|components of", "pillar|pillars of", "track|tracks of",
		"session|sessions of", "session|sessions at", "workshop|workshops at", "event|events at", "edition|editions of")
	addCues(cAffil, 0.85, false, "represent", "work|works|worked|working for", "chair", "=chair of", "head|heads|headed",
		"=head of", "=director of", "=director at", "=founder of", "=ceo of", "=president of", "=employee of", "=fellow at",
		"=professor at", "=researcher at", "=author at", "=spokesperson for", "=spokesman for", "=minister of",
		"=secretary of", "=on behalf of", "=member of the board of", "=advisor to", "=adviser to",
		"lead|leads|led", "serve|serves|served|serving as", "=chairman of", "=chairwoman of", "=chairperson of",
		"=director-general of", "=secretary-general of")
	addCues(cLead, 0.75, true, "=led by", "=chaired by", "=headed by", "=moderated by", "=presented by", "=run by")
	addCues(cRef, 0.85, false, "align|aligns|aligned|aligning with", "=in line with", "complement", "tie|ties|tied|tying into",
		"build|builds|built|building on", "=based on", "dovetail with", "=consistent with", "refer|refers|referred|referring to",
		"supersede", "amend", "replace", "=in accordance with", "=pursuant to", "=set out in", "=documented in",
		"implement", "=implementation of", "=follow-up to", "=successor to", "=derived from", "=inspired by",
		"=modelled on", "=modeled on", "=compliant with", "=in compliance with")
	for _, cs := range cueIndex {
		sort.SliceStable(cs, func(i, j int) bool { return len(cs[i].words) > len(cs[j].words) })
	}
}

// resolve picks the relation type a cue of class c states between src and
// tgt, from the kinds the ontology allows at each end.
func resolve(c cueClass, src, tgt *entity) (domain.RelationType, bool) {
	if src == tgt {
		return "", false
	}
	sk, tk := src.kind, tgt.kind
	person := sk == domain.Actor && src.subtype == "PERSON"
	if (sk == domain.Forum || sk == domain.Treaty) && tk == domain.Issue {
		// Whatever a forum or instrument supports, fights or works on,
		// it addresses.
		switch c {
		case cSupport, cOppose, cCommit, cParticipate, cCooperate, cAddress:
			return domain.Addresses, true
		}
	}
	switch c {
	case cSupport:
		switch {
		case sk == domain.Actor && (tk == domain.Forum || tk == domain.Treaty || tk == domain.Issue):
			return domain.Supports, true
		case polity(src) && polity(tgt):
			// "Germany's support for Ukraine": states backing states work
			// together; a state encouraging a company does not.
			return domain.CooperatesWith, true
		}
	case cOppose:
		if sk == domain.Actor && tk != domain.Forum {
			return domain.Opposes, true
		}
	case cBlock:
		switch {
		case sk == domain.Actor && tk != domain.Forum:
			return domain.Opposes, true
		}
	case cParty:
		switch {
		case sk == domain.Actor && tk == domain.Treaty:
			return domain.PartyTo, true
		case sk == domain.Actor && tk == domain.Forum:
			return domain.MemberOf, true
		}
	case cCommit:
		switch {
		case sk == domain.Actor && tk == domain.Treaty:
			return domain.PartyTo, true
		case sk == domain.Actor && (tk == domain.Issue || tk == domain.Forum):
			return domain.Supports, true
		}
	case cMember:
		if sk == domain.Actor && (tk == domain.Forum || tk == domain.Actor && tgt.subtype == "REGIONAL_BLOC") {
			return domain.MemberOf, true
		}
	case cParticipate:
		switch {
		case sk == domain.Actor && tk == domain.Forum:
			return domain.ParticipatesIn, true
		case sk == domain.Actor && tk == domain.Issue:
			return domain.EngagesOn, true
		}
	case cAuthor:
		if (sk == domain.Actor || sk == domain.Forum) && tk == domain.Treaty {
			return domain.Authored, true
		}
	case cAdopt:
		switch {
		case sk == domain.Forum && tk == domain.Treaty:
			return domain.Authored, true
		case sk == domain.Actor && tk == domain.Treaty:
			return domain.PartyTo, true
		}
	case cCooperate:
		switch {
		case sk == domain.Actor && tk == domain.Actor:
			return domain.CooperatesWith, true
		case sk == domain.Actor && tk == domain.Forum:
			return domain.ParticipatesIn, true
		case sk == domain.Actor && tk == domain.Issue:
			return domain.EngagesOn, true
		}
	case cTension:
		if sk == domain.Actor && tk == domain.Actor {
			return domain.InTensionWith, true
		}
	case cAddress:
		switch {
		case (sk == domain.Forum || sk == domain.Treaty) && tk == domain.Issue:
			return domain.Addresses, true
		case sk == domain.Actor && tk == domain.Issue:
			return domain.EngagesOn, true
		}
	case cPart:
		if sk == tk && sk != domain.Issue && !person {
			return domain.PartOf, true
		}
	case cAffil:
		if person && (tk == domain.Actor || tk == domain.Forum) {
			return domain.AffiliatedWith, true
		}
	case cLead:
		switch {
		case person && (tk == domain.Actor || tk == domain.Forum):
			return domain.AffiliatedWith, true
		case sk == domain.Actor && tk == domain.Forum:
			return domain.ParticipatesIn, true
		}
	case cRef:
		if sk == domain.Treaty && tk == domain.Treaty {
			return domain.References, true
		}
	}
	return "", false
}

func polity(e *entity) bool {
	return e.kind == domain.Actor && (e.subtype == "STATE" || e.subtype == "REGIONAL_BLOC")
}

// kindBit sets one bit per kind an argument can have, so that a cue can say
// which objects it takes before any subject is known.
func kindBit(e *entity) uint8 {
	switch e.kind {
	case domain.Actor:
		return 1
	case domain.Forum:
		return 2
	case domain.Treaty:
		return 4
	case domain.Issue:
		return 8
	}
	return 0
}

const (
	anyActor, anyForum, anyTreaty, anyIssue = 1, 2, 4, 8
)

// targetKinds lists, per class, the kinds an object can have under some
// subject (see resolve).
var targetKinds = [...]uint8{
	cSupport:     anyActor | anyForum | anyTreaty | anyIssue,
	cOppose:      anyActor | anyTreaty | anyIssue,
	cBlock:       anyActor | anyTreaty | anyIssue,
	cParty:       anyForum | anyTreaty,
	cCommit:      anyForum | anyTreaty | anyIssue,
	cMember:      anyActor | anyForum,
	cParticipate: anyForum | anyIssue,
	cAuthor:      anyTreaty,
	cAdopt:       anyTreaty,
	cCooperate:   anyActor | anyForum | anyIssue,
	cTension:     anyActor,
	cAddress:     anyIssue,
	cPart:        anyActor | anyForum | anyTreaty,
	cAffil:       anyActor | anyForum,
	cLead:        anyActor | anyForum,
	cRef:         anyTreaty,
}
