package server

import (
	"context"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/diplograph/diplograph/graph"
)

// heavyPerClient is how many heavy requests one client may have in the lane
// at once, running or waiting: two, so that the explorer's overview and an
// entity panel opened while it loads both go through, while a client that
// sends heavy requests back to back cannot fill the queue on its own.
const heavyPerClient = 2

// heavyRetryAfter is the wait, in seconds, suggested to a request the lane
// refuses: about what one heavy request takes on a large graph.
const heavyRetryAfter = 5

// heavyLane runs the heavy requests (queries priced at or over a cost, and
// exports) a few at a time, so that light requests never queue behind them
// for CPU: on two cores, two exports and a large drawing at once left the
// explorer's neighbourhood queries waiting 500 ms for a core and for the
// collections of the garbage the heavy work made. Requests over the running
// limit wait in a bounded queue, queries before exports (a person waits for
// a query, a program for an export); when the queue is full, or the client
// already has heavyPerClient heavy requests in the lane, the request is
// refused with Retry-After at once rather than held.
type heavyLane struct {
	slots, maxQueue int

	// light counts the light operations under way; an export pauses while
	// there are any (see yieldingWriter).
	light atomic.Int64

	mu      sync.Mutex
	running int
	clients map[string]int // heavy requests running or waiting, by client
	queue   [2][]*laneWaiter
}

// Priorities within the queue.
const (
	priorityQuery = iota
	priorityBulk
)

type laneWaiter struct {
	granted chan struct{} // closed when the waiter holds a slot
}

func newHeavyLane(slots, maxQueue int) *heavyLane {
	return &heavyLane{slots: slots, maxQueue: maxQueue, clients: map[string]int{}}
}

// laneRefusal says why the lane refused a request: its HTTP status and message.
type laneRefusal struct {
	status int
	code   string
	msg    string
}

// enter waits for a slot for client's request of the given priority; it
// returns the function that gives the slot back, or why the request was
// refused (the queue is full, the client has its share of the lane, or ctx
// ended while the request waited).
func (l *heavyLane) enter(ctx context.Context, client string, priority int) (func(), *laneRefusal) {
	l.mu.Lock()
	if l.clients[client] >= heavyPerClient {
		l.mu.Unlock()
		return nil, &laneRefusal{http.StatusTooManyRequests, graph.CodeRateLimited,
			"you have " + strconv.Itoa(heavyPerClient) + " heavy requests running or waiting already; send the next when one has answered"}
	}
	if l.running < l.slots && len(l.queue[priorityQuery])+len(l.queue[priorityBulk]) == 0 {
		l.running++
		l.clients[client]++
		l.mu.Unlock()
		return l.releaser(client), nil
	}
	if len(l.queue[priorityQuery])+len(l.queue[priorityBulk]) >= l.maxQueue {
		l.mu.Unlock()
		return nil, &laneRefusal{http.StatusServiceUnavailable, graph.CodeUnavailable,
			"the server is busy with other large queries and exports; try again shortly, or ask for fewer nodes"}
	}
	w := &laneWaiter{granted: make(chan struct{})}
	l.queue[priority] = append(l.queue[priority], w)
	l.clients[client]++
	l.mu.Unlock()

	select {
	case <-w.granted:
		return l.releaser(client), nil
	case <-ctx.Done():
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	select {
	case <-w.granted:
		// Granted as the context ended: pass the slot on.
		l.leave(client)
	default:
		for p, q := range l.queue {
			for i, x := range q {
				if x == w {
					l.queue[p] = append(q[:i:i], q[i+1:]...)
				}
			}
		}
		l.forget(client)
	}
	return nil, &laneRefusal{http.StatusServiceUnavailable, graph.CodeUnavailable,
		"the server was busy with other large queries and exports for as long as this request could wait; try again shortly"}
}

func (l *heavyLane) releaser(client string) func() {
	return sync.OnceFunc(func() {
		l.mu.Lock()
		defer l.mu.Unlock()
		l.leave(client)
	})
}

// leave gives client's slot to the first waiter, queries first; l.mu is held.
func (l *heavyLane) leave(client string) {
	l.forget(client)
	for p, q := range l.queue {
		if len(q) > 0 {
			close(q[0].granted)
			l.queue[p] = q[1:]
			return
		}
	}
	l.running--
}

func (l *heavyLane) forget(client string) {
	if l.clients[client]--; l.clients[client] <= 0 {
		delete(l.clients, client)
	}
}

// heavyQuery reports whether the operation is priced at or over cost, and
// within the complexity limit; the limit has priced it by then
// (graph.Complexity). One over the limit is only answered with its refusal,
// which gqlgen also passes through the response interceptors: it must not
// wait for the lane to be told no.
func heavyQuery(oc *graphql.OperationContext, cost int) bool {
	stats, ok := oc.Stats.GetExtension(complexityExtension).(*extension.ComplexityStats)
	return ok && stats.Complexity >= cost && stats.Complexity <= stats.ComplexityLimit
}

// complexityExtension is the name gqlgen's complexity limit files its
// figures under in an operation's stats.
const complexityExtension = "ComplexityLimit"

// laneRequest is what the lane needs of the HTTP request an operation came
// in: who sent it, and where to say it was refused.
type laneRequest struct {
	w      http.ResponseWriter
	client string
}

type laneKey struct{}

// withLane puts the request's client and writer where laneExtension finds
// them. It sits inside the answer cache: an answer kept there is served
// without entering the lane at all.
func withLane(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		lr := &laneRequest{w: w, client: clientBucketKey(r)}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), laneKey{}, lr)))
	})
}

