package loader

import (
	"math"
	"strings"

	"github.com/diplograph/diplograph/domain"
)

// The lexicon classifies lower-cased words once per token, so that the
// recognisers test bits instead of strings. Every list here is general
// English or general vocabulary of institutions; none names an entity.

type wordFlag uint64

const (
	fConnector     wordFlag = 1 << iota // may join the words of a name: "of", "for", "and"
	fHeadBreak                          // ends the head of a name: "Council of Europe"
	fFunction                           // a capitalised function word is no name: "The", "This", "However"
	fNotName                            // a capitalised word that is no person's name: "Digital", "Monday"
	fTitle                              // a title before a person's name: "Dr", "President"
	fStrongTitle                        // a title that is enough alone: "President Assad"
	fRole                               // a role noun before or after a name: "founder", "chairman"
	fLabel                              // a line label that a name follows: "Author:", "Speaker 1:"
	fSays                               // a verb that follows a person: "says", "tweeted"
	fParticle                           // a particle inside a person's name: "von", "al", "de"
	fAdverb                             // may sit inside a cue: "closely", "also"
	fNegation                           // undoes a cue: "not", "never"
	fPronounWe                          // "we", "our", "us"
	fSelfNoun                           // "strategy", "session": "this strategy" is the document
	fGovernment                         // "government", "authorities": "the German government"
	fIssueHead                          // "governance", "security": heads a policy topic
	fIssueModifier                      // "data", "digital": modifies an issue head
	fMonth                              // a month or a day of the week: dates what it follows
	fPreposition                        // makes the name after it an oblique: "in", "within"
	fDeterminer                         // may stand between a preposition and a name: "the", "our"
	fAuxiliary                          // a verb or pronoun after a name that is a subject: "is", "which"
	fAgentNoun                          // "the efforts of X": X acts
	fListGlue                           // may join the items of a list: "and", "as well as"
	fSubordinator                       // opens an adjunct before the subject: "while", "although"
	fIssueOfHead                        // heads a topic with its "of/to" object: "rule of law", "access to information"
	fOrdinal                            // numbers an event: "first", "second", "inaugural"
	fProvision                          // a numbered part of an instrument: "Article 5 of the ..."
	fGroupWord                          // counts or gathers a group: "two", "both"
	fGroupNoun                          // names a group of speakers: "countries", "sides"
	fClauseBreak                        // opens a relative or complement clause: "which", "that"
	fHedge                              // makes what follows a possibility or an intention: "could", "expected"
	fListsSubjects                      // lists, after a nominal cue's object, who stands in it: "include", "are"
	fPreambular                         // opens a treaty's preambular clause: "Mindful", "Recalling"
	fComprises                          // says that the items after it are parts: "comprise", "consists"
	fAgentNominal                       // a noun whose "of" names its agents: "inclusion", "accession" (see agentNominals)
	fEventNoun                          // a meeting written in lower case: "conferences", "meeting"
	fScope                              // the reach of a meeting: "world", "regional"
	fHarmNoun                           // an act done to a topic: "interception", "misuse", "theft"
	// An instrument written in lower case: "joint statement", "final report".
	fInstrumentHead
	fInstrumentModifier
	fAboutNoun // a noun about the topic before it: "spectrum policy", "AI rules"
	fVerb      // a verb after a name, never a noun the name qualifies: "held", "resolve"
	fExhort    // asks someone to act: "urged X to ratify", "called on X to"
	fThreat    // heads a topic that is a harm: "ransomware", "disinformation"
	fOperative // opens a resolution's operative paragraph: "Encourages", "Decides"
)

type lexEntry struct {
	flags wordFlag
	head  *headWord
	cues  []*cue // the cue phrases the word opens, longest first
	// pairHead marks the second word of a twoWordHeads pair ("group" of
	// "working group"), so that headOf looks pairs up only there.
	pairHead bool
	id       int32 // index in lexWords + 1; 0 for noEntry
}

// noEntry stands for words the lexicon does not know.
var noEntry = &lexEntry{}

