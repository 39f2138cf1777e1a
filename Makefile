# Diplograph: `make run` serves the seed graph, `make test` proves it works.
GO      ?= go
BIN     := bin/diplograph
DATA    ?= .cache/graph.db
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)

.PHONY: build ui run test neo4j generate vet fmt-check bench bench-loader bench-api bench-ui fuzz clean

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

# Runs every test: Go (the store suite on the embedded store and on a real
# Neo4j, started here when NEO4J_URI is unset) and the browser tests.
test: build
	scripts/test.sh

# A local Neo4j Community server in the foreground (Bolt on 127.0.0.1:7687).
neo4j:
	scripts/neo4j.sh run

generate:
	$(GO) tool gqlgen generate

vet:
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

# Every fuzz target for two minutes each; make test runs them for a few seconds.
fuzz:
	scripts/fuzz.sh 2m

clean:
	rm -rf bin .cache ui/dist/assets

# The API under 64 concurrent clients per example query, on the embedded
# store and on Neo4j (started here when NEO4J_URI is unset).
bench-api: build
	mkdir -p .cache/bench
	scripts/with-neo4j.sh $(GO) run ./bench/apibench -bin $(BIN) -json .cache/bench/api.json
