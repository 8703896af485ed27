# Sharechain. `make help` lists the targets.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# forge, anvil and cast are the native binaries from npm; the npm launchers (the .bin folder)
# always exit 0 and would hide failures (TOOLCHAIN.md), so they never come first on PATH.
# the npm package of this machine's OS and CPU (linux-amd64, linux-arm64, darwin-arm64, …)
PLATFORM ?= $(shell uname -s | tr A-Z a-z)-$(shell uname -m | sed 's/x86_64/amd64/;s/aarch64/arm64/')
FOUNDRY_BIN := $(CURDIR)/node_modules/@foundry-rs/forge-$(PLATFORM)/bin:$(CURDIR)/node_modules/@foundry-rs/anvil-$(PLATFORM)/bin:$(CURDIR)/node_modules/@foundry-rs/cast-$(PLATFORM)/bin
export PATH := $(FOUNDRY_BIN):$(PATH)

GO_PACKAGES = $(shell go list ./... 2>/dev/null)

# $(call apt-install,WHAT,CHECK,PACKAGES): when the shell command CHECK fails, install the
# Debian PACKAGES with apt-get, then check again; without apt-get, or without root, stop
# naming the command that installs them. A fresh machine (and CI) lacks the system binaries
# that tests, the demo and the benchmarks run (TOOLCHAIN.md); the project installs them
# itself, as it does Foundry, and a test that still finds one missing fails saying so.
apt-install = if ! { $(2); } >/dev/null 2>&1; then \
	  if ! command -v apt-get >/dev/null 2>&1; then \
	    echo "make: $(1) is missing and this machine has no apt-get: install the equivalent of Debian's $(3) with its package manager" >&2; exit 1; \
	  elif [ "$$(id -u)" != 0 ]; then \
	    echo "make: $(1) is missing; installing it takes root: sudo apt-get update && sudo apt-get install -y $(3)" >&2; exit 1; \
	  fi; \
	  echo "make: $(1) is missing: apt-get install -y $(3)"; \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $(3); \
	  if ! { $(2); } >/dev/null 2>&1; then \
	    echo "make: apt-get installed $(3), but $(1) is still missing" >&2; exit 1; fi; \
	fi

