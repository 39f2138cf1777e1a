package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
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

	cypherRetractMentions = `
UNWIND $docs AS doc
MATCH (:Document {id: doc.id})-[m:MENTIONS]->(e:Entity)
DELETE m
RETURN collect(DISTINCT e.id) AS ids`

	cypherMergeDocuments = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.name = row.name, d.text = row.text, d.hash = row.hash, d.size = row.size, d.seq = $base + row.i`

	cypherMergeEntities = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.kind = row.kind, e:$(row.kind)`

	cypherCreateMentions = `
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MATCH (e:Entity {id: row.entity})
CREATE (d)-[m:MENTIONS]->(e)
SET m = row.props`

	cypherCreateEvidence = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props`

	cypherContributions = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id,
  COLLECT { MATCH (d:Document)-[m:MENTIONS]->(e)
            RETURN m {.kind, .name, .subtype, .code, .aliases, .count, doc: d.id, seq: d.seq} } AS contributions,
  COUNT { MATCH (e)-[r]-(:Entity) RETURN DISTINCT r.relId } AS degree`

	cypherDeleteEntities = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
DETACH DELETE e`

	cypherDocumentExists = `MATCH (d:Document {id: $id}) RETURN count(d) AS n`

	cypherDeleteDocument = `MATCH (d:Document {id: $id}) DETACH DELETE d`
)

var (
	cypherRetractEvidence = `
UNWIND $docs AS doc
CALL (doc) { ` + evidenceOf("doc.id", "doc.prefix") + ` }
DELETE r`

	// The label swap runs only for an entity whose kind changed, which a
	// well-formed ID (kind:slug) never does.
	cypherUpdateEntities = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
WITH e, row, e.kind <> row.props.kind AS moved
SET e += row.props
WITH e, row WHERE moved
REMOVE ` + entityKindLabels + `
SET e:$(row.props.kind)`
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
		recs, err := collect(ctx, tx, cypherDocumentExists, map[string]any{"id": id})
		if err != nil {
			return err
		}
		if n, _ := recs[0].Values[0].(int64); n == 0 {
			return domain.ErrNotFound
		}
		touched, err := retract(ctx, tx, []string{id})
		if err != nil {
			return err
		}
		if err := exec(ctx, tx, cypherDeleteDocument, map[string]any{"id": id}); err != nil {
			return err
		}
		return refresh(ctx, tx, touched)
	})
}

// group is extractions of distinct documents written in one transaction.
type group struct {
	docs     []map[string]any
	entities []map[string]any
	mentions []map[string]any
	evidence []map[string]any
	names    []string
	ids      map[string]bool // document IDs
	touched  map[string]bool // entity IDs
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
		if g == nil || g.ids[x.Document.ID] || g.rows() >= batchRows {
			g = &group{ids: map[string]bool{}, touched: map[string]bool{}}
			out = append(out, g)
		}
		g.add(x)
	}
	return out
}

func (g *group) add(x domain.Extraction) {
	doc := x.Document.ID
	g.ids[doc] = true
	g.names = append(g.names, x.Document.Name)
	g.docs = append(g.docs, map[string]any{
		"id": doc, "name": x.Document.Name, "text": x.Document.Text, "hash": x.Document.Hash,
		"size": len([]rune(x.Document.Text)), "i": len(g.docs),
	})

	// An entity listed twice in one extraction is one contribution: later
	// non-empty fields win and aliases add up.
	var order []string
	merged := map[string]domain.Node{}
	for _, e := range x.Entities {
		prev, seen := merged[e.ID]
		if !seen {
			order = append(order, e.ID)
			e.Aliases = slices.Clone(e.Aliases)
			merged[e.ID] = e
			continue
		}
		prev.Aliases = append(prev.Aliases, e.Aliases...)
		prev.Name = cmp.Or(e.Name, prev.Name)
		prev.Subtype = cmp.Or(e.Subtype, prev.Subtype)
		prev.Code = cmp.Or(e.Code, prev.Code)
		merged[e.ID] = prev
	}
	type spans struct {
		texts       []string
		starts, end []int
		ords        []int
	}
	byEntity := map[string]*spans{}
	for i, m := range x.Mentions {
		sp := byEntity[m.Entity]
		if sp == nil {
			sp = &spans{}
			byEntity[m.Entity] = sp
		}
		sp.texts = append(sp.texts, m.Text)
		sp.starts = append(sp.starts, m.Start)
		sp.end = append(sp.end, m.End)
		sp.ords = append(sp.ords, i)
	}
	for _, id := range order {
		e := merged[id]
		props := map[string]any{
			"kind": string(e.Kind), "name": e.Name, "subtype": e.Subtype, "code": e.Code,
			"aliases": e.Aliases, "count": 0,
		}
		if sp := byEntity[id]; sp != nil {
			props["count"] = len(sp.texts)
			props["texts"], props["starts"], props["ends"], props["ords"] = sp.texts, sp.starts, sp.end, sp.ords
		}
		if !g.touched[id] {
			g.touched[id] = true
			g.entities = append(g.entities, map[string]any{"id": id, "kind": string(e.Kind)})
		}
		g.mentions = append(g.mentions, map[string]any{"doc": doc, "entity": id, "props": props})
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
		key := doc + keySep + id
		row := func(props map[string]any) map[string]any {
			props["relId"], props["doc"], props["confidence"] = id, doc, st.confidence
			return map[string]any{"type": string(st.r.Type), "source": st.r.Source, "target": st.r.Target, "props": props}
		}
		if len(st.evidence) == 0 {
			g.evidence = append(g.evidence, row(map[string]any{"key": key}))
		}
		for i, ev := range st.evidence {
			g.evidence = append(g.evidence, row(map[string]any{
				"key": key + keySep + strconv.Itoa(i), "text": ev.Text, "start": ev.Start, "end": ev.End, "year": ev.Year,
			}))
		}
	}
}

