# The two commands of the README's quick start:
#   make run    install what is missing, build, and build the example protocols' documents into output/
#   make test   install what is missing, build, and run every test
BUILD ?= build
SANITIZE_BUILD ?= build-sanitize
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
JOBS ?= $(shell nproc)
# ccache, where the machine has it, keeps rebuilds of unchanged files fast.
LAUNCHER = $(if $(shell command -v ccache),-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

.PHONY: run test deps fuzz-deps build sanitize fuzz clean

run: build
	./$(BUILD)/ispgen build -o output protocols/

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

deps:
	@.ci/deps

fuzz-deps:
	@.ci/deps fuzz

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(LAUNCHER)
	cmake --build $(BUILD) -j $(JOBS)

# The tests again under AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize: deps
	cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=Debug -DISPGEN_SANITIZE=ON $(LAUNCHER)
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	ctest --test-dir $(SANITIZE_BUILD) --output-on-failure -j $(JOBS)

# The libFuzzer harnesses (tests/fuzz), built with clang, ASan and UBSan (-O1, line tables only,
# to build quickly), each run for FUZZ_SECONDS seconds, as many at once as there are processors;
# any crash, leak or timeout fails (docs/reliability.md).
fuzz: fuzz-deps
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
	  -DCMAKE_CXX_COMPILER=clang++ -DISPGEN_FUZZ=ON -DISPGEN_STATIC_LIBS=OFF -DBUILD_TESTING=OFF $(LAUNCHER)
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target load_fuzz build_fuzz sign_fuzz diff_fuzz
	FUZZ_SECONDS=$(FUZZ_SECONDS) tests/fuzz/run.sh $(FUZZ_BUILD)

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD) $(FUZZ_BUILD)
