#pragma once
#include <string>
#include <vector>

namespace ispgen::cli {

// `ispgen check PATH...`: prints every problem in the protocols and returns the exit status.
int run_check(const std::vector<std::string>& args);

}  // namespace ispgen::cli
