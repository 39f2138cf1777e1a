package stance

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/diplograph/diplograph/domain"
)

// ErrBadInput marks a query that cannot be answered as asked.
var ErrBadInput = errors.New("bad input")

// Agreement is how two actors stand to each other on one target.
type Agreement string

// Agreements; only Agree and Disagree move the score away from zero.
const (
	// Agree: both lean the same way (both for, or both against).
	Agree Agreement = "AGREE"
	// Disagree: one is for, the other against.
	Disagree Agreement = "DISAGREE"
	// Neutral: both take a stance but at least one leans neither way (only
	// ENGAGES_ON, or both for and against).
	Neutral Agreement = "NEUTRAL"
	// OneSided: only one of the two takes a stance.
	OneSided Agreement = "ONE_SIDED"
)

// Lean is +1 for an actor that is for a target (SUPPORTS, PARTY_TO,
// MEMBER_OF, PARTICIPATES_IN), -1 against (OPPOSES), 0 for neither or both.
func Lean(rels []domain.Relation) int {
	var pro, con bool
	for _, r := range rels {
		switch r.Type {
		case domain.Opposes:
			con = true
		case domain.Supports, domain.PartyTo, domain.MemberOf, domain.ParticipatesIn:
			pro = true
		}
	}
	switch {
	case pro && !con:
		return 1
	case con && !pro:
		return -1
	}
	return 0
}

// Shared is one target and what each of two actors holds on it.
type Shared struct {
	Target    string
	Agreement Agreement
	A, B      []domain.Relation // the stance relations of each actor, in the order of Types
}

// Alignment compares two actors over every target either takes a stance on.
// Score = Σ lean_a(t)·lean_b(t) / |T|, over the targets T both take a stance
// on: +1 when they agree on all, -1 when they disagree on all, 0 when they
// share no target.
type Alignment struct {
	A, B                      string
	Score                     float64
	Agreements, Disagreements int
	// Common counts the targets both take a stance on (|T|).
	Common  int
	Targets []Shared // agree and disagree first, then neutral, then one-sided; by target ID within each
}

// stances maps actor -> target -> the actor's stance relations on it.
type stances map[string]map[string][]domain.Relation

func (s stances) add(rel domain.Relation) {
	if rel.Source == rel.Target {
		return
	}
	if s[rel.Source] == nil {
		s[rel.Source] = map[string][]domain.Relation{}
	}
	s[rel.Source][rel.Target] = append(s[rel.Source][rel.Target], rel)
}

func compare(a, b string, sa, sb map[string][]domain.Relation) Alignment {
	al := Alignment{A: a, B: b}
	var sum int
	for t, ra := range sa {
		if t == b {
			continue
		}
		rb, both := sb[t]
		sh := Shared{Target: t, A: sortByType(ra), B: sortByType(rb), Agreement: OneSided}
		if both {
			al.Common++
			p := Lean(ra) * Lean(rb)
			sum += p
			switch p {
			case 1:
				sh.Agreement = Agree
				al.Agreements++
			case -1:
				sh.Agreement = Disagree
				al.Disagreements++
			default:
				sh.Agreement = Neutral
			}
		}
		al.Targets = append(al.Targets, sh)
	}
	for t, rb := range sb {
		if _, both := sa[t]; !both && t != a {
			al.Targets = append(al.Targets, Shared{Target: t, B: sortByType(rb), Agreement: OneSided})
		}
	}
	if al.Common > 0 {
		al.Score = float64(sum) / float64(al.Common)
	}
	order := func(g Agreement) int { return slices.Index([]Agreement{Agree, Disagree, Neutral, OneSided}, g) }
	slices.SortFunc(al.Targets, func(x, y Shared) int {
		return cmp.Or(cmp.Compare(order(x.Agreement), order(y.Agreement)), cmp.Compare(x.Target, y.Target))
	})
	return al
}

func sortByType(rels []domain.Relation) []domain.Relation {
	rels = slices.Clone(rels)
	slices.SortFunc(rels, func(x, y domain.Relation) int {
		return cmp.Compare(slices.Index(Types, x.Type), slices.Index(Types, y.Type))
	})
	return rels
}

// AlignmentOf compares actors a and b; both must exist and be actors.
func AlignmentOf(ctx context.Context, r Reader, a, b string) (Alignment, error) {
	if a == b {
		return Alignment{}, fmt.Errorf("alignment of %s with itself: %w", a, ErrBadInput)
	}
	if _, err := actorsOf(ctx, r, []string{a, b}, 0); err != nil {
		return Alignment{}, fmt.Errorf("alignment of %s and %s: %w", a, b, err)
	}
	rels, _, err := r.Relations(ctx, domain.RelationQuery{Types: Types, NodeIDs: []string{a, b}})
	if err != nil {
		return Alignment{}, fmt.Errorf("alignment of %s and %s: %w", a, b, err)
	}
	s := stances{}
	for _, rel := range rels {
		if rel.Source == a || rel.Source == b {
			s.add(rel)
		}
	}
	return compare(a, b, s[a], s[b]), nil
}

// AlignedWith ranks the actors that share at least one target with actor
// id by their alignment with it: highest score first (lowest first when
// furthest), then more common targets, then ID; at most limit of them.
func AlignedWith(ctx context.Context, r Reader, id string, limit int, furthest bool) ([]Alignment, error) {
	if _, err := actorsOf(ctx, r, []string{id}, 0); err != nil {
		return nil, fmt.Errorf("aligned with %s: %w", id, err)
	}
	own, _, err := r.Relations(ctx, domain.RelationQuery{Types: Types, NodeIDs: []string{id}})
	if err != nil {
		return nil, fmt.Errorf("aligned with %s: %w", id, err)
	}
	var targets []string
	for _, rel := range own {
		if rel.Source == id && rel.Target != id && !slices.Contains(targets, rel.Target) {
			targets = append(targets, rel.Target)
		}
	}
	if len(targets) == 0 {
		return []Alignment{}, nil
	}
	rels, _, err := r.Relations(ctx, domain.RelationQuery{Types: Types, NodeIDs: targets})
	if err != nil {
		return nil, fmt.Errorf("aligned with %s: %w", id, err)
	}
	s := stances{}
	for _, rel := range own {
		if rel.Source == id {
			s.add(rel)
		}
	}
	for _, rel := range rels {
		if slices.Contains(targets, rel.Target) && rel.Source != id {
			s.add(rel)
		}
	}
	others, err := actorIDs(ctx, r, s, id)
	if err != nil {
		return nil, fmt.Errorf("aligned with %s: %w", id, err)
	}
	out := make([]Alignment, 0, len(others))
	for _, o := range others {
		out = append(out, compare(id, o, s[id], s[o]))
	}
	sign := 1.0
	if furthest {
		sign = -1
	}
	slices.SortFunc(out, func(x, y Alignment) int {
		return cmp.Or(cmp.Compare(sign*y.Score, sign*x.Score), cmp.Compare(y.Common, x.Common), cmp.Compare(x.B, y.B))
	})
	return out[:min(limit, len(out))], nil
}

// actorIDs lists, sorted, the sources in s that are actors, but skip.
func actorIDs(ctx context.Context, r Reader, s stances, skip string) ([]string, error) {
	var sources []string
	for src := range s {
		if src != skip {
			sources = append(sources, src)
		}
	}
	nodes, err := r.Nodes(ctx, sources)
	if err != nil {
		return nil, fmt.Errorf("nodes: %w", err)
	}
	var out []string
	for _, n := range nodes {
		if n.Kind == domain.Actor {
			out = append(out, n.ID)
		}
	}
	slices.Sort(out)
	return out, nil
}
