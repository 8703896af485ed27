# Sharechain. `make help` lists the targets.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# forge, anvil and cast are the native binaries from npm; the npm launchers (the .bin folder)
# always exit 0 and would hide failures (TOOLCHAIN.md), so they never come first on PATH.
PLATFORM ?= linux-amd64
FOUNDRY_BIN := $(CURDIR)/node_modules/@foundry-rs/forge-$(PLATFORM)/bin:$(CURDIR)/node_modules/@foundry-rs/anvil-$(PLATFORM)/bin:$(CURDIR)/node_modules/@foundry-rs/cast-$(PLATFORM)/bin
export PATH := $(FOUNDRY_BIN):$(PATH)

GO_PACKAGES = $(shell go list ./... 2>/dev/null)

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
	go run ./cmd/sharechain devnet

#? test: forge tests, the gas snapshot check, and Go tests once there are Go packages
.PHONY: test
test: deps
	forge test --no-match-contract '^GasTest$$'
	forge test --isolate --match-contract '^GasTest$$'
	$(if $(GO_PACKAGES),go test -race -count=1 ./...)

#? bindings: regenerate the Go bindings from the forge artifacts (CI fails when they drift)
.PHONY: bindings
bindings: deps
	forge build
	go generate ./bindings

#? gas: gas per lifecycle step, from the named snapshots
.PHONY: gas
gas: deps
	forge test --isolate --match-contract '^GasTest$$' >/dev/null
	@node tools/gas-report.mjs

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

#? clean: remove build output
.PHONY: clean
clean:
	rm -rf out cache
