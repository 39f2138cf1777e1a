package main

import "testing"

func TestMet(t *testing.T) {
	for _, tc := range []struct {
		name      string
		goal      string
		value     float64
		ok, known bool
	}{
		{"a value under an upper bound meets it", "<= 400", 383, true, true},
		{"a value on an inclusive bound meets it", "<= 3", 3, true, true},
		{"a value on an exclusive bound misses it", "< 50", 50, false, true},
		{"a rate below its floor misses it", ">= 200000", 191876, false, true},
		{"a note after the number is ignored", ">= 20 (one core)", 25, true, true},
		{"an operator apart from its number is read", "> 1", 1.5, true, true},
		{"a bare number must be equalled", "0", 0, true, true},
		{"a count above a bare zero misses it", "0", 2, false, true},
		{"no goal is not judged", "", 7, false, false},
		{"a goal in words is not judged", "fewer than before", 7, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ok, known := met(tc.goal, tc.value)
			if ok != tc.ok || known != tc.known {
				t.Errorf("met(%q, %v) = %v, %v; want %v, %v", tc.goal, tc.value, ok, known, tc.ok, tc.known)
			}
		})
	}
}
