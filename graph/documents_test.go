package graph_test

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/diplograph/diplograph/analytics"
	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/store/memstore"
)

// listingCounter counts the store's document listings: each is the whole
// graph's documents, so a request must not make one per entity or batch.
type listingCounter struct {
	*memstore.Store
	listings atomic.Int64
}

func (c *listingCounter) Documents(ctx context.Context) ([]domain.DocumentInfo, error) {
	c.listings.Add(1)
	return c.Store.Documents(ctx)
}

// The explorer draws thousands of entities with their documents' IDs; on a
// graph of 37,000 documents each batch of the documents loader listed them
// all, and the overview took minutes. A request that reads only their IDs
// lists none, and one that reads more lists them once.
func TestEntityDocumentsListTheStoreOnceAtMost(t *testing.T) {
	ctx := context.Background()
	st := memstore.New()
	xs := largeCorpus(2000, 400, 10)
	if err := st.Apply(ctx, xs); err != nil {
		t.Fatal(err)
	}
	docs, _ := st.Documents(ctx)
	counting := &listingCounter{Store: st}
	// Centrality is left out: its version check lists the documents too.
	c := apiClient(&graph.Resolver{Store: counting, Analytics: analytics.NewCache(counting)}, false)
	type answer struct {
		Entities struct {
			Edges []struct {
				Node struct {
					Documents []struct {
						ID   string
						Name string
						Size int
					}
				}
			}
		}
	}
	for _, tc := range []struct {
		name, query  string
		wantListings int64
		wantNames    bool
	}{
		{"the documents' IDs of 500 entities take no listing", `{ entities(orderBy: DEGREE, first: 500) { edges { node { documents { id } } } } }`, 0, false},
		{"their names and sizes take one listing", `{ entities(orderBy: DEGREE, first: 500) { edges { node { documents { id name size } } } } }`, 1, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			counting.listings.Store(0)
			var got answer
			c.MustPost(tc.query, &got)
			if n := counting.listings.Load(); n != tc.wantListings {
				t.Errorf("%d listings, want %d", n, tc.wantListings)
			}
			refs := 0
			names := map[string]domain.DocumentInfo{}
			for _, d := range docs {
				names[d.ID] = d
			}
			for _, e := range got.Entities.Edges {
				for _, d := range e.Node.Documents {
					refs++
					want, ok := names[d.ID]
					if !ok {
						t.Fatalf("unknown document %s", d.ID)
					}
					if tc.wantNames && (d.Name != want.Name || d.Size != want.Size) {
						t.Errorf("document %s: name %q size %d, want %q %d", d.ID, d.Name, d.Size, want.Name, want.Size)
					}
				}
			}
			if len(got.Entities.Edges) != 500 || refs < 2000 {
				t.Errorf("%d entities with %d document references: the graph is smaller than the test needs", len(got.Entities.Edges), refs)
			}
		})
	}
}
