// Package stance answers "who stands where": the stance matrix of actors
// against instruments, issues and forums, the alignment of two actors over
// the targets they both take a stance on, blocs of aligned actors, and the
// members of a group absent from a target. It reads stances from the typed
// relations any store holds, so every store answers alike.
package stance

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/diplograph/diplograph/domain"
)

// Reader is what stance reads from a store.
type Reader interface {
	Nodes(ctx context.Context, ids []string) ([]domain.Node, error)
	ListNodes(ctx context.Context, q domain.NodeQuery) ([]domain.Node, int, error)
	Relations(ctx context.Context, q domain.RelationQuery) ([]domain.Relation, int, error)
}

// Types are the relation types that say where an actor stands on a target,
// in the order a cell lists them.
var Types = []domain.RelationType{
	domain.Supports, domain.Opposes, domain.PartyTo, domain.MemberOf, domain.ParticipatesIn, domain.EngagesOn,
}

// TargetKinds are the kinds a stance is taken on unless a query says otherwise.
var TargetKinds = []domain.Kind{domain.Treaty, domain.Issue, domain.Forum}

// IsType reports whether t is one of the stance types.
func IsType(t domain.RelationType) bool { return slices.Contains(Types, t) }

// Query asks for a stance matrix. Empty fields take the defaults: the
// MaxActors actors with most relations, the MaxTargets targets (of Kinds)
// those actors take most stances on, every stance type.
type Query struct {
	Actors     []string
	Targets    []string
	Kinds      []domain.Kind
	Types      []domain.RelationType
	MaxActors  int
	MaxTargets int
}

// Default sizes of a matrix asked for without actors or targets.
const (
	DefaultActors  = 10
	DefaultTargets = 10
)

// Cell is where one actor stands on one target: one relation per stance
// type it holds, in the order of Types.
type Cell struct {
	Actor     string
	Target    string
	Relations []domain.Relation
}

// EvidenceCount sums the evidence sentences of the cell's relations.
func (c Cell) EvidenceCount() int {
	n := 0
	for _, r := range c.Relations {
		n += len(r.Evidence)
	}
	return n
}

// Matrix holds the actors (rows), the targets (columns) and the cells that
// are not empty, row by row in the order of the rows and columns.
type Matrix struct {
	Actors  []domain.Node
	Targets []domain.Node
	Cells   []Cell
}

// Stances builds the stance matrix q asks for. Named actors must be actors
// and named targets entities of the query's kinds; an unknown ID wraps
// domain.ErrNotFound.
func Stances(ctx context.Context, r Reader, q Query) (Matrix, error) {
	types := q.Types
	if len(types) == 0 {
		types = Types
	}
	for _, t := range types {
		if !IsType(t) {
			return Matrix{}, fmt.Errorf("stances: %s is not a stance type: %w", t, ErrBadInput)
		}
	}
	kinds := q.Kinds
	if len(kinds) == 0 {
		kinds = TargetKinds
	}
	actors, err := actorsOf(ctx, r, q.Actors, cmp.Or(q.MaxActors, DefaultActors))
	if err != nil {
		return Matrix{}, fmt.Errorf("stances: %w", err)
	}
	actorIDs := ids(actors)
	rels, _, err := r.Relations(ctx, domain.RelationQuery{Types: types, NodeIDs: actorIDs})
	if err != nil {
		return Matrix{}, fmt.Errorf("stances of %d actors: %w", len(actorIDs), err)
	}
	rels = slices.DeleteFunc(rels, func(rel domain.Relation) bool {
		return !slices.Contains(actorIDs, rel.Source) || rel.Source == rel.Target
	})
	var targets []domain.Node
	if len(q.Targets) > 0 {
		if targets, err = existing(ctx, r, q.Targets); err != nil {
			return Matrix{}, fmt.Errorf("stances: %w", err)
		}
		for _, t := range targets {
			if !slices.Contains(kinds, t.Kind) {
				return Matrix{}, fmt.Errorf("stances: target %s is a %s, not one of %v: %w", t.ID, t.Kind, kinds, ErrBadInput)
			}
		}
	} else if targets, err = mostDiscussed(ctx, r, rels, kinds, cmp.Or(q.MaxTargets, DefaultTargets)); err != nil {
		return Matrix{}, fmt.Errorf("stances: %w", err)
	}
	return Matrix{Actors: actors, Targets: targets, Cells: cells(actors, targets, rels)}, nil
}

