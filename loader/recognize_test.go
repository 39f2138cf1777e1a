package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/loader/kb"
)

// recognizeCase is one sentence and what entity recognition must (and must
// not) make of it. Entities are written "Kind/SUBTYPE Name"; an alias is
// checked as alias -> name of the entity that carries it.
type recognizeCase struct {
	name     string
	text     string
	entities []string
	aliasOf  map[string]string
	notNamed []string // no entity may be named so
}

func runRecognize(t *testing.T, cases []recognizeCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			x := extractText(t, "t.txt", tc.text)
			got := entityStrings(x)
			for _, want := range tc.entities {
				if !slices.Contains(got, want) {
					t.Errorf("missing %q; got %s", want, strings.Join(got, " | "))
				}
			}
			for alias, name := range tc.aliasOf {
				found := false
				for _, e := range x.Entities {
					if e.Name == name && slices.Contains(e.Aliases, alias) {
						found = true
					}
				}
				if !found {
					t.Errorf("no entity %q with alias %q; got %s", name, alias, strings.Join(got, " | "))
				}
			}
			for _, e := range x.Entities {
				if slices.Contains(tc.notNamed, e.Name) {
					t.Errorf("unwanted entity %q", e.Name)
				}
			}
		})
	}
}

func TestRecognizeNameBoundaries(t *testing.T) {
	runRecognize(t, []recognizeCase{
		{
			name:     "a summit dated with on and a month ends before the date",
			text:     "Ministers met at the Lagos Digital Summit on May 4 to talk.",
			entities: []string{"Forum/EVENT Lagos Digital Summit"},
			notNamed: []string{"Lagos Digital Summit on May 4"},
		},
		{
			name:     "a summit placed in a known country ends before the place",
			text:     "The Quantum Futures Summit in France drew many delegations.",
			entities: []string{"Forum/EVENT Quantum Futures Summit"},
			notNamed: []string{"Quantum Futures Summit in France"},
		},
		{
			name:     "a gerund in -izing opening a heading is no part of a name",
			text:     "Harmonizing Regulations for Drones\nThe panel met.",
			notNamed: []string{"Harmonizing Regulations for Drones"},
		},
		{
			name:     "a gerund with a one-word object after a title's colon names no body",
			text:     "IGF 2024 Open Forum #9: Building Trust in Data Flows\nThe panel met.",
			entities: []string{"Forum/EVENT IGF 2024 Open Forum #9"},
			notNamed: []string{"Building Trust"},
		},
		{
			name:     "a gerund and a preposition opening a sentence name nothing",
			text:     "Building on the Budapest Convention, the protocol covers evidence.",
			notNamed: []string{"Building on the Budapest Convention"},
		},
		{
			name:     "a known state after in places the name before it",
			text:     "Veterans recall IGF1 in India fondly.",
			entities: []string{"Forum/EVENT IGF1", "Actor/STATE India"},
		},
		{
			name:     "a directorate inside a ministry is two bodies",
			text:     "The Cloud Services Directorate in the Ministry of Finance approved the plan.",
			entities: []string{"Actor/GOVERNMENT_BODY Cloud Services Directorate", "Actor/GOVERNMENT_BODY Ministry of Finance"},
		},
		{
			name:     "an and inside a statement's subject does not cut its title",
			text:     "Nine states issued the Joint Statement on the Sale and Abuse of Surveillance Tools.",
			entities: []string{"Treaty/DECLARATION Joint Statement on the Sale and Abuse of Surveillance Tools"},
		},
		{
			name:     "a ministry whose name is a comma list stays whole",
			text:     "The plan came from the Ministry of Energy, Mines and Water of Ruritania.",
			entities: []string{"Actor/GOVERNMENT_BODY Ministry of Energy, Mines and Water of Ruritania"},
		},
		{
			name:     "a ministry of two portfolios joined by and stays whole",
			text:     "She heads the Ministry of the Interior and Safety of the Government of India.",
			entities: []string{"Actor/GOVERNMENT_BODY Ministry of the Interior and Safety of the Government of India"},
			aliasOf:  map[string]string{"Ministry of the Interior and Safety": "Ministry of the Interior and Safety of the Government of India"},
		},
		{
			name:    "a department of a named republic is also known without it",
			text:    "The Department of Rural Networks of the Republic of India will lead.",
			aliasOf: map[string]string{"Department of Rural Networks": "Department of Rural Networks of the Republic of India"},
		},
		{
			name:     "two names joined by and are cut after the second and",
			text:     "The Partnership for Growth and Innovation and the Coastal Dialogue met.",
			entities: []string{"Forum/DIALOGUE Coastal Dialogue"},
			notNamed: []string{"Innovation and the Coastal Dialogue"},
		},
		{
			name:     "an office named after a title in the possessive is one name",
			text:     "The plan is run by the President's Office of the Government of France.",
			entities: []string{"Actor/GOVERNMENT_BODY President's Office of the Government of France"},
		},
		{
			name:     "a hyphenated pair after U.S. keeps both parties",
			text:     "Officials launched the U.S.-India Space Partnership last year.",
			entities: []string{"Treaty/INITIATIVE U.S.-India Space Partnership"},
		},
	})
}

