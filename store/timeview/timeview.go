// Package timeview answers time questions (what held as of a date or
// between two, how many relations each year dates, what began or ended in
// a period) over any store, reading only the store contract. The time
// semantics live once, here, rather than once per store: the stores keep
// and return each evidence sentence's date, and the conformance suite
// checks both stores give the same answers through this package.
package timeview

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/diplograph/diplograph/domain"
)

// Reader is the part of a store this package reads.
type Reader interface {
	Node(ctx context.Context, id string) (domain.Node, error)
	Nodes(ctx context.Context, ids []string) ([]domain.Node, error)
	ListNodes(ctx context.Context, q domain.NodeQuery) ([]domain.Node, int, error)
	Relations(ctx context.Context, q domain.RelationQuery) ([]domain.Relation, int, error)
}

// Relations is Reader.Relations keeping the relations that hold in w; the
// page and the total apply after the filter.
func Relations(ctx context.Context, s Reader, q domain.RelationQuery, w domain.TimeWindow) ([]domain.Relation, int, error) {
	if w.IsZero() {
		return s.Relations(ctx, q)
	}
	all := q
	all.Offset, all.Limit = 0, 0
	rels, _, err := s.Relations(ctx, all)
	if err != nil {
		return nil, 0, err
	}
	rels = slices.DeleteFunc(rels, func(r domain.Relation) bool { return !w.Admits(domain.SpanOf(r)) })
	return page(rels, q.Offset, q.Limit), len(rels), nil
}

// ListNodes is Reader.ListNodes keeping the entities that hold in w: those
// with a relation that holds in w, an undated one, or none at all (an
// entity is dropped only when every relation it has is dated outside w).
func ListNodes(ctx context.Context, s Reader, q domain.NodeQuery, w domain.TimeWindow) ([]domain.Node, int, error) {
	if w.IsZero() {
		return s.ListNodes(ctx, q)
	}
	all := q
	all.Offset, all.Limit = 0, 0
	nodes, _, err := s.ListNodes(ctx, all)
	if err != nil {
		return nil, 0, err
	}
	held, err := heldNodes(ctx, s, nodes, w)
	if err != nil {
		return nil, 0, err
	}
	nodes = slices.DeleteFunc(nodes, func(n domain.Node) bool { return !held[n.ID] })
	return page(nodes, q.Offset, q.Limit), len(nodes), nil
}

// heldNodes says which of nodes hold in w.
func heldNodes(ctx context.Context, s Reader, nodes []domain.Node, w domain.TimeWindow) (map[string]bool, error) {
	held := make(map[string]bool, len(nodes))
	ids := make([]string, 0, len(nodes))
	for _, n := range nodes {
		if n.Degree == 0 {
			held[n.ID] = true
		} else {
			ids = append(ids, n.ID)
		}
	}
	if len(ids) == 0 {
		return held, nil
	}
	rels, _, err := s.Relations(ctx, domain.RelationQuery{NodeIDs: ids})
	if err != nil {
		return nil, err
	}
	for _, r := range rels {
		if w.Admits(domain.SpanOf(r)) {
			held[r.Source], held[r.Target] = true, true
		}
	}
	return held, nil
}

// Neighbourhood is the store contract's neighbourhood walking only the
// relations that hold in w: up to depth hops in both directions, at most
// limit nodes (the centre first, then nearer before farther, by ID within
// a hop), and the relations among the kept nodes that hold in w.
func Neighbourhood(ctx context.Context, s Reader, id string, depth int, types []domain.RelationType, limit int, w domain.TimeWindow) (domain.Subgraph, error) {
	if _, err := s.Node(ctx, id); err != nil {
		return domain.Subgraph{}, err
	}
	kept := []string{id}
	seen := map[string]bool{id: true}
	frontier := []string{id}
	truncated := false
	for hop := 0; hop < depth && len(frontier) > 0 && !truncated; hop++ {
		rels, _, err := s.Relations(ctx, domain.RelationQuery{NodeIDs: frontier, Types: types})
		if err != nil {
			return domain.Subgraph{}, fmt.Errorf("neighbourhood of %s, hop %d: %w", id, hop+1, err)
		}
		var next []string
		for _, r := range rels {
			if !w.Admits(domain.SpanOf(r)) {
				continue
			}
			for _, end := range [2]string{r.Source, r.Target} {
				if !seen[end] {
					seen[end] = true
					next = append(next, end)
				}
			}
		}
		slices.Sort(next)
		if room := limit - len(kept); len(next) > room {
			next, truncated = next[:room], true
		}
		kept = append(kept, next...)
		frontier = next
	}
	return among(ctx, s, kept, types, w, truncated)
}

// Subgraph is the nodes q selects that hold in w and the relations of the
// given types among them that hold in w.
func Subgraph(ctx context.Context, s Reader, q domain.NodeQuery, types []domain.RelationType, w domain.TimeWindow) (domain.Subgraph, error) {
	nodes, total, err := ListNodes(ctx, s, q, w)
	if err != nil {
		return domain.Subgraph{}, err
	}
	ids := make([]string, len(nodes))
	for i, n := range nodes {
		ids[i] = n.ID
	}
	return among(ctx, s, ids, types, w, total > len(nodes))
}

