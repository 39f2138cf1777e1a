// Package store names what every Diplograph store offers, so the binary can
// hold either implementation and one conformance suite (store/storetest)
// can hold both to the same behaviour.
package store

import (
	"context"

	"github.com/diplograph/diplograph/domain"
)

// Store is the whole surface a Diplograph store offers. Callers depend on
// smaller interfaces of their own; this one is for the binary, which wires a
// store in, and for the suite, which holds every implementation to the same
// behaviour.
//
// The semantics every implementation keeps:
//   - Apply applies each extraction atomically. An extraction replaces what the
//     same document gave before: its mentions, its evidence, its entities.
//     Entities no document mentions any more disappear, and so do relations
//     left without evidence.
//   - A node's name, kind, subtype and code come from the latest extraction that
//     names them (non-empty values win); aliases are the union over documents,
//     sorted, without the name itself; Documents lists document IDs sorted;
//     Mentions sums mentions over documents; Degree counts distinct relations.
//   - A relation's evidence is the union over documents sorted by document and
//     start, each sentence with the rule that read it; its confidence is the
//     highest any document gave, and its rule is the one that gave that
//     confidence (see Provenance.Outranks for ties).
//   - Lookups of missing IDs return an error wrapping domain.ErrNotFound;
//     Nodes skips missing IDs and keeps the order of the rest.
//   - Search folds case and accents; an exact name or alias ranks first, then a
//     word prefix, then a substring; ties break by degree, then ID.
//   - Neighbourhood walks relations in both directions up to depth hops, keeps
//     at most limit nodes (the centre first, then nearer before farther) and
//     returns the relations among the kept nodes.
//   - ShortestPath walks relations in both directions, at most maxLength hops,
//     and wraps domain.ErrNotFound when no path exists.
//   - Version changes whenever Apply or RemoveDocument changes the graph, and
//     only then: answers computed at one version hold as long as it reads
//     the same. This process's changes show at once; a store other
//     processes may write to (Neo4j) shows theirs within a fraction of a
//     second.
//   - Failures to reach the backend wrap domain.ErrUnavailable.
type Store interface {
	Apply(ctx context.Context, xs []domain.Extraction) error
	RemoveDocument(ctx context.Context, id string) error
	Documents(ctx context.Context) ([]domain.DocumentInfo, error)
	Document(ctx context.Context, id string) (domain.Doc, []domain.Mention, error)
	Node(ctx context.Context, id string) (domain.Node, error)
	Nodes(ctx context.Context, ids []string) ([]domain.Node, error)
	ListNodes(ctx context.Context, q domain.NodeQuery) (nodes []domain.Node, total int, err error)
	Relations(ctx context.Context, q domain.RelationQuery) (rels []domain.Relation, total int, err error)
	Search(ctx context.Context, text string, kinds []domain.Kind, limit int) ([]domain.SearchHit, error)
	Neighbourhood(ctx context.Context, id string, depth int, types []domain.RelationType, limit int) (domain.Subgraph, error)
	ShortestPath(ctx context.Context, from, to string, types []domain.RelationType, maxLength int) (domain.Path, error)
	Graph(ctx context.Context) (domain.Subgraph, error)
	Counts(ctx context.Context) (domain.Counts, error)
	Version(ctx context.Context) (uint64, error)
	Ping(ctx context.Context) error
	Close(ctx context.Context) error
	// The curation log, kept apart from the extractions: CurationLog lists
	// every entry in ID order; Curate records one (new, or a new state of
	// it) and applies the extractions it changes in one transaction.
	CurationLog(ctx context.Context) ([]domain.Curation, error)
	Curate(ctx context.Context, c domain.Curation, xs []domain.Extraction) error
	// Saved views (see package lens), kept apart from the extractions so
	// that they outlive any reload: SaveLens keeps a lens unless one with
	// its ID exists and returns the one kept; Lens wraps domain.ErrNotFound
	// for an unknown ID. Neither changes Version.
	SaveLens(ctx context.Context, l domain.Lens) (domain.Lens, error)
	Lens(ctx context.Context, id string) (domain.Lens, error)
}

// Provenance is what one document says about how sure a relation is: the
// confidence it gives and the extraction rule that gave it. A store keeps the
// provenance that outranks every other as the relation's Confidence and Rule.
type Provenance struct {
	Confidence float64
	Rule       string
	Document   string // the document ID
}

// Outranks reports whether p, rather than q, gives a relation its confidence
// and rule: the higher confidence wins; on a tie a named rule wins over none
// (a curator's or store's relation), then the document whose ID sorts first.
// Every store merges by it, so that each reads the same relation the same way.
func (p Provenance) Outranks(q Provenance) bool {
	switch {
	case p.Confidence != q.Confidence:
		return p.Confidence > q.Confidence
	case (p.Rule == "") != (q.Rule == ""):
		return p.Rule != ""
	}
	return p.Document < q.Document
}
