package loader

import (
	_ "embed"
	"fmt"
	"iter"
	"slices"
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
	cFound                       // launched, established, founded: an instrument is authored, a forum joined
)

// cue is one cue phrase. Adverbs between its words are skipped ("works
// closely with").
type cue struct {
	words    []string
	class    cueClass
	passive  bool // the agent follows the cue: "organised by X"
	weak     bool // a noun phrase that qualifies an object: "rules on"
	nominal  bool // headed by a noun derived from a verb: "adoption of"
	strength float64
}

// cueIndex maps a cue's first word to its cues, longest first.
var cueIndex = map[string][]*cue{}

// verbForms expands a verb lemma that inflections.tsv lacks by suffix
// rules, "=within" to itself, and "lead|leads|led" to the forms listed.
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

// inflectionTable holds the forms of the cue lemmas, generated from WordNet
// by scripts/lexicon (make lexicon).
//
//go:embed lexicon/inflections.tsv
var inflectionTable string

// lemmaForms maps "verb lemma" and "noun lemma" to the lemma's forms, and
// lemmaRelated to its derived nouns (for a verb) or verbs (for a noun).
var lemmaForms, lemmaRelated map[string][]string

// parseInflections reads inflections.tsv: pos, lemma, forms, related.
func parseInflections(table string) (forms, related map[string][]string, err error) {
	forms, related = map[string][]string{}, map[string][]string{}
	list := func(s string) []string {
		if s == "-" {
			return nil
		}
		return strings.Split(s, " ")
	}
	for i, line := range strings.Split(table, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 || f[0] != "verb" && f[0] != "noun" || len(list(f[2])) == 0 {
			return nil, nil, fmt.Errorf("inflections.tsv:%d: %q", i+1, line)
		}
		forms[f[0]+" "+f[1]], related[f[0]+" "+f[1]] = list(f[2]), list(f[3])
	}
	return forms, related, nil
}

// headForms expands a cue's first word: a lemma through inflections.tsv (a
// verb, or a noun when nominal), else by verbForms.
func headForms(head string, nominal bool) []string {
	if !strings.HasPrefix(head, "=") && !strings.Contains(head, "|") {
		pos := "verb "
		if nominal {
			pos = "noun "
		}
		if fs, ok := lemmaForms[pos+head]; ok {
			if nominal {
				return fs
			}
			// WordNet lists some verbs only with British doubled forms
			// ("combatted"); the regular ones ("combated", "combating")
			// are written too, and a regular form of an irregular verb
			// ("leaded") never occurs, so adding them costs nothing.
			for _, f := range verbForms(head) {
				if !slices.Contains(fs, f) {
					fs = append(fs[:len(fs):len(fs)], f)
				}
			}
			return fs
		}
	}
	return verbForms(head)
}

// cueClassNames names the classes as the table writes them.
var cueClassNames = [...]string{
	cSupport: "support", cOppose: "oppose", cBlock: "block", cParty: "party", cCommit: "commit",
	cMember: "member", cParticipate: "participate", cAuthor: "author", cAdopt: "adopt",
	cCooperate: "cooperate", cTension: "tension", cAddress: "address", cPart: "part",
	cAffil: "affiliation", cLead: "lead", cRef: "reference", cFound: "found",
}

// cueRow is one line of the cue table.
type cueRow struct {
	line     int
	class    cueClass
	strength float64
	passive  bool
	weak     bool
	nominal  bool
	phrase   string
}

