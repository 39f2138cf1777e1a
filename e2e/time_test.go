package e2e

import (
	"encoding/json"
	"testing"
)

func init() {
	exampleChecks["what-held-when.graphql"] = checkWhatHeldWhen
}

// checkWhatHeldWhen asserts the time answers agree with themselves and with
// what the seeds say: a briefing paper dates the Namibian conference Diplo
// took part in to July 2016.
func checkWhatHeldWhen(t *testing.T, data json.RawMessage) {
	var d struct {
		Timeline struct {
			Undated int
			Years   []struct {
				Year, Total int
				ByType      []struct {
					Type  string
					Count int
				}
			}
		}
		Changes []struct {
			Kind, Date string
			Relation   struct {
				Type   string
				Source struct{ Name string }
				Target struct{ Name string }
			}
			Evidence []struct{ Text string }
		}
		Relations struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					From, Until *string
					Undated     bool
				}
			}
		}
	}
	mustUnmarshal(t, data, &d)
	if len(d.Timeline.Years) == 0 || d.Timeline.Undated == 0 {
		t.Fatalf("timeline %+v: want dated years and undated relations", d.Timeline)
	}
	for i, y := range d.Timeline.Years {
		sum := 0
		for _, b := range y.ByType {
			sum += b.Count
		}
		if sum != y.Total || (i > 0 && d.Timeline.Years[i-1].Year >= y.Year) {
			t.Errorf("year %d: total %d, by type %d, or out of order", y.Year, y.Total, sum)
		}
	}
	namibia := false
	for _, c := range d.Changes {
		if c.Date < "2016" || c.Date > "2020-12-31" || len(c.Evidence) == 0 || (c.Kind != "BEGAN" && c.Kind != "ENDED") {
			t.Errorf("change %+v outside 2016-2020 or without evidence", c)
		}
		namibia = namibia || c.Date == "2016-07" && c.Relation.Type == "PARTICIPATES_IN" && c.Relation.Source.Name == "Namibia"
	}
	if !namibia {
		t.Errorf("changes %+v lack Namibia's conference of July 2016", d.Changes)
	}
	if d.Relations.TotalCount != len(d.Relations.Edges) || d.Relations.TotalCount == 0 {
		t.Errorf("as of 2016-12-31: %d edges of %d", len(d.Relations.Edges), d.Relations.TotalCount)
	}
	for _, e := range d.Relations.Edges {
		n := e.Node
		if n.Undated != (n.From == nil && n.Until == nil) || n.From != nil && *n.From > "2016-12-31" || n.Until != nil && *n.Until < "2016-12-31" {
			t.Errorf("as of 2016-12-31 kept %+v", n)
		}
	}
}
