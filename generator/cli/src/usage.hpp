#pragma once
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "ispgen/model/diagnostic.hpp"

namespace ispgen::cli {

// Exit statuses every command shares.
inline constexpr int exit_ok = 0;
inline constexpr int exit_no = 1;       // the answer is no: errors found
inline constexpr int exit_trouble = 2;  // usage error or unreadable input

// Prints "ispgen: error: <message>" and a pointer to --help; returns exit_trouble.
int usage_error(const std::string& message, std::string_view command = "");

// The option a command was given, checked against those it knows.
struct Option {
  std::string_view name;
  bool takes_value;
};

// Arguments split into options and operands; reports unknown options with "did you mean".
struct ParsedArgs {
  std::vector<std::pair<std::string, std::string>> options;
  std::vector<std::string> operands;
  bool help = false;
  bool ok = true;

  // The value of the last `name` given, or "" if absent.
  std::string value(std::string_view name) const;
  // Whether `name` was given at all.
  bool has(std::string_view name) const;
};

ParsedArgs parse_args(const std::vector<std::string>& args, const std::vector<Option>& known, std::string_view command);

// Prints every diagnostic, sorted; returns how many are errors.
std::size_t print_diagnostics(const model::Diagnostics& diagnostics);

// "a, b or c": the words, for a hint.
std::string one_of(const std::vector<std::string_view>& words);

// Prints one error that has no place in a file ("ispgen: error: …"), as every diagnostic is printed.
void print_error(const std::string& message);

// The comma-separated `list` as a set of items, each one of `known`; nothing, after a usage error
// "unknown <what> 'x' (did you mean …?): <hint>" for the first that is not.
std::optional<std::set<std::string>> parse_list(const std::string& list, const std::vector<std::string_view>& known,
                                                std::string_view what, std::string_view hint, std::string_view command);

}  // namespace ispgen::cli
