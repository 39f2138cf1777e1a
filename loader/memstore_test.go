package loader

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/diplograph/diplograph/domain"
)

// memStore is the smallest Writer: it keeps each document's latest
// extraction, which is all the loader's tests need to see.
type memStore struct {
	mu      sync.Mutex
	docs    map[string]domain.Extraction
	applies int
	fail    map[string]error // document name -> error Apply returns for it
}

func newMemStore() *memStore {
	return &memStore{docs: map[string]domain.Extraction{}, fail: map[string]error{}}
}

func (m *memStore) Apply(_ context.Context, xs []domain.Extraction) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, x := range xs {
		if err := m.fail[x.Document.Name]; err != nil {
			return err
		}
		if err := x.Validate(); err != nil {
			return err
		}
	}
	m.applies++
	for _, x := range xs {
		m.docs[x.Document.ID] = x
	}
	return nil
}

func (m *memStore) RemoveDocument(_ context.Context, id string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.docs[id]; !ok {
		return fmt.Errorf("document %s: %w", id, domain.ErrNotFound)
	}
	delete(m.docs, id)
	return nil
}

func (m *memStore) Documents(context.Context) ([]domain.DocumentInfo, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []domain.DocumentInfo
	for _, x := range m.docs {
		d := x.Document
		out = append(out, domain.DocumentInfo{ID: d.ID, Name: d.Name, Hash: d.Hash, Size: utf8.RuneCountInString(d.Text)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}
