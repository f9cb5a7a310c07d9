#include <algorithm>
#include <iostream>

#include "commands.hpp"
#include "ispgen/build.hpp"
#include "ispgen/formats.hpp"
#include "ispgen/suggest.hpp"
#include "today.hpp"
#include "usage.hpp"

namespace ispgen::cli {
namespace {

constexpr const char* build_help = R"(usage: ispgen build -o DIR [--formats LIST] [--no-forms] [--templates DIR] [--today YYYY-MM-DD] PATH...

Checks the protocols under each PATH (protocol files or register folders) and, if none has an
error, writes each protocol's document to DIR/<protocol-id>/isp.{md,html,pdf,docx}, its forms to
DIR/<protocol-id>/forms/<form-id>.{html,pdf,docx}, and DIR/index.html listing them. Nothing
under DIR changes unless the whole build succeeds.

options:
  -o, --output DIR   the output folder (created if missing)
  --formats LIST     the formats to write, comma-separated: md, html, pdf, docx (default: all)
  --no-forms         write the documents and the index only, not the forms
  --templates DIR    templates that replace the built-in ones of the same path (docs/templates.md)
  --today DATE       the date reviews are judged against in the checks (default: today)
  -h, --help         show this help

Documents carry no clock time: their dates come from the protocol, or from SOURCE_DATE_EPOCH.
exit status: 0 built, 1 a protocol has errors (nothing written), 2 usage error, unreadable input or unwritable output
)";

constexpr const char* forms_help = R"(usage: ispgen forms -o DIR [--form ID] [--formats LIST] [--today YYYY-MM-DD] PATH...

Checks the protocols under each PATH and, if none has an error, writes only their forms: the
consent, referral, signing-in and confidentiality forms each protocol lists, to
DIR/<protocol-id>/forms/<form-id>.{html,pdf,docx}. Only each protocol's forms/ folder is
replaced, and only if every form was made (docs/forms.md).

options:
  -o, --output DIR   the output folder (created if missing)
  --form ID          only the form with this id in its protocol (and its copies per meeting)
  --formats LIST     the formats to write, comma-separated: html, pdf, docx (default: all)
  --today DATE       the date reviews are judged against in the checks (default: today)
  -h, --help         show this help

exit status: 0 written, 1 a protocol has errors or has no such form (nothing written), 2 usage error, unreadable input or unwritable output
)";

// `ispgen build` and `ispgen forms`: the same run, with or without the documents.
int write_outputs(const std::vector<std::string>& args, bool documents) {
  const char* command = documents ? "build" : "forms";
  std::vector<Option> known = {{"-o", true}, {"--output", true}, {"--today", true}, {"--formats", true}};
  known.push_back(documents ? Option{"--templates", true} : Option{"--form", true});
  if (documents) known.push_back({"--no-forms", false});
  const ParsedArgs parsed = parse_args(args, known, command);
  if (!parsed.ok) return exit_trouble;
  if (parsed.help) {
    std::cout << (documents ? build_help : forms_help);
    return exit_ok;
  }
  build::Options options;
  options.documents = documents;
  options.forms = !parsed.has("--no-forms");
  options.paths = parsed.operands;
  options.output_dir = !parsed.value("-o").empty() ? parsed.value("-o") : parsed.value("--output");
  options.templates_dir = parsed.value("--templates");
  options.form_id = parsed.value("--form");
  const std::vector<std::string_view> known_formats =
      build::format_names(documents ? &build::Format::documents : &build::Format::forms);
  options.formats = {known_formats.begin(), known_formats.end()};
  if (!parsed.value("--formats").empty()) {
    const auto formats =
        parse_list(parsed.value("--formats"), known_formats, "format", "use " + one_of(known_formats), command);
    if (!formats) return exit_trouble;
    options.formats = *formats;
  }
  if (options.paths.empty()) return usage_error(std::string(command) + " needs at least one PATH (a protocol file or a folder)", command);
  if (options.output_dir.empty()) return usage_error(std::string(command) + " needs an output folder: -o DIR", command);
  const auto today = today_option(parsed, command);
  if (!today) return exit_trouble;
  options.today = *today;
  const SourceDateEpoch epoch = source_date_epoch(command);
  if (!epoch.ok) return exit_trouble;
  options.source_date_epoch = epoch.seconds;

  const build::Outcome outcome = build::run_build(options);
  const std::size_t errors = print_diagnostics(outcome.diagnostics);
  if (outcome.failed) {
    std::cerr << "ispgen: nothing written: " << errors << (errors == 1 ? " error\n" : " errors\n");
    return outcome.trouble ? exit_trouble : exit_no;
  }
  const std::size_t protocols = outcome.protocols;
  if (documents) {
    std::cout << "built " << protocols << (protocols == 1 ? " protocol" : " protocols") << " into "
              << options.output_dir << ": open " << options.output_dir << "/index.html\n";
  } else {
    const std::size_t files = outcome.written.size();
    std::cout << "wrote " << files << (files == 1 ? " form file" : " form files") << " for " << protocols
              << (protocols == 1 ? " protocol" : " protocols") << " into " << options.output_dir << '\n';
  }
  return exit_ok;
}

}  // namespace

int run_build(const std::vector<std::string>& args) { return write_outputs(args, true); }

int run_forms(const std::vector<std::string>& args) { return write_outputs(args, false); }

}  // namespace ispgen::cli
