package model

import (
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/99designs/gqlgen/graphql"

	"github.com/diplograph/diplograph/domain"
)

// MarshalDate writes the Date scalar as ISO 8601 of its precision.
func MarshalDate(d domain.Date) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		io.WriteString(w, strconv.Quote(d.String()))
	})
}

// ErrBadValue marks a value a scalar refuses: the client's mistake, shown
// to it as bad input.
var ErrBadValue = errors.New("bad value")

// UnmarshalDate reads the Date scalar; anything but "YYYY", "YYYY-MM" or
// "YYYY-MM-DD" is refused with a message saying what is wanted.
func UnmarshalDate(v any) (domain.Date, error) {
	s, ok := v.(string)
	if !ok {
		return domain.Date{}, fmt.Errorf("%w: a Date is a string (YYYY, YYYY-MM or YYYY-MM-DD), got %T", ErrBadValue, v)
	}
	d, err := domain.ParseDate(s)
	if err == nil && d.IsZero() {
		err = fmt.Errorf("an empty date: want YYYY, YYYY-MM or YYYY-MM-DD")
	}
	if err != nil {
		return d, fmt.Errorf("%w: %w", ErrBadValue, err)
	}
	return d, nil
}

// Date is null for the zero date.
func (e Evidence) Date() *domain.Date { return dateOrNull(e.Ev.Date) }

// DateKind is null when the sentence has no date.
func (e Evidence) DateKind() *DateKind {
	if e.Ev.DateKind == "" {
		return nil
	}
	k := DateKind(e.Ev.DateKind)
	return &k
}

// From is the earliest start or point date of the evidence, or null.
func (r Relation) From() *domain.Date { return dateOrNull(domain.SpanOf(r.Rel).From) }

// Until is the latest end date of the evidence, or null.
func (r Relation) Until() *domain.Date { return dateOrNull(domain.SpanOf(r.Rel).Until) }

// Undated is true when no evidence has a date.
func (r Relation) Undated() bool { return domain.SpanOf(r.Rel).Undated }

func dateOrNull(d domain.Date) *domain.Date {
	if d.IsZero() {
		return nil
	}
	return &d
}
