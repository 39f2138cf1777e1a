package generated

import (
	"io"
	"strconv"

	"github.com/99designs/gqlgen/graphql"
)

// plainKey starts the i-th of an object's fields, which tools/gqlgen found
// plain (each reads its value off the object, cannot fail and cannot be a
// null where the schema forbids one), in the one writer it makes for the
// object in place of gqlgen's field set, its values slice and a marshaller
// per field held until the answer is written. It writes what the field set
// writes before a value (a comma, the quoted alias, a colon) and reports
// false for an alias already written, which the field set skips.
func plainKey(w plainWriter, fields []graphql.CollectedField, i int) bool {
	alias := fields[i].Alias
	for _, f := range fields[:i] {
		if f.Alias == alias {
			return false
		}
	}
	if i != 0 {
		io.WriteString(w, ",")
	}
	// An alias is a GraphQL name ([_A-Za-z][_0-9A-Za-z]*): nothing in it
	// needs escaping.
	io.WriteString(w, `"`)
	io.WriteString(w, alias)
	io.WriteString(w, `":`)
	return true
}

// plainWriter is io.Writer under a name the generated file, which does not
// import io, can use.
type plainWriter = io.Writer

// writeRaw writes JSON text as it stands (a type's name, quoted).
func writeRaw(w plainWriter, s string) { io.WriteString(w, s) }

// writeString writes s as a JSON string, escaped as gqlgen's marshaller
// escapes it: quotes, backslashes and control characters, the common ones
// by their short escapes.
func writeString(w plainWriter, s string) {
	io.WriteString(w, `"`)
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '\\' && c != '"' {
			continue
		}
		io.WriteString(w, s[start:i])
		switch c {
		case '\t':
			io.WriteString(w, `\t`)
		case '\r':
			io.WriteString(w, `\r`)
		case '\n':
			io.WriteString(w, `\n`)
		case '\\':
			io.WriteString(w, `\\`)
		case '"':
			io.WriteString(w, `\"`)
		default:
			const hex = "0123456789ABCDEF"
			io.WriteString(w, `\u00`+hex[c>>4:c>>4+1]+hex[c&0xf:c&0xf+1])
		}
		start = i + 1
	}
	io.WriteString(w, s[start:])
	io.WriteString(w, `"`)
}

// writeInt writes n in decimal, as gqlgen's marshaller does (Itoa does not
// allocate for the small numbers most counts are).
func writeInt(w plainWriter, n int) { io.WriteString(w, strconv.Itoa(n)) }
