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

// `ispgen diff OLD NEW`: prints the changes between two versions; 0 none, 1 changes, 2 trouble.
int run_diff(const std::vector<std::string>& args);

// `ispgen reviews PATH...`: prints when each protocol's review is due; writes a calendar with --ics.
int run_reviews(const std::vector<std::string>& args);

}  // namespace ispgen::cli
