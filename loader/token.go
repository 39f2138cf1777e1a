package loader

import (
	"errors"
	"fmt"
	"slices"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// token is a word or a punctuation mark of the document text.
type token struct {
	s, e int // byte offsets
	// flags are the lexicon's flags for the word, lexID its entry in
	// lexEntries (0 for noEntry): no pointer, so that the garbage
	// collector neither scans tokens nor guards their copies.
	flags wordFlag
	lexID uint16
	word  bool
	cap   bool   // starts with a capital
	lower bool   // starts with a lower-case letter
	acro  bool   // capitals and digits only, like "UN", "G7", "U.S"
	num   bool   // digits only
	poss  bool   // followed by a possessive ’s, which is not a token of its own
	name  bool   // a word that can be part of a capitalised name (see canName)
	punct rune   // the mark, for a punctuation token
	hash  uint32 // wordHash of the word in lower case
}

// tokenize splits text into tokens. Words keep their inner hyphens,
// apostrophes and the points of initialisms ("U.S"), so that "al-Assad",
// "EU-US" and "O’Brien" are one word each.
func tokenize(text string, out []token) []token {
	out, _ = tokenizeLimit(text, out, len(text))
	return out
}

// Token budget. A token record takes tokenSize bytes, and the stages after
// tokenize keep a few words more per token, so a document's tokens are
// most of its extraction's memory. Prose has a token for every 5 or 6
// bytes (the seeds and the dev corpus: at most 1 in 5.1); text with a
// token for nearly every byte, such as a run of parentheses or quotes,
// is no document, and kept whole would cost some 50 times its size.
const (
	// tokensPerKB is how many tokens a document may have for each 1,000
	// bytes of its text: 2 in 5 bytes, twice prose's density.
	tokensPerKB = 400
	// minTokenBudget lets a short document, a title or a list, be dense.
	minTokenBudget = 4096
	tokenSize      = int(unsafe.Sizeof(token{}))
)

// maxTokens is the number of tokens a text of n bytes may have.
func maxTokens(n int) int { return minTokenBudget + n/1000*tokensPerKB + n%1000*tokensPerKB/1000 }

// ErrTooManyTokens refuses a document with more tokens than maxTokens
// allows for its size; the error is a *TokenLimitError.
var ErrTooManyTokens = errors.New("document has too many tokens")

// TokenLimitError says how many tokens a refused document has and how many
// it may have.
type TokenLimitError struct{ Tokens, Limit, Bytes int }

func (e *TokenLimitError) Error() string {
	return fmt.Sprintf("document has %d tokens, more than the %d a document of %d bytes may have (%d for every 1,000 bytes; prose has about 200)",
		e.Tokens, e.Limit, e.Bytes, tokensPerKB)
}

func (e *TokenLimitError) Is(target error) bool { return target == ErrTooManyTokens }

// tokenizeLimit is tokenize keeping at most max tokens; n is the number the
// text has, counted on past max without keeping them. The slice grows by
// doubling up to max, never beyond it; its first size assumes prose.
func tokenizeLimit(text string, out []token, max int) (_ []token, n int) {
	var buf [64]byte
	// Sized once, to a bound on the tokens the text can have: growing by
	// doubling would hold the old array and the new at once.
	if want := len(out) + min(max, tokenBound(text)) + 1; cap(out) < want {
		out = slices.Grow(out, want-len(out))
	}
	extra := 0
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
				if len(out) == cap(out) {
					out = growTokens(out, max)
				}
				if len(out) < max {
					out = append(out, token{s: i, e: i + size, punct: r})
				} else {
					extra++
				}
			}
			i += size
			continue
		}
		t := token{s: i, word: true}
		// Letters only count as upper or lower case ones: uppers is the
		// number of capitals, which matters only in a word without a
		// lower-case letter.
		hasUpper, hasLower, hasDigit, uppers := false, false, false, 0
		// An ASCII word (nearly every word of most texts) is hashed in
		// lower case as it is read, and looked up without a copy.
		ascii, h := true, uint32(hashOffset)
		// The first character, a word's or the '#' of "#254", decides
		// whether the word is capitalised.
		if c < utf8.RuneSelf {
			switch asciiKind[c] {
			case kUpper:
				hasUpper, uppers, t.cap = true, 1, true
				c += 'a' - 'A'
			case kLower:
				hasLower, t.lower = true, true
			case kDigit:
				hasDigit = true
			}
			h = (h ^ uint32(c)) * hashPrime
		} else {
			ascii = false
			switch {
			case unicode.IsUpper(r):
				hasUpper, uppers = true, 1
			case unicode.IsLower(r):
				hasLower = true
			case unicode.IsDigit(r):
				hasDigit = true
			}
			t.cap = unicode.IsUpper(r) || unicode.IsTitle(r)
			t.lower = unicode.IsLower(r)
		}
		j := i + size
		for j < len(text) {
			// Most of a word is a run of lower-case letters: a loop of its own.
			if k := j; asciiKind[text[k]] == kLower {
				for ; k < len(text); k++ {
					c := text[k]
					if asciiKind[c] != kLower {
						break
					}
					h = (h ^ uint32(c)) * hashPrime
				}
				hasLower, j = true, k
				if j == len(text) {
					break
				}
			}
			c := text[j]
			var r rune
			size := 1
			if c < utf8.RuneSelf {
				switch asciiKind[c] {
				case kUpper:
					hasUpper = true
					uppers++
					h = (h ^ uint32(c+'a'-'A')) * hashPrime
					j++
					continue
				case kDigit:
					hasDigit = true
					h = (h ^ uint32(c)) * hashPrime
					j++
					continue
				}
				if c != '\'' && c != '-' && c != '.' && c != '&' {
					break // no possessive, and nothing that joins words
				}
				r = rune(c)
			} else {
				r, size = utf8.DecodeRuneInString(text[j:])
				if isWordRune(r) {
					ascii = false
					switch {
					case unicode.IsUpper(r):
						hasUpper = true
						uppers++
					case unicode.IsLower(r):
						hasLower = true
					case unicode.IsDigit(r):
						hasDigit = true
					}
					j += size
					continue
				}
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
				ascii, h = ascii && size == 1, (h^uint32(c))*hashPrime
				j += size
				t.e = j
				goto done
			}
			if joins(text, i, j, r, size) {
				// The joining marks of ASCII ('-', '\'', '.', '&') have no case.
				ascii, h = ascii && size == 1, (h^uint32(c))*hashPrime
				j += size
				continue
			}
			break
		}
		t.e = j
	done:
		t.acro = hasUpper && !hasLower && (uppers >= 2 || hasDigit)
		t.num = hasDigit && !hasUpper && !hasLower && text[i] != '#'
		t.name = canName(&t, text)
		var e *lexEntry
		if ascii {
			t.hash = h
			e = lookupASCII(text[t.s:t.e], h)
		} else {
			low := lowerInto(buf[:0], text[t.s:t.e])
			t.hash = wordHash(low)
			e = lookupWord(low, t.hash)
		}
		t.flags, t.lexID = e.flags, uint16(e.id)
		if len(out) == cap(out) {
			out = growTokens(out, max)
		}
		if len(out) < max {
			out = append(out, t)
		} else {
			extra++
		}
		i = j
	}
	return out, len(out) + extra
}

