package loader

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// boilerplate elements hold navigation, scripts and page chrome, not the
// document's prose; their words would only add noise mentions.
var boilerplate = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Head: true, atom.Svg: true, atom.Math: true, atom.Iframe: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Object: true,
}

// block elements end a line: a heading or list item is a sentence of its own
// even without final punctuation.
var block = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Table: true, atom.Tr: true, atom.Blockquote: true, atom.Pre: true, atom.Br: true,
	atom.Hr: true, atom.Figure: true, atom.Figcaption: true, atom.Caption: true, atom.Address: true,
	atom.Td: true, atom.Th: true,
}

func htmlText(s string) (string, error) {
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return "", fmt.Errorf("parse html: %w", err)
	}
	var w htmlWriter
	w.walk(root)
	body := w.text()
	if title := strings.Join(strings.Fields(findTitle(root)), " "); title != "" && !strings.HasPrefix(body, title) {
		body = title + "\n\n" + body
	}
	return body, nil
}

// htmlWriter collects visible text, collapsing the source's layout
// whitespace the way a browser does and breaking lines at blocks.
type htmlWriter struct {
	b     strings.Builder
	space bool // a space is owed before the next word
}

func (w *htmlWriter) walk(n *html.Node) {
	switch n.Type {
	case html.ElementNode:
		if boilerplate[n.DataAtom] || hidden(n) {
			return
		}
		if block[n.DataAtom] {
			w.newline()
			if n.DataAtom == atom.Li {
				w.b.WriteString("- ")
			}
		}
		if n.DataAtom == atom.Pre {
			w.b.WriteString(strings.TrimSpace(textOf(n)))
			w.newline()
			return
		}
	case html.TextNode:
		w.words(n.Data)
		return
	case html.CommentNode, html.DoctypeNode:
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if n.Type == html.ElementNode && block[n.DataAtom] {
		w.newline()
	}
}

func (w *htmlWriter) words(s string) {
	if s == "" {
		return
	}
	if startsSpace(s) {
		w.space = true
	}
	for i, f := range strings.Fields(s) {
		if i > 0 || w.space {
			w.sep()
		}
		w.b.WriteString(f)
		w.space = false
	}
	if endsSpace(s) {
		w.space = true
	}
}

func (w *htmlWriter) sep() {
	if w.b.Len() > 0 && !strings.HasSuffix(w.b.String(), "\n") && !strings.HasSuffix(w.b.String(), "- ") {
		w.b.WriteByte(' ')
	}
}

func (w *htmlWriter) newline() {
	w.space = false
	s := w.b.String()
	if s == "" || strings.HasSuffix(s, "\n") {
		return
	}
	w.b.WriteByte('\n')
}

func (w *htmlWriter) text() string {
	lines := strings.Split(w.b.String(), "\n")
	out := lines[:0]
	blank := false
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || l == "-" {
			if !blank && len(out) > 0 {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, l)
		blank = false
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden", "aria-hidden":
			if a.Key == "hidden" || a.Val == "true" {
				return true
			}
		case "style":
			v := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		case "role":
			if a.Val == "navigation" || a.Val == "banner" || a.Val == "contentinfo" {
				return true
			}
		}
	}
	return false
}

func findTitle(n *html.Node) string {
	if n.Type == html.ElementNode && n.DataAtom == atom.Title {
		return textOf(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := findTitle(c); t != "" {
			return t
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return b.String()
}

func startsSpace(s string) bool { return s[0] == ' ' || s[0] == '\n' || s[0] == '\t' || s[0] == '\r' }
func endsSpace(s string) bool {
	c := s[len(s)-1]
	return c == ' ' || c == '\n' || c == '\t' || c == '\r'
}
