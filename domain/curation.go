package domain

import "time"

// CurationOp names a curator's correction of what the extractor read.
type CurationOp string

// The corrections a curator can make; each is kept in the curation log and
// re-applied to every extraction that is loaded after it.
const (
	// Merge folds Other into Entity: Other's names become Entity's aliases
	// and its mentions and relations become Entity's.
	Merge CurationOp = "MERGE"
	// SplitAlias takes the alias Name off Entity into an entity of its own
	// (Kind, Subtype), with the mentions written that way.
	SplitAlias CurationOp = "SPLIT_ALIAS"
	// Rename gives Entity the canonical name Name; the old name becomes an alias.
	Rename CurationOp = "RENAME"
	// Retype gives Entity the kind Kind and the subtype Subtype.
	Retype CurationOp = "RETYPE"
	// RejectRelation hides the relation Relation.
	RejectRelation CurationOp = "REJECT_RELATION"
	// AddRelation states the relation Type from Source to Target with the
	// sentence Text of Document as its evidence.
	AddRelation CurationOp = "ADD_RELATION"
)

// Curation is one entry of the curation log: a correction, who made it,
// when and why. The snapshots (Into, SourceNode, TargetNode) hold what the
// entities were when the correction was made, so that it can be re-applied
// to a document that names only the other end.
type Curation struct {
	ID      string     `json:"id"`
	Op      CurationOp `json:"op"`
	Curator string     `json:"curator"`
	At      time.Time  `json:"at"`
	Reason  string     `json:"reason"`
	// Undone is set when a curator reverses the correction; the entry stays
	// in the log for the audit, and is no longer applied.
	Undone   bool      `json:"undone,omitempty"`
	UndoneBy string    `json:"undoneBy,omitempty"`
	UndoneAt time.Time `json:"undoneAt,omitzero"`
	UndoNote string    `json:"undoReason,omitempty"`

	Entity   string       `json:"entity,omitempty"`
	Other    string       `json:"other,omitempty"`
	Name     string       `json:"name,omitempty"`
	Kind     Kind         `json:"kind,omitempty"`
	Subtype  string       `json:"subtype,omitempty"`
	Relation string       `json:"relation,omitempty"`
	Type     RelationType `json:"type,omitempty"`
	Document string       `json:"document,omitempty"`
	Text     string       `json:"text,omitempty"`

	Into       *Node `json:"into,omitempty"`
	SourceNode *Node `json:"sourceNode,omitempty"`
	TargetNode *Node `json:"targetNode,omitempty"`
}

// Touches lists the node IDs the correction names, so that the
// documents stating them can be found and applied again.
func (c Curation) Touches() []string {
	var out []string
	for _, id := range []string{c.Entity, c.Other} {
		if id != "" {
			out = append(out, id)
		}
	}
	if c.Op == SplitAlias && c.Name != "" {
		out = append(out, NodeID(c.Kind, c.Name))
	}
	if c.SourceNode != nil {
		out = append(out, c.SourceNode.ID)
	}
	if c.TargetNode != nil {
		out = append(out, c.TargetNode.ID)
	}
	return out
}