func TestRecognizePersons(t *testing.T) {
	runRecognize(t, []recognizeCase{
		{
			name:     "two capitalised words after a preposition of place are a place, not a person",
			text:     "The summit was held at Lancaster House. Ministers met in Sunny Vale. Anna Kowalczyk says so.",
			entities: []string{"Actor/PERSON Anna Kowalczyk"},
			notNamed: []string{"Lancaster House", "Sunny Vale"},
		},
		{
			name:     "a title of two words before a name leaves no person of the title",
			text:     "Ruritania's Deputy Prime Minister Tomas Varga opened the talks.",
			entities: []string{"Actor/PERSON Tomas Varga"},
			notNamed: []string{"Deputy Prime"},
		},
		{
			name:     "a plural title before a name is no part of it",
			text:     "The Vice Presidents Anna Kowalczyk and Pieter Smit met the press.",
			entities: []string{"Actor/PERSON Anna Kowalczyk"},
			notNamed: []string{"Presidents Anna Kowalczyk"},
		},
		{
			name:     "a name closing a title with its complement is a person",
			text:     "It was opened by the Prime Minister of the Republic of India Arjun Mehta Rao yesterday.",
			entities: []string{"Actor/PERSON Arjun Mehta Rao"},
		},
		{
			name:     "a line that is only a name is a byline",
			text:     "Wendelin Okafor\nThe mechanism met twice in its first year.",
			entities: []string{"Actor/PERSON Wendelin Okafor"},
		},
		{
			name:     "a name described as a fellow is a person",
			text:     "Ingrid Castellanos is a Senior Fellow at a research centre.",
			entities: []string{"Actor/PERSON Ingrid Castellanos"},
		},
		{
			name:     "two names joined by and are two people",
			text:     "The hall applauded Ravi Moorthy and Kerstin Blom at their last meeting.",
			entities: []string{"Actor/PERSON Ravi Moorthy", "Actor/PERSON Kerstin Blom"},
		},
		{
			name:     "a surname that is also a head word closes a titled name",
			text:     "It was chaired by the Special Envoy for Ocean Affairs Malik Center, who spoke.",
			entities: []string{"Actor/PERSON Malik Center"},
		},
		{
			name:     "a given name that is a function word follows a title",
			text:     "The letter which Acme CEO He Zhuoran sent was read.",
			entities: []string{"Actor/PERSON He Zhuoran"},
		},
		{
			name:     "an adviser's title before a name marks a person",
			text:     "The talks were chaired by National Security Advisor Maria Lindqvist, who spoke first.",
			entities: []string{"Actor/PERSON Maria Lindqvist"},
		},
	})
}

