// Package api serves the indexer's PostgreSQL mirror over HTTP: the REST API of
// INTERFACE.md §5 for dApps and auditors (/v1/...), its OpenAPI 3.1 document and docs,
// an explorer page, probes and Prometheus metrics.
//
// Operations are declared through huma on a chi router, so the OpenAPI document is
// generated from the handlers' Go types and cannot drift from them. Every answer
// carries X-Indexed-Block; any GET takes min_block and wait, and waits are woken by the
// indexer's commits (a NOTIFY on indexer_state) rather than by polling. Against a hot
// standby of the indexer's database, which gets no NOTIFY, one watcher per process
// follows the standby's WAL replay instead (state.go), so reads scale out on
// PostgreSQL's streaming replication with min_block intact.
package api

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sharechain/internal/manifest"
	"sharechain/internal/projection"
	"strconv"
	"time"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humachi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/go-chi/cors"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Config configures a Server.
type Config struct {
	Pool     *pgxpool.Pool      // the indexer's database; a read-only role suffices
	Manifest *manifest.Manifest // the deployment the indexer follows
	Logger   *slog.Logger
	// CORSOrigins are the browser origins allowed to call the API ("*" for any); none
	// by default.
	CORSOrigins []string
	// MaxLag is the lag, in blocks, above which /readyz answers 503; default 64.
	MaxLag int64
	// MaxReplicationLag is, when the database is a hot standby, the replication lag
	// above which /readyz answers 503; default 30 s.
	MaxReplicationLag time.Duration
	// Timeout bounds one request (a min_block wait adds its own time); default 10 s.
	// The CSV export has no bound: it ends with its last row.
	Timeout time.Duration
	// Registry receives the request metrics; a fresh one when nil.
	Registry *prometheus.Registry
	// MaxStreams caps the concurrent /v1/events/stream connections, beyond which the
	// stream answers 503; default 256. Each open stream reads one page of events per
	// indexer commit.
	MaxStreams int
	// AuthSecret keys the Sign-In with Ethereum nonces (siwe.go): every serve process of
	// a deployment must share it, or a nonce one issued fails at another. Random at New
	// when empty, with a warning.
	AuthSecret []byte
	// AuthDomains are the domains (RFC 3986 authority, as in a SIWE message's first line)
	// whose sign-ins the API accepts: the dApps' hosts. Empty: the Host the request was
	// sent to (the explorer and a dApp served by the API itself).
	AuthDomains []string
	// Now is the wall clock SIWE sessions are checked against; time.Now when nil.
	Now func() time.Time
	// DappPlatform is the platform the booking dApp at /book/ names in rent, so that it
	// shares the fees of the rentals it brings (a registered platform's address); nil
	// books through none. A link's ?platform= overrides it.
	DappPlatform *common.Address

	// registerer receives the metrics: Registry, or Registry wrapped with the chain's
	// label when one process serves several deployments (NewChains).
	registerer prometheus.Registerer
}

// Server is the HTTP API.
type Server struct {
	cfg     Config
	db      *db
	state   *stateWatcher
	api     huma.API
	router  chi.Router
	known   map[string]map[string]queryParam // query parameters by operation id
	metrics *httpMetrics
	auth    *authenticator
}

