package neo4jstore

import (
	"context"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/domain"
)

// Reads that bring, in the statement that finds some entities, each one's
// relations and the entities at their ends: the API asks for an entity
// with its relations in one request, and a statement per part of the
// answer costs Neo4j a transaction's work and the server a round trip each.

// nodeProjection projects the entity bound to v into the map nodeFrom
// reads. Its documents, kept in load order, are sorted by ID; they are
// left out when the caller shows no documents, as sorting them is most of
// the work of projecting a hub.
func nodeProjection(v string, documents bool) string {
	p := v + ` {.id, .kind, .subtype, .name, .aliases, .code, .mentions, .degree`
	if documents {
		p += `,
  documents: COLLECT { UNWIND ` + v + `.documents AS doc RETURN doc ORDER BY doc }`
	}
	return p + `}`
}

// relatedCall reads, for the entity bound to e, the page of its relations
// that Relations would give for RelationQuery{NodeIDs: {e.id}} (in ID
// order, all evidence of each) as the column relations, and the entities
// at their other ends as ends. Every evidence relationship of a relation
// touching e touches e, so one expansion of e finds them all; they are
// grouped by relation before the page is cut, and only the page's are read.
func relatedCall(inc domain.Include) string {
	limit := ""
	if inc.Relations.Limit > 0 {
		limit = " LIMIT $relLimit"
	}
	return `
CALL (e) {
  MATCH (e)-[r]-(o:Entity) WHERE type(r) IN $relTypes
  WITH DISTINCT r, o
  WITH r.relId AS id, o, collect(r) AS rs
  ORDER BY id` + limit + `
  RETURN collect([id, type(rs[0]), startNode(rs[0]).id, endNode(rs[0]).id,
      [r IN rs | r {` + evidenceOf(inc) + `}]]) AS relations,
    collect(DISTINCT o) AS others
}
CALL (others) {
  UNWIND others AS o
  RETURN collect(` + nodeProjection("o", !inc.NoDocuments) + `) AS ends
}`
}

// relatedOf is relatedCall over a list of projected entities, keyed by
// entity ID in the column related: one row, whatever order the list had.
func relatedOf(list string, inc domain.Include) string {
	return `
CALL (` + list + `) {
  UNWIND ` + list + ` AS n
  MATCH (e:Entity {id: n.id})` + relatedCall(inc) + `
  RETURN collect([e.id, relations, ends]) AS related
}`
}

// relatedParams adds relatedCall's parameters to params.
func relatedParams(params map[string]any, inc domain.Include) {
	if inc.Relations != nil {
		params["relTypes"] = typeNames(inc.Relations.Types)
		params["relLimit"] = inc.Relations.Limit
	}
}

// newRelated is the empty Related a read with inc fills, or the zero one
// when inc asks for no relations.
func newRelated(inc domain.Include) domain.Related {
	if inc.Relations == nil {
		return domain.Related{}
	}
	return domain.Related{Relations: map[string][]domain.Relation{}, Ends: map[string]domain.Node{}}
}

// addRelated reads one entity's relations and ends, the values of
// relatedCall's columns.
func addRelated(rel domain.Related, id string, relations, ends any) {
	rs := asSlice(relations)
	out := make([]domain.Relation, len(rs))
	for i, v := range rs {
		out[i] = relationFrom(asSlice(v))
	}
	rel.Relations[id] = out
	for _, v := range asSlice(ends) {
		n := nodeFrom(v)
		rel.Ends[n.ID] = n
	}
}

// addRelatedList reads relatedOf's column.
func addRelatedList(rel domain.Related, related any) {
	for _, v := range asSlice(related) {
		row := asSlice(v)
		addRelated(rel, asString(row[0]), row[1], row[2])
	}
}

