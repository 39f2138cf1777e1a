package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a half-open range of byte offsets into a document's text.
type span struct{ start, end int }

// maxSentence bounds a sentence so that text without punctuation (tables,
// lists flattened into one line) cannot make relation search quadratic.
const maxSentence = 2000

// splitSentences cuts text into sentences. Lines are the first cut: a
// heading, a list item or any line that ends without punctuation stands
// alone unless the next line plainly continues it (starts in lower case or
// follows a dangling function word). Within a block of lines, sentences end
// at . ! ? … unless an abbreviation, an initial or a number explains the
// point.
func splitSentences(text string) []span {
	return appendSentences(nil, text)
}

// appendSentences is splitSentences appending to out.
func appendSentences(out []span, text string) []span {
	bs, be := -1, -1 // the open block
	prev := ""       // the last line of the open block
	flush := func() {
		if bs >= 0 {
			out = splitBlock(text, bs, be, out)
		}
		bs, be, prev = -1, -1, ""
	}
	for pos := 0; pos < len(text); {
		eol := strings.IndexByte(text[pos:], '\n')
		if eol < 0 {
			eol = len(text)
		} else {
			eol += pos
		}
		cs, ce, bullet := lineContent(text, pos, eol)
		pos = eol + 1
		if cs >= ce {
			flush()
			continue
		}
		line := text[cs:ce]
		if bs >= 0 && !bullet && continues(prev, line) {
			be, prev = ce, line
			continue
		}
		flush()
		if n, rest := datelineLength(line); n > 0 {
			// "HANOI, Oct 25 (Reuters) - Sixty-five countries signed X":
			// the dateline names the story's source, no subject of its verb.
			out = append(out, span{cs, cs + n})
			cs += rest
			line = text[cs:ce]
		}
		bs, be, prev = cs, ce, line
	}
	flush()
	return out
}

// lineContent trims a line and steps over a list marker, so that the
// sentence of a list item starts at its first word.
func lineContent(text string, s, e int) (int, int, bool) {
	s, e = trimSpace(text, s, e)
	if n := bulletMarker(text[s:e]); n > 0 {
		s, e = trimSpace(text, s+n, e)
		return s, e, true
	}
	return s, e, false
}

// trimSpace narrows text[s:e] to leave out the white space at either end,
// no-break spaces and the other Unicode spaces included: evidence is the
// sentence proper.
func trimSpace(text string, s, e int) (int, int) {
	for s < e {
		if c := text[s]; c < utf8.RuneSelf {
			if !isSpaceByte(c) {
				break
			}
			s++
		} else if r, n := utf8.DecodeRuneInString(text[s:e]); unicode.IsSpace(r) {
			s += n
		} else {
			break
		}
	}
	for e > s {
		if c := text[e-1]; c < utf8.RuneSelf {
			if !isSpaceByte(c) {
				break
			}
			e--
		} else if r, n := utf8.DecodeLastRuneInString(text[s:e]); unicode.IsSpace(r) {
			e -= n
		} else {
			break
		}
	}
	return s, e
}

// bulletMarker returns the length of a list marker at the start of line
// ("- ", "* ", "• ", "1. ", "2) ", "a) "), or 0.
func bulletMarker(line string) int {
	for _, m := range []string{"- ", "* ", "+ ", "• ", "· ", "– ", "— ", "▪ ", "◦ ", "●"} {
		if strings.HasPrefix(line, m) {
			return len(m)
		}
	}
	if strings.HasPrefix(line, "•") {
		return len("•")
	}
	i := 0
	for i < len(line) && i < 3 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i == 0 && len(line) > 2 && line[0] >= 'a' && line[0] <= 'z' && line[1] == ')' {
		i = 1
	}
	if i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') {
		if n := spaceAt(line[i+1:]); n > 0 {
			return i + 1 + n
		}
	}
	return 0
}

// maxDateline is the longest dateline datelineLength looks for.
const maxDateline = 80

