package loader

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/loader/corpusgen"
	"github.com/diplograph/diplograph/loader/kb"
)

var (
	testKBOnce sync.Once
	testKB     *kb.KB
)

// testExtractor links names against testdata/kb.tsv, so that these tests
// do not move when the real knowledge base grows.
func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	testKBOnce.Do(func() {
		f, err := os.Open(filepath.Join("testdata", "kb.tsv"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if testKB, err = kb.Load(f); err != nil {
			t.Fatal(err)
		}
	})
	return NewExtractor(testKB)
}

func extractText(t *testing.T, name, text string) domain.Extraction {
	t.Helper()
	doc, err := ParseDoc(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	x, err := testExtractor(t).Extract(doc)
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Validate(); err != nil {
		t.Fatal(err)
	}
	return x
}

// entityStrings renders entities as "Kind/SUBTYPE Name".
func entityStrings(x domain.Extraction) []string {
	var out []string
	for _, e := range x.Entities {
		out = append(out, string(e.Kind)+"/"+e.Subtype+" "+e.Name)
	}
	return out
}

// relationStrings renders relations as "Source -TYPE-> Target", by name.
func relationStrings(x domain.Extraction) []string {
	names := map[string]string{}
	for _, e := range x.Entities {
		names[e.ID] = e.Name
	}
	var out []string
	for _, r := range x.Relations {
		out = append(out, names[r.Source]+" -"+string(r.Type)+"-> "+names[r.Target])
		if r.Type.Symmetric() {
			out = append(out, names[r.Target]+" -"+string(r.Type)+"-> "+names[r.Source])
		}
	}
	return out
}

func TestExtractRules(t *testing.T) {
	tests := []struct {
		name          string
		text          string
		entities      []string // each must be found, as "Kind/SUBTYPE Name"
		relations     []string // each must be found
		notRelations  []string // none may be found
		aliasOf       map[string]string
		notEntityName []string // no entity may be named so
	}{
		{
			name:      "a known state and forum are linked through the knowledge base",
			text:      "Germany is a member of the United Nations.",
			entities:  []string{"Actor/STATE Germany", "Forum/MULTILATERAL_ORG United Nations"},
			relations: []string{"Germany -MEMBER_OF-> United Nations"},
		},
		{
			name:      "an acronym defined after the long name links later bare uses",
			text:      "Kenya joined the Digital Cooperation Alliance (DCA) in 2019. Later, India also joined the DCA.",
			entities:  []string{"Forum/COALITION Digital Cooperation Alliance"},
			aliasOf:   map[string]string{"DCA": "Digital Cooperation Alliance"},
			relations: []string{"India -MEMBER_OF-> Digital Cooperation Alliance"},
		},
		{
			name:     "an acronym given before its long name in brackets is an alias too",
			text:     "The meeting of the OEWG (Open-Ended Working Group) ended. France spoke at the OEWG.",
			entities: []string{"Forum/MULTISTAKEHOLDER Open-Ended Working Group"},
			aliasOf:  map[string]string{"OEWG": "Open-Ended Working Group"},
		},
		{
			name:     "names the knowledge base lacks are typed by their head word",
			text:     "The Ministry of Digital Affairs, the Baltic Cyber Institute and the Accra Data Protection Act were discussed at the Kigali Summit.",
			entities: []string{"Actor/GOVERNMENT_BODY Ministry of Digital Affairs", "Actor/ACADEMIA Baltic Cyber Institute", "Treaty/LAW Accra Data Protection Act", "Forum/EVENT Kigali Summit"},
		},
		{
			name:      "a title marks a person and a role ties them to an organisation",
			text:      "Instagram founder Kevin Systrom met Dr. Jane Okonkwo in Lagos.",
			entities:  []string{"Actor/PERSON Kevin Systrom", "Actor/PERSON Jane Okonkwo"},
			relations: []string{"Kevin Systrom -AFFILIATED_WITH-> Instagram"},
		},
		{
			name:      "an instrument named after its subject addresses that issue",
			text:      "India signed the Malabo Convention on Cybercrime.",
			relations: []string{"India -PARTY_TO-> Malabo Convention on Cybercrime", "Malabo Convention on Cybercrime -ADDRESSES-> Cybercrime"},
		},
		{
			name:      "a list of objects after one cue gives one relation each",
			text:      "France supports the Internet Governance Forum, the G7 and data protection.",
			relations: []string{"France -SUPPORTS-> Internet Governance Forum", "France -SUPPORTS-> G7", "France -SUPPORTS-> Data protection"},
		},
		{
			name:         "a negated cue states nothing",
			text:         "France does not support the G7.",
			notRelations: []string{"France -SUPPORTS-> G7"},
		},
		{
			name:      "cooperation between two actors is recorded once, either way round",
			text:      "Cooperation between India and France on cybersecurity has grown.",
			relations: []string{"India -COOPERATES_WITH-> France", "India -ENGAGES_ON-> Cybersecurity"},
		},
		{
			name:      "coordinated actors before a cue both take part",
			text:      "The US and China, despite tensions, have dialogues on technology.",
			relations: []string{"United States -IN_TENSION_WITH-> China", "United States -COOPERATES_WITH-> China"},
		},
		{
			name:      "a passive cue puts the agent at the source",
			text:      "The Tallinn Declaration on Cyber Operations was published by the United Nations.",
			relations: []string{"United Nations -AUTHORED-> Tallinn Declaration on Cyber Operations"},
		},
		{
			name:      "a possessive gives an actor its instrument",
			text:      "The European Union’s GDPR is a landmark law.",
			relations: []string{"European Union -AUTHORED-> General Data Protection Regulation"},
		},
		{
			name:         "a forum that covers an issue addresses it",
			text:         "The Internet Governance Forum deals with internet governance and the digital divide.",
			relations:    []string{"Internet Governance Forum -ADDRESSES-> Internet governance", "Internet Governance Forum -ADDRESSES-> Digital divide"},
			notRelations: []string{"Internet Governance Forum -ENGAGES_ON-> Digital divide"},
		},
		{
			name:      "an instrument that builds on another references it",
			text:      "The Accra Digital Strategy builds on the Malabo Convention.",
			relations: []string{"Accra Digital Strategy -REFERENCES-> Malabo Convention"},
		},
		{
			name:      "a known organisation before a head word owns the name",
			text:      "Germany supports the G7 Partnership for Global Infrastructure.",
			relations: []string{"G7 -AUTHORED-> G7 Partnership for Global Infrastructure", "Germany -SUPPORTS-> G7 Partnership for Global Infrastructure"},
			aliasOf:   map[string]string{"Partnership for Global Infrastructure": "G7 Partnership for Global Infrastructure"},
		},
		{
			name:          "a name inside a longer name is mentioned but takes no part in relations",
			text:          "France welcomes the Japan India Digital Partnership Council.",
			entities:      []string{"Forum/MULTILATERAL_ORG Japan India Digital Partnership Council", "Actor/STATE India"},
			notRelations:  []string{"France -COOPERATES_WITH-> India"},
			notEntityName: []string{"Japan India Digital Partnership"},
		},
		{
			name:      "an attacker blocking a company opposes it",
			text:      "Australia blocked Huawei from supplying equipment.",
			relations: []string{"Australia -OPPOSES-> Huawei"},
		},
		{
			name:     "policy topics the knowledge base lacks are found by their shape",
			text:     "Ministers discussed data governance and AI governance.",
			entities: []string{"Issue/ Data governance", "Issue/ AI governance"},
		},
		{
			// The opening sentences keep the instrument from being taken
			// for the document's own title.
			name: "an instrument's title without its state's adjective names it too",
			text: "Ministers met. They talked. They ate. They left. Germany adopted the German Strategy for International Digital Policy. " +
				"The Strategy for International Digital Policy supports data protection.",
			entities:      []string{"Treaty/STRATEGY German Strategy for International Digital Policy"},
			aliasOf:       map[string]string{"Strategy for International Digital Policy": "German Strategy for International Digital Policy"},
			relations:     []string{"German Strategy for International Digital Policy -ADDRESSES-> Data protection"},
			notEntityName: []string{"Strategy for International Digital Policy"},
		},
		{
			name: "a known instrument's title without its state's adjective names it too",
			text: "Ministers met. They talked. They ate. They left. Australia published the Australian Cyber Security Strategy. " +
				"The Cyber Security Strategy supports data protection.",
			aliasOf:       map[string]string{"Cyber Security Strategy": "Australian Cyber Security Strategy"},
			relations:     []string{"Australian Cyber Security Strategy -ADDRESSES-> Data protection"},
			notEntityName: []string{"Cyber Security Strategy"},
		},
		{
			name:          "title-case words at the start of a sentence are not names",
			text:          "Building Bridges Between Nations\nAccording to observers, the talks went well.",
			notEntityName: []string{"Building Bridges Between Nations", "According"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := extractText(t, "case.txt", tc.text)
			ents, rels := entityStrings(x), relationStrings(x)
			for _, want := range tc.entities {
				if !slices.Contains(ents, want) {
					t.Errorf("entity %q not found in %q", want, ents)
				}
			}
			for _, want := range tc.relations {
				if !slices.Contains(rels, want) {
					t.Errorf("relation %q not found in %q", want, rels)
				}
			}
			for _, bad := range tc.notRelations {
				if slices.Contains(rels, bad) {
					t.Errorf("relation %q found, want none", bad)
				}
			}
			for _, bad := range tc.notEntityName {
				for _, e := range x.Entities {
					if e.Name == bad {
						t.Errorf("entity %q found, want none", bad)
					}
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
					t.Errorf("%q is not an alias of %q in %q", alias, name, ents)
				}
			}
		})
	}
}

// TestExtractDocuments runs the documents of testdata/ through the whole
// reader and extractor, each checking the rules a kind of document needs.
func TestExtractDocuments(t *testing.T) {
	tests := []struct {
		file      string
		entities  []string
		relations []string
	}{
		{
			file:     "strategy.txt",
			entities: []string{"Treaty/STRATEGY Strategy for Digital Cooperation", "Forum/CLUB Group of Twenty"},
			relations: []string{
				"France -AUTHORED-> Strategy for Digital Cooperation",
				"France -SUPPORTS-> Internet Governance Forum",
				"Internet Governance Forum -ADDRESSES-> Internet governance",
				"France -OPPOSES-> Censorship",
				"France -PARTICIPATES_IN-> G7",
				"France -PARTICIPATES_IN-> Group of Twenty",
				"Strategy for Digital Cooperation -REFERENCES-> National Cyber Strategy",
				"Strategy for Digital Cooperation -REFERENCES-> Paris Call for Trust and Security in Cyberspace",
				"France -MEMBER_OF-> European Union",
				"France -COOPERATES_WITH-> India",
			},
		},
		{
			file:     "session.txt",
			entities: []string{"Forum/EVENT IGF 2025 WS #101", "Actor/PERSON Amara Okafor", "Actor/PERSON Lukas Brenner", "Forum/CLUB Western European and Others Group"},
			relations: []string{
				"IGF 2025 WS #101 -PART_OF-> Internet Governance Forum",
				"Amara Okafor -PARTICIPATES_IN-> IGF 2025 WS #101",
				"Amara Okafor -AFFILIATED_WITH-> African Digital Rights Network",
				"Lukas Brenner -AFFILIATED_WITH-> Western European and Others Group",
				"IGF 2025 WS #101 -ADDRESSES-> Digital divide",
				"IGF 2025 WS #101 -ADDRESSES-> Cybersecurity",
			},
		},
		{
			file:     "article.md",
			entities: []string{"Actor/PERSON Jane Okonkwo", "Actor/ACADEMIA Lagos Institute of Technology"},
			relations: []string{
				"United States -IN_TENSION_WITH-> China",
				"European Union -AUTHORED-> General Data Protection Regulation",
				"General Data Protection Regulation -ADDRESSES-> Data protection",
				"Australia -OPPOSES-> Huawei",
				"Kevin Systrom -AFFILIATED_WITH-> Instagram",
				"Nairobi Convention on Cybercrime -ADDRESSES-> Cybercrime",
			},
		},
		{
			file:     "page.html",
			entities: []string{"Forum/COALITION Freedom Online Coalition"},
			relations: []string{
				"Germany -MEMBER_OF-> World Trade Organization",
				"Google -COOPERATES_WITH-> India",
				"Freedom Online Coalition -ADDRESSES-> Censorship",
				"Germany -MEMBER_OF-> Freedom Online Coalition",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			doc, err := ReadFile(filepath.Join("testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			x, err := testExtractor(t).Extract(doc)
			if err != nil {
				t.Fatal(err)
			}
			if err := x.Validate(); err != nil {
				t.Fatal(err)
			}
			ents, rels := entityStrings(x), relationStrings(x)
			for _, want := range tc.entities {
				if !slices.Contains(ents, want) {
					t.Errorf("entity %q not found in %q", want, ents)
				}
			}
			for _, want := range tc.relations {
				if !slices.Contains(rels, want) {
					t.Errorf("relation %q not found in %q", want, rels)
				}
			}
			checkOffsets(t, x)
		})
	}
}

// checkOffsets holds every mention and evidence to its promise: the rune
// offsets cut exactly its text out of the document.
func checkOffsets(t *testing.T, x domain.Extraction) {
	t.Helper()
	runes := []rune(x.Document.Text)
	cut := func(s, e int) string {
		if s < 0 || e > len(runes) || s > e {
			return "<out of range>"
		}
		return string(runes[s:e])
	}
	for _, m := range x.Mentions {
		if got := cut(m.Start, m.End); got != m.Text {
			t.Errorf("mention %q at [%d,%d) cuts %q", m.Text, m.Start, m.End, got)
		}
	}
	for _, r := range x.Relations {
		for _, ev := range r.Evidence {
			if got := cut(ev.Start, ev.End); got != ev.Text {
				t.Errorf("evidence %q at [%d,%d) cuts %q", ev.Text, ev.Start, ev.End, got)
			}
			if strings.TrimSpace(ev.Text) != ev.Text || ev.Text == "" {
				t.Errorf("evidence %q is not a trimmed sentence", ev.Text)
			}
		}
	}
}

func TestExtractYears(t *testing.T) {
	x := extractText(t, "years.txt", "IGF 2025 Notes\n\nIn 2012, France joined the Freedom Online Coalition. France supports the G7.")
	years := map[string]int{}
	for _, r := range x.Relations {
		years[string(r.Type)] = r.Evidence[0].Year
	}
	if years["MEMBER_OF"] != 2012 {
		t.Errorf("a sentence that states a year: got %d, want 2012", years["MEMBER_OF"])
	}
	if years["SUPPORTS"] != 2025 {
		t.Errorf("a sentence without a year takes the title's: got %d, want 2025", years["SUPPORTS"])
	}
}

func TestExtractIsSafeForConcurrentUse(t *testing.T) {
	ex := testExtractor(t)
	doc, err := ReadFile(filepath.Join("testdata", "strategy.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := ex.Extract(doc)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				got, err := ex.Extract(doc)
				if err != nil {
					t.Error(err)
					return
				}
				if len(got.Relations) != len(want.Relations) || len(got.Entities) != len(want.Entities) {
					t.Errorf("concurrent extraction differs: %d/%d relations, %d/%d entities", len(got.Relations), len(want.Relations), len(got.Entities), len(want.Entities))
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestExtractRefusesDocumentsWithoutIdentity(t *testing.T) {
	if _, err := testExtractor(t).Extract(domain.Doc{Text: "Germany."}); err == nil {
		t.Error("a document without id or name was extracted")
	}
}

// TestExtractionsOfAGeneratedCorpusAreValid runs the real
// knowledge base over varied text and holds every result to Validate, the
// check Extract leaves to its tests.
func TestExtractionsOfAGeneratedCorpusAreValid(t *testing.T) {
	k := kb.Default()
	ex := NewExtractor(k)
	g := corpusgen.New(k, 3)
	for i := range 8 {
		name := fmt.Sprintf("gen%d.txt", i)
		doc, err := ParseDoc(name, []byte(g.Document(32<<10)))
		if err != nil {
			t.Fatal(err)
		}
		x, err := ex.Extract(doc)
		if err != nil {
			t.Fatal(err)
		}
		if err := x.Validate(); err != nil {
			t.Fatal(err)
		}
		checkOffsets(t, x)
	}
}

func TestKnownEntitiesListTheFormsTheDocumentUses(t *testing.T) {
	tests := []struct {
		name, text, entity string
		aliases            []string
	}{
		{"a form the document uses is an alias", "The USA met Germany.", "United States", []string{"USA"}},
		{"forms the document never uses are not aliases", "Germany met the United States.", "United States", nil},
		{"every form used is an alias once", "The US, the USA, the United States of America and the US again.", "United States",
			[]string{"US", "USA", "United States of America"}},
		{"a defined acronym is an alias too", "Kenya joined the Digital Cooperation Alliance (DCA).", "Digital Cooperation Alliance", []string{"DCA"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := extractText(t, "aliases.txt", tt.text)
			for _, e := range x.Entities {
				if e.Name == tt.entity {
					if !slices.Equal(e.Aliases, tt.aliases) {
						t.Errorf("aliases of %s = %q, want %q", e.Name, e.Aliases, tt.aliases)
					}
					return
				}
			}
			t.Errorf("no entity %q in %q", tt.entity, entityStrings(x))
		})
	}
}

func TestEvidenceIsTheSentenceProper(t *testing.T) {
	// No-break spaces at the ends of lines, as word processors leave them,
	// stay out of the evidence, whose offsets still cut its text.
	x := extractText(t, "nbsp.txt", "France supports the G7.\u00a0\n\n• Germany supports the United Nations.\u00a0\u2009")
	checkOffsets(t, x)
	var got []string
	for _, r := range x.Relations {
		for _, ev := range r.Evidence {
			got = append(got, ev.Text)
		}
	}
	slices.Sort(got)
	if want := []string{"France supports the G7.", "Germany supports the United Nations."}; !slices.Equal(got, want) {
		t.Errorf("evidence %q, want %q", got, want)
	}
}
