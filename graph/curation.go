package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/diplograph/diplograph/curation"
	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/graph/model"
)

// Corrector makes and undoes curators' corrections; the Curator offers it
// when the server has an admin token.
type Corrector interface {
	Do(ctx context.Context, c domain.Curation) (domain.Curation, error)
	Undo(ctx context.Context, id, by, reason string) (domain.Curation, error)
	Import(ctx context.Context, entries []domain.Curation) (int, error)
}

// curationLogger is a store that keeps a curation log; both stores do.
type curationLogger interface {
	CurationLog(ctx context.Context) ([]domain.Curation, error)
}

// maxImportBytes bounds an imported log, within the request body limit.
const maxImportBytes = 512 << 10

func (r *Resolver) corrector(ctx context.Context) (Corrector, error) {
	if err := r.requireCurator(ctx); err != nil {
		return nil, err
	}
	c, ok := r.Curator.(Corrector)
	if !ok {
		return nil, userError{code: CodeForbidden, msg: "this server makes no corrections"}
	}
	return c, nil
}

// curate checks the token and the reason, makes the correction and shows
// what was recorded.
func (r *Resolver) curate(ctx context.Context, c domain.Curation, curator *string, reason string) (*model.CurationEntry, error) {
	cr, err := r.corrector(ctx)
	if err != nil {
		return nil, err
	}
	if reason == "" {
		return nil, badInput("a correction needs a reason")
	}
	c.Reason = reason
	if curator != nil {
		c.Curator = *curator
	}
	done, err := cr.Do(ctx, c)
	if err != nil {
		return nil, curationError(err)
	}
	return &model.CurationEntry{C: done}, nil
}

func (r *Resolver) undoCuration(ctx context.Context, id string, curator *string, reason string) (*model.CurationEntry, error) {
	cr, err := r.corrector(ctx)
	if err != nil {
		return nil, err
	}
	by := ""
	if curator != nil {
		by = *curator
	}
	done, err := cr.Undo(ctx, id, by, reason)
	if err != nil {
		return nil, curationError(err)
	}
	return &model.CurationEntry{C: done}, nil
}

func (r *Resolver) importCurationLog(ctx context.Context, raw string) (int, error) {
	cr, err := r.corrector(ctx)
	if err != nil {
		return 0, err
	}
	if len(raw) > maxImportBytes {
		return 0, badInput(fmt.Sprintf("the log must be at most %d bytes", maxImportBytes))
	}
	var entries []domain.Curation
	if err := json.Unmarshal([]byte(raw), &entries); err != nil {
		return 0, badInput("json is not a curation log (an array of entries as curationLogJSON gives): " + err.Error())
	}
	n, err := cr.Import(ctx, entries)
	if err != nil {
		return n, curationError(err)
	}
	return n, nil
}

func (r *Resolver) curationLog(ctx context.Context) ([]domain.Curation, error) {
	l, ok := r.Store.(curationLogger)
	if !ok {
		return []domain.Curation{}, nil
	}
	return l.CurationLog(ctx)
}

// curationError shows an impossible correction as the client's mistake.
func curationError(err error) error {
	if errors.Is(err, curation.ErrBadInput) {
		return badInput(err.Error())
	}
	return err
}

func (r *Resolver) curationLogJSON(ctx context.Context) (string, error) {
	log, err := r.curationLog(ctx)
	if err != nil {
		return "", err
	}
	raw, err := json.Marshal(log)
	if err != nil {
		return "", fmt.Errorf("encode curation log: %w", err)
	}
	return string(raw), nil
}
