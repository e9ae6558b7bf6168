# Self-documenting: `make` (or `make help`) lists every target that has a
# "## " description.
.DEFAULT_GOAL := help
SHELL := /bin/bash

GO ?= go
# Ed-Fi metadata; shared/ sits beside the repository.
SCHEMA ?= ../shared/apischema/ed-fi-ds-5.1-core.json
# ddl: pgsql or mssql; empty lets the engine choose.
DIALECT ?=
# test: extra `go test` flags, e.g. TESTFLAGS='-run TestX -v' or '-race'.
TESTFLAGS ?=
# bench: scale and a comma-separated scenario list; empty = the runner's defaults.
SCALE ?=
SCENARIOS ?=
# serve: extra flags for `engine serve`.
SERVEFLAGS ?=

# Every main package under */cmd/* (plus loadgen/) becomes bin/<folder name>.
CMD_DIRS := $(sort $(patsubst %/main.go,%,$(wildcard */cmd/*/main.go loadgen/main.go)))

.PHONY: help build test bench provision serve ddl lint clean

help: ## list the targets
	@echo "Targets (PostgreSQL: DATABASE_URL if set, else a throwaway local cluster):"
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z0-9_\/-]+:.*## / {printf "  %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

build: ## go build ./... and the binaries into bin/
	$(GO) build ./...
	@mkdir -p bin
	@set -e; for d in $(CMD_DIRS); do \
		echo "$(GO) build -o bin/$$(basename $$d) ./$$d"; \
		$(GO) build -o bin/$$(basename $$d) ./$$d; \
	done

test: ## go vet, then every test (TESTFLAGS adds go test flags)
	$(GO) vet ./...
	$(GO) test ./... -count=1 -timeout 20m $(TESTFLAGS)

bench: ## run the benchmark scenarios (SCALE=, SCENARIOS=a,b)
	$(GO) run ./bench/cmd/bench run $(if $(SCALE),--scale $(SCALE)) $(if $(SCENARIOS),--scenarios $(SCENARIOS))

provision: ## create (or verify) the relational schema for SCHEMA in the database
	$(GO) run ./engine/cmd/engine provision --schema $(SCHEMA)

serve: ## run the engine's HTTP server (SERVEFLAGS adds flags)
	$(GO) run ./engine/cmd/engine serve $(SERVEFLAGS)

ddl: ## print the DDL for SCHEMA (DIALECT=pgsql|mssql)
	$(GO) run ./engine/cmd/engine ddl --schema $(SCHEMA) $(if $(DIALECT),--dialect $(DIALECT))

lint: ## gofmt check, then go vet
	@out="$$(gofmt -s -l $$(git ls-files --cached --others --exclude-standard '*.go'))"; \
	if [ -n "$$out" ]; then echo "gofmt -s would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

clean: ## remove bin/ and clear the Go test cache (results/ is kept)
	rm -rf bin/
	$(GO) clean -testcache
