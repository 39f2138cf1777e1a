package loader

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/domain"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestLoad(t *testing.T) {
	ctx := context.Background()
	ex := testExtractor(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":        "Germany is a member of the United Nations.",
		"sub/b.md":     "# B\n\nFrance supports the G7.",
		"sub/c.html":   "<p>India partners with Google.</p>",
		"bad.txt":      "broken \x00 binary",
		"notes.pdf":    "not a document type we read",
		"sub/empty.md": "",
	})
	store := newMemStore()

	t.Run("a first load applies every good document and reports the bad ones", func(t *testing.T) {
		rep, err := Load(ctx, store, ex, []string{dir}, LoadOptions{BatchSize: 2})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Documents != 3 || rep.Skipped != 0 || len(rep.Failures) != 2 {
			t.Fatalf("report %+v", rep)
		}
		failed := map[string]bool{}
		for _, f := range rep.Failures {
			failed[f.Name] = true
		}
		if !failed["bad.txt"] || !failed["empty.md"] {
			t.Errorf("failures %v", rep.Failures)
		}
		if rep.Relations < 3 || rep.Entities < 6 {
			t.Errorf("report counts %+v", rep)
		}
		if len(store.docs) != 3 {
			t.Errorf("store holds %d documents", len(store.docs))
		}
	})

	t.Run("a second load of the same files skips them all", func(t *testing.T) {
		applies := store.applies
		rep, err := Load(ctx, store, ex, []string{dir}, LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Documents != 0 || rep.Skipped != 3 || store.applies != applies {
			t.Errorf("report %+v, %d more applies", rep, store.applies-applies)
		}
	})

	t.Run("a changed document is applied again and replaces the old one", func(t *testing.T) {
		writeFiles(t, dir, map[string]string{"a.txt": "Germany opposes censorship."})
		rep, err := Load(ctx, store, ex, []string{dir}, LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Documents != 1 || rep.Skipped != 2 {
			t.Fatalf("report %+v", rep)
		}
		x := store.docs[domain.DocumentID("a.txt")]
		if !strings.Contains(x.Document.Text, "censorship") {
			t.Errorf("store still holds %q", x.Document.Text)
		}
	})

	t.Run("a removed document leaves the store", func(t *testing.T) {
		rep, err := Load(ctx, store, ex, nil, LoadOptions{Remove: []string{"b.md", "never-loaded.txt"}})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Removed != 1 || len(rep.Failures) != 1 || rep.Failures[0].Name != "never-loaded.txt" {
			t.Errorf("report %+v", rep)
		}
		if _, ok := store.docs[domain.DocumentID("b.md")]; ok {
			t.Error("b.md is still loaded")
		}
	})

	t.Run("a file of an unknown type named outright is a failure", func(t *testing.T) {
		rep, err := Load(ctx, newMemStore(), ex, []string{filepath.Join(dir, "notes.pdf"), filepath.Join(dir, "missing.txt")}, LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Failures) != 2 {
			t.Errorf("failures %v", rep.Failures)
		}
	})

	t.Run("two files with one name do not overwrite each other silently", func(t *testing.T) {
		other := t.TempDir()
		writeFiles(t, other, map[string]string{"x/a.txt": "France supports the G7.", "y/a.txt": "India supports the G7."})
		rep, err := Load(ctx, newMemStore(), ex, []string{other}, LoadOptions{Workers: 1})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Documents != 1 || len(rep.Failures) != 1 {
			t.Errorf("report %+v", rep)
		}
	})
}

func TestLoadIsolatesADocumentTheStoreRefuses(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "France supports the G7.", "b.txt": "India supports the G7.", "c.txt": "Germany supports the G7."})
	store := newMemStore()
	store.fail["b.txt"] = errors.New("constraint violated")
	rep, err := Load(context.Background(), store, testExtractor(t), []string{dir}, LoadOptions{BatchSize: 10})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Documents != 2 || len(rep.Failures) != 1 || rep.Failures[0].Name != "b.txt" {
		t.Errorf("report %+v", rep)
	}
}

// downStore is a store whose backend cannot be reached.
type downStore struct{ memStore }

func (d *downStore) Apply(context.Context, []domain.Extraction) error {
	return fmt.Errorf("connect: %w", domain.ErrUnavailable)
}

func TestLoadStopsWhenTheStoreIsDown(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "France supports the G7."})
	_, err := Load(context.Background(), &downStore{*newMemStore()}, testExtractor(t), []string{dir}, LoadOptions{})
	if !errors.Is(err, domain.ErrUnavailable) {
		t.Errorf("got %v, want ErrUnavailable", err)
	}
}

func TestLoadStopsWhenCancelled(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 50 {
		files[fmt.Sprintf("d%02d.txt", i)] = "France supports the G7."
	}
	writeFiles(t, dir, files)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Load(ctx, newMemStore(), testExtractor(t), []string{dir}, LoadOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}

func TestLoadDrawsNoProgressOffATerminal(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "France supports the G7."})
	var buf bytes.Buffer
	if _, err := Load(context.Background(), newMemStore(), testExtractor(t), []string{dir}, LoadOptions{Progress: &buf}); err != nil {
		t.Fatal(err)
	}
	if buf.Len() != 0 {
		t.Errorf("progress written to a buffer: %q", buf.String())
	}
}