// parseCueTable reads the cue table: tab-separated class, strength, voice
// (active or passive), weak (yes or no), nominal (yes or no) and phrase;
// blank lines and lines starting with "#" are skipped.
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
		if len(f) != 6 {
			return nil, fmt.Errorf("cues.tsv:%d: %d columns, want 6", i+1, len(f))
		}
		r := cueRow{line: i + 1, phrase: f[5]}
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
		if r.nominal, ok = yesNo[f[4]]; !ok {
			return nil, fmt.Errorf("cues.tsv:%d: nominal %q, want yes or no", i+1, f[4])
		}
		if strings.TrimSpace(r.phrase) != r.phrase || r.phrase == "" || strings.Contains(r.phrase, "  ") {
			return nil, fmt.Errorf("cues.tsv:%d: phrase %q", i+1, r.phrase)
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// addCue registers a cue row; the first word of its phrase is expanded by
// headForms, the rest is literal. A phrase that an earlier row of the same
// class and voice already gives ("committed to", from "=committed to" and
// "commit to") is registered once.
func addCue(r cueRow) {
	head, rest, _ := strings.Cut(r.phrase, " ")
next:
	for _, f := range headForms(head, r.nominal) {
		words := []string{f}
		if rest != "" {
			words = append(words, strings.Fields(rest)...)
		}
		for _, c := range cueIndex[f] {
			if c.class == r.class && c.passive == r.passive && slices.Equal(c.words, words) {
				continue next
			}
		}
		cueIndex[f] = append(cueIndex[f], &cue{words: words, class: r.class, passive: r.passive, weak: r.weak,
			nominal: r.nominal, strength: r.strength})
	}
}

func init() {
	var err error
	if lemmaForms, lemmaRelated, err = parseInflections(inflectionTable); err != nil {
		panic("loader: " + err.Error())
	}
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
// alsoStated is the second relation a cue states beside typ, the one
// resolve picked: blocking an actor is opposition and a tension both;
// chairing a meeting or a dialogue is holding its office and taking part.
func alsoStated(c cueClass, typ domain.RelationType, src, tgt *entity) (domain.RelationType, bool) {
	switch {
	case c == cBlock && typ == domain.Opposes && tgt.kind == domain.Actor:
		return domain.InTensionWith, true
	case c == cLead && typ == domain.AffiliatedWith && tgt.kind == domain.Forum && (tgt.subtype == "EVENT" || tgt.subtype == "DIALOGUE"):
		return domain.ParticipatesIn, true
	case c == cFound && typ == domain.Authored && tgt.subtype == "AGREEMENT" && polity(src):
		// "A, B and C established the X pact": who set up an agreement
		// is bound by it.
		return domain.PartyTo, true
	}
	return "", false
}

// namedAfter reports an instrument whose name, or one of its names,
// opens with its maker's name: the "African Union Convention on ...".
func namedAfter(instrument, maker *entity) bool {
	for n := range names(instrument) {
		for m := range names(maker) {
			if len(n) > len(m) && strings.HasPrefix(n, m+" ") {
				return true
			}
		}
	}
	return false
}

// names yields an entity's name and aliases, the text's and the
// knowledge base's, without gathering them.
func names(e *entity) iter.Seq[string] {
	return func(yield func(string) bool) {
		if !yield(e.name) {
			return
		}
		for _, a := range e.aliases {
			if !yield(a) {
				return
			}
		}
		if e.entry != nil {
			for _, a := range e.entry.Aliases {
				if !yield(a) {
					return
				}
			}
		}
	}
}

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
		case src.subtype == "PERSON" && tgt.subtype == "LAW":
			// "President Biden signed Executive Order 14028": a person
			// who signs a law enacts it.
			return domain.Authored, true
		case sk == domain.Actor && tk == domain.Treaty:
			return domain.PartyTo, true
		case sk == domain.Actor && tgt.subtype == "EVENT":
			// "joined the AI Action Summit", "signed a declaration at the
			// summit": no one is a member of a meeting; they attend it.
			return domain.ParticipatesIn, true
		case sk == domain.Actor && (tk == domain.Forum || tgt.subtype == "REGIONAL_BLOC" && polity(src)):
			return domain.MemberOf, true // "Senegal joined the African Union"
		}
	case cCommit:
		switch {
		case sk == domain.Actor && tk == domain.Treaty:
			return domain.PartyTo, true
		case sk == domain.Forum && tk == domain.Treaty:
			// "the G7 endorsed the Framework": a forum that endorses an
			// instrument adopts it as its own, as with cAdopt.
			return domain.Authored, true
		case sk == domain.Actor && (tk == domain.Issue || tk == domain.Forum):
			return domain.Supports, true
		}
	case cMember:
		switch {
		case sk == domain.Actor && tgt.subtype == "EVENT":
			return domain.ParticipatesIn, true
		case sk == domain.Actor && (tk == domain.Forum || tk == domain.Actor && tgt.subtype == "REGIONAL_BLOC"):
			return domain.MemberOf, true
		case sk == domain.Actor && tk == domain.Treaty:
			return domain.PartyTo, true // "a founding member of the Digital Economy Partnership Agreement"
		}
	case cParticipate:
		switch {
		case sk == domain.Actor && tk == domain.Forum:
			return domain.ParticipatesIn, true
		case sk == domain.Actor && tk == domain.Treaty && tgt.subtype == "AGREEMENT":
			// "a participant in the Wassenaar Arrangement": taking part in
			// an arrangement is being party to it.
			return domain.PartyTo, true
		case sk == domain.Actor && tk == domain.Issue:
			return domain.EngagesOn, true
		}
	case cAuthor:
		if (sk == domain.Actor || sk == domain.Forum) && tk == domain.Treaty {
			return domain.Authored, true
		}
	case cFound:
		switch {
		case (sk == domain.Actor || sk == domain.Forum) && tk == domain.Treaty:
			return domain.Authored, true
		case person && tk == domain.Forum:
			return domain.AffiliatedWith, true // "Jane Doe founded the X Forum"
		case sk == domain.Actor && tk == domain.Forum:
			// "Canada and France launched the GPAI": whoever sets up a
			// forum takes part in it.
			return domain.ParticipatesIn, true
		}
	case cAdopt:
		switch {
		case sk == domain.Forum && tk == domain.Treaty || src.subtype == "REGIONAL_BLOC" && tk == domain.Treaty && namedAfter(tgt, src):
			// "a treaty adopted by the African Union" (the African Union
			// Convention on ...): a bloc adopts the instruments named after
			// it as their maker, as a forum does.
			return domain.Authored, true
		case sk == domain.Actor && tk == domain.Treaty:
			return domain.PartyTo, true
		case sk == domain.Actor && tk == domain.Issue:
			return domain.Supports, true // "the adoption of an active cyber defence", "adopted a risk-based approach"
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
		switch {
		case sk == tk && sk != domain.Issue && !person:
			return domain.PartOf, true
		case sk == domain.Forum && tgt.subtype == "REGIONAL_BLOC":
			return domain.PartOf, true // "an organ established within the African Union"
		}
	case cAffil:
		switch {
		case person && (tk == domain.Actor || tk == domain.Forum) && tgt.subtype != "PERSON":
			return domain.AffiliatedWith, true
		case !person && sk == domain.Actor && tk == domain.Forum:
			// "India chairs the GPAI": a state or an organisation in a
			// forum's chair takes part in it.
			return domain.ParticipatesIn, true
		}
	case cLead:
		switch {
		case person && (tk == domain.Actor || tk == domain.Forum) && tgt.subtype != "PERSON":
			return domain.AffiliatedWith, true
		case sk == domain.Actor && tk == domain.Forum:
			return domain.ParticipatesIn, true
		case (sk == domain.Actor || sk == domain.Forum) && tk == domain.Treaty:
			return domain.Authored, true // "a resolution led by X": X holds the pen
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
		if e.subtype == "REGIONAL_BLOC" {
			return aBloc
		}
		return anActor
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
	anActor, anyForum, anyTreaty, anyIssue = 1, 2, 4, 8
	aBloc                                  = 16 // a regional bloc, an actor one joins as one joins a forum
	anyActor                               = anActor | aBloc
)

// targetKinds lists, per class, the kinds an object can have under some
// subject (see resolve).
var targetKinds = [...]uint8{
	cSupport:     anyActor | anyForum | anyTreaty | anyIssue,
	cOppose:      anyActor | anyTreaty | anyIssue,
	cBlock:       anyActor | anyTreaty | anyIssue,
	cParty:       aBloc | anyForum | anyTreaty,
	cCommit:      anyForum | anyTreaty | anyIssue,
	cMember:      aBloc | anyForum | anyTreaty,
	cParticipate: anyForum | anyTreaty | anyIssue,
	cAuthor:      anyTreaty,
	cAdopt:       anyTreaty | anyIssue,
	cCooperate:   anyActor | anyForum | anyIssue,
	cTension:     anyActor,
	cAddress:     anyIssue,
	cPart:        anyActor | anyForum | anyTreaty,
	cAffil:       anyActor | anyForum,
	cLead:        anyActor | anyForum | anyTreaty,
	cRef:         anyTreaty,
	cFound:       anyForum | anyTreaty,
}
