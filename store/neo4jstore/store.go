// Package neo4jstore keeps the graph in Neo4j (5.x, Community or
// Enterprise, bolt:// or neo4j://).
//
// The graph model:
//
//	(:Entity:Actor|Forum|Treaty|Issue {id, kind, name, subtype, code,
//	    aliases, allAliases, forms, mentions, degree, documents})
//	(:Document {id, name, text, hash, size, seq,
//	    mentionIndexes, mentionTexts, mentionStarts, mentionEnds,
//	    entityIds, entityKinds, entityNames, entitySubtypes, entityCodes,
//	    entityAliases, entityAliasStarts, entityCounts,
//	    evidenceFrom, evidenceTo})
//	(:Entity)-[:MEMBER_OF|SUPPORTS|... {relId, doc, confidence, rule,
//	    texts, starts, ends, years, rules}]->(:Entity)
//
// An entity lists the IDs of the documents that mention it, in load order;
// a document keeps what it says about each entity it mentions (entity*:
// kind, name, subtype, code, aliases, mentions) in lists parallel to
// entityIds, the aliases of entityIds[i] being
// entityAliases[entityAliasStarts[i]..entityAliasStarts[i+1]], and names
// the entity of each mention and the ends of each pair its evidence joins
// by their indexes in entityIds. An evidence relationship of the
// relation's own type is what one document says about one relation: the
// confidence it gives, the extraction rule that gave it, and its sentences
// in parallel lists with the rule that read each (rules is absent when no
// sentence has one, as in graphs written before rules were kept); a
// relation is the set of evidence relationships sharing a relId. Replacing
// a document therefore deletes and recreates only its own relationships.
// An entity's name, aliases, mentions and degree are derived at write
// time, in the writing transaction, so that listings filter and order on
// stored properties. forms holds the folded name and aliases that Search
// and name filters compare, and seq orders documents so that the latest
// one's say wins.
package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/diplograph/diplograph/domain"
)

// Config says where Neo4j is and how long to wait for it.
type Config struct {
	URI      string // bolt://host:7687 or neo4j://host:7687
	User     string // empty: no auth
	Password string
	Database string // empty: "neo4j"
	// Timeout bounds how long a call waits for a connection and how long
	// it keeps retrying transient failures (the driver backs off 1 s, 2 s,
	// 4 s…, so a call fails within about twice this), so that callers learn
	// within seconds that Neo4j is down instead of hanging. 0 means 2 s.
	Timeout time.Duration
}

// ConfigFromEnv reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE.
func ConfigFromEnv() Config {
	return Config{
		URI:      os.Getenv("NEO4J_URI"),
		User:     os.Getenv("NEO4J_USER"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
}

// Store is safe for concurrent use; the driver pools connections and
// reconnects by itself after Neo4j comes back.
type Store struct {
	driver    neo4j.DriverWithContext
	database  string
	bookmarks neo4j.BookmarkManager
	version   versionMemo
	retryTime time.Duration // how long query retries transient failures
	written   *written
}

// Open connects, checks that Neo4j answers and creates the schema the store
// relies on (constraints and indexes) when it is missing.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.URI == "" {
		return nil, errors.New("neo4j open: no URI (set NEO4J_URI)")
	}
	auth := neo4j.NoAuth()
	if cfg.User != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	timeout := cfg.Timeout
	if timeout <= 0 {
		timeout = 2 * time.Second
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		c.ConnectionAcquisitionTimeout = timeout
		c.SocketConnectTimeout = min(timeout, 2*time.Second)
		c.MaxTransactionRetryTime = timeout
	})
	if err != nil {
		return nil, fmt.Errorf("neo4j open %s: %w", cfg.URI, err)
	}
	s := &Store{
		driver:    driver,
		database:  cfg.Database,
		retryTime: timeout,
		// Shared bookmarks make every read see the writes before it, even
		// when a cluster routes them to different members.
		bookmarks: neo4j.NewBookmarkManager(neo4j.BookmarkManagerConfig{}),
		written:   newWritten(),
	}
	if s.database == "" {
		s.database = "neo4j"
	}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		driver.Close(ctx)
		return nil, wrap("open "+cfg.URI, err)
	}
	if err := s.ensureSchema(ctx); err != nil {
		driver.Close(ctx)
		return nil, err
	}
	return s, nil
}

// Close releases the connections.
func (s *Store) Close(ctx context.Context) error {
	if err := s.driver.Close(ctx); err != nil {
		return fmt.Errorf("neo4j close: %w", err)
	}
	return nil
}

