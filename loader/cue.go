package loader

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
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

// cueTable is the cue lexicon: one cue phrase a line (see the file's
// header for its columns), compiled by init into cueIndex.
//
//go:embed lexicon/cues.tsv
var cueTable string

// cueClassNames names the classes as the table writes them.
var cueClassNames = [...]string{
	cSupport: "support", cOppose: "oppose", cBlock: "block", cParty: "party", cCommit: "commit",
	cMember: "member", cParticipate: "participate", cAuthor: "author", cAdopt: "adopt",
	cCooperate: "cooperate", cTension: "tension", cAddress: "address", cPart: "part",
	cAffil: "affiliation", cLead: "lead", cRef: "reference",
}

// cueRow is one line of the cue table.
type cueRow struct {
	line     int
	class    cueClass
	strength float64
	passive  bool
	weak     bool
	phrase   string
}

// parseCueTable reads the cue table: tab-separated class, strength, voice
// (active or passive), weak (yes or no) and phrase; blank lines and lines
// starting with "#" are skipped.
func parseCueTable(table string) ([]cueRow, error) {
	classes := map[string]cueClass{}
	for c, n := range cueClassNames {
		classes[n] = cueClass(c)
	}
	yesNo := map[string]bool{"yes": true, "no": false}
	var rows []cueRow
	for i, line := range strings.Split(table, "\n") {
		if line = strings.TrimRight(line, "\r"); line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("cues.tsv:%d: %d columns, want 5", i+1, len(f))
		}
		r := cueRow{line: i + 1, phrase: f[4]}
		var ok bool
		if r.class, ok = classes[f[0]]; !ok {
			return nil, fmt.Errorf("cues.tsv:%d: unknown class %q", i+1, f[0])
		}
		var err error
		if r.strength, err = strconv.ParseFloat(f[1], 64); err != nil || r.strength <= 0 || r.strength > 1 {
			return nil, fmt.Errorf("cues.tsv:%d: strength %q", i+1, f[1])
		}
		switch f[2] {
		case "active":
		case "passive":
			r.passive = true
		default:
			return nil, fmt.Errorf("cues.tsv:%d: voice %q, want active or passive", i+1, f[2])
		}
		if r.weak, ok = yesNo[f[3]]; !ok {
			return nil, fmt.Errorf("cues.tsv:%d: weak %q, want yes or no", i+1, f[3])
		}
		if strings.TrimSpace(r.phrase) != r.phrase || r.phrase == "" || strings.Contains(r.phrase, "  ") {
			return nil, fmt.Errorf("cues.tsv:%d: phrase %q", i+1, r.phrase)
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// addCue registers a cue row; the first word of its phrase is expanded by
// verbForms, the rest is literal.
func addCue(r cueRow) {
	head, rest, _ := strings.Cut(r.phrase, " ")
	for _, f := range verbForms(head) {
		words := []string{f}
		if rest != "" {
			words = append(words, strings.Fields(rest)...)
		}
		cueIndex[f] = append(cueIndex[f], &cue{words: words, class: r.class, passive: r.passive, weak: r.weak, strength: r.strength})
	}
}

func init() {
	rows, err := parseCueTable(cueTable)
	if err != nil {
		panic("loader: " + err.Error())
	}
	for _, r := range rows {
		addCue(r)
	}
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
