package loader

import "github.com/diplograph/diplograph/domain"

// reportLength is the length in bytes (about 3,000 words) from which a
// document is a report rather than an article or a statement. A report
// touches on many topics in passing, in lists of areas and asides; the
// topics a reader takes from it are the ones it returns to or says
// something about.
const reportLength = 20000

// markPassingTopics counts each entity's mentions, marks the ends of
// relations used and, in a report, marks the
// topics named once and in no relation as passing, so that they stay out of
// the graph. A shorter text names few topics, and each one counts.
func (p *docParse) markPassingTopics() {
	for _, as := range [][]arg{p.inner, p.args} {
		for _, a := range as {
			if !a.pron {
				a.ent.mentions++
			}
		}
	}
	for _, k := range p.order {
		k.src.used, k.tgt.used = true, true
	}
	if len(p.text) < reportLength {
		return
	}
	for _, e := range p.reg.order {
		e.passing = e.kind == domain.Issue && e.mentions == 1 && !e.used
	}
}
