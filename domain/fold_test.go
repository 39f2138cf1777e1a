package domain

import (
	"strings"
	"testing"
	"unicode"
)

func TestFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Côte d’Ivoire", "cote d ivoire"},
		{"cote d'ivoire", "cote d ivoire"},
		{"  U.S.  Department of State ", "u s department of state"},
		{"EU–US Trade & Technology Council", "eu us trade technology council"},
		{"", ""},
		// Found by FuzzFold: an invalid byte kept the normaliser from
		// decomposing the ligature after it.
		{"\xf0ǅ", "dz"},
	} {
		t.Run(tc.in+" folds to "+tc.want, func(t *testing.T) {
			if got := Fold(tc.in); got != tc.want {
				t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Côte d’Ivoire", "IGF 2025 WS #254", "Ελλάδα", "\u0301\u0301", "a\x00b", "ǅ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if again := Fold(got); again != got {
			t.Errorf("Fold is not idempotent: %q -> %q -> %q", s, got, again)
		}
		if strings.Contains(got, "  ") || strings.HasPrefix(got, " ") || strings.HasSuffix(got, " ") {
			t.Errorf("Fold(%q) = %q has stray spaces", s, got)
		}
		for _, r := range got {
			if unicode.IsUpper(r) {
				t.Errorf("Fold(%q) = %q keeps an upper-case letter", s, got)
			}
		}
		if slug := Slug(s); strings.ContainsAny(slug, " ") {
			t.Errorf("Slug(%q) = %q has a space", s, slug)
		}
	})
}
