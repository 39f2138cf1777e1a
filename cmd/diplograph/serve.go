package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/curation"
	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/loader/kb"
	"github.com/diplograph/diplograph/server"
	"github.com/diplograph/diplograph/store"
	"github.com/diplograph/diplograph/ui"
)

func defaultAddr() string {
	if a := os.Getenv("DIPLOGRAPH_ADDR"); a != "" {
		return a
	}
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	return net.JoinHostPort("127.0.0.1", port)
}

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("serve", "", stderr)
	addr := fs.String("addr", defaultAddr(), "address to listen on (env DIPLOGRAPH_ADDR, or PORT on 127.0.0.1)")
	data := fs.String("data", defaultDataPath, "embedded store file (unused when NEO4J_URI is set)")
	seed := fs.String("seed", "", "folder of documents to load when the store holds none")
	ratePerSecond := fs.Float64("rate", envFloat("DIPLOGRAPH_RATE_LIMIT", 50), "requests a second each client may make; a negative number turns the limit off (env DIPLOGRAPH_RATE_LIMIT)")
	pprofAddr := fs.String("pprof", os.Getenv("DIPLOGRAPH_PPROF_ADDR"), "address of a separate listener for Go's profiler (/debug/pprof/), off when empty; keep it on loopback (env DIPLOGRAPH_PPROF_ADDR)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	if *pprofAddr != "" {
		stop, err := servePprof(*pprofAddr)
		if err != nil {
			return err
		}
		defer stop()
	}
	if mt, err := tuneMemory(os.Getenv, availableMemory); err != nil {
		slog.Warn("memory limit not set", "err", err)
	} else {
		if mt.gcPercent >= 0 {
			debug.SetGCPercent(mt.gcPercent)
		}
		if mt.limit > 0 {
			debug.SetMemoryLimit(mt.limit)
		}
		// SetMemoryLimit with a negative limit reads it without changing it.
		slog.Info("memory", "gogc", cmp.Or(os.Getenv("GOGC"), strconv.Itoa(mt.gcPercent)), "limit_mb", debug.SetMemoryLimit(-1)>>20)
	}
	st, where, err := openStore(ctx, *data, false)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	ex := loader.NewExtractor(kb.Default())
	if *seed != "" {
		if err := seedIfEmpty(ctx, st, ex, *seed, stderr); err != nil {
			return err
		}
	}
	trusted, err := server.ParseTrustedProxies(os.Getenv("DIPLOGRAPH_TRUSTED_PROXIES"))
	if err != nil {
		return fmt.Errorf("DIPLOGRAPH_TRUSTED_PROXIES: %w", err)
	}
	cfg := server.Config{
		Store: st, UI: ui.Dist, Schema: diplograph.Schema,
		AdminToken:    os.Getenv("DIPLOGRAPH_ADMIN_TOKEN"),
		CORSOrigins:   splitList(os.Getenv("DIPLOGRAPH_CORS_ORIGINS")),
		RatePerSecond: *ratePerSecond,
		// Zero takes the server's defaults (docs/api.md, Operations).
		HeavyCost:      envInt("DIPLOGRAPH_HEAVY_COST"),
		HeavySlots:     envInt("DIPLOGRAPH_HEAVY_SLOTS"),
		HeavyQueue:     envInt("DIPLOGRAPH_HEAVY_QUEUE"),
		TrustedProxies: trusted,
		WarmUp:         ctx,
	}
	if cfg.AdminToken != "" {
		cfg.Curator = curator{store: curation.Writer{Applier: st, Log: st}, ex: ex, Service: curation.NewService(st, ex)}
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	srv := &http.Server{Handler: server.New(cfg), ReadHeaderTimeout: 5 * time.Second, IdleTimeout: 60 * time.Second}
	slog.Info("serving", "url", "http://"+ln.Addr().String(), "store", where)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shut down: %w", err)
	}
	return nil
}

// servePprof serves Go's profiler on its own listener, never on the public
// one: a profile shows the server's internals and costs CPU to take, so it
// is for an operator (or a benchmark) on the machine itself.
func servePprof(addr string) (stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("pprof listener on %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	slog.Info("profiler", "url", "http://"+ln.Addr().String()+"/debug/pprof/")
	return func() { srv.Close() }, nil
}

func splitList(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// envInt reads a whole number from the environment; unset or unreadable is 0.
func envInt(name string) int {
	n, _ := strconv.Atoi(os.Getenv(name))
	return n
}

func envFloat(name string, def float64) float64 {
	if v, err := strconv.ParseFloat(os.Getenv(name), 64); err == nil {
		return v
	}
	return def
}

// seedIfEmpty loads the seed folder into a store with no documents, so that
// a first `make run` shows a graph and later runs start at once.
func seedIfEmpty(ctx context.Context, st store.Store, ex *loader.Extractor, dir string, stderr io.Writer) error {
	docs, err := st.Documents(ctx)
	if err != nil {
		return fmt.Errorf("seed: %w", err)
	}
	if len(docs) > 0 {
		return nil
	}
	report, err := loader.Load(ctx, curation.Writer{Applier: st, Log: st}, ex, []string{dir}, loader.LoadOptions{Progress: stderr})
	if err != nil {
		return fmt.Errorf("seed from %s: %w", dir, err)
	}
	slog.Info("seeded", "documents", report.Documents, "entities", report.Entities, "relations", report.Relations, "failures", len(report.Failures))
	return nil
}

// curator serves the admin mutations: one document in, extracted, applied.
type curator struct {
	store interface {
		Apply(ctx context.Context, xs []domain.Extraction) error
		RemoveDocument(ctx context.Context, id string) error
		Documents(ctx context.Context) ([]domain.DocumentInfo, error)
	}
	ex *loader.Extractor
	// Service makes the curators' corrections (merge, split, rename, retype,
	// reject, add) and undoes them.
	*curation.Service
}

func (c curator) Ingest(ctx context.Context, name, text string) (domain.Extraction, error) {
	doc, err := loader.ParseDoc(name, []byte(text))
	if err != nil {
		return domain.Extraction{}, graph.BadInput(err.Error())
	}
	// A name that folds to another document's ID would replace it.
	docs, err := c.store.Documents(ctx)
	if err != nil {
		return domain.Extraction{}, err
	}
	for _, d := range docs {
		if d.ID == doc.ID && d.Name != doc.Name {
			return domain.Extraction{}, graph.BadInput(fmt.Sprintf("%s: %v: the loaded document %q has the ID %s; rename this one, or remove that one first",
				name, loader.ErrDuplicateID, d.Name, d.ID))
		}
	}
	x, err := c.ex.Extract(doc)
	if err != nil {
		return domain.Extraction{}, fmt.Errorf("extract %s: %w", name, err)
	}
	if err := c.store.Apply(ctx, []domain.Extraction{x}); err != nil {
		return domain.Extraction{}, err
	}
	return x, nil
}

func (c curator) Remove(ctx context.Context, id string) error {
	return c.store.RemoveDocument(ctx, id)
}