// tokenBound is at least the number of tokens tokenize finds in text, and
// for prose close to it: a token is a run of word bytes or starts at a mark
// or at a character beyond ASCII.
func tokenBound(text string) int {
	n, inWord := 0, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= utf8.RuneSelf:
			if utf8.RuneStart(c) {
				n++
			}
			inWord = false
		case asciiKind[c] != 0:
			if !inWord {
				n++
			}
			inWord = true
		default:
			if !isSpaceByte(c) {
				n++
			}
			inWord = false
		}
	}
	return n
}

// growTokens doubles out's capacity, to max at most (and no less than one
// more token, past which tokenizeLimit only counts).
func growTokens(out []token, max int) []token {
	if len(out) >= max {
		return out
	}
	return slices.Grow(out, min(max, 2*cap(out)+64)-len(out))
}

// lex returns the token's lexicon entry, noEntry for a word it does not
// know or a mark.
func (t *token) lex() *lexEntry { return lexEntries[t.lexID] }

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
	case '–':
		// "Canada–Germany": an en dash between two names joins them as a
		// hyphen would; between numbers ("2025–2030") or spaced, it does
		// not.
		prev, _ := utf8.DecodeLastRuneInString(text[:j])
		return unicode.IsLetter(prev) && unicode.IsUpper(next)
	case '.':
		// "2.0", "Industry 4.0": a point between digits is a decimal's or a
		// version's, inside one number.
		if isDigits(text[start:j]) && next >= '0' && next <= '9' {
			return true
		}
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

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
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

