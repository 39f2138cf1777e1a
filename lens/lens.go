// Package lens saves and reopens citable views of the graph. A lens is the
// explorer's state (focus, depth, filters, time window, view) stored under a
// short ID with the version of the graph it was drawn from and the relations
// it showed then; reopened, it shows the graph as it is now, says whether
// the graph has changed since, and lists which relations the view gained or
// lost. The semantics live here, over the store contract, so that both
// stores give the same answers and the conformance suite checks them.
package lens

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/store/timeview"
)

// Store is what lenses need of a store: the graph's reads, what makes up
// its version (documents and the curation log), and where lenses are kept.
type Store interface {
	timeview.Reader
	Neighbourhood(ctx context.Context, id string, depth int, types []domain.RelationType, limit int) (domain.Subgraph, error)
	Documents(ctx context.Context) ([]domain.DocumentInfo, error)
	CurationLog(ctx context.Context) ([]domain.Curation, error)
	// SaveLens keeps l unless a lens with its ID exists, and returns the
	// lens kept under the ID (the earlier one when it existed).
	SaveLens(ctx context.Context, l domain.Lens) (domain.Lens, error)
	// Lens returns the lens with the ID, or an error wrapping domain.ErrNotFound.
	Lens(ctx context.Context, id string) (domain.Lens, error)
}

// The explorer's limits: a lens computes what the explorer draws, so it
// loads as much as the explorer does (ui/src/app/session.ts).
const (
	FocusLimit    = 2000
	OverviewLimit = 5000
)

// Bounds on a lens's input: anyone may save one, so none may be large.
const (
	maxTitle    = 200
	maxNote     = 2000
	maxListed   = 100 // items in each list filter
	maxIDLength = 300
	maxDepth    = 3
	// MaxRelations bounds the relations one lens records (each is kept
	// with the lens, to tell later what changed): a view that shows more
	// is refused with a hint to narrow it, rather than let every save of a
	// huge overview write megabytes.
	MaxRelations = 20000
)

// ErrInvalid marks a view or lens ID that cannot be saved or opened as
// given; the message says why, in terms the client can act on.
var ErrInvalid = errors.New("invalid lens")

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, args...))
}

