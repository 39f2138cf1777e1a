// Package kb is Diplograph's knowledge base of the tech-diplomacy domain:
// states, blocs, organisations, forums, instruments and policy issues, with
// their aliases and the adjectives of states, and a matcher that finds every
// known name in a text in one pass.
//
// The data lives in data/*.tsv, embedded in the binary; see data/README.md
// for the format. Default parses it once; Load parses the same format from
// any reader, for tests and custom knowledge bases.
package kb

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/domain"
)

// Entry is one known entity.
type Entry struct {
	Kind    domain.Kind // Actor, Forum, Treaty, Issue
	Subtype string      // one of domain.Subtypes[Kind], "" for Issue
	Name    string      // canonical name, e.g. "Internet Governance Forum"
	// Aliases are the other surface forms: acronyms, short names, former
	// names. Adjectives ("German") are not aliases; see KB.Demonym. A few
	// aliases are for Lookup only and never matched by Find ("America").
	Aliases []string
	Code    string // ISO 3166-1 alpha-2 for states ("DE"), "" otherwise
	index   int    // position in the KB's entries
}

// Index is the entry's position in its KB's Entries, so that callers can
// keep data about entries in slices rather than maps.
func (e *Entry) Index() int { return e.index }

// Match is one occurrence of an entry in a text.
type Match struct {
	Entry      *Entry
	Text       string // surface form as written in the text
	Start, End int    // byte offsets into the text passed to Find
	// Form is the entry's form that matched, as the data writes it: its
	// name, an alias, or an issue's plural ("cyber norms").
	Form string
}

// KB is an immutable knowledge base; its methods are safe for concurrent use.
type KB struct {
	entries  []*Entry
	lookup   map[string]*Entry // folded name or alias -> entry
	demonyms map[string]*Entry // folded adjective -> entry
	m        *matcher
	forms    []form // every name and alias, for tests and diagnostics
}

// form is one surface form of an entry as the data gives it.
type form struct {
	entry   *Entry
	surface string
	matched bool // false for lookup-only ('!') aliases
}

//go:embed data/*.tsv
var dataFS embed.FS

var (
	defaultOnce sync.Once
	defaultKB   *KB
)

// Default returns the knowledge base built from the embedded data, parsed on
// first use. It panics only if the embedded data is corrupt, which
// TestDefaultParses rules out at build time.
func Default() *KB {
	defaultOnce.Do(func() {
		k, err := loadEmbedded()
		if err != nil {
			panic(fmt.Sprintf("kb: embedded data is corrupt: %v", err))
		}
		defaultKB = k
	})
	return defaultKB
}

