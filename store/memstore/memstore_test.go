package memstore_test

import (
	"context"
	"path/filepath"
	"testing"

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
