package main

import (
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"net/url"
	"sync/atomic"
)

// boltCounter stands between the server and Neo4j and counts the
// statements (Bolt RUN messages) the server sends, so that the benchmark
// can say how many statements a request costs without the store's help.
type boltCounter struct {
	ln     net.Listener
	target string // Neo4j's host:port
	runs   atomic.Int64
}

// newBoltCounter listens on a free loopback port for connections to the
// Neo4j at uri, which must be a bolt:// URI: with neo4j:// the driver
// would be routed past the counter to the addresses the server names.
func newBoltCounter(uri string) (*boltCounter, error) {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "bolt" {
		return nil, fmt.Errorf("count statements: %q is not a bolt:// URI", uri)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("count statements: %w", err)
	}
	c := &boltCounter{ln: ln, target: u.Host}
	go c.serve()
	return c, nil
}

// URI is where the server should find Neo4j.
func (c *boltCounter) URI() string { return "bolt://" + c.ln.Addr().String() }

// Statements is the number of statements sent so far.
func (c *boltCounter) Statements() int64 { return c.runs.Load() }

func (c *boltCounter) Close() error { return c.ln.Close() }

func (c *boltCounter) serve() {
	for {
		client, err := c.ln.Accept()
		if err != nil {
			return
		}
		go c.relay(client)
	}
}

func (c *boltCounter) relay(client net.Conn) {
	defer client.Close()
	server, err := net.Dial("tcp", c.target)
	if err != nil {
		return
	}
	defer server.Close()
	// The server's first four bytes say whether the handshake goes on
	// (manifest negotiation, Bolt 5.7 on), which decides where the client's
	// messages begin.
	reply := make(chan []byte, 1)
	go func() {
		first := make([]byte, 4)
		if _, err := io.ReadFull(server, first); err != nil {
			close(reply)
			client.Close()
			return
		}
		reply <- first
		if _, err := client.Write(first); err != nil {
			return
		}
		io.Copy(client, server)
		client.Close()
	}()
	c.count(io.TeeReader(client, server), reply)
}

// count reads the client's side of a connection: the handshake (magic and
// four version proposals; after a manifest reply, the chosen version and a
// one-byte capability mask, as the Go driver sends it), then messages in
// chunks, a chunk of size zero ending each. A message's first bytes are its
// structure marker and its signature, 0x10 for RUN.
func (c *boltCounter) count(r io.Reader, reply <-chan []byte) {
	hello := make([]byte, 20)
	if _, err := io.ReadFull(r, hello); err != nil {
		return
	}
	first, ok := <-reply
	if !ok {
		return
	}
	if first[2] == 0x01 && first[3] == 0xFF {
		if _, err := io.ReadFull(r, make([]byte, 5)); err != nil {
			return
		}
	}
	const run = 0x10
	var size [2]byte
	var chunk []byte
	var head [2]byte // the current message's first bytes
	got := 0         // how many of them have come
	for {
		if _, err := io.ReadFull(r, size[:]); err != nil {
			return
		}
		n := int(binary.BigEndian.Uint16(size[:]))
		if n == 0 {
			got = 0
			continue
		}
		if cap(chunk) < n {
			chunk = make([]byte, n)
		}
		chunk = chunk[:n]
		if _, err := io.ReadFull(r, chunk); err != nil {
			return
		}
		if got < len(head) {
			k := copy(head[got:], chunk)
			got += k
			if got == len(head) && head[0]&0xF0 == 0xB0 && head[1] == run {
				c.runs.Add(1)
			}
		}
	}
}
