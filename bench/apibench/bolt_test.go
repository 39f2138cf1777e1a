package main

import (
	"encoding/binary"
	"io"
	"net"
	"testing"
	"time"
)

// fakeNeo4j accepts one connection, answers the handshake with reply and
// then reads whatever the client sends until it closes.
func fakeNeo4j(t *testing.T, reply []byte) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			return
		}
		defer conn.Close()
		hello := make([]byte, 20)
		if _, err := io.ReadFull(conn, hello); err != nil {
			return
		}
		conn.Write(reply)
		io.Copy(io.Discard, conn)
	}()
	return "bolt://" + ln.Addr().String()
}

// message frames a Bolt message of the given signature, its body cut into
// chunks of at most size bytes, with the empty chunk that ends it.
func message(signature byte, body []byte, size int) []byte {
	whole := append([]byte{0xB1, signature}, body...)
	var out []byte
	for len(whole) > 0 {
		n := min(size, len(whole))
		out = binary.BigEndian.AppendUint16(out, uint16(n))
		out = append(out, whole[:n]...)
		whole = whole[n:]
	}
	return append(out, 0, 0)
}

func TestBoltCounterCountsStatements(t *testing.T) {
	query := []byte("\x8fRETURN 1 AS one")
	for _, tc := range []struct {
		name  string
		reply []byte // the server's answer to the handshake
		after []byte // what the client sends after the handshake, before messages
	}{
		{"with a version chosen at once", []byte{0, 0, 4, 5}, nil},
		{"after a manifest negotiation", []byte{0, 0, 1, 0xFF}, []byte{0, 0, 4, 5, 0}},
	} {
		t.Run("statements are counted "+tc.name, func(t *testing.T) {
			c, err := newBoltCounter(fakeNeo4j(t, tc.reply))
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			conn, err := net.Dial("tcp", c.ln.Addr().String())
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			conn.Write(append([]byte{0x60, 0x60, 0xB0, 0x17}, make([]byte, 16)...))
			reply := make([]byte, 4)
			if _, err := io.ReadFull(conn, reply); err != nil {
				t.Fatal(err)
			}
			var stream []byte
			stream = append(stream, tc.after...)
			stream = append(stream, message(0x11, nil, 64)...)          // BEGIN
			stream = append(stream, message(0x10, query, 64)...)        // RUN
			stream = append(stream, 0, 0)                               // a keep-alive between messages
			stream = append(stream, message(0x3F, []byte{0xA0}, 64)...) // PULL
			stream = append(stream, message(0x10, query, 3)...)         // RUN in small chunks
			stream = append(stream, message(0x12, nil, 64)...)          // COMMIT
			// A RUN signature inside a message's body is no statement.
			stream = append(stream, message(0x3F, []byte{0xB1, 0x10}, 1)...)
			if _, err := conn.Write(stream); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(5 * time.Second)
			for c.Statements() < 2 && time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
			}
			// Give a wrongly counted message time to show.
			time.Sleep(50 * time.Millisecond)
			if got := c.Statements(); got != 2 {
				t.Errorf("counted %d statements, want 2", got)
			}
		})
	}
	t.Run("a routing URI is refused, as the driver would go around the counter", func(t *testing.T) {
		if _, err := newBoltCounter("neo4j://127.0.0.1:7687"); err == nil {
			t.Fatal("accepted a neo4j:// URI")
		}
	})
}
