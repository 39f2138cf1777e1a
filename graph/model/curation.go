package model

import (
	"time"

	"github.com/diplograph/diplograph/domain"
)

// CurationEntry wraps one entry of the curation log.
type CurationEntry struct {
	C domain.Curation
}

// ID is the entry's ID.
func (e CurationEntry) ID() string { return e.C.ID }

// Op is the kind of correction.
func (e CurationEntry) Op() CurationOp { return CurationOp(e.C.Op) }

// Curator names who made it.
func (e CurationEntry) Curator() string { return e.C.Curator }

// At is when, in RFC 3339.
func (e CurationEntry) At() string { return e.C.At.UTC().Format(time.RFC3339) }

// Reason is why.
func (e CurationEntry) Reason() string { return e.C.Reason }

// Undone is true once reversed.
func (e CurationEntry) Undone() bool { return e.C.Undone }

// UndoneBy names who reversed it, or null.
func (e CurationEntry) UndoneBy() *string { return orNull(e.C.UndoneBy) }

// UndoneAt is when it was reversed, or null.
func (e CurationEntry) UndoneAt() *string {
	if e.C.UndoneAt.IsZero() {
		return nil
	}
	return orNull(e.C.UndoneAt.UTC().Format(time.RFC3339))
}

// UndoReason is why it was reversed, or null.
func (e CurationEntry) UndoReason() *string { return orNull(e.C.UndoNote) }

// Entity is the entity corrected, or null.
func (e CurationEntry) Entity() *string { return orNull(e.C.Entity) }

// Other is the absorbed entity, or null.
func (e CurationEntry) Other() *string { return orNull(e.C.Other) }

// Name is the new name or the split alias, or null.
func (e CurationEntry) Name() *string { return orNull(e.C.Name) }

// Kind is the new or split entity's kind, or null.
func (e CurationEntry) Kind() *Kind {
	if e.C.Kind == "" {
		return nil
	}
	k := KindOf(e.C.Kind)
	return &k
}

// Subtype is the new or split entity's subtype, or null.
func (e CurationEntry) Subtype() *string { return orNull(e.C.Subtype) }

// Relation is the rejected relation's ID, or null.
func (e CurationEntry) Relation() *string { return orNull(e.C.Relation) }

// RelationType is the type of the relation rejected or added, or null.
func (e CurationEntry) RelationType() *RelationType {
	if e.C.Type == "" {
		return nil
	}
	t := RelationType(e.C.Type)
	return &t
}

// Source is the relation's source, or null.
func (e CurationEntry) Source() *string {
	if e.C.SourceNode == nil {
		return nil
	}
	return &e.C.SourceNode.ID
}

// Target is the relation's target, or null.
func (e CurationEntry) Target() *string {
	if e.C.TargetNode == nil {
		return nil
	}
	return &e.C.TargetNode.ID
}

// Document is the added relation's document, or null.
func (e CurationEntry) Document() *string { return orNull(e.C.Document) }

// Text is the added relation's sentence, or null.
func (e CurationEntry) Text() *string { return orNull(e.C.Text) }
