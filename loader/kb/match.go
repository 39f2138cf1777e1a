package kb

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/domain"
)

// caseReq says that the original letter at folded offset off (from the start
// of a match) must be upper case (upper) or lower case (!upper).
type caseReq struct {
	off   int
	upper bool
}

// pattern is one matchable surface form of an entry, in folded form, with
// the case rules the text must meet where it matches.
type pattern struct {
	entry   *Entry
	surface string // as written in the data
	key     string // folded
	reqs    []caseReq
	// wordStart and wordEnd are set when the form begins (ends) with a
	// letter or digit, so the text must not continue the word there.
	wordStart, wordEnd bool
}

// compilePattern derives the patterns for one surface form of e. The case
// rules come from how the form is written, unless flag overrides them:
//
//   - a word without lower-case letters is an acronym and must be written in
//     capitals ("UN", "U.S.", "G7"): "us", "who" and "it" are English words;
//   - an upper-case letter inside a word must stay upper case after a
//     small initial ("iPhone"); after a capital, the initial must stay a
//     capital and the rest may be small ("HiSilicon", "Hisilicon");
//   - a one-word name of a non-issue must be capitalised ("Chad", "Apple",
//     "Turkey"), since many are also common words;
//   - the other words of a multi-word name and of an issue may take any case
//     ("the european union", "Data Protection", "cybersecurity").
//
// Flags: '^' makes the capitals of every word required ("Access Now"), '='
// makes the whole form case-sensitive, '~' accepts any case at all. A form
// starting with "The " (a name such as "The Economist") is '^' by default.
// Issues also get a plural variant of their last word ("cyber norms").
func compilePattern(e *Entry, surface string, flag byte) ([]pattern, error) {
	forms := []string{surface}
	if e.Kind == domain.Issue {
		if pl, ok := plural(surface); ok {
			forms = append(forms, pl)
		}
	}
	var out []pattern
	for _, form := range forms {
		p, err := compileForm(e, form, flag)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

func compileForm(e *Entry, form string, flag byte) (pattern, error) {
	var f folded
	fold(form, &f)
	key := string(f.b)
	if strings.TrimSpace(key) != key {
		return pattern{}, fmt.Errorf("begins or ends with white space")
	}
	if flag == 0 && strings.HasPrefix(form, "The ") {
		// "The Guardian", "The Hindu": without their capitals these are
		// ordinary English ("the guardian of").
		flag = '^'
	}
	first, _ := utf8.DecodeRuneInString(form)
	last, _ := utf8.DecodeLastRuneInString(form)
	p := pattern{entry: e, surface: form, key: key, wordStart: isWordRune(first), wordEnd: isWordRune(last)}

	// Folded offset of each original rune start, to place the case rules.
	foldedAt := map[int]int{}
	for i := len(f.b) - 1; i >= 0; i-- {
		foldedAt[f.orig(i)] = i
	}
	type word struct{ start, end int } // byte range in form
	var words []word
	for i, r := range form {
		if !isWordRune(r) {
			continue
		}
		if n := len(words); n > 0 && words[n-1].end == i {
			words[n-1].end = i + utf8.RuneLen(r)
		} else {
			words = append(words, word{i, i + utf8.RuneLen(r)})
		}
	}
	req := func(o int, upper bool) {
		if i, ok := foldedAt[o]; ok {
			p.reqs = append(p.reqs, caseReq{off: i, upper: upper})
		}
	}
	for _, w := range words {
		text := form[w.start:w.end]
		hasLower := strings.IndexFunc(text, unicode.IsLower) >= 0
		for j, r := range text {
			o := w.start + j
			upper, lower := unicode.IsUpper(r), unicode.IsLower(r)
			switch flag {
			case '~':
			case '=':
				if upper || lower {
					req(o, upper)
				}
			default:
				initial := j == 0
				switch {
				case !upper:
				case !hasLower: // acronym
					req(o, true)
				case !initial && !unicode.IsUpper([]rune(text)[0]): // camel case after a small letter: "iPhone"
					req(o, true)
				case !initial: // camel case after a capital: "HiSilicon", also written "Hisilicon"
					req(w.start, true)
				case flag == '^':
					req(o, true)
				case len(words) == 1 && e.Kind != domain.Issue:
					req(o, true)
				}
			}
		}
	}
	return p, nil
}

// plural gives the plural of an issue term's last word when it is a plain
// lower-case word, or a one-word term capitalised as a name ("cyber norm" ->
// "cyber norms", "emerging technology" -> "emerging technologies",
// "Biotechnology" -> "Biotechnologies"). Variants that are not English are
// harmless: they never occur.
func plural(s string) (string, bool) {
	i := strings.LastIndexAny(s, " -") + 1
	w := s[i:]
	if len(w) < 3 {
		return "", false
	}
	for j, r := range w {
		if (r < 'a' || r > 'z') && !(i == 0 && j == 0 && r >= 'A' && r <= 'Z') {
			return "", false
		}
	}
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "ch"):
		return "", false
	case strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return s[:len(s)-1] + "ies", true
	}
	return s + "s", true
}

