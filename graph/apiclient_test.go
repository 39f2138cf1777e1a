package graph_test

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/generated"
)

// apiClient serves the API of res as the server does (loaders per request,
// errors presented with their codes), with the admin token when admin.
func apiClient(res *graph.Resolver, admin bool) *client.Client {
	srv := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: res, Complexity: graph.Complexity()}))
	srv.AddTransport(transport.POST{})
	srv.SetErrorPresenter(graph.PresentError)
	return client.New(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := graph.WithLoaders(r.Context(), res.Store)
		if admin {
			ctx = graph.WithAdmin(ctx)
		}
		srv.ServeHTTP(w, r.WithContext(ctx))
	}))
}

// answer posts query and returns its data as JSON; any error fails the test.
func answer(t *testing.T, c *client.Client, query string) []byte {
	t.Helper()
	resp, err := c.RawPost(query)
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Errors) > 0 {
		t.Fatalf("errors: %s", resp.Errors)
	}
	got, err := json.Marshal(resp.Data)
	if err != nil {
		t.Fatal(err)
	}
	return got
}
