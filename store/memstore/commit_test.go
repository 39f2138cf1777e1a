package memstore

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/diplograph/diplograph/store/storetest"
)

// The graph takes a batch in while the file writes it; a write that fails
// must leave the graph as the file still has it.
func TestAFailedWriteLeavesTheGraphAsTheFileHasIt(t *testing.T) {
	ctx := context.Background()
	s, err := Open(filepath.Join(t.TempDir(), "graph.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	stored := storetest.Corpus(40, 10)
	if err := s.Apply(ctx, stored[:30]); err != nil {
		t.Fatal(err)
	}
	graphBefore, err := s.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	docsBefore, _ := s.Documents(ctx)
	// Ten documents the file holds, told differently, and ten new ones.
	batch := append(storetest.Corpus(40, 4)[20:30], stored[30:]...)
	s.mu.Lock()
	err = s.commit(batch, func(*bolt.Tx) error { return errors.New("disk full") })
	s.mu.Unlock()
	if err == nil {
		t.Fatal("a write that fails was reported as done")
	}
	t.Run("the graph is the one before the batch", func(t *testing.T) {
		graphAfter, err := s.Graph(ctx)
		if err != nil {
			t.Fatal(err)
		}
		storetest.AssertSameGraph(t, graphBefore, graphAfter)
		if docsAfter, _ := s.Documents(ctx); !reflect.DeepEqual(docsBefore, docsAfter) {
			t.Errorf("documents after the failed write:\n%v\nbefore:\n%v", docsAfter, docsBefore)
		}
	})
	t.Run("the same batch is taken once the file takes it", func(t *testing.T) {
		if err := s.Apply(ctx, batch); err != nil {
			t.Fatal(err)
		}
		docs, _ := s.Documents(ctx)
		if len(docs) != 40 {
			t.Errorf("%d documents, want 40", len(docs))
		}
	})
}
