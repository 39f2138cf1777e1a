package loader

import (
	"regexp"
	"slices"
	"strings"

	"github.com/goccy/go-yaml"
)

// Markdown is reduced to the prose a reader sees: markup would otherwise
// end up inside entity names and evidence sentences.
var (
	mdHeading   = regexp.MustCompile(`^\s{0,3}#{1,6}\s+`)
	mdClosingH  = regexp.MustCompile(`\s+#+\s*$`)
	mdQuote     = regexp.MustCompile(`^\s*(>\s?)+`)
	mdBullet    = regexp.MustCompile(`^(\s*)[*+]\s+`)
	mdImage     = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink      = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	mdRefLink   = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdRefDef    = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s+\S+`)
	mdEmphasis  = regexp.MustCompile(`(\*\*|__|\*|~~)(\S(?:.*?\S)?)(\*\*|__|\*|~~)`)
	mdUnderline = regexp.MustCompile(`(^|\W)_(\S(?:.*?\S)?)_(\W|$)`)
	mdCode      = regexp.MustCompile("`([^`]*)`")
	mdTag       = regexp.MustCompile(`</?[A-Za-z][^>]*>`)
	mdRule      = regexp.MustCompile(`^\s*([-*_]\s*){3,}$`)
	mdTableSep  = regexp.MustCompile(`^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$`)
	mdSetext    = regexp.MustCompile(`^\s*(=+|-+)\s*$`)
)

func markdownText(s string) (string, error) {
	var out []string
	fenced := false
	lines := strings.Split(s, "\n")
	if title, body, ok := frontMatter(lines); ok {
		// A static site's metadata block: its title is the document's
		// title line, the other fields are no prose.
		lines = body
		if title != "" && !slices.ContainsFunc(lines[:min(len(lines), 5)], func(l string) bool {
			return strings.TrimSpace(mdHeading.ReplaceAllString(l, "")) == title
		}) {
			out = append(out, title, "")
		}
	}
	// open is whether the last line kept is paragraph text the next line
	// may continue: Markdown renders a single line break inside a paragraph
	// as a space, and a hard-wrapped source would otherwise cut names and
	// sentences at its wraps ("the Fight\nAgainst Corruption").
	open, inQuote := false, false
	for _, line := range lines {
		trimmed := strings.TrimSpace(line)
		quote := strings.HasPrefix(trimmed, ">")
		continuation := open && trimmed != "" && !startsBlock(trimmed) && (!quote || inQuote)
		hardBreak := strings.HasSuffix(line, "  ") || strings.HasSuffix(line, "\\")
		open, inQuote = false, quote
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			// Code is not prose: nothing in it states a relation.
			fenced = !fenced
			continue
		}
		if fenced || mdRefDef.MatchString(line) || mdRule.MatchString(line) || mdTableSep.MatchString(line) {
			continue
		}
		if mdSetext.MatchString(line) && len(out) > 0 && strings.TrimSpace(out[len(out)-1]) != "" {
			continue
		}
		// Each rewrite runs only on lines with its marker: most prose lines
		// have none, and the regular expressions dominate the cost.
		if strings.HasPrefix(trimmed, "#") {
			line = mdHeading.ReplaceAllString(line, "")
			line = mdClosingH.ReplaceAllString(line, "")
		}
		if strings.HasPrefix(trimmed, ">") {
			line = mdQuote.ReplaceAllString(line, "")
		}
		line = mdBullet.ReplaceAllString(line, "$1- ")
		if strings.Contains(line, "](") || strings.Contains(line, "][") {
			line = mdImage.ReplaceAllString(line, "$1")
			line = mdLink.ReplaceAllString(line, "$1")
			line = mdRefLink.ReplaceAllString(line, "$1")
		}
		if strings.Contains(line, "`") {
			line = mdCode.ReplaceAllString(line, "$1")
		}
		if strings.Contains(line, "<") {
			line = mdTag.ReplaceAllString(line, "")
		}
		if strings.ContainsAny(line, "*~") || strings.Contains(line, "__") {
			for range 3 { // nested emphasis such as ***x***
				line = mdEmphasis.ReplaceAllString(line, "$2")
			}
		}
		if strings.Contains(line, "_") {
			line = mdUnderline.ReplaceAllString(line, "$1$2$3")
		}
		if t := strings.TrimSpace(line); strings.HasPrefix(t, "|") && strings.HasSuffix(t, "|") {
			cells := strings.Split(strings.Trim(t, "|"), "|")
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
			}
			line = strings.Join(cells, "; ")
		}
		line = strings.TrimRight(line, " \t\\")
		if continuation && strings.TrimSpace(line) != "" {
			joined := out[len(out)-1] + " " + strings.TrimSpace(line)
			if strings.ContainsAny(joined, "*~") { // emphasis across the wrap
				joined = mdEmphasis.ReplaceAllString(joined, "$2")
			}
			out[len(out)-1] = joined
		} else {
			out = append(out, line)
		}
		open = strings.TrimSpace(line) != "" && !hardBreak && !strings.HasPrefix(trimmed, "#") && !strings.HasPrefix(trimmed, "|")
	}
	return strings.Join(out, "\n"), nil
}

// startsBlock reports whether a trimmed Markdown line opens a block of its
// own (a heading, a list item, a table row, an HTML tag) rather than
// continuing the paragraph above it.
func startsBlock(trimmed string) bool {
	switch {
	case strings.HasPrefix(trimmed, "#"), strings.HasPrefix(trimmed, "|"), strings.HasPrefix(trimmed, "<"):
		return true
	case mdBullet.MatchString(trimmed), mdRule.MatchString(trimmed), mdSetext.MatchString(trimmed):
		return true
	}
	return bulletMarker(trimmed) > 0
}

// frontMatter splits off a YAML front matter block ("---" lines around
// "key: value" fields) from the lines of a Markdown file, with its title.
// The block is decoded as YAML because static-site generators write titles
// with YAML's quoting and escapes ("Leaders\u2019 Statement"); a block that
// is not valid YAML still gives its title line's text.
func frontMatter(lines []string) (title string, body []string, ok bool) {
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		return "", lines, false
	}
	for i := 1; i < len(lines) && i <= maxFrontMatter; i++ {
		l := strings.TrimSpace(lines[i])
		if l != "---" && l != "..." {
			continue
		}
		var fields map[string]any
		if yaml.Unmarshal([]byte(strings.Join(lines[1:i], "\n")), &fields) == nil {
			for k, v := range fields {
				if t, isText := v.(string); isText && strings.EqualFold(k, "title") {
					return strings.Join(strings.Fields(t), " "), lines[i+1:], true
				}
			}
			return "", lines[i+1:], true
		}
		for _, l := range lines[1:i] {
			if k, v, found := strings.Cut(l, ":"); found && strings.EqualFold(strings.TrimSpace(k), "title") {
				title = strings.Trim(strings.TrimSpace(v), `"'`)
			}
		}
		return title, lines[i+1:], true
	}
	return "", lines, false
}

// maxFrontMatter is how many lines a front matter block may take.
const maxFrontMatter = 60
