package curation

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/diplograph/diplograph/domain"
)

// ErrBadInput marks a correction that cannot be made as asked.
var ErrBadInput = errors.New("bad input")

// Store is what corrections read and write.
type Store interface {
	Node(ctx context.Context, id string) (domain.Node, error)
	Relations(ctx context.Context, q domain.RelationQuery) ([]domain.Relation, int, error)
	Document(ctx context.Context, id string) (domain.Doc, []domain.Mention, error)
	CurationLog(ctx context.Context) ([]domain.Curation, error)
	// Curate records the entry and applies the extractions in one transaction.
	Curate(ctx context.Context, c domain.Curation, xs []domain.Extraction) error
}

// Extractor reads a document again, so that a correction can be applied to
// what the document says.
type Extractor interface {
	Extract(doc domain.Doc) (domain.Extraction, error)
}

// Service makes, undoes and imports corrections: each is checked, recorded in
// the store's log and applied at once to the documents it touches, which are
// extracted again and rewritten with the whole log.
type Service struct {
	store Store
	ex    Extractor
	now   func() time.Time
	// mu serialises corrections, so that entry IDs follow one another and
	// each correction's documents are rewritten with the log it joins.
	mu sync.Mutex
}

// NewService returns a service over the store, extracting with ex.
func NewService(s Store, ex Extractor) *Service {
	return &Service{store: s, ex: ex, now: time.Now}
}

// Do checks the correction c, fills in its ID, time and the snapshots it
// needs, records it and applies it. Missing entities wrap
// domain.ErrNotFound; impossible corrections wrap ErrBadInput.
func (s *Service) Do(ctx context.Context, c domain.Curation) (domain.Curation, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	log, err := s.store.CurationLog(ctx)
	if err != nil {
		return domain.Curation{}, fmt.Errorf("curate: %w", err)
	}
	if err := s.complete(ctx, &c); err != nil {
		return domain.Curation{}, fmt.Errorf("curate %s: %w", c.Op, err)
	}
	c.ID = nextID(log)
	c.At = s.now().UTC()
	c.Undone, c.UndoneBy, c.UndoneAt, c.UndoNote = false, "", time.Time{}, ""
	if strings.TrimSpace(c.Curator) == "" {
		c.Curator = "curator"
	}
	if err := s.apply(ctx, c, append(log, c)); err != nil {
		return domain.Curation{}, fmt.Errorf("curate %s: %w", c.Op, err)
	}
	return c, nil
}

// Undo reverses the entry id: it stays in the log, marked undone by whom,
// when and why, and the documents it touched are applied again without it.
func (s *Service) Undo(ctx context.Context, id, by, reason string) (domain.Curation, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	log, err := s.store.CurationLog(ctx)
	if err != nil {
		return domain.Curation{}, fmt.Errorf("undo %s: %w", id, err)
	}
	i := slices.IndexFunc(log, func(c domain.Curation) bool { return c.ID == id })
	if i < 0 {
		return domain.Curation{}, fmt.Errorf("undo %s: %w", id, domain.ErrNotFound)
	}
	if log[i].Undone {
		return domain.Curation{}, fmt.Errorf("undo %s: already undone: %w", id, ErrBadInput)
	}
	c := log[i]
	c.Undone, c.UndoneBy, c.UndoneAt, c.UndoNote = true, cmpOr(strings.TrimSpace(by), "curator"), s.now().UTC(), reason
	log[i] = c
	if err := s.apply(ctx, c, log); err != nil {
		return domain.Curation{}, fmt.Errorf("undo %s: %w", id, err)
	}
	return c, nil
}