func TestRecognizeIssues(t *testing.T) {
	runRecognize(t, []recognizeCase{
		{
			name:     "a head and its object make a topic",
			text:     "The ministers stressed the rule of law and the freedom of expression.",
			entities: []string{"Issue/ Rule of law", "Issue/ Freedom of expression"},
		},
		{
			name:     "access to a thing is a topic when the phrase ends there",
			text:     "Rural schools still lack access to information, the report says.",
			entities: []string{"Issue/ Access to information"},
		},
		{
			name:     "an act done to a known topic is a topic of its own",
			text:     "The law covers the interception of data protection, they said.",
			entities: []string{"Issue/ Interception of data protection"},
		},
		{
			name:     "a wrapper around a known topic is that topic",
			text:     "They stressed the protection of data protection, they said.",
			notNamed: []string{"Protection of data protection"},
		},
		{
			name:     "an object that runs on is no topic of that shape",
			text:     "The safety of the bridge matters.",
			notNamed: []string{"Safety of the"},
		},
		{
			name:     "national and international modifiers head topics",
			text:     "The talks covered national security, international law and law enforcement.",
			entities: []string{"Issue/ National security", "Issue/ International law", "Issue/ Law enforcement"},
		},
		{
			name:     "adjectives of the domain modify new heads",
			text:     "They discussed foundation models, harmful interference and forced technology transfer.",
			entities: []string{"Issue/ Foundation models", "Issue/ Harmful interference", "Issue/ Forced technology transfer"},
		},
	})
}

func TestRecognizeInstrumentsAndEvents(t *testing.T) {
	runRecognize(t, []recognizeCase{
		{
			name:     "an ordinal number before a conference belongs to the event",
			text:     "Resolution No. 4 was adopted at the 12th Conference of the Baltic Ministers of Transport in Riga.",
			entities: []string{"Forum/EVENT 12th Conference of the Baltic Ministers of Transport", "Treaty/DECLARATION Resolution No. 4"},
		},
		{
			name:     "a capitalised ordinal before a summit is kept",
			text:     "The heads of state met at their Third Summit last year.",
			entities: []string{"Forum/EVENT Third Summit"},
		},
		{
			name:     "recommendations cited by number in a list are one instrument each",
			text:     "Noting Recommendations No. R (91) 7 on archives, No. R (93) 4 on courts and No. 12 on ports.",
			entities: []string{"Treaty/DECLARATION Recommendation No. R (91) 7", "Treaty/DECLARATION Recommendation No. R (93) 4", "Treaty/DECLARATION Recommendation No. 12"},
			aliasOf:  map[string]string{"No. R (93) 4": "Recommendation No. R (93) 4"},
		},
		{
			name:     "a year before a convention dates it and stays out of its name",
			text:     "They recalled the 1977 Convention on the Carriage of Seeds.",
			entities: []string{"Treaty/CONVENTION Convention on the Carriage of Seeds"},
			aliasOf:  map[string]string{"1977 Convention on the Carriage of Seeds": "Convention on the Carriage of Seeds"},
		},
		{
			name:     "a convention named after a forum's known name is typed by the convention",
			text:     "India ratified the World Trade Organization Convention on Fair Ports.",
			entities: []string{"Treaty/CONVENTION World Trade Organization Convention on Fair Ports"},
			aliasOf:  map[string]string{"Convention on Fair Ports": "World Trade Organization Convention on Fair Ports"},
		},
		{
			name:     "a convention whose first words head nothing is typed by its last word",
			text:     "Many states joined the Safe Harbour Fishing Convention in 2004.",
			entities: []string{"Treaty/CONVENTION Safe Harbour Fishing Convention"},
		},
		{
			name:     "a known instrument after its owner's name keeps its known name",
			text:     "France endorsed the European General Data Protection Regulation.",
			entities: []string{"Treaty/LAW General Data Protection Regulation"},
			aliasOf:  map[string]string{"European General Data Protection Regulation": "General Data Protection Regulation"},
		},
	})
}

