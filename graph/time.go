package graph

import (
	"context"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/graph/model"
	"github.com/diplograph/diplograph/store/timeview"
)

// maxChanges bounds a changes list, which has no cursor.
const maxChanges = 1000

// window reads the asOf and between arguments of a time-aware field.
func window(asOf *domain.Date, between *model.DateRange) (domain.TimeWindow, error) {
	var w domain.TimeWindow
	if asOf != nil {
		w.AsOf = *asOf
	}
	if between != nil {
		if asOf != nil {
			return w, badInput("give asOf or between, not both")
		}
		if between.From != nil {
			w.From = *between.From
		}
		if between.To != nil {
			w.To = *between.To
		}
		if !w.From.IsZero() && !w.To.IsZero() && w.To.Last().Before(w.From.First()) {
			return w, badInput("between: from " + w.From.String() + " is after to " + w.To.String())
		}
	}
	return w, nil
}

// relationQuery reads a relation filter, nil for all.
func relationQuery(filter *model.RelationFilter) domain.RelationQuery {
	var q domain.RelationQuery
	if filter != nil {
		q.Types = toRelationTypes(filter.Types)
		if filter.Node != nil {
			q.NodeIDs = []string{*filter.Node}
		}
		if filter.Document != nil {
			q.Document = *filter.Document
		}
	}
	return q
}

func timelineOf(years []timeview.Year, undated int) *model.Timeline {
	t := &model.Timeline{Years: make([]model.TimelineYear, len(years)), Undated: undated}
	for i, y := range years {
		ty := model.TimelineYear{Year: y.Year, Total: y.Total, ByType: []model.RelationTypeCount{}}
		for _, typ := range domain.RelationTypes {
			if n := y.ByType[typ]; n > 0 {
				ty.ByType = append(ty.ByType, model.RelationTypeCount{Type: model.RelationType(typ), Count: n})
			}
		}
		t.Years[i] = ty
	}
	return t
}

func (r *Resolver) changesOf(ctx context.Context, from, to *domain.Date, first *int) ([]model.Change, error) {
	n, err := intArg("first", first, 100, 0, maxChanges)
	if err != nil {
		return nil, err
	}
	var lo, hi domain.Date
	if from != nil {
		lo = *from
	}
	if to != nil {
		hi = *to
	}
	if !lo.IsZero() && !hi.IsZero() && hi.Last().Before(lo.First()) {
		return nil, badInput("changes: from " + lo.String() + " is after to " + hi.String())
	}
	changes, err := timeview.Changes(ctx, r.Store, lo, hi)
	if err != nil {
		return nil, err
	}
	changes = changes[:min(n, len(changes))]
	rels := make([]domain.Relation, len(changes))
	for i, c := range changes {
		rels[i] = c.Relation
	}
	wrapped, err := r.relationsOf(ctx, rels, nil, "relation")
	if err != nil {
		return nil, err
	}
	out := make([]model.Change, len(changes))
	for i, c := range changes {
		out[i] = model.Change{Kind: model.ChangeKind(c.Kind), Date: c.Date, Relation: &wrapped[i], Evidence: []model.Evidence{}}
		for _, ev := range c.Evidence {
			out[i].Evidence = append(out[i].Evidence, model.Evidence{Ev: ev})
		}
	}
	return out, nil
}
