#pragma once
#include <string>
#include <string_view>
#include <vector>

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

}  // namespace ispgen::cli
