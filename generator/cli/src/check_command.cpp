#include <iostream>

#include "commands.hpp"
#include "ispgen/check.hpp"
#include "ispgen/load.hpp"
#include "today.hpp"
#include "usage.hpp"

namespace ispgen::cli {
namespace {

constexpr const char* help = R"(usage: ispgen check [--today YYYY-MM-DD] PATH...

Checks protocols and prints every problem as file:line:col: severity: message [code].
A PATH is a protocol file or a register folder (its partners.yaml, gateways.yaml and
protocols; subfolders are registers too). A protocol file is checked with its folder's
partner directory, gateway library and the parent protocols it names.

options:
  --today DATE   the date reviews are judged against (default: today)
  -h, --help     show this help

exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error or unreadable input
codes: docs/diagnostics.md
)";

}  // namespace

int run_check(const std::vector<std::string>& args) {
  const ParsedArgs parsed = parse_args(args, {{"--today", true}}, "check");
  if (!parsed.ok) return exit_trouble;
  if (parsed.help) {
    std::cout << help;
    return exit_ok;
  }
  if (parsed.operands.empty()) return usage_error("check needs at least one PATH (a protocol file or a folder)", "check");

  const auto today = today_option(parsed, "check");
  if (!today) return exit_trouble;
  const check::Options options{*today};

  load::Result loaded = load::load_paths(parsed.operands);
  model::Diagnostics all = loaded.diagnostics;
  std::size_t protocols = 0;
  for (const model::Register& reg : loaded.registers) {
    all.append(check::check_register(reg, options));
    protocols += reg.protocols.size();
  }
  std::size_t errors = 0, warnings = 0;
  for (const model::Diagnostic& d : all.sorted()) {
    std::cerr << model::format(d) << '\n';
    ++(d.severity == model::Severity::error ? errors : warnings);
  }
  std::cout << "checked " << protocols << (protocols == 1 ? " protocol: " : " protocols: ") << errors
            << (errors == 1 ? " error, " : " errors, ") << warnings << (warnings == 1 ? " warning\n" : " warnings\n");
  if (loaded.unreadable) return exit_trouble;
  return errors > 0 ? exit_no : exit_ok;
}

}  // namespace ispgen::cli
