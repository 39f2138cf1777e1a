package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/diplograph/diplograph/graph"
)

// writeError answers with one GraphQL error and its code, for refusals made
// before gqlgen sees the request.
func writeError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{"message": msg, "extensions": map[string]any{"code": code}}}})
}

// codedError is a refusal of the request as a whole, already coded so that
// the error presenter passes it through.
func codedError(code, msg string) *gqlerror.Error {
	return &gqlerror.Error{Message: msg, Extensions: map[string]any{"code": code}}
}

// bodyDeadline bounds the time a client may take to send its body, so that
// connections trickling a body cannot be held open for ever. It is a read
// deadline, not http.Server.ReadTimeout: net/http lifts the read deadline
// once the body has been read to its end (to watch for the client going
// away), so answers that take long to write, like exports, are not cut. A
// handler that never reads the body leaves the deadline in place and the
// server drops the connection instead of waiting for the rest.
func bodyDeadline(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body != nil && r.Body != http.NoBody && r.ContentLength != 0 {
			http.NewResponseController(w).SetReadDeadline(time.Now().Add(d))
		}
		next.ServeHTTP(w, r)
	})
}

// readGraphQLBody reads a POST body before gqlgen does, so that a body over
// the limit (announced or chunked) gets 413, one sent too slowly 408, and a
// client that went away mid-body is logged as what it is, not as a server
// error.
func readGraphQLBody(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.Body == nil {
			next.ServeHTTP(w, r)
			return
		}
		data, err := io.ReadAll(r.Body)
		var tooLarge *http.MaxBytesError
		switch {
		case err == nil:
			r.Body = io.NopCloser(bytes.NewReader(data))
			next.ServeHTTP(w, r)
		case errors.As(err, &tooLarge):
			writeError(w, http.StatusRequestEntityTooLarge, graph.CodeTooLarge, fmt.Sprintf("request body over %d bytes", tooLarge.Limit))
		case errors.Is(err, os.ErrDeadlineExceeded):
			log.InfoContext(r.Context(), "request body too slow", "client", clientIP(r), "read", len(data))
			writeError(w, http.StatusRequestTimeout, graph.CodeTimeout, "the request body took too long to arrive")
		default:
			// The client closed the connection or sent a broken body: nothing
			// went wrong on our side and nobody may be left to answer.
			log.InfoContext(r.Context(), "request body not received", "client", clientIP(r), "err", err)
			writeError(w, http.StatusBadRequest, graph.CodeBadUserInput, "the request body could not be read")
		}
	})
}

// getTransport is gqlgen's GET transport with every refusal coded and sent
// through the error presenter: a malformed query string, undecodable
// variables, and a mutation (which GET must not run: a link or an image
// could otherwise change the graph).
type getTransport struct{}

func (getTransport) Supports(r *http.Request) bool {
	return r.Method == http.MethodGet && r.Header.Get("Upgrade") == ""
}

func (getTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	w.Header().Set("Content-Type", "application/json")
	refuse := func(status int, ctx *graphql.OperationContext, err *gqlerror.Error) {
		c := r.Context()
		if ctx != nil {
			c = graphql.WithOperationContext(c, ctx)
		}
		w.WriteHeader(status)
		writeJSON(w, exec.DispatchError(c, gqlerror.List{err}))
	}
	query, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		refuse(http.StatusBadRequest, nil, codedError(graph.CodeBadUserInput, "the query string is malformed"))
		return
	}
	raw := &graphql.RawParams{Query: query.Get("query"), OperationName: query.Get("operationName"), Headers: r.Header}
	raw.ReadTime.Start = graphql.Now()
	for name, into := range map[string]*map[string]any{"variables": &raw.Variables, "extensions": &raw.Extensions} {
		if v := query.Get(name); v != "" {
			dec := json.NewDecoder(strings.NewReader(v))
			dec.UseNumber()
			if err := dec.Decode(into); err != nil {
				refuse(http.StatusBadRequest, nil, codedError(graph.CodeBadUserInput, name+" could not be decoded as a JSON object"))
				return
			}
		}
	}
	raw.ReadTime.End = graphql.Now()
	opCtx, errs := exec.CreateOperationContext(r.Context(), raw)
	if errs != nil {
		status := http.StatusOK
		if errcode.GetErrorKind(errs) == errcode.KindProtocol {
			status = http.StatusUnprocessableEntity
		}
		w.WriteHeader(status)
		writeJSON(w, exec.DispatchError(graphql.WithOperationContext(r.Context(), opCtx), errs))
		return
	}
	if op := opCtx.Doc.Operations.ForName(opCtx.OperationName); op == nil || op.Operation != ast.Query {
		w.Header().Set("Allow", "POST")
		refuse(http.StatusMethodNotAllowed, opCtx, codedError(graph.CodeBadUserInput, "GET runs queries only; send mutations with POST"))
		return
	}
	responses, ctx := exec.DispatchOperation(r.Context(), opCtx)
	writeJSON(w, responses(ctx))
}

