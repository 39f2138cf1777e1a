package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/diplograph/diplograph/curation"
	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/loader/kb"
	"github.com/diplograph/diplograph/store/neo4jstore"
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
	bulk := fs.String("bulk", "", "write CSV files for Neo4j's own importer to this folder instead of loading a store: "+
		"a first load into an empty Neo4j, then scripts/neo4j.sh import DIR with the server stopped")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 && len(remove) == 0 || *bulk != "" && len(remove) > 0 {
		fs.Usage()
		return errUsage
	}
	if *bulk != "" {
		return loadBulk(ctx, *bulk, fs.Args(), stdout, stderr)
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
	return failed(report, stderr)
}

// failed lists the documents that failed, and says how many.
func failed(report loader.Report, stderr io.Writer) error {
	for _, f := range report.Failures {
		fmt.Fprintf(stderr, "failed: %s: %v\n", f.Name, f.Err)
	}
	if len(report.Failures) > 0 {
		return fmt.Errorf("%d documents failed", len(report.Failures))
	}
	return nil
}

// loadBulk extracts the documents into CSV files for Neo4j's importer. The
// importer writes a new database, so there is no curation log to apply
// and nothing already loaded to skip.
func loadBulk(ctx context.Context, dir string, paths []string, stdout, stderr io.Writer) error {
	b, err := neo4jstore.NewBulk(dir)
	if err != nil {
		return err
	}
	report, err := loader.Load(ctx, b, loader.NewExtractor(kb.Default()), paths, loader.LoadOptions{Progress: stderr})
	if cerr := b.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("bulk load into %s: %w", dir, err)
	}
	fmt.Fprintf(stdout, "wrote %s for Neo4j's importer: %d documents, %d entities, %d relations, %d failures\n"+
		"next, with the server stopped: scripts/neo4j.sh import %s\n",
		dir, report.Documents, report.Entities, b.Relations(), len(report.Failures), dir)
	return failed(report, stderr)
}