func TestRecognizeHeads(t *testing.T) {
	runRecognize(t, []recognizeCase{
		{
			name:     "a board and a sector of an organisation are bodies",
			text:     "The Spectrum Allocation Board reports to the Satellite Services Sector every year.",
			entities: []string{"Forum/MULTILATERAL_ORG Spectrum Allocation Board", "Forum/MULTILATERAL_ORG Satellite Services Sector"},
		},
		{
			name:     "the private sector is no body",
			text:     "The Private Sector must be heard.",
			notNamed: []string{"Private Sector"},
		},
		{
			name:     "named regulations and commitments are instruments",
			text:     "Firms follow the Maritime Radio Regulations and the Voluntary Cloud Commitments.",
			entities: []string{"Treaty/LAW Maritime Radio Regulations", "Treaty/INITIATIVE Voluntary Cloud Commitments"},
		},
		{
			name:     "a known state in the plural possessive owns the name after it",
			text:     "They cited the United States’ Voluntary Cloud Commitments.",
			entities: []string{"Treaty/INITIATIVE Voluntary Cloud Commitments"},
		},
		{
			name:     "a lone head word before and is cut from the name after it",
			text:     "The Convention and the Maritime Radio Regulations apply.",
			entities: []string{"Treaty/LAW Maritime Radio Regulations"},
			notNamed: []string{"Convention and the Maritime Radio Regulations"},
		},
	})
}

func TestRecognizeSurfaceForms(t *testing.T) {
	runRecognize(t, []recognizeCase{
		{
			name:    "a known name written otherwise keeps the document's spelling as an alias",
			text:    "Brazil hosted talks on data-protection rules.",
			aliasOf: map[string]string{"data-protection": "Data protection"},
		},
	})
}

func TestRecognizeAcronymNames(t *testing.T) {
	runRecognize(t, []recognizeCase{
		{
			name:     "a known forum's acronym with a number is one of its meetings",
			text:     "Delegates argued at IGF19 about fees.",
			entities: []string{"Forum/EVENT IGF19"},
		},
		{
			name:     "an unknown acronym after a state's adjective is that state's body",
			text:     "The German NKSA said the test was sound.",
			entities: []string{"Actor/GOVERNMENT_BODY German NKSA"},
		},
		{
			name:     "an unknown acronym after a state's name is a body too",
			text:     "They met the USA NKSA today.",
			entities: []string{"Actor/GOVERNMENT_BODY USA NKSA"},
		},
		{
			name:     "a list of numbers runs on past the points that split it",
			text:     "Recalling Recommendations No. R (91) 7 on archives. No. R (93) 4 on courts.",
			entities: []string{"Treaty/DECLARATION Recommendation No. R (93) 4"},
		},
	})
}

