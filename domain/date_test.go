package domain

import (
	"encoding/json"
	"testing"
)

func TestParseDateReadsEachPrecision(t *testing.T) {
	cases := []struct {
		in   string
		want Date
		bad  bool
	}{
		{"", Date{}, false},
		{"2019", Date{2019, 0, 0}, false},
		{"2024-03", Date{2024, 3, 0}, false},
		{"2018-11-12", Date{2018, 11, 12}, false},
		{"2024-02-29", Date{2024, 2, 29}, false},
		{"2023-02-29", Date{}, true},
		{"2024-13", Date{}, true},
		{"0000", Date{}, true},
		{"24-03-01", Date{}, true},
		{"2024/03/01", Date{}, true},
		{"march", Date{}, true},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			got, err := ParseDate(c.in)
			if (err != nil) != c.bad || got != c.want {
				t.Fatalf("ParseDate(%q) = %v, %v; want %v, error %v", c.in, got, err, c.want, c.bad)
			}
			if !c.bad && got.String() != c.in {
				t.Errorf("%v writes as %q, want %q", got, got.String(), c.in)
			}
		})
	}
}

func TestADateRoundTripsThroughJSON(t *testing.T) {
	in := Evidence{Document: "d", Date: Date{2018, 11, 0}, DateKind: DateStart}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out Evidence
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out != in {
		t.Errorf("got %+v from %s, want %+v", out, b, in)
	}
	if b, _ := json.Marshal(Evidence{Document: "d"}); string(b) != `{"document":"d","text":"","start":0,"end":0}` {
		t.Errorf("an undated evidence writes no date: %s", b)
	}
}

func TestSpanOfReadsStartsPointsAndEnds(t *testing.T) {
	ev := func(d string, k DateKind) Evidence {
		date, err := ParseDate(d)
		if err != nil {
			t.Fatal(err)
		}
		return Evidence{Date: date, DateKind: k}
	}
	cases := []struct {
		name string
		evs  []Evidence
		want Span
	}{
		{"no dates is undated", []Evidence{{}}, Span{Undated: true}},
		{"the earliest point or start opens", []Evidence{ev("2019", DatePoint), ev("2015-06", DateStart), ev("2021", DatePoint)},
			Span{From: Date{2015, 6, 0}}},
		{"the latest end closes", []Evidence{ev("2010", DateStart), ev("2018", DateEnd), ev("2020-02", DateEnd)},
			Span{From: Date{2010, 0, 0}, Until: Date{2020, 2, 0}}},
		{"an end alone leaves the start open", []Evidence{ev("2018", DateEnd)}, Span{Until: Date{2018, 0, 0}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := SpanOf(Relation{Evidence: c.evs}); got != c.want {
				t.Errorf("got %+v, want %+v", got, c.want)
			}
		})
	}
}

func TestTimeWindowAdmitsWhatHoldsInIt(t *testing.T) {
	d := func(s string) Date {
		v, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	from2015to2020 := Span{From: d("2015"), Until: d("2020-06")}
	cases := []struct {
		name string
		w    TimeWindow
		s    Span
		want bool
	}{
		{"no window admits all", TimeWindow{}, from2015to2020, true},
		{"an undated relation is kept", TimeWindow{AsOf: d("1990")}, Span{Undated: true}, true},
		{"as of a day inside the span", TimeWindow{AsOf: d("2017-03-01")}, from2015to2020, true},
		{"as of the first day of the start year", TimeWindow{AsOf: d("2015-01-01")}, from2015to2020, true},
		{"as of a day before the start", TimeWindow{AsOf: d("2014-12-31")}, from2015to2020, false},
		{"as of the last day of the end month", TimeWindow{AsOf: d("2020-06-30")}, from2015to2020, true},
		{"as of a day after the end", TimeWindow{AsOf: d("2020-07-01")}, from2015to2020, false},
		{"as of a year asks about its end", TimeWindow{AsOf: d("2020")}, from2015to2020, false},
		{"an open start holds before its end", TimeWindow{AsOf: d("1999")}, Span{Until: d("2001")}, true},
		{"between overlapping the start", TimeWindow{From: d("2010"), To: d("2015-02")}, from2015to2020, true},
		{"between before the start", TimeWindow{From: d("2010"), To: d("2014")}, from2015to2020, false},
		{"between after the end", TimeWindow{From: d("2020-07")}, from2015to2020, false},
		{"between open on the left", TimeWindow{To: d("2016")}, from2015to2020, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.w.Admits(c.s); got != c.want {
				t.Errorf("%+v admits %+v: got %v, want %v", c.w, c.s, got, c.want)
			}
		})
	}
}
