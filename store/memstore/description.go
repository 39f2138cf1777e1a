package memstore

import (
	"encoding/binary"

	"github.com/diplograph/diplograph/domain"
)

// nodeAttrs is what a document says a node is.
type nodeAttrs struct {
	kind                domain.Kind
	name, subtype, code string
	aliases             []string
}

// A description is a node's ID and a nodeAttrs packed into one string, each
// field (ID, kind, name, subtype, code, then the aliases) after its length as
// a varint. A node keeps one per distinct description, however many
// documents give it, and the documents that apply later are compared with
// it: one block of memory to read, where the unpacked form scatters five.
type description string

func describe(id string, a *nodeAttrs) description {
	size := len(id) + len(a.kind) + len(a.name) + len(a.subtype) + len(a.code) + 5*binary.MaxVarintLen32
	for _, s := range a.aliases {
		size += len(s) + binary.MaxVarintLen32
	}
	b := make([]byte, 0, size)
	for _, s := range []string{id, string(a.kind), a.name, a.subtype, a.code} {
		b = appendField(b, s)
	}
	for _, s := range a.aliases {
		b = appendField(b, s)
	}
	return description(b)
}

func appendField(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// next splits the first field off d; d must not be empty.
func (d description) next() (string, description) {
	n, i := 0, 0
	for shift := 0; ; shift += 7 {
		c := d[i]
		i++
		n |= int(c&0x7f) << shift
		if c < 0x80 {
			break
		}
	}
	return string(d[i : i+n]), d[i+n:]
}

// head unpacks the fields before the aliases, and returns the aliases still
// packed: read them with next.
func (d description) head() (a nodeAttrs, aliases description) {
	var kind string
	_, d = d.next()
	kind, d = d.next()
	a.kind = domain.Kind(kind)
	a.name, d = d.next()
	a.subtype, d = d.next()
	a.code, d = d.next()
	return a, d
}

// id is the ID of the node d describes.
func (d description) id() string {
	id, _ := d.next()
	return id
}

// is reports whether d describes the node as a does.
func (d description) is(a *nodeAttrs) bool {
	h, rest := d.head()
	if h.kind != a.kind || h.name != a.name || h.subtype != a.subtype || h.code != a.code {
		return false
	}
	for _, s := range a.aliases {
		if rest == "" {
			return false
		}
		var alias string
		if alias, rest = rest.next(); alias != s {
			return false
		}
	}
	return rest == ""
}
