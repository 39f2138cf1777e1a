package memstore

import "testing"

func TestTable(t *testing.T) {
	var tb table[int]
	const n = 2*blockLen + 1 // into a third block
	for i := range int32(n) {
		if got := tb.add(); got != i {
			t.Fatalf("add gave %d, want %d", got, i)
		}
		if *tb.at(i) != 0 {
			t.Fatalf("new record %d is %d, want zero", i, *tb.at(i))
		}
		*tb.at(i) = int(i) + 1
	}
	for i := range tb.len() {
		if *tb.at(i) != int(i)+1 {
			t.Fatalf("record %d is %d, want %d: blocks overlap", i, *tb.at(i), i+1)
		}
	}
	tb.remove(blockLen)
	if got := tb.add(); got != blockLen {
		t.Errorf("add after remove(%d) gave %d", blockLen, got)
	}
	if got := tb.add(); got != n {
		t.Errorf("add with none free gave %d, want %d", got, n)
	}
	if tb.len() != n+1 {
		t.Errorf("len %d, want %d", tb.len(), n+1)
	}
}
