package corpusgen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/loader/kb"
)

const testKB = `Actor/STATE | Germany | | DE | German
Forum/MULTILATERAL_ORG | United Nations | UN
Treaty/LAW | General Data Protection Regulation | GDPR
Issue | Data protection
`

func TestGenerateWritesTheSizeAskedDeterministically(t *testing.T) {
	k, err := kb.Load(strings.NewReader(testKB))
	if err != nil {
		t.Fatal(err)
	}
	read := func(dir string) string {
		var b strings.Builder
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			b.Write(data)
		}
		return b.String()
	}
	a, b := t.TempDir(), t.TempDir()
	const size = 200 << 10
	n, err := Generate(k, Config{Dir: a, Size: size, FileSize: 32 << 10, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if n < 6 {
		t.Errorf("wrote %d files for %d bytes in %d-byte files", n, size, 32<<10)
	}
	if _, err := Generate(k, Config{Dir: b, Size: size, FileSize: 32 << 10, Seed: 7}); err != nil {
		t.Fatal(err)
	}
	ta, tb := read(a), read(b)
	if ta != tb {
		t.Error("the same seed gave two corpora")
	}
	if len(ta) < size {
		t.Errorf("wrote %d bytes, want at least %d", len(ta), size)
	}
	for _, want := range []string{"Germany", "United Nations", "data protection", "<p>", "- "} {
		if !strings.Contains(ta, want) {
			t.Errorf("corpus never says %q", want)
		}
	}
}
