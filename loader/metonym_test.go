package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/loader/kb"
)

func TestEveryCapitalNamesAStateOfTheKnowledgeBase(t *testing.T) {
	caps, err := capitalsOf(kb.Default())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, cs := range caps {
		n += len(cs)
	}
	lines := 0
	for _, line := range strings.Split(capitalTable, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			lines++
		}
	}
	if n != lines {
		t.Errorf("%d of the %d capitals resolve to a state of the knowledge base", n, lines)
	}
}

func TestCapitalsStandForTheirGovernmentsOnlyWhereTheyAct(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{
			name: "a capital before a verb is its state",
			text: "Beijing denounced the Budapest Convention.",
			want: []string{"China -OPPOSES-> Budapest Convention"},
		},
		{
			name: "a capital in the possessive or after the agent's 'by' is its state",
			text: "Washington's allies signed the Budapest Convention. The Paris Call was endorsed by London.",
			want: []string{"United Kingdom -PARTY_TO-> Paris Call for Trust and Security in Cyberspace"},
		},
		{
			name: "a capital after a preposition is a place",
			text: "Ministers met in Paris and signed the Budapest Convention.",
			not:  []string{"France -PARTY_TO-> Budapest Convention"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := relationStrings(extractWithDefaultKB(t, tc.text))
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %s; got %v", w, got)
				}
			}
			for _, w := range tc.not {
				if slices.Contains(got, w) {
					t.Errorf("unexpected %s", w)
				}
			}
		})
	}
}
