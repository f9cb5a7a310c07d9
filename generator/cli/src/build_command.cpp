#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <iostream>

#include "commands.hpp"
#include "ispgen/build.hpp"
#include "ispgen/suggest.hpp"
#include "today.hpp"
#include "usage.hpp"

namespace ispgen::cli {
namespace {

constexpr const char* help = R"(usage: ispgen build -o DIR [--formats LIST] [--templates DIR] [--today YYYY-MM-DD] PATH...

Checks the protocols under each PATH (protocol files or register folders) and, if none has an
error, writes each protocol's document to DIR/<protocol-id>/isp.{md,html,pdf,docx} and
DIR/index.html listing them. Nothing under DIR changes unless the whole build succeeds.

options:
  -o, --output DIR   the output folder (created if missing)
  --formats LIST     the formats to write, comma-separated: md, html, pdf, docx (default: all)
  --templates DIR    templates that replace the built-in ones of the same path (docs/templates.md)
  --today DATE       the date reviews are judged against in the checks (default: today)
  -h, --help         show this help

Documents carry no clock time: their dates come from the protocol, or from SOURCE_DATE_EPOCH.
exit status: 0 built, 1 a protocol has errors (nothing written), 2 usage error, unreadable input or unwritable output
)";

}  // namespace

int run_build(const std::vector<std::string>& args) {
  const ParsedArgs parsed =
      parse_args(args, {{"-o", true}, {"--output", true}, {"--templates", true}, {"--today", true}, {"--formats", true}}, "build");
  if (!parsed.ok) return exit_trouble;
  if (parsed.help) {
    std::cout << help;
    return exit_ok;
  }
  build::Options options;
  options.paths = parsed.operands;
  options.output_dir = !parsed.value("-o").empty() ? parsed.value("-o") : parsed.value("--output");
  options.templates_dir = parsed.value("--templates");
  if (!parsed.value("--formats").empty()) {
    options.formats.clear();
    const std::string list = parsed.value("--formats");
    for (std::size_t start = 0; start <= list.size();) {
      const std::size_t end = std::min(list.find(',', start), list.size());
      const std::string format = list.substr(start, end - start);
      const std::vector<std::string_view> known = {"md", "html", "pdf", "docx"};
      if (std::find(known.begin(), known.end(), format) == known.end())
        return usage_error("unknown format '" + format + "'" + did_you_mean(format, known) + ": use md, html, pdf or docx",
                           "build");
      options.formats.insert(format);
      start = end + 1;
    }
  }
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
  const std::size_t protocols = outcome.protocols;
  std::cout << "built " << protocols << (protocols == 1 ? " protocol" : " protocols") << " into " << options.output_dir
            << ": open " << options.output_dir << "/index.html\n";
  return exit_ok;
}

}  // namespace ispgen::cli
