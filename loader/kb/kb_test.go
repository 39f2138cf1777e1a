package kb

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/diplograph/diplograph/domain"
)

// found renders Find's result as "surface=Name" items, easy to compare.
func found(k *KB, text string) []string {
	var out []string
	for _, m := range k.Find(text) {
		if text[m.Start:m.End] != m.Text {
			panic(fmt.Sprintf("match %q does not sit at [%d:%d] of the text", m.Text, m.Start, m.End))
		}
		out = append(out, m.Text+"="+m.Entry.Name)
	}
	return out
}

func TestDefaultParses(t *testing.T) {
	k, err := loadEmbedded()
	if err != nil {
		t.Fatalf("embedded data does not parse: %v", err)
	}
	if len(k.Entries()) == 0 {
		t.Fatal("embedded data has no entries")
	}
	if Default() == nil {
		t.Fatal("Default returned nil")
	}
}

func TestFind(t *testing.T) {
	k := Default()
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"acronyms match when written in capitals",
			"The UN and the ITU met the EU.",
			[]string{"UN=United Nations", "ITU=International Telecommunication Union", "EU=European Union"}},
		{"acronyms do not match as lower-case English words",
			"Let us ask who said it, and whether it matters to us.",
			nil},
		{"the WHO matches only in capitals",
			"The WHO warned; Who knows?",
			[]string{"WHO=World Health Organization"}},
		{"dotted U.S. is the United States",
			"The U.S. and the US both signed.",
			[]string{"U.S.=United States", "US=United States"}},
		{"the longest name wins over the name it contains",
			"The European Union Agency for Cybersecurity advises the European Union.",
			[]string{"European Union Agency for Cybersecurity=European Union Agency for Cybersecurity", "European Union=European Union"}},
		{"a name inside a longer word does not match",
			"UNESCO is not the UN; UNITED is not either.",
			[]string{"UNESCO=UNESCO", "UN=United Nations"}},
		{"a name followed by punctuation or a possessive matches",
			"Budapest Convention's parties, the GDPR: Germany’s view (India).",
			[]string{"Budapest Convention=Budapest Convention", "GDPR=General Data Protection Regulation", "Germany=Germany", "India=India"}},
		{"a name written in lower case is accepted when it has several words",
			"the european union and the internet governance forum",
			[]string{"european union=European Union", "internet governance forum=Internet Governance Forum"}},
		{"a one-word state must be capitalised",
			"india ink, germany? No: India and Germany.",
			[]string{"India=India", "Germany=Germany"}},
		{"issue terms match in any case and hyphen or space variant",
			"Cybersecurity, cyber security, Cyber-Security and cyber‑security (non-breaking hyphen).",
			[]string{"Cybersecurity=Cybersecurity", "cyber security=Cybersecurity", "Cyber-Security=Cybersecurity", "cyber‑security=Cybersecurity"}},
		{"issue terms match in the plural",
			"Digital divides persist; data protection matters.",
			[]string{"Digital divides=Digital divide", "data protection=Data protection"}},
		{"a one-word issue term matches in the plural too",
			"New biotechnologies and cyberattacks.",
			[]string{"biotechnologies=Biotechnology", "cyberattacks=Cyberattacks"}},
		{"AI matches as an acronym only",
			"AI policy said the chair; Artificial Intelligence too.",
			[]string{"AI=Artificial intelligence", "Artificial Intelligence=Artificial intelligence"}},
		{"line breaks and double spaces inside a name still match",
			"The European\r\n  Union acted.",
			[]string{"European\r\n  Union=European Union"}},
		{"curly apostrophes match straight ones",
			"The People’s Republic of China and the People's Republic of China.",
			[]string{"People’s Republic of China=China", "People's Republic of China=China"}},
		{"a text that grows when folded still matches",
			// "Ⱥ" folds to "ⱥ", a byte longer.
			strings.Repeat("Ⱥ", 100) + " " + strings.Repeat("a", 100) + " and the EU.",
			[]string{"EU=European Union"}},
		{"offsets are bytes after non-ASCII text",
			"Ça, café — the EU.",
			[]string{"EU=European Union"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := found(k, tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestLookup(t *testing.T) {
	k := Default()
	tests := []struct {
		name, query, want string
	}{
		{"a canonical name finds its entry", "Germany", "Germany"},
		{"an alias finds its entry", "Federal Republic of Germany", "Germany"},
		{"a leading 'the' is ignored", "the Federal Republic of Germany", "Germany"},
		{"case is ignored", "internet governance forum", "Internet Governance Forum"},
		{"an acronym finds its entry", "IGF", "Internet Governance Forum"},
		{"a lookup-only alias finds its entry", "America", "United States"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := k.Lookup(tt.query)
			if !ok || e.Name != tt.want {
				t.Errorf("Lookup(%q) = %v, %v; want %q", tt.query, e, ok, tt.want)
			}
		})
	}
	t.Run("an unknown name is not found", func(t *testing.T) {
		if e, ok := k.Lookup("Atlantis"); ok {
			t.Errorf("Lookup(Atlantis) = %v", e)
		}
	})
}

func TestDemonym(t *testing.T) {
	k := Default()
	tests := []struct{ word, want string }{
		{"German", "Germany"},
		{"Chinese", "China"},
		{"European", "European Union"},
		{"Kenyan", "Kenya"},
		{"Brazilian", "Brazil"},
		{"Indian", "India"},
		{"american", "United States"},
	}
	for _, tt := range tests {
		t.Run(tt.word+" is the adjective of "+tt.want, func(t *testing.T) {
			e, ok := k.Demonym(tt.word)
			if !ok || e.Name != tt.want {
				t.Errorf("Demonym(%q) = %v, %v; want %q", tt.word, e, ok, tt.want)
			}
		})
	}
	t.Run("a demonym is not an alias", func(t *testing.T) {
		if _, ok := k.Lookup("German"); ok {
			t.Error(`Lookup("German") found an entry`)
		}
		if got := found(k, "German officials"); got != nil {
			t.Errorf("Find matched a demonym: %q", got)
		}
	})
}

func TestEntriesAreValid(t *testing.T) {
	k := Default()
	codes := map[string]string{}
	for _, e := range k.Entries() {
		if !domain.ValidSubtype(e.Kind, e.Subtype) || e.Kind == domain.Document || !e.Kind.Valid() {
			t.Errorf("%q has invalid kind/subtype %s/%s", e.Name, e.Kind, e.Subtype)
		}
		if (e.Kind == domain.Issue) != (e.Subtype == "") {
			t.Errorf("%q: only issues go without a subtype (%s/%s)", e.Name, e.Kind, e.Subtype)
		}
		if (e.Code != "") != (e.Kind == domain.Actor && e.Subtype == "STATE") {
			t.Errorf("%q: a code belongs to states and every state has one (code %q)", e.Name, e.Code)
		}
		if e.Code != "" {
			if prev, ok := codes[e.Code]; ok {
				t.Errorf("code %s is used by %q and %q", e.Code, prev, e.Name)
			}
			codes[e.Code] = e.Name
		}
		if got, ok := k.Lookup(e.Name); !ok || got != e {
			t.Errorf("Lookup of the canonical name %q does not give its entry", e.Name)
		}
		for _, a := range e.Aliases {
			if got, ok := k.Lookup(a); !ok || got != e {
				t.Errorf("Lookup of alias %q does not give %q", a, e.Name)
			}
		}
	}
}

func TestLoad(t *testing.T) {
	tests := []struct {
		name, data, wantErr string
	}{
		{"a valid file loads", "Actor/STATE | Ruritania | Kingdom of Ruritania | RU | Ruritanian\nIssue | Widgets\n", ""},
		{"an unknown kind is an error with its line", "# c\n\nPlanet/STATE | Mars\n", "input:3: unknown kind"},
		{"a subtype of another kind is an error", "Actor/CLUB | Foo Club\n", "input:1: subtype"},
		{"a non-issue without subtype is an error", "Actor | Foo\n", "needs a subtype"},
		{"an alias of two entries is an error", "Actor/COMPANY | Foo Inc | FI\nActor/COMPANY | Fi Ltd | FI\n", `input:2: "FI" already names Actor "Foo Inc" (input:1)`},
		{"an alias starting with 'the' is an error", "Actor/STATE | Netherlands | the Netherlands | NL\n", `starts with "the"`},
		{"a bad code is an error", "Actor/STATE | Foo | | FOO\n", "not an ISO 3166-1"},
		{"too many fields is an error", "Issue | A | B | | C | D\n", "want 2 to 5"},
		{"a demonym of two entries is an error", "Actor/STATE | A Land | | AA | Alish\nActor/STATE | B Land | | BB | Alish\n", "demonym"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(tt.data))
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("Load: %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("Load error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestCaseFlags(t *testing.T) {
	k, err := Load(strings.NewReader(strings.Join([]string{
		"Actor/CIVIL_SOCIETY | ^Access Now",
		"Actor/COMPANY | OpenAI",
		"Actor/COMPANY | eBay",
		"Actor/COMPANY | Foo Bar Baz | =fooBar",
		"Forum/CLUB | Quux Group | ~QG",
	}, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a '^' alias needs its capitals", "we need access now from Access Now", []string{"Access Now=Access Now"}},
		{"a capital inside a word may be written small after a capital initial", "Openai, OPENAI, OpenAI and openai", []string{"Openai=OpenAI", "OPENAI=OpenAI", "OpenAI=OpenAI"}},
		{"a capital after a small initial must stay upper case", "ebay, Ebay and eBay", []string{"eBay=eBay"}},
		{"an '=' alias is fully case-sensitive", "FOOBAR foobar fooBar", []string{"fooBar=Foo Bar Baz"}},
		{"a '~' alias takes any case", "qg and QG", []string{"qg=Quux Group", "QG=Quux Group"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := found(k, tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestEveryFormFindsItsEntry(t *testing.T) {
	k := Default()
	for _, f := range k.forms {
		if !f.matched {
			continue
		}
		forms := []string{f.surface}
		if f.entry.Kind == domain.Issue {
			if pl, ok := plural(f.surface); ok {
				forms = append(forms, pl)
			}
		}
		for _, s := range forms {
			text := "See " + s + ", then more."
			got := k.Find(text)
			if len(got) == 0 || got[0].Start != 4 || got[0].End != 4+len(s) || got[0].Entry != f.entry {
				t.Errorf("Find(%q) = %v; want %q as %q", text, describe(got), s, f.entry.Name)
			}
		}
	}
}

func describe(ms []Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%q@%d-%d=%s", m.Text, m.Start, m.End, m.Entry.Name))
	}
	return out
}

func TestCaseAndWordRulesOnTheDefaultData(t *testing.T) {
	k := Default()
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"X alone is not Twitter but X Corp is", "Use X or x; X Corp bought Twitter.", []string{"X Corp=Twitter", "Twitter=Twitter"}},
		{"a common word that names a state matches only capitalised", "a turkey dinner in Turkey", []string{"Turkey=Türkiye"}},
		{"a company named by a common word matches only capitalised", "an apple from Apple", []string{"Apple=Apple"}},
		{"a newspaper starting with The needs its capitals", "the economist said so, wrote The Economist", []string{"The Economist=The Economist"}},
		{"a flagged English phrase needs its capitals", "we need access now, says Access Now", []string{"Access Now=Access Now"}},
		{"foreign policy is not the magazine", "German foreign policy and Foreign Policy magazine", []string{"Foreign Policy magazine=Foreign Policy magazine"}},
		{"the European Union Agency for Cybersecurity wins over the EU inside it", "European Union Agency for Cybersecurity", []string{"European Union Agency for Cybersecurity=European Union Agency for Cybersecurity"}},
		{"UNESCO and UNDP are not the UN", "UNESCO, UNDP, UN-Habitat and the UN", []string{"UNESCO=UNESCO", "UNDP=UN Development Programme", "UN-Habitat=UN-Habitat", "UN=United Nations"}},
		{"a hyphenated pair yields both parties", "the EU-US summit", []string{"EU=European Union", "US=United States"}},
		{"a state inside another state's name is not matched", "Papua New Guinea, Guinea-Bissau, Nigeria and South Sudan", []string{"Papua New Guinea=Papua New Guinea", "Guinea-Bissau=Guinea-Bissau", "Nigeria=Nigeria", "South Sudan=South Sudan"}},
		{"the Democratic People's Republic of Korea is North Korea", "the Democratic People’s Republic of Korea and the Republic of Korea", []string{"Democratic People’s Republic of Korea=North Korea", "Republic of Korea=South Korea"}},
		{"accents and their absence match alike", "Côte d’Ivoire and Cote d'Ivoire, Türkiye and Turkiye", []string{"Côte d’Ivoire=Côte d'Ivoire", "Cote d'Ivoire=Côte d'Ivoire", "Türkiye=Türkiye", "Turkiye=Türkiye"}},
		{"a capitalised issue at a sentence start matches", "Data protection matters. Digital Divide too.", []string{"Data protection=Data protection", "Digital Divide=Digital divide"}},
		{"an issue inside a longer name yields the name", "Human Rights Watch on human rights", []string{"Human Rights Watch=Human Rights Watch", "human rights=Human rights"}},
		{"en dashes and soft hyphens are handled", "the EU–US Trade and Technology Council and cyber\u00adsecurity", []string{"EU–US Trade and Technology Council=EU-US Trade and Technology Council", "cyber\u00adsecurity=Cybersecurity"}},
		{"a match at the very end of the text is found", "signed by the EU", []string{"EU=European Union"}},
		{"a soft hyphen after a name stays out of the match", "the EU\u00ad and", []string{"EU=European Union"}},
		{"an empty text has no matches", "", nil},
		{"a text of white space has no matches", " \n\t\r\n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := found(k, tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindProperties(t *testing.T) {
	// Texts made of random names, issue terms and filler, in random
	// separators: whatever Find returns must be in order, non-overlapping,
	// at the offsets it claims, and on word boundaries; and every name set
	// off by plain separators must be covered by some match.
	k := Default()
	rng := rand.New(rand.NewPCG(1, 2))
	fillers := []string{"the", "said", "us", "who", "it", "and", "Über", "naïve", "’s", "—", "-", "(", ")", "“", "”", "\n\n", "  ", "2025", "é"}
	seps := []string{" ", "", "\n", ", ", "-", "’", "\u00a0", "\u00ad"}
	plain := map[string]bool{" ": true, "\n": true, ", ": true}
	type span struct{ start, end int }
	for i := 0; i < 2000; i++ {
		var b strings.Builder
		var names []span
		prevSep := " "
		for j := rng.IntN(12); j >= 0; j-- {
			f := k.forms[rng.IntN(len(k.forms))]
			isName := rng.IntN(2) == 0 && f.matched
			start := b.Len()
			if isName {
				b.WriteString(f.surface)
			} else {
				b.WriteString(fillers[rng.IntN(len(fillers))])
			}
			end := b.Len()
			sep := seps[rng.IntN(len(seps))]
			if j == 0 {
				sep = " "
			}
			b.WriteString(sep)
			if isName && plain[prevSep] && plain[sep] {
				names = append(names, span{start, end})
			}
			prevSep = sep
		}
		text := b.String()
		matches := k.Find(text)
		last := 0
		for _, m := range matches {
			switch {
			case m.Start < last || m.End <= m.Start || m.End > len(text):
				t.Fatalf("Find(%q): match %q at %d-%d overlaps or leaves the text", text, m.Text, m.Start, m.End)
			case text[m.Start:m.End] != m.Text:
				t.Fatalf("Find(%q): Text %q is not text[%d:%d]", text, m.Text, m.Start, m.End)
			case wordBefore(text, m.Start) && wordAt(text, m.Start) || wordAt(text, m.End) && wordBefore(text, m.End):
				t.Fatalf("Find(%q): match %q at %d-%d cuts a word", text, m.Text, m.Start, m.End)
			}
			last = m.End
		}
	names:
		for _, n := range names {
			for _, m := range matches {
				if m.Start < n.end && n.start < m.End {
					continue names
				}
			}
			t.Fatalf("Find(%q) = %v: nothing covers %q", text, describe(matches), text[n.start:n.end])
		}
	}
}

func TestFindIsSafeForConcurrentUse(t *testing.T) {
	k := Default()
	text := benchText(64 << 10)
	want := len(k.Find(text))
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				if got := len(k.Find(text)); got != want {
					t.Errorf("concurrent Find found %d matches, want %d", got, want)
				}
			}
		}()
	}
	wg.Wait()
}

func TestDemonymsNameStatesAndBlocs(t *testing.T) {
	k := Default()
	for word, e := range k.demonyms {
		if e.Subtype != "STATE" && e.Subtype != "REGIONAL_BLOC" {
			t.Errorf("demonym %q names %s/%s %q, not a state or bloc", word, e.Kind, e.Subtype, e.Name)
		}
	}
	for _, tt := range []struct{ word, want string }{
		{"South African", "South Africa"},
		{"North Korean", "North Korea"},
		{"Dutch", "Netherlands"},
		{"British", "United Kingdom"},
		{"Turkish", "Türkiye"},
		{"Germans", "Germany"},
		{"Americans", "United States"},
	} {
		t.Run("a two-word or irregular adjective: "+tt.word, func(t *testing.T) {
			if e, ok := k.Demonym(tt.word); !ok || e.Name != tt.want {
				t.Errorf("Demonym(%q) = %v, %v; want %q", tt.word, e, ok, tt.want)
			}
		})
	}
}

func TestDefaultCoverage(t *testing.T) {
	// Guards against a data file silently dropping out of the embed.
	k := Default()
	count := map[domain.Kind]int{}
	states := 0
	for _, e := range k.Entries() {
		count[e.Kind]++
		if e.Subtype == "STATE" {
			states++
		}
	}
	if states < 195 || count[domain.Forum] < 300 || count[domain.Treaty] < 200 || count[domain.Issue] < 100 || len(k.Entries()) < 1500 {
		t.Errorf("too few entries: %d states, %v, %d in all", states, count, len(k.Entries()))
	}
}

func TestMatchesTellTheFormThatMatched(t *testing.T) {
	k := Default()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a name, an acronym and a long form", "The United States, the U.S. and the United States of America.", []string{"United States", "U.S.", "United States of America"}},
		{"an issue's plural is its own form", "Data protection and data protections.", []string{"Data protection", "Data protections"}},
		{"the form as the data writes it, whatever the text's case", "THE EUROPEAN UNION", []string{"European Union"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range k.Find(tt.text) {
				got = append(got, m.Form)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("forms %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAppendMatchesKeepsWhatItAppendsTo(t *testing.T) {
	k := Default()
	ms := k.AppendMatches(nil, "The EU met.")
	ms = k.AppendMatches(ms, "India spoke.")
	if len(ms) != 2 || ms[0].Entry.Name != "European Union" || ms[1].Entry.Name != "India" || ms[1].Start != 0 {
		t.Errorf("AppendMatches gave %v", describe(ms))
	}
}
