package server_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/server"
	"github.com/diplograph/diplograph/store/memstore"
)

// GraphiQL comes from the explorer's build, not from a CDN.
func TestGraphiQLIsServedFromTheBuild(t *testing.T) {
	dist := fstest.MapFS{
		"dist/index.html":    {Data: []byte("<!doctype html><title>explorer</title>")},
		"dist/graphiql.html": {Data: []byte(`<!doctype html><script type="module" src="graphiql.js"></script>`)},
		"dist/graphiql.js":   {Data: []byte("console.log('graphiql')")},
	}
	srv := httptest.NewServer(server.New(server.Config{Logger: quiet, Store: memstore.New(), Schema: diplograph.Schema, UI: dist}))
	defer srv.Close()
	for path, want := range map[string]string{"/graphiql": "graphiql.js", "/graphiql.js": "console.log"} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), want) {
			t.Errorf("GET %s: %d %q, want 200 with %q", path, resp.StatusCode, body, want)
		}
		if csp := resp.Header.Get("Content-Security-Policy"); strings.Contains(csp, "http") {
			t.Errorf("GET %s: the policy lets another origin in: %s", path, csp)
		}
	}

	bare := httptest.NewServer(server.New(server.Config{Logger: quiet, Store: memstore.New(), Schema: diplograph.Schema}))
	defer bare.Close()
	resp, err := http.Get(bare.URL + "/graphiql")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("GET /graphiql without a build: %d, want 404", resp.StatusCode)
	}
}

// The README's first curl example runs as written against a server.
func TestReadmeCurlExampleWorks(t *testing.T) {
	if _, err := exec.LookPath("curl"); err != nil {
		t.Skip("curl is not installed")
	}
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var command string
	for _, block := range strings.Split(string(readme), "```sh\n")[1:] {
		block = block[:strings.Index(block, "```")]
		if strings.HasPrefix(block, "curl ") {
			command = block
			break
		}
	}
	if command == "" {
		t.Fatal("the README has no curl example")
	}
	srv := httptest.NewServer(server.New(server.Config{Logger: quiet, Store: memstore.New(), Schema: diplograph.Schema}))
	defer srv.Close()
	command = strings.ReplaceAll(command, "localhost:8080", strings.TrimPrefix(srv.URL, "http://"))
	out, err := exec.Command("sh", "-c", command).CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	var body struct {
		Data   map[string]any `json:"data"`
		Errors []any          `json:"errors"`
	}
	if err := json.Unmarshal(out, &body); err != nil || len(body.Errors) > 0 || body.Data["search"] == nil {
		t.Fatalf("the example's answer is not data: %s", out)
	}
}
