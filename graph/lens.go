package graph

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/graph/model"
	"github.com/diplograph/diplograph/lens"
)

// Bounds on what one lens answer lists; the counts say how many there are.
const (
	maxLensChanges   = 200
	maxLensCitations = 5000
)

func (r *Resolver) requireLenses() error {
	if r.Lenses == nil {
		return userError{code: CodeForbidden, msg: "lenses are off: this server keeps no saved views"}
	}
	return nil
}

// saveLens saves the view the input describes and answers it as reopened.
func (r *Resolver) saveLens(ctx context.Context, in model.LensInput) (*model.Lens, error) {
	if err := r.requireLenses(); err != nil {
		return nil, err
	}
	w, err := window(in.AsOf, in.Between)
	if err != nil {
		return nil, err
	}
	view := domain.LensView{
		Focus: deref(in.Focus), Selected: deref(in.Selected), Document: deref(in.Document),
		Kinds: toKinds(in.Kinds), Subtypes: in.Subtypes, Types: toRelationTypes(in.RelationTypes),
		Window: w, HideUndated: in.Undated != nil && !*in.Undated,
	}
	if view.Focus != "" && in.Depth != nil {
		view.Depth = *in.Depth
	}
	if in.MinDegree != nil {
		view.MinDegree = *in.MinDegree
	}
	if in.MinConfidence != nil {
		view.MinConfidence = *in.MinConfidence
	}
	if in.Mode != nil {
		view.Mode = domain.LensMode(*in.Mode)
	}
	l, err := lens.Save(ctx, r.Lenses, domain.Lens{Title: deref(in.Title), Note: deref(in.Note), View: view}, time.Now())
	if err != nil {
		return nil, err
	}
	out, err := r.lensOf(ctx, l.ID)
	if err == nil && out == nil {
		// Only a store that loses what it just kept gets here.
		return nil, errors.New("save lens: the saved lens " + l.ID + " cannot be read back")
	}
	return out, err
}

// lensOf reopens a lens on the graph as it is now; nil when none has the ID.
func (r *Resolver) lensOf(ctx context.Context, id string) (*model.Lens, error) {
	if err := r.requireLenses(); err != nil {
		return nil, err
	}
	o, err := lens.Open(ctx, r.Lenses, id)
	if errors.Is(err, domain.ErrNotFound) {
		// The answer must not be kept: a lens saved later would stay
		// missing until the graph next changed.
		if graphql.HasOperationContext(ctx) {
			graphql.RegisterExtension(ctx, "lens", map[string]any{"id": id, "found": false})
		}
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	docs, err := r.Lenses.Documents(ctx)
	if err != nil {
		return nil, err
	}
	cites := lens.Citations(o, docs)
	l := o.Lens
	out := &model.Lens{
		ID: l.ID, Title: orNil(l.Title), Note: orNil(l.Note), CreatedAt: l.Created.UTC().Format(time.RFC3339),
		View: viewOf(l.View), GraphHash: l.GraphHash, CurrentGraphHash: o.CurrentHash, Stale: o.Stale(),
		SavedRelationCount: len(l.Relations), RelationCount: len(o.Shown.Relations),
		CitationCount: len(cites), Citations: make([]model.Citation, len(cites)),
	}
	texts, bibs := make([]string, len(cites)), make([]string, len(cites))
	for i, c := range cites {
		out.Citations[i] = citationOf(c)
		texts[i], bibs[i] = c.Text, c.BibTeX
	}
	out.CitationsText = strings.Join(texts, "\n")
	out.CitationsBibtex = strings.Join(bibs, "\n\n")
	if out.Changes, err = r.lensChanges(ctx, o); err != nil {
		return nil, err
	}
	return out, nil
}

func (r *Resolver) lensChanges(ctx context.Context, o lens.Opened) (*model.LensChanges, error) {
	ch := &model.LensChanges{AddedCount: len(o.Added), RemovedCount: len(o.Removed), Removed: []model.SavedRelation{}}
	added, err := r.relationsOf(ctx, o.Added[:min(len(o.Added), maxLensChanges)], o.Shown.Nodes, "changes", "added")
	if err != nil {
		return nil, err
	}
	ch.Added = added
	removed := o.Removed[:min(len(o.Removed), maxLensChanges)]
	if len(removed) == 0 {
		return ch, nil
	}
	var ids []string
	for _, rel := range removed {
		ids = append(ids, rel.Source, rel.Target)
	}
	// Ends that have left the graph are skipped: their names stay null.
	nodes, err := r.Store.Nodes(ctx, ids)
	if err != nil {
		return nil, err
	}
	names := make(map[string]string, len(nodes))
	for _, n := range nodes {
		names[n.ID] = n.Name
	}
	for _, rel := range removed {
		ch.Removed = append(ch.Removed, model.SavedRelation{
			ID: rel.ID, Type: model.RelationType(rel.Type), Source: rel.Source, Target: rel.Target,
			SourceName: orNil(names[rel.Source]), TargetName: orNil(names[rel.Target]),
		})
	}
	return ch, nil
}

func viewOf(v domain.LensView) *model.LensView {
	out := &model.LensView{
		Focus: orNil(v.Focus), Depth: v.Depth, Selected: orNil(v.Selected), Document: orNil(v.Document),
		Kinds: []model.Kind{}, Subtypes: append([]string{}, v.Subtypes...), RelationTypes: []model.RelationType{},
		MinDegree: v.MinDegree, MinConfidence: v.MinConfidence,
		AsOf: dateOrNil(v.Window.AsOf), From: dateOrNil(v.Window.From), To: dateOrNil(v.Window.To),
		Undated: !v.HideUndated, Mode: model.LensMode(v.Mode),
	}
	for _, k := range v.Kinds {
		out.Kinds = append(out.Kinds, model.KindOf(k))
	}
	for _, t := range v.Types {
		out.RelationTypes = append(out.RelationTypes, model.RelationType(t))
	}
	return out
}

func citationOf(c lens.Citation) model.Citation {
	date := c.Evidence.Date
	if date.IsZero() && c.Evidence.Year > 0 {
		date = domain.Date{Year: c.Evidence.Year}
	}
	return model.Citation{
		Key: c.Key, Sentence: c.Evidence.Text, Document: c.Evidence.Document, DocumentName: c.DocumentName,
		Start: c.Evidence.Start, End: c.Evidence.End, Date: dateOrNil(date),
		Relation: c.Relation.ID, RelationType: model.RelationType(c.Relation.Type),
		Source: c.SourceName, Target: c.TargetName, Text: c.Text, Bibtex: c.BibTeX,
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func orNil(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func dateOrNil(d domain.Date) *domain.Date {
	if d.IsZero() {
		return nil
	}
	return &d
}