// Kinds of bytes for tokenize: 0 is neither an ASCII letter nor a digit.
const (
	kUpper = 1 + iota
	kLower
	kDigit
)

var asciiKind = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = kUpper
		case c >= 'a' && c <= 'z':
			t[c] = kLower
		case c >= '0' && c <= '9':
			t[c] = kDigit
		}
	}
	return t
}()

// wordHash hashes a word (FNV-1a) for the lexicon's table and the
// document's set of lower-case words.
func wordHash(w []byte) uint32 {
	h := uint32(hashOffset)
	for _, c := range w {
		h = (h ^ uint32(c)) * hashPrime
	}
	return h
}

const (
	hashOffset = 2166136261
	hashPrime  = 16777619
)

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// wordSet is the set of words a document writes in lower case: for the
// lexicon's words, which most such tokens are, a mark by lexicon entry; for
// the others an open-addressing table by the tokens' hashes. Built once a
// document and asked about many capitalised words, it would otherwise be a
// map with a string hashed per token. The table grows with the distinct
// words, a few thousand, and its slots hold what a probe compares, so that
// it stays in the processor's caches.
type wordSet struct {
	lex   []bool // by lexEntry.id
	slots []wordSlot
	n     int // words in the table
}

// wordSlot is a word of the text, text[start:end]; end 0 marks an empty slot.
type wordSlot struct {
	hash       uint32
	start, end int32
}

// build fills the set with the words of p's tokens that start in lower case.
func (ws *wordSet) build(p *docParse) {
	ws.lex = slices.Grow(ws.lex[:0], len(lexWords)+1)[:len(lexWords)+1]
	clear(ws.lex)
	ws.slots, ws.n = slices.Grow(ws.slots[:0], 1024)[:1024], 0
	clear(ws.slots)
	for i := range p.toks {
		t := &p.toks[i]
		switch {
		case !t.lower:
		case t.lexID > 0:
			// Written in lower case through and through, it is the
			// lexicon's word; with a capital inside, no query's.
			if !ws.lex[t.lexID] && p.text[t.s:t.e] == lexWords[t.lexID-1].word {
				ws.lex[t.lexID] = true
			}
		default:
			ws.add(p.text, wordSlot{t.hash, int32(t.s), int32(t.e)})
		}
	}
}

// add puts a word in the set, unless it is there already.
func (ws *wordSet) add(text string, w wordSlot) {
	word := text[w.start:w.end]
	mask := uint32(len(ws.slots) - 1)
	for k := w.hash & mask; ; k = (k + 1) & mask {
		sl := &ws.slots[k]
		if sl.end == 0 {
			*sl = w
			break
		}
		if sl.hash == w.hash && text[sl.start:sl.end] == word {
			return
		}
	}
	if ws.n++; 2*ws.n > len(ws.slots) {
		old := ws.slots
		ws.slots, ws.n = make([]wordSlot, 2*len(old)), 0
		for _, sl := range old {
			if sl.end != 0 {
				ws.add(text, sl)
			}
		}
	}
}

// has reports whether the document writes w in lower case: whether some
// token that starts in lower case reads exactly as w lower-cased. (A token
// with a capital inside hashes as its lower case, but never reads so.)
func (ws *wordSet) has(text, w string) bool {
	var buf [64]byte
	low := lowerInto(buf[:0], w)
	h := wordHash(low)
	if e := lookupWord(low, h); e != noEntry {
		return ws.lex[e.id]
	}
	mask := uint32(len(ws.slots) - 1)
	for k := h & mask; ; k = (k + 1) & mask {
		sl := &ws.slots[k]
		if sl.end == 0 {
			return false
		}
		if sl.hash == h && text[sl.start:sl.end] == string(low) {
			return true
		}
	}
}
