package kb

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Folding turns text and patterns into one comparable byte form, so that a
// single case-sensitive automaton can serve every case rule: letters are
// lower-cased and stripped of accents, curly apostrophes become ', dash-like
// characters become '-', a hyphen between two word characters becomes a space
// ("cyber-security" = "cyber security"), and each run of white space becomes
// one space ("European\r\n Union" = "European Union"). Case rules are then
// checked against the original text for each candidate (see caseReq).
//
// Folding may change lengths (an accented letter, a run of spaces), so it
// records shift points from which a folded offset maps back to the original.

// shift says that from folded offset at onwards, original = folded + delta
// (until the next shift).
type shift struct {
	at, delta int
}

// folded is a text in folded form with the way back to original offsets.
type folded struct {
	b      []byte
	shifts []shift
}

// orig maps a folded byte offset back to a byte offset in the original.
func (f *folded) orig(i int) int {
	s := f.shifts
	if len(s) == 0 || i < s[0].at {
		return i
	}
	// Binary search for the last shift with at <= i.
	lo, hi := 0, len(s)
	for hi-lo > 1 {
		m := (lo + hi) / 2
		if s[m].at <= i {
			lo = m
		} else {
			hi = m
		}
	}
	return i + s[lo].delta
}

// cursor maps folded offsets back like folded.orig, but remembers where it
// was: Find asks about offsets that move forward through the text, so each
// question costs a step or two instead of a binary search.
type cursor struct {
	s []shift
	k int // index of the last shift with at <= the last offset asked, or -1
}

func (c *cursor) orig(i int) int {
	for c.k+1 < len(c.s) && c.s[c.k+1].at <= i {
		c.k++
	}
	for c.k >= 0 && c.s[c.k].at > i {
		c.k--
	}
	if c.k < 0 {
		return i
	}
	return i + c.s[c.k].delta
}

const (
	asciiKeep  = 0 // copied as is (after lower-casing)
	asciiSpace = 1 // white space: runs collapse to one ' '
	asciiWord  = 2 // letter or digit
)

// asciiClass and asciiLower are lookup tables for the ASCII bytes; simple
// maps each byte that folds to one byte by itself (ASCII other than white
// space and '-') to its folded form, and every other byte to 0.
var (
	asciiClass [128]uint8
	asciiLower [128]byte
	simple     [256]byte
)

func init() {
	for c := 0; c < 128; c++ {
		asciiLower[c] = byte(c)
		switch {
		case c >= 'A' && c <= 'Z':
			asciiLower[c] = byte(c) + 'a' - 'A'
			asciiClass[c] = asciiWord
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			asciiClass[c] = asciiWord
		case c == ' ', c == '\t', c == '\n', c == '\r', c == '\v', c == '\f':
			asciiClass[c] = asciiSpace
			asciiLower[c] = ' '
		}
		if asciiClass[c] != asciiSpace && c != '-' && c >= ' ' {
			simple[c] = asciiLower[c]
		}
	}
}

// foldRune gives the folded form of a non-ASCII rune: "" drops it, " " is
// white space (collapsed with its neighbours), "-" a dash.
func foldRune(r rune) string {
	switch r {
	case '\u2018', '\u2019', '\u201B', '\u02BC', '\u2032', '\u00B4', '\uFF07':
		return "'"
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB':
		return `"`
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D':
		return "-"
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return "" // soft hyphen and zero-width characters vanish
	case '\u00DF':
		return "ss"
	case '\u00E6', '\u00C6':
		return "ae"
	case '\u0153', '\u0152':
		return "oe"
	case '\u00F8', '\u00D8':
		return "o"
	case '\u0142', '\u0141':
		return "l"
	case '\u0131':
		return "i"
	}
	if unicode.IsSpace(r) {
		return " "
	}
	if r < 0x2000 && unicode.IsLetter(r) {
		// Latin, Greek and Cyrillic letters: drop combining marks, lower-case.
		var buf [16]byte
		out := buf[:0]
		for _, d := range norm.NFD.String(string(r)) {
			if unicode.Is(unicode.Mn, d) {
				continue
			}
			out = utf8.AppendRune(out, unicode.ToLower(d))
		}
		return string(out)
	}
	return string(unicode.ToLower(r))
}

// foldCache holds foldRune for the runes below 0x2000, computed once, so the
// slow path does not decompose the same accented letter over and over.
var foldCache = func() []string {
	c := make([]string, 0x2100)
	for r := rune(0x80); r < 0x2100; r++ {
		c[r] = foldRune(r)
	}
	return c
}()

func foldR(r rune) string {
	if r < rune(len(foldCache)) {
		return foldCache[r]
	}
	return foldRune(r)
}

// isWordRune reports whether r is part of a word (letter, digit or mark).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == asciiWord
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordAt reports whether the rune starting at s[i:] is a word rune.
func wordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return asciiClass[c] == asciiWord
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// wordBefore reports whether the rune ending at s[:i] is a word rune.
func wordBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return asciiClass[c] == asciiWord
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWordRune(r)
}

// fold folds s into dst, reusing dst's storage.
func fold(s string, dst *folded) {
	b := dst.b[:0]
	if cap(b) < len(s)+8 {
		b = make([]byte, 0, len(s)+len(s)/16+8)
	}
	shifts := dst.shifts[:0]
	delta := 0         // original offset minus folded offset, as of the last shift
	lastSpace := false // the last folded byte is a space
	for i := 0; i < len(s); {
		c := s[i]
		if simple[c] != 0 || c == ' ' && !lastSpace {
			// The common case: a run of bytes that fold one to one,
			// single spaces included.
			if i-len(b) != delta {
				delta = i - len(b)
				shifts = append(shifts, shift{at: len(b), delta: delta})
			}
			for ; i < len(s); i++ {
				c := s[i]
				if f := simple[c]; f != 0 {
					b = append(b, f)
					lastSpace = false
				} else if c == ' ' && !lastSpace {
					b = append(b, ' ')
					lastSpace = true
				} else {
					break
				}
			}
			continue
		}
		if c < utf8.RuneSelf {
			// White space, and a hyphen between two word characters,
			// become one space; a hyphen elsewhere stays; NUL and the
			// other control bytes become spaces too, which keeps the
			// automaton's word-start mark (see wordMark) out of the text.
			if asciiClass[c] == asciiSpace || c < ' ' || c == '-' && !lastSpace && wordBefore(s, i) && wordAt(s, i+1) {
				if !lastSpace {
					if i-len(b) != delta {
						delta = i - len(b)
						shifts = append(shifts, shift{at: len(b), delta: delta})
					}
					b = append(b, ' ')
					lastSpace = true
				}
			} else {
				if i-len(b) != delta {
					delta = i - len(b)
					shifts = append(shifts, shift{at: len(b), delta: delta})
				}
				b = append(b, '-')
				lastSpace = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		f := foldR(r)
		space := f == " " || f == "-" && wordBefore(s, i) && wordAt(s, i+size)
		if f != "" && !(space && lastSpace) {
			if i-len(b) != delta {
				delta = i - len(b)
				shifts = append(shifts, shift{at: len(b), delta: delta})
			}
			if space {
				b = append(b, ' ')
			} else {
				b = append(b, f...)
			}
			lastSpace = space
		}
		i += size
	}
	// A match may end at the very end of the text: map len(b) to len(s).
	if len(s)-len(b) != delta {
		shifts = append(shifts, shift{at: len(b), delta: len(s) - len(b)})
	}
	dst.b, dst.shifts = b, shifts
}