// datelineLength measures a news dateline at the start of line, a place
// and date with the agency in brackets and a dash ("LONDON, June 3
// (Reuters) - ", "GENEVA (AFP) — "): n is the dateline's length without the
// dash, rest where the story's first sentence starts; both are 0 when line
// opens with none.
func datelineLength(line string) (n, rest int) {
	if line == "" || line[0] < 'A' || line[0] > 'Z' {
		return 0, 0
	}
	closing := strings.IndexByte(line[:min(len(line), maxDateline)], ')')
	opening := strings.IndexByte(line[:max(closing, 0)], '(')
	if closing < 0 || opening < 2 || closing-opening < 3 || strings.ContainsAny(line[:opening], ".!?:;") {
		return 0, 0
	}
	// A place is in capitals or has a date after a comma; "The United
	// Nations (UN) - the world body - ..." is a name and an aside.
	place, _, _ := strings.Cut(line[:opening], " ")
	if strings.ToUpper(place) != place && !strings.Contains(line[:opening], ",") {
		return 0, 0
	}
	after := strings.TrimLeft(line[closing+1:], " ")
	for _, dash := range []string{"- ", "– ", "— ", "-- "} {
		if strings.HasPrefix(after, dash) {
			return closing + 1, len(line) - len(strings.TrimLeft(after[len(dash):], " "))
		}
	}
	return 0, 0
}

var danglingWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "or": true, "to": true, "in": true,
	"for": true, "with": true, "on": true, "by": true, "as": true, "at": true, "from": true, "that": true,
	"its": true, "their": true, "our": true, "is": true, "are": true, "be": true,
}

