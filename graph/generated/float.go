package generated

import (
	"io"
	"math"
	"strconv"

	"github.com/99designs/gqlgen/graphql"
)

// finiteFloat marshals a Float known to be finite, as gqlgen's marshaller
// writes it (%g), without the field context gqlgen's needs only to report a
// NaN or an infinity (tools/gqlgen calls it for finite values alone).
func finiteFloat(v float64) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		var buf [32]byte
		w.Write(strconv.AppendFloat(buf[:0], v, 'g', -1, 64))
	})
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
