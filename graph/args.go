package graph

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/graph/model"
)

// Bounds on arguments, so one request cannot ask for the whole world.
const (
	maxPage         = 500
	maxSubgraph     = 5000
	maxNeighbours   = 2000
	maxDepth        = 3
	maxPathLength   = 10
	maxSearchResult = 100
	maxSearchText   = 200
	// maxCursorOffset is far beyond any listing a store holds and far below
	// where offset arithmetic (offset+1, offset+first) could overflow.
	maxCursorOffset = 1 << 40
)

func intArg(name string, v *int, def, lo, hi int) (int, error) {
	if v == nil {
		return def, nil
	}
	if *v < lo || *v > hi {
		return 0, badInput(fmt.Sprintf("%s must be between %d and %d, got %d", name, lo, hi, *v))
	}
	return *v, nil
}

func toRelationTypes(ts []model.RelationType) []domain.RelationType {
	out := make([]domain.RelationType, len(ts))
	for i, t := range ts {
		out[i] = domain.RelationType(t)
	}
	return out
}

func toKinds(ks []model.Kind) []domain.Kind {
	out := make([]domain.Kind, len(ks))
	for i, k := range ks {
		out[i] = model.DomainKind(k)
	}
	return out
}

// Cursors are opaque to clients; inside they are offsets into the ordered
// listing, which is stable because every ordering breaks ties by ID.
func encodeCursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("offset:" + strconv.Itoa(offset)))
}

func decodeCursor(after *string) (int, error) {
	if after == nil || *after == "" {
		return 0, nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(*after)
	if err == nil {
		if n, ok := strings.CutPrefix(string(raw), "offset:"); ok {
			if offset, err := strconv.Atoi(n); err == nil && offset >= 0 && offset < maxCursorOffset {
				return offset + 1, nil
			}
		}
	}
	return 0, badInput("after is not a cursor this API gave out")
}

func pageInfo(offset, count, total int) *model.PageInfo {
	pi := &model.PageInfo{HasPreviousPage: offset > 0, HasNextPage: offset+count < total}
	if count > 0 {
		start, end := encodeCursor(offset), encodeCursor(offset+count-1)
		pi.StartCursor, pi.EndCursor = &start, &end
	}
	return pi
}

func nodeQuery(f *model.EntityFilter) domain.NodeQuery {
	q := domain.NodeQuery{Kinds: []domain.Kind{domain.Actor, domain.Forum, domain.Treaty, domain.Issue}}
	if f == nil {
		return q
	}
	if len(f.Kinds) > 0 {
		q.Kinds = toKinds(f.Kinds)
	}
	q.Subtypes = f.Subtypes
	if f.Document != nil {
		q.Document = *f.Document
	}
	if f.Name != nil {
		q.NameContains = *f.Name
	}
	if f.MinDegree != nil {
		q.MinDegree = *f.MinDegree
	}
	return q
}
