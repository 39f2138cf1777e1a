// Package domain holds Diplograph's vocabulary: the kinds of node, the typed
// relations between them and the evidence that backs each relation. It
// imports nothing of ours so that every other package can depend on it.
package domain

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Kind is the top-level class of a node.
type Kind string

// The node kinds of the ontology; Document is the source text itself.
const (
	Actor    Kind = "Actor"
	Forum    Kind = "Forum"
	Treaty   Kind = "Treaty"
	Issue    Kind = "Issue"
	Document Kind = "Document"
)

// EntityKinds are the kinds an extracted entity may have.
var EntityKinds = []Kind{Actor, Forum, Treaty, Issue}

// Valid reports whether k is one of the entity kinds or Document.
func (k Kind) Valid() bool {
	switch k {
	case Actor, Forum, Treaty, Issue, Document:
		return true
	}
	return false
}

// Subtypes lists the subtypes each kind allows; Issue has none.
var Subtypes = map[Kind][]string{
	Actor:  {"STATE", "REGIONAL_BLOC", "GOVERNMENT_BODY", "COMPANY", "CIVIL_SOCIETY", "ACADEMIA", "MEDIA", "PERSON"},
	Forum:  {"MULTILATERAL_ORG", "CLUB", "MULTISTAKEHOLDER", "COALITION", "STANDARDS_BODY", "DIALOGUE", "EVENT"},
	Treaty: {"CONVENTION", "LAW", "DECLARATION", "AGREEMENT", "STRATEGY", "INITIATIVE"},
	Issue:  {},
}

// ValidSubtype reports whether subtype belongs to kind ("" is always allowed).
func ValidSubtype(kind Kind, subtype string) bool {
	if subtype == "" {
		return true
	}
	for _, s := range Subtypes[kind] {
		if s == subtype {
			return true
		}
	}
	return false
}

// RelationType is one of the thirteen typed relations of the ontology.
type RelationType string

// The relation types, directed source -> target.
const (
	MemberOf       RelationType = "MEMBER_OF"
	ParticipatesIn RelationType = "PARTICIPATES_IN"
	Supports       RelationType = "SUPPORTS"
	Opposes        RelationType = "OPPOSES"
	PartyTo        RelationType = "PARTY_TO"
	Authored       RelationType = "AUTHORED"
	CooperatesWith RelationType = "COOPERATES_WITH"
	InTensionWith  RelationType = "IN_TENSION_WITH"
	Addresses      RelationType = "ADDRESSES"
	EngagesOn      RelationType = "ENGAGES_ON"
	PartOf         RelationType = "PART_OF"
	AffiliatedWith RelationType = "AFFILIATED_WITH"
	References     RelationType = "REFERENCES"
)

// RelationTypes lists every relation type in a stable order.
var RelationTypes = []RelationType{
	MemberOf, ParticipatesIn, Supports, Opposes, PartyTo, Authored, CooperatesWith,
	InTensionWith, Addresses, EngagesOn, PartOf, AffiliatedWith, References,
}

// Valid reports whether t is one of the thirteen relation types.
func (t RelationType) Valid() bool {
	for _, r := range RelationTypes {
		if r == t {
			return true
		}
	}
	return false
}

// Symmetric reports whether the relation reads the same both ways; such a
// relation is stored once per pair, with its ends in ID order.
func (t RelationType) Symmetric() bool {
	return t == CooperatesWith || t == InTensionWith
}