// headWord types a name by its head noun: "... Convention" is a treaty.
type headWord struct {
	kind    domain.Kind
	subtype string
	conf    float64
}

var lexicon = map[string]*lexEntry{}

func addWords(f wordFlag, words string) {
	for _, w := range strings.Fields(words) {
		e := lexicon[w]
		if e == nil {
			e = &lexEntry{}
			lexicon[w] = e
		}
		e.flags |= f
	}
}

func addHeads(kind domain.Kind, subtype string, conf float64, words string) {
	h := &headWord{kind: kind, subtype: subtype, conf: conf}
	for _, w := range strings.Fields(words) {
		e := lexicon[w]
		if e == nil {
			e = &lexEntry{}
			lexicon[w] = e
		}
		e.head = h
	}
}

// datedHeads head a name only when a year dates it: "Kenya Vision 2030",
// "Saudi Vision 2030" are strategies, "a shared vision" is none.
var datedHeads = map[string]*headWord{
	"vision": {domain.Treaty, "STRATEGY", 0.75},
}

// twoWordHeads override the head when the word before it changes its sense.
var twoWordHeads = map[string]*headWord{
	"working group": {domain.Forum, "MULTISTAKEHOLDER", 0.75},
	"task force":    {domain.Forum, "STANDARDS_BODY", 0.7},
	"working party": {domain.Forum, "MULTILATERAL_ORG", 0.7},
	// A panel that advises or leads is a standing body; a session's
	// panel is its speakers.
	"leadership panel": {domain.Forum, "MULTISTAKEHOLDER", 0.7},
	"advisory panel":   {domain.Forum, "MULTILATERAL_ORG", 0.7},
	"high-level panel": {domain.Forum, "MULTILATERAL_ORG", 0.7},
	"action plan":      {domain.Treaty, "STRATEGY", 0.75},
	"white paper":      {domain.Treaty, "STRATEGY", 0.7},
	"open forum":       {domain.Forum, "EVENT", 0.7},
	"expert group":     {domain.Forum, "MULTILATERAL_ORG", 0.7},
	// A network that calls itself international joins states or their
	// bodies: a venue, not an NGO.
	"international network": {domain.Forum, "COALITION", 0.7},
	// A stakeholder group is no body: "Civil Society", "Private Sector",
	// "Intergovernmental Organization" on a programme line.
	"civil society":                  nil,
	"intergovernmental organization": nil,
	"intergovernmental organisation": nil,
	"technical community":            nil,
	"private sector":                 nil,
	"public sector":                  nil,
	"business sector":                nil,
	"tech sector":                    nil,
	"technology sector":              nil,
	"digital sector":                 nil,
	"financial sector":               nil,
	"energy sector":                  nil,
}

