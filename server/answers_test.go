package server_test

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/lens"
)

const germanyAliases = `{ node(id: "actor:germany") { id ... on Entity { aliases } } }`

func aliasesOf(t *testing.T, out gqlResponse) any {
	t.Helper()
	if len(out.Errors) > 0 {
		t.Fatalf("errors: %+v", out.Errors)
	}
	return out.Data["node"].(map[string]any)["aliases"]
}

func TestAnswersComeFromTheCacheUntilTheGraphChanges(t *testing.T) {
	srv, st := newTestServer(t)
	first := aliasesOf(t, postQuery(t, srv.URL, germanyAliases))
	calls := st.nodes.Load()
	if calls == 0 {
		t.Fatal("the first answer did not read the store")
	}

	t.Run("the same query spelled otherwise is answered without the store", func(t *testing.T) {
		again := aliasesOf(t, postQuery(t, srv.URL, "# Germany's aliases\n{node(id:\"actor:germany\"),{id,... on Entity{aliases}}}"))
		if fmt.Sprint(again) != fmt.Sprint(first) || st.nodes.Load() != calls {
			t.Errorf("aliases %v with %d node calls; want %v from the cache, still %d calls", again, st.nodes.Load(), first, calls)
		}
	})
	t.Run("a client asking for no-cache gets an answer computed afresh", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+"/graphql?query="+url.QueryEscape(germanyAliases), nil)
		req.Header.Set("Cache-Control", "no-cache")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if got := st.nodes.Load(); got != calls+1 {
			t.Errorf("%d node calls, want %d", got, calls+1)
		}
		calls = st.nodes.Load()
	})
	t.Run("answers with errors are never kept", func(t *testing.T) {
		const failing = `{ node(id: "actor:germany") { id } neighbourhood(id: "actor:germany", depth: 99) { truncated } }`
		for range 2 {
			if out := postQuery(t, srv.URL, failing); len(out.Errors) == 0 {
				t.Fatalf("depth 99 answered without errors: %+v", out.Data)
			}
		}
		if got := st.nodes.Load(); got != calls+2 {
			t.Errorf("%d node calls, want %d: an answer with errors was served from the cache", got, calls+2)
		}
		calls = st.nodes.Load()
	})
	t.Run("a removed document moves the version and the answer follows", func(t *testing.T) {
		if err := st.Store.RemoveDocument(context.Background(), documentID(t, srv.URL, "b.txt")); err != nil {
			t.Fatal(err)
		}
		after := aliasesOf(t, postQuery(t, srv.URL, germanyAliases))
		if fmt.Sprint(after) == fmt.Sprint(first) || st.nodes.Load() != calls+1 {
			t.Errorf("aliases %v (was %v) with %d node calls; want the new aliases read with one more call than %d", after, first, st.nodes.Load(), calls)
		}
	})
}

func TestETagsFollowTheGraphsVersion(t *testing.T) {
	srv, st := newTestServer(t)
	get := func(tag string) (int, string) {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+"/graphql?query="+url.QueryEscape(germanyAliases), nil)
		if tag != "" {
			req.Header.Set("If-None-Match", tag)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode, resp.Header.Get("ETag")
	}
	_, tag := get("")
	if tag == "" {
		t.Fatal("no ETag on a query's answer")
	}
	if status, _ := get(tag); status != http.StatusNotModified {
		t.Errorf("revalidating an unchanged graph: status %d, want 304", status)
	}
	if err := st.Store.RemoveDocument(context.Background(), documentID(t, srv.URL, "b.txt")); err != nil {
		t.Fatal(err)
	}
	status, newTag := get(tag)
	if status != http.StatusOK || newTag == tag || newTag == "" {
		t.Errorf("revalidating after a removal: status %d tag %q (was %q), want 200 and a new tag", status, newTag, tag)
	}
}

func postQuery(t *testing.T, url, query string) gqlResponse {
	t.Helper()
	_, out := post(t, url, query)
	return out
}

func documentID(t *testing.T, url, name string) string {
	t.Helper()
	out := postQuery(t, url, `{ documents { id name } }`)
	for _, d := range out.Data["documents"].([]any) {
		if d := d.(map[string]any); d["name"] == name {
			return d["id"].(string)
		}
	}
	t.Fatalf("no document %s in %+v", name, out.Data)
	return ""
}

func TestALensMissingOnceIsFoundOnceSaved(t *testing.T) {
	srv, st := newTestServer(t)
	const id = "abcdefghij"
	query := `{ lens(id: "` + id + `") { id stale } }`
	if out := postQuery(t, srv.URL, query); out.Data["lens"] != nil {
		t.Fatalf("lens %s before it was saved: %+v", id, out.Data)
	}
	// Saving a lens leaves the graph's version alone, so only an answer the
	// cache did not keep can find it.
	hash, err := lens.GraphHash(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.SaveLens(context.Background(), domain.Lens{ID: id, GraphHash: hash, Created: time.Now()}); err != nil {
		t.Fatal(err)
	}
	out := postQuery(t, srv.URL, query)
	if got, _ := out.Data["lens"].(map[string]any); got == nil || got["id"] != id || got["stale"] != false {
		t.Errorf("after saving: %+v, want the lens, not stale", out.Data)
	}
}

func TestKeptAnswersGoGzippedToClientsThatAcceptIt(t *testing.T) {
	srv, st := newTestServer(t)
	// Long enough to be compressed: the small fixture's Germany three times.
	const germany = `node(id: "actor:germany") { id ... on Entity { name relations(first: 50) { id type source { id name } target { id name } } } }`
	const query = `{ a: ` + germany + ` b: ` + germany + ` c: ` + germany + ` }`
	fetch := func(t *testing.T, encoding string) (string, string) {
		t.Helper()
		req, _ := http.NewRequest(http.MethodGet, srv.URL+"/graphql?query="+url.QueryEscape(query), nil)
		req.Header.Set("Accept-Encoding", encoding)
		// A transport of its own, so that Go neither asks for gzip nor
		// decodes it behind the test's back.
		resp, err := (&http.Transport{DisableCompression: true}).RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var body io.Reader = resp.Body
		if resp.Header.Get("Content-Encoding") == "gzip" {
			zr, err := gzip.NewReader(resp.Body)
			if err != nil {
				t.Fatal(err)
			}
			body = zr
		}
		data, err := io.ReadAll(body)
		if err != nil {
			t.Fatal(err)
		}
		return resp.Header.Get("Content-Encoding"), string(data)
	}
	_, plain := fetch(t, "identity")
	if len(plain) < 1024 {
		t.Fatalf("the answer is %d bytes, too short to be compressed: make the query longer", len(plain))
	}
	calls := st.nodes.Load()
	for _, tc := range []struct {
		name, accept, encoding string
	}{
		{"a client that accepts gzip gets the kept answer gzipped", "gzip, deflate, br", "gzip"},
		{"a client that accepts any encoding gets it gzipped", "*", "gzip"},
		{"a client that refuses gzip gets it as it is", "gzip;q=0, identity", ""},
		{"a client that names no encoding gets it as it is", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			encoding, body := fetch(t, tc.accept)
			if encoding != tc.encoding || body != plain {
				t.Errorf("encoding %q, body equal to the plain answer: %v; want encoding %q and the same body", encoding, body == plain, tc.encoding)
			}
		})
	}
	if got := st.nodes.Load(); got != calls {
		t.Errorf("%d more node reads: the answers did not come from the cache", got-calls)
	}
}
