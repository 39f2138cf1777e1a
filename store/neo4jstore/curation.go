package neo4jstore

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/domain"
)

// The curation log is kept in :Curation nodes, apart from the entities and
// documents extractions write, each entry as JSON under its ID (which sorts
// in the order entries were made).
const (
	cypherCurationLog = `MATCH (c:Curation) RETURN c.entry ORDER BY c.id`
	cypherPutCuration = `MERGE (c:Curation {id: $id}) SET c.entry = $entry`
)

// CurationLog returns every entry of the curation log, undone ones
// included, in the order they were made.
func (s *Store) CurationLog(ctx context.Context) ([]domain.Curation, error) {
	return read(ctx, s, "curation log", func(tx neo4j.ManagedTransaction) ([]domain.Curation, error) {
		recs, err := collect(ctx, tx, cypherCurationLog, nil)
		if err != nil {
			return nil, err
		}
		out := make([]domain.Curation, 0, len(recs))
		for _, r := range recs {
			var c domain.Curation
			if err := json.Unmarshal([]byte(asString(r.Values[0])), &c); err != nil {
				return nil, fmt.Errorf("decode curation: %w", err)
			}
			out = append(out, c)
		}
		return out, nil
	})
}

// Curate records c (a new entry, or a new state of one, such as undone) and
// applies xs, the extractions it changes, in one transaction: a correction
// is either wholly in the graph and the log or not at all.
func (s *Store) Curate(ctx context.Context, c domain.Curation, xs []domain.Extraction) error {
	if c.ID == "" {
		return fmt.Errorf("neo4j curate: entry without an ID")
	}
	for _, x := range xs {
		if err := x.Validate(); err != nil {
			return fmt.Errorf("neo4j curate %s: %w", c.ID, err)
		}
	}
	entry, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("neo4j curate %s: %w", c.ID, err)
	}
	bs := batches(xs)
	// A correction rewrites extractions already in the graph: its batches
	// read what they need, and the store remembers nothing past it.
	w := s.written
	w.mu.Lock()
	defer w.mu.Unlock()
	w.forget()
	// A correction changes answers even when it rewrites no extraction (an
	// undo of a rename, the log itself): the version moves in any case.
	defer s.changed()
	return write(ctx, s, "curate "+c.ID, func(tx neo4j.ManagedTransaction) error {
		if _, _, _, err := begin(ctx, tx, w, 1, nil); err != nil {
			return err
		}
		if err := exec(ctx, tx, cypherPutCuration, map[string]any{"id": c.ID, "entry": string(entry)}); err != nil {
			return err
		}
		for _, b := range bs {
			if err := b.apply(ctx, w, &outcome{})(tx); err != nil {
				return err
			}
		}
		return nil
	})
}
