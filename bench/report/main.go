// Command report gathers what the benchmarks wrote under a folder into one
// table (figure, value, unit, goal) and one JSON file. It reads go test
// -bench output (*.txt) and row files (*.json: [{figure, value, unit, goal}]).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Row is one figure of the table.
type Row struct {
	Figure string  `json:"figure"`
	Value  float64 `json:"value"`
	Unit   string  `json:"unit"`
	Goal   string  `json:"goal,omitempty"`
	// Met says whether Value meets Goal; absent when there is no goal or
	// its form is not one met can read.
	Met *bool `json:"met,omitempty"`
}

// goals of the go test benchmarks, by benchmark name and unit.
var goals = map[string]string{
	"loader BenchmarkExtract MB/s":            ">= 20 (one core)",
	"memstore BenchmarkApply relations/s":     ">= 200000",
	"neo4jstore BenchmarkApply relations/s":   ">= 20000",
	"loader BenchmarkExtractSeeds MB/s":       "",
	"loader BenchmarkLoad MB/s":               "",
	"memstore BenchmarkApply ns/op":           "",
	"neo4jstore BenchmarkApply ns/op":         "",
	"loader BenchmarkExtract MB/cpu-s":        ">= 20",
	"loader BenchmarkExtractSeeds MB/cpu-s":   "",
	"memstore BenchmarkApply relations/cpu-s": "",
	// Issue 10: the embedded store on the synthetic graph of a million
	// relations; the 200k graph shows how the figures grow.
	"memstore BenchmarkSyntheticGraph/1M B/relation":        "<= 400",
	"memstore BenchmarkSyntheticGraph/1M relations/s":       ">= 200000",
	"memstore BenchmarkSyntheticGraph/1M relations/cpu-s":   ">= 200000",
	"memstore BenchmarkSyntheticGraph/200k B/relation":      "",
	"memstore BenchmarkSyntheticGraph/200k relations/s":     "",
	"memstore BenchmarkSyntheticGraph/200k relations/cpu-s": "",
	// Issue 10: Neo4j's load as a fraction of a bare UNWIND CREATE of the
	// same relations on the same server in the same run (x-bare), and the
	// bulk path (CSV files and Neo4j's importer) on a million relations.
	"neo4jstore BenchmarkApply bare-relations/s":        "",
	"neo4jstore BenchmarkApply x-bare":                  ">= 0.8",
	"neo4jstore BenchmarkApply x-bare-graph":            "",
	"neo4jstore BenchmarkBulkImport relations/s":        ">= 50000",
	"neo4jstore BenchmarkBulkImport import-relations/s": "",
	"neo4jstore BenchmarkBulkImport relations/cpu-s":    "",
	"neo4jstore BenchmarkBulkImport open-s":             "",
	"neo4jstore BenchmarkBulkImport ns/op":              "",
	// The explorer's neighbourhood query in process (no client, no
	// network): its allocations hardly move with the machine's load.
	"server BenchmarkExplorerNeighbourhood ns/op":      "",
	"server BenchmarkExplorerNeighbourhood B/op":       "",
	"server BenchmarkExplorerNeighbourhood allocs/op":  "",
	"server BenchmarkExplorerNeighbourhood gzip-bytes": "",
}

func main() {
	dir := flag.String("dir", ".cache/bench", "folder the benchmarks wrote to")
	out := flag.String("json", ".cache/bench/summary.json", "where to write the table as JSON")
	flag.Parse()
	var rows []Row
	files, _ := filepath.Glob(filepath.Join(*dir, "*"))
	sort.Strings(files)
	for _, f := range files {
		var got []Row
		var err error
		switch filepath.Ext(f) {
		case ".txt":
			got, err = goBench(f)
		case ".json":
			if filepath.Base(f) == filepath.Base(*out) {
				continue
			}
			got, err = rowFile(f)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "report: %s: %v\n", f, err)
			os.Exit(1)
		}
		rows = append(rows, got...)
	}
	if len(rows) == 0 {
		fmt.Fprintf(os.Stderr, "report: nothing under %s; run the benchmarks first\n", *dir)
		os.Exit(1)
	}
	fmt.Printf("%-58s %14s  %-12s %-18s %s\n", "figure", "value", "unit", "goal", "met")
	goals, passed := 0, 0
	for i := range rows {
		r := &rows[i]
		mark := ""
		if ok, known := met(r.Goal, r.Value); known {
			r.Met = &ok
			goals++
			mark = "FAIL"
			if ok {
				passed++
				mark = "pass"
			}
		}
		fmt.Printf("%-58s %14s  %-12s %-18s %s\n", r.Figure, strconv.FormatFloat(r.Value, 'f', precision(r.Value), 64), r.Unit, r.Goal, mark)
	}
	fmt.Printf("%d of %d goals met\n", passed, goals)
	data, _ := json.MarshalIndent(rows, "", "  ")
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fmt.Fprintf(os.Stderr, "report: %v\n", err)
		os.Exit(1)
	}
}

// met reads a goal of the forms the benchmarks write ("< 50", "<= 0.3",
// ">= 200000", "> 1", or a bare number that the value must equal, each
// maybe followed by a note such as "(one core)") and reports whether v meets
// it; known is false when the goal is empty or of another form.
func met(goal string, v float64) (ok, known bool) {
	fields := strings.Fields(goal)
	if len(fields) == 0 {
		return false, false
	}
	op, num := "=", fields[0]
	for _, o := range []string{"<=", ">=", "<", ">"} {
		if rest, found := strings.CutPrefix(fields[0], o); found {
			op, num = o, rest
			if num == "" && len(fields) > 1 {
				num = fields[1]
			}
			break
		}
	}
	want, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return false, false
	}
	switch op {
	case "<=":
		return v <= want, true
	case ">=":
		return v >= want, true
	case "<":
		return v < want, true
	case ">":
		return v > want, true
	}
	return v == want, true
}

func precision(v float64) int {
	switch {
	case v >= 1000:
		return 0
	case v >= 10:
		return 1
	}
	return 2
}

func rowFile(path string) ([]Row, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rows []Row
	if err := json.Unmarshal(data, &rows); err != nil {
		return nil, fmt.Errorf("not a row file: %w", err)
	}
	return rows, nil
}

// goBench reads go test -bench output: after "pkg: ..." lines, each
// "BenchmarkX-N  iters  V1 unit1  V2 unit2 ..." line gives one row per unit.
func goBench(path string) ([]Row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows []Row
	pkg := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 2 && fields[0] == "pkg:" {
			pkg = filepath.Base(fields[1])
			continue
		}
		if len(fields) < 4 || !strings.HasPrefix(fields[0], "Benchmark") {
			continue
		}
		name := fields[0]
		if i := strings.LastIndex(name, "-"); i > 0 {
			name = name[:i]
		}
		for i := 2; i+1 < len(fields); i += 2 {
			v, err := strconv.ParseFloat(fields[i], 64)
			if err != nil {
				break
			}
			unit := fields[i+1]
			key := pkg + " " + name + " " + unit
			rows = append(rows, Row{Figure: pkg + " " + name, Value: v, Unit: unit, Goal: goals[key]})
		}
	}
	return rows, sc.Err()
}
