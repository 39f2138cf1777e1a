package generated

import (
	"bytes"
	"math"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

func TestFiniteFloatWritesWhatGqlgenWrites(t *testing.T) {
	for _, v := range []float64{0, 1, -2.5, 0.1, 1.0 / 3, 1e-7, 1e21, 123456789.125, math.MaxFloat64, math.SmallestNonzeroFloat64} {
		var got, want bytes.Buffer
		finiteFloat(v).MarshalGQL(&got)
		graphql.MarshalFloat(v).MarshalGQL(&want)
		if got.String() != want.String() {
			t.Errorf("%v: wrote %s, gqlgen writes %s", v, got.String(), want.String())
		}
	}
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if finite(v) {
			t.Errorf("%v counts as finite", v)
		}
	}
}
