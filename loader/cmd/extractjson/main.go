// Command extractjson prints the prediction JSON of ONTOLOGY.md for the
// documents under the given paths, until the main command offers it.
package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/loader/kb"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: extractjson PATH...")
		os.Exit(2)
	}
	var paths []string
	for _, root := range os.Args[1:] {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && loader.Supported(path) {
				paths = append(paths, path)
			}
			return nil
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, "extractjson:", err)
			os.Exit(1)
		}
	}
	sort.Strings(paths)
	ex := loader.NewExtractor(kb.Default())
	var xs []domain.Extraction
	for _, path := range paths {
		doc, err := loader.ReadFile(path)
		if err == nil {
			var x domain.Extraction
			if x, err = ex.Extract(doc); err == nil {
				xs = append(xs, x)
				continue
			}
		}
		fmt.Fprintln(os.Stderr, "extractjson:", err)
	}
	w := bufio.NewWriter(os.Stdout)
	if err := loader.WritePrediction(w, xs); err != nil {
		fmt.Fprintln(os.Stderr, "extractjson:", err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "extractjson:", err)
		os.Exit(1)
	}
}