func TestRecognizeNameEdges(t *testing.T) {
	runRecognize(t, []recognizeCase{
		{
			name:     "an article number before an act's name is no part of it",
			text:     "Article 12 of the Coastal Data Act applies to ports.",
			entities: []string{"Treaty/LAW Coastal Data Act"},
			notNamed: []string{"Article 12 of the Coastal Data Act"},
		},
		{
			name:     "a backer's compound before a programme is no part of it",
			text:     "The EU-backed Harbour Skills Programme has ended.",
			entities: []string{"Treaty/INITIATIVE Harbour Skills Programme"},
		},
		{
			name:     "a known company with group after it is the company",
			text:     "The Huawei Group opened a lab.",
			entities: []string{"Actor/COMPANY Huawei"},
			aliasOf:  map[string]string{"Huawei Group": "Huawei"},
			notNamed: []string{"Huawei Group"},
		},
		{
			name:     "an ampersand inside a ministers' statement does not cut it",
			text:     "The G7 Digital & Tech Ministers’ Statement was issued in May.",
			entities: []string{"Treaty/DECLARATION G7 Digital & Tech Ministers’ Statement"},
		},
		{
			name:     "two lone head words joined by and name nothing",
			text:     "The Constitution and the Convention shall prevail.",
			notNamed: []string{"Constitution and the Convention"},
		},
		{
			name:     "a freedom to do something is no topic",
			text:     "They have the freedom to seek information.",
			notNamed: []string{"Freedom to seek"},
		},
		{
			name:     "a plural possessive of a common noun is no person",
			text:     "Analysts doubt the Spare Tyres’ value for the firm.",
			notNamed: []string{"Spare Tyres’", "Spare Tyres"},
		},
		{
			name:     "an owned name is known without its owner later",
			text:     "The India Seabed Cable Partnership began in 2020. The Seabed Cable Partnership now has a secretariat.",
			notNamed: []string{"Seabed Cable Partnership"},
		},
	})
}

func TestRecognizeIssueLists(t *testing.T) {
	runRecognize(t, []recognizeCase{
		{
			name:     "the items after a topic in a list of examples are topics too",
			text:     "They held side events on issues such as data protection, due diligence and countermeasures.",
			entities: []string{"Issue/ Due diligence", "Issue/ Countermeasures"},
		},
		{
			name:     "a list with no word of example gives no topics",
			text:     "The panel covered data protection, lunch and transport.",
			notNamed: []string{"Lunch", "Transport"},
		},
		{
			name:     "a list item that reads as no noun of policy is left alone",
			text:     "Topics include data protection, football and weather.",
			notNamed: []string{"Football", "Weather"},
		},
	})
}

func TestRecognizeComplements(t *testing.T) {
	runRecognize(t, []recognizeCase{
		{
			name:     "an e-word with a capital is part of a name",
			text:     "The Office for e-Procurement opened in May.",
			entities: []string{"Actor/GOVERNMENT_BODY Office for e-Procurement"},
		},
		{
			name:     "a short name after and ends the complement of the first",
			text:     "The Agency for e-Health and Patient Society at the Ministry of Health of France met.",
			entities: []string{"Actor/GOVERNMENT_BODY Agency for e-Health and Patient Society", "Actor/GOVERNMENT_BODY Ministry of Health of France"},
		},
	})
}

func TestRecognizeNameVariants(t *testing.T) {
	runRecognize(t, []recognizeCase{
		{
			name:     "an acronym inside a name gives the name its short forms",
			text:     "India opened the India-France Ocean Data (OD) Dialogue in May. The India-France OD Dialogue met again. The next OD Dialogue is in Paris.",
			entities: []string{"Forum/DIALOGUE India-France Ocean Data Dialogue"},
			aliasOf:  map[string]string{"OD Dialogue": "India-France Ocean Data Dialogue"},
			notNamed: []string{"OD Dialogue", "India-France OD Dialogue"},
		},
		{
			name:     "a pair of owners is dropped when the name recurs alone",
			text:     "They launched the EU–India Harbour Partnership. The Harbour Partnership grew.",
			notNamed: []string{"Harbour Partnership"},
		},
		{
			name:     "a topic in the plural and in the singular is one topic",
			text:     "They fund quantum information science. Quantum information sciences need money.",
			notNamed: []string{"Quantum information sciences"},
		},
		{
			name:     "tech and technology name one topic",
			text:     "They set technology standards. Tech standards matter.",
			notNamed: []string{"Tech standards"},
		},
	})
}