// unsupportedTransport comes last and answers every request no other
// transport takes (another method, a POST that is not JSON) with a coded
// error rather than gqlgen's bare "transport not supported".
type unsupportedTransport struct{}

func (unsupportedTransport) Supports(*http.Request) bool { return true }

func (unsupportedTransport) Do(w http.ResponseWriter, r *http.Request, _ graphql.GraphExecutor) {
	if r.Method == http.MethodPost {
		writeError(w, http.StatusUnsupportedMediaType, graph.CodeBadUserInput, "POST a JSON body with Content-Type: application/json")
		return
	}
	w.Header().Set("Allow", "GET, POST, OPTIONS")
	writeError(w, http.StatusMethodNotAllowed, graph.CodeBadUserInput, "use GET for queries or POST with a JSON body")
}

// writeJSON writes resp as json.Marshal does. An answer with data alone
// (most answers) is written as it stands: gqlgen has just written its data
// as compact JSON, which json.Marshal would check and compact again, at a
// tenth of the CPU a large answer costs.
func writeJSON(w io.Writer, resp *graphql.Response) {
	if len(resp.Errors) == 0 && len(resp.Extensions) == 0 && resp.Label == "" && resp.Path == nil && resp.HasNext == nil && len(resp.Data) > 0 {
		// In three writes, not one copy: the writer (the answer cache's
		// recorder, or gzip) copies the data anyway.
		io.WriteString(w, `{"data":`)
		w.Write(resp.Data)
		io.WriteString(w, "}")
		return
	}
	b, err := json.Marshal(resp)
	if err != nil {
		panic(fmt.Sprintf("marshal a GraphQL response: %v", err))
	}
	w.Write(b)
}

// postTransport is gqlgen's POST transport with the answer to an operation
// written by writeJSON. What it does not take on itself (a body that cannot
// be read or decoded, a client that asks for
// application/graphql-response+json) it hands to gqlgen's, which answers
// with its own status codes and errors.
type postTransport struct{ transport.POST }

func (t postTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	body, err := io.ReadAll(r.Body)
	r.Body = io.NopCloser(bytes.NewReader(body))
	if err != nil || strings.Contains(r.Header.Get("Accept"), "application/graphql-response+json") {
		t.POST.Do(w, r, exec)
		return
	}
	params := &graphql.RawParams{Headers: r.Header}
	params.ReadTime.Start = graphql.Now()
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(params); err != nil {
		t.POST.Do(w, r, exec)
		return
	}
	params.ReadTime.End = graphql.Now()
	w.Header().Set("Content-Type", "application/json")
	opCtx, errs := exec.CreateOperationContext(r.Context(), params)
	if errs != nil {
		// As gqlgen's: 422 for a document that does not parse or validate.
		status := http.StatusOK
		if errcode.GetErrorKind(errs) == errcode.KindProtocol {
			status = http.StatusUnprocessableEntity
		}
		w.WriteHeader(status)
		writeJSON(w, exec.DispatchError(graphql.WithOperationContext(r.Context(), opCtx), errs))
		return
	}
	responses, ctx := exec.DispatchOperation(r.Context(), opCtx)
	writeJSON(w, responses(ctx))
}
