// Package curation keeps curators' corrections apart from what the extractor
// reads: a log of merges, splits, renames, retypes, rejected and added
// relations, stored in the store and re-applied to every extraction before
// it is applied, so that a reload never undoes a correction.
package curation

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/diplograph/diplograph/domain"
)

// Rewrite applies the log's corrections, in order, to one document's
// extraction; undone entries are skipped. The result is a valid extraction.
func Rewrite(x domain.Extraction, log []domain.Curation) domain.Extraction {
	x = clone(x)
	for _, c := range log {
		if c.Undone {
			continue
		}
		switch c.Op {
		case domain.Merge:
			x = merge(x, c)
		case domain.SplitAlias:
			x = split(x, c)
		case domain.Rename:
			for i, e := range x.Entities {
				if e.ID == c.Entity && e.Name != c.Name {
					x.Entities[i].Aliases = addAlias(e.Aliases, e.Name)
					x.Entities[i].Name = c.Name
					x.Entities[i].Aliases = slices.DeleteFunc(x.Entities[i].Aliases, func(a string) bool { return a == c.Name })
				}
			}
		case domain.Retype:
			for i, e := range x.Entities {
				if e.ID == c.Entity {
					x.Entities[i].Kind, x.Entities[i].Subtype = c.Kind, c.Subtype
				}
			}
		case domain.RejectRelation:
			x.Relations = slices.DeleteFunc(x.Relations, func(r domain.Relation) bool { return r.ID == c.Relation })
		case domain.AddRelation:
			x = add(x, c)
		}
	}
	return x
}

func clone(x domain.Extraction) domain.Extraction {
	x.Entities = slices.Clone(x.Entities)
	for i := range x.Entities {
		x.Entities[i].Aliases = slices.Clone(x.Entities[i].Aliases)
	}
	x.Relations = slices.Clone(x.Relations)
	x.Mentions = slices.Clone(x.Mentions)
	return x
}

func addAlias(aliases []string, name string) []string {
	if name == "" || slices.Contains(aliases, name) {
		return aliases
	}
	return append(aliases, name)
}

// merge renames Other to Entity everywhere in the extraction; relations
// that become one are joined and those that become loops are dropped.
func merge(x domain.Extraction, c domain.Curation) domain.Extraction {
	i := slices.IndexFunc(x.Entities, func(e domain.Node) bool { return e.ID == c.Other })
	if i < 0 || c.Into == nil {
		return x
	}
	absorbed := x.Entities[i]
	x.Entities = slices.Delete(x.Entities, i, i+1)
	j := slices.IndexFunc(x.Entities, func(e domain.Node) bool { return e.ID == c.Entity })
	if j < 0 {
		into := *c.Into
		into.Aliases, into.Documents = nil, nil
		x.Entities = append(x.Entities, into)
		j = len(x.Entities) - 1
	}
	for _, a := range append([]string{absorbed.Name}, absorbed.Aliases...) {
		if a != x.Entities[j].Name {
			x.Entities[j].Aliases = addAlias(x.Entities[j].Aliases, a)
		}
	}
	for k := range x.Mentions {
		if x.Mentions[k].Entity == c.Other {
			x.Mentions[k].Entity = c.Entity
		}
	}
	x.Relations = retarget(x.Relations, c.Other, c.Entity)
	return x
}

// retarget moves the ends of relations from one node to another, joining
// relations that meet and dropping loops.
func retarget(rels []domain.Relation, from, to string) []domain.Relation {
	var out []domain.Relation
	for _, r := range rels {
		if r.Source != from && r.Target != from {
			out = append(out, r)
			continue
		}
		src, tgt := r.Source, r.Target
		if src == from {
			src = to
		}
		if tgt == from {
			tgt = to
		}
		if src == tgt {
			continue
		}
		moved := domain.NewRelation(r.Type, src, tgt, r.Confidence, r.Evidence...)
		moved.Rule = r.Rule
		if k := slices.IndexFunc(out, func(o domain.Relation) bool { return o.ID == moved.ID }); k >= 0 {
			out[k] = join(out[k], moved)
			continue
		}
		out = append(out, moved)
	}
	return out
}

// join makes one relation of two with the same ID: the evidence of both,
// the higher confidence and its rule.
func join(a, b domain.Relation) domain.Relation {
	ev := slices.Clone(a.Evidence)
	for _, e := range b.Evidence {
		if !slices.Contains(ev, e) {
			ev = append(ev, e)
		}
	}
	if b.Confidence > a.Confidence {
		a.Confidence, a.Rule = b.Confidence, b.Rule
	}
	a.Evidence = ev
	return a
}

// split takes the alias Name off Entity and gives the mentions written that
// way to a new entity of their own.
func split(x domain.Extraction, c domain.Curation) domain.Extraction {
	i := slices.IndexFunc(x.Entities, func(e domain.Node) bool { return e.ID == c.Entity })
	if i < 0 {
		return x
	}
	fold := domain.Fold(c.Name)
	x.Entities[i].Aliases = slices.DeleteFunc(x.Entities[i].Aliases, func(a string) bool { return domain.Fold(a) == fold })
	id := domain.NodeID(c.Kind, c.Name)
	moved := false
	for k, m := range x.Mentions {
		if m.Entity == c.Entity && domain.Fold(m.Text) == fold {
			x.Mentions[k].Entity = id
			moved = true
		}
	}
	if moved && !slices.ContainsFunc(x.Entities, func(e domain.Node) bool { return e.ID == id }) {
		x.Entities = append(x.Entities, domain.Node{ID: id, Kind: c.Kind, Subtype: c.Subtype, Name: c.Name})
	}
	return x
}

// add states the curator's relation when the document still holds its
// evidence sentence, wherever the sentence now stands in the text.
func add(x domain.Extraction, c domain.Curation) domain.Extraction {
	if x.Document.ID != c.Document || c.SourceNode == nil || c.TargetNode == nil || c.Text == "" {
		return x
	}
	at := strings.Index(x.Document.Text, c.Text)
	if at < 0 {
		return x
	}
	start := utf8.RuneCountInString(x.Document.Text[:at])
	ev := domain.Evidence{Document: x.Document.ID, Text: c.Text, Start: start, End: start + utf8.RuneCountInString(c.Text)}
	for _, n := range []domain.Node{*c.SourceNode, *c.TargetNode} {
		if !slices.ContainsFunc(x.Entities, func(e domain.Node) bool { return e.ID == n.ID }) {
			n.Aliases, n.Documents, n.Mentions, n.Degree = nil, nil, 0, 0
			x.Entities = append(x.Entities, n)
		}
	}
	r := domain.NewRelation(c.Type, c.SourceNode.ID, c.TargetNode.ID, 1, ev)
	if k := slices.IndexFunc(x.Relations, func(o domain.Relation) bool { return o.ID == r.ID }); k >= 0 {
		x.Relations[k] = join(x.Relations[k], r)
	} else {
		x.Relations = append(x.Relations, r)
	}
	return x
}