// NodesWith returns the entities that exist among ids, in the order asked,
// with what inc includes, in one statement.
func (s *Store) NodesWith(ctx context.Context, ids []string, inc domain.Include) ([]domain.Node, domain.Related, error) {
	type result struct {
		nodes   []domain.Node
		related domain.Related
	}
	params := map[string]any{"ids": ids}
	stmt := "UNWIND $ids AS id MATCH (e:Entity {id: id})"
	ret := " RETURN " + nodeProjection("e", !inc.NoDocuments) + " AS e"
	if inc.Relations != nil {
		relatedParams(params, inc)
		stmt += relatedCall(inc)
		ret += ", relations, ends"
	}
	res, err := query(ctx, s, "nodes", stmt+ret, params, func(recs []*neo4j.Record) (result, error) {
		r := result{related: newRelated(inc)}
		byID := make(map[string]domain.Node, len(recs))
		for _, rec := range recs {
			n := nodeFrom(rec.Values[0])
			byID[n.ID] = n
			if inc.Relations != nil {
				addRelated(r.related, n.ID, rec.Values[1], rec.Values[2])
			}
		}
		r.nodes = make([]domain.Node, 0, len(ids))
		for _, id := range ids {
			if n, ok := byID[id]; ok {
				r.nodes = append(r.nodes, n)
			}
		}
		return r, nil
	})
	return res.nodes, res.related, err
}

// ListNodesWith is ListNodes with what inc includes, in one statement: the
// page, its total when the caller needs it, and the page's relations.
func (s *Store) ListNodesWith(ctx context.Context, q domain.NodeQuery, inc domain.Include) ([]domain.Node, int, domain.Related, error) {
	params := map[string]any{"offset": max(q.Offset, 0), "limit": q.Limit}
	match := "MATCH (e:Entity)"
	if q.Document != "" {
		match = "MATCH (d:Document {id: $doc}) UNWIND d.entityIds AS id MATCH (e:Entity {id: id})"
		params["doc"] = q.Document
	}
	var conds []string
	if len(q.Kinds) > 0 {
		conds = append(conds, "e.kind IN $kinds")
		params["kinds"] = kindNames(q.Kinds)
	}
	if len(q.Subtypes) > 0 {
		conds = append(conds, "e.subtype IN $subtypes")
		params["subtypes"] = q.Subtypes
	}
	if q.MinDegree > 0 {
		conds = append(conds, "e.degree >= $minDegree")
		params["minDegree"] = q.MinDegree
	}
	if q.NameContains != "" {
		conds = append(conds, "any(f IN e.forms WHERE f CONTAINS $name)")
		params["name"] = domain.Fold(q.NameContains)
	}
	if len(conds) > 0 {
		match += " WHERE " + strings.Join(conds, " AND ")
	}
	order := " ORDER BY e.name, e.id"
	if q.Order == domain.OrderByDegree {
		order = " ORDER BY e.degree DESC, e.id"
	}
	stmt := "CALL () { " + match + " WITH e" + order + pageClause(q.Limit) +
		" RETURN collect(" + nodeProjection("e", !inc.NoDocuments) + ") AS nodes }"
	if q.NoTotal {
		stmt += " WITH 0 AS total, nodes"
	} else {
		stmt += " CALL () { " + match + " RETURN count(e) AS total }"
	}
	ret := " RETURN total, nodes"
	if inc.Relations != nil {
		relatedParams(params, inc)
		stmt += relatedOf("nodes", inc)
		ret += ", related"
	}
	type result struct {
		nodes   []domain.Node
		total   int
		related domain.Related
	}
	res, err := query(ctx, s, "list nodes", stmt+ret, params, func(recs []*neo4j.Record) (result, error) {
		v := recs[0].Values
		r := result{total: asInt(v[0]), related: newRelated(inc)}
		for _, n := range asSlice(v[1]) {
			r.nodes = append(r.nodes, nodeFrom(n))
		}
		if inc.Relations != nil {
			addRelatedList(r.related, v[2])
		}
		return r, nil
	})
	return res.nodes, res.total, res.related, err
}

