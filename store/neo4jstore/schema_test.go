package neo4jstore

import (
	"context"
	"slices"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/store/storetest"
)

// cypherDowngradeMentions turns a graph of the current model back into
// model 2, where MENTIONS carried what a document says about an entity.
var cypherDowngradeMentions = []string{`
MATCH (d:Document)-[m:MENTIONS]->(e:Entity)
WITH d, m, [i IN range(0, size(d.entityIds) - 1) WHERE d.entityIds[i] = e.id][0] AS i
WITH d, m, i, d.entityAliases[d.entityAliasStarts[i]..d.entityAliasStarts[i + 1]] AS aliases
SET m.kind = d.entityKinds[i], m.name = d.entityNames[i],
  m.subtype = CASE WHEN d.entitySubtypes[i] <> '' THEN d.entitySubtypes[i] END,
  m.code = CASE WHEN d.entityCodes[i] <> '' THEN d.entityCodes[i] END,
  m.aliases = CASE WHEN size(aliases) > 0 THEN aliases END, m.count = d.entityCounts[i]`,
	`MATCH (d:Document) REMOVE d.entityIds, d.entityKinds, d.entityNames, d.entitySubtypes, d.entityCodes,
  d.entityAliases, d.entityAliasStarts, d.entityCounts`,
	`MATCH (m:Meta {key: 'seq'}) SET m.model = 2`,
}

// TestMigratesMentionsOntoDocuments opens a graph of model 2 and expects
// the same graph, which then takes reloads as one written by this model.
func TestMigratesMentionsOntoDocuments(t *testing.T) {
	ctx := context.Background()
	uri := testURI(t)
	first := append(storetest.Corpus(60, 10), storetest.StanceFixture()...)
	// Documents again, stating half of what they did: their entities are
	// recomputed from what the other documents say.
	var again []domain.Extraction
	for _, x := range []domain.Extraction{first[0], first[len(first)-1]} {
		x.Relations = slices.Clone(x.Relations[:len(x.Relations)/2])
		again = append(again, x)
	}

	s := mustOpen(t, testConfig(uri))
	defer s.Close(ctx)
	wipe(t, s)
	for _, xs := range [][]domain.Extraction{first, again} {
		if err := s.Apply(ctx, xs); err != nil {
			t.Fatal(err)
		}
	}
	want, err := s.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}

	wipe(t, s)
	if err := s.Apply(ctx, first); err != nil {
		t.Fatal(err)
	}
	loaded, err := s.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	for _, stmt := range cypherDowngradeMentions {
		res, err := sess.Run(ctx, stmt, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			t.Fatalf("downgrade: %v", err)
		}
	}

	migrated := mustOpen(t, testConfig(uri))
	defer migrated.Close(ctx)
	t.Run("the migrated graph reads as before", func(t *testing.T) {
		got, err := migrated.Graph(ctx)
		if err != nil {
			t.Fatal(err)
		}
		storetest.AssertSameGraph(t, loaded, got)
	})
	t.Run("reloads on the migrated graph give what they give on a new one", func(t *testing.T) {
		if err := migrated.Apply(ctx, again); err != nil {
			t.Fatal(err)
		}
		got, err := migrated.Graph(ctx)
		if err != nil {
			t.Fatal(err)
		}
		storetest.AssertSameGraph(t, want, got)
	})
}