// matcher finds patterns in folded text with one Aho-Corasick automaton.
type matcher struct {
	pats []pattern
	ac   *automaton
}

func newMatcher(pats []pattern) (*matcher, error) {
	keys := make([]string, len(pats))
	for i, p := range pats {
		keys[i] = p.key
	}
	ac, err := newAutomaton(keys)
	if err != nil {
		return nil, err
	}
	return &matcher{pats: pats, ac: ac}, nil
}

// scratch is Find's working memory, recycled through scratchPool: the
// folded copy of the text is its largest allocation.
type scratch struct {
	f     folded
	cands []cand
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// cand is a match that passed its checks, before overlaps are resolved.
type cand struct {
	start, end int
	p          *pattern
}

// Find returns the known names in text: leftmost-longest, non-overlapping,
// on word boundaries, in text order. Offsets are bytes into text. It folds
// the text, runs the automaton once, keeps the candidates that meet their
// word-boundary and case rules, then picks leftmost-longest among them.
func (k *KB) Find(text string) []Match {
	return k.AppendMatches(nil, text)
}

// AppendMatches is Find appending to dst, so that a caller that reads many
// texts can reuse one slice.
func (k *KB) AppendMatches(dst []Match, text string) []Match {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	f := &sc.f
	fold(text, f)
	cands := sc.cands[:0]
	defer func() { sc.cands = cands[:0] }()
	pats := k.m.pats
	cur := cursor{s: f.shifts, k: -1}
	k.m.ac.scan(f.b, func(pi int32, fe int) {
		p := &pats[pi]
		fs := fe - len(p.key)
		// Reject most candidates that cut a word on the folded bytes,
		// before mapping offsets back.
		if p.wordStart && fs > 0 && asciiWordByte(f.b[fs-1]) ||
			p.wordEnd && fe < len(f.b) && asciiWordByte(f.b[fe]) {
			return
		}
		// The end is just past the original rune that gave the last folded
		// byte (mapping fe itself would swallow a soft hyphen that follows).
		start, end := cur.orig(fs), cur.orig(fe-1)+1
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end++
		}
		if p.wordStart && wordBefore(text, start) || p.wordEnd && wordAt(text, end) {
			return
		}
		if !casesHold(text, &cur, fs, p.reqs) {
			return
		}
		// Candidates arrive in order of end; keep them in order of start,
		// longest first. They arrive nearly in that order already (only
		// overlapping ones are out of place), so insertion is cheap.
		c := cand{start, end, p}
		cands = append(cands, c)
		i := len(cands) - 1
		for i > 0 && (cands[i-1].start > c.start || cands[i-1].start == c.start && cands[i-1].end < c.end) {
			cands[i] = cands[i-1]
			i--
		}
		cands[i] = c
	})
	last := 0
	for _, c := range cands {
		if c.start < last {
			continue
		}
		dst = append(dst, Match{Entry: c.p.entry, Text: text[c.start:c.end], Start: c.start, End: c.end, Form: c.p.surface})
		last = c.end
	}
	return dst
}

// asciiWordByte reports whether a folded byte is an ASCII letter or digit,
// which only a word character of the original text folds to.
func asciiWordByte(c byte) bool {
	return c < 0x80 && asciiClass[c] == asciiWord
}

// casesHold checks a candidate's case rules against the original text.
func casesHold(text string, cur *cursor, fs int, reqs []caseReq) bool {
	for _, r := range reqs {
		o := cur.orig(fs + r.off)
		var c rune
		if b := text[o]; b < utf8.RuneSelf {
			c = rune(b)
		} else {
			c, _ = utf8.DecodeRuneInString(text[o:])
		}
		if r.upper && !unicode.IsUpper(c) || !r.upper && !unicode.IsLower(c) {
			return false
		}
	}
	return true
}