// actorsOf returns the named actors, or the limit actors with most relations.
func actorsOf(ctx context.Context, r Reader, named []string, limit int) ([]domain.Node, error) {
	if len(named) == 0 {
		nodes, _, err := r.ListNodes(ctx, domain.NodeQuery{Kinds: []domain.Kind{domain.Actor}, Order: domain.OrderByDegree, Limit: limit})
		if err != nil {
			return nil, fmt.Errorf("most connected actors: %w", err)
		}
		return nodes, nil
	}
	nodes, err := existing(ctx, r, named)
	if err != nil {
		return nil, err
	}
	for _, n := range nodes {
		if n.Kind != domain.Actor {
			return nil, fmt.Errorf("%s is a %s, not an actor: %w", n.ID, n.Kind, ErrBadInput)
		}
	}
	return nodes, nil
}

// existing returns the nodes of ids, once each in the order given, and
// fails on the first that does not exist.
func existing(ctx context.Context, r Reader, ids []string) ([]domain.Node, error) {
	var unique []string
	for _, id := range ids {
		if !slices.Contains(unique, id) {
			unique = append(unique, id)
		}
	}
	nodes, err := r.Nodes(ctx, unique)
	if err != nil {
		return nil, fmt.Errorf("nodes: %w", err)
	}
	if len(nodes) < len(unique) {
		for _, id := range unique {
			if !slices.ContainsFunc(nodes, func(n domain.Node) bool { return n.ID == id }) {
				return nil, fmt.Errorf("node %s: %w", id, domain.ErrNotFound)
			}
		}
	}
	return nodes, nil
}

// mostDiscussed ranks the targets of rels of the given kinds by how many
// actors take a stance on them, then by evidence sentences, then by ID.
func mostDiscussed(ctx context.Context, r Reader, rels []domain.Relation, kinds []domain.Kind, limit int) ([]domain.Node, error) {
	actors := map[string]map[string]bool{}
	evidence := map[string]int{}
	var candidates []string
	for _, rel := range rels {
		if actors[rel.Target] == nil {
			actors[rel.Target] = map[string]bool{}
			candidates = append(candidates, rel.Target)
		}
		actors[rel.Target][rel.Source] = true
		evidence[rel.Target] += len(rel.Evidence)
	}
	nodes, err := r.Nodes(ctx, candidates)
	if err != nil {
		return nil, fmt.Errorf("targets: %w", err)
	}
	nodes = slices.DeleteFunc(nodes, func(n domain.Node) bool { return !slices.Contains(kinds, n.Kind) })
	slices.SortFunc(nodes, func(a, b domain.Node) int {
		return cmp.Or(
			cmp.Compare(len(actors[b.ID]), len(actors[a.ID])),
			cmp.Compare(evidence[b.ID], evidence[a.ID]),
			cmp.Compare(a.ID, b.ID))
	})
	return nodes[:min(limit, len(nodes))], nil
}

// cells lays rels out row by row; a cell's relations follow the order of Types.
func cells(actors, targets []domain.Node, rels []domain.Relation) []Cell {
	byPair := map[[2]string][]domain.Relation{}
	for _, rel := range rels {
		k := [2]string{rel.Source, rel.Target}
		byPair[k] = append(byPair[k], rel)
	}
	var out []Cell
	for _, a := range actors {
		for _, t := range targets {
			rs := byPair[[2]string{a.ID, t.ID}]
			if len(rs) == 0 {
				continue
			}
			slices.SortFunc(rs, func(x, y domain.Relation) int {
				return cmp.Compare(slices.Index(Types, x.Type), slices.Index(Types, y.Type))
			})
			out = append(out, Cell{Actor: a.ID, Target: t.ID, Relations: rs})
		}
	}
	return out
}

func ids(nodes []domain.Node) []string {
	out := make([]string, len(nodes))
	for i, n := range nodes {
		out[i] = n.ID
	}
	return out
}
