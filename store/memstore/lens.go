package memstore

import (
	"context"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/diplograph/diplograph/domain"
)

// Saved lenses live in a bucket of their own, one JSON lens per key (its
// ID), apart from the extractions: reloading or removing a document never
// touches them. A file written before lenses existed simply lacks the
// bucket, so it needs no new format version.
var bucketLenses = []byte("lenses")

func (s *Store) restoreLenses(tx *bolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists(bucketLenses)
	if err != nil {
		return err
	}
	return b.ForEach(func(k, v []byte) error {
		var l domain.Lens
		if err := json.Unmarshal(v, &l); err != nil {
			return fmt.Errorf("decode lens %s: %w", k, err)
		}
		s.lenses[l.ID] = l
		return nil
	})
}

// SaveLens keeps l unless a lens with its ID exists, and returns the lens
// kept under the ID. It leaves the graph and its version alone.
func (s *Store) SaveLens(ctx context.Context, l domain.Lens) (domain.Lens, error) {
	if l.ID == "" {
		return domain.Lens{}, fmt.Errorf("embedded save lens: lens without an ID")
	}
	s.lensMu.Lock()
	defer s.lensMu.Unlock()
	if kept, ok := s.lenses[l.ID]; ok {
		return kept, nil
	}
	if s.db != nil {
		body, err := json.Marshal(l)
		if err != nil {
			return domain.Lens{}, fmt.Errorf("embedded save lens %s: %w", l.ID, err)
		}
		err = s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketLenses).Put([]byte(l.ID), body) })
		if err != nil {
			return domain.Lens{}, fmt.Errorf("embedded save lens %s: %w", l.ID, err)
		}
	}
	s.lenses[l.ID] = l
	return l, nil
}

// Lens returns the lens with the ID.
func (s *Store) Lens(ctx context.Context, id string) (domain.Lens, error) {
	s.lensMu.RLock()
	defer s.lensMu.RUnlock()
	l, ok := s.lenses[id]
	if !ok {
		return domain.Lens{}, fmt.Errorf("lens %s: %w", id, domain.ErrNotFound)
	}
	return l, nil
}
