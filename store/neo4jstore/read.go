package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/store"
)

// nodeColumn projects an entity e, with its documents, into the map
// nodeFrom reads.
var nodeColumn = nodeProjection("e", true) + ` AS e`

// relationColumns groups the evidence relationships r of a relation between
// a and b, one per document, into one row that relationFrom reads.
const relationColumns = `r.relId AS id, type(r) AS type, a.id AS source, b.id AS target,
  collect(r {` + evidenceFields + `}) AS evidence`

// evidenceFields are the properties of an evidence relationship that
// relationFrom reads.
const evidenceFields = `.doc, .texts, .starts, .ends, .years, .rules, .confidence, .rule, .dates, .dateKinds`

// provenanceFields are the evidenceFields a relation's confidence and rule
// come from: what relationFrom needs when the caller shows no evidence,
// whose sentences are most of what reading a relation costs.
const provenanceFields = `.doc, .confidence, .rule`

// evidenceOf is evidenceFields, or provenanceFields when inc asks for no
// evidence.
func evidenceOf(inc domain.Include) string {
	if inc.NoEvidence {
		return provenanceFields
	}
	return evidenceFields
}

// maxPathHops bounds ShortestPath's search: a variable-length bound cannot be
// a query parameter, so the bound is this constant and the caller's
// maxLength filters the shortest path found.
const maxPathHops = 32

func nodeFrom(v any) domain.Node {
	m := asMap(v)
	return domain.Node{
		ID:        asString(m["id"]),
		Kind:      domain.Kind(asString(m["kind"])),
		Subtype:   asString(m["subtype"]),
		Name:      asString(m["name"]),
		Aliases:   asStrings(m["aliases"]),
		Code:      asString(m["code"]),
		Documents: asStrings(m["documents"]),
		Mentions:  asInt(m["mentions"]),
		Degree:    asInt(m["degree"]),
	}
}

