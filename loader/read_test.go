package loader

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadFileRefusesBadDocuments(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string
		content []byte
		want    error
	}{
		{"an empty file is refused", nil, ErrEmpty},
		{"a file of blanks is refused", []byte(" \n\t\n "), ErrEmpty},
		{"a file with NUL bytes is refused as binary", []byte("PK\x03\x04\x00\x00binary"), ErrBinary},
		{"invalid UTF-8 is refused", []byte("caf\xe9 au lait"), ErrInvalidUTF8},
		{"a line too long to be prose is refused", []byte(strings.Repeat("a", MaxLineLength+1)), ErrLongLine},
		{"an HTML page with no visible text is refused", []byte("<html><script>x()</script></html>"), ErrEmpty},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ext := ".txt"
			if strings.HasPrefix(string(tc.content), "<html") {
				ext = ".html"
			}
			path := filepath.Join(dir, "doc"+string(rune('a'+i))+ext)
			if err := os.WriteFile(path, tc.content, 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := ReadFile(path)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if !strings.Contains(err.Error(), filepath.Base(path)) {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
	t.Run("a missing file is an error naming it", func(t *testing.T) {
		_, err := ReadFile(filepath.Join(dir, "nothere.txt"))
		if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "nothere.txt") {
			t.Errorf("got %v", err)
		}
	})
	t.Run("an unknown extension is refused", func(t *testing.T) {
		_, err := ReadFile(filepath.Join(dir, "data.pdf"))
		if !errors.Is(err, ErrUnsupported) {
			t.Errorf("got %v", err)
		}
	})
	t.Run("a file larger than the limit is refused", func(t *testing.T) {
		if _, err := ParseDoc("big.txt", make([]byte, MaxFileSize+1)); !errors.Is(err, ErrTooLarge) {
			t.Errorf("got %v", err)
		}
	})
}

func TestReadFileKeepsTextAndIdentity(t *testing.T) {
	doc, err := ReadFile(filepath.Join("testdata", "strategy.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Name != "strategy.txt" || doc.ID != "document:strategy-txt" || doc.Hash == "" {
		t.Errorf("identity: %+v", doc)
	}
	if !strings.HasPrefix(doc.Text, "French Strategy for Digital Cooperation\n") {
		t.Errorf("text starts %q", doc.Text[:40])
	}
}

func TestReadersCleanMarkup(t *testing.T) {
	tests := []struct {
		name, file, content string
		want, notWant       []string
	}{
		{
			name:    "markdown loses its markup but keeps link text and list items",
			file:    "a.md",
			content: "# Title\n\nSome **bold** and [linked text](http://x.org) here.\n\n* item one\n\n```\ncode\n```\n",
			want:    []string{"Title\n", "Some bold and linked text here.", "- item one"},
			notWant: []string{"#", "**", "http://", "code"},
		},
		{
			name:    "markdown's front matter gives its title line and keeps no other field",
			file:    "a.md",
			content: "---\ntitle: \"Chile joins the DEPA\"\nauthor: Jane Doe\ndate: 2023-05-12\n---\n\nChile signed the agreement in 2020.\n",
			want:    []string{"Chile joins the DEPA\n\n", "Chile signed the agreement in 2020."},
			notWant: []string{"author", "Jane Doe", "2023-05-12", "title:"},
		},
		{
			name:    "markdown's front matter gives no second title when a heading repeats it",
			file:    "a.md",
			content: "---\ntitle: Chile joins the DEPA\n---\n# Chile joins the DEPA\n\nText.\n",
			want:    []string{"Chile joins the DEPA\n\nText."},
			notWant: []string{"Chile joins the DEPA\nChile joins the DEPA", "Chile joins the DEPA\n\nChile joins the DEPA"},
		},
		{
			name:    "markdown's front matter title is read as YAML, escapes and quoting included",
			file:    "a.md",
			content: "---\ntags: statements\ntitle: \"Quad Leaders\\u2019 Joint Statement: \\u201CThe Spirit of the\\_Quad\\u201D\"\n---\n\nWe met.\n",
			want:    []string{"Quad Leaders\u2019 Joint Statement: \u201cThe Spirit of the Quad\u201d\n", "We met."},
			notWant: []string{"\\u2019", "tags"},
		},
		{
			name:    "markdown's hard-wrapped paragraph reads as one line, as the rendered page shows it",
			file:    "a.md",
			content: "The Memorandum on the Fight\nAgainst Corruption was **issued\nin June**.  \nA hard break stays.\n\n- item one\n  continues\n- item two\n# Heading\nText\n===\nMore.\n",
			want:    []string{"The Memorandum on the Fight Against Corruption was issued in June.\nA hard break stays.", "- item one continues\n- item two\nHeading\nText\nMore."},
			notWant: []string{"**", "Fight\nAgainst"},
		},
		{
			name:    "markdown's bold written with underscores loses its marks",
			file:    "a.md",
			content: "- __Semiconductor Materials:__ Japan leads.\n",
			want:    []string{"- Semiconductor Materials: Japan leads."},
			notWant: []string{"_"},
		},
		{
			name:    "HTML loses scripts, styles, navigation, header and footer",
			file:    "a.html",
			content: "<html><head><title>T</title><style>p{}</style></head><body><nav>Menu</nav><header>Banner</header><p>Hello <i>world</i>.</p><ul><li>One</li><li>Two</li></ul><script>evil()</script><footer>Foot</footer></body></html>",
			want:    []string{"Hello world.", "- One\n- Two"},
			notWant: []string{"Menu", "Banner", "evil", "Foot", "p{}"},
		},
		{
			name:    "plain text is kept as written, with Windows line ends made plain",
			file:    "a.txt",
			content: "Line one.\r\nLine two.\r\n",
			want:    []string{"Line one.\nLine two."},
			notWant: []string{"\r"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := ParseDoc(tc.file, []byte(tc.content))
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(doc.Text, w) {
					t.Errorf("text %q lacks %q", doc.Text, w)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(doc.Text, w) {
					t.Errorf("text %q still has %q", doc.Text, w)
				}
			}
		})
	}
}