// New builds a Server; call Run to watch the indexer's cursor and serve.
func New(cfg Config) (*Server, error) {
	if cfg.Pool == nil || cfg.Manifest == nil {
		return nil, errors.New("api: Pool and Manifest are required")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.MaxLag <= 0 {
		cfg.MaxLag = 64
	}
	if cfg.MaxReplicationLag <= 0 {
		cfg.MaxReplicationLag = 30 * time.Second
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 10 * time.Second
	}
	if cfg.Registry == nil {
		cfg.Registry = prometheus.NewRegistry()
	}
	if cfg.registerer == nil {
		cfg.registerer = cfg.Registry
	}
	if cfg.MaxStreams <= 0 {
		cfg.MaxStreams = 256
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if len(cfg.AuthSecret) == 0 {
		cfg.AuthSecret = make([]byte, 32)
		if _, err := rand.Read(cfg.AuthSecret); err != nil {
			return nil, fmt.Errorf("making a SIWE nonce secret: %w", err)
		}
		cfg.Logger.Warn("no AUTH_SECRET: SIWE nonces are keyed by a random secret of this process; " +
			"several serve processes need a shared one, or a nonce one issues fails at another")
	}
	useProblems()
	names := make(map[common.Address]string, len(cfg.Manifest.Contracts))
	for n, a := range cfg.Manifest.Contracts {
		names[a] = n
	}
	replayChecks := prometheus.NewCounter(prometheus.CounterOpts{Namespace: "sharechain", Subsystem: "api", Name: "standby_replay_checks_total",
		Help: "Reads of the hot standby's replay position (every 10 ms while a request waits for a block, else every second); 0 on a primary."})
	cfg.registerer.MustRegister(replayChecks)
	s := &Server{
		cfg: cfg,
		db: &db{pool: cfg.Pool, view: projection.NewView(cfg.Pool, cfg.Manifest.ChainID), chainID: int64(cfg.Manifest.ChainID),
			names: names},
		state:   newStateWatcher(cfg.Pool, int64(cfg.Manifest.ChainID), int64(cfg.Manifest.StartBlock), cfg.Logger, replayChecks),
		known:   map[string]map[string]queryParam{},
		metrics: newHTTPMetrics(cfg.registerer),
		auth:    &authenticator{secret: cfg.AuthSecret, chainID: cfg.Manifest.ChainID, domains: cfg.AuthDomains, now: cfg.Now},
	}
	s.routes()
	return s, nil
}

// Handler returns the HTTP handler of the whole surface.
func (s *Server) Handler() http.Handler { return s.router }

// OpenAPI returns the generated OpenAPI document.
func (s *Server) OpenAPI() *huma.OpenAPI { return s.api.OpenAPI() }

// Watch keeps the indexer's cursor current until ctx ends; Run calls it. Tests that
// serve Handler themselves run it in a goroutine.
func (s *Server) Watch(ctx context.Context) { s.state.run(ctx) }

// Run serves on addr until ctx ends, then shuts down gracefully, letting requests in
// flight finish for up to 10 s.
func (s *Server) Run(ctx context.Context, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", addr, err)
	}
	return s.Serve(ctx, ln)
}

// Serve is Run on a listener of the caller's.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	return serveHTTP(ctx, ln, s.router, s.cfg.Logger, s.state)
}

// serveHTTP serves handler on ln while the watchers keep their cursors, until ctx ends.
func serveHTTP(ctx context.Context, ln net.Listener, handler http.Handler, logger *slog.Logger, watchers ...*stateWatcher) error {
	wctx, stopWatch := context.WithCancel(ctx)
	defer stopWatch()
	for _, w := range watchers {
		go w.run(wctx)
	}
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		// no WriteTimeout: each request sets its own write deadline (see limits), so
		// the CSV export and min_block waits are not cut by a blanket one
		IdleTimeout:    2 * time.Minute,
		MaxHeaderBytes: 32 << 10,
		BaseContext:    func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	logger.InfoContext(ctx, "serving", "addr", ln.Addr().String())
	select {
	case err := <-errc:
		return fmt.Errorf("serving: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutting down: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serving: %w", err)
	}
	return nil
}