func init() {
	addWords(fConnector, "of for on and the to in with de du des la le del di da dos das della van von der den bin ibn & und et y")
	addWords(fHeadBreak, "of for on to with in")
	addWords(fFunction, `the a an this that these those it its we our us they their them he she his her i my you your
		in on at for from by with as of to and or but if when while what who whom whose how why where which whether
		although though because since despite after before during under over through between among also moreover
		however furthermore additionally ultimately thus therefore here there today yesterday tomorrow both each every
		all some many most several such other another any no not yes only even just please let unlike like via per
		about within without beyond across against toward towards upon whilst whereas given including especially along alongside
		particularly according instead meanwhile nevertheless nonetheless indeed finally first second third next last then
		once so yet still already now often sometimes always never perhaps maybe may might can could will would should
		must shall is are was were be been being has have had do does did done one two three four five six seven eight
		nine ten new key more less see read click share follow subscribe home contact courtesy source sources note notes
		figure table chapter section part annex appendix introduction conclusion conclusions summary overview background
		abstract keywords references bibliography acknowledgements foreword preface contents glossary`)
	addWords(fNotName, `digital global international national regional local internet online data tech technology
		technological cyber cyberspace policy policies strategy governance security development cooperation diplomacy
		diplomatic foreign affairs public private human rights trade economic economy political social media network
		networks sector society civil government governments federal republic kingdom state states nations world open free
		united european african asian american western eastern northern southern north south east west central
		day week year month spring summer autumn fall winter monday tuesday wednesday thursday friday saturday sunday
		case studies study format description duration speaker speakers organizer organiser moderator author session
		panel question questions outcomes expected hybrid design tools training orientation interaction understanding
		building challenges challenge benefits role future rise era age emerging key issues issue approach approaches
		solution solutions harmonizing promoting addressing defining terms making lack power rapid diverging human
		dimension prospects dedicated increased greater sovereignty vs versus multilateral bilateral informal
		frameworks agreements organizations organisations institutions group groups community communities report
		paper briefing mapping virtual necessity traditional minister ministers president ambassador ambassadors
		team office ministry department agency commission council committee union strategic artificial intelligence
		information communication communications science research innovation education health climate energy
		infrastructure transformation standards standard law laws regulation act convention declaration agreement
		program programme initiative partnership partnerships principles agenda plan summit forum conference
		workshop dialogue alliance coalition organization organisation assembly foundation institute university
		centre center company inc ltd corp news times post journal press blog article book chair chairman yes
		vice-president vice-presidents vice-chair executive
		islands island city county province prefecture region sea ocean bay coast gulf river lake valley mountains peninsula`)
	addWords(fTitle|fStrongTitle, "dr dr. mr mr. mrs mrs. ms ms. prof prof. professor president ambassador minister chancellor senator sir dame king queen prince princess pope sheikh secretary-general director-general commissioner")
	addWords(fTitle, "secretary governor mayor general admiral colonel judge justice deputy vice prime chairman chairwoman ceo founder envoy director rapporteur")
	addWords(fTitle, "advisor adviser presidents vice-president vice-presidents vice-chair vice-chancellor executive ministers commissioners senators ambassadors secretaries")
	addWords(fRole, `founder co-founder cofounder counterpart delegation delegate vp svp evp ceo chairman chairwoman chair chairperson director head spokesperson spokesman
		spokeswoman minister president ambassador professor researcher expert author journalist activist leader envoy
		secretary commissioner official diplomat scholar analyst economist executive chief officer fellow adviser advisor
		editor coordinator manager representative member lecturer consultant counsellor counselor negotiator`)
	addWords(fLabel, "author authors speaker speakers moderator moderators organizer organizers organiser organisers chair chairs rapporteur panelist panelists panellist panellists presenter presenters facilitator facilitators host hosts editor editors contributor contributors co-organizer co-organizers co-organiser co-organisers co-host co-hosts convener conveners convenor convenors co-convener co-conveners partner partners sponsor sponsors co-sponsor co-sponsors by")
	addWords(fSays, `says said say states stated argues argued notes noted wrote writes tweeted tweets explains explained told
		reflects reflected investigates investigated analyses analysed analyzes analyzed discusses discussed suggests suggested
		believes believed added adds emphasised emphasized stressed warned commented observes observed claims claimed
		outlines outlined describes described examines examined looks`)
	addWords(fParticle, "al al- el bin ibn von van der den de del della di da du dos das le la ter ten")
	addWords(fAdverb, `also closely actively further strongly fully still already jointly increasingly particularly especially
		firmly explicitly expressly publicly formally officially consistently continuously constantly even greatly globally
		internationally more most very both therefore thus recently previously originally currently now then
		long successfully effectively clearly openly directly officially systematically intensively
		heavily significantly substantially rapidly quickly swiftly deeply broadly widely largely mainly primarily
		notably reportedly allegedly repeatedly regularly frequently routinely immediately eventually ultimately
		finally additionally similarly equally mutually bilaterally multilaterally collectively individually
		separately proactively vigorously unanimously unilaterally informally later subsequently soon again
		initially briefly temporarily partially partly gradually quietly belatedly promptly readily duly`)
	addWords(fNegation, "not never no neither nor cannot n't without failed fails refused refuses declined declines denied denies deny denying reluctant unwilling hesitant refrained")
	addWords(fPronounWe, "we our us ours ourselves")
	addWords(fGovernment, "government governments authorities administration")
	addWords(fIssueHead, `governance security protection privacy divide trade sovereignty diplomacy rights inclusion literacy ethics
		infrastructure transformation economy flows localization localisation protectionism accountability resilience
		neutrality crime warfare espionage surveillance censorship disinformation misinformation connectivity skills
		capacity-building standardisation standardization interoperability`)
	addWords(fIssueModifier, `data digital cyber ai internet online information network platform content tech technology
		human climate energy space quantum consumer children's e-commerce electronic cross-border
		open-source open source public science semiconductor supply-chain net tech`)
	// More heads and modifiers of policy topics, general vocabulary of the
	// domain: "law enforcement", "national security", "foundation models".
	addWords(fIssueHead, `enforcement liberties values principles sharing standards biology transition science
		sciences models safety stability participation deterrence chips threats evidence interference spectrum orbits
		subsidies theft transfer engagement procurement law manipulation breaches breach piracy integrity assistance
		risks testing evaluation diligence settlement intervention fusion self-reliance defence defense innovation`)
	addWords(fIssueModifier, `national international civil democratic synthetic clean clean-energy defense defence
		foundation strategic harmful industrial government stakeholder non-market military forced criminal due grey
		gray zone systemic dual-use technical supply chain registration open minilateral mini-lateral peaceful
		public-private public–private sovereign telecommunication telecommunications radio-frequency satellite
		frontier export financial biological geostationary-satellite law`)
	// Heads whose topic is their object: "freedom of expression", "safety of
	// life", "access to information", "misuse of technology".
	addWords(fIssueHead|fIssueOfHead, `rule freedom freedoms protection interception misuse theft access safety
		settlement prohibition`)
	addWords(fProvision, "article articles section sections paragraph paragraphs chapter clause annex title part")
	addWords(fInstrumentHead, "statement declaration communiqué communique report order agreement memorandum mou")
	addWords(fInstrumentModifier, "joint final executive trilateral")
	addWords(fHarmNoun, "interception misuse theft abuse proliferation prohibition")
	addWords(fThreat, `cybercrime crime crimes ransomware disinformation misinformation malinformation attacks cyberattacks
		spyware malware terrorism cyberterrorism extremism harassment abuse threats espionage fraud scams piracy theft
		interference manipulation censorship shutdowns surveillance trafficking corruption bribery weapons`)
	addWords(fAboutNoun, "policy policies strategy strategies regulation regulations rules law laws issues matters measures")
	addWords(fEventNoun, "conference conferences assembly assemblies meeting meetings summit summits session sessions")
	addWords(fScope, "world regional global international")
	addWords(fOrdinal, "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth inaugural")
	addWords(fMonth, `january february march april may june july august september october november december
		monday tuesday wednesday thursday friday saturday sunday`)
	addWords(fPreposition, `in with of to for by from at on between among within into through under over via across
		including like unlike as than against about beyond toward towards without`)
	addWords(fDeterminer, "the a an our its their other all these this both his her some many")
	addWords(fAuxiliary, `is are was were be been has have had will would can could should must may might does do did
		shall which who that as itself themselves`)
	addWords(fAgentNoun, `efforts effort activities activity work role commitment commitments decision decisions plans
		proposal proposals position initiatives attempts delegation delegations representatives representative
		officials negotiators diplomats envoys`)
	addWords(fListGlue, "and or the as well also")
	addWords(fGroupWord, "two both our")
	for w := range agentNominals {
		addWords(fAgentNominal, w)
	}
	addWords(fComprises, "comprise comprises comprised comprising consist consists consisted consisting composed")
	addWords(fPreambular, `mindful considering recognising recognizing convinced noting recalling welcoming aware concerned
		desiring determined believing affirming reaffirming bearing acknowledging emphasising emphasizing having
		underlining stressing guided conscious taking keeping deeply alarmed cognizant expressing observing
		reiterating seeking`)
	addWords(fOperative, `resolves decides encourages urges requests invites calls recommends emphasizes emphasises stresses
		affirms reaffirms recognizes recognises notes underlines welcomes acknowledges expresses supports endorses
		condemns deplores commits agrees adopts approves appeals reiterates highlights`)
	addWords(fListsSubjects, "include includes included including are were comprise comprises comprised")
	addWords(fClauseBreak, "which who whom whose that whereas while although")
	addWords(fHedge, `will could would should might may must expected likely intends intend intended plans plan planned
		considering consider considers applied applies apply aims hopes hope seeks seek wants want invited invites urged urges calls
		look looks pledged pledge pledges vowed vow vows promised promise promises agreed agrees`)
	addWords(fExhort, `urge urges urged urging call calls called calling encourage encourages encouraged encouraging
		invite invites invited inviting ask asks asked asking press presses pressed pressing request requests
		requested requesting push pushes pushed pushing demands pressure`)
	addWords(fGroupNoun, "countries sides governments nations partners leaders signatories participants parties")
	// Irregular pasts, and the verbs of statements after a coordinated
	// subject ("Kenya and Ghana resolve to ...").
	addWords(fVerb, `held made took gave met began became sought brought built won wrote spoke chose undertook drew
		struck paid kept sent told saw found withdrew led lost rose fell stood went came got knew thought felt bought
		caught fought taught broke froze swore oversaw upheld withheld underwent forbade shut sold spent lent sank
		resolve agree decide reaffirm affirm recognise recognize acknowledge stress underline emphasise emphasize
		remain continue reiterate share note remains continues stays reiterates notes stresses`)
	addWords(fSubordinator, `while although though whereas because since when whenever after before once if unless
		as following given considering recognising recognizing mindful convinced noting recalling welcoming aware
		concerned desiring determined believing affirming bearing acknowledging emphasising emphasizing reaffirming reiterating`)

	// One lookup per word then serves the cue finder too. (cue.go's init,
	// which fills cueIndex, runs before this one.)
	for w, cs := range cueIndex {
		e := lexicon[w]
		if e == nil {
			e = &lexEntry{}
			lexicon[w] = e
		}
		e.cues = cs
	}

	addHeads(domain.Treaty, "CONVENTION", 0.8, "convention treaty treaties protocol covenant")
	addHeads(domain.Treaty, "LAW", 0.75, "act regulation directive law bill ordinance decree regulations order")
	addHeads(domain.Treaty, "DECLARATION", 0.75, "declaration statement compact call charter principles conclusions communiqué communique resolution manifesto pledge appeal consensus guidelines recommendation code guidance guide handbook manual toolkit checklist guidebook report")
	addHeads(domain.Treaty, "STRATEGY", 0.75, "strategy agenda roadmap doctrine plan blueprint")
	addHeads(domain.Treaty, "AGREEMENT", 0.75, "agreement framework accord arrangement pact memorandum mou deal")
	addHeads(domain.Treaty, "INITIATIVE", 0.65, "initiative programme program gateway project partnership mechanism day fellowship scholarship")
	addHeads(domain.Forum, "MULTISTAKEHOLDER", 0.7, "forum process")
	addHeads(domain.Forum, "MULTILATERAL_ORG", 0.7, "council organisation organization assembly commission union committee bank secretariat")
	addHeads(domain.Forum, "EVENT", 0.7, "summit conference workshop symposium roundtable meeting congress convening event")
	addHeads(domain.Forum, "COALITION", 0.75, "coalition alliance")
	addHeads(domain.Forum, "CLUB", 0.7, "group")
	addHeads(domain.Forum, "DIALOGUE", 0.7, "dialogue dialog")
	addHeads(domain.Forum, "MULTILATERAL_ORG", 0.65, "board sector")
	addHeads(domain.Treaty, "INITIATIVE", 0.6, "commitments")
	addHeads(domain.Actor, "GOVERNMENT_BODY", 0.65, "unit")
	addHeads(domain.Forum, "STANDARDS_BODY", 0.7, "consortium")
	addHeads(domain.Actor, "GOVERNMENT_BODY", 0.7, "ministry department agency office authority bureau directorate parliament embassy chancellery regulator inspectorate")
	addHeads(domain.Actor, "COMPANY", 0.75, "inc inc. ltd ltd. corp corp. corporation company gmbh llc plc technologies")
	addHeads(domain.Actor, "ACADEMIA", 0.8, "university institute college academy school laboratory observatory")
	addHeads(domain.Actor, "CIVIL_SOCIETY", 0.65, "foundation association centre center network federation movement trust watch society league club")
	addHeads(domain.Actor, "MEDIA", 0.65, "news times post journal insider tribune herald gazette radio television tv press magazine broadcasting chronicle")
	for pair := range twoWordHeads {
		_, second, _ := strings.Cut(pair, " ")
		e := lexicon[second]
		if e == nil {
			e = &lexEntry{}
			lexicon[second] = e
		}
		e.pairHead = true
	}
	newLexTable()
}

