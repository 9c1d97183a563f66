# Saring: two commands for a new user (see README.md).
#   make run   install dependencies, build the server and the web console, serve them
#              with the bundled sample data (the console at http://127.0.0.1:8080/)
#   make test  install dependencies, build, run every test (ctest, the console's
#              end-to-end tests in Chromium among them)
BUILD      ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS       ?= $(shell nproc)
SARING      = $(BUILD)/saring

.PHONY: run test setup configure build build-server web test-asan fuzz fuzz-smoke bench format check-format clean

setup:
	@scripts/setup

configure: setup
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) >/dev/null

build: configure web
	@cmake --build $(BUILD) -j $(JOBS)

# Only what `make run` needs: the saring program (no tests, benchmarks or fuzzers).
build-server: configure
	@cmake --build $(BUILD) -j $(JOBS) --target saring

# The web console, web/ -> web/dist (npm packages pinned by web/package-lock.json).
web: setup
	@scripts/build_web

run: build-server web
	@$(SARING) policy check policies/id-used-clothing-import.yaml
	@mkdir -p var
	@cat data/samples/written_examples.jsonl data/samples/prdect_id_titles.jsonl > var/demo.jsonl
	@$(SARING) scan var/demo.jsonl -o var/demo-decisions.jsonl --stats
	@$(SARING) eval data/samples/written_examples.jsonl | head -6
	@SARING=$(SARING) scripts/demo

test: build fuzz-smoke
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The whole suite under AddressSanitizer + UndefinedBehaviorSanitizer.
test-asan: setup web
	@cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSARING_SANITIZE=ON -DSARING_BUILD_BENCHMARKS=OFF >/dev/null
	@cmake --build build-asan -j $(JOBS)
	@cd build-asan && SARING_STREAM_EVENTS=10000 ctest --output-on-failure -j $(JOBS)

# libFuzzer targets (clang-14), each run for FUZZ_SECONDS from the checked-in
# seeds; new inputs go to a scratch corpus, crashes to build-fuzz/. An input
# that takes more than FUZZ_INPUT_SECONDS is a bug too: decision_fuzz decides
# texts of up to 128 KiB: in the fuzz build 0.2 s when reading is linear, 61 s
# when one dot read back to its token's start.
FUZZ_SECONDS ?= 60
FUZZ_INPUT_SECONDS ?= 10
fuzz: setup
	@CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSARING_FUZZ=ON -DSARING_BUILD_TESTS=OFF -DSARING_BUILD_BENCHMARKS=OFF >/dev/null
	@cmake --build build-fuzz -j $(JOBS)
	@for t in normalizer_fuzz record_fuzz decision_fuzz policy_fuzz api_request_fuzz search_fields_fuzz automaton_bytes_fuzz policy_bytes_fuzz; do \
	  mkdir -p build-fuzz/corpus/$$t; \
	  echo "fuzz: $$t for $(FUZZ_SECONDS)s"; \
	  build-fuzz/fuzz/$$t -max_total_time=$(FUZZ_SECONDS) -timeout=$(FUZZ_INPUT_SECONDS) -max_len=4096 -artifact_prefix=build-fuzz/$$t- \
	    build-fuzz/corpus/$$t fuzz/corpus/$$t fuzz/regressions 2>build-fuzz/$$t.log \
	    || { tail -40 build-fuzz/$$t.log; exit 1; }; \
	  grep -h "^Done" build-fuzz/$$t.log; done

# The short fuzz run that `make test` includes.
fuzz-smoke:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=10

bench: build
	@bench/run_benchmarks.sh $(BUILD)

format:
	@find include src apps tests bench fuzz -name '*.h' -o -name '*.cc' | xargs clang-format -i

check-format:
	@find include src apps tests bench fuzz -name '*.h' -o -name '*.cc' | xargs clang-format --dry-run --Werror

clean:
	@rm -rf $(BUILD) build-asan build-fuzz var web/dist
