package uiqueries

import (
	"os"
	"regexp"
	"strconv"
	"testing"
)

// The benchmarks time what the explorer sends: the queries must be the
// explorer's, text for text, or a change there would go unmeasured.
func TestQueriesAreTheExplorers(t *testing.T) {
	src := readFile(t, "../../ui/src/api/graphql.ts")
	// The fragments are constants of their own; the queries splice them in.
	consts := map[string]string{}
	for _, m := range regexp.MustCompile("(?s)const ([A-Z_]+) = `(.*?)`;").FindAllStringSubmatch(src, -1) {
		consts[m[1]] = m[2]
	}
	splice := func(s string) string {
		return regexp.MustCompile(`\$\{([A-Z_]+)\}`).ReplaceAllStringFunc(s, func(ref string) string {
			return consts[ref[2:len(ref)-1]]
		})
	}
	consts["SUBGRAPH"] = splice(consts["SUBGRAPH"])
	queries := map[string]string{}
	for _, m := range regexp.MustCompile("(?s)\n  ([a-z]+): `(.*?)`,").FindAllStringSubmatch(src, -1) {
		queries[m[1]] = splice(m[2])
	}
	for _, tc := range []struct{ name, got string }{
		{"overview", Overview},
		{"neighbourhood", Neighbourhood},
		{"search", Search},
	} {
		t.Run("the "+tc.name+" query is the explorer's", func(t *testing.T) {
			want, ok := queries[tc.name]
			if !ok {
				t.Fatalf("no %s query in graphql.ts (found %d queries)", tc.name, len(queries))
			}
			if tc.got != want {
				t.Errorf("the bench sends\n%s\nthe explorer sends\n%s", tc.got, want)
			}
		})
	}
	for _, tc := range []struct {
		file, pattern string
		want          int
	}{
		{"../../ui/src/app/session.ts", `OVERVIEW_LIMIT = (\d+)`, OverviewLimit},
		{"../../ui/src/app/session.ts", `FOCUS_LIMIT = (\d+)`, FocusLimit},
		{"../../ui/src/ui/combobox.ts", `api\.search\(text, (\d+)\)`, SearchFirst},
	} {
		t.Run("the explorer's "+tc.pattern+" is the bench's", func(t *testing.T) {
			m := regexp.MustCompile(tc.pattern).FindStringSubmatch(readFile(t, tc.file))
			if m == nil {
				t.Fatalf("%s not found in %s", tc.pattern, tc.file)
			}
			if got, _ := strconv.Atoi(m[1]); got != tc.want {
				t.Errorf("the explorer uses %d, the bench %d", got, tc.want)
			}
		})
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
