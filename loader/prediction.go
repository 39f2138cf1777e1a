package loader

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"unicode/utf8"

	"github.com/diplograph/diplograph/domain"
)

// The prediction format of ONTOLOGY.md: what "extract --format json" prints.
// Documents are named by file name there, not by ID.
type (
	prediction struct {
		Documents []predDocument `json:"documents"`
		Entities  []predEntity   `json:"entities"`
		Relations []predRelation `json:"relations"`
	}
	predDocument struct {
		ID   string `json:"id"`
		Name string `json:"name"`
		Hash string `json:"hash"`
		Size int    `json:"size"`
	}
	predEntity struct {
		ID        string   `json:"id"`
		Name      string   `json:"name"`
		Kind      string   `json:"kind"`
		Subtype   string   `json:"subtype"`
		Aliases   []string `json:"aliases"`
		Documents []string `json:"documents"`
		Code      string   `json:"code,omitempty"`
		Mentions  int      `json:"mentions"`
	}
	predRelation struct {
		ID         string         `json:"id"`
		Source     string         `json:"source"`
		Type       string         `json:"type"`
		Target     string         `json:"target"`
		Confidence float64        `json:"confidence"`
		Rule       string         `json:"rule,omitempty"`
		Evidence   []predEvidence `json:"evidence"`
	}
	predEvidence struct {
		Document string `json:"document"`
		Text     string `json:"text"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		Year     int    `json:"year,omitempty"`
		Rule     string `json:"rule,omitempty"`
		// Date and DateKind: see domain.Evidence.
		Date     domain.Date     `json:"date,omitzero"`
		DateKind domain.DateKind `json:"dateKind,omitempty"`
	}
)

// WritePrediction writes extractions as one prediction JSON object, with
// the entities and relations of all documents merged by ID.
func WritePrediction(w io.Writer, xs []domain.Extraction) error {
	var out prediction
	names := map[string]string{} // document ID -> name
	ents := map[string]*predEntity{}
	aliases := map[string]map[string]bool{}
	docs := map[string]map[string]bool{}
	rels := map[string]*predRelation{}
	for _, x := range xs {
		d := x.Document
		names[d.ID] = d.Name
		out.Documents = append(out.Documents, predDocument{ID: d.ID, Name: d.Name, Hash: d.Hash, Size: utf8.RuneCountInString(d.Text)})
		for _, n := range x.Entities {
			e, ok := ents[n.ID]
			if !ok {
				e = &predEntity{ID: n.ID, Name: n.Name, Kind: string(n.Kind), Subtype: n.Subtype, Code: n.Code}
				ents[n.ID] = e
				aliases[n.ID], docs[n.ID] = map[string]bool{}, map[string]bool{}
			}
			if e.Subtype == "" {
				e.Subtype = n.Subtype
			}
			if e.Code == "" {
				e.Code = n.Code
			}
			for _, a := range n.Aliases {
				aliases[n.ID][a] = true
			}
			docs[n.ID][d.Name] = true
			e.Mentions += n.Mentions
		}
		for _, r := range x.Relations {
			pr, ok := rels[r.ID]
			if !ok {
				pr = &predRelation{ID: r.ID, Source: r.Source, Type: string(r.Type), Target: r.Target}
				rels[r.ID] = pr
			}
			if r.Confidence > pr.Confidence || pr.Rule == "" {
				pr.Confidence, pr.Rule = max(pr.Confidence, r.Confidence), r.Rule
			}
			for _, ev := range r.Evidence {
				pr.Evidence = append(pr.Evidence, predEvidence{Document: d.Name, Text: ev.Text, Start: ev.Start, End: ev.End, Year: ev.Year, Rule: ev.Rule,
					Date: ev.Date, DateKind: ev.DateKind})
			}
		}
	}
	for id, e := range ents {
		e.Aliases, e.Documents = sortedKeys(aliases[id]), sortedKeys(docs[id])
		out.Entities = append(out.Entities, *e)
	}
	sort.Slice(out.Entities, func(i, j int) bool { return out.Entities[i].ID < out.Entities[j].ID })
	for _, r := range rels {
		sort.Slice(r.Evidence, func(i, j int) bool {
			if r.Evidence[i].Document != r.Evidence[j].Document {
				return r.Evidence[i].Document < r.Evidence[j].Document
			}
			return r.Evidence[i].Start < r.Evidence[j].Start
		})
		out.Relations = append(out.Relations, *r)
	}
	sort.Slice(out.Relations, func(i, j int) bool { return out.Relations[i].ID < out.Relations[j].ID })
	if out.Documents == nil {
		out.Documents = []predDocument{}
	}
	if out.Entities == nil {
		out.Entities = []predEntity{}
	}
	if out.Relations == nil {
		out.Relations = []predRelation{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write prediction: %w", err)
	}
	return nil
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
