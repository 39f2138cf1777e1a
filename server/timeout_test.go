package server_test

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/server"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/storetest"
)

// slowStore takes its time over listings, like a large graph does.
type slowStore struct {
	*memstore.Store
	delay time.Duration
}

func (s *slowStore) ListNodes(ctx context.Context, q domain.NodeQuery) ([]domain.Node, int, error) {
	select {
	case <-time.After(s.delay):
	case <-ctx.Done():
		return nil, 0, ctx.Err()
	}
	return s.Store.ListNodes(ctx, q)
}

// trickle opens a connection, sends head and then one byte of a body far
// longer than it will ever send every 50 ms, and returns the connection.
func trickle(t *testing.T, addr, head string) net.Conn {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	if _, err := io.WriteString(conn, head); err != nil {
		t.Fatal(err)
	}
	go func() {
		for range 200 {
			time.Sleep(50 * time.Millisecond)
			if _, err := conn.Write([]byte("x")); err != nil {
				return
			}
		}
	}()
	return conn
}

func TestSlowRequestBodiesAreCutOff(t *testing.T) {
	const bodyTimeout = 300 * time.Millisecond
	st := &slowStore{Store: memstore.New(), delay: 3 * bodyTimeout}
	storetest.ApplyFixture(t, context.Background(), st.Store)
	srv, _ := newLoggedServer(t, st, server.Config{BodyTimeout: bodyTimeout, RequestTimeout: 10 * time.Second})
	addr := srv.Listener.Addr().String()

	t.Run("a GraphQL body trickled byte by byte gets 408 at the body deadline", func(t *testing.T) {
		conn := trickle(t, addr, "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
		conn.SetReadDeadline(time.Now().Add(3 * time.Second))
		start := time.Now()
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatalf("no answer after %v: %v", time.Since(start), err)
		}
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusRequestTimeout || !strings.Contains(string(body), `"TIMEOUT"`) {
			t.Errorf("status %d body %s, want 408 with code TIMEOUT", resp.StatusCode, body)
		}
	})
	t.Run("a trickled body that the handler never reads does not hold the connection", func(t *testing.T) {
		conn := trickle(t, addr, "POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n")
		conn.SetReadDeadline(time.Now().Add(3 * time.Second))
		r := bufio.NewReader(conn)
		if _, err := http.ReadResponse(r, nil); err != nil {
			t.Fatalf("no answer: %v", err)
		}
		// The server closes the connection: a clean end, or a reset when it
		// drops the unread body. Only the read deadline means it held on.
		if _, err := io.Copy(io.Discard, r); errors.Is(err, os.ErrDeadlineExceeded) {
			t.Errorf("the connection was still open after 3 s: %v", err)
		}
	})
	t.Run("a query that runs longer than the body deadline still answers", func(t *testing.T) {
		_, out := post(t, srv.URL, `{ entities(first: 3) { totalCount } }`)
		if len(out.Errors) > 0 || out.Data["entities"] == nil {
			t.Errorf("errors %+v", out.Errors)
		}
	})
	t.Run("an export that takes longer than the body deadline still completes", func(t *testing.T) {
		resp, err := http.Get(srv.URL + "/export/graph.json")
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "actor:germany") {
			t.Errorf("status %d err %v body %.200s", resp.StatusCode, err, body)
		}
	})
}
