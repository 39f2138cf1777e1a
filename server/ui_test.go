package server_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/server"
	"github.com/diplograph/diplograph/store/memstore"
)

func TestExplorerIsServedBesideTheAPI(t *testing.T) {
	dist := fstest.MapFS{
		"dist/index.html": {Data: []byte("<!doctype html><html><head><title>explorer</title>")},
		"dist/app.js":     {Data: []byte("console.log('explorer')")},
	}
	srv := httptest.NewServer(server.New(server.Config{Logger: quiet, Store: memstore.New(), Schema: diplograph.Schema, UI: dist}))
	defer srv.Close()
	for _, tc := range []struct {
		path, contains, frame string
		status                int
	}{
		{"/", "<title>explorer", "DENY", 200},
		{"/embed?focus=actor:germany", "<title>explorer", "", 200},
		{"/app.js", "console.log", "DENY", 200},
		{"/lens/abcdefghij", `<head>` + "\n" + `<base href="../"><title>explorer`, "DENY", 200},
		{"/lens/abcdefghij/more", "", "DENY", 404},
		{"/missing.js", "", "DENY", 404},
	} {
		t.Run("GET "+tc.path, func(t *testing.T) {
			resp, err := http.Get(srv.URL + tc.path)
			if err != nil {
				t.Fatal(err)
			}
			buf := make([]byte, 4096)
			n, _ := resp.Body.Read(buf)
			resp.Body.Close()
			if resp.StatusCode != tc.status || !strings.Contains(string(buf[:n]), tc.contains) {
				t.Errorf("status %d body %q", resp.StatusCode, buf[:n])
			}
			if got := resp.Header.Get("X-Frame-Options"); got != tc.frame {
				t.Errorf("X-Frame-Options %q, want %q", got, tc.frame)
			}
			if resp.Header.Get("Content-Security-Policy") == "" {
				t.Error("no Content-Security-Policy")
			}
		})
	}
	resp, err := http.Post(srv.URL+"/", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /: status %d, want 405", resp.StatusCode)
	}
}

// Every path that serves the embed page may be framed, and its headers say
// so consistently; every other page may be framed nowhere.
func TestTheEmbedPageIsFramableUnderEverySpelling(t *testing.T) {
	dist := fstest.MapFS{"dist/index.html": {Data: []byte("<!doctype html><title>explorer</title>")}}
	srv := httptest.NewServer(server.New(server.Config{Logger: quiet, Store: memstore.New(), Schema: diplograph.Schema, UI: dist}))
	defer srv.Close()
	for _, tc := range []struct {
		name, path string
		framable   bool
	}{
		{"/embed may be framed", "/embed", true},
		{"/embed/ may be framed like /embed", "/embed/", true},
		{"/embed with a view in its query may be framed", "/embed?focus=actor:germany", true},
		{"the explorer may not be framed", "/", false},
		{"GraphiQL may not be framed", "/graphiql", false},
		{"a page under /embed/ that is not the embed page may not be framed", "/embed/x/../../", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := http.Get(srv.URL + tc.path)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			xfo, csp := resp.Header.Get("X-Frame-Options"), resp.Header.Get("Content-Security-Policy")
			if tc.framable && (xfo != "" || !strings.Contains(csp, "frame-ancestors *")) {
				t.Errorf("X-Frame-Options %q, CSP %q: the embed page cannot be framed", xfo, csp)
			}
			if !tc.framable && (xfo != "DENY" || !strings.Contains(csp, "frame-ancestors 'none'")) {
				t.Errorf("X-Frame-Options %q, CSP %q: the page can be framed", xfo, csp)
			}
		})
	}
}
