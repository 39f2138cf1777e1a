package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/graph/model"
	"github.com/diplograph/diplograph/stance"
)

// maxMatrixSide bounds the rows and the columns of a stance matrix.
const maxMatrixSide = 100

func (r *Resolver) stances(ctx context.Context, actors, targets []string, kinds []model.Kind, types []model.RelationType, maxActors, maxTargets *int) (*model.StanceMatrix, error) {
	rows, err := intArg("maxActors", maxActors, stance.DefaultActors, 1, maxMatrixSide)
	if err != nil {
		return nil, err
	}
	cols, err := intArg("maxTargets", maxTargets, stance.DefaultTargets, 1, maxMatrixSide)
	if err != nil {
		return nil, err
	}
	if len(actors) > maxMatrixSide || len(targets) > maxMatrixSide {
		return nil, badInput(fmt.Sprintf("at most %d actors and %d targets", maxMatrixSide, maxMatrixSide))
	}
	m, err := stance.Stances(ctx, r.Store, stance.Query{
		Actors: actors, Targets: targets, Kinds: toKinds(kinds), Types: toRelationTypes(types), MaxActors: rows, MaxTargets: cols,
	})
	if err != nil {
		return nil, stanceError(err)
	}
	out := &model.StanceMatrix{Actors: make([]model.Actor, len(m.Actors)), Targets: model.EntitiesOf(m.Targets), Cells: []model.StanceCell{}}
	byID := map[string]domain.Node{}
	for i, a := range m.Actors {
		out.Actors[i] = model.ActorOf(a)
		byID[a.ID] = a
	}
	for _, t := range m.Targets {
		byID[t.ID] = t
	}
	for _, c := range m.Cells {
		out.Cells = append(out.Cells, model.StanceCell{
			Actor: model.ActorOf(byID[c.Actor]), Target: model.EntityOf(byID[c.Target]),
			Stances: model.StancesOf(c.Relations, byID), EvidenceCount: c.EvidenceCount(),
		})
	}
	return out, nil
}

// stanceError shows a refused question as the client's mistake.
func stanceError(err error) error {
	if errors.Is(err, stance.ErrBadInput) {
		return badInput(err.Error())
	}
	return err
}

func (r *Resolver) alignment(ctx context.Context, a, b string) (*model.Alignment, error) {
	al, err := stance.AlignmentOf(ctx, r.Store, a, b)
	if err != nil {
		return nil, stanceError(err)
	}
	out, err := r.alignmentsOf(ctx, []stance.Alignment{al})
	if err != nil {
		return nil, err
	}
	return &out[0], nil
}

func (r *Resolver) alignedWith(ctx context.Context, id string, first *int, furthest *bool) ([]model.Alignment, error) {
	limit, err := intArg("first", first, 10, 1, maxPage)
	if err != nil {
		return nil, err
	}
	als, err := stance.AlignedWith(ctx, r.Store, id, limit, furthest != nil && *furthest)
	if err != nil {
		return nil, stanceError(err)
	}
	return r.alignmentsOf(ctx, als)
}

// alignmentsOf wraps alignments, reading every actor and target they name
// in one call.
func (r *Resolver) alignmentsOf(ctx context.Context, als []stance.Alignment) ([]model.Alignment, error) {
	var need []string
	for _, al := range als {
		need = append(need, al.A, al.B)
		for _, t := range al.Targets {
			need = append(need, t.Target)
		}
	}
	nodes, err := r.Store.Nodes(ctx, need)
	if err != nil {
		return nil, err
	}
	byID := make(map[string]domain.Node, len(nodes))
	for _, n := range nodes {
		byID[n.ID] = n
	}
	out := make([]model.Alignment, len(als))
	for i, al := range als {
		m := model.Alignment{
			A: model.ActorOf(byID[al.A]), B: model.ActorOf(byID[al.B]), Score: al.Score,
			Common: al.Common, Agreements: al.Agreements, Disagreements: al.Disagreements, Targets: []model.AlignedTarget{},
		}
		for _, t := range al.Targets {
			n, ok := byID[t.Target]
			if !ok {
				// Removed between the two reads: leave it out rather than fail.
				continue
			}
			m.Targets = append(m.Targets, model.AlignedTarget{
				Target: model.EntityOf(n), Agreement: model.Agreement(t.Agreement), A: model.StancesOf(t.A, byID), B: model.StancesOf(t.B, byID),
			})
		}
		out[i] = m
	}
	return out, nil
}

func (r *Resolver) blocs(ctx context.Context, minSize *int) ([]model.Bloc, error) {
	size, err := intArg("minSize", minSize, 2, 1, maxPage)
	if err != nil {
		return nil, err
	}
	blocs, err := stance.Blocs(ctx, r.Store, size)
	if err != nil {
		return nil, err
	}
	out := make([]model.Bloc, len(blocs))
	for i, b := range blocs {
		out[i] = model.Bloc{ID: b.ID, Name: b.Name, Size: len(b.Members), Members: make([]model.BlocMember, len(b.Members))}
		for j, m := range b.Members {
			out[i].Members[j] = model.BlocMember{Actor: model.ActorOf(m), Weight: b.Weight[j]}
		}
	}
	return out, nil
}

func (r *Resolver) absentFrom(ctx context.Context, target string, among *string) ([]model.Absence, error) {
	group := ""
	if among != nil {
		group = *among
	}
	absent, err := stance.AbsentFrom(ctx, r.Store, target, group)
	if err != nil {
		return nil, stanceError(err)
	}
	// Every absentee's membership in one reading of the ends.
	var rels []domain.Relation
	var known []domain.Node
	for _, a := range absent {
		rels = append(rels, a.Membership...)
		known = append(known, a.Actor)
	}
	wrapped, err := r.relationsOf(ctx, rels, known, "membership")
	if err != nil {
		return nil, err
	}
	out := make([]model.Absence, len(absent))
	for i, a := range absent {
		out[i] = model.Absence{Actor: model.ActorOf(a.Actor), Membership: wrapped[:len(a.Membership):len(a.Membership)]}
		wrapped = wrapped[len(a.Membership):]
	}
	return out, nil
}
