package uiqueries

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

func TestTheExplorersQueryIsCopiedAsItWrites(t *testing.T) {
	read := func(path string) string {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	api := read("../../ui/src/api/graphql.ts")
	session := read("../../ui/src/app/session.ts")
	cases := []struct {
		name, text, want string
	}{
		{"the node fragment is the explorer's", api, drawNode},
		{"the edge fragment is the explorer's", api, drawEdge},
		{"the neighbourhood query's root field is the explorer's", api, "neighbourhood(id: $id, depth: $depth, limit: $limit) { ${SUBGRAPH} }"},
		{"the subgraph selection is the explorer's", api, "truncated nodes { ...DrawNode } edges { ...DrawEdge }"},
		{"the focus limit is the explorer's", session, "FOCUS_LIMIT = " + strconv.Itoa(FocusLimit) + ";"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(c.text, c.want) {
				t.Errorf("the explorer no longer writes %q: update bench/uiqueries", c.want)
			}
		})
	}
}