// searchRank orders Search's candidates e (each with ft, its best
// full-text score, 0 for a substring match) by the contract: exact name,
// exact alias, prefix, word prefix, substring, then what only the
// full-text index found; ties by degree, then ID.
const searchRank = `
WITH e, ft, [i IN range(0, size(e.forms) - 1) |
  CASE
    WHEN e.forms[i] = $q AND i = 0 THEN 100.0
    WHEN e.forms[i] = $q THEN 90.0
    WHEN e.forms[i] STARTS WITH $q THEN 60.0 + 10.0 * size($q) / size(e.forms[i])
    WHEN e.forms[i] CONTAINS ' ' + $q THEN 50.0 + 10.0 * size($q) / size(e.forms[i])
    WHEN e.forms[i] CONTAINS $q THEN 20.0
    ELSE 0.0
  END] AS scores
WITH e, ft, reduce(best = 0.0, x IN scores | CASE WHEN x > best THEN x ELSE best END) AS best
WITH e, CASE WHEN best > 0 THEN best ELSE 10.0 * ft / (ft + 1.0) END AS score
ORDER BY score DESC, e.degree DESC, e.id`

// SearchWith is Search with what inc includes, in one statement.
//
// Candidates come two ways: the full-text index matches words and word
// prefixes in any order, and a substring test on the folded name and
// aliases (forms) catches what the tokenizer splits differently.
func (s *Store) SearchWith(ctx context.Context, text string, kinds []domain.Kind, limit int, inc domain.Include) ([]domain.SearchHit, domain.Related, error) {
	q := domain.Fold(text)
	if q == "" {
		return nil, domain.Related{}, nil
	}
	terms := strings.Fields(q)
	for i, t := range terms {
		terms[i] = escapeLucene(t) + "*"
	}
	params := map[string]any{"q": q, "lucene": strings.Join(terms, " AND "), "offset": 0, "limit": limit}
	fulltext := "CALL db.index.fulltext.queryNodes('" + fulltextIndex + "', $lucene)"
	if limit > 0 {
		// Full-text hits rank below every substring hit, so more than limit
		// of them can never be shown.
		fulltext = "CALL db.index.fulltext.queryNodes('" + fulltextIndex + "', $lucene, {limit: $limit})"
	}
	kindFilter := ""
	if len(kinds) > 0 {
		kindFilter = " WHERE e.kind IN $kinds"
		params["kinds"] = kindNames(kinds)
	}
	stmt := `
CALL () {
  MATCH (e:Entity) WHERE any(f IN e.forms WHERE f CONTAINS $q) RETURN e, 0.0 AS ft
  UNION
  ` + fulltext + ` YIELD node, score RETURN node AS e, score AS ft
}
WITH e, max(ft) AS ft` + kindFilter + searchRank + pageClause(limit) + `
WITH collect([` + nodeProjection("e", !inc.NoDocuments) + `, score]) AS hits`
	ret := " RETURN hits"
	if inc.Relations != nil {
		relatedParams(params, inc)
		stmt += " WITH hits, [h IN hits | h[0]] AS found" + relatedOf("found", inc)
		ret += ", related"
	}
	type result struct {
		hits    []domain.SearchHit
		related domain.Related
	}
	res, err := query(ctx, s, "search", stmt+ret, params, func(recs []*neo4j.Record) (result, error) {
		v := recs[0].Values
		r := result{related: newRelated(inc)}
		for _, h := range asSlice(v[0]) {
			pair := asSlice(h)
			r.hits = append(r.hits, domain.SearchHit{Node: nodeFrom(pair[0]), Score: asFloat(pair[1])})
		}
		if inc.Relations != nil {
			addRelatedList(r.related, v[1])
		}
		return r, nil
	})
	return res.hits, res.related, err
}

// RelationsWithEnds is Relations with the entities at the page's ends, by
// ID, in one statement, leaving out what inc says (its Relations aside).
func (s *Store) RelationsWithEnds(ctx context.Context, q domain.RelationQuery, inc domain.Include) ([]domain.Relation, int, map[string]domain.Node, error) {
	return s.relations(ctx, q, &inc)
}
