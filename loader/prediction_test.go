package loader

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/loader/kb"
)

func TestWritePredictionMergesDocuments(t *testing.T) {
	a := extractText(t, "a.txt", "Germany is a member of the United Nations.")
	b := extractText(t, "b.txt", "France is a member of the United Nations (UN).")
	var buf bytes.Buffer
	if err := WritePrediction(&buf, []domain.Extraction{a, b}); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Documents []struct{ ID, Name string }
		Entities  []struct {
			ID, Name, Kind, Subtype, Code string
			Aliases, Documents            []string
		}
		Relations []struct {
			Source, Target, Type string
			Confidence           float64
			Evidence             []struct {
				Document, Text string
				Start, End     int
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Documents) != 2 || got.Documents[0].Name != "a.txt" {
		t.Errorf("documents %+v", got.Documents)
	}
	un := 0
	for _, e := range got.Entities {
		if e.Name == "United Nations" {
			un++
			if len(e.Documents) != 2 || e.Documents[0] != "a.txt" || e.Documents[1] != "b.txt" {
				t.Errorf("UN documents %v, want both names", e.Documents)
			}
		}
		if e.Name == "Germany" && e.Code != "DE" {
			t.Errorf("Germany has code %q", e.Code)
		}
	}
	if un != 1 {
		t.Errorf("UN appears %d times, want once", un)
	}
	if len(got.Relations) != 2 {
		t.Fatalf("relations %+v", got.Relations)
	}
	for _, r := range got.Relations {
		if r.Type != "MEMBER_OF" || r.Confidence <= 0 || len(r.Evidence) != 1 || r.Evidence[0].Document == "" || r.Evidence[0].End <= r.Evidence[0].Start {
			t.Errorf("relation %+v", r)
		}
	}
}

func TestWritePredictionOfNothingIsValidJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := WritePrediction(&buf, nil); err != nil {
		t.Fatal(err)
	}
	var got map[string][]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil || got["entities"] == nil || got["relations"] == nil {
		t.Errorf("got %s (%v)", buf.String(), err)
	}
}

// TestRelationRuleIsOneOfItsEvidence holds every relation of the seeds to
// a rule that one of its sentences carries, however many rules read them.
func TestRelationRuleIsOneOfItsEvidence(t *testing.T) {
	defaultExtractorOnce.Do(func() { defaultExtractor = NewExtractor(kb.Default()) })
	entries, err := os.ReadDir(filepath.Join("..", "seeds"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range entries {
		t.Run("every relation of "+f.Name()+" names a rule its evidence carries", func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("..", "seeds", f.Name()))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := ParseDoc(f.Name(), b)
			if err != nil {
				t.Fatal(err)
			}
			x, err := defaultExtractor.Extract(doc)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range x.Relations {
				if r.Rule == "" || !slices.ContainsFunc(r.Evidence, func(e domain.Evidence) bool { return e.Rule == r.Rule }) {
					t.Errorf("%s %s %s: rule %q is on none of its %d sentences", r.Source, r.Type, r.Target, r.Rule, len(r.Evidence))
				}
			}
		})
	}
}