// continues reports whether line carries on the sentence that prev left
// open (a hard-wrapped paragraph) rather than starting a new one.
func continues(prev, line string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(".!?…:;", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	if unicode.IsLower(first) {
		return true
	}
	if last == ',' || last == '(' {
		return true
	}
	w := prev[strings.LastIndexByte(prev, ' ')+1:]
	return danglingWords[strings.ToLower(w)]
}

// abbreviations never end a sentence: a name or a number always follows.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "no": true, "nos": true,
	"art": true, "arts": true, "para": true, "e.g": true, "i.e": true, "vs": true, "cf": true, "fig": true,
	"vol": true, "pp": true, "p": true, "sr": true, "gen": true, "gov": true, "sen": true, "rep": true,
	"hon": true, "rev": true, "capt": true, "col": true, "lt": true, "sgt": true, "approx": true, "ca": true,
	"dept": true, "ibid": true, "al": true, "incl": true, "sec": true, "ch": true, "amb": true, "pres": true,
	"min": true, "max": true, "jan": true, "feb": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// endingAbbreviations may close a sentence too ("... in the U.S. The next"),
// so they end one only when a typical sentence opener follows.
var endingAbbreviations = map[string]bool{
	"u.s": true, "u.k": true, "u.n": true, "e.u": true, "etc": true, "inc": true, "ltd": true,
	"co": true, "corp": true, "jr": true, "u.s.a": true, "p.m": true, "a.m": true,
}

var sentenceOpeners = map[string]bool{
	"The": true, "This": true, "These": true, "That": true, "Those": true, "It": true, "Its": true, "We": true,
	"They": true, "In": true, "A": true, "An": true, "As": true, "But": true, "However": true, "He": true,
	"She": true, "Our": true, "Their": true, "There": true, "For": true, "On": true, "At": true, "If": true,
	"When": true, "While": true, "Such": true, "Moreover": true, "Furthermore": true, "Also": true, "I": true,
}

// mayEnd marks the bytes that splitBlock looks at: the points that end
// sentences, the semicolon that ends a preambular clause, and the first
// bytes of characters beyond ASCII (the bullets and the ellipsis among
// them). No other byte ends a sentence.
var mayEnd = func() (t [256]bool) {
	t['.'], t['!'], t['?'], t[';'] = true, true, true, true
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

func splitBlock(text string, bs, be int, out []span) []span {
	start := bs
	emit := func(s, e int) {
		s, e = trimSpace(text, s, e)
		for e-s > maxSentence {
			cut := s + maxSentence
			for cut > s+1 && !utf8.RuneStart(text[cut]) {
				cut--
			}
			if !utf8.RuneStart(text[cut]) {
				cut = s + maxSentence // no character starts in reach: text that is no UTF-8
			}
			if i := strings.LastIndexAny(text[s:cut], ";,"); i > maxSentence/2 {
				cut = s + i + 1
			} else if i := strings.LastIndexByte(text[s:cut], ' '); i > maxSentence/2 {
				cut = s + i
			}
			out = append(out, span{s, cut})
			s, e = trimSpace(text, cut, e)
		}
		if s < e {
			out = append(out, span{s, e})
		}
	}
	for i := bs; i < be; {
		if !mayEnd[text[i]] {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == ';':
			if opensPreambularClause(text[i+1 : be]) {
				emit(start, i+1)
				start = i + 1
			}
		case r == '•' || r == '▪':
			// An inline bullet list flattened onto one line.
			emit(start, i)
			start = i + size
		case r == '.' || r == '!' || r == '?' || r == '…':
			j := i + size
			for j < be {
				c, n := utf8.DecodeRuneInString(text[j:])
				if !strings.ContainsRune("\"'”’)]»", c) {
					break
				}
				j += n
			}
			if j < be && spaceAt(text[j:be]) == 0 {
				break
			}
			k := j
			for k < be {
				n := spaceAt(text[k:be])
				if n == 0 {
					break
				}
				k += n
			}
			if k < be && r == '.' && !endsSentence(text, bs, i, k, be) {
				break
			}
			if k < be && !opensSentence(text[k:be]) {
				break
			}
			emit(start, j)
			start = j
		}
		i += size
	}
	emit(start, be)
	return out
}

// endsSentence decides whether the point at dot closes a sentence, given the
// word before it and the text that follows at next.
func endsSentence(text string, bs, dot, next, be int) bool {
	w := dot
	for w > bs && (isWordByte(text[w-1]) || text[w-1] == '.') {
		w--
	}
	word := strings.ToLower(text[w:dot])
	if word == "" {
		return true
	}
	if abbreviations[word] {
		return false
	}
	if len(text[w:dot]) == 1 && text[w] >= 'A' && text[w] <= 'Z' {
		return false // an initial: "Katharina E. Höne"
	}
	if endingAbbreviations[word] {
		e := next
		for e < be && isWordByte(text[e]) {
			e++
		}
		return sentenceOpeners[text[next:e]]
	}
	return true
}

// opensPreambularClause reports whether s, the text after a semicolon,
// starts a new preambular or operative clause ("...; Recalling X; Welcoming
// Y; Having regard to Z"): a treaty's or a resolution's clauses run on one
// line, each a sentence of its own whose speaker is the parties. A clause
// opener in lower case continues the list ("...; recalling X") and stays.
func opensPreambularClause(s string) bool {
	s = strings.TrimLeft(s, " \t")
	end := 0
	for end < len(s) && isWordByte(s[end]) {
		end++
	}
	if end == 0 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	e := lexicon[strings.ToLower(s[:end])]
	return e != nil && e.flags&fPreambular != 0
}

// opensSentence reports whether s can start a sentence: a capital, a digit
// or an opening quote or bracket.
func opensSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘([•¿¡", r) || unicode.IsTitle(r)
}

// spaceAt returns the length of the white space s starts with, one
// character of it, or 0. Pages copied from the web put no-break spaces
// (U+00A0, U+202F) between sentences as often as plain ones.
func spaceAt(s string) int {
	if s == "" {
		return 0
	}
	if s[0] < utf8.RuneSelf {
		if isSpaceByte(s[0]) {
			return 1
		}
		return 0
	}
	if r, n := utf8.DecodeRuneInString(s); unicode.IsSpace(r) {
		return n
	}
	return 0
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
