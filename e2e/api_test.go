package e2e

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

type answer struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func ask(t *testing.T, url, query string) json.RawMessage {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	resp, err := http.Post(url+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var a answer
	if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
		t.Fatalf("decode: %v", err)
	}
	if len(a.Errors) > 0 {
		t.Fatalf("errors: %+v", a.Errors)
	}
	return a.Data
}

// exampleChecks assert what the seed graph says in answer to each research
// question of docs/api.md.
var exampleChecks = map[string]func(t *testing.T, data json.RawMessage){
	"who-supports-the-igf.graphql": func(t *testing.T, data json.RawMessage) {
		var d struct {
			Node struct {
				Name      string
				Relations []struct {
					Type     string
					Source   struct{ Name, Kind string }
					Evidence []struct {
						Text     string
						Document struct{ Name string }
					}
				}
			}
		}
		mustUnmarshal(t, data, &d)
		if d.Node.Name != "Internet Governance Forum" {
			t.Fatalf("node %q", d.Node.Name)
		}
		supporters := []string{}
		for _, r := range d.Node.Relations {
			if r.Source.Kind != "ACTOR" || len(r.Evidence) == 0 || r.Evidence[0].Document.Name == "" {
				t.Errorf("relation %+v lacks an actor source or evidence", r)
			}
			if r.Type == "SUPPORTS" {
				supporters = append(supporters, r.Source.Name)
			}
		}
		// The German strategy says so in as many words.
		if !slices.Contains(supporters, "Germany") {
			t.Errorf("supporters %v lack Germany", supporters)
		}
	},
	"instruments-on-cybersecurity.graphql": func(t *testing.T, data json.RawMessage) {
		var d struct {
			Relations struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Source   struct{ Kind string }
						Evidence []struct{ Text string }
					}
				}
			}
		}
		mustUnmarshal(t, data, &d)
		if d.Relations.TotalCount == 0 || len(d.Relations.Edges) != d.Relations.TotalCount {
			t.Fatalf("%d relations (total %d)", len(d.Relations.Edges), d.Relations.TotalCount)
		}
		for _, e := range d.Relations.Edges {
			if k := e.Node.Source.Kind; k != "TREATY" && k != "FORUM" {
				t.Errorf("a %s addresses cybersecurity", k)
			}
			if !strings.Contains(strings.ToLower(e.Node.Evidence[0].Text), "cyber") {
				t.Errorf("evidence %q does not speak of cybersecurity", e.Node.Evidence[0].Text)
			}
		}
	},
	"denmark-to-gdpr.graphql": func(t *testing.T, data json.RawMessage) {
		var d struct {
			ShortestPath *struct {
				Length int
				Nodes  []struct{ ID string }
				Edges  []struct{ Evidence []struct{ Text string } }
			}
		}
		mustUnmarshal(t, data, &d)
		// The seeds name Denmark and the GDPR but state no chain of relations
		// between them: the honest answer is no path.
		if p := d.ShortestPath; p != nil {
			if p.Nodes[0].ID != "actor:denmark" || p.Length != len(p.Edges) {
				t.Errorf("path %+v", p)
			}
			for _, e := range p.Edges {
				if len(e.Evidence) == 0 {
					t.Error("a step without evidence")
				}
			}
		}
	},
	"most-central-actors.graphql": func(t *testing.T, data json.RawMessage) {
		var d struct {
			Entities struct {
				Edges []struct {
					Node struct {
						Name       string
						Centrality struct{ PageRank float64 }
					}
				}
			}
		}
		mustUnmarshal(t, data, &d)
		edges := d.Entities.Edges
		if len(edges) != 10 {
			t.Fatalf("%d actors, want 10", len(edges))
		}
		for i := 1; i < len(edges); i++ {
			if edges[i].Node.Centrality.PageRank > edges[i-1].Node.Centrality.PageRank {
				t.Errorf("not ordered by PageRank at %d", i)
			}
		}
		// The German strategy is by far the longest seed, and Germany its voice.
		if edges[0].Node.Name != "Germany" {
			t.Errorf("most central actor %q, want Germany", edges[0].Node.Name)
		}
	},
	"search-and-neighbourhood.graphql": func(t *testing.T, data json.RawMessage) {
		var d struct {
			Search []struct {
				Entity struct{ ID string }
			}
			Neighbourhood struct {
				Nodes []struct{ ID string }
				Edges []struct {
					Source struct{ ID string }
					Target struct{ ID string }
				}
			}
		}
		mustUnmarshal(t, data, &d)
		if len(d.Search) == 0 || d.Search[0].Entity.ID != "treaty:budapest-convention" {
			t.Errorf("search budapest: %+v", d.Search)
		}
		nodes := d.Neighbourhood.Nodes
		if len(nodes) < 3 || nodes[0].ID != "forum:internet-governance-forum" {
			t.Fatalf("neighbourhood nodes %+v", nodes)
		}
		in := map[string]bool{}
		for _, n := range nodes {
			in[n.ID] = true
		}
		for _, e := range d.Neighbourhood.Edges {
			if !in[e.Source.ID] || !in[e.Target.ID] {
				t.Errorf("edge %s-%s leaves the neighbourhood", e.Source.ID, e.Target.ID)
			}
		}
	},
	"graph-overview.graphql": func(t *testing.T, data json.RawMessage) {
		var d struct {
			Stats struct {
				EntityCount, RelationCount, DocumentCount int
				ByKind                                    []struct{ Count int }
			}
			Documents []struct{ Name string }
		}
		mustUnmarshal(t, data, &d)
		sum := 0
		for _, k := range d.Stats.ByKind {
			sum += k.Count
		}
		if d.Stats.DocumentCount != 5 || len(d.Documents) != 5 || sum != d.Stats.EntityCount {
			t.Errorf("stats %+v documents %d", d.Stats, len(d.Documents))
		}
	},
}

func mustUnmarshal(t *testing.T, data json.RawMessage, v any) {
	t.Helper()
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("unmarshal %s: %v", data, err)
	}
}

func TestResearchQuestionsAnswerOnBothStores(t *testing.T) {
	files, err := filepath.Glob(repoPath("docs", "queries", "*.graphql"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no example queries: %v", err)
	}
	apiDoc, err := os.ReadFile(repoPath("docs", "api.md"))
	if err != nil {
		t.Fatal(err)
	}
	answers := map[string][]json.RawMessage{}
	for _, s := range emptyStores(t) {
		loadSeeds(t, s)
		srv := serve(t, s)
		for _, f := range files {
			name := filepath.Base(f)
			t.Run(strings.TrimSuffix(name, ".graphql")+" on the "+s.name+" store", func(t *testing.T) {
				query, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Contains(apiDoc, query) {
					t.Errorf("docs/api.md does not show %s as it stands", name)
				}
				check, ok := exampleChecks[name]
				if !ok {
					t.Fatalf("no check for %s: every example query needs one", name)
				}
				data := ask(t, srv.URL, string(query))
				check(t, data)
				answers[name] = append(answers[name], data)
			})
		}
	}
	for name, got := range answers {
		if name == "search-and-neighbourhood.graphql" {
			continue // search scores are each store's own
		}
		if len(got) == 2 && !jsonEqual(got[0], got[1]) {
			t.Errorf("%s answers differently on the two stores:\n%s\n%s", name, got[0], got[1])
		}
	}
}

func jsonEqual(a, b json.RawMessage) bool {
	var x, y any
	return json.Unmarshal(a, &x) == nil && json.Unmarshal(b, &y) == nil && reflect.DeepEqual(x, y)
}
