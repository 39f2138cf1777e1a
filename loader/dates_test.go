package loader

import (
	"testing"

	"github.com/diplograph/diplograph/domain"
)

func TestEvidenceCarriesTheDateItsSentenceStates(t *testing.T) {
	cases := []struct {
		name, file, text string
		typ              domain.RelationType
		date             string
		kind             domain.DateKind
	}{
		{"a day written day first is a point", "a.txt",
			"France joined the G7 on 3 February 2014.", domain.MemberOf, "2014-02-03", domain.DatePoint},
		{"a day written month first is a point", "a.txt",
			"France joined the G7 on February 3, 2014.", domain.MemberOf, "2014-02-03", domain.DatePoint},
		{"an ordinal day of a month is a day", "a.txt",
			"France joined the G7 on the 3rd of February 2014.", domain.MemberOf, "2014-02-03", domain.DatePoint},
		{"a month of a year is a month", "a.txt",
			"In March 2024, France joined the G7.", domain.MemberOf, "2024-03", domain.DatePoint},
		{"an abbreviated month is a month", "a.txt",
			"France joined the G7 in Sept 2016.", domain.MemberOf, "2016-09", domain.DatePoint},
		{"a year alone is a year", "a.txt",
			"In 2012, France joined the G7.", domain.MemberOf, "2012", domain.DatePoint},
		{"an ISO date is a day", "a.txt",
			"France joined the G7 on 2019-06-30.", domain.MemberOf, "2019-06-30", domain.DatePoint},
		{"the year of a session is a point", "a.txt",
			"Germany supports cybersecurity at the 2025 session.", domain.Supports, "2025", domain.DatePoint},
		{"since opens a start", "a.txt",
			"France has been a member of the G7 since 2007.", domain.MemberOf, "2007", domain.DateStart},
		{"from opens a start", "a.txt",
			"From April 2021, France is a member of the G7.", domain.MemberOf, "2021-04", domain.DateStart},
		{"until closes an end", "a.txt",
			"France was a member of the G7 until the end of 2022.", domain.MemberOf, "2022", domain.DateEnd},
		{"a withdrawal ends what it dates", "a.txt",
			"Russia, a member of the G7, withdrew in March 2014.", domain.MemberOf, "2014-03", domain.DateEnd},
		{"a day the month lacks is left out", "a.txt",
			"France joined the G7 on 31 February 2014.", domain.MemberOf, "2014-02", domain.DatePoint},
		{"a year inside a name leaves the document's date", "a.txt",
			"Notes of 2020\n\nGermany supports the 1981 Convention on cybersecurity.", domain.Supports, "2020", domain.DatePoint},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ev := evidenceOf(t, extractText(t, c.file, c.text), c.typ)
			if got := ev.Date.String(); got != c.date || ev.DateKind != c.kind {
				t.Errorf("%q: got %q %s, want %q %s", c.text, got, ev.DateKind, c.date, c.kind)
			}
			if ev.Year != ev.Date.Year && !ev.Date.IsZero() {
				t.Errorf("year %d disagrees with date %s", ev.Year, ev.Date)
			}
		})
	}
}

func TestASentenceWithoutADateTakesTheDocuments(t *testing.T) {
	cases := []struct {
		name, file, text, date string
	}{
		{"a dateline in the first lines", "a.txt",
			"Press release\nParis, 14 July 2023\n\nFrance supports the G7.", "2023-07-14"},
		{"a dateline beats the year of a title", "a.txt",
			"IGF 2025 Notes\nPublished 2 October 2024\n\nFrance supports the G7.", "2024-10-02"},
		{"a title's year when nothing is more precise", "a.txt",
			"IGF 2025 Notes\n\nFrance supports the G7.", "2025"},
		{"Markdown front matter", "a.md",
			"---\ntitle: Notes\ndate: 2021-05-04\n---\n\n# Notes\n\nFrance supports the G7.", "2021-05-04"},
		{"TOML front matter with a timestamp", "a.md",
			"+++\ndate = \"2020-01-09T08:00:00Z\"\n+++\n\nFrance supports the G7.", "2020-01-09"},
		{"an HTML meta date", "a.html",
			`<html><head><meta property="article:published_time" content="2022-11-30T10:00:00Z"></head><body><p>France supports the G7.</p></body></html>`, "2022-11-30"},
		{"an HTML time element", "a.html",
			`<html><body><p>Posted <time datetime="2019-03">March</time></p><p>France supports the G7.</p></body></html>`, "2019-03"},
		{"markup beats the first lines", "a.html",
			`<html><head><meta name="date" content="2018/06/01"></head><body><p>IGF 2025 Notes</p><p>France supports the G7.</p></body></html>`, "2018-06-01"},
		{"no date anywhere", "a.txt", "Notes\n\nFrance supports the G7.", ""},
		{"a year in a sentence of the first lines dates that sentence only", "a.txt",
			"Notes\n\nSince it began its work in 2019, the group met often.\n\nFrance supports the G7.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ev := evidenceOf(t, extractText(t, c.file, c.text), domain.Supports)
			if got := ev.Date.String(); got != c.date {
				t.Errorf("got %q, want %q", got, c.date)
			}
			if c.date != "" && ev.DateKind != domain.DatePoint {
				t.Errorf("a document's date is a point, got %s", ev.DateKind)
			}
		})
	}
}

func TestMarkupDatesIgnoreWhatIsNoDate(t *testing.T) {
	cases := []struct {
		name, file, raw string
	}{
		{"front matter without a date key", "a.md", "---\ntitle: 2021-05-04\n---\ntext"},
		{"a date key after the front matter", "a.md", "---\ntitle: x\n---\ndate: 2021-05-04"},
		{"a meta that is no date", "a.html", `<meta name="description" content="2021-05-04">`},
		{"a month out of range", "a.html", `<time datetime="2021-13-04">x</time>`},
		{"a number longer than a year", "a.md", "---\ndate: 20210504\n---\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if d := markupDates[c.file[1:]](c.raw); !d.IsZero() {
				t.Errorf("got %s, want no date", d)
			}
		})
	}
}

// evidenceOf is the first evidence of the first relation of type typ.
func evidenceOf(t *testing.T, x domain.Extraction, typ domain.RelationType) domain.Evidence {
	t.Helper()
	for _, r := range x.Relations {
		if r.Type == typ {
			return r.Evidence[0]
		}
	}
	t.Fatalf("no %s relation in %v", typ, relationStrings(x))
	return domain.Evidence{}
}
