package graph

import (
	"context"
	"errors"
	"log/slog"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/graph/model"
	"github.com/diplograph/diplograph/lens"
)

// Error codes a client can act on; they travel in extensions.code.
const (
	CodeNotFound     = "NOT_FOUND"
	CodeBadUserInput = "BAD_USER_INPUT"
	CodeTooComplex   = "TOO_COMPLEX"
	CodeRateLimited  = "RATE_LIMITED"
	CodeUnavailable  = "UNAVAILABLE"
	CodeForbidden    = "FORBIDDEN"
	CodeInternal     = "INTERNAL_SERVER_ERROR"
	CodeTooLarge     = "TOO_LARGE" // the request body is over the limit (HTTP 413)
	CodeTimeout      = "TIMEOUT"   // the request body arrived too slowly (HTTP 408)
)

// userError is a mistake in the request, safe to show as it is.
type userError struct {
	code, msg string
}

func (e userError) Error() string { return e.msg }

func badInput(msg string) error { return userError{code: CodeBadUserInput, msg: msg} }

// BadInput is an error in what the client sent, shown to it as it is with
// the code BAD_USER_INPUT; for the Curator, whose input is the client's.
func BadInput(msg string) error { return badInput(msg) }

// PresentError gives every error a code and keeps internals out of the
// answer: only user errors and not-found say what happened; the rest are
// logged and answered with a generic message.
func PresentError(ctx context.Context, err error) *gqlerror.Error {
	var gqlErr *gqlerror.Error
	if errors.As(err, &gqlErr) {
		if code, ok := gqlErr.Extensions["code"].(string); ok {
			gqlErr.Extensions["code"] = requestErrorCode(code, gqlErr.Message)
			return gqlErr
		}
	}
	if gqlErr != nil && strings.HasPrefix(gqlErr.Message, "json request body could not be decoded") {
		// The transport's message echoes the whole body back; say what is wrong instead.
		pres := gqlerror.Errorf("the request body is not one JSON GraphQL request (batches are not supported)")
		setCode(pres, CodeBadUserInput)
		return pres
	}
	pres := graphql.DefaultErrorPresenter(ctx, err)
	var ue userError
	switch {
	case errors.As(err, &ue):
		pres.Message = ue.msg
		setCode(pres, ue.code)
	case errors.Is(err, lens.ErrInvalid):
		// The lens package says what is wrong with the view in the client's terms.
		pres.Message = err.Error()
		setCode(pres, CodeBadUserInput)
	case errors.Is(err, domain.ErrNotFound):
		pres.Message = "not found"
		setCode(pres, CodeNotFound)
	case errors.Is(err, domain.ErrUnavailable):
		slog.WarnContext(ctx, "store unavailable", "err", err)
		pres.Message = "the graph store is unavailable; try again shortly"
		setCode(pres, CodeUnavailable)
	case errors.Is(err, context.Canceled):
		// The client went away; nobody reads this answer and nothing failed here.
		slog.DebugContext(ctx, "request cancelled", "path", pres.Path.String())
		pres.Message = "the request was cancelled"
		setCode(pres, CodeUnavailable)
	case errors.Is(err, context.DeadlineExceeded):
		pres.Message = "the request took too long"
		setCode(pres, CodeUnavailable)
	case gqlErr != nil && gqlErr.Rule != "":
		// Validation errors from the parser are about the query: show them.
		setCode(pres, CodeBadUserInput)
	case errors.Is(err, model.ErrBadValue):
		// A scalar refused an argument (a Date that is no date).
		setCode(pres, CodeBadUserInput)
	default:
		slog.ErrorContext(ctx, "resolver failed", "err", err, "path", pres.Path.String())
		pres.Message = "internal error"
		setCode(pres, CodeInternal)
	}
	return pres
}

// requestErrorCode folds gqlgen's codes for a refused request into the
// API's few: a query that cannot run as written is BAD_USER_INPUT, one that
// is too large or costly is TOO_COMPLEX.
func requestErrorCode(code, msg string) string {
	switch {
	case code == "COMPLEXITY_LIMIT_EXCEEDED", strings.Contains(msg, "token limit"):
		return CodeTooComplex
	case code == errcode.ParseFailed, code == errcode.ValidationFailed:
		return CodeBadUserInput
	}
	return code
}

func setCode(e *gqlerror.Error, code string) {
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = code
}