// among reads the nodes ids, in that order, and the relations among them
// that hold in w.
func among(ctx context.Context, s Reader, ids []string, types []domain.RelationType, w domain.TimeWindow, truncated bool) (domain.Subgraph, error) {
	sg := domain.Subgraph{Truncated: truncated, Nodes: []domain.Node{}, Relations: []domain.Relation{}}
	if len(ids) == 0 {
		return sg, nil
	}
	nodes, err := s.Nodes(ctx, ids)
	if err != nil {
		return domain.Subgraph{}, err
	}
	sg.Nodes = nodes
	in := make(map[string]bool, len(ids))
	for _, id := range ids {
		in[id] = true
	}
	// Among lets the store find the edges without listing every relation
	// of the hubs among ids.
	rels, _, err := s.Relations(ctx, domain.RelationQuery{NodeIDs: ids, Types: types, Among: true, NoTotal: true})
	if err != nil {
		return domain.Subgraph{}, err
	}
	for _, r := range rels {
		if in[r.Source] && in[r.Target] && w.Admits(domain.SpanOf(r)) {
			sg.Relations = append(sg.Relations, r)
		}
	}
	return sg, nil
}

// Year counts, for one year, the relations of each type that a sentence
// dates in it.
type Year struct {
	Year   int                         `json:"year"`
	ByType map[domain.RelationType]int `json:"byType"`
	Total  int                         `json:"total"`
}

// Timeline counts the relations q selects by the years their evidence
// dates (a relation counts once in each year a sentence dates it), in year
// order, and how many have no date at all.
func Timeline(ctx context.Context, s Reader, q domain.RelationQuery) (years []Year, undated int, err error) {
	q.Offset, q.Limit = 0, 0
	rels, _, err := s.Relations(ctx, q)
	if err != nil {
		return nil, 0, err
	}
	byYear := map[int]*Year{}
	for _, r := range rels {
		counted := map[int]bool{}
		for _, ev := range r.Evidence {
			y := ev.Date.Year
			if y == 0 || counted[y] {
				continue
			}
			counted[y] = true
			b := byYear[y]
			if b == nil {
				b = &Year{Year: y, ByType: map[domain.RelationType]int{}}
				byYear[y] = b
			}
			b.ByType[r.Type]++
			b.Total++
		}
		if len(counted) == 0 {
			undated++
		}
	}
	years = make([]Year, 0, len(byYear))
	for _, b := range byYear {
		years = append(years, *b)
	}
	slices.SortFunc(years, func(a, b Year) int { return cmp.Compare(a.Year, b.Year) })
	return years, undated, nil
}

// ChangeKind says whether a relation began or ended.
type ChangeKind string

// The change kinds.
const (
	Began ChangeKind = "BEGAN"
	Ended ChangeKind = "ENDED"
)

// Change is a relation that began or ended in a period, with the evidence
// that dates the change.
type Change struct {
	Kind     ChangeKind        `json:"kind"`
	Date     domain.Date       `json:"date"`
	Relation domain.Relation   `json:"relation"`
	Evidence []domain.Evidence `json:"evidence"`
}

// Changes lists the relations that began (their span's start) or ended
// (its end) between from and to, either open, by date then relation ID,
// a beginning before an end on the same date.
func Changes(ctx context.Context, s Reader, from, to domain.Date) ([]Change, error) {
	rels, _, err := s.Relations(ctx, domain.RelationQuery{})
	if err != nil {
		return nil, err
	}
	lo, hi := from.First(), to.Last()
	inside := func(d domain.Date) bool {
		return !d.IsZero() && (lo.IsZero() || !d.Last().Before(lo)) && (hi.IsZero() || !hi.Before(d.First()))
	}
	out := []Change{}
	for _, r := range rels {
		span := domain.SpanOf(r)
		for _, c := range []struct {
			kind ChangeKind
			date domain.Date
		}{{Began, span.From}, {Ended, span.Until}} {
			if !inside(c.date) {
				continue
			}
			ch := Change{Kind: c.kind, Date: c.date, Relation: r}
			for _, ev := range r.Evidence {
				if ev.Date == c.date && (ev.DateKind == domain.DateEnd) == (c.kind == Ended) {
					ch.Evidence = append(ch.Evidence, ev)
				}
			}
			out = append(out, ch)
		}
	}
	slices.SortFunc(out, func(a, b Change) int {
		switch {
		case a.Date.Before(b.Date):
			return -1
		case b.Date.Before(a.Date):
			return 1
		}
		return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Relation.ID, b.Relation.ID))
	})
	return out, nil
}

func page[T any](xs []T, offset, limit int) []T {
	if offset >= len(xs) {
		return xs[:0]
	}
	xs = xs[offset:]
	if limit > 0 && len(xs) > limit {
		xs = xs[:limit]
	}
	return xs
}
