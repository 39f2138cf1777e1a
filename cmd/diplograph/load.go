package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/diplograph/diplograph/curation"
	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/loader/kb"
)

// stringList collects a repeatable flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

func runLoad(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("load", "PATH...", stderr)
	data := fs.String("data", defaultDataPath, "embedded store file (unused when NEO4J_URI is set)")
	var remove stringList
	fs.Var(&remove, "remove", "take the document of this file name out of the graph (repeatable)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 && len(remove) == 0 {
		fs.Usage()
		return errUsage
	}
	st, where, err := openStore(ctx, *data, true)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	// Through the curation log, so that a reload keeps the curators' corrections.
	report, err := loader.Load(ctx, curation.Writer{Applier: st, Log: st}, loader.NewExtractor(kb.Default()), fs.Args(), loader.LoadOptions{Progress: stderr, Remove: remove})
	if err != nil {
		return fmt.Errorf("load into %s: %w", where, err)
	}
	fmt.Fprintf(stdout, "loaded into %s: %d documents (%d unchanged), %d entities, %d relations, %d failures\n",
		where, report.Documents, report.Skipped, report.Entities, report.Relations, len(report.Failures))
	for _, f := range report.Failures {
		fmt.Fprintf(stderr, "failed: %s: %v\n", f.Name, f.Err)
	}
	if len(report.Failures) > 0 {
		return fmt.Errorf("%d documents failed", len(report.Failures))
	}
	return nil
}
