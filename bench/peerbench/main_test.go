package main

import (
	"encoding/json"
	"testing"
)

// make bench's report reads the -json file as rows {figure, value, unit,
// goal}; the ratios must carry the goals.
func TestRows(t *testing.T) {
	r := Report{
		Results: []Result{
			{Side: "diplograph", Query: "search", RequestsSec: 600, P50ms: 80, P99ms: 200, CPUmsPerReq: 0.7, Neo4jCPUmsPerReq: 1.1},
			{Side: "peer", Query: "search", RequestsSec: 300, P50ms: 150, P99ms: 900},
		},
		Ratios: []Ratio{{Query: "search", Throughput: 2, P99: 200.0 / 900}},
	}
	data, err := json.Marshal(rows(r))
	if err != nil {
		t.Fatal(err)
	}
	var got []struct {
		Figure string  `json:"figure"`
		Value  float64 `json:"value"`
		Unit   string  `json:"unit"`
		Goal   string  `json:"goal"`
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	byFigure := map[string]string{}
	for _, g := range got {
		byFigure[g.Figure] = g.Unit + " " + g.Goal
	}
	for figure, want := range map[string]string{
		"peer search diplograph throughput":      "req/s ",
		"peer search peer p99":                   "ms ",
		"peer search diplograph neo4j cpu":       "ms/req ",
		"peer search diplograph/peer throughput": "x >= 3",
		"peer search diplograph/peer p99":        "x < 1",
	} {
		if byFigure[figure] != want {
			t.Errorf("%s: got %q, want %q", figure, byFigure[figure], want)
		}
	}
	if _, ok := byFigure["peer search peer server cpu"]; ok {
		t.Error("an unknown CPU time was written as a figure")
	}
}
