package domain

import (
	"crypto/sha256"
	"encoding/base32"
	"encoding/json"
	"strings"
	"time"
)

// LensMode is which of the explorer's views a lens opens in.
type LensMode string

// The explorer's views.
const (
	LensGraph   LensMode = "GRAPH"
	LensList    LensMode = "LIST"
	LensStances LensMode = "STANCES"
)

// LensView is the state of the explorer a lens restores: what is loaded
// (the focus's neighbourhood, or the overview without one) and the filters
// that narrow what shows. Empty fields filter nothing.
type LensView struct {
	// Focus is the entity whose neighbourhood is drawn, Depth hops deep;
	// empty for the overview.
	Focus string `json:"focus,omitempty"`
	Depth int    `json:"depth,omitempty"`
	// Selected is the entity open in the side panel.
	Selected      string         `json:"selected,omitempty"`
	Kinds         []Kind         `json:"kinds,omitempty"`
	Subtypes      []string       `json:"subtypes,omitempty"`
	Types         []RelationType `json:"types,omitempty"`
	Document      string         `json:"document,omitempty"` // entities mentioned in this document only
	MinDegree     int            `json:"minDegree,omitempty"`
	MinConfidence float64        `json:"minConfidence,omitempty"`
	// Window keeps the relations that held in it.
	Window TimeWindow `json:"window,omitzero"`
	// HideUndated hides relations no sentence dates; the zero view shows
	// them, as the explorer does.
	HideUndated bool     `json:"hideUndated,omitempty"`
	Mode        LensMode `json:"mode,omitempty"`
}

// LensRelation names a relation a lens showed when it was saved; the ends
// and type stay readable after the relation itself is gone.
type LensRelation struct {
	ID     string       `json:"id"`
	Type   RelationType `json:"type"`
	Source string       `json:"source"`
	Target string       `json:"target"`
}

// Lens is a saved, citable view of the graph: the view, the version of the
// graph it was drawn from and the relations it showed then, so that a later
// reader can tell whether and how the graph has changed since.
type Lens struct {
	ID    string   `json:"id"`
	Title string   `json:"title,omitempty"`
	Note  string   `json:"note,omitempty"`
	View  LensView `json:"view"`
	// GraphHash names the graph the view was drawn from (see lens.GraphHash).
	GraphHash string         `json:"graphHash"`
	Relations []LensRelation `json:"relations"`
	Created   time.Time      `json:"created"`
}

// lensIDEncoding writes IDs in lower-case base32 without padding: short,
// case-insensitive-safe in URLs and free of look-alike punctuation.
var lensIDEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// LensIDLength is the length of a lens ID: 50 bits of a SHA-256, ample for
// the views one server keeps.
const LensIDLength = 10

// LensID derives a lens's ID from what it says (title, note, view, graph
// and relations, not when it was saved), so saving the same view of the
// same graph twice gives the same lens rather than a second one.
func LensID(l Lens) string {
	content := struct {
		Title, Note string
		View        LensView
		GraphHash   string
		Relations   []LensRelation
	}{l.Title, l.Note, l.View, l.GraphHash, l.Relations}
	// Marshalling plain structs of strings, numbers and dates cannot fail.
	b, _ := json.Marshal(content)
	sum := sha256.Sum256(b)
	return lensIDEncoding.EncodeToString(sum[:])[:LensIDLength]
}

// ValidLensID reports whether id has the shape LensID gives, so that a
// malformed ID is refused before any store is asked.
func ValidLensID(id string) bool {
	if len(id) != LensIDLength {
		return false
	}
	for _, r := range id {
		if !strings.ContainsRune("abcdefghijklmnopqrstuvwxyz234567", r) {
			return false
		}
	}
	return true
}
