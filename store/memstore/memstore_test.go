package memstore_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/lens"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/storetest"
)

func TestConformanceInMemory(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Store { return memstore.New() })
}

func TestConformancePersisted(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Store {
		s, err := memstore.Open(filepath.Join(t.TempDir(), "graph.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestReopenedStoreHoldsTheSameGraph(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.db")
	ctx := context.Background()
	s, err := memstore.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	storetest.ApplyFixture(t, ctx, s)
	before, err := s.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(ctx); err != nil {
		t.Fatal(err)
	}
	reopened, err := memstore.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer reopened.Close(ctx)
	after, err := reopened.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	storetest.AssertSameGraph(t, before, after)
}

func TestReopenedStoreKeepsItsLenses(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.db")
	ctx := context.Background()
	s, err := memstore.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	storetest.ApplyFixture(t, ctx, s)
	saved, err := lens.Save(ctx, s, domain.Lens{Title: "Germany", View: domain.LensView{Focus: "actor:germany"}}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(ctx); err != nil {
		t.Fatal(err)
	}
	reopened, err := memstore.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer reopened.Close(ctx)
	o, err := lens.Open(ctx, reopened, saved.ID)
	if err != nil {
		t.Fatalf("the lens did not survive reopening: %v", err)
	}
	if o.Stale() || len(o.Lens.Relations) == 0 || o.Lens.Title != "Germany" {
		t.Errorf("reopened lens: stale %t, %d relations, title %q", o.Stale(), len(o.Lens.Relations), o.Lens.Title)
	}
}
