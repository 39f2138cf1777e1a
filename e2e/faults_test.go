package e2e

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/loader/corpusgen"
	"github.com/diplograph/diplograph/loader/kb"
	"github.com/diplograph/diplograph/store/memstore"
	"github.com/diplograph/diplograph/store/storetest"
)

// corpus writes a generated corpus of small documents and returns its folder
// and file count.
func corpus(t *testing.T, size int64) (string, int) {
	t.Helper()
	dir := t.TempDir()
	n, err := corpusgen.Generate(kb.Default(), corpusgen.Config{Dir: dir, Size: size, FileSize: 12 << 10, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	return dir, n
}

// referenceCounts loads the corpus into a fresh in-memory store: what a
// complete, uninterrupted load gives.
func referenceCounts(t *testing.T, dir string) domain.Counts {
	t.Helper()
	ref := memstore.New()
	rep, err := loader.Load(context.Background(), ref, loader.NewExtractor(kb.Default()), []string{dir}, loader.LoadOptions{})
	if err != nil || len(rep.Failures) > 0 {
		t.Fatalf("reference load: %v %v", err, rep.Failures)
	}
	return counts(t, ref)
}

// assertNoHalfDocument checks that every document the store holds carries
// all the mentions and relations its extraction has: a document is in
// whole or not at all.
func assertNoHalfDocument(t *testing.T, s storetest.Store, dir string) int {
	t.Helper()
	ctx := context.Background()
	ex := loader.NewExtractor(kb.Default())
	docs, err := s.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		doc, err := loader.ReadFile(filepath.Join(dir, d.Name))
		if err != nil {
			t.Fatal(err)
		}
		x, err := ex.Extract(doc)
		if err != nil {
			t.Fatal(err)
		}
		_, mentions, err := s.Document(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		_, rels, err := s.Relations(ctx, domain.RelationQuery{Document: d.ID, Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		if len(mentions) != len(x.Mentions) || rels != len(x.Relations) {
			t.Errorf("%s is half loaded: %d of %d mentions, %d of %d relations", d.Name, len(mentions), len(x.Mentions), rels, len(x.Relations))
		}
	}
	return len(docs)
}

func TestALoadCutShortByNeo4jLeavesNoHalfDocument(t *testing.T) {
	dir, files := corpus(t, 2<<20)
	want := referenceCounts(t, dir)
	neo, st := ownNeo4j(t)
	ctx := context.Background()
	ex := loader.NewExtractor(kb.Default())

	type outcome struct {
		rep loader.Report
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		rep, err := loader.Load(ctx, st, ex, []string{dir}, loader.LoadOptions{BatchSize: 4})
		done <- outcome{rep, err}
	}()
	for {
		docs, err := st.Documents(ctx)
		if err == nil && len(docs) >= 8 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	neo.Kill()
	var cut outcome
	select {
	case cut = <-done:
	case <-time.After(2 * time.Minute):
		t.Fatal("the load hung after Neo4j died")
	}
	if cut.err == nil && len(cut.rep.Failures) == 0 {
		t.Fatalf("the load claims success with Neo4j killed halfway: %+v", cut.rep)
	}
	if cut.err != nil && !errors.Is(cut.err, domain.ErrUnavailable) {
		t.Errorf("the load failed with %v, want an unavailable store", cut.err)
	}
	t.Logf("load cut short: %v (%d documents reported loaded, %d failures)", cut.err, cut.rep.Documents, len(cut.rep.Failures))

	neo.Restart()
	loaded := assertNoHalfDocument(t, st, dir)
	if loaded >= files {
		t.Errorf("all %d documents were loaded before the kill; the test needs a larger corpus", files)
	}
	rep, err := loader.Load(ctx, st, ex, []string{dir}, loader.LoadOptions{})
	if err != nil || len(rep.Failures) > 0 {
		t.Fatalf("load after the restart: %v %v", err, rep.Failures)
	}
	if got := counts(t, st); got.Documents != files || got.Nodes != want.Nodes || got.Relations != want.Relations {
		t.Errorf("after the second load: %d documents, %d nodes, %d relations; an uninterrupted load gives %d, %d, %d",
			got.Documents, got.Nodes, got.Relations, files, want.Nodes, want.Relations)
	}
	t.Logf("%d of %d documents were in before the kill, each whole; the rerun loaded %d and skipped %d", loaded, files, rep.Documents, rep.Skipped)
}

func TestQueriesRideOutANeo4jRestartUnderLoad(t *testing.T) {
	neo, st := ownNeo4j(t)
	loadSeeds(t, st)
	srv := serve(t, st)
	query := `{ neighbourhood(id: "forum:internet-governance-forum", depth: 2) { nodes { id } } }`

	var ok, unavailable, other atomic.Int64
	var lastOther atomic.Value
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				code, msg, err := tryQuery(srv.URL, query)
				if err != nil {
					code, msg = "TRANSPORT", err.Error()
				}
				switch code {
				case "":
					ok.Add(1)
				case "UNAVAILABLE":
					unavailable.Add(1)
					time.Sleep(20 * time.Millisecond)
				default:
					other.Add(1)
					lastOther.Store(code + ": " + msg)
				}
			}
		}()
	}
	for wait := time.Now(); ok.Load() < 4 && time.Since(wait) < time.Minute; {
		time.Sleep(50 * time.Millisecond)
	}
	before := ok.Load()
	restartStart := time.Now()
	neo.Restart()
	downtime := time.Since(restartStart)
	// Give the pool a moment to reconnect, then demand success again.
	deadline := time.Now().Add(90 * time.Second)
	for {
		code, msg, err := tryQuery(srv.URL, query)
		if err == nil && code == "" {
			break
		}
		if time.Now().After(deadline) {
			close(stop)
			wg.Wait()
			t.Fatalf("queries did not recover within 90 s of Neo4j coming back: %s %s %v", code, msg, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Logf("recovered %v after Neo4j answered again", time.Since(restartStart)-downtime)
	afterRecovery := ok.Load()
	time.Sleep(time.Second)
	close(stop)
	wg.Wait()
	if other.Load() > 0 {
		t.Errorf("%d queries failed with something other than UNAVAILABLE, e.g. %v", other.Load(), lastOther.Load())
	}
	if ok.Load() <= afterRecovery {
		t.Errorf("no query succeeded after the recovery")
	}
	if before == 0 {
		t.Errorf("no query succeeded before the restart")
	}
	t.Logf("restart took %v: %d queries answered, %d refused as UNAVAILABLE, %d other errors",
		downtime.Round(time.Millisecond), ok.Load(), unavailable.Load(), other.Load())
}

func TestAKilledLoadLeavesTheEmbeddedFileIntact(t *testing.T) {
	dir, files := corpus(t, 4<<20)
	want := referenceCounts(t, dir)
	bin := filepath.Join(t.TempDir(), "diplograph")
	build := exec.Command("go", "build", "-o", bin, "./cmd/diplograph")
	build.Dir = repoPath()
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	data := filepath.Join(t.TempDir(), "graph.db")
	load := func() *exec.Cmd {
		cmd := exec.Command(bin, "load", "-data", data, dir)
		cmd.Env = append(os.Environ(), "NEO4J_URI=")
		return cmd
	}
	victim := load()
	if err := victim.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- victim.Wait() }()
	// Kill it once the file has grown past its empty size, mid-load; a
	// load that ends first, or never writes, fails the test rather than
	// leaving it waiting.
	grown := func() bool { info, err := os.Stat(data); return err == nil && info.Size() > 256<<10 }
	deadline := time.After(5 * time.Minute)
	ended := false
	for !ended && !grown() {
		select {
		case err := <-exited:
			if !grown() {
				t.Fatalf("the load ended without writing the file: %v", err)
			}
			ended = true
		case <-deadline:
			victim.Process.Kill()
			t.Fatal("the load wrote no more than 256 KB in five minutes")
		case <-time.After(20 * time.Millisecond):
		}
	}
	if !ended {
		victim.Process.Signal(syscall.SIGKILL)
		<-exited
	}

	st, err := memstore.Open(data)
	if err != nil {
		t.Fatalf("the file does not open after the kill: %v", err)
	}
	loaded := assertNoHalfDocument(t, st, dir)
	st.Close(context.Background())
	if loaded >= files {
		t.Logf("all %d documents were in before the kill landed", files)
	}
	if out, err := load().CombinedOutput(); err != nil {
		t.Fatalf("the rerun failed: %v\n%s", err, out)
	}
	st, err = memstore.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close(context.Background())
	if got := counts(t, st); got.Documents != files || got.Nodes != want.Nodes || got.Relations != want.Relations {
		t.Errorf("after the rerun: %+v, want %d documents and %+v", got, files, want)
	}
	t.Logf("%s", fmt.Sprintf("%d of %d documents were in the file when the load was killed, each whole", loaded, files))
}
