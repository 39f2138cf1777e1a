package domain

import (
	"fmt"
	"strconv"
	"time"
)

// Date is a calendar date as precise as a text states it: a year alone
// ("in 2019"), a month of a year ("in March 2024") or a day ("on 12
// November 2018"). Month and Day are 0 when the text does not say them. It
// reads and writes as ISO 8601 of that precision: "2019", "2024-03",
// "2018-11-12"; the zero Date is no date and writes as "".
type Date struct {
	Year, Month, Day int
}

// IsZero reports whether d states no date.
func (d Date) IsZero() bool { return d.Year == 0 }

// String writes d as ISO 8601 of its precision.
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// ParseDate reads "YYYY", "YYYY-MM" or "YYYY-MM-DD"; "" is the zero Date.
// A month or day out of range, or a day the month does not have, is an error.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	bad := fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	var d Date
	var err error
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return Date{}, bad
	}
	if d.Year, err = digits(s[:4]); err != nil || d.Year == 0 {
		return Date{}, bad
	}
	if len(s) >= 7 {
		if s[4] != '-' {
			return Date{}, bad
		}
		if d.Month, err = digits(s[5:7]); err != nil || d.Month < 1 || d.Month > 12 {
			return Date{}, bad
		}
	}
	if len(s) == 10 {
		if s[7] != '-' {
			return Date{}, bad
		}
		if d.Day, err = digits(s[8:10]); err != nil || d.Day < 1 || d.Day > DaysIn(d.Year, d.Month) {
			return Date{}, bad
		}
	}
	return d, nil
}

func digits(s string) (int, error) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, fmt.Errorf("not digits: %q", s)
		}
	}
	return strconv.Atoi(s)
}

// DaysIn is the number of days of a month (1-12) of a year.
func DaysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// MarshalText writes d as ISO 8601 of its precision.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads what MarshalText writes.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// First is the first day d may mean: "2024-03" is 2024-03-01.
func (d Date) First() Date {
	if d.IsZero() {
		return d
	}
	return Date{d.Year, max(d.Month, 1), max(d.Day, 1)}
}

// Last is the last day d may mean: "2024" is 2024-12-31.
func (d Date) Last() Date {
	switch {
	case d.IsZero():
		return d
	case d.Month == 0:
		return Date{d.Year, 12, 31}
	case d.Day == 0:
		return Date{d.Year, d.Month, DaysIn(d.Year, d.Month)}
	}
	return d
}

// Before reports whether d comes before e, comparing the fields in order
// (a missing month or day sorts first).
func (d Date) Before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// DateKind says what a dated sentence says happened at its date.
type DateKind string

// The date kinds: a point ("signed on 12 November 2018"), the start of a
// state ("a member since 2007") or its end ("withdrew in 2020").
const (
	DatePoint DateKind = "POINT"
	DateStart DateKind = "START"
	DateEnd   DateKind = "END"
)

// Span is when a relation holds, read from the dates of its evidence: from
// its earliest start or point date until its latest end date, if any.
// Undated is true when no evidence has a date.
type Span struct {
	From    Date `json:"from,omitzero"`
	Until   Date `json:"until,omitzero"`
	Undated bool `json:"undated,omitempty"`
}

// SpanOf reads when r holds from its evidence's dates.
func SpanOf(r Relation) Span {
	var s Span
	for _, ev := range r.Evidence {
		switch {
		case ev.Date.IsZero():
		case ev.DateKind == DateEnd:
			if s.Until.IsZero() || s.Until.Before(ev.Date) {
				s.Until = ev.Date
			}
		default:
			if s.From.IsZero() || ev.Date.Before(s.From) {
				s.From = ev.Date
			}
		}
	}
	s.Undated = s.From.IsZero() && s.Until.IsZero()
	return s
}

// TimeWindow picks the relations that hold at a date (AsOf) or at some time
// between two dates (From, To, either open). The zero TimeWindow picks all.
type TimeWindow struct {
	AsOf     Date
	From, To Date
}

// IsZero reports whether w picks every relation.
func (w TimeWindow) IsZero() bool { return w == TimeWindow{} }

// Admits reports whether a relation that holds over s holds in w. An
// undated relation is kept (the caller flags it); a relation with only an
// end date held until then. Reduced precision widens: "2019" starts on its
// first day and ends on its last, so a relation begun "in 2019" holds as of
// 2019-01-01 and one ended "in 2019" holds until 2019-12-31.
func (w TimeWindow) Admits(s Span) bool {
	if s.Undated || w.IsZero() {
		return true
	}
	lo, hi := w.From.First(), w.To.Last()
	if !w.AsOf.IsZero() {
		// "As of 2020" asks about the end of the period named.
		lo, hi = w.AsOf.Last(), w.AsOf.Last()
	}
	if !hi.IsZero() && !s.From.IsZero() && hi.Before(s.From.First()) {
		return false // begins after the window
	}
	if !lo.IsZero() && !s.Until.IsZero() && s.Until.Last().Before(lo) {
		return false // ended before the window
	}
	return true
}
