package loader

import (
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of the document text.
type token struct {
	s, e  int // byte offsets
	lex   *lexEntry
	word  bool
	cap   bool // starts with a capital
	lower bool // starts with a lower-case letter
	acro  bool // capitals and digits only, like "UN", "G7", "U.S"
	num   bool // digits only
	poss  bool // followed by a possessive ’s, which is not a token of its own
	punct rune // the mark, for a punctuation token
}

// tokenize splits text into tokens. Words keep their inner hyphens,
// apostrophes and the points of initialisms ("U.S"), so that "al-Assad",
// "EU-US" and "O’Brien" are one word each.
func tokenize(text string, out []token) []token {
	var low []byte
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf && (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if !isWordRune(r) && !(r == '#' && i+1 < len(text) && isDigit(text[i+1])) {
			if !unicode.IsSpace(r) {
				out = append(out, token{s: i, e: i + size, punct: r, lex: noEntry})
			}
			i += size
			continue
		}
		t := token{s: i, word: true}
		hasUpper, hasLower, hasDigit, letters := false, false, false, 0
		first := true
		j := i
		for j < len(text) {
			c := text[j]
			r, size := rune(c), 1
			if c >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[j:])
			}
			if isWordRune(r) || r == '#' && first {
				switch {
				case unicode.IsUpper(r):
					hasUpper = true
					letters++
				case unicode.IsLower(r):
					hasLower = true
					letters++
				case unicode.IsDigit(r):
					hasDigit = true
				}
				if first {
					t.cap = unicode.IsUpper(r) || unicode.IsTitle(r)
					t.lower = unicode.IsLower(r)
					first = false
				}
				j += size
				continue
			}
			if ps := possessive(text, j); ps > 0 {
				t.poss = true
				t.e = j
				j += ps
				goto done
			}
			if (r == '\'' || r == '’') && j > i && text[j-1] == 's' && (j+size == len(text) || !isWordByte(text[j+size])) && t.cap {
				// A plural possessive stays with its word, so that a name
				// such as "Peoples' Rights" goes on past it.
				j += size
				t.e = j
				goto done
			}
			if joins(text, i, j, r, size) {
				j += size
				continue
			}
			break
		}
		t.e = j
	done:
		t.acro = hasUpper && !hasLower && (letters >= 2 || hasDigit)
		t.num = hasDigit && letters == 0 && text[i] != '#'
		low = lowerInto(low[:0], text[t.s:t.e])
		t.lex = lookupWord(low)
		out = append(out, t)
		i = j
	}
	return out
}

// possessive returns the length of a possessive ’s or 's at j, or 0.
func possessive(text string, j int) int {
	n := 0
	switch {
	case text[j] == '\'':
		n = 1
	case len(text) >= j+3 && text[j:j+3] == "’":
		n = 3
	default:
		return 0
	}
	if j+n < len(text) && (text[j+n] == 's' || text[j+n] == 'S') {
		if j+n+1 == len(text) || !isWordByte(text[j+n+1]) {
			return n + 1
		}
	}
	return 0
}

// joins reports whether the mark r at j continues the word that began at
// start: hyphens and apostrophes between letters, the points of an
// initialism, and the ampersand of "AT&T".
func joins(text string, start, j int, r rune, size int) bool {
	if j+size >= len(text) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[j+size:])
	switch r {
	case '-', '‐', '\'', '’':
		return isWordRune(next)
	case '&':
		prev, _ := utf8.DecodeLastRuneInString(text[:j])
		return unicode.IsUpper(prev) && unicode.IsUpper(next)
	case '.':
		// "U.S": a single letter before the point and a single letter after.
		prevStart := j - 1
		if prevStart < start || !isASCIILetter(text[prevStart]) || prevStart > start && text[prevStart-1] != '.' {
			return false
		}
		k := j + 1
		if k >= len(text) || !isASCIILetter(text[k]) {
			return false
		}
		return k+1 == len(text) || text[k+1] == '.' || !isWordByte(text[k+1])
	}
	return false
}

func lowerInto(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