// GraphHash names the graph as it stands: a digest of every loaded
// document's ID and text hash and of every curation (its ID and whether it
// is undone), since a correction changes the graph without changing a
// document. Two stores holding the same documents and corrections give the
// same hash; any reload that changes a text, or any correction, changes it.
func GraphHash(ctx context.Context, s Store) (string, error) {
	docs, err := s.Documents(ctx)
	if err != nil {
		return "", fmt.Errorf("graph hash: %w", err)
	}
	log, err := s.CurationLog(ctx)
	if err != nil {
		return "", fmt.Errorf("graph hash: %w", err)
	}
	slices.SortFunc(docs, func(a, b domain.DocumentInfo) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(log, func(a, b domain.Curation) int { return cmp.Compare(a.ID, b.ID) })
	h := sha256.New()
	for _, d := range docs {
		fmt.Fprintf(h, "d\x00%s\x00%s\n", d.ID, d.Hash)
	}
	for _, c := range log {
		fmt.Fprintf(h, "c\x00%s\x00%t\n", c.ID, c.Undone)
	}
	return hex.EncodeToString(h.Sum(nil)[:16]), nil
}

// Normalize checks a view and fills its defaults (depth 1 with a focus, 0
// without; the graph mode), so that one view has one form and one ID.
func Normalize(v domain.LensView) (domain.LensView, error) {
	for name, id := range map[string]string{"focus": v.Focus, "selected": v.Selected, "document": v.Document} {
		if len(id) > maxIDLength {
			return v, invalid("%s is longer than %d bytes", name, maxIDLength)
		}
	}
	switch {
	case v.Focus == "":
		v.Depth = 0
	case v.Depth == 0:
		v.Depth = 1
	case v.Depth < 1 || v.Depth > maxDepth:
		return v, invalid("depth must be between 1 and %d, got %d", maxDepth, v.Depth)
	}
	if len(v.Kinds) > maxListed || len(v.Subtypes) > maxListed || len(v.Types) > maxListed {
		return v, invalid("a list filter holds at most %d items", maxListed)
	}
	for _, k := range v.Kinds {
		if !k.Valid() || k == domain.Document {
			return v, invalid("kind %q is not an entity kind", k)
		}
	}
	for _, st := range v.Subtypes {
		if !knownSubtype(st) {
			return v, invalid("subtype %q is no kind's subtype", st)
		}
	}
	for _, t := range v.Types {
		if !t.Valid() {
			return v, invalid("relation type %q is not one of the thirteen", t)
		}
	}
	if v.MinDegree < 0 {
		return v, invalid("minDegree must not be negative, got %d", v.MinDegree)
	}
	if v.MinConfidence < 0 || v.MinConfidence > 1 {
		return v, invalid("minConfidence must be between 0 and 1, got %s", strconv.FormatFloat(v.MinConfidence, 'g', -1, 64))
	}
	w := v.Window
	if !w.AsOf.IsZero() && (!w.From.IsZero() || !w.To.IsZero()) {
		return v, invalid("give asOf or between, not both")
	}
	if !w.From.IsZero() && !w.To.IsZero() && w.To.Last().Before(w.From.First()) {
		return v, invalid("between: from %s is after to %s", w.From, w.To)
	}
	switch v.Mode {
	case "":
		v.Mode = domain.LensGraph
	case domain.LensGraph, domain.LensList, domain.LensStances:
	default:
		return v, invalid("mode %q is not GRAPH, LIST or STANCES", v.Mode)
	}
	// The order of a filter's items means nothing; sorting them gives one
	// view one ID.
	v.Kinds = sortedSet(v.Kinds)
	v.Subtypes = sortedSet(v.Subtypes)
	v.Types = sortedSet(v.Types)
	return v, nil
}

func knownSubtype(st string) bool {
	for _, k := range domain.EntityKinds {
		if domain.ValidSubtype(k, st) {
			return true
		}
	}
	return false
}

func sortedSet[T cmp.Ordered](xs []T) []T {
	if len(xs) == 0 {
		return nil
	}
	out := slices.Clone(xs)
	slices.Sort(out)
	return slices.Compact(out)
}

// Shown is what v shows of the graph as it is now, as the explorer draws
// it: the focus's neighbourhood (or the overview) loaded whole, then the
// filters. Entities must match the kind, subtype (entities without one
// pass), document and degree filters, the focus and the selected entity
// always staying; relations must be of the types asked, at least as
// confident as asked, hold in the time window (undated ones unless hidden),
// and join two entities that stay. Relations come in ID order.
func Shown(ctx context.Context, s Store, v domain.LensView) (domain.Subgraph, error) {
	var sg domain.Subgraph
	var err error
	if v.Focus != "" {
		sg, err = s.Neighbourhood(ctx, v.Focus, v.Depth, nil, FocusLimit)
	} else {
		q := domain.NodeQuery{Kinds: domain.EntityKinds, Order: domain.OrderByDegree, Limit: OverviewLimit}
		sg, err = timeview.Subgraph(ctx, s, q, nil, domain.TimeWindow{})
	}
	if err != nil {
		return domain.Subgraph{}, fmt.Errorf("lens view: %w", err)
	}
	kinds, subtypes, types := setOf(v.Kinds), setOf(v.Subtypes), setOf(v.Types)
	kept := make(map[string]bool, len(sg.Nodes))
	nodes := sg.Nodes[:0:0]
	for _, n := range sg.Nodes {
		keep := n.ID == v.Focus || n.ID == v.Selected ||
			((kinds == nil || kinds[n.Kind]) &&
				(subtypes == nil || n.Subtype == "" || subtypes[n.Subtype]) &&
				(v.Document == "" || slices.Contains(n.Documents, v.Document)) &&
				n.Degree >= v.MinDegree)
		if keep {
			kept[n.ID] = true
			nodes = append(nodes, n)
		}
	}
	rels := sg.Relations[:0:0]
	for _, r := range sg.Relations {
		span := domain.SpanOf(r)
		switch {
		case types != nil && !types[r.Type],
			r.Confidence < v.MinConfidence,
			span.Undated && v.HideUndated,
			!v.Window.Admits(span),
			!kept[r.Source] || !kept[r.Target]:
			continue
		}
		rels = append(rels, r)
	}
	slices.SortFunc(rels, func(a, b domain.Relation) int { return cmp.Compare(a.ID, b.ID) })
	return domain.Subgraph{Nodes: nodes, Relations: rels, Truncated: sg.Truncated}, nil
}

func setOf[T comparable](xs []T) map[T]bool {
	if len(xs) == 0 {
		return nil
	}
	m := make(map[T]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func refsOf(rels []domain.Relation) []domain.LensRelation {
	out := make([]domain.LensRelation, len(rels))
	for i, r := range rels {
		out[i] = domain.LensRelation{ID: r.ID, Type: r.Type, Source: r.Source, Target: r.Target}
	}
	return out
}

// Save checks l's title, note and view, draws the view on the graph as it
// is now and keeps it with the graph's hash and the relations it shows.
// Saving the same view of the same graph again returns the lens saved first.
func Save(ctx context.Context, s Store, l domain.Lens, now time.Time) (domain.Lens, error) {
	if n := utf8.RuneCountInString(l.Title); n > maxTitle {
		return domain.Lens{}, invalid("title is longer than %d characters", maxTitle)
	}
	if n := utf8.RuneCountInString(l.Note); n > maxNote {
		return domain.Lens{}, invalid("note is longer than %d characters", maxNote)
	}
	view, err := Normalize(l.View)
	if err != nil {
		return domain.Lens{}, err
	}
	for name, id := range map[string]string{"focus": view.Focus, "selected": view.Selected} {
		if id == "" {
			continue
		}
		if _, err := s.Node(ctx, id); errors.Is(err, domain.ErrNotFound) {
			return domain.Lens{}, invalid("%s %q is not in the graph", name, id)
		} else if err != nil {
			return domain.Lens{}, fmt.Errorf("save lens: %w", err)
		}
	}
	hash, sg, err := consistentView(ctx, s, view)
	if err != nil {
		return domain.Lens{}, fmt.Errorf("save lens: %w", err)
	}
	if n := len(sg.Relations); n > MaxRelations {
		return domain.Lens{}, invalid("the view shows %d relations and a lens keeps at most %d: focus on an entity or filter the view", n, MaxRelations)
	}
	saved := domain.Lens{
		Title: l.Title, Note: l.Note, View: view, GraphHash: hash,
		Relations: refsOf(sg.Relations), Created: now.UTC().Truncate(time.Second),
	}
	saved.ID = domain.LensID(saved)
	out, err := s.SaveLens(ctx, saved)
	if err != nil {
		return domain.Lens{}, fmt.Errorf("save lens %s: %w", saved.ID, err)
	}
	return out, nil
}

// consistentView draws v and names the graph it was drawn from; should a
// load land between the two reads, it draws again, so that a lens never
// pairs one graph's hash with another graph's relations.
func consistentView(ctx context.Context, s Store, v domain.LensView) (string, domain.Subgraph, error) {
	before, err := GraphHash(ctx, s)
	if err != nil {
		return "", domain.Subgraph{}, err
	}
	for range 3 {
		sg, err := Shown(ctx, s, v)
		if err != nil {
			return "", domain.Subgraph{}, err
		}
		after, err := GraphHash(ctx, s)
		if err != nil {
			return "", domain.Subgraph{}, err
		}
		if after == before {
			return after, sg, nil
		}
		before = after
	}
	return "", domain.Subgraph{}, fmt.Errorf("the graph kept changing while the view was drawn: %w", domain.ErrUnavailable)
}

// Opened is a lens reopened on the graph as it is now.
type Opened struct {
	Lens domain.Lens
	// CurrentHash names the graph as it is now.
	CurrentHash string
	// Shown is what the lens's view shows now.
	Shown domain.Subgraph
	// Added are relations the view shows now and did not when saved;
	// Removed those it showed then and does not now.
	Added   []domain.Relation
	Removed []domain.LensRelation
}

// Stale reports whether the graph has changed since the lens was saved;
// the view itself may or may not have (see Added and Removed).
func (o Opened) Stale() bool { return o.CurrentHash != o.Lens.GraphHash }

// Open reads the lens with the ID and draws its view on the graph as it is
// now. A malformed ID is ErrInvalid; an unknown one wraps domain.ErrNotFound.
func Open(ctx context.Context, s Store, id string) (Opened, error) {
	if !domain.ValidLensID(id) {
		return Opened{}, invalid("%q is not a lens ID (%d letters a-z and digits 2-7)", id, domain.LensIDLength)
	}
	l, err := s.Lens(ctx, id)
	if err != nil {
		return Opened{}, fmt.Errorf("open lens %s: %w", id, err)
	}
	o := Opened{Lens: l}
	o.CurrentHash, o.Shown, err = consistentView(ctx, s, l.View)
	if errors.Is(err, domain.ErrNotFound) && l.View.Focus != "" {
		// The focus has left the graph since: the view shows nothing now,
		// and everything it showed is gone.
		o.CurrentHash, err = GraphHash(ctx, s)
		o.Shown = domain.Subgraph{Nodes: []domain.Node{}, Relations: []domain.Relation{}}
	}
	if err != nil {
		return Opened{}, fmt.Errorf("open lens %s: %w", id, err)
	}
	then := make(map[string]bool, len(l.Relations))
	for _, r := range l.Relations {
		then[r.ID] = true
	}
	now := make(map[string]bool, len(o.Shown.Relations))
	for _, r := range o.Shown.Relations {
		now[r.ID] = true
		if !then[r.ID] {
			o.Added = append(o.Added, r)
		}
	}
	for _, r := range l.Relations {
		if !now[r.ID] {
			o.Removed = append(o.Removed, r)
		}
	}
	return o, nil
}
