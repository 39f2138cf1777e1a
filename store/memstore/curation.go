package memstore

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/diplograph/diplograph/domain"
)

// The curation log lives in a bucket of its own, apart from the documents'
// extractions, one JSON entry per key (the entry's ID, which sorts in the
// order entries were made).
var bucketCuration = []byte("curation")

func (s *Store) restoreCurations(tx *bolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists(bucketCuration)
	if err != nil {
		return err
	}
	return b.ForEach(func(k, v []byte) error {
		var c domain.Curation
		if err := json.Unmarshal(v, &c); err != nil {
			return fmt.Errorf("decode curation %s: %w", k, err)
		}
		s.curations = append(s.curations, c)
		return nil
	})
}

// CurationLog returns every entry of the curation log, undone ones
// included, in the order they were made.
func (s *Store) CurationLog(ctx context.Context) ([]domain.Curation, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return slices.Clone(s.curations), nil
}

// Curate records c (a new entry, or a new state of one, such as undone) and
// applies xs, the extractions it changes, in one file transaction.
func (s *Store) Curate(ctx context.Context, c domain.Curation, xs []domain.Extraction) error {
	if c.ID == "" {
		return fmt.Errorf("embedded curate: entry without an ID")
	}
	for _, x := range xs {
		if err := cmp.Or(x.Validate(), fitsInt32(&x)); err != nil {
			return fmt.Errorf("embedded curate %s: %w", c.ID, err)
		}
	}
	entry, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("embedded curate %s: %w", c.ID, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	err = s.commit(xs, func(tx *bolt.Tx) error {
		return tx.Bucket(bucketCuration).Put([]byte(c.ID), entry)
	})
	if err != nil {
		return fmt.Errorf("embedded curate %s: %w", c.ID, err)
	}
	if i := slices.IndexFunc(s.curations, func(o domain.Curation) bool { return o.ID == c.ID }); i >= 0 {
		s.curations[i] = c
	} else {
		s.curations = append(s.curations, c)
		slices.SortFunc(s.curations, func(a, b domain.Curation) int { return cmp.Compare(a.ID, b.ID) })
	}
	return nil
}