// Import adds the entries of an exported log that this log lacks (by ID),
// in ID order, applying each; it returns how many it added.
func (s *Service) Import(ctx context.Context, entries []domain.Curation) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	log, err := s.store.CurationLog(ctx)
	if err != nil {
		return 0, fmt.Errorf("import curation log: %w", err)
	}
	entries = slices.Clone(entries)
	slices.SortFunc(entries, func(a, b domain.Curation) int { return strings.Compare(a.ID, b.ID) })
	added := 0
	for _, c := range entries {
		if c.ID == "" || !validOp(c.Op) {
			return added, fmt.Errorf("import curation log: entry %q of op %q: %w", c.ID, c.Op, ErrBadInput)
		}
		if slices.ContainsFunc(log, func(o domain.Curation) bool { return o.ID == c.ID }) {
			continue
		}
		log = append(log, c)
		if err := s.apply(ctx, c, log); err != nil {
			return added, fmt.Errorf("import curation log: entry %s: %w", c.ID, err)
		}
		added++
	}
	return added, nil
}

func validOp(op domain.CurationOp) bool {
	return slices.Contains([]domain.CurationOp{domain.Merge, domain.SplitAlias, domain.Rename, domain.Retype, domain.RejectRelation, domain.AddRelation}, op)
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// nextID numbers entries so that their IDs sort in the order they are made.
func nextID(log []domain.Curation) string {
	for n := len(log) + 1; ; n++ {
		id := fmt.Sprintf("cur-%08d", n)
		if !slices.ContainsFunc(log, func(c domain.Curation) bool { return c.ID == id }) {
			return id
		}
	}
}

// apply extracts again every document the entry touches, rewrites each with
// log and hands them to the store with the entry, in one transaction.
func (s *Service) apply(ctx context.Context, c domain.Curation, log []domain.Curation) error {
	docs := map[string]bool{}
	if c.Document != "" {
		docs[c.Document] = true
	}
	for _, id := range c.Touches() {
		n, err := s.store.Node(ctx, id)
		if errors.Is(err, domain.ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		for _, d := range n.Documents {
			docs[d] = true
		}
	}
	ids := make([]string, 0, len(docs))
	for d := range docs {
		ids = append(ids, d)
	}
	slices.Sort(ids)
	xs := make([]domain.Extraction, 0, len(ids))
	for _, id := range ids {
		doc, _, err := s.store.Document(ctx, id)
		if errors.Is(err, domain.ErrNotFound) {
			continue // removed since: nothing of it to correct
		}
		if err != nil {
			return err
		}
		x, err := s.ex.Extract(doc)
		if err != nil {
			return fmt.Errorf("extract %s: %w", doc.Name, err)
		}
		xs = append(xs, Rewrite(x, log))
	}
	return s.store.Curate(ctx, c, xs)
}

// complete checks c against the graph and records the snapshots that let
// it be applied to any document later.
func (s *Service) complete(ctx context.Context, c *domain.Curation) error {
	entity := func(id string) (domain.Node, error) {
		if id == "" {
			return domain.Node{}, fmt.Errorf("no entity given: %w", ErrBadInput)
		}
		n, err := s.store.Node(ctx, id)
		if err == nil && n.Kind == domain.Document {
			err = fmt.Errorf("%s is a document, not an entity: %w", id, ErrBadInput)
		}
		return n, err
	}
	switch c.Op {
	case domain.Merge:
		into, err := entity(c.Entity)
		if err != nil {
			return err
		}
		other, err := entity(c.Other)
		if err != nil {
			return err
		}
		if into.ID == other.ID {
			return fmt.Errorf("an entity cannot absorb itself: %w", ErrBadInput)
		}
		into.Aliases, into.Documents, into.Mentions, into.Degree = nil, nil, 0, 0
		c.Into = &into
	case domain.SplitAlias:
		n, err := entity(c.Entity)
		if err != nil {
			return err
		}
		if !slices.ContainsFunc(n.Aliases, func(a string) bool { return domain.Fold(a) == domain.Fold(c.Name) }) {
			return fmt.Errorf("%q is not an alias of %s: %w", c.Name, n.ID, ErrBadInput)
		}
		if c.Kind == "" {
			c.Kind, c.Subtype = n.Kind, cmpOr(c.Subtype, n.Subtype)
		}
		if err := validKind(c.Kind, c.Subtype); err != nil {
			return err
		}
		if domain.NodeID(c.Kind, c.Name) == n.ID {
			return fmt.Errorf("%q would keep the ID %s: %w", c.Name, n.ID, ErrBadInput)
		}
	case domain.Rename:
		if _, err := entity(c.Entity); err != nil {
			return err
		}
		if c.Name = strings.TrimSpace(c.Name); c.Name == "" {
			return fmt.Errorf("the new name is empty: %w", ErrBadInput)
		}
	case domain.Retype:
		if _, err := entity(c.Entity); err != nil {
			return err
		}
		return validKind(c.Kind, c.Subtype)
	case domain.RejectRelation:
		rels, _, err := s.store.Relations(ctx, domain.RelationQuery{})
		if err != nil {
			return err
		}
		i := slices.IndexFunc(rels, func(r domain.Relation) bool { return r.ID == c.Relation })
		if i < 0 {
			return fmt.Errorf("relation %s: %w", c.Relation, domain.ErrNotFound)
		}
		c.Type = rels[i].Type
		if err := s.ends(ctx, c, rels[i].Source, rels[i].Target); err != nil {
			return err
		}
	case domain.AddRelation:
		if !c.Type.Valid() {
			return fmt.Errorf("relation type %q: %w", c.Type, ErrBadInput)
		}
		if c.SourceNode == nil || c.TargetNode == nil {
			return fmt.Errorf("no source or target given: %w", ErrBadInput)
		}
		if err := s.ends(ctx, c, c.SourceNode.ID, c.TargetNode.ID); err != nil {
			return err
		}
		if c.SourceNode.ID == c.TargetNode.ID {
			return fmt.Errorf("a relation needs two entities: %w", ErrBadInput)
		}
		doc, _, err := s.store.Document(ctx, c.Document)
		if err != nil {
			return err
		}
		if c.Text = strings.TrimSpace(c.Text); c.Text == "" || !strings.Contains(doc.Text, c.Text) {
			return fmt.Errorf("the evidence is not a passage of %s: %w", doc.Name, ErrBadInput)
		}
	default:
		return fmt.Errorf("unknown correction %q: %w", c.Op, ErrBadInput)
	}
	return nil
}

// ends records snapshots of a relation's two ends.
func (s *Service) ends(ctx context.Context, c *domain.Curation, source, target string) error {
	var snaps [2]*domain.Node
	for i, id := range []string{source, target} {
		n, err := s.store.Node(ctx, id)
		if err != nil {
			return err
		}
		n.Aliases, n.Documents, n.Mentions, n.Degree = nil, nil, 0, 0
		snaps[i] = &n
	}
	c.SourceNode, c.TargetNode = snaps[0], snaps[1]
	return nil
}

func validKind(k domain.Kind, subtype string) error {
	if !slices.Contains(domain.EntityKinds, k) {
		return fmt.Errorf("kind %q is not an entity kind: %w", k, ErrBadInput)
	}
	if !domain.ValidSubtype(k, subtype) {
		return fmt.Errorf("subtype %q is not one of %s's: %w", subtype, k, ErrBadInput)
	}
	return nil
}

// Logger is what a curated writer needs besides applying: the log.
type Logger interface {
	CurationLog(ctx context.Context) ([]domain.Curation, error)
}

// Applier is a store that loads extractions.
type Applier interface {
	Apply(ctx context.Context, xs []domain.Extraction) error
	RemoveDocument(ctx context.Context, id string) error
	Documents(ctx context.Context) ([]domain.DocumentInfo, error)
}

// Writer applies extractions to a store after rewriting them with the
// store's curation log, so that every load and reload keeps the corrections.
type Writer struct {
	Applier
	Log Logger
}

// Apply rewrites each extraction with the log, then applies them.
func (w Writer) Apply(ctx context.Context, xs []domain.Extraction) error {
	log, err := w.Log.CurationLog(ctx)
	if err != nil {
		return fmt.Errorf("apply with curation: %w", err)
	}
	if len(log) > 0 {
		rewritten := make([]domain.Extraction, len(xs))
		for i, x := range xs {
			rewritten[i] = Rewrite(x, log)
		}
		xs = rewritten
	}
	return w.Applier.Apply(ctx, xs)
}