// laneExtension holds each operation priced at or over cost in the heavy
// lane while it executes; gqlgen writes the answer's data as it executes,
// so the slot covers the marshalling too. It works behind every transport,
// so no way of sending a query steps around it.
type laneExtension struct {
	lane *heavyLane
	cost int
}

var (
	_ graphql.HandlerExtension    = laneExtension{}
	_ graphql.ResponseInterceptor = laneExtension{}
)

func (laneExtension) ExtensionName() string                   { return "HeavyLane" }
func (laneExtension) Validate(graphql.ExecutableSchema) error { return nil }

func (e laneExtension) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	lr, ok := ctx.Value(laneKey{}).(*laneRequest)
	if !ok || !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	if !heavyQuery(graphql.GetOperationContext(ctx), e.cost) {
		e.lane.light.Add(1)
		defer e.lane.light.Add(-1)
		return next(ctx)
	}
	release, refused := e.lane.enter(ctx, lr.client, priorityQuery)
	if refused != nil {
		lr.w.Header().Set("Retry-After", strconv.Itoa(heavyRetryAfter))
		lr.w.WriteHeader(refused.status)
		return &graphql.Response{Errors: gqlerror.List{codedError(refused.code, refused.msg)}}
	}
	defer release()
	return next(ctx)
}

// Pauses of bulk work for light operations: an export checks at each write
// whether light operations are under way and sleeps a little while there
// are, up to yieldMax a write, so that on two cores a light query does not
// share its core with an export's encoding and compression (an export of
// the whole graph is a minute of CPU; a light query a few milliseconds).
// An export pauses for at most half of its time, so a stream of light
// queries slows exports down but cannot starve them.
const (
	yieldStep = time.Millisecond
	yieldMax  = 20 * time.Millisecond
)

// yieldingWriter is an export's writer that gives way to light operations.
type yieldingWriter struct {
	w      http.ResponseWriter
	lane   *heavyLane
	start  time.Time
	paused time.Duration
}

func newYieldingWriter(w http.ResponseWriter, lane *heavyLane) *yieldingWriter {
	return &yieldingWriter{w: w, lane: lane, start: time.Now()}
}

func (y *yieldingWriter) Header() http.Header  { return y.w.Header() }
func (y *yieldingWriter) WriteHeader(code int) { y.w.WriteHeader(code) }

func (y *yieldingWriter) Write(b []byte) (int, error) {
	for waited := time.Duration(0); waited < yieldMax && y.lane.light.Load() > 0 && 2*y.paused < time.Since(y.start); waited += yieldStep {
		time.Sleep(yieldStep)
		y.paused += yieldStep
	}
	return y.w.Write(b)
}

// Unwrap lets http.ResponseController reach the connection underneath.
func (y *yieldingWriter) Unwrap() http.ResponseWriter { return y.w }
