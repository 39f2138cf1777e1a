package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/server"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/storetest"
)

// logBuffer collects log lines from several goroutines.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// waitFor polls the log until it holds want, so a test can tell the server
// has finished with a request whose client is gone.
func (b *logBuffer) waitFor(t *testing.T, want string) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if strings.Contains(b.String(), want) {
			return
		}
	}
	t.Fatalf("the log never showed %q:\n%s", want, b.String())
}

func (b *logBuffer) errorLines() []string {
	var out []string
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.Contains(line, `"level":"ERROR"`) {
			out = append(out, line)
		}
	}
	return out
}

// newLoggedServer serves st and records every log line, the server's own and
// the default logger's (the error presenter logs there).
func newLoggedServer(t *testing.T, st server.Store, cfg server.Config) (*httptest.Server, *logBuffer) {
	t.Helper()
	logs := &logBuffer{}
	logger := slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	old := slog.Default()
	slog.SetDefault(logger)
	t.Cleanup(func() { slog.SetDefault(old) })
	cfg.Store, cfg.Schema, cfg.Logger = st, diplograph.Schema, logger
	srv := httptest.NewServer(server.New(cfg))
	t.Cleanup(srv.Close)
	return srv, logs
}

// blockingStore holds ListNodes until the request's context ends, and says
// when a request has arrived there.
type blockingStore struct {
	*memstore.Store
	entered chan struct{}
}

func (b *blockingStore) ListNodes(ctx context.Context, q domain.NodeQuery) ([]domain.Node, int, error) {
	b.entered <- struct{}{}
	<-ctx.Done()
	return nil, 0, ctx.Err()
}

func TestEveryRefusalCarriesACodeAndNoneIsLoggedAsAnError(t *testing.T) {
	st := memstore.New()
	storetest.ApplyFixture(t, context.Background(), st)
	big := `{"query":"{ stats { entityCount } }","variables":{"x":"` + strings.Repeat("a", 2<<20) + `"}}`
	for _, tc := range []struct {
		name        string
		method, url string
		contentType string
		body        io.Reader
		status      int
		code        string
	}{
		{"an oversize chunked body gets 413", http.MethodPost, "/graphql", "application/json",
			io.MultiReader(strings.NewReader(big)), http.StatusRequestEntityTooLarge, "TOO_LARGE"},
		{"an oversize announced body gets 413", http.MethodPost, "/graphql", "application/json",
			strings.NewReader(big), http.StatusRequestEntityTooLarge, "TOO_LARGE"},
		{"a PUT gets a coded refusal rather than a bare 'transport not supported'", http.MethodPut, "/graphql", "application/json",
			strings.NewReader(`{"query":"{ stats { entityCount } }"}`), http.StatusMethodNotAllowed, "BAD_USER_INPUT"},
		{"a POST of plain text gets a coded refusal", http.MethodPost, "/graphql", "text/plain",
			strings.NewReader(`{"query":"{ stats { entityCount } }"}`), http.StatusUnsupportedMediaType, "BAD_USER_INPUT"},
		{"a mutation over GET gets a coded refusal", http.MethodGet, "/graphql?query=" + urlQuery(`mutation { removeDocument(id: "document:a-txt") }`), "",
			nil, http.StatusMethodNotAllowed, "BAD_USER_INPUT"},
		{"undecodable variables over GET get a coded refusal", http.MethodGet, "/graphql?query=%7Bstats%7BentityCount%7D%7D&variables=%7Bnope", "",
			nil, http.StatusBadRequest, "BAD_USER_INPUT"},
		{"a malformed query string gets a coded refusal", http.MethodGet, "/graphql?query=%zz", "",
			nil, http.StatusBadRequest, "BAD_USER_INPUT"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, logs := newLoggedServer(t, st, server.Config{})
			req, _ := http.NewRequest(tc.method, srv.URL+tc.url, tc.body)
			if tc.contentType != "" {
				req.Header.Set("Content-Type", tc.contentType)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var out gqlResponse
			if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
				t.Fatalf("status %d, answer is not JSON: %v", resp.StatusCode, err)
			}
			if resp.StatusCode != tc.status || len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != tc.code {
				t.Errorf("status %d errors %+v, want %d with code %s", resp.StatusCode, out.Errors, tc.status, tc.code)
			}
			logs.waitFor(t, `"msg":"request"`)
			if lines := logs.errorLines(); len(lines) > 0 {
				t.Errorf("logged at ERROR: %v", lines)
			}
		})
	}
}

// urlQuery escapes a query for a GET URL.
func urlQuery(q string) string {
	return strings.NewReplacer(" ", "%20", "{", "%7B", "}", "%7D", `"`, "%22", ":", "%3A", "(", "%28", ")", "%29").Replace(q)
}

func TestClientsThatGoAwayAreNotLoggedAsErrors(t *testing.T) {
	t.Run("a client that closes the connection halfway through its body", func(t *testing.T) {
		srv, logs := newLoggedServer(t, memstore.New(), server.Config{})
		conn, err := net.Dial("tcp", srv.Listener.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(conn, "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"query\":")
		time.Sleep(50 * time.Millisecond)
		conn.Close()
		logs.waitFor(t, `"msg":"request"`)
		if lines := logs.errorLines(); len(lines) > 0 {
			t.Errorf("logged at ERROR: %v", lines)
		}
	})
	t.Run("a client that closes the connection while the store works", func(t *testing.T) {
		st := &blockingStore{Store: memstore.New(), entered: make(chan struct{}, 1)}
		srv, logs := newLoggedServer(t, st, server.Config{})
		ctx, cancel := context.WithCancel(context.Background())
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+"/graphql", strings.NewReader(`{"query":"{ entities { totalCount } }"}`))
		req.Header.Set("Content-Type", "application/json")
		done := make(chan struct{})
		go func() {
			defer close(done)
			if resp, err := http.DefaultClient.Do(req); err == nil {
				resp.Body.Close()
			}
		}()
		<-st.entered
		cancel()
		<-done
		logs.waitFor(t, `"msg":"request"`)
		if lines := logs.errorLines(); len(lines) > 0 {
			t.Errorf("logged at ERROR: %v", lines)
		}
	})
}
