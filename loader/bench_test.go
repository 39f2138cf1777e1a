package loader

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/internal/benchproc"
	"github.com/diplograph/diplograph/loader/corpusgen"
	"github.com/diplograph/diplograph/loader/kb"
)

// corpusDir lets BenchmarkExtract read a corpus from disk, such as the one
// gencorpus writes:
//
//	go run ./loader/cmd/gencorpus -out /tmp/corpus -size 100 -seed 1
//	go test ./loader -run '^$' -bench '^BenchmarkExtract$' -cpu 1 -benchtime 3x -args -corpus /tmp/corpus
var corpusDir = flag.String("corpus", "", "folder of documents for BenchmarkExtract; empty means 4 MB generated in memory")

// BenchmarkExtract measures extraction throughput on generated prose. Run
// it with -cpu 1: MB/s is then per core on an idle machine, and MB/cpu-s
// is per core whatever else the machine runs.
func BenchmarkExtract(b *testing.B) {
	var docs []domain.Doc
	if *corpusDir != "" {
		docs = readCorpus(b, *corpusDir)
	} else {
		g := corpusgen.New(kb.Default(), 1)
		for i := range 16 {
			text := g.Document(256 << 10)
			name := fmt.Sprintf("bench_%02d.txt", i)
			docs = append(docs, domain.Doc{ID: domain.DocumentID(name), Name: name, Text: text, Hash: domain.TextHash(text)})
		}
	}
	benchExtract(b, docs)
}

// BenchmarkExtractSeeds measures extraction on the project's real seed
// documents, whose prose is less dense in names than the generated corpus.
func BenchmarkExtractSeeds(b *testing.B) {
	docs := readCorpus(b, filepath.Join("..", "seeds"))
	if len(docs) == 0 {
		b.Skip("no seed documents")
	}
	benchExtract(b, docs)
}

// readCorpus reads every supported document under dir, as Load would.
func readCorpus(b *testing.B, dir string) []domain.Doc {
	var docs []domain.Doc
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !Supported(path) {
			return err
		}
		doc, err := ReadFile(path)
		if err != nil {
			return err
		}
		docs = append(docs, doc)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return docs
}

// benchExtract extracts docs in a loop. Besides the wall-clock MB/s it
// reports MB/cpu-s, the bytes per second of CPU time the process used: on a
// shared machine wall time also counts the waits for a core, CPU time only
// the work (with -cpu 1, the work of one core, the garbage collector's
// included).
func benchExtract(b *testing.B, docs []domain.Doc) {
	total := 0
	for _, d := range docs {
		total += len(d.Text)
	}
	ex := NewExtractor(kb.Default())
	b.SetBytes(int64(total))
	runtime.GC()
	start := benchproc.SelfCPU()
	for b.Loop() {
		for _, d := range docs {
			if _, err := ex.Extract(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	if used := benchproc.SelfCPU() - start; used > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/1e6/used.Seconds(), "MB/cpu-s")
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
