package graph_test

import (
	"context"
	"encoding/json"
	"errors"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/diplograph/diplograph/analytics"
	"github.com/diplograph/diplograph/curation"
	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/storetest"
)

// corrector is the binary's curator cut down to corrections: the graph's
// tests load no documents through the API.
type corrector struct{ *curation.Service }

func (corrector) Ingest(context.Context, string, string) (domain.Extraction, error) {
	return domain.Extraction{}, errors.New("this test loads no documents")
}

func (corrector) Remove(context.Context, string) error {
	return errors.New("this test removes no documents")
}

func curationClient(t *testing.T, admin bool) (*client.Client, *memstore.Store) {
	st := memstore.New()
	storetest.ApplyStanceFixture(t, context.Background(), st)
	cr := corrector{curation.NewService(st, storetest.FixtureExtractor(storetest.StanceFixture()))}
	return apiClient(&graph.Resolver{Store: st, Curator: cr, Analytics: analytics.NewCache(st)}, admin), st
}

func post(t *testing.T, c *client.Client, query string) (map[string]any, string) {
	t.Helper()
	resp, err := c.RawPost(query)
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Errors) > 0 {
		var errs []struct{ Extensions map[string]any }
		if err := json.Unmarshal(resp.Errors, &errs); err != nil || len(errs) == 0 {
			t.Fatalf("errors %s", resp.Errors)
		}
		code, _ := errs[0].Extensions["code"].(string)
		return nil, code
	}
	data, _ := resp.Data.(map[string]any)
	return data, ""
}

func TestCurationThroughTheAPI(t *testing.T) {
	t.Run("without the admin token a correction is forbidden", func(t *testing.T) {
		c, _ := curationClient(t, false)
		if _, code := post(t, c, `mutation { renameEntity(id: "actor:estel-networks", name: "Estel", reason: "short") { id } }`); code != graph.CodeForbidden {
			t.Errorf("code %q, want FORBIDDEN", code)
		}
	})
	c, st := curationClient(t, true)
	for _, tc := range []struct{ name, query, code string }{
		{"a correction without a reason is refused", `mutation { renameEntity(id: "actor:estel-networks", name: "Estel", reason: "") { id } }`, graph.CodeBadUserInput},
		{"an unknown relation is not found", `mutation { rejectRelation(id: "rel:none", reason: "wrong") { id } }`, graph.CodeNotFound},
		{"an added relation's sentence must be in its document", `mutation { addRelation(type: SUPPORTS, source: "actor:carpania", target: "forum:delta-forum",
			document: "document:stance-one-txt", evidence: "Carpania loves the Delta Forum.", reason: "said so") { id } }`, graph.CodeBadUserInput},
		{"an unknown entry cannot be undone", `mutation { undoCuration(id: "cur-99", reason: "no") { id } }`, graph.CodeNotFound},
		{"an import that is no log is refused", `mutation { importCurationLog(json: "{}") }`, graph.CodeBadUserInput},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, code := post(t, c, tc.query); code != tc.code {
				t.Errorf("code %q, want %s", code, tc.code)
			}
		})
	}
	t.Run("a rejection is logged with who, when and why, exported, undone and imported again", func(t *testing.T) {
		rel := domain.RelationID(domain.Opposes, "actor:carpania", "treaty:oslin-accord")
		data, code := post(t, c, `mutation { rejectRelation(id: "`+rel+`", curator: "ana", reason: "the sentence is ironic") { id op curator reason relationType source target undone } }`)
		if code != "" {
			t.Fatalf("code %s", code)
		}
		entry := data["rejectRelation"].(map[string]any)
		if entry["op"] != "REJECT_RELATION" || entry["curator"] != "ana" || entry["relationType"] != "OPPOSES" || entry["source"] != "actor:carpania" || entry["undone"] != false {
			t.Errorf("entry %v", entry)
		}
		if _, total, _ := st.Relations(context.Background(), domain.RelationQuery{Types: []domain.RelationType{domain.Opposes}, NodeIDs: []string{"actor:carpania"}}); total != 0 {
			t.Errorf("the rejected relation is still served")
		}
		data, _ = post(t, c, `{ curationLog { id curator at reason } curationLogJSON }`)
		exported := data["curationLogJSON"].(string)
		if log := data["curationLog"].([]any); len(log) != 1 || log[0].(map[string]any)["at"] == "" {
			t.Errorf("log %v", log)
		}
		data, _ = post(t, c, `mutation { undoCuration(id: "`+entry["id"].(string)+`", curator: "ben", reason: "it was not") { undone undoneBy undoReason } }`)
		if u := data["undoCuration"].(map[string]any); u["undone"] != true || u["undoneBy"] != "ben" {
			t.Errorf("undone %v", u)
		}
		if _, total, _ := st.Relations(context.Background(), domain.RelationQuery{Types: []domain.RelationType{domain.Opposes}, NodeIDs: []string{"actor:carpania"}}); total != 1 {
			t.Errorf("the relation did not come back when its rejection was undone")
		}
		other, otherStore := curationClient(t, true)
		q, _ := json.Marshal(exported)
		data, code = post(t, other, `mutation { importCurationLog(json: `+string(q)+`) }`)
		if code != "" || data["importCurationLog"] != float64(1) {
			t.Fatalf("import: %v %s", data, code)
		}
		if log, _ := otherStore.CurationLog(context.Background()); len(log) != 1 || log[0].Curator != "ana" {
			t.Errorf("imported log %+v", log)
		}
		if _, total, _ := otherStore.Relations(context.Background(), domain.RelationQuery{Types: []domain.RelationType{domain.Opposes}, NodeIDs: []string{"actor:carpania"}}); total != 0 {
			t.Errorf("the imported rejection was not applied")
		}
	})
}