// Ping runs a trivial query on the store's database, so it fails while the
// database itself is unavailable, not only while the server is unreachable.
func (s *Store) Ping(ctx context.Context) error {
	_, err := read(ctx, s, "ping", func(tx neo4j.ManagedTransaction) (struct{}, error) {
		_, err := collect(ctx, tx, "RETURN 1", nil)
		return struct{}{}, err
	})
	return err
}

// versionPoll is how long Version trusts the version it last read: every
// API request asks for it, and a round trip to Neo4j for each would cost
// more than the answers it lets the server keep. This process's own writes
// show at once; another process's within versionPoll.
const versionPoll = 200 * time.Millisecond

// versionMemo is the version last read and when.
type versionMemo struct {
	mu    sync.Mutex
	value uint64
	read  time.Time // zero: read again
}

// Version is the writers' sequence number: every Apply and RemoveDocument,
// from any process, moves it on in the transaction that changes the graph.
func (s *Store) Version(ctx context.Context) (uint64, error) {
	m := &s.version
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.read.IsZero() && time.Since(m.read) < versionPoll {
		return m.value, nil
	}
	v, err := read(ctx, s, "version", func(tx neo4j.ManagedTransaction) (uint64, error) {
		recs, err := collect(ctx, tx, "OPTIONAL MATCH (m:Meta {key: 'seq'}) RETURN coalesce(m.value, 0)", nil)
		if err != nil || len(recs) == 0 {
			return 0, err
		}
		v, _ := recs[0].Values[0].(int64)
		return uint64(v), nil
	})
	if err != nil {
		return 0, err
	}
	m.value, m.read = v, time.Now()
	return v, nil
}

// changed has the next Version read Neo4j again, after a write of ours.
func (s *Store) changed() {
	s.version.mu.Lock()
	s.version.read = time.Time{}
	s.version.mu.Unlock()
}

func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName:    s.database,
		AccessMode:      mode,
		BookmarkManager: s.bookmarks,
	})
}

// read runs work in a managed read transaction, which the driver retries on
// transient failures; work must therefore build its result afresh each time.
func read[T any](ctx context.Context, s *Store, op string, work func(tx neo4j.ManagedTransaction) (T, error)) (T, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	v, err := neo4j.ExecuteRead(ctx, sess, work)
	if err != nil {
		var zero T
		return zero, wrap(op, err)
	}
	return v, nil
}

// write is read's counterpart for managed write transactions.
func write(ctx context.Context, s *Store, op string, work func(tx neo4j.ManagedTransaction) error) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return nil, work(tx)
	})
	return wrap(op, err)
}

// wrap names the operation and marks failures to reach Neo4j with
// domain.ErrUnavailable, keeping the driver's error for the log.
func wrap(op string, err error) error {
	switch {
	case err == nil:
		return nil
	case unavailable(err):
		return fmt.Errorf("neo4j %s: %w: %w", op, domain.ErrUnavailable, err)
	default:
		return fmt.Errorf("neo4j %s: %w", op, err)
	}
}

// unavailable reports whether err says Neo4j could not be reached or kept
// failing transiently, as opposed to refusing the query itself.
func unavailable(err error) bool {
	var limit *neo4j.TransactionExecutionLimit
	var conn *neo4j.ConnectivityError
	var dbErr *neo4j.Neo4jError
	switch {
	case errors.As(err, &limit):
		// The driver gives up retrying only on errors it deemed transient.
		return true
	case errors.As(err, &conn):
		return true
	case errors.As(err, &dbErr):
		return neo4j.IsRetryable(dbErr)
	}
	return false
}

func collect(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any) ([]*neo4j.Record, error) {
	return collectFrom(ctx, func(q string) (neo4j.ResultWithContext, error) { return tx.Run(ctx, q, params) }, query, params)
}

// collectFrom runs query with run (in a transaction or a session) and
// reads every record, profiling it while profileHook is set.
func collectFrom(ctx context.Context, run func(query string) (neo4j.ResultWithContext, error), query string, params map[string]any) ([]*neo4j.Record, error) {
	if profileHook != nil {
		query = "PROFILE " + query
	}
	t0 := time.Now()
	res, err := run(query)
	if err != nil {
		return nil, err
	}
	recs, err := res.Collect(ctx)
	if err == nil && profileHook != nil {
		sum, _ := res.Consume(ctx)
		profileHook(query, params, sum, time.Since(t0))
	}
	return recs, err
}

var profileHook func(query string, params map[string]any, sum neo4j.ResultSummary, d time.Duration)

func exec(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any) error {
	_, err := collect(ctx, tx, query, params)
	return err
}