func TestRecognizeLowerCaseEvents(t *testing.T) {
	runRecognize(t, []recognizeCase{
		{
			name:     "meetings in the plural named by their subject are a kind of event",
			text:     "The Union holds world and regional navigation conferences and satellite assemblies.",
			entities: []string{"Forum/EVENT World and regional navigation conferences", "Forum/EVENT Satellite assemblies"},
		},
		{
			name:     "world conferences on a subject are named with it",
			text:     "It convenes world conferences on maritime navigation; delegates vote.",
			entities: []string{"Forum/EVENT World conferences on maritime navigation"},
		},
		{
			name:     "meetings of mere scope name nothing",
			text:     "Each state votes at all world conferences and regional meetings.",
			notNamed: []string{"World conferences", "Regional meetings"},
		},
		{
			name:     "the inaugural meeting of a known forum is an event",
			text:     "Ministers met at the inaugural IGF meeting in Kyoto.",
			entities: []string{"Forum/EVENT Inaugural IGF meeting"},
		},
		{
			name:     "a peaceful assembly is no meeting",
			text:     "They defend freedom of peaceful assembly.",
			notNamed: []string{"Peaceful assembly"},
		},
	})
}

func TestRecognizeKnownFormWithPossessiveOwner(t *testing.T) {
	t.Run("a known name that includes its owner's possessive is known without the owner", func(t *testing.T) {
		k, err := kb.Load(strings.NewReader("Actor/STATE | Ruritania | | RU | Ruritanian\nActor/GOVERNMENT_BODY | Ministry of Ports of Ruritania | Ruritania's Ministry of Ports\n"))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ParseDoc("t.txt", []byte("Ruritania's Ministry of Ports opened a new office."))
		if err != nil {
			t.Fatal(err)
		}
		x, err := NewExtractor(k).Extract(doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range x.Entities {
			if e.Name == "Ministry of Ports of Ruritania" && slices.Contains(e.Aliases, "Ministry of Ports") {
				return
			}
		}
		t.Errorf("no alias without the owner; got %v", x.Entities)
	})
}

func TestRecognizeNotPersons(t *testing.T) {
	runRecognize(t, []recognizeCase{
		{
			name:     "a capitalised term in quotes is no person",
			text:     "Analysts call it the ‘Spare Parts’ plan of the firm.",
			notNamed: []string{"Spare Parts"},
		},
		{
			name:     "a plural whose singular the text writes in lower case is no person",
			text:     "Each chipset matters. Firms buy Kirin Chipsets in bulk.",
			notNamed: []string{"Kirin Chipsets"},
		},
		{
			name:     "a mixed-case acronym in brackets is an alias, not a company",
			text:     "France backs the Programme of Action (PoA) at the UN. The PoA would be permanent.",
			aliasOf:  map[string]string{"PoA": "Programme of Action"},
			notNamed: []string{"PoA"},
		},
	})
}

func TestRecognizeLowerCaseInstruments(t *testing.T) {
	runRecognize(t, []recognizeCase{
		{
			name:     "a joint statement written in lower case is an instrument",
			text:     "France and India said in a joint statement that the talks would go on.",
			entities: []string{"Treaty/DECLARATION Joint statement"},
		},
		{
			name:     "a memorandum of understanding is an agreement",
			text:     "India signed a memorandum of understanding with France in May.",
			entities: []string{"Treaty/AGREEMENT Memorandum of understanding"},
		},
		{
			name:     "the year and owner before a final report are part of its name",
			text:     "Delegates built on the 2019 UNGA final report and its norms.",
			entities: []string{"Treaty/DECLARATION 2019 UNGA final report"},
			aliasOf:  map[string]string{"final report": "2019 UNGA final report"},
		},
		{
			name:     "the document's own joint statement is the document",
			text:     "Joint Statement on Harbour Safety\nThis joint statement was signed by France.",
			notNamed: []string{"Joint statement"},
		},
		{
			name:     "a sentence-opening article is no owner",
			text:     "The final report was short.",
			entities: []string{"Treaty/DECLARATION Final report"},
		},
		{
			name:     "plain agreements in general are no instrument",
			text:     "They explored an agreement on ports.",
			notNamed: []string{"Agreement"},
		},
	})
}
