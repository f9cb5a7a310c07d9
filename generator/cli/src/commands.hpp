#pragma once
#include <string>
#include <vector>

namespace ispgen::cli {

// `ispgen check PATH...`: prints every problem in the protocols and returns the exit status.
int run_check(const std::vector<std::string>& args);

// `ispgen build -o DIR PATH...`: writes every protocol's documents, or nothing; returns the exit status.
int run_build(const std::vector<std::string>& args);

// `ispgen forms -o DIR PATH...`: writes every protocol's forms, or nothing; returns the exit status.
int run_forms(const std::vector<std::string>& args);

}  // namespace ispgen::cli
