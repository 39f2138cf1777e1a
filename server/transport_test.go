package server_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

func TestAnswersAreTheBytesJSONMarshalWouldWrite(t *testing.T) {
	srv, _ := newTestServer(t)
	for _, tc := range []struct{ name, query string }{
		{"data alone", `{ node(id: "actor:germany") { id ... on Entity { name aliases degree } } }`},
		{"data with errors", `{ node(id: "actor:germany") { id } neighbourhood(id: "actor:germany", depth: 99) { truncated } }`},
		{"a document that does not validate", `{ noSuchField }`},
	} {
		t.Run("an answer of "+tc.name, func(t *testing.T) {
			body, _ := json.Marshal(map[string]any{"query": tc.query})
			resp, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			got, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			var answer graphql.Response
			if err := json.Unmarshal(got, &answer); err != nil {
				t.Fatalf("the answer does not decode: %v\n%s", err, got)
			}
			want, err := json.Marshal(&answer)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
			if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type %q", ct)
			}
		})
	}
}
