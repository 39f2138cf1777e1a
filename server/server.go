// Package server is Diplograph's HTTP face: the GraphQL API, the explorer's
// static files and the health endpoints, behind the protections a public
// endpoint needs.
package server

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"net/netip"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/klauspost/compress/gzhttp"
	"github.com/klauspost/compress/gzip"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/cors"

	"github.com/diplograph/diplograph/analytics"
	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/generated"
	"github.com/diplograph/diplograph/lens"
)

// Store is what the server needs of a store: the API's reads, the graph's
// version and a health check.
type Store interface {
	graph.Store
	lens.Store
	Versioner
	Ping(ctx context.Context) error
}

// Config sets the server up; zero values take the defaults.
type Config struct {
	Store   Store
	Curator graph.Curator // mutations are off when nil
	// AdminToken unlocks the mutations when a request carries it as a bearer token.
	AdminToken string
	UI         fs.FS  // the built explorer; nil serves none
	Schema     string // the SDL published at /schema.graphql
	Logger     *slog.Logger

	// CORSOrigins may call the API from a browser; empty allows same-origin
	// only, and "*" (only when listed) allows any origin.
	CORSOrigins []string
	// RatePerSecond and RateBurst bound each client, a request counting one
	// and one more per 16 KB of its body; RatePerSecond < 0 turns the limit off.
	RatePerSecond float64
	RateBurst     int
	// TrustedProxies may set the client's address with X-Forwarded-For;
	// from anyone else the header is ignored.
	TrustedProxies []netip.Prefix

	MaxDepth       int           // default 12
	MaxFields      int           // fields selected in one operation, default 500
	MaxComplexity  int           // default 5000
	MaxTokens      int           // parser token limit, default 10000
	MaxBodyBytes   int64         // default 1 MiB
	RequestTimeout time.Duration // default 10 s; exports have their own
	ExportTimeout  time.Duration // default 2 min
	MaxExports     int           // exports running at once, default 4; each client runs one at a time
	// HeavyCost is the complexity (graph.Complexity) at which a query is
	// heavy, default 2000: the explorer's overview of 5,000 nodes (3,200) is
	// heavy, its neighbourhood of 2,000 nodes (1,280) and its searches are
	// not. Heavy queries and every export run in the heavy lane, at most
	// HeavySlots at once (default half the CPUs the runtime uses, at least
	// one; negative turns the lane off), with at most HeavyQueue more waiting
	// (default 8); past that they are refused with 503 and Retry-After.
	HeavyCost  int
	HeavySlots int
	HeavyQueue int
	// BodyTimeout bounds the time a client takes to send a request body,
	// default 10 s; answers may take longer to write.
	BodyTimeout time.Duration
	// WarmUp, when set, has the server answer a few queries through its own
	// API at start (the most connected entity's neighbourhood, from
	// several clients at once), compute the centrality figures, and answer
	// the explorer's overview with them, and /readyz answer 503 until it
	// has; its end stops the warm-up. Unset, /readyz is /healthz.
	WarmUp context.Context
}

func (c *Config) defaults() {
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.MaxDepth == 0 {
		c.MaxDepth = 12
	}
	if c.MaxFields == 0 {
		c.MaxFields = 500
	}
	if c.MaxComplexity == 0 {
		c.MaxComplexity = 5000
	}
	if c.MaxTokens == 0 {
		c.MaxTokens = 10000
	}
	if c.MaxBodyBytes == 0 {
		c.MaxBodyBytes = 1 << 20
	}
	if c.RatePerSecond == 0 {
		c.RatePerSecond = 50
	}
	if c.RateBurst == 0 {
		c.RateBurst = 100
	}
	if c.RequestTimeout == 0 {
		c.RequestTimeout = 10 * time.Second
	}
	if c.ExportTimeout == 0 {
		c.ExportTimeout = 2 * time.Minute
	}
	if c.MaxExports == 0 {
		c.MaxExports = 4
	}
	if c.HeavyCost == 0 {
		c.HeavyCost = 2000
	}
	if c.HeavySlots == 0 {
		c.HeavySlots = max(1, runtime.GOMAXPROCS(0)/2)
	}
	if c.HeavyQueue == 0 {
		c.HeavyQueue = 8
	}
	if c.BodyTimeout == 0 {
		c.BodyTimeout = 10 * time.Second
	}
}

