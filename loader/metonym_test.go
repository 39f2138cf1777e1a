package loader

import (
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
