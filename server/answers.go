package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/lexer"
)

// answerCacheBytes is the memory budget of whole answers kept (see
// answerCache); an answer over a quarter of it (answerMaxBytes) is computed
// every time. The explorer's overview of 5,000 entities is 13 MB at 50,000
// entities and costs a second or more of CPU to compute, so it is kept.
const (
	answerCacheBytes = 64 << 20
	answerMaxBytes   = answerCacheBytes / 4
)

// Versioner tells the graph's version, which changes whenever documents are
// loaded or removed and only then.
type Versioner interface {
	Version(ctx context.Context) (uint64, error)
}

// answerCache keeps whole answers to queries, keyed by the normalised query
// (its tokens, without whitespace, commas or comments), the operation name,
// the variables and the graph's version: the graph changes only when
// documents are loaded, so an answer holds until the version moves on, and
// a load needs no other invalidation. The ETag is derived from the same key,
// so a client revalidating a GET costs a version read and a lookup.
// Mutations, answers with errors or extensions (centrality still being
// computed), and requests carrying credentials are never kept.
type answerCache struct {
	versions Versioner
	answers  *byteLRU[[]byte]
}

func newAnswerCache(v Versioner) *answerCache {
	return &answerCache{versions: v, answers: newByteLRUWith(answerCacheBytes, answerMaxBytes, func(key string, body []byte) int64 {
		return int64(len(key)+len(body)) + entryOverhead
	})}
}

// verdict is how the GraphQL handler tells the cache that the answer it
// wrote may be kept: a query answered without errors or extensions.
type verdict struct{ keep bool }

type verdictKey struct{}

// judgeAnswer is for the GraphQL handler's AroundResponses: it marks the
// request's answer as one the cache may keep.
func judgeAnswer(ctx context.Context, resp *graphql.Response) {
	v, ok := ctx.Value(verdictKey{}).(*verdict)
	if !ok || resp == nil || !graphql.HasOperationContext(ctx) {
		return
	}
	op := graphql.GetOperationContext(ctx).Operation
	v.keep = op != nil && op.Operation == ast.Query && len(resp.Errors) == 0 && len(resp.Extensions) == 0
}

// answerRecorder holds an answer back so that it can be kept and tagged.
// As net/http's writer, it keeps the first status written: the heavy lane
// writes 503 before gqlgen's transport would write its own.
type answerRecorder struct {
	header http.Header
	status int
	sent   bool // the status is set
	body   bytes.Buffer
}

func (a *answerRecorder) Header() http.Header { return a.header }

func (a *answerRecorder) WriteHeader(code int) {
	if !a.sent {
		a.status, a.sent = code, true
	}
}

func (a *answerRecorder) Write(b []byte) (int, error) {
	a.sent = true
	return a.body.Write(b)
}

func (c *answerCache) handler(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key, ok := c.key(r)
		if !ok {
			next.ServeHTTP(w, r)
			return
		}
		tag := `"` + key[:32] + `"`
		// A client that asks for no-cache gets an answer computed afresh.
		if !strings.Contains(r.Header.Get("Cache-Control"), "no-cache") {
			if body, ok := c.answers.Get(r.Context(), key); ok {
				c.write(w, r, tag, http.Header{"Content-Type": []string{"application/json"}}, body)
				return
			}
		}
		v := &verdict{}
		rec := &answerRecorder{header: http.Header{}, status: http.StatusOK}
		next.ServeHTTP(rec, r.WithContext(context.WithValue(r.Context(), verdictKey{}, v)))
		if rec.status != http.StatusOK || !v.keep {
			for k, vs := range rec.header {
				w.Header()[k] = vs
			}
			w.WriteHeader(rec.status)
			w.Write(rec.body.Bytes())
			return
		}
		body := rec.body.Bytes()
		c.answers.Add(r.Context(), key, body)
		c.write(w, r, tag, rec.header, body)
	})
}

// write sends a kept answer with its ETag; a GET that already has it gets
// 304 (RFC 9110 13.1.2: other methods would get 412, so POST answers in full).
func (c *answerCache) write(w http.ResponseWriter, r *http.Request, tag string, header http.Header, body []byte) {
	for k, vs := range header {
		w.Header()[k] = vs
	}
	w.Header().Set("ETag", tag)
	w.Header().Set("Cache-Control", "no-cache")
	if r.Method == http.MethodGet && r.Header.Get("If-None-Match") == tag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Write(body)
}

// key digests what decides an answer; false when the request is not one to
// cache or not understood (gqlgen then answers it, with its own errors).
func (c *answerCache) key(r *http.Request) (string, bool) {
	if r.Header.Get("Authorization") != "" {
		return "", false
	}
	var params struct {
		Query         string          `json:"query"`
		OperationName string          `json:"operationName"`
		Variables     json.RawMessage `json:"variables"`
		Extensions    json.RawMessage `json:"extensions"`
	}
	switch r.Method {
	case http.MethodGet:
		q, err := url.ParseQuery(r.URL.RawQuery)
		if err != nil {
			return "", false
		}
		params.Query, params.OperationName = q.Get("query"), q.Get("operationName")
		params.Variables = json.RawMessage(q.Get("variables"))
		params.Extensions = json.RawMessage(q.Get("extensions"))
	case http.MethodPost:
		// readGraphQLBody has read the body into memory.
		data, err := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(data))
		if err != nil || json.Unmarshal(data, &params) != nil {
			return "", false
		}
	default:
		return "", false
	}
	// A persisted query's hash, in the extensions, stands for its text.
	if params.Query == "" && len(params.Extensions) == 0 {
		return "", false
	}
	version, err := c.versions.Version(r.Context())
	if err != nil {
		return "", false
	}
	h := sha256.New()
	h.Write(binary.BigEndian.AppendUint64(nil, version))
	if !writeTokens(h, params.Query) {
		return "", false
	}
	h.Write([]byte(params.OperationName))
	for _, raw := range []json.RawMessage{params.Variables, params.Extensions} {
		h.Write([]byte{0})
		if !writeCanonical(h, raw) {
			return "", false
		}
	}
	return hex.EncodeToString(h.Sum(nil)), true
}

// writeCanonical writes a JSON value decoded and encoded again, which
// orders its keys and drops whitespace; false when it does not decode.
func writeCanonical(w io.Writer, raw json.RawMessage) bool {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return true
	}
	var v any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if dec.Decode(&v) != nil {
		return false
	}
	canonical, err := json.Marshal(v)
	if err != nil {
		return false
	}
	w.Write(canonical)
	return true
}

// writeTokens writes the query's tokens, each with its kind, so that two
// spellings of one query share a key; false when the query does not lex.
func writeTokens(w io.Writer, query string) bool {
	lx := lexer.New(&ast.Source{Input: query})
	var buf []byte
	for {
		tok, err := lx.ReadToken()
		if err != nil {
			return false
		}
		switch tok.Kind {
		case lexer.EOF:
			w.Write(buf)
			return true
		case lexer.Comment:
			continue
		case lexer.BlockString:
			// A block string is a string value spelled otherwise.
			tok.Kind = lexer.String
		}
		buf = append(buf, byte(tok.Kind))
		buf = append(buf, tok.Value...)
		buf = append(buf, 0)
		if len(buf) > 4096 {
			w.Write(buf)
			buf = buf[:0]
		}
	}
}
