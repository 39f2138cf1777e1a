package server_test

import (
	"encoding/base64"
	"fmt"
	"math"
	"testing"
)

// A cursor is an offset the API gave out; one at the edge of int64 must be
// refused as bad input in every ordering, not overflow into the first page
// or a panic.
func TestCursorsBeyondAnyListingAreBadInput(t *testing.T) {
	srv, _ := newTestServer(t)
	cursor := func(offset string) string { return base64.RawURLEncoding.EncodeToString([]byte("offset:" + offset)) }
	huge := cursor(fmt.Sprint(math.MaxInt64))
	for _, tc := range []struct{ name, query string }{
		{"entities by name refuse a cursor at 2^63-1", `{ entities(orderBy: NAME, after: "` + huge + `") { totalCount edges { cursor } } }`},
		{"entities by degree refuse a cursor at 2^63-1", `{ entities(orderBy: DEGREE, after: "` + huge + `") { totalCount edges { cursor } } }`},
		{"entities by centrality refuse a cursor at 2^63-1", `{ entities(orderBy: CENTRALITY, after: "` + huge + `") { totalCount edges { cursor } } }`},
		{"relations refuse a cursor at 2^63-1", `{ relations(after: "` + huge + `") { totalCount edges { cursor } } }`},
		{"entities refuse a cursor past int64", `{ entities(after: "` + cursor("9223372036854775808") + `") { totalCount } }`},
		{"entities refuse a cursor at 2^63-1 even when asking for none", `{ entities(first: 0, orderBy: CENTRALITY, after: "` + huge + `") { totalCount } }`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, out := post(t, srv.URL, tc.query)
			if len(out.Errors) == 0 {
				t.Fatalf("no error; data %v", out.Data)
			}
			if got := out.Errors[0].Extensions["code"]; got != "BAD_USER_INPUT" {
				t.Errorf("code %v (%s), want BAD_USER_INPUT", got, out.Errors[0].Message)
			}
		})
	}
	for _, order := range []string{"NAME", "DEGREE", "CENTRALITY"} {
		t.Run("a cursor past the last entity by "+order+" gives an empty last page", func(t *testing.T) {
			_, out := post(t, srv.URL, `{ entities(orderBy: `+order+`, after: "`+cursor("1000000")+`") { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage } } }`)
			if len(out.Errors) > 0 {
				t.Fatalf("errors: %+v", out.Errors)
			}
			conn := out.Data["entities"].(map[string]any)
			if edges := conn["edges"].([]any); len(edges) != 0 || conn["pageInfo"].(map[string]any)["hasNextPage"] != false {
				t.Errorf("got %v, want no edges and no next page", conn)
			}
		})
	}
}
