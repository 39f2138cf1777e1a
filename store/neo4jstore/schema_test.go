package neo4jstore

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/store/storetest"
)

// cypherDowngradeDocuments turns a graph of the current model back into
// model 3, where each document linked to the entities it mentions and
// named them by ID in its lists.
var cypherDowngradeDocuments = []string{`
MATCH (e:Entity) UNWIND e.documents AS id
MATCH (d:Document {id: id})
CREATE (d)-[:MENTIONS]->(e)`,
	`MATCH (e:Entity) REMOVE e.documents`,
	`MATCH (d:Document)
SET d.mentionEntities = [i IN d.mentionIndexes | d.entityIds[i]],
  d.evidenceSources = [i IN d.evidenceFrom | d.entityIds[i]], d.evidenceTargets = [i IN d.evidenceTo | d.entityIds[i]]
REMOVE d.mentionIndexes, d.evidenceFrom, d.evidenceTo`,
	`MATCH (m:Meta {key: 'seq'}) SET m.model = 3`,
}

// cypherDowngradeMentions turns a graph of model 3 back into model 2,
// where MENTIONS carried what a document says about an entity.
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

// TestMigratesEarlierModels opens graphs of models 3 and 2 and expects the
// same graph, which then takes reloads as one written by this model.
func TestMigratesEarlierModels(t *testing.T) {
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

	for _, tc := range []struct {
		name      string
		downgrade [][]string
	}{
		{"a graph whose documents link to their entities (model 3)", [][]string{cypherDowngradeDocuments}},
		{"a graph whose links carry what each document says (model 2)", [][]string{cypherDowngradeDocuments, cypherDowngradeMentions}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wipe(t, s)
			if err := s.Apply(ctx, first); err != nil {
				t.Fatal(err)
			}
			loaded, err := s.Graph(ctx)
			if err != nil {
				t.Fatal(err)
			}
			_, mentions, err := s.Document(ctx, first[0].Document.ID)
			if err != nil || len(mentions) == 0 {
				t.Fatalf("a document of the graph to migrate: %d mentions, %v", len(mentions), err)
			}
			sess := s.session(ctx, neo4j.AccessModeWrite)
			defer sess.Close(ctx)
			for _, stmt := range slices.Concat(tc.downgrade...) {
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
				_, gotMentions, err := migrated.Document(ctx, first[0].Document.ID)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(gotMentions, mentions) {
					t.Errorf("the document's mentions differ:\nwant %v\n got %v", mentions, gotMentions)
				}
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
		})
	}
}