// apply returns the transaction work that writes the group. It keeps no
// state between attempts, as the driver may run it again after a failure.
func (g *group) apply(ctx context.Context) func(tx neo4j.ManagedTransaction) error {
	return func(tx neo4j.ManagedTransaction) error {
		// Taking the next sequence numbers also locks the counter until
		// commit, so concurrent batches queue instead of deadlocking over
		// shared entities, and "latest extraction wins" has one meaning.
		recs, err := collect(ctx, tx, cypherNextSeq, map[string]any{"n": len(g.docs)})
		if err != nil {
			return err
		}
		base := recs[0].Values[0]
		ids := make([]string, 0, len(g.ids))
		for id := range g.ids {
			ids = append(ids, id)
		}
		touched, err := retract(ctx, tx, ids)
		if err != nil {
			return err
		}
		for id := range g.touched {
			touched[id] = true
		}
		for _, step := range []struct {
			query string
			rows  []map[string]any
		}{
			{cypherMergeDocuments, g.docs},
			{cypherMergeEntities, g.entities},
			{cypherCreateMentions, g.mentions},
			{cypherCreateEvidence, g.evidence},
		} {
			for chunk := range slices.Chunk(step.rows, batchRows) {
				if err := exec(ctx, tx, step.query, map[string]any{"rows": chunk, "base": base}); err != nil {
					return err
				}
			}
		}
		return refresh(ctx, tx, touched)
	}
}

// retract deletes what the documents said before and returns the entities
// it touched. Their evidence joins only entities they mention, so the
// entities of their MENTIONS are all the entities whose state may change.
func retract(ctx context.Context, tx neo4j.ManagedTransaction, docIDs []string) (map[string]bool, error) {
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
	touched := map[string]bool{}
	for _, id := range asStrings(recs[0].Values[0]) {
		touched[id] = true
	}
	return touched, nil
}

// refresh recomputes the derived properties of the touched entities from
// their MENTIONS and relations, and deletes those no document mentions.
func refresh(ctx context.Context, tx neo4j.ManagedTransaction, touched map[string]bool) error {
	ids := make([]string, 0, len(touched))
	for id := range touched {
		ids = append(ids, id)
	}
	slices.Sort(ids) // a stable lock order makes deadlocks between writers rarer
	for chunk := range slices.Chunk(ids, batchRows) {
		recs, err := collect(ctx, tx, cypherContributions, map[string]any{"ids": chunk})
		if err != nil {
			return err
		}
		var rows []map[string]any
		var gone []string
		for _, rec := range recs {
			id, _ := rec.Values[0].(string)
			cs, _ := rec.Values[1].([]any)
			if len(cs) == 0 {
				gone = append(gone, id)
				continue
			}
			degree, _ := rec.Values[2].(int64)
			rows = append(rows, map[string]any{"id": id, "props": derive(cs, degree)})
		}
		if len(rows) > 0 {
			if err := exec(ctx, tx, cypherUpdateEntities, map[string]any{"rows": rows}); err != nil {
				return err
			}
		}
		if len(gone) > 0 {
			if err := exec(ctx, tx, cypherDeleteEntities, map[string]any{"ids": gone}); err != nil {
				return err
			}
		}
	}
	return nil
}

// derive computes an entity's properties from what each document said of
// it: the latest document's non-empty fields win, aliases and documents are
// unions, mentions a sum. A nil value removes the property.
func derive(contributions []any, degree int64) map[string]any {
	cs := make([]map[string]any, len(contributions))
	for i, c := range contributions {
		cs[i], _ = c.(map[string]any)
	}
	slices.SortFunc(cs, func(a, b map[string]any) int { return cmp.Compare(asInt(a["seq"]), asInt(b["seq"])) })
	var kind, name, subtype, code string
	mentions := 0
	aliases := map[string]bool{}
	docs := make([]string, 0, len(cs))
	for _, c := range cs {
		kind = asString(c["kind"])
		name = cmp.Or(asString(c["name"]), name)
		subtype = cmp.Or(asString(c["subtype"]), subtype)
		code = cmp.Or(asString(c["code"]), code)
		mentions += asInt(c["count"])
		for _, a := range asStrings(c["aliases"]) {
			aliases[a] = true
		}
		docs = append(docs, asString(c["doc"]))
	}
	delete(aliases, name)
	props := map[string]any{
		"kind": kind, "name": name, "subtype": subtype, "code": code,
		"documents": slices.Sorted(slices.Values(docs)), "mentions": mentions, "degree": degree,
		"aliases": nil,
	}
	forms := []string{domain.Fold(name)}
	if len(aliases) > 0 {
		sorted := make([]string, 0, len(aliases))
		for a := range aliases {
			sorted = append(sorted, a)
		}
		slices.Sort(sorted)
		props["aliases"] = sorted
		for _, a := range sorted {
			forms = append(forms, domain.Fold(a))
		}
	}
	props["forms"] = forms
	return props
}
