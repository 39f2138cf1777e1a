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
	"strconv"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/klauspost/compress/gzip"
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
	answers  *byteLRU[answer]
}

// answer is a kept answer, and the same gzipped once for the clients that
// accept gzip (browsers and most others): compressing it again for each
// request cost as much CPU as the rest of serving it from the cache.
type answer struct {
	body, gz []byte // gz is nil for a body too short to compress
}

func newAnswerCache(v Versioner) *answerCache {
	return &answerCache{versions: v, answers: newByteLRUWith(answerCacheBytes, answerMaxBytes, func(key string, a answer) int64 {
		return int64(len(key)+len(a.body)+len(a.gz)) + entryOverhead
	})}
}

// newAnswer keeps body, gzipped as the server's compressor would.
func newAnswer(body []byte) answer {
	a := answer{body: body}
	if len(body) < gzipMinSize {
		return a
	}
	zw := gzipWriters.Get().(*gzip.Writer)
	defer gzipWriters.Put(zw)
	var buf bytes.Buffer
	zw.Reset(&buf)
	// Writing to memory cannot fail.
	zw.Write(body)
	zw.Close()
	a.gz = buf.Bytes()
	return a
}

var gzipWriters = sync.Pool{New: func() any {
	zw, _ := gzip.NewWriterLevel(nil, gzipLevel) // the level is valid
	return zw
}}

// acceptsGzip reports whether the request's Accept-Encoding allows gzip
// (RFC 9110 12.5.3: by name or as *, at a weight above zero).
func acceptsGzip(r *http.Request) bool {
	for _, header := range r.Header.Values("Accept-Encoding") {
		for part := range strings.SplitSeq(header, ",") {
			name, params, _ := strings.Cut(part, ";")
			name = strings.ToLower(strings.TrimSpace(name))
			if name != "gzip" && name != "*" {
				continue
			}
			q := 1.0
			if v, ok := strings.CutPrefix(strings.ReplaceAll(strings.TrimSpace(params), " ", ""), "q="); ok {
				if f, err := strconv.ParseFloat(v, 64); err == nil {
					q = f
				}
			}
			return q > 0
		}
	}
	return false
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
			if a, ok := c.answers.Get(r.Context(), key); ok {
				c.write(w, r, tag, http.Header{"Content-Type": []string{"application/json"}}, a)
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
		a := newAnswer(rec.body.Bytes())
		c.answers.Add(r.Context(), key, a)
		c.write(w, r, tag, rec.header, a)
	})
}

// write sends a kept answer with its ETag, gzipped if the client accepts
// it (the server's compressor leaves an answer with an encoding alone); a GET
// that already has it gets 304 (RFC 9110 13.1.2: other methods would get
// 412, so POST answers in full).
func (c *answerCache) write(w http.ResponseWriter, r *http.Request, tag string, header http.Header, a answer) {
	for k, vs := range header {
		w.Header()[k] = vs
	}
	w.Header().Set("ETag", tag)
	w.Header().Set("Cache-Control", "no-cache")
	body := a.body
	if a.gz != nil {
		w.Header().Add("Vary", "Accept-Encoding")
		if acceptsGzip(r) {
			w.Header().Set("Content-Encoding", "gzip")
			body = a.gz
		}
	}
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
