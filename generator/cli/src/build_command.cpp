#include <charconv>
#include <cstdlib>
#include <iostream>

#include "commands.hpp"
#include "ispgen/build.hpp"
#include "today.hpp"
#include "usage.hpp"

namespace ispgen::cli {
namespace {

constexpr const char* help = R"(usage: ispgen build -o DIR [--templates DIR] [--today YYYY-MM-DD] PATH...

Checks the protocols under each PATH (protocol files or register folders) and, if none has an
error, writes each protocol's document to DIR/<protocol-id>/ (isp.md, isp.html) and
DIR/index.html listing them. Nothing under DIR changes unless the whole build succeeds.

options:
  -o, --output DIR   the output folder (created if missing)
  --templates DIR    templates that replace the built-in ones of the same path (docs/templates.md)
  --today DATE       the date reviews are judged against in the checks (default: today)
  -h, --help         show this help

Documents carry no clock time: their dates come from the protocol, or from SOURCE_DATE_EPOCH.
exit status: 0 built, 1 a protocol has errors (nothing written), 2 usage error, unreadable input or unwritable output
)";

}  // namespace

int run_build(const std::vector<std::string>& args) {
  const ParsedArgs parsed =
      parse_args(args, {{"-o", true}, {"--output", true}, {"--templates", true}, {"--today", true}}, "build");
  if (!parsed.ok) return exit_trouble;
  if (parsed.help) {
    std::cout << help;
    return exit_ok;
  }
  build::Options options;
  options.paths = parsed.operands;
  options.output_dir = !parsed.value("-o").empty() ? parsed.value("-o") : parsed.value("--output");
  options.templates_dir = parsed.value("--templates");
  if (options.paths.empty()) return usage_error("build needs at least one PATH (a protocol file or a folder)", "build");
  if (options.output_dir.empty()) return usage_error("build needs an output folder: -o DIR", "build");
  const auto today = today_option(parsed, "build");
  if (!today) return exit_trouble;
  options.today = *today;
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    long value = 0;
    const auto [ptr, ec] = std::from_chars(epoch, epoch + std::char_traits<char>::length(epoch), value);
    if (ec != std::errc() || *ptr != '\0' || value < 0)
      return usage_error(std::string("SOURCE_DATE_EPOCH must be a number of seconds, not '") + epoch + "'", "build");
    options.source_date_epoch = value;
  }

  const build::Outcome outcome = build::run_build(options);
  std::size_t errors = 0;
  for (const model::Diagnostic& d : outcome.diagnostics.sorted()) {
    std::cerr << model::format(d) << '\n';
    errors += d.severity == model::Severity::error;
  }
  if (outcome.failed) {
    std::cerr << "ispgen: nothing written: " << errors << (errors == 1 ? " error\n" : " errors\n");
    return outcome.trouble ? exit_trouble : exit_no;
  }
  std::size_t protocols = 0;
  for (const std::string& path : outcome.written) protocols += path.ends_with("/isp.html");
  std::cout << "built " << protocols << (protocols == 1 ? " protocol" : " protocols") << " into " << options.output_dir
            << ": open " << options.output_dir << "/index.html\n";
  return exit_ok;
}

}  // namespace ispgen::cli
