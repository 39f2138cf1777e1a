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

// nodeColumn projects an entity e into the map nodeFrom reads.
// Documents are read from MENTIONS rather than kept on the entity, so that
// loading a document does not rewrite a list on every hub it mentions.
const nodeColumn = nodeMap + ` AS e`

const nodeMap = `e {.id, .kind, .subtype, .name, .aliases, .code, .mentions, .degree,
  documents: COLLECT { MATCH (d:Document)-[:MENTIONS]->(e) RETURN d.id ORDER BY d.id }}`

// relationColumns groups the evidence relationships r of a relation between
// a and b, one per document, into one row that relationFrom reads.
const relationColumns = `r.relId AS id, type(r) AS type, a.id AS source, b.id AS target,
  collect(r {.doc, .texts, .starts, .ends, .years, .rules, .confidence, .rule, .dates, .dateKinds}) AS evidence`

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

// typeNames is the $types parameter: the asked types, or all of them, which
// also keeps MENTIONS out of every walk.
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

// nodesByID reads the entities among ids, keyed by ID.
func nodesByID(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]domain.Node, error) {
	recs, err := collect(ctx, tx, "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN "+nodeColumn, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make(map[string]domain.Node, len(recs))
	for _, rec := range recs {
		n := nodeFrom(rec.Values[0])
		out[n.ID] = n
	}
	return out, nil
}

// Documents lists the loaded documents by name.
func (s *Store) Documents(ctx context.Context) ([]domain.DocumentInfo, error) {
	return read(ctx, s, "documents", func(tx neo4j.ManagedTransaction) ([]domain.DocumentInfo, error) {
		recs, err := collect(ctx, tx, "MATCH (d:Document) RETURN d.id, d.name, d.hash, d.size ORDER BY d.name, d.id", nil)
		if err != nil {
			return nil, err
		}
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
			"MATCH (d:Document {id: $id}) RETURN d.name, d.text, d.hash, d.mentionEntities, d.mentionTexts, d.mentionStarts, d.mentionEnds, d.date",
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
	return read(ctx, s, "node "+id, func(tx neo4j.ManagedTransaction) (domain.Node, error) {
		recs, err := collect(ctx, tx, "MATCH (e:Entity {id: $id}) RETURN "+nodeColumn, map[string]any{"id": id})
		if err != nil {
			return domain.Node{}, err
		}
		if len(recs) == 0 {
			return domain.Node{}, domain.ErrNotFound
		}
		return nodeFrom(recs[0].Values[0]), nil
	})
}

// Nodes returns the entities that exist among ids, in the order asked.
func (s *Store) Nodes(ctx context.Context, ids []string) ([]domain.Node, error) {
	return read(ctx, s, "nodes", func(tx neo4j.ManagedTransaction) ([]domain.Node, error) {
		byID, err := nodesByID(ctx, tx, ids)
		if err != nil {
			return nil, err
		}
		out := make([]domain.Node, 0, len(ids))
		for _, id := range ids {
			if n, ok := byID[id]; ok {
				out = append(out, n)
			}
		}
		return out, nil
	})
}

// ListNodes filters, orders and pages the entities; the total counts every
// match before paging.
func (s *Store) ListNodes(ctx context.Context, q domain.NodeQuery) ([]domain.Node, int, error) {
	params := map[string]any{"offset": max(q.Offset, 0), "limit": q.Limit}
	match := "MATCH (e:Entity)"
	if q.Document != "" {
		match = "MATCH (:Document {id: $doc})-[:MENTIONS]->(e:Entity)"
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
	type result struct {
		nodes []domain.Node
		total int
	}
	// One statement: the page, and its total when the caller needs it.
	stmt := "CALL () { " + match + " WITH e" + order + pageClause(q.Limit) + " RETURN collect(" + nodeMap + ") AS nodes }"
	if q.NoTotal {
		stmt += " RETURN 0 AS total, nodes"
	} else {
		stmt += " CALL () { " + match + " RETURN count(e) AS total } RETURN total, nodes"
	}
	res, err := read(ctx, s, "list nodes", func(tx neo4j.ManagedTransaction) (result, error) {
		recs, err := collect(ctx, tx, stmt, params)
		if err != nil {
			return result{}, err
		}
		r := result{total: asInt(recs[0].Values[0])}
		for _, v := range asSlice(recs[0].Values[1]) {
			r.nodes = append(r.nodes, nodeFrom(v))
		}
		return r, nil
	})
	return res.nodes, res.total, err
}

// Relations filters and pages the relations in ID order; the total counts
// every match before paging.
func (s *Store) Relations(ctx context.Context, q domain.RelationQuery) ([]domain.Relation, int, error) {
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
	type result struct {
		rels  []domain.Relation
		total int
	}
	// One statement: the page, and its total when the caller needs it. The
	// page is taken over relation IDs first, then all the evidence of the
	// page's relations is gathered, not only the evidence that matched.
	stmt := "CALL () { " + match +
		" WITH DISTINCT r.relId AS rid, a, b ORDER BY rid" + pageClause(q.Limit) +
		" MATCH (a)-[r]->(b) WHERE r.relId = rid WITH " + relationColumns +
		" ORDER BY id RETURN collect([id, type, source, target, evidence]) AS relations }"
	if q.NoTotal {
		stmt += " RETURN 0 AS total, relations"
	} else {
		stmt += " CALL () { " + match + " RETURN count(DISTINCT r.relId) AS total } RETURN total, relations"
	}
	res, err := read(ctx, s, "relations", func(tx neo4j.ManagedTransaction) (result, error) {
		recs, err := collect(ctx, tx, stmt, params)
		if err != nil {
			return result{}, err
		}
		r := result{total: asInt(recs[0].Values[0])}
		for _, v := range asSlice(recs[0].Values[1]) {
			r.rels = append(r.rels, relationFrom(asSlice(v)))
		}
		return r, nil
	})
	return res.rels, res.total, err
}

// Search finds candidates two ways: the full-text index matches words and
// word prefixes in any order, and a substring test on the folded name and
// aliases (forms) catches what the tokenizer splits differently. The rank
// follows the contract: exact name, exact alias, prefix, word prefix,
// substring, then what only the full-text index found; ties by degree, ID.
func (s *Store) Search(ctx context.Context, text string, kinds []domain.Kind, limit int) ([]domain.SearchHit, error) {
	q := domain.Fold(text)
	if q == "" {
		return nil, nil
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
	query := `
CALL () {
  MATCH (e:Entity) WHERE any(f IN e.forms WHERE f CONTAINS $q) RETURN e, 0.0 AS ft
  UNION
  ` + fulltext + ` YIELD node, score RETURN node AS e, score AS ft
}
WITH e, max(ft) AS ft` + kindFilter + `
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
ORDER BY score DESC, e.degree DESC, e.id` + pageClause(limit) + `
RETURN ` + nodeColumn + `, score`
	return read(ctx, s, "search", func(tx neo4j.ManagedTransaction) ([]domain.SearchHit, error) {
		recs, err := collect(ctx, tx, query, params)
		if err != nil {
			return nil, err
		}
		var hits []domain.SearchHit
		for _, rec := range recs {
			hits = append(hits, domain.SearchHit{Node: nodeFrom(rec.Values[0]), Score: asFloat(rec.Values[1])})
		}
		return hits, nil
	})
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
const neighbourhoodRead = `
CALL (order) {
  UNWIND order AS nid
  MATCH (e:Entity {id: nid})
  RETURN collect(` + nodeMap + `) AS nodes
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
	return read(ctx, s, "neighbourhood of "+id, func(tx neo4j.ManagedTransaction) (domain.Subgraph, error) {
		recs, err := collect(ctx, tx, stmt, params)
		if err != nil {
			return domain.Subgraph{}, err
		}
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

// ShortestPath lets Neo4j's bidirectional search find the path; relations
// are then read whole, with all their evidence.
func (s *Store) ShortestPath(ctx context.Context, from, to string, types []domain.RelationType, maxLength int) (domain.Path, error) {
	params := map[string]any{"from": from, "to": to, "types": typeNames(types), "max": maxLength}
	op := fmt.Sprintf("path from %s to %s", from, to)
	return read(ctx, s, op, func(tx neo4j.ManagedTransaction) (domain.Path, error) {
		ends, err := nodesByID(ctx, tx, []string{from, to})
		if err != nil {
			return domain.Path{}, err
		}
		if _, ok := ends[from]; !ok {
			return domain.Path{}, domain.ErrNotFound
		}
		if _, ok := ends[to]; !ok {
			return domain.Path{}, domain.ErrNotFound
		}
		if from == to {
			return domain.Path{Nodes: []domain.Node{ends[from]}}, nil
		}
		// The length filter sits behind WITH so that it cannot turn the
		// shortest-path search into an exhaustive one.
		recs, err := collect(ctx, tx, fmt.Sprintf(`
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[rs*..%d]-(b))
WHERE all(r IN rs WHERE type(r) IN $types)
WITH p WHERE length(p) <= $max
RETURN [n IN nodes(p) | n.id] AS nodes,
  [r IN relationships(p) | {id: r.relId, source: startNode(r).id, target: endNode(r).id}] AS steps`, maxPathHops), params)
		if err != nil {
			return domain.Path{}, err
		}
		if len(recs) == 0 {
			return domain.Path{}, fmt.Errorf("none within %d hops: %w", maxLength, domain.ErrNotFound)
		}
		ids := asStrings(recs[0].Values[0])
		steps, _ := recs[0].Values[1].([]any)
		byID, err := nodesByID(ctx, tx, ids)
		if err != nil {
			return domain.Path{}, err
		}
		params["steps"] = steps
		rels, err := relationsMatching(ctx, tx,
			"UNWIND $steps AS s MATCH (a:Entity {id: s.source})-[r]->(b:Entity {id: s.target}) WHERE r.relId = s.id", params)
		if err != nil {
			return domain.Path{}, err
		}
		relByID := map[string]domain.Relation{}
		for _, r := range rels {
			relByID[r.ID] = r
		}
		var p domain.Path
		for _, id := range ids {
			p.Nodes = append(p.Nodes, byID[id])
		}
		for _, st := range steps {
			p.Relations = append(p.Relations, relByID[asString(asMap(st)["id"])])
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
