package main

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/loader/kb"
)

func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("extract", "PATH...", stderr)
	format := fs.String("format", "json", "output format; json is the prediction format of the evaluation")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 || *format != "json" {
		fs.Usage()
		return errUsage
	}
	files, err := loader.Files(fs.Args())
	if err != nil {
		return err
	}
	ex := loader.NewExtractor(kb.Default())
	var xs []domain.Extraction
	failed := 0
	for _, path := range files {
		doc, err := loader.ReadFile(path)
		if err == nil {
			var x domain.Extraction
			if x, err = ex.Extract(doc); err == nil {
				xs = append(xs, x)
				continue
			}
		}
		failed++
		fmt.Fprintf(stderr, "failed: %v\n", err)
	}
	w := bufio.NewWriter(stdout)
	if err := loader.WritePrediction(w, xs); err != nil {
		return fmt.Errorf("write prediction: %w", err)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d documents failed", failed, len(files))
	}
	return nil
}
