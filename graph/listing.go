package graph

import (
	"context"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/graph/model"
)

func entityConnection(nodes []domain.Node, offset, total int) *model.EntityConnection {
	conn := &model.EntityConnection{TotalCount: total, PageInfo: pageInfo(offset, len(nodes), total), Edges: []model.EntityEdge{}}
	for i, n := range nodes {
		conn.Edges = append(conn.Edges, model.EntityEdge{Node: model.EntityOf(n), Cursor: encodeCursor(offset + i)})
	}
	return conn
}

// FilteredSubgraph returns the nodes q selects and the relations of the
// given types among them; the API's subgraph and the exports share it.
func FilteredSubgraph(ctx context.Context, s Store, q domain.NodeQuery, types []domain.RelationType) (domain.Subgraph, error) {
	nodes, total, err := s.ListNodes(ctx, q)
	if err != nil {
		return domain.Subgraph{}, err
	}
	sg := domain.Subgraph{Nodes: nodes, Truncated: total > len(nodes)}
	if len(nodes) == 0 {
		return sg, nil
	}
	ids := make([]string, len(nodes))
	for i, n := range nodes {
		ids[i] = n.ID
	}
	rels, _, err := s.Relations(ctx, domain.RelationQuery{NodeIDs: ids, Among: true, Types: types, NoTotal: true})
	if err != nil {
		return domain.Subgraph{}, err
	}
	sg.Relations = rels
	return sg, nil
}

type adminKey struct{}

// WithAdmin marks a request as carrying the admin token.
func WithAdmin(ctx context.Context) context.Context {
	return context.WithValue(ctx, adminKey{}, true)
}

func (r *Resolver) requireCurator(ctx context.Context) error {
	if r.Curator == nil {
		return userError{code: CodeForbidden, msg: "mutations are off: the server has no admin token"}
	}
	if admin, _ := ctx.Value(adminKey{}).(bool); !admin {
		return userError{code: CodeForbidden, msg: "this mutation needs the admin token"}
	}
	return nil
}
