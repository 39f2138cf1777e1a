package server_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"testing"

	"gonum.org/v1/gonum/graph/formats/gexf12"
)

func get(t *testing.T, url string) (int, []byte) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, body
}

func TestExportsCarryTheGraph(t *testing.T) {
	srv, _ := newTestServer(t)
	for _, tc := range []struct {
		name   string
		file   string
		count  func(t *testing.T, body []byte) (nodes, edges int)
		nodes  int
		edges  int
		filter string
	}{
		{"GraphML has every node and edge", "graph.graphml", countGraphML, 10, 9, ""},
		{"GEXF has every node and edge", "graph.gexf", countGEXF, 10, 9, ""},
		{"node-link JSON has every node and link", "graph.json", countJSON, 10, 9, ""},
		{"CSV has a row per node", "nodes.csv", countCSV, 10, 0, ""},
		{"CSV has a row per edge", "edges.csv", countCSV, 0, 9, ""},
		{"a kind filter keeps actors and the relations among them", "graph.json", countJSON, 4, 1, "?kind=ACTOR"},
		{"a relation type filter keeps only that type", "graph.graphml", countGraphML, 10, 2, "?type=MEMBER_OF"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, body := get(t, srv.URL+"/export/"+tc.file+tc.filter)
			if status != http.StatusOK {
				t.Fatalf("status %d: %s", status, body)
			}
			n, e := tc.count(t, body)
			if tc.file == "nodes.csv" {
				e = tc.edges
			}
			if tc.file == "edges.csv" {
				e, n = n, tc.nodes
			}
			if n != tc.nodes || e != tc.edges {
				t.Errorf("got %d nodes and %d edges, want %d and %d", n, e, tc.nodes, tc.edges)
			}
		})
	}
	for _, bad := range []string{"graph.pdf", "graph.json?kind=DOCUMENT", "graph.json?type=LIKES", "graph.json?minDegree=x"} {
		if status, _ := get(t, srv.URL+"/export/"+bad); status != http.StatusNotFound && status != http.StatusBadRequest {
			t.Errorf("%s: status %d, want a refusal", bad, status)
		}
	}
}

func countGraphML(t *testing.T, body []byte) (int, int) {
	var doc struct {
		Graph struct {
			Nodes []struct {
				ID string `xml:"id,attr"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(body, &doc); err != nil {
		t.Fatalf("GraphML does not parse: %v", err)
	}
	return len(doc.Graph.Nodes), len(doc.Graph.Edges)
}

func countGEXF(t *testing.T, body []byte) (int, int) {
	var doc gexf12.Content
	if err := xml.Unmarshal(body, &doc); err != nil {
		t.Fatalf("GEXF does not parse: %v", err)
	}
	return len(doc.Graph.Nodes.Nodes), len(doc.Graph.Edges.Edges)
}

func countJSON(t *testing.T, body []byte) (int, int) {
	var doc struct {
		Nodes []map[string]any `json:"nodes"`
		Links []map[string]any `json:"links"`
	}
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatalf("JSON does not parse: %v", err)
	}
	return len(doc.Nodes), len(doc.Links)
}

func countCSV(t *testing.T, body []byte) (int, int) {
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v", err)
	}
	return len(rows) - 1, 0
}
