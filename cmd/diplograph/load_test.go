package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// A user's documents go where `make run` serves from: the Makefile's DATA is
// the default -data of both serve and load.
func TestLoadDefaultsToMakeRunsData(t *testing.T) {
	makefile, err := os.ReadFile(filepath.Join("..", "..", "Makefile"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^DATA\s*\?=\s*(\S+)\s*$`).FindSubmatch(makefile)
	if m == nil {
		t.Fatal("the Makefile sets no DATA")
	}
	if string(m[1]) != defaultDataPath {
		t.Fatalf("the Makefile's DATA is %s, diplograph's default -data %s", m[1], defaultDataPath)
	}

	docs := t.TempDir()
	if err := os.WriteFile(filepath.Join(docs, "note.txt"), []byte("Kenya supports the Internet Governance Forum.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("NEO4J_URI", "")
	t.Chdir(t.TempDir())
	var out, errOut bytes.Buffer
	if err := runLoad(context.Background(), []string{filepath.Join(docs, "note.txt")}, &out, &errOut); err != nil {
		t.Fatalf("load: %v\n%s", err, errOut.String())
	}
	if _, err := os.Stat(defaultDataPath); err != nil {
		t.Fatalf("load without -data did not write %s: %v (%s)", defaultDataPath, err, out.String())
	}
	// The flag still wins.
	other := filepath.Join(t.TempDir(), "other.db")
	if err := runLoad(context.Background(), []string{"-data", other, filepath.Join(docs, "note.txt")}, &out, &errOut); err != nil {
		t.Fatalf("load -data: %v\n%s", err, errOut.String())
	}
	if _, err := os.Stat(other); err != nil {
		t.Fatalf("load -data %s wrote nothing there: %v", other, err)
	}
}

// load -bulk writes the importer's files and touches no store.
func TestLoadBulkWritesFilesForTheImporter(t *testing.T) {
	docs := t.TempDir()
	if err := os.WriteFile(filepath.Join(docs, "note.txt"), []byte("Kenya supports the Internet Governance Forum.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("NEO4J_URI", "")
	t.Chdir(t.TempDir())
	dir := filepath.Join(t.TempDir(), "csv")
	var out, errOut bytes.Buffer
	if err := runLoad(context.Background(), []string{"-bulk", dir, docs}, &out, &errOut); err != nil {
		t.Fatalf("load -bulk: %v\n%s", err, errOut.String())
	}
	for _, name := range []string{"import.args", "entities.csv", "documents.csv", "evidence.csv", "meta.csv"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("load -bulk wrote no %s: %v", name, err)
		}
	}
	if _, err := os.Stat(defaultDataPath); err == nil {
		t.Errorf("load -bulk wrote the embedded store %s", defaultDataPath)
	}
	if !bytes.Contains(out.Bytes(), []byte("scripts/neo4j.sh import "+dir)) {
		t.Errorf("load -bulk did not say how to import: %s", out.String())
	}
}
