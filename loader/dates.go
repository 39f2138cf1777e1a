package loader

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/diplograph/diplograph/domain"
)

// The date stage: the date each evidence sentence states, as precise as it
// is written ("in 2019", "in March 2024", "on 12 November 2018",
// "2018-11-12"), whether it starts, ends or marks a point, and the date of
// the document, which a sentence without one takes. A sentence is read
// once, the first time one of its relations is emitted, by looking around
// its first year (the one yearOf finds), so the stage costs nothing on the
// many sentences that state no relation.

// monthNames maps the names and usual abbreviations of the months to their
// numbers; a month counts only next to a day or a year, so "May" the verb
// is never read as one.
var monthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// dateCues are the words that make a date a start or an end. A
// "before" cue must stand just before the date (at most one word between:
// "since early 2019", "until the end of 2025" reads "until" three words
// back); an "anywhere" cue is a verb or noun that ends a relation wherever it
// stands in the sentence ("withdrew from the Council in 2018").
var dateCues = []dateCue{
	{"since", domain.DateStart, false},
	{"from", domain.DateStart, false},
	{"starting", domain.DateStart, false},
	{"beginning", domain.DateStart, false},
	{"effective", domain.DateStart, false},
	{"until", domain.DateEnd, false},
	{"till", domain.DateEnd, false},
	{"through", domain.DateEnd, false},
	{"withdrew", domain.DateEnd, true},
	{"withdrawn", domain.DateEnd, true},
	{"withdraws", domain.DateEnd, true},
	{"withdrawal", domain.DateEnd, true},
	{"left", domain.DateEnd, true},
	{"leaves", domain.DateEnd, true},
	{"exited", domain.DateEnd, true},
	{"quit", domain.DateEnd, true},
	{"expired", domain.DateEnd, true},
	{"terminated", domain.DateEnd, true},
	{"suspended", domain.DateEnd, true},
	{"dissolved", domain.DateEnd, true},
	{"ended", domain.DateEnd, true},
}

type dateCue struct {
	word     string
	kind     domain.DateKind
	anywhere bool
}

// cueReach is how many tokens before a date a "before" cue may stand: the
// cue, then at most "the end of" or "early" and an article.
const cueReach = 4

// Built once: the cue words and month names by the hash tokenize gives each
// word, so a token is looked up without a copy of its text.
var (
	dateCueByHash = map[uint32]int{}
	monthByHash   = map[uint32]string{}
)

func init() {
	for i, c := range dateCues {
		dateCueByHash[wordHash([]byte(c.word))] = i
	}
	for w := range monthNames {
		monthByHash[wordHash([]byte(w))] = w
	}
}

// datedSentence caches the date of the sentence whose relations are being
// emitted, and the document's, each found once.
type datedSentence struct {
	sent    *sentence
	date    domain.Date
	kind    domain.DateKind
	doc     domain.Date
	docRead bool
}

// dateEvidence gives ev the date its sentence states, or else the
// document's as a point; Year follows the date so that the two agree.
func (p *docParse) dateEvidence(ev *domain.Evidence) {
	ds := &p.dates
	if ds.sent != p.cur {
		ds.sent = p.cur
		ds.date, ds.kind = p.sentenceDate(p.cur)
	}
	d, kind := ds.date, ds.kind
	if d.IsZero() {
		if !ds.docRead {
			ds.doc, ds.docRead = p.documentDate(), true
		}
		d, kind = ds.doc, domain.DatePoint
	}
	if d.IsZero() {
		return
	}
	ev.Date, ev.DateKind, ev.Year = d, kind, d.Year
}

// sentenceDate reads the first date of st that is not part of a name ("the
// 1981 Convention" is no date of the sentence) and what kind it is.
func (p *docParse) sentenceDate(st *sentence) (domain.Date, domain.DateKind) {
	if !st.numbers {
		return domain.Date{}, "" // every date has a number token: a year, "12", "2018-11-12"
	}
	args := p.sentenceArgs(st)
	for i := st.t0; i < st.t1; i++ {
		d, first := p.dateAt(i, st.t0)
		if d.IsZero() || insideArg(args, i) {
			continue
		}
		return d, p.dateKind(st, first)
	}
	return domain.Date{}, ""
}

