package loader

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/loader/corpusgen"
	"github.com/diplograph/diplograph/loader/kb"
)

// BenchmarkExtract measures extraction throughput on generated prose; run
// it on one core with -cpu 1 to read MB/s per core.
func BenchmarkExtract(b *testing.B) {
	g := corpusgen.New(kb.Default(), 1)
	var docs []domain.Doc
	total := 0
	for i := range 16 {
		text := g.Document(256 << 10)
		name := fmt.Sprintf("bench_%02d.txt", i)
		docs = append(docs, domain.Doc{ID: domain.DocumentID(name), Name: name, Text: text, Hash: domain.TextHash(text)})
		total += len(text)
	}
	ex := NewExtractor(kb.Default())
	b.SetBytes(int64(total))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if _, err := ex.Extract(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkLoad measures a whole load (walk, read, extract on every core,
// apply in batches) into an in-memory store.
func BenchmarkLoad(b *testing.B) {
	dir := b.TempDir()
	const size = 16 << 20
	if _, err := corpusgen.Generate(kb.Default(), corpusgen.Config{Dir: dir, Size: size, FileSize: 256 << 10, Seed: 2}); err != nil {
		b.Fatal(err)
	}
	ex := NewExtractor(kb.Default())
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		rep, err := Load(context.Background(), newMemStore(), ex, []string{dir}, LoadOptions{})
		if err != nil || len(rep.Failures) > 0 {
			b.Fatal(err, rep.Failures)
		}
	}
}

// BenchmarkExtractSeeds measures extraction on the project's real seed
// documents, whose prose is less dense in names than the generated corpus.
func BenchmarkExtractSeeds(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "seeds", "*.txt"))
	if len(paths) == 0 {
		b.Skip("no seed documents")
	}
	var docs []domain.Doc
	total := 0
	for _, p := range paths {
		d, err := ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		total += len(d.Text)
	}
	ex := NewExtractor(kb.Default())
	b.SetBytes(int64(total))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if _, err := ex.Extract(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