// Node is an entity or a document in the graph.
type Node struct {
	ID      string   `json:"id"`
	Kind    Kind     `json:"kind"`
	Subtype string   `json:"subtype"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	// Code joins the node to other datasets: ISO 3166-1 alpha-2 for states.
	Code string `json:"code,omitempty"`
	// Documents names (by document ID) every document that mentions the node.
	Documents []string `json:"documents,omitempty"`
	// Mentions counts the node's mentions over all documents.
	Mentions int `json:"mentions"`
	// Degree counts the typed relations that touch the node.
	Degree int `json:"degree"`
}

// Evidence is the sentence of a document that states a relation.
type Evidence struct {
	Document string `json:"document"` // document ID
	Text     string `json:"text"`
	Start    int    `json:"start"` // character (rune) offset into the document text
	End      int    `json:"end"`
	// Year is the year the sentence or its document states, 0 when none.
	Year int `json:"year,omitempty"`
	// Date is the date the sentence states, or else its document's, as
	// precise as written; DateKind says whether it is a point, a start or
	// an end (empty when Date is zero).
	Date     Date     `json:"date,omitzero"`
	DateKind DateKind `json:"dateKind,omitempty"`
	// Rule names the extraction rule that read the relation in this
	// sentence ("list-subject", "document-voice"), so that a researcher can
	// judge it; empty for relations a curator or a store made.
	Rule string `json:"rule,omitempty"`
}

// Relation is a typed, directed edge with the evidence that states it.
type Relation struct {
	ID         string       `json:"id"`
	Type       RelationType `json:"type"`
	Source     string       `json:"source"`
	Target     string       `json:"target"`
	Confidence float64      `json:"confidence"`
	// Rule is the rule of the evidence that gave the confidence.
	Rule     string     `json:"rule,omitempty"`
	Evidence []Evidence `json:"evidence"`
}

// Mention is one occurrence of an entity in a document's text.
type Mention struct {
	Entity string `json:"entity"` // entity ID
	Text   string `json:"text"`   // the surface form as written
	Start  int    `json:"start"`  // rune offsets into the document text
	End    int    `json:"end"`
}

// Doc is a source document with its text.
type Doc struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Text string `json:"text"`
	// Hash is a digest of Text, so an unchanged document need not be reloaded.
	Hash string `json:"hash"`
	// Date is the date the file's markup gives (an HTML <time> or meta
	// date, Markdown front matter), zero when none; the extractor falls
	// back on a date in the first lines.
	Date Date `json:"date,omitzero"`
}

// Extraction is one document's whole contribution to the graph. A store
// applies it atomically and replaces whatever the same document gave before.
type Extraction struct {
	Document  Doc        `json:"document"`
	Entities  []Node     `json:"entities"`  // Documents and Degree are filled by the store
	Relations []Relation `json:"relations"` // evidence only from this document
	Mentions  []Mention  `json:"mentions"`
}

// NodeID derives the stable ID of a node from its kind and canonical name, so
// that loading the same entity twice yields one node.
func NodeID(kind Kind, name string) string {
	return strings.ToLower(string(kind)) + ":" + Slug(name)
}

// DocumentID derives the stable ID of a document from its name.
func DocumentID(name string) string {
	return NodeID(Document, name)
}

// RelationID derives the stable ID of a relation from its type and ends;
// symmetric relations get the same ID whichever way round they are given.
func RelationID(t RelationType, source, target string) string {
	sum := relationSum(t, source, target)
	return relationIDPrefix + hex.EncodeToString(sum[:relationSumBytes])
}

const (
	relationIDPrefix = "rel:"
	relationSumBytes = 10 // of the SHA-256, hex in the ID
)

// relationSum is the digest a relation ID encodes. Its input is assembled
// in a buffer on the stack: stores check the ID of every relation they are
// given, and a million relations would otherwise make as many strings.
func relationSum(t RelationType, source, target string) [sha256.Size]byte {
	if t.Symmetric() && target < source {
		source, target = target, source
	}
	var buf [256]byte
	in := append(buf[:0], t...)
	in = append(append(in, 0), source...)
	in = append(append(in, 0), target...)
	return sha256.Sum256(in)
}

// isRelationID reports whether id is RelationID(t, source, target) without
// building that string.
func isRelationID(id string, t RelationType, source, target string) bool {
	var hexSum [2 * relationSumBytes]byte
	if len(id) != len(relationIDPrefix)+len(hexSum) || id[:len(relationIDPrefix)] != relationIDPrefix {
		return false
	}
	sum := relationSum(t, source, target)
	hex.Encode(hexSum[:], sum[:relationSumBytes])
	return string(hexSum[:]) == id[len(relationIDPrefix):]
}

// NewRelation builds a relation with its ID, ordering the ends of a
// symmetric relation.
func NewRelation(t RelationType, source, target string, confidence float64, ev ...Evidence) Relation {
	if t.Symmetric() && target < source {
		source, target = target, source
	}
	return Relation{ID: RelationID(t, source, target), Type: t, Source: source, Target: target, Confidence: confidence, Evidence: ev}
}

// TextHash is the digest stored in Doc.Hash.
func TextHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:16])
}

// Slug folds a name to lower-case ASCII words joined by hyphens: accents are
// dropped and punctuation separates words.
func Slug(name string) string {
	return strings.ReplaceAll(Fold(name), " ", "-")
}

// Validate checks an extraction before a store applies it, so that a store
// never holds a dangling or mistyped edge.
func (x Extraction) Validate() error {
	if x.Document.ID == "" || x.Document.Name == "" {
		return fmt.Errorf("extraction: document has no id or name")
	}
	ids := make(map[string]Kind, len(x.Entities))
	for _, e := range x.Entities {
		if e.ID == "" || e.Name == "" {
			return fmt.Errorf("extraction %s: entity without id or name", x.Document.Name)
		}
		if e.Kind == Document || !e.Kind.Valid() {
			return fmt.Errorf("extraction %s: entity %s has invalid kind %q", x.Document.Name, e.ID, e.Kind)
		}
		if !ValidSubtype(e.Kind, e.Subtype) {
			return fmt.Errorf("extraction %s: entity %s has invalid subtype %q for %s", x.Document.Name, e.ID, e.Subtype, e.Kind)
		}
		ids[e.ID] = e.Kind
	}
	for _, r := range x.Relations {
		if !r.Type.Valid() {
			return fmt.Errorf("extraction %s: relation %s has invalid type %q", x.Document.Name, r.ID, r.Type)
		}
		if _, ok := ids[r.Source]; !ok {
			return fmt.Errorf("extraction %s: relation %s has unknown source %s", x.Document.Name, r.ID, r.Source)
		}
		if _, ok := ids[r.Target]; !ok {
			return fmt.Errorf("extraction %s: relation %s has unknown target %s", x.Document.Name, r.ID, r.Target)
		}
		if !isRelationID(r.ID, r.Type, r.Source, r.Target) {
			return fmt.Errorf("extraction %s: relation %s has an ID that does not match its type and ends", x.Document.Name, r.ID)
		}
		for _, ev := range r.Evidence {
			if ev.Document != x.Document.ID {
				return fmt.Errorf("extraction %s: relation %s carries evidence from another document %s", x.Document.Name, r.ID, ev.Document)
			}
		}
	}
	for _, m := range x.Mentions {
		if _, ok := ids[m.Entity]; !ok {
			return fmt.Errorf("extraction %s: mention of unknown entity %s", x.Document.Name, m.Entity)
		}
	}
	return nil
}

// Fold reduces a name to the form searches compare: lower case, accents
// dropped, every run of punctuation or space one space. "Côte d’Ivoire" and
// "cote d'ivoire" fold alike.
func Fold(s string) string {
	var b strings.Builder
	space := false
	// Invalid bytes would stop the normaliser from decomposing what follows
	// them, and a second fold would then change the result.
	for _, r := range norm.NFKD.String(strings.ToValidUTF8(s, " ")) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}