# What each one is for. Chromium: the explorer's browser test (services/api, through
# playwright-core; CHROMIUM= names another binary). PostgreSQL: the private clusters of the
# Go tests, the chaos tests and the demo (initdb and pg_ctl, found on PATH or under
# /usr/lib/postgresql, as internal/localnet looks for them). wrk: make bench-api's and
# bench-telemetry's load.
# perf: bench-lifecycle's profile of the indexer. Mosquitto: the MQTT broker of the telemetry
# service's tests (internal/testenv starts private ones; MOSQUITTO= names another binary), of
# make bench-telemetry and of the demo.
NEED_CHROMIUM = $(call apt-install,chromium,[ -n "$${CHROMIUM:-}" ] || command -v chromium,chromium)
NEED_POSTGRES = $(call apt-install,the PostgreSQL server (initdb and pg_ctl),command -v pg_ctl || ls /usr/lib/postgresql/*/bin/pg_ctl,postgresql)
NEED_WRK = $(call apt-install,wrk,command -v wrk,wrk)
NEED_PERF = $(call apt-install,perf,command -v perf,linux-perf)
NEED_MOSQUITTO = $(call apt-install,mosquitto,[ -n "$${MOSQUITTO:-}" ] || command -v mosquitto || [ -x /usr/sbin/mosquitto ],mosquitto mosquitto-clients)

#? help: list the targets
.PHONY: help
help:
	@sed -n 's/^#? //p' $(MAKEFILE_LIST) | column -t -s ':'

# npm ci runs again whenever the lockfile changes.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

#? deps: install the npm toolchain (Foundry, solc, OpenZeppelin, forge-std, solhint)
.PHONY: deps
deps: node_modules/.package-lock.json
	@forge_path=$$(command -v forge); case "$$forge_path" in \
	  $(CURDIR)/node_modules/@foundry-rs/forge-$(PLATFORM)/bin/forge) ;; \
	  *) echo "forge resolves to '$$forge_path', not the native npm binary; run 'npm ci' (PLATFORM=$(PLATFORM))" >&2; exit 1;; esac
	@if forge no-such-command >/dev/null 2>&1; then \
	  echo "a failing forge command exited 0: failures would be hidden" >&2; exit 1; fi

#? build: compile the contracts (and Go, once there are Go packages)
.PHONY: build
build: deps
	forge build --sizes
	$(if $(GO_PACKAGES),go build ./...)

#? demo: the whole system on a local devnet: deploy, index, serve, keep, play the scenario (DEMO_EXIT=1 checks and exits)
.PHONY: demo
demo: deps
	@$(NEED_POSTGRES)
	@$(NEED_MOSQUITTO)
	go run ./cmd/sharechain devnet

#? test: forge tests, the gas snapshot check, and Go tests once there are Go packages
.PHONY: test
test: deps
	@$(NEED_POSTGRES)
	@$(NEED_CHROMIUM)
	@$(NEED_MOSQUITTO)
	forge test --no-match-contract '^Gas.*Test$$'
	forge test --isolate --match-contract '^Gas.*Test$$'
	$(if $(GO_PACKAGES),go test -race -count=1 ./...)

FUZZTIME ?= 10s

#? fuzz: run every Go fuzz target for FUZZTIME each (default 10s)
# Each target runs alone, as `go test -run '^$' -fuzz '^Name$' -fuzztime $(FUZZTIME) ./pkg` would
# run it (same corpus in testdata/fuzz and GOCACHE, same failure files), but from one instrumented
# test binary per package: go test would link it again for every target, which costs more than the
# fuzzing (about 20 s a target for services/api).
.PHONY: fuzz
fuzz:
	@bin=$$(mktemp -d); trap 'rm -rf "$$bin"' EXIT; \
	for dir in $$(git grep --untracked -l '^func Fuzz' -- '*_test.go' | sed 's|/[^/]*$$||' | sort -u); do \
	  go test -c -fuzz . -o "$$bin/fuzz.test" "./$$dir"; \
	  cache="$$(go env GOCACHE)/fuzz/$$(go list "./$$dir")"; \
	  for name in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' "$$dir"/*_test.go); do \
	    echo "go test -run '^\$$' -fuzz '^$$name\$$' -fuzztime $(FUZZTIME) ./$$dir"; \
	    (cd "$$dir" && "$$bin/fuzz.test" -test.run '^$$' -test.fuzz "^$$name\$$" -test.fuzztime $(FUZZTIME) -test.fuzzcachedir "$$cache"); \
	  done; \
	done

#? bindings: regenerate the Go bindings from the forge artifacts (CI fails when they drift)
.PHONY: bindings
bindings: deps
	forge build
	go generate ./bindings

#? dapp: rebundle the booking page in services/api/dapp (viem and the escrow's ABI fragments, through esbuild; CI fails when it drifts)
# The bundle and the ABI fragments are committed, like the bindings, so that `go build` embeds
# them without Node; TestDappBundle (services/api) rebuilds them and fails on any difference.
.PHONY: dapp
dapp: deps
	forge build
	node services/api/dapp/build.mjs

#? gas: gas per lifecycle step, from the named snapshots
.PHONY: gas
gas: deps
	go run ./test/bench/gas

#? bench: every benchmark below, one after the other; figures into BENCHMARKS.md (~60 min)
.PHONY: bench
bench: bench-backfill bench-lifecycle bench-live bench-api bench-search bench-telemetry bench-gas

#? bench-backfill: cold backfill of the pump chain against Ponder and Envio (10k, 100k, 1M events)
.PHONY: bench-backfill
bench-backfill: deps
	@$(NEED_POSTGRES)
	go run ./test/bench/backfill -events 10000,100000,1000000 -tools ours,ponder,envio -out BENCHMARKS.md

#? bench-lifecycle: a realistic lifecycle chain (200k events, cached) indexed by ours and a Ponder app with the same projections
.PHONY: bench-lifecycle
bench-lifecycle: deps
	@$(NEED_POSTGRES)
	@$(NEED_PERF)
	go run ./test/bench/lifecycle -events 200000 -tools ours,ponder -profile -out BENCHMARKS.md

#? bench-live: latency from a mined block to the API answering min_block for it, from the primary and from a streaming standby
.PHONY: bench-live
bench-live: deps
	@$(NEED_POSTGRES)
	go run ./test/bench/live -n 1000 -standby -out BENCHMARKS.md

#? bench-api: the REST API under wrk on the DESIGN §4 dataset, then its single-row reads from a streaming standby
.PHONY: bench-api
bench-api: deps
	@$(NEED_POSTGRES)
	@$(NEED_WRK)
	rm -rf .data/bench-api
	go run ./test/bench/apiload -assets 100000 -rentals 100000 -dir .data/bench-api -out BENCHMARKS.md
	go run ./test/bench/apiload -dir .data/bench-api -reuse -standby -only '{id}' -out BENCHMARKS.md
	rm -rf .data/bench-api

#? bench-search: listing search ("free tomorrow within 2 km") under wrk with 100k listings (~2 min)
.PHONY: bench-search
bench-search:
	@$(NEED_POSTGRES)
	@$(NEED_WRK)
	go run ./test/bench/search -listings 100000 -out BENCHMARKS.md

#? bench-telemetry: the IoT data service: ingestion over HTTP and MQTT (200k, 1M readings), anchoring a 1M-reading epoch, proofs under wrk at 10M readings (~15 min)
.PHONY: bench-telemetry
bench-telemetry: deps
	@$(NEED_POSTGRES)
	@$(NEED_WRK)
	@$(NEED_MOSQUITTO)
	go run ./test/bench/telemetry -readings 200000,1000000 -proof-readings 10000000 -out BENCHMARKS.md

#? bench-gas: gas per lifecycle step, from the named snapshots
.PHONY: bench-gas
bench-gas: deps
	go run ./test/bench/gas -out BENCHMARKS.md

#? fmt: format Solidity and Go sources
.PHONY: fmt
fmt: deps
	forge fmt
	$(if $(GO_PACKAGES),gofmt -w $$(git ls-files '*.go'))

#? lint: check formatting, solhint and forge lint (and go vet once there are Go packages)
.PHONY: lint
lint: deps
	forge fmt --check
	npx --no-install solhint --max-warnings 0 'contracts/**/*.sol'
	forge lint --deny warnings contracts
	$(if $(GO_PACKAGES),go vet ./...)
	$(if $(GO_PACKAGES),test -z "$$(gofmt -l $$(git ls-files '*.go'))")

#? deploy: deploy the suite and write deploy/deployments/<chainId>.json (RPC_URL=… ACCOUNT=<keystore>)
# ACCOUNT is a Foundry keystore (~/.foundry/keystores); forge reads its password from the file
# named by ETH_PASSWORD, else it prompts. PRIVATE_KEY= is accepted on chain 31337 only. VERIFY=1
# adds --verify (ETHERSCAN_API_KEY in the environment), SENDER= adds --sender, DEPLOY_FLAGS= adds
# forge script flags (--slow on public networks). No secret is ever echoed. See deploy/README.md.
# forge refuses a password file without a keystore, so ETH_PASSWORD is dropped for PRIVATE_KEY.
.PHONY: deploy
deploy: deps
	@if [ -z "$${RPC_URL:-}" ]; then \
	  echo "make deploy: RPC_URL is required: make deploy RPC_URL=https://… ACCOUNT=<keystore name>" >&2; exit 2; fi
	@chain_id=$$(cast chain-id --rpc-url "$$RPC_URL") || { \
	  echo "make deploy: the node at RPC_URL did not answer eth_chainId" >&2; exit 1; }; \
	if [ -n "$${ACCOUNT:-}" ] && [ -n "$${PRIVATE_KEY:-}" ]; then \
	  echo "make deploy: set ACCOUNT or PRIVATE_KEY, not both" >&2; exit 2; \
	elif [ -n "$${ACCOUNT:-}" ]; then \
	  wallet=(--account "$$ACCOUNT"); shown="--account $$ACCOUNT"; \
	elif [ -n "$${PRIVATE_KEY:-}" ]; then \
	  if [ "$$chain_id" != 31337 ]; then \
	    echo "make deploy: PRIVATE_KEY is for the local devnet (chain 31337) only; chain $$chain_id needs a keystore: ACCOUNT=<name> (deploy/README.md)" >&2; exit 2; fi; \
	  wallet=(--private-key "$$PRIVATE_KEY"); shown="--private-key \$$PRIVATE_KEY"; \
	  unset ETH_PASSWORD; \
	else \
	  echo "make deploy: ACCOUNT is required: the name of a Foundry keystore (cast wallet import <name> --interactive; deploy/README.md)" >&2; exit 2; fi; \
	extra=(); \
	if [ -n "$${SENDER:-}" ]; then extra+=(--sender "$$SENDER"); fi; \
	if [ -n "$${VERIFY:-}" ]; then \
	  if [ -z "$${ETHERSCAN_API_KEY:-}" ]; then \
	    echo "make deploy: VERIFY=1 needs ETHERSCAN_API_KEY in the environment" >&2; exit 2; fi; \
	  extra+=(--verify); fi; \
	manifest=deploy/deployments/$$chain_id.json; \
	mkdir -p deploy/deployments; \
	before=$$(mktemp); trap 'rm -f "$$before"' EXIT; \
	echo "chain $$chain_id: forge script deploy/Deploy.s.sol --rpc-url \$$RPC_URL $$shown --broadcast $${extra[*]} $${DEPLOY_FLAGS:-}"; \
	forge script deploy/Deploy.s.sol --rpc-url "$$RPC_URL" "$${wallet[@]}" --broadcast "$${extra[@]}" $${DEPLOY_FLAGS:-}; \
	if ! [ "$$manifest" -nt "$$before" ]; then \
	  echo "make deploy: forge finished but did not write $$manifest" >&2; exit 1; fi; \
	echo; echo "manifest: $$manifest"; echo; \
	echo "next (deploy/README.md runs these as services):"; \
	echo "  go build -o bin/sharechain ./cmd/sharechain"; \
	echo "  export MANIFEST=$$manifest RPC_URL=<node HTTP URL> DATABASE_URL=postgres://…"; \
	echo "  bin/sharechain migrate up"; \
	echo "  bin/sharechain index    # WS_URL= for new heads by subscription, METRICS_ADDR= for /metrics"; \
	echo "  bin/sharechain serve    # on HTTP_ADDR (default 127.0.0.1:8080), with a read-only DATABASE_URL"; \
	echo "  bin/sharechain keeper   # KEEPER_KEY=<hex>, or --keystore <file> with KEYSTORE_PASSWORD"

#? chaos: the fault-injection suite, long form (RPC faults, PostgreSQL restart, SIGKILL + reorgs), table in BENCHMARKS.md
.PHONY: chaos
chaos: deps
	@$(NEED_POSTGRES)
	CHAOS_LONG=1 CHAOS_REPORT=$(CURDIR)/BENCHMARKS.md go test -count=1 -timeout 40m -v ./test/chaos/

#? clean: remove build output
.PHONY: clean
clean:
	rm -rf out cache
