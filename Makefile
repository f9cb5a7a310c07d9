# The two commands of the README's quick start:
#   make run    install what is missing, build, and build the example protocols' documents into output/
#   make test   install what is missing, build, and run every test
BUILD ?= build
SANITIZE_BUILD ?= build-sanitize
JOBS ?= $(shell nproc)

.PHONY: run test deps build sanitize clean

run: build
	./$(BUILD)/ispgen build -o output protocols/

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

deps:
	@.ci/deps

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(BUILD) -j $(JOBS)

# The tests again under AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize: deps
	cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=Debug -DISPGEN_SANITIZE=ON
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	ctest --test-dir $(SANITIZE_BUILD) --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD)
