package main

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"sync"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/loader/kb"
)

// collector is a loader.Writer that keeps extractions instead of storing
// them, so extract walks, reads and reports failures exactly as load does.
type collector struct {
	mu sync.Mutex
	xs []domain.Extraction
}

func (c *collector) Apply(ctx context.Context, xs []domain.Extraction) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.xs = append(c.xs, xs...)
	return nil
}

func (c *collector) RemoveDocument(ctx context.Context, id string) error { return nil }

func (c *collector) Documents(ctx context.Context) ([]domain.DocumentInfo, error) { return nil, nil }

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
	var c collector
	report, err := loader.Load(ctx, &c, loader.NewExtractor(kb.Default()), fs.Args(), loader.LoadOptions{})
	if err != nil {
		return err
	}
	slices.SortFunc(c.xs, func(a, b domain.Extraction) int { return cmp.Compare(a.Document.Name, b.Document.Name) })
	w := bufio.NewWriter(stdout)
	if err := loader.WritePrediction(w, c.xs); err != nil {
		return fmt.Errorf("write prediction: %w", err)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	for _, f := range report.Failures {
		fmt.Fprintf(stderr, "failed: %s: %v\n", f.Name, f.Err)
	}
	if len(report.Failures) > 0 {
		return fmt.Errorf("%d documents failed", len(report.Failures))
	}
	return nil
}
