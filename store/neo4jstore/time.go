package neo4jstore

import "github.com/diplograph/diplograph/domain"

// addDates stores the dates of a document's sentences for a relation as
// two lists parallel to its texts: ISO dates of the precision written ("",
// "2019", "2024-03", "2018-11-12") and their kinds. Like the rules, they are
// stored only when some sentence has a date, so an undated graph is written
// as before.
func addDates(row map[string]any, evidence []domain.Evidence) {
	dates, kinds := make([]string, len(evidence)), make([]string, len(evidence))
	dated := false
	for i, ev := range evidence {
		dates[i], kinds[i] = ev.Date.String(), string(ev.DateKind)
		dated = dated || !ev.Date.IsZero()
	}
	if dated {
		row["dates"], row["dateKinds"] = dates, kinds
	}
}

// storedDate reads what addDates stored. A value this build cannot read is
// no date: the store holds only what Date.String wrote.
func storedDate(date, kind string) (domain.Date, domain.DateKind) {
	d, err := domain.ParseDate(date)
	if err != nil || d.IsZero() {
		return domain.Date{}, ""
	}
	return d, domain.DateKind(kind)
}
