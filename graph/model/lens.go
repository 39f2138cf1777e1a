package model

// Lens is a lens as the API shows it. Every field comes from one reopening
// of the lens (its view drawn on the graph as it is now), so the resolver
// fills them all at once; Citations keeps the whole list for the citations
// field to cut.
type Lens struct {
	ID                 string       `json:"id"`
	Title              *string      `json:"title,omitempty"`
	Note               *string      `json:"note,omitempty"`
	CreatedAt          string       `json:"createdAt"`
	View               *LensView    `json:"view"`
	GraphHash          string       `json:"graphHash"`
	CurrentGraphHash   string       `json:"currentGraphHash"`
	Stale              bool         `json:"stale"`
	SavedRelationCount int          `json:"savedRelationCount"`
	RelationCount      int          `json:"relationCount"`
	Changes            *LensChanges `json:"changes"`
	CitationCount      int          `json:"citationCount"`
	CitationsText      string       `json:"citationsText"`
	CitationsBibtex    string       `json:"citationsBibtex"`
	Citations          []Citation   `json:"-"`
}
