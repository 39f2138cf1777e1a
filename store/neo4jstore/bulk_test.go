package neo4jstore

import (
	"context"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/loader/kb"
	"github.com/diplograph/diplograph/store/storetest"
)

// bulkImport writes xs with Bulk, in Apply calls of the given sizes, has
// Neo4j's importer build a database from the files and returns its Neo4j
// home, for neo4jtest.Start to serve.
func bulkImport(tb testing.TB, xs []domain.Extraction, per int) string {
	tb.Helper()
	dir := tb.TempDir()
	csvDir, dataDir := filepath.Join(dir, "csv"), filepath.Join(dir, "data")
	b, err := NewBulk(csvDir)
	if err != nil {
		tb.Fatal(err)
	}
	for i := 0; i < len(xs); i += per {
		if err := b.Apply(context.Background(), xs[i:min(i+per, len(xs))]); err != nil {
			tb.Fatal(err)
		}
	}
	if err := b.Close(); err != nil {
		tb.Fatal(err)
	}
	neo4jtest.Import(tb, csvDir, dataDir)
	return dataDir
}

// TestBulkImport has Neo4j's importer build a database from what Bulk
// wrote and holds it to the graph Apply writes from the same extractions:
// the same answers, and a store that goes on loading from there.
func TestBulkImport(t *testing.T) {
	ctx := context.Background()
	corpus := storetest.Corpus(300, 10)
	// A document of the corpus again, stating half of what it did.
	shrunk := corpus[0]
	shrunk.Relations = slices.Clone(shrunk.Relations[:len(shrunk.Relations)/2])
	// A sentence across lines, with quotes and a comma, as the CSV files
	// must carry it.
	lined := slices.Clone(corpus[:200])
	x := lined[1]
	x.Relations = slices.Clone(x.Relations)
	x.Relations[0].Evidence = slices.Clone(x.Relations[0].Evidence)
	x.Relations[0].Evidence[0].Text = "It said, \"quoted\",\r\nthen\nmore"
	lined[1] = x
	var seeds collected
	if _, err := loader.Load(ctx, &seeds, loader.NewExtractor(kb.Default()), []string{"../../seeds"}, loader.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		xs    []domain.Extraction
		per   int // extractions per Apply
		later []domain.Extraction
	}{
		{"the seeds import as Apply writes them, then reload", seeds.xs, 2, seeds.xs[:2]},
		{"a generated corpus imports as Apply writes it, then loads on", corpus[:200], 64, append(corpus[200:], shrunk)},
		{"a sentence across lines imports as Apply writes it", lined, 64, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			direct := mustOpen(t, testConfig(testURI(t)))
			defer direct.Close(ctx)
			wipe(t, direct)
			srv := neo4jtest.Start(t, neo4jtest.Options{DataDir: bulkImport(t, tc.xs, tc.per)})
			imported := mustOpen(t, Config{URI: srv.URI()})
			defer imported.Close(ctx)
			if err := direct.Apply(ctx, tc.xs); err != nil {
				t.Fatal(err)
			}
			same(t, ctx, direct, imported)
			if tc.later != nil {
				for _, s := range []*Store{direct, imported} {
					if err := s.Apply(ctx, tc.later); err != nil {
						t.Fatal(err)
					}
				}
				same(t, ctx, direct, imported)
			}
		})
	}
}

// collected keeps what the loader extracts, to load it twice.
type collected struct{ xs []domain.Extraction }

func (c *collected) Apply(_ context.Context, xs []domain.Extraction) error {
	c.xs = append(c.xs, xs...)
	return nil
}

func (c *collected) RemoveDocument(context.Context, string) error { return domain.ErrNotFound }

func (c *collected) Documents(context.Context) ([]domain.DocumentInfo, error) { return nil, nil }

// same asserts that two stores hold the same graph, the same documents
// with the same text and mentions, answer searches alike and stand at the
// same version.
func same(t *testing.T, ctx context.Context, want, got *Store) {
	t.Helper()
	wg, err := want.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	gg, err := got.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	storetest.AssertSameGraph(t, wg, gg)
	read := func(s *Store) any {
		t.Helper()
		infos, err := s.Documents(ctx)
		if err != nil {
			t.Fatal(err)
		}
		type document struct {
			Doc      domain.Doc
			Mentions []domain.Mention
		}
		var docs []document
		for _, info := range infos {
			d, ms, err := s.Document(ctx, info.ID)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, document{d, ms})
		}
		var hits [][]domain.SearchHit
		for _, n := range wg.Nodes[:min(len(wg.Nodes), 20)] {
			h, err := s.Search(ctx, n.Name, nil, 5)
			if err != nil {
				t.Fatal(err)
			}
			hits = append(hits, h)
		}
		return []any{infos, docs, hits}
	}
	if w, g := read(want), read(got); !reflect.DeepEqual(w, g) {
		t.Errorf("documents or searches differ:\nwant %+v\n got %+v", w, g)
	}
	for _, s := range []*Store{want, got} {
		s.changed()
	}
	wv, err := want.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	gv, err := got.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if wv != gv {
		t.Errorf("version %d, want %d", gv, wv)
	}
}