func (s *Server) routes() {
	r := chi.NewRouter()
	r.Use(middleware.RequestID, s.logRequests, middleware.Recoverer, s.limits, s.metrics.middleware, s.indexedHeader)
	if len(s.cfg.CORSOrigins) > 0 {
		r.Use(cors.Handler(cors.Options{
			AllowedOrigins: s.cfg.CORSOrigins,
			AllowedMethods: []string{http.MethodGet, http.MethodHead, http.MethodOptions},
			// Last-Event-ID: fetch-based SSE clients resuming a stream; Authorization: SIWE
			AllowedHeaders: []string{"Accept", "Content-Type", "Last-Event-ID", "Authorization"},
			ExposedHeaders: []string{"X-Indexed-Block", "Retry-After"},
			MaxAge:         600,
		}))
	}
	r.NotFound(func(w http.ResponseWriter, r *http.Request) {
		writeProblem(w, newProblem(http.StatusNotFound, "no route for "+r.URL.Path))
	})
	r.MethodNotAllowed(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", "GET, HEAD")
		writeProblem(w, newProblem(http.StatusMethodNotAllowed, r.Method+" is not allowed here; the API is read-only"))
	})

	config := huma.DefaultConfig("Sharechain API", "1.0.0")
	config.Info.Description = "Read API over the Sharechain indexer's mirror of the contract suite: assets, listings, " +
		"rentals, accounts, disputes and the raw event log. Amounts are decimal strings, addresses EIP-55, times unix seconds. " +
		"Every answer carries X-Indexed-Block; any GET takes min_block (and wait) to read its own writes. " +
		"Every /v1/ route is also at /v1/chains/{chainId}/…; when the server holds several deployments, only there " +
		"(plain /v1/ routes then answer 400 with type chain_required)."
	config.OpenAPIPath = "/openapi"
	config.DocsPath = "" // served by docs.go: rendered on the server, no script from a CDN
	config.SchemasPath = ""
	config.CreateHooks = nil // no $schema fields or Link headers: the shapes are pinned
	// a map of our own: DefaultConfig's is huma's shared DefaultFormats
	config.Formats = map[string]huma.Format{"application/json": jsonFormat, "json": jsonFormat}
	config.Components.Schemas = huma.NewMapRegistry("#/components/schemas/", huma.DefaultSchemaNamer)
	api := humachi.New(r, config)
	api.UseMiddleware(s.consistency)
	s.api = api
	s.register()
	for _, path := range api.OpenAPI().Paths {
		for _, op := range []*huma.Operation{path.Get} {
			if op == nil {
				continue
			}
			known := map[string]queryParam{}
			for _, p := range op.Parameters {
				switch {
				case p.In != "query":
				case p.Schema != nil && p.Schema.Type == "integer":
					known[p.Name] = integerParam
				default:
					known[p.Name] = stringParam
				}
			}
			s.known[op.OperationID] = known
		}
	}
	r.Get("/docs", s.docs)
	r.Handle("/metrics", promhttp.HandlerFor(s.cfg.Registry, promhttp.HandlerOpts{}))
	r.Get("/", s.explorer)
	r.Get("/explorer/*", s.explorer)
	r.Get("/book", s.dapp)
	r.Get("/book/*", s.dapp)
	s.router = r
}

type ctxKey int

const (
	stateKey      ctxKey = iota
	notIndexedKey        // the detail of the 503 for a min_block that was not reached
	hostKey              // the Host the request was sent to (a SIWE message's default domain)
	authKey              // the request's Authorization header (SIWE), checked by the operations that read it
)