// New builds the server's handler.
func New(cfg Config) http.Handler {
	cfg.defaults()
	mux := http.NewServeMux()
	m := newMetrics()
	var lane *heavyLane
	if cfg.HeavySlots > 0 {
		lane = newHeavyLane(cfg.HeavySlots, cfg.HeavyQueue)
	}
	centrality := analytics.NewCache(cfg.Store)
	gql := newGraphQL(cfg, lane, centrality)
	api := cors.New(corsOptions(cfg.CORSOrigins))
	var limiter *clientLimiter
	if cfg.RatePerSecond > 0 {
		limiter = newClientLimiter(cfg.RatePerSecond, cfg.RateBurst)
	}
	graphQL := readGraphQLBody(cfg.Logger, newAnswerCache(cfg.Store).handler(withAdmin(cfg.AdminToken, withLoaders(cfg.Store, withLane(gql)))))
	mux.Handle("/graphql", api.Handler(rateLimit(limiter, m, graphQL)))
	// Exports share the API's rate limit (and its buckets).
	mux.Handle("GET /export/{file}", rateLimit(limiter, m, exportHandler(cfg.Store, newExportGate(cfg.MaxExports), lane, cfg.ExportTimeout, cfg.Logger)))
	mux.Handle("GET /metrics", promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{}))
	mux.Handle("GET /graphiql", graphiqlHandler(cfg.UI))
	mux.HandleFunc("GET /schema.graphql", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/graphql; charset=utf-8")
		fmt.Fprint(w, cfg.Schema)
	})
	mux.HandleFunc("GET /healthz", health(cfg.Store))
	if cfg.WarmUp != nil {
		r := &readiness{}
		go r.warmUp(cfg.WarmUp, graphQL, centrality, cfg.Logger)
		mux.HandleFunc("GET /readyz", r.handler(health(cfg.Store)))
	} else {
		mux.HandleFunc("GET /readyz", health(cfg.Store))
	}
	if cfg.UI != nil {
		mux.Handle("/", uiHandler(cfg.UI))
	}
	compress, err := gzhttp.NewWrapper(gzhttp.MinSize(gzipMinSize), gzhttp.CompressionLevel(gzipLevel))
	if err != nil {
		panic(fmt.Sprintf("gzip wrapper: %v", err)) // only a bad option can fail, and the options are fixed
	}
	return bodyDeadline(cfg.BodyTimeout, realClient(cfg.TrustedProxies, recoverPanics(cfg.Logger, observe(cfg.Logger, m, securityHeaders(compress(limitBody(cfg.MaxBodyBytes, timeout(cfg.RequestTimeout, mux))))))))
}

// Answers are gzipped at the fastest level: at gzip's default a
// neighbourhood of 40 KB of JSON spent more CPU compressing than resolving;
// the fastest still cuts it to about a sixth. Shorter answers than
// gzipMinSize go as they are.
const (
	gzipLevel   = gzip.BestSpeed
	gzipMinSize = 1024
)

// corsOptions allows the listed origins; with none listed only the server's
// own origin may read answers (rs/cors would take an empty list as "any
// origin", so a function that allows none stands in for it). Any origin is
// allowed only when the list says "*" itself.
func corsOptions(origins []string) cors.Options {
	opts := cors.Options{
		AllowedOrigins: origins,
		AllowedMethods: []string{http.MethodGet, http.MethodPost},
		AllowedHeaders: []string{"Content-Type", "Authorization"},
		MaxAge:         600,
	}
	if len(origins) == 0 {
		opts.AllowOriginFunc = func(string) bool { return false }
	}
	return opts
}

