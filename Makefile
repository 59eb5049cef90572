# Crossread: `make serve` and `make test` are the two commands a newcomer needs.
# Each installs what is missing first (idempotent, pinned versions), then runs.

SHELL := /bin/bash
.DEFAULT_GOAL := help

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# trunk must use the tools installed here, never download its own.
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER := /usr/bin/chromedriver

TRUNK_VERSION := 0.21.14
# The release wasm is built on this pinned nightly with std rebuilt to stop
# at once on a panic, with no panic messages, locations or Debug text in the
# binary: about 28 KB brotli less (see "Payload size" in the README).
NIGHTLY := nightly-2026-05-20
RELEASE_ENV := RUSTUP_TOOLCHAIN=$(NIGHTLY) CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/"/, "", $$3); print $$3; exit }' Cargo.lock)
# The release payload budget: wasm + JS + CSS, brotli, in bytes (250 KB).
BUDGET := 250000
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help setup tools-rust tools-node tools-browser serve dist size size-check bench-import \
        test test-native test-wasm test-e2e cli corpus bench fmt lint clean tools-fuzz fuzz

help:
	@echo "make serve   install what is missing, build, serve the app on http://127.0.0.1:8080/"
	@echo "make test    install what is missing, run every test (native, wasm, e2e, size budget)"
	@echo "make dist    release site in dist/ (relative URLs, works under any sub-path)"
	@echo "make size    release payload: wasm, JS, CSS, raw and brotli"
	@echo "make corpus  rebuild corpus/corpus.json from corpus/raw/"
	@echo "make fuzz    fuzz the engine, each target FUZZ_SECONDS (default 60) in turn"

setup: tools-rust tools-node tools-browser

tools-rust:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@rustup run $(NIGHTLY) rustc --version >/dev/null 2>&1 && rustup component list --installed --toolchain $(NIGHTLY) | grep -q '^rust-src' \
		|| rustup toolchain install $(NIGHTLY) --profile minimal --component rust-src --target wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -qF "$(TRUNK_VERSION)" || cargo install --locked trunk --version $(TRUNK_VERSION)
	@wasm-bindgen --version 2>/dev/null | grep -qF "$(WASM_BINDGEN_VERSION)" || cargo install --force wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

# playwright-core, @axe-core/playwright and binaryen (wasm-opt) at the versions in package-lock.json.
tools-node: node_modules/.installed
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

tools-browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v brotli >/dev/null; then \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver brotli; fi

# A debug build served with live reload; it writes to target/, never to dist/.
serve: setup
	CROSSREAD_SERVE=1 trunk serve --dist target/serve-dist

dist: setup
	$(RELEASE_ENV) trunk build --release

size: dist
	@bash scripts/size.sh dist

size-check: dist
	@bash scripts/size.sh dist $(BUDGET)

corpus:
	cargo run --release -q -p crossread-cli -- ingest corpus/raw --meta corpus/sources.toml -o corpus/corpus.json

# `make test` always tests a fresh release build (dist depends on nothing stale: trunk rebuilds).
test: setup test-native dist size-check test-wasm test-e2e

test-native:
	cargo test --workspace

test-wasm:
	cargo test -p crossread-web --target wasm32-unknown-unknown

# The e2e tests compare the browser's analysis with the native CLI's.
test-e2e: tools-node tools-browser cli
	DIST=dist CROSSREAD_BIN=target/release/crossread node --test --test-concurrency=1 tests/e2e/

cli:
	cargo build --release -p crossread-cli

# Benchmarks: tagging throughput natively (criterion) and beside compromise and wink-nlp (npm) on
# the same files, with precision/recall on the annotated seeds (bench/peers.mjs); search natively
# and in Chromium (bench/search.mjs); the whole analysis natively and stepped in Chromium with
# long tasks recorded (bench/analysis.mjs). Exits non-zero when a browser target is missed.
bench: tools-rust tools-node tools-browser
	bash scripts/bench.sh

# A 51 MB import in 13,600 files on the release site (about 5 minutes; not in `make bench`).
bench-import: tools-node tools-browser cli dist
	node bench/big-import.mjs

# Fuzzing (not part of `make test`): cargo-fuzz on the pinned nightly, one target
# after another, each for FUZZ_SECONDS. The corpus a run grows goes to
# crates/core/fuzz/work/<target>/ (ignored by git), the committed seeds are read
# from crates/core/fuzz/corpus/<target>/, and a crash is saved in
# crates/core/fuzz/artifacts/<target>/ and fails the run once every target has run.
CARGO_FUZZ_VERSION := 0.13.2
FUZZ_DIR := crates/core/fuzz
FUZZ_TARGETS := ingest import corpus_json analyze
FUZZ_SECONDS := 60

tools-fuzz:
	@rustup run $(NIGHTLY) rustc --version >/dev/null 2>&1 \
		|| rustup toolchain install $(NIGHTLY) --profile minimal --component rust-src --target wasm32-unknown-unknown
	@cargo fuzz --version 2>/dev/null | grep -qF "$(CARGO_FUZZ_VERSION)" \
		|| cargo install --locked cargo-fuzz --version $(CARGO_FUZZ_VERSION)

# The engine is safe Rust, so no sanitizer (more executions per second); debug
# assertions and overflow checks are on (cargo-fuzz's default). A run slower
# than 30 s on one input counts as a failure too.
fuzz: tools-fuzz
	@failed=; for t in $(FUZZ_TARGETS); do \
		mkdir -p $(FUZZ_DIR)/work/$$t; \
		case $$t in import|corpus_json) dict=json;; *) dict=text;; esac; \
		echo "== fuzz $$t for $(FUZZ_SECONDS) s"; \
		cargo +$(NIGHTLY) fuzz run --fuzz-dir $(FUZZ_DIR) --sanitizer none $$t \
			$(FUZZ_DIR)/work/$$t $(FUZZ_DIR)/corpus/$$t -- \
			-max_total_time=$(FUZZ_SECONDS) -timeout=30 -print_final_stats=1 \
			-dict=$(FUZZ_DIR)/dict/$$dict.dict \
			|| failed="$$failed $$t"; \
	done; \
	if [ -n "$$failed" ]; then \
		echo "fuzz: crashes in:$$failed (inputs in $(FUZZ_DIR)/artifacts/)"; exit 1; fi

fmt:
	cargo fmt --all

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings

clean:
	cargo clean
	rm -rf dist node_modules
