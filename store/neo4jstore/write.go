package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/domain"
)

// batchRows caps the rows of one UNWIND and, roughly, of one transaction:
// large enough that a bulk load runs few round trips, small enough that a
// transaction's state stays well inside a modest heap.
const batchRows = 10_000

// Every value below is a parameter; the relationship type and kind label
// come from row fields checked by domain.Extraction.Validate.
const (
	cypherNextSeq = `
MERGE (m:Meta {key: 'seq'}) ON CREATE SET m.value = 0
SET m.value = m.value + $n
RETURN m.value - $n AS base`

	cypherExistingDocuments = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id`

	cypherRetractMentions = `
UNWIND $docs AS doc
MATCH (:Document {id: doc.id})-[m:MENTIONS]->(e:Entity)
DELETE m
RETURN collect(DISTINCT e.id) AS ids`

	cypherMergeDocuments = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.name = row.name, d.text = row.text, d.hash = row.hash, d.size = row.size, d.seq = $base + row.i,
  d.mentionEntities = row.mentionEntities, d.mentionTexts = row.mentionTexts,
  d.mentionStarts = row.mentionStarts, d.mentionEnds = row.mentionEnds
RETURN row.id, elementId(d)`

	cypherMergeEntities = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.kind = row.kind, e:$(row.kind)
RETURN row.id, elementId(e)`

	cypherCreateMentions = `
UNWIND $rows AS row
MATCH (d) WHERE elementId(d) = $docs[row.doc]
MATCH (e) WHERE elementId(e) = $entities[row.entity]
CREATE (d)-[:MENTIONS {kind: row.kind, name: row.name, subtype: row.subtype, code: row.code,
  aliases: row.aliases, count: row.count}]->(e)`

	cypherCreateEvidence = `
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = $entities[row.source]
MATCH (b) WHERE elementId(b) = $entities[row.target]
CREATE (a)-[:$(row.type) {relId: row.relId, doc: row.doc, key: row.key, confidence: row.confidence,
  text: row.text, start: row.start, end: row.end, year: row.year}]->(b)`

	cypherEntityStates = `
UNWIND $ids AS id
MATCH (e) WHERE elementId(e) = $entities[id]
RETURN id, e {.kind, .name, .subtype, .code, .allAliases, .mentions, .degree}`

	cypherUpdateEntities = `
UNWIND $rows AS row
MATCH (e) WHERE elementId(e) = row.eid
SET e += row.props`

	cypherContributions = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, elementId(e), e.kind,
  COLLECT { MATCH (d:Document)-[m:MENTIONS]->(e)
            RETURN m {.kind, .name, .subtype, .code, .aliases, .count, seq: d.seq} ORDER BY d.seq } AS contributions,
  COUNT { MATCH (e)-[r]-(:Entity) RETURN DISTINCT r.relId } AS degree`

	cypherDeleteEntities = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
DETACH DELETE e`

	cypherDeleteDocument = `MATCH (d:Document {id: $id}) DETACH DELETE d`
)

var (
	cypherRetractEvidence = `
UNWIND $docs AS doc
CALL (doc) { ` + evidenceOf("doc.id", "doc.prefix") + ` }
DELETE r`

	// An entity changes kind only when an extraction reuses its ID with
	// another kind, which a well-formed ID (kind:slug) never does.
	cypherRelabelEntities = `
UNWIND $rows AS row
MATCH (e) WHERE elementId(e) = row.eid
REMOVE ` + entityKindLabels + `
SET e:$(row.kind)`
)

// Apply validates every extraction first, so that a bad one refuses the
// whole batch before anything changes. It then writes the batch in groups of
// whole extractions, one transaction per group: each extraction is applied
// atomically, and a bulk load does not pay a round trip per document.
func (s *Store) Apply(ctx context.Context, xs []domain.Extraction) error {
	for _, x := range xs {
		if err := x.Validate(); err != nil {
			return fmt.Errorf("neo4j apply %s: %w", x.Document.Name, err)
		}
	}
	for _, g := range groups(xs) {
		if err := write(ctx, s, "apply "+g.name(), g.apply(ctx)); err != nil {
			return err
		}
	}
	return nil
}

// RemoveDocument takes a document out with everything only it stated.
func (s *Store) RemoveDocument(ctx context.Context, id string) error {
	return write(ctx, s, "remove document "+id, func(tx neo4j.ManagedTransaction) error {
		// Taking no sequence number still takes the writers' lock: refresh
		// reads and rewrites entity state, which must not interleave.
		if err := exec(ctx, tx, cypherNextSeq, map[string]any{"n": 0}); err != nil {
			return err
		}
		recs, err := collect(ctx, tx, cypherExistingDocuments, map[string]any{"ids": []string{id}})
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			return domain.ErrNotFound
		}
		retracted, err := retract(ctx, tx, []string{id})
		if err != nil {
			return err
		}
		if err := exec(ctx, tx, cypherDeleteDocument, map[string]any{"id": id}); err != nil {
			return err
		}
		return refresh(ctx, tx, retracted, nil, nil, nil)
	})
}

// contribution is what one document says about one entity.
type contribution struct {
	kind, name, subtype, code string
	aliases                   []string
	count                     int // mentions
}

// relation is a relation a group states, for existence checks and degrees.
type relation struct {
	id, source, target string
	typ                domain.RelationType
}

// group is extractions of distinct documents written in one transaction.
type group struct {
	docs     []map[string]any
	entities []map[string]any
	mentions []map[string]any
	evidence []map[string]any
	names    []string
	ids      []string                  // document IDs
	added    map[string][]contribution // by entity, in document order
	rels     []relation
}

func (g *group) rows() int { return len(g.entities) + len(g.mentions) + len(g.evidence) }

func (g *group) name() string {
	if len(g.names) == 1 {
		return g.names[0]
	}
	return fmt.Sprintf("%s … %s (%d documents)", g.names[0], g.names[len(g.names)-1], len(g.names))
}

// groups splits xs into transactions of about batchRows rows. A document
// seen again starts a new group, so that its later extraction replaces the
// earlier one exactly as if each had been applied alone.
func groups(xs []domain.Extraction) []*group {
	var out []*group
	var g *group
	for _, x := range xs {
		if g == nil || slices.Contains(g.ids, x.Document.ID) || g.rows() >= batchRows {
			g = &group{added: map[string][]contribution{}}
			out = append(out, g)
		}
		g.add(x)
	}
	return out
}

func (g *group) add(x domain.Extraction) {
	doc := x.Document.ID
	g.ids = append(g.ids, doc)
	g.names = append(g.names, x.Document.Name)

	// The document keeps its mentions in the extraction's order, so that
	// Document reads them with one lookup and sorts them stably.
	n := len(x.Mentions)
	entities, texts, starts, ends := make([]string, n), make([]string, n), make([]int, n), make([]int, n)
	counts := map[string]int{}
	for i, m := range x.Mentions {
		entities[i], texts[i], starts[i], ends[i] = m.Entity, m.Text, m.Start, m.End
		counts[m.Entity]++
	}
	g.docs = append(g.docs, map[string]any{
		"id": doc, "name": x.Document.Name, "text": x.Document.Text, "hash": x.Document.Hash,
		"size": len([]rune(x.Document.Text)), "i": len(g.docs),
		"mentionEntities": entities, "mentionTexts": texts, "mentionStarts": starts, "mentionEnds": ends,
	})

	// An entity listed twice in one extraction is one contribution: later
	// non-empty fields win and aliases add up.
	var order []string
	merged := map[string]contribution{}
	for _, e := range x.Entities {
		c, seen := merged[e.ID]
		if !seen {
			order = append(order, e.ID)
			c.kind = string(e.Kind)
		}
		c.name = cmp.Or(e.Name, c.name)
		c.subtype = cmp.Or(e.Subtype, c.subtype)
		c.code = cmp.Or(e.Code, c.code)
		c.aliases = append(c.aliases, e.Aliases...)
		merged[e.ID] = c
	}
	for _, id := range order {
		c := merged[id]
		c.count = counts[id]
		if len(g.added[id]) == 0 {
			g.entities = append(g.entities, map[string]any{"id": id, "kind": c.kind})
		}
		g.added[id] = append(g.added[id], c)
		// Empty values become nulls, which Neo4j does not store at all.
		g.mentions = append(g.mentions, map[string]any{
			"doc": doc, "entity": id, "kind": c.kind, "name": c.name, "subtype": orNil(c.subtype),
			"code": orNil(c.code), "aliases": orNil(c.aliases), "count": c.count,
		})
	}

	// One relationship per sentence; a relation this document states
	// without a sentence still needs one, keyed without a sentence number,
	// to carry its confidence and keep it alive.
	type stated struct {
		r          domain.Relation
		confidence float64
		evidence   []domain.Evidence
	}
	var rels []string
	byRel := map[string]*stated{}
	for _, r := range x.Relations {
		st := byRel[r.ID]
		if st == nil {
			st = &stated{r: r}
			byRel[r.ID] = st
			rels = append(rels, r.ID)
		}
		st.confidence = max(st.confidence, r.Confidence)
		st.evidence = append(st.evidence, r.Evidence...)
	}
	for _, id := range rels {
		st := byRel[id]
		g.rels = append(g.rels, relation{id, st.r.Source, st.r.Target, st.r.Type})
		key := doc + keySep + id
		row := func(key string) map[string]any {
			return map[string]any{
				"type": string(st.r.Type), "source": st.r.Source, "target": st.r.Target,
				"relId": id, "doc": doc, "key": key, "confidence": st.confidence,
			}
		}
		if len(st.evidence) == 0 {
			g.evidence = append(g.evidence, row(key))
		}
		for i, ev := range st.evidence {
			r := row(key + keySep + strconv.Itoa(i))
			r["text"], r["start"], r["end"], r["year"] = ev.Text, ev.Start, ev.End, ev.Year
			g.evidence = append(g.evidence, r)
		}
	}
}

// apply returns the transaction work that writes the group. It keeps no
// state between attempts, as the driver may run it again after a failure.
func (g *group) apply(ctx context.Context) func(tx neo4j.ManagedTransaction) error {
	return func(tx neo4j.ManagedTransaction) error {
		// Taking the next sequence numbers also locks the counter until
		// commit, so writers queue: refresh's read-modify-write of entity
		// state cannot interleave, batches do not deadlock over shared
		// entities, and "latest extraction wins" has one meaning.
		recs, err := collect(ctx, tx, cypherNextSeq, map[string]any{"n": len(g.docs)})
		if err != nil {
			return err
		}
		base := recs[0].Values[0]
		recs, err = collect(ctx, tx, cypherExistingDocuments, map[string]any{"ids": g.ids})
		if err != nil {
			return err
		}
		var reloaded []string
		for _, rec := range recs {
			reloaded = append(reloaded, asString(rec.Values[0]))
		}
		retracted, err := retract(ctx, tx, reloaded)
		if err != nil {
			return err
		}
		fresh, err := newRelations(ctx, tx, g.rels)
		if err != nil {
			return err
		}
		// Later statements find the group's nodes by element ID, a direct
		// record lookup, instead of searching the ID index again per row.
		docs, err := mergeNodes(ctx, tx, cypherMergeDocuments, g.docs, base)
		if err != nil {
			return err
		}
		entities, err := mergeNodes(ctx, tx, cypherMergeEntities, g.entities, base)
		if err != nil {
			return err
		}
		for _, step := range []struct {
			query string
			rows  []map[string]any
		}{{cypherCreateMentions, g.mentions}, {cypherCreateEvidence, g.evidence}} {
			for chunk := range slices.Chunk(step.rows, batchRows) {
				params := map[string]any{"rows": chunk, "docs": docs, "entities": entities}
				if err := exec(ctx, tx, step.query, params); err != nil {
					return err
				}
			}
		}
		return refresh(ctx, tx, retracted, g.added, entities, fresh)
	}
}

// mergeNodes runs a MERGE over rows that returns each row's ID and its
// node's element ID, and maps the one to the other.
func mergeNodes(ctx context.Context, tx neo4j.ManagedTransaction, query string, rows []map[string]any, base any) (map[string]any, error) {
	eids := make(map[string]any, len(rows))
	for chunk := range slices.Chunk(rows, batchRows) {
		recs, err := collect(ctx, tx, query, map[string]any{"rows": chunk, "base": base})
		if err != nil {
			return nil, err
		}
		for _, rec := range recs {
			eids[asString(rec.Values[0])] = rec.Values[1]
		}
	}
	return eids, nil
}

// newRelations returns the relations among rels that no evidence states yet.
func newRelations(ctx context.Context, tx neo4j.ManagedTransaction, rels []relation) ([]relation, error) {
	byType := map[domain.RelationType][]string{}
	for _, r := range rels {
		byType[r.typ] = append(byType[r.typ], r.id)
	}
	known := map[string]bool{}
	for t, ids := range byType {
		for chunk := range slices.Chunk(ids, batchRows) {
			recs, err := collect(ctx, tx, existingOfType[t], map[string]any{"ids": chunk})
			if err != nil {
				return nil, err
			}
			for _, rec := range recs {
				known[asString(rec.Values[0])] = true
			}
		}
	}
	var fresh []relation
	for _, r := range rels {
		if !known[r.id] {
			known[r.id] = true // a relation two documents of the group state is new once
			fresh = append(fresh, r)
		}
	}
	return fresh, nil
}

// retract deletes what the documents said before and returns the entities
// it touched. Their evidence joins only entities they mention, so the
// entities of their MENTIONS are all the entities whose state may change.
func retract(ctx context.Context, tx neo4j.ManagedTransaction, docIDs []string) (map[string]bool, error) {
	touched := map[string]bool{}
	if len(docIDs) == 0 {
		return touched, nil
	}
	docs := make([]map[string]any, len(docIDs))
	for i, id := range docIDs {
		docs[i] = map[string]any{"id": id, "prefix": id + keySep}
	}
	params := map[string]any{"docs": docs}
	if err := exec(ctx, tx, cypherRetractEvidence, params); err != nil {
		return nil, err
	}
	recs, err := collect(ctx, tx, cypherRetractMentions, params)
	if err != nil {
		return nil, err
	}
	for _, id := range asStrings(recs[0].Values[0]) {
		touched[id] = true
	}
	return touched, nil
}

// entity is the derived state of an entity, the properties refresh writes.
type entity struct {
	kind, name, subtype, code string
	allAliases                []string // sorted, the name included if some document calls it an alias
	mentions, degree          int
}

// merge folds in a contribution later than all merged so far.
func (e *entity) merge(c contribution) {
	e.kind = c.kind
	e.name = cmp.Or(c.name, e.name)
	e.subtype = cmp.Or(c.subtype, e.subtype)
	e.code = cmp.Or(c.code, e.code)
	e.mentions += c.count
	if len(c.aliases) > 0 {
		e.allAliases = slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(e.allAliases), c.aliases...))))
	}
}

// props is e as node properties; nil removes one.
func (e *entity) props() map[string]any {
	var aliases []string
	forms := []string{domain.Fold(e.name)}
	for _, a := range e.allAliases {
		if a != e.name {
			aliases = append(aliases, a)
			forms = append(forms, domain.Fold(a))
		}
	}
	return map[string]any{
		"kind": e.kind, "name": e.name, "subtype": e.subtype, "code": e.code,
		"allAliases": orNil(e.allAliases), "aliases": orNil(aliases), "forms": forms,
		"mentions": e.mentions, "degree": e.degree,
	}
}

// refresh updates the derived properties of the entities a transaction
// touched. Those that lost a document's say are recomputed from all their
// MENTIONS and relations, and deleted when no document mentions them any
// more; those that only gained are merged with what the group added, which
// keeps a bulk load from rereading every hub's history in each group.
func refresh(ctx context.Context, tx neo4j.ManagedTransaction, retracted map[string]bool,
	added map[string][]contribution, eids map[string]any, fresh []relation) error {
	var rows, relabel []map[string]any
	var gone []string
	update := func(eid any, kind string, e entity, props map[string]any) {
		if len(props) > 0 {
			rows = append(rows, map[string]any{"eid": eid, "props": props})
		}
		if e.kind != kind {
			relabel = append(relabel, map[string]any{"eid": eid, "kind": e.kind})
		}
	}

	full := slices.Sorted(maps.Keys(retracted))
	for chunk := range slices.Chunk(full, batchRows) {
		recs, err := collect(ctx, tx, cypherContributions, map[string]any{"ids": chunk})
		if err != nil {
			return err
		}
		for _, rec := range recs {
			id := asString(rec.Values[0])
			cs, _ := rec.Values[3].([]any)
			if len(cs) == 0 {
				gone = append(gone, id)
				continue
			}
			e := entity{degree: asInt(rec.Values[4])}
			for _, c := range cs {
				m := asMap(c)
				e.merge(contribution{
					kind: asString(m["kind"]), name: asString(m["name"]), subtype: asString(m["subtype"]),
					code: asString(m["code"]), aliases: asStrings(m["aliases"]), count: asInt(m["count"]),
				})
			}
			update(rec.Values[1], asString(rec.Values[2]), e, e.props())
		}
	}

	gained := map[string]int{}
	for _, r := range fresh {
		gained[r.source]++
		if r.target != r.source {
			gained[r.target]++
		}
	}
	var incremental []string
	for id := range added {
		if !retracted[id] {
			incremental = append(incremental, id)
		}
	}
	slices.Sort(incremental)
	for chunk := range slices.Chunk(incremental, batchRows) {
		recs, err := collect(ctx, tx, cypherEntityStates, map[string]any{"ids": chunk, "entities": eids})
		if err != nil {
			return err
		}
		for _, rec := range recs {
			id, m := asString(rec.Values[0]), asMap(rec.Values[1])
			e := entity{
				kind: asString(m["kind"]), name: asString(m["name"]), subtype: asString(m["subtype"]),
				code: asString(m["code"]), allAliases: asStrings(m["allAliases"]),
				mentions: asInt(m["mentions"]), degree: asInt(m["degree"]),
			}
			before := e.props()
			e.degree += gained[id]
			for _, c := range added[id] {
				e.merge(c)
			}
			// Only what changed is written: rewriting an unchanged name
			// would still cost an update of every index on it.
			props := e.props()
			for k, v := range props {
				if reflect.DeepEqual(v, before[k]) {
					delete(props, k)
				}
			}
			update(eids[id], asString(m["kind"]), e, props)
		}
	}

	for _, step := range []struct {
		query string
		rows  []map[string]any
	}{{cypherUpdateEntities, rows}, {cypherRelabelEntities, relabel}} {
		for chunk := range slices.Chunk(step.rows, batchRows) {
			if err := exec(ctx, tx, step.query, map[string]any{"rows": chunk}); err != nil {
				return err
			}
		}
	}
	if len(gone) > 0 {
		return exec(ctx, tx, cypherDeleteEntities, map[string]any{"ids": gone})
	}
	return nil
}

// orNil turns an empty value into nil, so that it is not stored.
func orNil[T string | []string](v T) any {
	if len(v) == 0 {
		return nil
	}
	return v
}