// documentDate is the date the file's markup gives, or else the most
// precise date of the first lines (a dateline "Geneva, 12 November 2018"
// beats the year of a title), the first of equals. A year alone counts only
// in a line without final punctuation, a title or a dateline: in a sentence
// ("Since the group began its work in 2019, ...") it dates what the
// sentence tells, not the document.
func (p *docParse) documentDate() domain.Date {
	if !p.doc.Date.IsZero() {
		return p.doc.Date
	}
	var best domain.Date
	for si := 0; si < len(p.sents) && si < 4; si++ {
		st := &p.sents[si]
		if !st.numbers {
			continue
		}
		last := strings.TrimRight(p.text[st.start:st.end], " \t\n")
		prose := last != "" && strings.ContainsAny(last[len(last)-1:], ".!?")
		for i := st.t0; i < st.t1; i++ {
			d, _ := p.dateAt(i, st.t0)
			if prose && d.Month == 0 {
				continue
			}
			if precision(d) > precision(best) {
				best = d
			}
		}
	}
	return best
}

func precision(d domain.Date) int {
	switch {
	case d.IsZero():
		return 0
	case d.Month == 0:
		return 1
	case d.Day == 0:
		return 2
	}
	return 3
}

// dateAt reads the date whose year is token i, with the month and day
// written before it ("12 November 2018", "November 12, 2018", "March
// 2024"), or an ISO date token ("2018-11-12"); first is the date's first
// token. Tokens before t0 are not looked at.
func (p *docParse) dateAt(i, t0 int) (d domain.Date, first int) {
	t := &p.toks[i]
	if !t.num {
		return d, i
	}
	if n := t.e - t.s; n == 7 || n == 10 {
		d, _ = domain.ParseDate(p.text[t.s:t.e]) // "2018-11", "2018-11-12"
		return d, i
	}
	if d.Year = yearOf(p, i); d.Year == 0 {
		return d, i
	}
	first = i
	k := i - 1
	if p.isPunct(k, ',') {
		k-- // "November 12, 2018"
	}
	if k >= t0 {
		if day := p.dayAt(k); day != 0 && k-1 >= t0 {
			if m := p.monthAt(k - 1); m != 0 {
				d.Month, d.Day, first = m, day, k-1
			}
		} else if m := p.monthAt(k); m != 0 && k == i-1 {
			d.Month, first = m, k
			if k-1 >= t0 {
				if day := p.dayAt(k - 1); day != 0 {
					d.Day, first = day, k-1 // "12 November 2018"
				} else if p.isWord(k-1, "of") && k-2 >= t0 && p.dayAt(k-2) != 0 {
					d.Day, first = p.dayAt(k-2), k-2 // "the 12th of November 2018"
				}
			}
		}
	}
	if d.Day > domain.DaysIn(d.Year, d.Month) {
		d.Day = 0
	}
	return d, first
}

// monthAt is the month token i names, or 0.
func (p *docParse) monthAt(i int) int {
	if i < 0 || !p.toks[i].word || p.toks[i].num {
		return 0
	}
	// The hash is checked against the name itself: two words may share one.
	if w, ok := monthByHash[p.toks[i].hash]; ok && p.isWord(i, w) {
		return monthNames[w]
	}
	return 0
}

// dayAt is the day of the month token i writes ("12", "12th"), or 0.
func (p *docParse) dayAt(i int) int {
	if i < 0 || !p.toks[i].word {
		return 0
	}
	w := p.text[p.toks[i].s:p.toks[i].e]
	n, k := 0, 0
	for ; k < len(w) && k < 2 && isDigit(w[k]); k++ {
		n = n*10 + int(w[k]-'0')
	}
	if k == 0 || n < 1 || n > 31 {
		return 0
	}
	switch strings.ToLower(w[k:]) {
	case "", "st", "nd", "rd", "th":
		return n
	}
	return 0
}