// loadEmbedded parses every embedded data file, in name order, as one KB.
func loadEmbedded() (*KB, error) {
	names, err := fs.Glob(dataFS, "data/*.tsv")
	if err != nil {
		return nil, fmt.Errorf("listing embedded data: %w", err)
	}
	sort.Strings(names)
	b := newBuilder()
	for _, name := range names {
		f, err := dataFS.Open(name)
		if err != nil {
			return nil, fmt.Errorf("opening %s: %w", name, err)
		}
		err = b.parse(name, f)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return b.build()
}

// Load parses a knowledge base in the data format (see data/README.md).
// Errors name the offending line.
func Load(r io.Reader) (*KB, error) {
	b := newBuilder()
	if err := b.parse("input", r); err != nil {
		return nil, err
	}
	return b.build()
}

// Entries returns every entry in data order. The slice is a copy; the
// entries are shared and must not be modified.
func (k *KB) Entries() []*Entry {
	return append([]*Entry(nil), k.entries...)
}

// Lookup finds an entry by its canonical name or one of its aliases,
// ignoring case, accents, apostrophe and hyphen variants and a leading
// "the" ("the netherlands" finds the Netherlands).
func (k *KB) Lookup(name string) (*Entry, bool) {
	e, ok := k.lookup[lookupKey(name)]
	return e, ok
}

// Demonym finds the state or bloc whose adjective or demonym word is:
// "German" gives Germany, "Chinese" China, "European" the European Union.
// Two-word forms ("South African") and plural nouns ("Germans") are
// accepted; case is ignored.
func (k *KB) Demonym(word string) (*Entry, bool) {
	// A plain word folds to its lower case: fold it on the stack. The
	// extractor asks about most capitalised words of a text.
	var buf [32]byte
	if key, ok := lowerWord(buf[:0], word); ok {
		if e, ok := k.demonyms[string(key)]; ok {
			return e, true
		}
		if n := len(key); n > 0 && key[n-1] == 's' {
			e, ok := k.demonyms[string(key[:n-1])]
			return e, ok
		}
		return nil, false
	}
	key := lookupKey(word)
	if e, ok := k.demonyms[key]; ok {
		return e, true
	}
	if s, ok := strings.CutSuffix(key, "s"); ok {
		e, ok := k.demonyms[s]
		return e, ok
	}
	return nil, false
}

// lowerWord appends word in lower case to dst when word is made of ASCII
// letters and digits only (and fits dst's capacity), which is what
// lookupKey would give it; ok is false for any other word.
func lowerWord(dst []byte, word string) (key []byte, ok bool) {
	if len(word) > cap(dst)-len(dst) {
		return nil, false
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf || asciiClass[c] != asciiWord {
			return nil, false
		}
		dst = append(dst, asciiLower[c])
	}
	return dst, true
}

// lookupKey folds a name for Lookup and Demonym.
func lookupKey(s string) string {
	var f folded
	fold(strings.TrimSpace(s), &f)
	key := strings.TrimSpace(string(f.b))
	key = strings.TrimPrefix(key, "the ")
	return key
}

// builder accumulates parsed entries and checks them.
type builder struct {
	entries  []*Entry
	pats     []pattern
	lookup   map[string]*Entry
	where    map[*Entry]string // entry -> "file:line", for error messages
	demonyms map[string]*Entry
	forms    []form
}

func newBuilder() *builder {
	return &builder{
		lookup:   map[string]*Entry{},
		where:    map[*Entry]string{},
		demonyms: map[string]*Entry{},
	}
}

// parse reads one data file. Format, one entry a line, fields separated by
// '|', lists inside a field separated by ';':
//
//	Kind[/SUBTYPE] | Name | alias; alias | CODE | demonym; demonym
//
// Trailing fields may be left out; '#' starts a comment line. The name and
// each alias may start with a case flag ('^', '=', '~'; see compilePattern);
// an alias may instead start with '!': found by Lookup, never matched.
func (b *builder) parse(file string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		at := fmt.Sprintf("%s:%d", file, line)
		if err := b.parseLine(at, text); err != nil {
			return fmt.Errorf("%s: %w", at, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: reading after line %d: %w", file, line, err)
	}
	return nil
}

func (b *builder) parseLine(at, text string) error {
	fields := strings.Split(text, "|")
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	if len(fields) < 2 || len(fields) > 5 {
		return fmt.Errorf("want 2 to 5 '|'-separated fields (kind | name | aliases | code | demonyms), got %d", len(fields))
	}
	kind, subtype, _ := strings.Cut(fields[0], "/")
	// The name may carry a case flag like an alias (see compilePattern).
	nameFlag, name := byte(0), fields[1]
	if name != "" && strings.ContainsRune("=^~", rune(name[0])) {
		nameFlag, name = name[0], strings.TrimSpace(name[1:])
	}
	e := &Entry{Kind: domain.Kind(kind), Subtype: subtype, Name: name}
	if e.Kind == domain.Document || !e.Kind.Valid() {
		return fmt.Errorf("unknown kind %q", kind)
	}
	if !domain.ValidSubtype(e.Kind, e.Subtype) {
		return fmt.Errorf("subtype %q is not one of %s's %v", subtype, kind, domain.Subtypes[e.Kind])
	}
	if e.Kind != domain.Issue && e.Subtype == "" {
		return fmt.Errorf("%s %q needs a subtype", kind, e.Name)
	}
	if e.Name == "" {
		return fmt.Errorf("empty name")
	}
	if strings.ContainsAny(e.Name, ";") || strings.ContainsAny(e.Name[:1], "=^~!") {
		return fmt.Errorf("name %q holds a reserved character", e.Name)
	}
	if len(fields) > 3 {
		e.Code = fields[3]
		if e.Code != "" && (len(e.Code) != 2 || strings.ToUpper(e.Code) != e.Code) {
			return fmt.Errorf("code %q is not an ISO 3166-1 alpha-2 code", e.Code)
		}
	}
	// The name is matched by the default rules; aliases may carry a flag.
	surfaces := []string{e.Name}
	if len(fields) > 2 {
		for _, a := range splitList(fields[2]) {
			surfaces = append(surfaces, a)
		}
	}
	for i, sf := range surfaces {
		flag := nameFlag
		if i > 0 {
			flag = 0
		}
		if i > 0 && strings.ContainsRune("=^~!", rune(sf[0])) {
			flag, sf = sf[0], strings.TrimSpace(sf[1:])
		}
		if sf == "" {
			return fmt.Errorf("empty alias")
		}
		if i > 0 && strings.HasPrefix(strings.ToLower(sf), "the ") {
			return fmt.Errorf("alias %q starts with \"the\": leave it out, the matcher finds the name without it", sf)
		}
		if flag == 0 && e.Kind != domain.Issue && !strings.ContainsAny(sf, " -") && strings.ToLower(sf) == sf {
			return fmt.Errorf("%q is one lower-case word: it would match the English word anywhere (flag it '~' if that is intended)", sf)
		}
		if i > 0 {
			e.Aliases = append(e.Aliases, sf)
		}
		key := lookupKey(sf)
		if key == "" {
			return fmt.Errorf("alias %q folds to nothing", sf)
		}
		if prev, ok := b.lookup[key]; ok && prev != e {
			return fmt.Errorf("%q already names %s %q (%s)", sf, prev.Kind, prev.Name, b.where[prev])
		}
		b.lookup[key] = e
		b.forms = append(b.forms, form{entry: e, surface: sf, matched: flag != '!'})
		if flag == '!' {
			continue // lookup only, never matched in text
		}
		p, err := compilePattern(e, sf, flag)
		if err != nil {
			return fmt.Errorf("alias %q: %w", sf, err)
		}
		b.pats = append(b.pats, p...)
	}
	if len(fields) > 4 {
		for _, d := range splitList(fields[4]) {
			key := lookupKey(d)
			if prev, ok := b.demonyms[key]; ok && prev != e {
				return fmt.Errorf("demonym %q already belongs to %q (%s)", d, prev.Name, b.where[prev])
			}
			if !unicode.IsUpper([]rune(d)[0]) {
				return fmt.Errorf("demonym %q should be capitalised", d)
			}
			b.demonyms[key] = e
		}
	}
	b.where[e] = at
	e.index = len(b.entries)
	b.entries = append(b.entries, e)
	return nil
}

func splitList(s string) []string {
	var out []string
	for _, a := range strings.Split(s, ";") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

func (b *builder) build() (*KB, error) {
	// Two entries may not share a surface form: one of them would never be
	// found. (Lookup keys are already unique; this catches forms that fold
	// apart there but match alike, such as plural variants.)
	owner := map[string]*pattern{}
	pats := make([]pattern, 0, len(b.pats))
	for i := range b.pats {
		p := &b.pats[i]
		if prev, ok := owner[p.key]; ok {
			if prev.entry != p.entry {
				return nil, fmt.Errorf("%s: %q matches like %q of %q (%s)", b.where[p.entry], p.surface, prev.surface, prev.entry.Name, b.where[prev.entry])
			}
			// The same entry written two ways ("ByteDance", "Bytedance"):
			// one pattern, with only the case rules both forms share.
			prev.reqs = sharedReqs(prev.reqs, p.reqs)
			continue
		}
		pats = append(pats, *p)
		owner[p.key] = &pats[len(pats)-1]
	}
	m, err := newMatcher(pats)
	if err != nil {
		return nil, fmt.Errorf("building matcher: %w", err)
	}
	return &KB{entries: b.entries, lookup: b.lookup, demonyms: b.demonyms, m: m, forms: b.forms}, nil
}

// sharedReqs keeps the case rules found in both a and b.
func sharedReqs(a, b []caseReq) []caseReq {
	var out []caseReq
	for _, r := range a {
		for _, q := range b {
			if r == q {
				out = append(out, r)
				break
			}
		}
	}
	return out
}
