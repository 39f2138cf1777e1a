package domain

import "errors"

// ErrNotFound is returned when a node, document or path does not exist.
var ErrNotFound = errors.New("not found")

// ErrUnavailable wraps failures to reach a store's backend, so callers can
// tell "the database is down" from "the query was wrong".
var ErrUnavailable = errors.New("store unavailable")

// NodeOrder names the orderings a node listing supports.
type NodeOrder string

// Node orderings; ties break by ID so pages are stable.
const (
	OrderByName   NodeOrder = "NAME"
	OrderByDegree NodeOrder = "DEGREE" // descending
)

// NodeQuery filters and pages a node listing. Empty fields match all.
type NodeQuery struct {
	Kinds    []Kind
	Subtypes []string
	Document string // document ID the node must be mentioned in
	// NameContains matches case- and accent-insensitively against the name and aliases.
	NameContains string
	MinDegree    int
	Order        NodeOrder
	Offset       int
	Limit        int // 0 means no limit
	// NoTotal says the caller does not need the total, which a store may
	// then skip counting and return as 0.
	NoTotal bool
}

// RelationQuery filters and pages a relation listing. Empty fields match all.
type RelationQuery struct {
	Types   []RelationType
	NodeIDs []string // relations touching any of these nodes
	// Among narrows NodeIDs to relations with both ends among the nodes:
	// the edges of a drawing, which a store finds without listing every
	// relation of its hubs.
	Among    bool
	Document string // relations with evidence from this document
	Offset   int
	Limit    int // 0 means no limit
	// NoTotal says the caller does not need the total, which a store may
	// then skip counting and return as 0.
	NoTotal bool
}

// SearchHit is a node found by text search with its relevance.
type SearchHit struct {
	Node  Node    `json:"node"`
	Score float64 `json:"score"`
}

// Subgraph is a set of nodes and the relations among them, ready to draw.
type Subgraph struct {
	Nodes     []Node     `json:"nodes"`
	Relations []Relation `json:"relations"`
	// Truncated says a limit cut the subgraph short.
	Truncated bool `json:"truncated"`
}

// Path is an ordered walk from one node to another; Relations[i] joins
// Nodes[i] and Nodes[i+1] in either direction.
type Path struct {
	Nodes     []Node     `json:"nodes"`
	Relations []Relation `json:"relations"`
}

// Counts sums up a graph.
type Counts struct {
	Nodes          int                  `json:"nodes"`
	Relations      int                  `json:"relations"`
	Documents      int                  `json:"documents"`
	ByKind         map[Kind]int         `json:"byKind"`
	ByRelationType map[RelationType]int `json:"byRelationType"`
}

// DocumentInfo describes a loaded document without its text.
type DocumentInfo struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Hash string `json:"hash"`
	// Size is the length of the text in runes.
	Size int `json:"size"`
}

// Include says what a read of entities brings beside them, so that a store
// that pays per round trip (Neo4j) answers an entity and its relations in
// one, and reads nothing the caller will not show.
type Include struct {
	// Relations, when set, brings each entity's relations, paged as
	// RelationQuery{NodeIDs: []string{id}, Types: Types, Limit: Limit}
	// would, and the entities at their ends.
	Relations *RelationsOf
	// NoDocuments leaves every entity's Documents empty, the ends' too.
	NoDocuments bool
	// NoEvidence leaves every relation's Evidence empty; its Confidence
	// and Rule are still read.
	NoEvidence bool
}

// RelationsOf pages one entity's relations; a Limit of 0 means no limit.
type RelationsOf struct {
	Types []RelationType
	Limit int
}

// Related is what a read with Include.Relations brings beside its
// entities: each one's relations by entity ID, in ID order, and every
// entity at their ends by ID.
type Related struct {
	Relations map[string][]Relation
	Ends      map[string]Node
}
