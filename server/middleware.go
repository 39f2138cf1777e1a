package server

import (
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"path"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"golang.org/x/time/rate"
)

// statusRecorder remembers what a handler answered, for logs and metrics.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (s *statusRecorder) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	n, err := s.ResponseWriter.Write(b)
	s.bytes += n
	return n, err
}

func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// metrics are registered on a registry of the server's own, so two servers
// in one process (as in tests) do not collide.
type metrics struct {
	registry *prometheus.Registry
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
	limited  prometheus.Counter
}

func newMetrics() *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "diplograph_http_requests_total", Help: "HTTP requests by route and status code.",
		}, []string{"route", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "diplograph_http_request_duration_seconds", Help: "HTTP request latency by route.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 10},
		}, []string{"route"}),
		limited: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "diplograph_rate_limited_total", Help: "Requests refused by the per-client rate limit.",
		}),
	}
	m.registry.MustRegister(m.requests, m.duration, m.limited,
		prometheus.NewGoCollector(), prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{}))
	return m
}

// route folds paths into a few labels so metrics stay small whatever
// clients request.
func route(path string) string {
	switch path {
	case "/graphql", "/healthz", "/readyz", "/metrics", "/schema.graphql", "/graphiql":
		return path
	}
	if len(path) > 8 && path[:8] == "/export/" {
		return "/export"
	}
	return "/static"
}

func observe(log *slog.Logger, m *metrics, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		elapsed := time.Since(start)
		rt := route(r.URL.Path)
		m.requests.WithLabelValues(rt, strconv.Itoa(rec.status)).Inc()
		m.duration.WithLabelValues(rt).Observe(elapsed.Seconds())
		log.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.Int("status", rec.status),
			slog.Int("bytes", rec.bytes), slog.Duration("duration", elapsed), slog.String("client", clientIP(r)))
	})
}

// clientLimiter gives each client address a token bucket; idle buckets are
// swept so that many passing clients do not grow memory without bound.
type clientLimiter struct {
	rate  rate.Limit
	burst int

	mu      sync.Mutex
	clients map[string]*clientBucket
	swept   time.Time
}

type clientBucket struct {
	limiter *rate.Limiter
	seen    time.Time
}

func newClientLimiter(perSecond float64, burst int) *clientLimiter {
	return &clientLimiter{rate: rate.Limit(perSecond), burst: burst, clients: map[string]*clientBucket{}}
}

// reserve reports whether the client may go ahead and, if not, how long it
// should wait.
func (l *clientLimiter) reserve(client string, now time.Time, n int) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.swept) > time.Minute {
		for k, b := range l.clients {
			if now.Sub(b.seen) > 5*time.Minute {
				delete(l.clients, k)
			}
		}
		l.swept = now
	}
	b, ok := l.clients[client]
	if !ok {
		b = &clientBucket{limiter: rate.NewLimiter(l.rate, l.burst)}
		l.clients[client] = b
	}
	b.seen = now
	res := b.limiter.ReserveN(now, min(n, l.burst))
	if delay := res.DelayFrom(now); delay > 0 {
		res.CancelAt(now)
		return false, delay
	}
	return true, 0
}

// bodyBytesPerRequest is how many bytes of request body count as one more
// request against the rate limit. A request's cost to the server grows with
// its body (it is read, decoded as JSON and lexed, twice over), and clients
// posting distinct queries of 512 KB at the request rate took a core
// between them; charged by the byte, they get a few a second.
const bodyBytesPerRequest = 16 << 10

// requestCost is what a request counts against its client's rate limit:
// one, and one more per bodyBytesPerRequest of body it announces (a body
// sent without a length is bounded by Config.MaxBodyBytes all the same).
func requestCost(r *http.Request) int {
	return 1 + int(max(r.ContentLength, 0)/bodyBytesPerRequest)
}

func rateLimit(l *clientLimiter, m *metrics, next http.Handler) http.Handler {
	if l == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ok, wait := l.reserve(clientBucketKey(r), time.Now(), requestCost(r))
		if !ok {
			m.limited.Inc()
			w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusTooManyRequests)
			fmt.Fprintf(w, `{"errors":[{"message":"too many requests; retry after %.0f s","extensions":{"code":"RATE_LIMITED"}}]}`, math.Ceil(wait.Seconds()))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// securityHeaders are the standard ones; the explorer loads nothing from
// other origins, so the policy can be strict. /embed may be framed anywhere,
// the rest nowhere.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		frame := "'none'"
		// The same rule as uiHandler's: every spelling of the embed page it
		// serves ("/embed", "/embed/") may be framed.
		if path.Clean(r.URL.Path) == "/embed" {
			frame = "*"
		} else {
			h.Set("X-Frame-Options", "DENY")
		}
		// GraphiQL is bundled with the explorer (server/graphiql.go): nothing comes from another origin.
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "+
			"font-src 'self' data:; script-src 'self'; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors "+frame)
		next.ServeHTTP(w, r)
	})
}