// dateKind reads the cues of st around a date whose first token is first.
func (p *docParse) dateKind(st *sentence, first int) domain.DateKind {
	for k := first - 1; k >= st.t0 && k >= first-cueReach; k-- {
		if c, ok := p.dateCueAt(k); ok && !c.anywhere {
			return c.kind
		}
	}
	for k := st.t0; k < st.t1; k++ {
		if c, ok := p.dateCueAt(k); ok && c.anywhere {
			return c.kind
		}
	}
	return domain.DatePoint
}

func (p *docParse) dateCueAt(i int) (dateCue, bool) {
	t := &p.toks[i]
	if !t.word || t.num {
		return dateCue{}, false
	}
	ci, found := dateCueByHash[t.hash]
	if !found || !p.isWord(i, dateCues[ci].word) {
		return dateCue{}, false
	}
	return dateCues[ci], true
}

// markupDates read the date a file's markup gives, by the file's
// extension; a reader that finds none returns the zero Date.
var markupDates = map[string]func(raw string) domain.Date{
	".md":       frontMatterDate,
	".markdown": frontMatterDate,
	".html":     htmlDate,
	".htm":      htmlDate,
}

// dateKeys are the front matter keys and HTML meta names that give a
// document's date, in lower case.
var dateKeys = map[string]bool{
	"date": true, "published": true, "pubdate": true, "publishdate": true, "published_at": true,
	"datepublished": true, "article:published_time": true, "og:published_time": true,
	"dc.date": true, "dc.date.issued": true, "dcterms.date": true, "dcterms.issued": true,
	"citation_publication_date": true, "citation_date": true,
}

// frontMatterDate reads the date of a Markdown file's YAML ("---") or TOML
// ("+++") front matter.
func frontMatterDate(raw string) domain.Date {
	fence := ""
	switch {
	case strings.HasPrefix(raw, "---\n"):
		fence = "---"
	case strings.HasPrefix(raw, "+++\n"):
		fence = "+++"
	default:
		return domain.Date{}
	}
	rest := raw[4:]
	for rest != "" {
		line, next, _ := strings.Cut(rest, "\n")
		rest = next
		if strings.TrimSpace(line) == fence {
			break
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok || strings.ContainsAny(key, "=") {
			key, val, ok = strings.Cut(line, "=")
		}
		if ok && dateKeys[strings.ToLower(strings.TrimSpace(key))] {
			if d := looseDate(val); !d.IsZero() {
				return d
			}
		}
	}
	return domain.Date{}
}

// htmlDate reads the first publication date an HTML page's markup gives: a
// <meta> date or a <time datetime>, whichever comes first.
func htmlDate(raw string) domain.Date {
	z := html.NewTokenizer(strings.NewReader(raw))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return domain.Date{}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if !hasAttr || (string(name) != "meta" && string(name) != "time") {
				continue
			}
			var key, content, datetime string
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "name", "property", "itemprop":
					key = strings.ToLower(string(v))
				case "content":
					content = string(v)
				case "datetime":
					datetime = string(v)
				}
			}
			if string(name) == "time" {
				content = datetime
			} else if !dateKeys[key] {
				continue
			}
			if d := looseDate(content); !d.IsZero() {
				return d
			}
		}
	}
}

// looseDate reads the date at the start of a markup value: an ISO date or
// timestamp ("2018-11-12T09:00:00Z"), slashes for hyphens, quotes around.
func looseDate(v string) domain.Date {
	v = strings.Trim(strings.TrimSpace(v), `"'`)
	v = strings.ReplaceAll(v, "/", "-")
	n := 0
	for n < len(v) && (isDigit(v[n]) || v[n] == '-') {
		n++
	}
	d, err := domain.ParseDate(v[:n])
	if err != nil {
		return domain.Date{}
	}
	return d
}
