package neo4jtest_test

import (
	"context"
	"testing"
	"time"

	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestKillAndRestartKeepsData(t *testing.T) {
	srv := neo4jtest.Start(t, neo4jtest.Options{})
	ctx := context.Background()
	driver, err := neo4j.NewDriverWithContext(srv.URI(), neo4j.NoAuth())
	if err != nil {
		t.Fatal(err)
	}
	defer driver.Close(ctx)

	if _, err := neo4j.ExecuteQuery(ctx, driver, "CREATE (:Probe {v: 1})", nil, neo4j.EagerResultTransformer); err != nil {
		t.Fatalf("write: %v", err)
	}

	srv.Kill()
	down, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if _, err := neo4j.ExecuteQuery(down, driver, "RETURN 1", nil, neo4j.EagerResultTransformer); err == nil {
		t.Fatal("a query succeeded with Neo4j killed")
	}

	srv.Restart()
	res, err := neo4j.ExecuteQuery(ctx, driver, "MATCH (p:Probe) RETURN count(p) AS n", nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatalf("read after restart: %v", err)
	}
	if n, _ := res.Records[0].Get("n"); n != int64(1) {
		t.Fatalf("probes after kill and restart = %v, want 1 (committed data must survive a crash)", n)
	}

	srv.Stop()
	srv.Stop() // stopping twice is harmless
}
