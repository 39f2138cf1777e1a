package model

import "github.com/diplograph/diplograph/domain"

// StanceMatrix is actors against targets with the non-empty cells.
type StanceMatrix struct {
	Actors  []Actor
	Targets []Entity
	Cells   []StanceCell
}

// StanceCell is where one actor stands on one target.
type StanceCell struct {
	Actor         Actor
	Target        Entity
	Stances       []Stance
	EvidenceCount int
}

// Stance wraps one stance relation and its ends; its evidence is read only
// when asked for.
type Stance struct {
	Rel                  domain.Relation
	SourceEnd, TargetEnd Entity
}

// Type is the relation type.
func (s Stance) Type() RelationType { return RelationType(s.Rel.Type) }

// EvidenceCount counts the stating sentences.
func (s Stance) EvidenceCount() int { return len(s.Rel.Evidence) }

// Evidence lists the stating sentences.
func (s Stance) Evidence() []Evidence { return Relation{Rel: s.Rel}.Evidence() }

// Relation is the stance's relation.
func (s Stance) Relation() Relation {
	return Relation{Rel: s.Rel, SourceEnd: s.SourceEnd, TargetEnd: s.TargetEnd}
}

// StancesOf wraps stance relations; ends holds the actors and targets they
// join, so that no relation reads its ends on its own.
func StancesOf(rels []domain.Relation, ends map[string]domain.Node) []Stance {
	out := make([]Stance, len(rels))
	for i, r := range rels {
		out[i] = Stance{Rel: r, SourceEnd: EntityOf(ends[r.Source]), TargetEnd: EntityOf(ends[r.Target])}
	}
	return out
}

// Alignment compares two actors.
type Alignment struct {
	A, B                              Actor
	Score                             float64
	Common, Agreements, Disagreements int
	Targets                           []AlignedTarget
}

// AlignedTarget is one target of an alignment.
type AlignedTarget struct {
	Target    Entity
	Agreement Agreement
	A, B      []Stance
}

// Bloc is a group of aligned actors.
type Bloc struct {
	ID      string
	Name    string
	Size    int
	Members []BlocMember
}

// BlocMember is an actor in a bloc with its centrality there.
type BlocMember struct {
	Actor  Actor
	Weight float64
}

// Absence is a group member without a seat at the target.
type Absence struct {
	Actor      Actor
	Membership []Relation
}

// ActorOf wraps a node known to be an actor.
func ActorOf(n domain.Node) Actor { return Actor{EntityNode{Node: n}} }
