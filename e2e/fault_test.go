package e2e

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// The server outlives its database: while Neo4j is down, health says so and
// queries fail at once with UNAVAILABLE; when it is back, so is the server,
// with no restart.
func TestServerRidesOutANeo4jRestart(t *testing.T) {
	neo, st := ownNeo4j(t)
	loadSeeds(t, st)
	srv := serve(t, st)
	query := `{ node(id: "forum:internet-governance-forum") { id } }`

	health := func() (int, string) {
		resp, err := http.Get(srv.URL + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	if code, body := health(); code != http.StatusOK {
		t.Fatalf("healthz before the kill: %d %s", code, body)
	}

	neo.Kill()
	code, body := health()
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "unavailable") {
		t.Errorf("healthz with Neo4j dead: %d %s", code, body)
	}
	started := time.Now()
	errCode, msg := queryError(t, srv.URL, query)
	elapsed := time.Since(started)
	if errCode != "UNAVAILABLE" || strings.Contains(msg, "bolt") {
		t.Errorf("query with Neo4j dead: code %q message %q; want UNAVAILABLE without internals", errCode, msg)
	}
	// "Fast" here means well inside any client's patience, not a benchmark.
	if elapsed > 15*time.Second {
		t.Errorf("the query took %v to fail", elapsed)
	}
	t.Logf("query failed after %v with %s: %s", elapsed.Round(time.Millisecond), errCode, msg)

	neo.Restart()
	deadline := time.Now().Add(60 * time.Second)
	for {
		if code, _ := health(); code == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("healthz did not recover within 60 s of Neo4j coming back")
		}
		time.Sleep(250 * time.Millisecond)
	}
	if errCode, msg := queryError(t, srv.URL, query); errCode != "" {
		t.Errorf("query after the restart: %s %s", errCode, msg)
	}
}

// queryError returns the first error's code and message, or "" when the
// query succeeds.
func queryError(t *testing.T, url, query string) (string, string) {
	t.Helper()
	code, msg, err := tryQuery(url, query)
	if err != nil {
		t.Fatal(err)
	}
	return code, msg
}

// tryQuery is queryError for goroutines other than the test's own.
func tryQuery(url, query string) (code, msg string, err error) {
	body, _ := json.Marshal(map[string]any{"query": query})
	resp, err := http.Post(url+"/graphql", "application/json", strings.NewReader(string(body)))
	if err != nil {
		return "", "", err
	}
	defer resp.Body.Close()
	var a answer
	if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
		return "", "", fmt.Errorf("decode answer: %w", err)
	}
	if len(a.Errors) == 0 {
		return "", "", nil
	}
	code, _ = a.Errors[0].Extensions["code"].(string)
	return code, a.Errors[0].Message, nil
}