// lexTable is the lexicon as an open-addressing hash table by wordHash,
// which tokenize probes once per word: cheaper than a map, whose hash it
// would compute on top of the one the word needs anyway. A slot holds the
// top half of the hash and an index into lexWords, 4 bytes, so that the
// table (most of whose probes find an empty slot) stays in the fastest
// cache.
var (
	lexTable []lexSlot
	lexWords []lexWord
	// lexEntries holds noEntry, then the entries of lexWords: by lexEntry.id.
	lexEntries []*lexEntry
)

type lexSlot struct {
	tag  uint16 // the hash's top 16 bits; the bottom ones index the table
	word uint16 // index in lexWords + 1; 0 marks an empty slot
}

type lexWord struct {
	word string
	e    *lexEntry
}

// newLexTable builds lexTable, lexWords and lexEntries once the lexicon is
// complete.
func newLexTable() {
	n := 1
	for n < 4*len(lexicon) {
		n *= 2
	}
	if len(lexicon) >= math.MaxUint16 {
		panic("loader: the lexicon outgrows its table")
	}
	lexTable, lexWords = make([]lexSlot, n), make([]lexWord, 0, len(lexicon))
	lexEntries = append(make([]*lexEntry, 0, len(lexicon)+1), noEntry)
	for w, e := range lexicon {
		h := wordHash([]byte(w))
		i := h & uint32(n-1)
		for lexTable[i].word != 0 {
			i = (i + 1) & uint32(n-1)
		}
		lexWords = append(lexWords, lexWord{w, e})
		lexEntries = append(lexEntries, e)
		e.id = int32(len(lexWords))
		lexTable[i] = lexSlot{uint16(h >> 16), uint16(len(lexWords))}
	}
}

// lookupASCII classifies an ASCII word whose lower case has wordHash h,
// comparing without lower-casing a copy.
func lookupASCII(word string, h uint32) *lexEntry {
	mask := uint32(len(lexTable) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := lexTable[i]
		if sl.word == 0 {
			return noEntry
		}
		if w := &lexWords[sl.word-1]; sl.tag == uint16(h>>16) && len(w.word) == len(word) && equalLower(w.word, word) {
			return w.e
		}
	}
}

// equalLower reports whether the ASCII word lower-cased reads as lower.
func equalLower(lower, word string) bool {
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// lookupWord classifies a lower-cased word whose wordHash is h; noEntry
// means "nothing known".
func lookupWord(lower []byte, h uint32) *lexEntry {
	mask := uint32(len(lexTable) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := lexTable[i]
		if sl.word == 0 {
			return noEntry
		}
		if w := &lexWords[sl.word-1]; sl.tag == uint16(h>>16) && w.word == string(lower) {
			return w.e
		}
	}
}
