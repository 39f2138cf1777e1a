package neo4jstore

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/domain"
)

// Saved lenses are :Lens nodes, apart from the entities and documents that
// extractions write (so no reload touches them), each lens as JSON under its
// ID: a lens is read and written whole, never queried by its parts.
const (
	// ON CREATE keeps the lens saved first: an ID names one content, and
	// the first save's time is the one to cite.
	cypherSaveLens = `MERGE (l:Lens {id: $id}) ON CREATE SET l.body = $body RETURN l.body`
	cypherLens     = `MATCH (l:Lens {id: $id}) RETURN l.body`
)

// SaveLens keeps l unless a lens with its ID exists, and returns the lens
// kept under the ID. It leaves the graph and its version alone.
func (s *Store) SaveLens(ctx context.Context, l domain.Lens) (domain.Lens, error) {
	if l.ID == "" {
		return domain.Lens{}, fmt.Errorf("neo4j save lens: lens without an ID")
	}
	body, err := json.Marshal(l)
	if err != nil {
		return domain.Lens{}, fmt.Errorf("neo4j save lens %s: %w", l.ID, err)
	}
	var kept string
	err = write(ctx, s, "save lens "+l.ID, func(tx neo4j.ManagedTransaction) error {
		recs, err := collect(ctx, tx, cypherSaveLens, map[string]any{"id": l.ID, "body": string(body)})
		if err != nil {
			return err
		}
		if len(recs) != 1 {
			return fmt.Errorf("saving returned %d lenses", len(recs))
		}
		kept = asString(recs[0].Values[0])
		return nil
	})
	if err != nil {
		return domain.Lens{}, err
	}
	return decodeLens(l.ID, kept)
}

// Lens returns the lens with the ID.
func (s *Store) Lens(ctx context.Context, id string) (domain.Lens, error) {
	body, err := read(ctx, s, "lens "+id, func(tx neo4j.ManagedTransaction) (string, error) {
		recs, err := collect(ctx, tx, cypherLens, map[string]any{"id": id})
		if err != nil || len(recs) == 0 {
			return "", err
		}
		return asString(recs[0].Values[0]), nil
	})
	if err != nil {
		return domain.Lens{}, err
	}
	if body == "" {
		return domain.Lens{}, fmt.Errorf("lens %s: %w", id, domain.ErrNotFound)
	}
	return decodeLens(id, body)
}

func decodeLens(id, body string) (domain.Lens, error) {
	var l domain.Lens
	if err := json.Unmarshal([]byte(body), &l); err != nil {
		return domain.Lens{}, fmt.Errorf("decode lens %s: %w", id, err)
	}
	return l, nil
}
