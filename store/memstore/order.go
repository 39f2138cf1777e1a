package memstore

import (
	"cmp"
	"slices"
)

func sortBySeq(ps []persisted) {
	slices.SortFunc(ps, func(a, b persisted) int { return cmp.Compare(a.Seq, b.Seq) })
}
