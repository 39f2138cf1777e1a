package stance

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/diplograph/diplograph/domain"
)

// Presence are the relation types that put an actor in a target: without any
// of them an actor is absent from it.
var Presence = []domain.RelationType{domain.MemberOf, domain.ParticipatesIn, domain.PartyTo}

// Membership are the relation types that make an actor one of a group's.
var Membership = []domain.RelationType{domain.MemberOf, domain.ParticipatesIn, domain.PartOf}

// Absent is a member of the reference group with no presence at the target.
type Absent struct {
	Actor domain.Node
	// Membership holds the relations that put the actor in the group (empty
	// when the group is every state or a bloc).
	Membership []domain.Relation
}

// AbsentFrom lists, by ID, the actors of a group that have no membership,
// participation or party relation to target. The group is among's members
// (actors with a membership relation to it) when among is an entity, the
// bloc's members when it is a bloc ID, or every state when it is empty.
func AbsentFrom(ctx context.Context, r Reader, target, among string) ([]Absent, error) {
	if _, err := existing(ctx, r, []string{target}); err != nil {
		return nil, fmt.Errorf("absent from %s: %w", target, err)
	}
	group, err := groupOf(ctx, r, among)
	if err != nil {
		return nil, fmt.Errorf("absent from %s among %q: %w", target, among, err)
	}
	present, _, err := r.Relations(ctx, domain.RelationQuery{Types: Presence, NodeIDs: []string{target}})
	if err != nil {
		return nil, fmt.Errorf("absent from %s: %w", target, err)
	}
	out := []Absent{}
	for _, m := range group {
		if m.Actor.ID == target || slices.ContainsFunc(present, func(rel domain.Relation) bool {
			return rel.Source == m.Actor.ID && rel.Target == target
		}) {
			continue
		}
		out = append(out, m)
	}
	return out, nil
}

// groupOf returns the actors of the reference group, by ID, with the
// relations that make them members.
func groupOf(ctx context.Context, r Reader, among string) ([]Absent, error) {
	var out []Absent
	switch {
	case among == "":
		states, _, err := r.ListNodes(ctx, domain.NodeQuery{Kinds: []domain.Kind{domain.Actor}, Subtypes: []string{"STATE"}})
		if err != nil {
			return nil, fmt.Errorf("states: %w", err)
		}
		for _, s := range states {
			out = append(out, Absent{Actor: s})
		}
	case IsBlocID(among):
		blocs, err := Blocs(ctx, r, 1)
		if err != nil {
			return nil, err
		}
		i := slices.IndexFunc(blocs, func(b Bloc) bool { return b.ID == among })
		if i < 0 {
			return nil, fmt.Errorf("bloc %s: %w", among, domain.ErrNotFound)
		}
		for _, m := range blocs[i].Members {
			out = append(out, Absent{Actor: m})
		}
	default:
		if _, err := existing(ctx, r, []string{among}); err != nil {
			return nil, err
		}
		rels, _, err := r.Relations(ctx, domain.RelationQuery{Types: Membership, NodeIDs: []string{among}})
		if err != nil {
			return nil, fmt.Errorf("members: %w", err)
		}
		by := map[string][]domain.Relation{}
		var sources []string
		for _, rel := range rels {
			if rel.Target != among || rel.Source == among {
				continue
			}
			if by[rel.Source] == nil {
				sources = append(sources, rel.Source)
			}
			by[rel.Source] = append(by[rel.Source], rel)
		}
		nodes, err := r.Nodes(ctx, sources)
		if err != nil {
			return nil, fmt.Errorf("members: %w", err)
		}
		for _, n := range nodes {
			if n.Kind == domain.Actor {
				out = append(out, Absent{Actor: n, Membership: by[n.ID]})
			}
		}
	}
	slices.SortFunc(out, func(x, y Absent) int { return cmp.Compare(x.Actor.ID, y.Actor.ID) })
	return out, nil
}
