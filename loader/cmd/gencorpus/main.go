// Command gencorpus writes a large synthetic corpus for benchmarks and load
// tests: gencorpus -out /tmp/corpus -size 100 -seed 1 writes 100 MB.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/diplograph/diplograph/loader/corpusgen"
	"github.com/diplograph/diplograph/loader/kb"
)

func main() {
	out := flag.String("out", "corpus", "folder to write the documents to")
	size := flag.Int64("size", 100, "total size in MB")
	fileSize := flag.Int64("file-size", 256, "size of each document in KB")
	seed := flag.Uint64("seed", 1, "seed; the same seed gives the same corpus")
	flag.Parse()
	n, err := corpusgen.Generate(kb.Default(), corpusgen.Config{Dir: *out, Size: *size << 20, FileSize: *fileSize << 10, Seed: *seed})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d documents (%d MB) to %s\n", n, *size, *out)
}
