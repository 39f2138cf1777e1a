package loader

import (
	"slices"
	"strings"
	"testing"
)

// A report is long: the filler is prose about the authors' own work that
// names no entity, repeated past reportLength.
func report(body string) string {
	filler := strings.Repeat("The authors gathered comments from many readers over two years and revised every chapter twice before the final edition went to print.\n\n", reportLength/130+1)
	return "Annual Review\n\n" + body + "\n\n" + filler
}

func TestTopicsNamedInPassing(t *testing.T) {
	tests := []struct {
		name, text string
		topic      string
		kept       bool
	}{
		{
			name:  "a report that names a topic once and says nothing of it leaves it out",
			text:  report("Our teams also looked at censorship, among many other areas."),
			topic: "Censorship",
		},
		{
			name:  "a report that returns to a topic keeps it",
			text:  report("Our teams also looked at censorship.\n\nCensorship was the theme of the spring workshop."),
			topic: "Censorship", kept: true,
		},
		{
			name:  "a report that states a relation of a topic keeps it",
			text:  report("France opposes censorship."),
			topic: "Censorship", kept: true,
		},
		{
			name:  "a short article keeps a topic it names once",
			text:  "Our teams also looked at censorship, among many other areas.",
			topic: "Censorship", kept: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := extractText(t, "review.txt", tc.text)
			kept := slices.Contains(entityStrings(x), "Issue/ "+tc.topic)
			if kept != tc.kept {
				t.Errorf("%s kept = %v, want %v; entities %v", tc.topic, kept, tc.kept, entityStrings(x))
			}
			for _, m := range x.Mentions {
				if strings.EqualFold(m.Text, tc.topic) && !kept {
					t.Errorf("a mention of %s is kept without its entity", tc.topic)
				}
			}
		})
	}
}