// relationFrom reads the values of relationColumns, in their order.
func relationFrom(values []any) domain.Relation {
	r := domain.Relation{
		ID:     asString(values[0]),
		Type:   domain.RelationType(asString(values[1])),
		Source: asString(values[2]),
		Target: asString(values[3]),
	}
	evs, _ := values[4].([]any)
	var best store.Provenance
	for _, v := range evs {
		m := asMap(v)
		doc := asString(m["doc"])
		if p := (store.Provenance{Confidence: asFloat(m["confidence"]), Rule: asString(m["rule"]), Document: doc}); p.Outranks(best) {
			best = p
		}
		// The document's sentences, in parallel lists; none when the
		// document states the relation without a sentence. Rules are
		// missing when no sentence has one, as in graphs written before
		// rules were kept.
		texts, starts, ends, years, rules := asStrings(m["texts"]), asInts(m["starts"]), asInts(m["ends"]), asInts(m["years"]), asStrings(m["rules"])
		dates, kinds := asStrings(m["dates"]), asStrings(m["dateKinds"])
		for i := range texts {
			ev := domain.Evidence{Document: doc, Text: texts[i], Start: starts[i], End: ends[i], Year: years[i]}
			if i < len(rules) {
				ev.Rule = rules[i]
			}
			if i < len(dates) {
				ev.Date, ev.DateKind = storedDate(dates[i], kinds[i])
			}
			r.Evidence = append(r.Evidence, ev)
		}
	}
	r.Confidence, r.Rule = best.Confidence, best.Rule
	slices.SortFunc(r.Evidence, func(a, b domain.Evidence) int {
		return cmp.Or(cmp.Compare(a.Document, b.Document), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	return r
}

// typeNames is the $types parameter: the asked types, or all of them.
func typeNames(types []domain.RelationType) []string {
	if len(types) == 0 {
		types = domain.RelationTypes
	}
	out := make([]string, len(types))
	for i, t := range types {
		out[i] = string(t)
	}
	return out
}

func kindNames(kinds []domain.Kind) []string {
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = string(k)
	}
	return out
}

// pageClause is SKIP and LIMIT over $offset and $limit; a limit of 0 means none.
func pageClause(limit int) string {
	if limit > 0 {
		return " SKIP $offset LIMIT $limit"
	}
	return " SKIP $offset"
}

// relationsMatching reads, in ID order, the relations of the evidence
// relationships that match binds to r, from a to b.
func relationsMatching(ctx context.Context, tx neo4j.ManagedTransaction, match string, params map[string]any) ([]domain.Relation, error) {
	recs, err := collect(ctx, tx, match+" RETURN "+relationColumns+" ORDER BY id", params)
	if err != nil {
		return nil, err
	}
	out := make([]domain.Relation, len(recs))
	for i, rec := range recs {
		out[i] = relationFrom(rec.Values)
	}
	return out, nil
}

// Documents lists the loaded documents by name.
func (s *Store) Documents(ctx context.Context) ([]domain.DocumentInfo, error) {
	return query(ctx, s, "documents", "MATCH (d:Document) RETURN d.id, d.name, d.hash, d.size ORDER BY d.name, d.id", nil, func(recs []*neo4j.Record) ([]domain.DocumentInfo, error) {
		out := make([]domain.DocumentInfo, len(recs))
		for i, rec := range recs {
			out[i] = domain.DocumentInfo{
				ID: asString(rec.Values[0]), Name: asString(rec.Values[1]),
				Hash: asString(rec.Values[2]), Size: asInt(rec.Values[3]),
			}
		}
		return out, nil
	})
}

// Document returns a document with its mentions in text order.
func (s *Store) Document(ctx context.Context, id string) (domain.Doc, []domain.Mention, error) {
	type result struct {
		doc      domain.Doc
		mentions []domain.Mention
	}
	res, err := read(ctx, s, "document "+id, func(tx neo4j.ManagedTransaction) (result, error) {
		recs, err := collect(ctx, tx,
			"MATCH (d:Document {id: $id}) RETURN d.name, d.text, d.hash, [i IN d.mentionIndexes | d.entityIds[i]],"+
				" d.mentionTexts, d.mentionStarts, d.mentionEnds, d.date",
			map[string]any{"id": id})
		if err != nil {
			return result{}, err
		}
		if len(recs) == 0 {
			return result{}, domain.ErrNotFound
		}
		v := recs[0].Values
		r := result{doc: domain.Doc{ID: id, Name: asString(v[0]), Text: asString(v[1]), Hash: asString(v[2])}}
		r.doc.Date, _ = storedDate(asString(v[7]), "")
		entities, texts, starts, ends := asStrings(v[3]), asStrings(v[4]), asInts(v[5]), asInts(v[6])
		for i := range entities {
			r.mentions = append(r.mentions, domain.Mention{Entity: entities[i], Text: texts[i], Start: starts[i], End: ends[i]})
		}
		// Mentions at the same place keep the order the extraction gave.
		slices.SortStableFunc(r.mentions, func(a, b domain.Mention) int {
			return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
		return r, nil
	})
	return res.doc, res.mentions, err
}

// Node returns one entity.
func (s *Store) Node(ctx context.Context, id string) (domain.Node, error) {
	return query(ctx, s, "node "+id, "MATCH (e:Entity {id: $id}) RETURN "+nodeColumn, map[string]any{"id": id}, func(recs []*neo4j.Record) (domain.Node, error) {
		if len(recs) == 0 {
			return domain.Node{}, domain.ErrNotFound
		}
		return nodeFrom(recs[0].Values[0]), nil
	})
}

// Nodes returns the entities that exist among ids, in the order asked.
func (s *Store) Nodes(ctx context.Context, ids []string) ([]domain.Node, error) {
	nodes, _, err := s.NodesWith(ctx, ids, domain.Include{})
	return nodes, err
}

// ListNodes filters, orders and pages the entities; the total counts every
// match before paging.
func (s *Store) ListNodes(ctx context.Context, q domain.NodeQuery) ([]domain.Node, int, error) {
	nodes, total, _, err := s.ListNodesWith(ctx, q, domain.Include{})
	return nodes, total, err
}

// Relations filters and pages the relations in ID order; the total counts
// every match before paging.
func (s *Store) Relations(ctx context.Context, q domain.RelationQuery) ([]domain.Relation, int, error) {
	rels, total, _, err := s.relations(ctx, q, nil)
	return rels, total, err
}

// relations reads a page of relations, its total when the caller needs it,
// and, unless inc is nil, the entities at the page's ends, with what inc
// includes, in one statement.
func (s *Store) relations(ctx context.Context, q domain.RelationQuery, inc *domain.Include) ([]domain.Relation, int, map[string]domain.Node, error) {
	params := map[string]any{"types": typeNames(q.Types), "nodes": q.NodeIDs, "offset": max(q.Offset, 0), "limit": q.Limit}
	// Each form binds r, a and b for the evidence relationships that match.
	var match string
	switch {
	case q.Document != "":
		params["doc"] = q.Document
		match = evidenceOfDocument("$doc") + " AND type(r) IN $types"
		switch {
		case len(q.NodeIDs) > 0 && q.Among:
			match += " AND a.id IN $nodes AND b.id IN $nodes"
		case len(q.NodeIDs) > 0:
			match += " AND (a.id IN $nodes OR b.id IN $nodes)"
		}
	case len(q.NodeIDs) > 0 && q.Among:
		match = "MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $nodes AND b.id IN $nodes AND type(r) IN $types"
	case len(q.NodeIDs) > 0:
		match = "MATCH (n:Entity)-[r]-(:Entity) WHERE n.id IN $nodes AND type(r) IN $types" +
			" WITH r, startNode(r) AS a, endNode(r) AS b"
	default:
		match = "MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types"
	}
	// The page is taken over relation IDs first, then all the evidence of
	// the page's relations is gathered, not only the evidence that matched.
	columns, evidence := "relations", evidenceFields
	if inc != nil {
		columns += ", collect(a) + collect(b) AS endNodes"
		evidence = evidenceOf(*inc)
	}
	stmt := "CALL () { " + match +
		" WITH DISTINCT r.relId AS rid, a, b ORDER BY rid" + pageClause(q.Limit) +
		" MATCH (a)-[r]->(b) WHERE r.relId = rid WITH a, b, " + strings.Replace(relationColumns, evidenceFields, evidence, 1) +
		" ORDER BY id RETURN collect([id, type, source, target, evidence]) AS " + columns + " }"
	if q.NoTotal {
		stmt += " WITH *, 0 AS total"
	} else {
		stmt += " CALL () { " + match + " RETURN count(DISTINCT r.relId) AS total }"
	}
	ret := " RETURN total, relations"
	if inc != nil {
		stmt += " CALL (endNodes) { UNWIND endNodes AS n WITH DISTINCT n RETURN collect(" +
			nodeProjection("n", !inc.NoDocuments) + ") AS ends }"
		ret += ", ends"
	}
	type result struct {
		rels  []domain.Relation
		total int
		ends  map[string]domain.Node
	}
	res, err := query(ctx, s, "relations", stmt+ret, params, func(recs []*neo4j.Record) (result, error) {
		v := recs[0].Values
		r := result{total: asInt(v[0])}
		for _, rel := range asSlice(v[1]) {
			r.rels = append(r.rels, relationFrom(asSlice(rel)))
		}
		if inc != nil {
			r.ends = map[string]domain.Node{}
			for _, e := range asSlice(v[2]) {
				n := nodeFrom(e)
				r.ends[n.ID] = n
			}
		}
		return r, nil
	})
	return res.rels, res.total, res.ends, err
}

// Search ranks the entities whose names or aliases match text: see
// SearchWith.
func (s *Store) Search(ctx context.Context, text string, kinds []domain.Kind, limit int) ([]domain.SearchHit, error) {
	hits, _, err := s.SearchWith(ctx, text, kinds, limit, domain.Include{})
	return hits, err
}

// escapeLucene quotes Lucene's query syntax so the user's words are only
// ever words. Fold leaves letters and digits today; this keeps the query
// well-formed whatever it leaves tomorrow.
func escapeLucene(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`+-&|!(){}[]^"~*?:\/`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// neighbourhoodRing adds one ring to the walk: the unkept entities next to
// the last ring (its frontier), the better connected first, as many as the
// limit leaves room for. A truncated walk takes no further ring; an empty
// frontier yields an empty ring.
const neighbourhoodRing = `
CALL (order, frontier, truncated) {
  UNWIND CASE WHEN truncated THEN [] ELSE frontier END AS fid
  MATCH (:Entity {id: fid})-[r]-(o:Entity) WHERE type(r) IN $types AND NOT o.id IN order
  WITH DISTINCT o ORDER BY o.degree DESC, o.id
  RETURN collect(o.id) AS next
}
WITH c, order, next, truncated, $limit - size(order) AS room
WITH c, order + next[..room] AS order, next[..room] AS frontier, truncated OR size(next) > room AS truncated`

// neighbourhoodRead reads the kept entities and the relations among them.
var neighbourhoodRead = `
CALL (order) {
  UNWIND order AS nid
  MATCH (e:Entity {id: nid})
  RETURN collect(` + nodeProjection("e", true) + `) AS nodes
}
CALL (order) {
  MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN order AND b.id IN order AND type(r) IN $types
  WITH ` + relationColumns + `
  ORDER BY id
  RETURN collect([id, type, source, target, evidence]) AS relations
}
RETURN order, truncated, nodes, relations`

// neighbourhoodStatement walks the rings up to depth and reads what they
// kept, in one statement. The walk is unrolled, one ring per hop, because
// Cypher has no loop that carries the kept set along; the text depends on
// the depth alone, so Neo4j plans each depth once.
func neighbourhoodStatement(depth int) string {
	return "MATCH (c:Entity {id: $id})\nWITH c, [c.id] AS order, [c.id] AS frontier, false AS truncated" +
		strings.Repeat(neighbourhoodRing, depth) + neighbourhoodRead
}

// Neighbourhood walks ring by ring, keeps the centre, then nearer before
// farther and, within a ring, the better connected first, and returns the
// relations among the kept entities; all in one statement.
func (s *Store) Neighbourhood(ctx context.Context, id string, depth int, types []domain.RelationType, limit int) (domain.Subgraph, error) {
	if depth < 1 {
		depth = 1
	}
	if limit <= 0 {
		limit = math.MaxInt32
	}
	stmt := neighbourhoodStatement(depth)
	params := map[string]any{"id": id, "types": typeNames(types), "limit": limit}
	return query(ctx, s, "neighbourhood of "+id, stmt, params, func(recs []*neo4j.Record) (domain.Subgraph, error) {
		if len(recs) == 0 {
			return domain.Subgraph{}, domain.ErrNotFound
		}
		rec := recs[0]
		byID := map[string]domain.Node{}
		for _, v := range asSlice(rec.Values[2]) {
			n := nodeFrom(v)
			byID[n.ID] = n
		}
		sg := domain.Subgraph{Truncated: rec.Values[1] == true}
		for _, nid := range asStrings(rec.Values[0]) {
			sg.Nodes = append(sg.Nodes, byID[nid])
		}
		for _, v := range asSlice(rec.Values[3]) {
			sg.Relations = append(sg.Relations, relationFrom(asSlice(v)))
		}
		return sg, nil
	})
}

// pathStatement finds the ends, the shortest path between them and the
// path's entities and relations (each with all its evidence), in one
// statement. The length filter sits behind WITH so that it cannot turn the
// shortest-path search into an exhaustive one; the search is skipped when
// an end is missing or both are one entity, where Neo4j's would fail.
var pathStatement = fmt.Sprintf(`
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = shortestPath((a)-[rs*..%d]-(b))
  WHERE all(r IN rs WHERE type(r) IN $types)
  WITH p WHERE length(p) <= $max
  RETURN collect(p)[0] AS p
}
WITH a IS NOT NULL AND b IS NOT NULL AS found, p,
  CASE WHEN p IS NOT NULL THEN nodes(p) WHEN a = b THEN [a] ELSE [] END AS walk
CALL (walk) {
  UNWIND walk AS e
  RETURN collect(%s) AS nodes
}
CALL (p) {
  UNWIND CASE WHEN p IS NULL THEN [] ELSE relationships(p) END AS step
  WITH DISTINCT step.relId AS rid, startNode(step) AS a, endNode(step) AS b
  MATCH (a)-[r]->(b) WHERE r.relId = rid
  WITH a, b, %s
  RETURN collect([id, type, source, target, evidence]) AS relations
}
RETURN found, [e IN walk | e.id] AS order,
  CASE WHEN p IS NULL THEN [] ELSE [r IN relationships(p) | r.relId] END AS steps, nodes, relations`,
	maxPathHops, nodeProjection("e", true), relationColumns)

// ShortestPath lets Neo4j's bidirectional search find the path, in one
// statement with the path's entities and relations.
func (s *Store) ShortestPath(ctx context.Context, from, to string, types []domain.RelationType, maxLength int) (domain.Path, error) {
	params := map[string]any{"from": from, "to": to, "types": typeNames(types), "max": maxLength}
	op := fmt.Sprintf("path from %s to %s", from, to)
	return query(ctx, s, op, pathStatement, params, func(recs []*neo4j.Record) (domain.Path, error) {
		v := recs[0].Values
		if v[0] != true {
			return domain.Path{}, domain.ErrNotFound
		}
		order := asStrings(v[1])
		if len(order) == 0 {
			return domain.Path{}, fmt.Errorf("none within %d hops: %w", maxLength, domain.ErrNotFound)
		}
		byID := map[string]domain.Node{}
		for _, n := range asSlice(v[3]) {
			node := nodeFrom(n)
			byID[node.ID] = node
		}
		relByID := map[string]domain.Relation{}
		for _, r := range asSlice(v[4]) {
			rel := relationFrom(asSlice(r))
			relByID[rel.ID] = rel
		}
		var p domain.Path
		for _, id := range order {
			p.Nodes = append(p.Nodes, byID[id])
		}
		for _, id := range asStrings(v[2]) {
			p.Relations = append(p.Relations, relByID[id])
		}
		return p, nil
	})
}

// Graph returns every entity and relation, both in ID order.
func (s *Store) Graph(ctx context.Context) (domain.Subgraph, error) {
	return read(ctx, s, "graph", func(tx neo4j.ManagedTransaction) (domain.Subgraph, error) {
		recs, err := collect(ctx, tx, "MATCH (e:Entity) RETURN "+nodeColumn+" ORDER BY e.id", nil)
		if err != nil {
			return domain.Subgraph{}, err
		}
		var sg domain.Subgraph
		for _, rec := range recs {
			sg.Nodes = append(sg.Nodes, nodeFrom(rec.Values[0]))
		}
		rels, err := relationsMatching(ctx, tx, "MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types",
			map[string]any{"types": typeNames(nil)})
		if len(rels) > 0 {
			sg.Relations = rels
		}
		return sg, err
	})
}

// Counts sums the graph up.
func (s *Store) Counts(ctx context.Context) (domain.Counts, error) {
	return read(ctx, s, "counts", func(tx neo4j.ManagedTransaction) (domain.Counts, error) {
		c := domain.Counts{ByKind: map[domain.Kind]int{}, ByRelationType: map[domain.RelationType]int{}}
		recs, err := collect(ctx, tx, "MATCH (e:Entity) RETURN e.kind, count(*)", nil)
		if err != nil {
			return c, err
		}
		for _, rec := range recs {
			n := asInt(rec.Values[1])
			c.ByKind[domain.Kind(asString(rec.Values[0]))] = n
			c.Nodes += n
		}
		recs, err = collect(ctx, tx, "MATCH ()-[r]->() WHERE type(r) IN $types RETURN type(r), count(DISTINCT r.relId)",
			map[string]any{"types": typeNames(nil)})
		if err != nil {
			return c, err
		}
		for _, rec := range recs {
			n := asInt(rec.Values[1])
			c.ByRelationType[domain.RelationType(asString(rec.Values[0]))] = n
			c.Relations += n
		}
		recs, err = collect(ctx, tx, "MATCH (d:Document) RETURN count(d)", nil)
		if err != nil {
			return c, err
		}
		c.Documents = asInt(recs[0].Values[0])
		return c, nil
	})
}