// consistency runs before every operation: it refuses unknown, repeated and badly
// encoded query parameters, waits for min_block, and sets X-Indexed-Block.
func (s *Server) consistency(ctx huma.Context, next func(huma.Context)) {
	ctx = huma.WithValue(huma.WithValue(ctx, hostKey, ctx.Host()), authKey, ctx.Header("Authorization"))
	op := ctx.Operation()
	u := ctx.URL()
	if bad := checkQuery(u.RawQuery, func(name string) queryParam { return s.known[op.OperationID][name] }); bad != nil {
		errs := make([]error, len(bad))
		for i, p := range bad {
			errs[i] = &huma.ErrorDetail{Location: "query." + p.Name, Message: p.Reason}
		}
		st, _, _ := s.state.get()
		ctx.SetHeader("X-Indexed-Block", strconv.FormatInt(st.indexed, 10))
		huma.WriteErr(s.api, ctx, http.StatusBadRequest, "", errs...) //nolint:errcheck // the client went away
		return
	}
	st, _, _ := s.state.get()
	// Only well-formed values wait here; a malformed one reaches the operation, whose
	// parameter validation answers 400.
	if minBlock, err := parseBlock(ctx.Query("min_block")); err == nil && st.indexed < minBlock {
		wait := 0
		if w, err := strconv.Atoi(ctx.Query("wait")); err == nil && w >= 0 && w <= maxWait {
			wait = w
		}
		if wait > 0 {
			_, rw := humachi.Unwrap(ctx)
			extendWriteDeadline(rw, time.Duration(wait)*time.Millisecond)
		}
		var indexed, down bool
		st, indexed, down = s.state.waitFor(ctx.Context(), minBlock, time.Duration(wait)*time.Millisecond)
		if !indexed {
			// the operation validates its parameters after this middleware: it answers
			// the 503 (see notIndexed) only when they are well-formed, since retrying a
			// malformed request cannot help
			detail := fmt.Sprintf("block %d is not indexed yet (indexed: %d)", minBlock, st.indexed)
			if down {
				detail = dbUnavailable // as fail answers
			}
			ctx.SetHeader("X-Indexed-Block", strconv.FormatInt(st.indexed, 10))
			next(huma.WithValue(huma.WithValue(ctx, stateKey, st), notIndexedKey, detail))
			return
		}
	}
	ctx.SetHeader("X-Indexed-Block", strconv.FormatInt(st.indexed, 10))
	next(huma.WithValue(ctx, stateKey, st))
}

const maxWait = 10_000 // ms

// dbUnavailable is the detail of the 503 while PostgreSQL is unreachable.
const dbUnavailable = "the database is unavailable; retry shortly"

// fail turns a database error into the answer a client can act on: 404 for an unknown
// id, 503 (retry later) when the database is unreachable or overloaded, else 500.
func (s *Server) fail(ctx context.Context, what string, err error) error {
	switch {
	case errors.Is(err, errNotFound):
		return notFound(what)
	case unavailable(err):
		s.cfg.Logger.WarnContext(ctx, "database unavailable", "err", err)
		p := newProblem(http.StatusServiceUnavailable, dbUnavailable)
		return huma.ErrorWithHeaders(p, http.Header{"Retry-After": []string{"1"}})
	}
	s.cfg.Logger.ErrorContext(ctx, "reading "+what, "err", err)
	return newProblem(http.StatusInternalServerError, "internal error reading "+what)
}

// unavailable reports whether err means PostgreSQL could not answer (down, restarting,
// overloaded, or a timeout), as opposed to a query that failed.
func unavailable(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return true
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		switch pgErr.Code[:2] {
		case "08", "53", "57": // connection exception, insufficient resources, operator intervention
			return true
		}
		return false
	}
	return true // no PostgreSQL error: the connection itself failed
}

// indexedHeader puts X-Indexed-Block on every answer, router errors included; the
// operations overwrite it with the block their min_block wait reached.
func (s *Server) indexedHeader(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		st, _, _ := s.state.get()
		w.Header().Set("X-Indexed-Block", strconv.FormatInt(st.indexed, 10))
		next.ServeHTTP(w, r)
	})
}

// limits caps request bodies and sets each request's write deadline; streaming
// operations extend it themselves.
func (s *Server) limits(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
		_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(s.cfg.Timeout + 5*time.Second))
		next.ServeHTTP(w, r)
	})
}

func extendWriteDeadline(w http.ResponseWriter, by time.Duration) {
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(by + 15*time.Second))
}

func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ww := middleware.NewWrapResponseWriter(w, r.ProtoMajor)
		start := time.Now()
		next.ServeHTTP(ww, r)
		level := slog.LevelDebug
		if ww.Status() >= 500 {
			level = slog.LevelWarn
		}
		s.cfg.Logger.Log(r.Context(), level, "request", "method", r.Method, "path", r.URL.Path, "status", ww.Status(),
			"bytes", ww.BytesWritten(), "duration", time.Since(start), "request_id", middleware.GetReqID(r.Context()))
	})
}