func newGraphQL(cfg Config, lane *heavyLane, centrality *analytics.Cache) *handler.Server {
	res := &graph.Resolver{Store: cfg.Store, Curator: cfg.Curator, Analytics: centrality, Lenses: cfg.Store}
	srv := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: res, Complexity: graph.Complexity()}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(getTransport{})
	srv.AddTransport(postTransport{})
	srv.AddTransport(unsupportedTransport{})
	srv.SetQueryCache(newByteLRU(queryCacheBytes, queryDocSize))
	srv.SetParserTokenLimit(cfg.MaxTokens)
	// No field middleware (AroundFields, a FieldInterceptor): tools/gqlgen
	// has the fields that read a scalar off their object skip it.
	srv.Use(extension.Introspection{})
	// Depth and field count first: they measure each fragment once, and
	// refuse a document whose expansion is huge before the complexity
	// calculation, which walks every expansion, ever sees it.
	srv.Use(depthLimit{max: cfg.MaxDepth, maxFields: cfg.MaxFields})
	srv.Use(extension.FixedComplexityLimit(cfg.MaxComplexity))
	// After the limits: a persisted query is stored only once it has passed them.
	srv.Use(newPersistedQueries())
	if lane != nil {
		srv.Use(laneExtension{lane: lane, cost: cfg.HeavyCost})
	}
	srv.SetErrorPresenter(graph.PresentError)
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		cfg.Logger.ErrorContext(ctx, "resolver panicked", "panic", p, "stack", string(debug.Stack()))
		return errors.New("internal error")
	})
	srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		judgeAnswer(ctx, resp)
		if resp != nil && len(resp.Errors) > 0 && graphql.HasOperationContext(ctx) {
			oc := graphql.GetOperationContext(ctx)
			cfg.Logger.InfoContext(ctx, "graphql errors", "operation", oc.OperationName, "errors", len(resp.Errors))
		}
		return resp
	})
	return srv
}

// withAdmin marks requests that carry the admin token as a bearer token (the
// scheme's name is case-insensitive, RFC 9110); the comparison takes the same
// time whatever the guess, so the token cannot be found byte by byte.
func withAdmin(token string, next http.Handler) http.Handler {
	want := []byte(token)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		scheme, got, _ := strings.Cut(strings.TrimSpace(r.Header.Get("Authorization")), " ")
		if token != "" && strings.EqualFold(scheme, "Bearer") && subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), want) == 1 {
			r = r.WithContext(graph.WithAdmin(r.Context()))
		}
		next.ServeHTTP(w, r)
	})
}

// IsUnavailable reports whether err means the store could not be reached.
func IsUnavailable(err error) bool { return errors.Is(err, domain.ErrUnavailable) }

func withLoaders(s graph.Store, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(graph.WithLoaders(r.Context(), s)))
	})
}

// health answers 200 while the store answers and 503 with the reason when it
// does not, so a load balancer or a person can tell a dead database apart.
func health(s Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		status, code := map[string]string{"status": "ok", "store": "ok"}, http.StatusOK
		if err := s.Ping(ctx); err != nil {
			status["status"], status["store"], code = "unavailable", "unavailable: "+err.Error(), http.StatusServiceUnavailable
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(code)
		json.NewEncoder(w).Encode(status)
	}
}

func recoverPanics(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				log.ErrorContext(r.Context(), "handler panicked", "panic", p, "path", r.URL.Path, "stack", string(debug.Stack()))
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func limitBody(n int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > n {
			writeError(w, http.StatusRequestEntityTooLarge, graph.CodeTooLarge, fmt.Sprintf("request body over %d bytes", n))
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, n)
		next.ServeHTTP(w, r)
	})
}

// timeout bounds every request but exports, which have a timeout of their
// own (Config.ExportTimeout): a large graph takes longer to write.
func timeout(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/export/") {
			next.ServeHTTP(w, r)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
