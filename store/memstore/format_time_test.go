package memstore

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/diplograph/diplograph/domain"
)

// datedExtraction is extraction's document with its evidence dated.
func datedExtraction(name string, date domain.Date, kind domain.DateKind) domain.Extraction {
	x := extraction(name, "cue-active")
	x.Document.Date = date
	x.Relations[0].Evidence[0].Date, x.Relations[0].Evidence[0].DateKind = date, kind
	return x
}

func TestDatesInTheFile(t *testing.T) {
	ctx := context.Background()
	dateOf := func(t *testing.T, s *Store) (domain.Date, domain.DateKind) {
		t.Helper()
		rels, _, err := s.Relations(ctx, domain.RelationQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if len(rels) != 1 {
			t.Fatalf("got %d relations, want 1", len(rels))
		}
		ev := rels[0].Evidence[0]
		return ev.Date, ev.DateKind
	}
	march := domain.Date{Year: 2024, Month: 3}

	t.Run("a file of format 2 opens undated and is marked format 3", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "graph.db")
		writeFile(t, path, 2, extraction("old.txt", "cue-active"))
		s, err := Open(path)
		if err != nil {
			t.Fatalf("open a format 2 file: %v", err)
		}
		if d, k := dateOf(t, s); !d.IsZero() || k != "" {
			t.Errorf("got %s %s, want no date", d, k)
		}
		if err := s.Close(ctx); err != nil {
			t.Fatal(err)
		}
		if v := fileVersion(t, path); v != 3 {
			t.Errorf("file marked format %d after opening, want 3", v)
		}
	})

	t.Run("dates survive a reopen", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "graph.db")
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Apply(ctx, []domain.Extraction{datedExtraction("a.txt", march, domain.DateStart)}); err != nil {
			t.Fatal(err)
		}
		if err := s.Close(ctx); err != nil {
			t.Fatal(err)
		}
		if s, err = Open(path); err != nil {
			t.Fatal(err)
		}
		defer s.Close(ctx)
		if d, k := dateOf(t, s); d != march || k != domain.DateStart {
			t.Errorf("got %s %s, want %s START", d, k, march)
		}
	})
}
