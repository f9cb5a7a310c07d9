#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "commands.hpp"
#include "git.hpp"
#include "ispgen/build.hpp"
#include "ispgen/formats.hpp"
#include "ispgen/diff.hpp"
#include "ispgen/load.hpp"
#include "ispgen/suggest.hpp"
#include "today.hpp"
#include "usage.hpp"

namespace ispgen::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* help = R"(usage: ispgen diff [--format text|markdown|json] [--history] OLD NEW
       ispgen diff [options] --git REV PATH
       ispgen diff --redline -o DIR [--formats html,pdf,docx] [--templates DIR] OLD NEW
       ispgen diff --external [--trust-exit-code] PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE

Compares two versions of protocols as models, not as text: partners, gateways, data items,
stages, meetings, forms and clauses are matched by id. OLD and NEW are protocol files or
register folders (protocols are paired by id). With --git, OLD is PATH as committed at REV
and NEW is PATH as it is now. Each change has its path, where it is in both versions, its kind
and whether it is material or editorial; the report names the version bump and the partners who
must sign again (docs/diff.md). With --redline, it writes instead the document of each protocol
of NEW that changed, with the changes marked, to DIR/<protocol-id>/redline.{html,pdf,docx}: HTML
with <ins> and <del>, PDF struck through and underlined, and Word tracked changes to accept or reject (docs/redline.md).

options:
  --format FORMAT    text (default; coloured on a terminal unless NO_COLOR is set), markdown or json
  --history          print a version-history entry for NEW instead, ready to paste under history:
  --today DATE       the date of that entry (default: today)
  --git REV          compare PATH as committed at REV with PATH now
  --redline          write redlines instead of a report (with -o DIR; also with --git)
  -o, --output DIR   the redlines' output folder: only their files are replaced, all or nothing
  --formats LIST     the redlines' formats, comma-separated: html, pdf, docx (default: all)
  --templates DIR    templates that replace the built-in ones, as for build
  --external         run as git's external diff driver (7 arguments; docs/diff.md shows the
                     .gitattributes line and git config)
  --trust-exit-code  with --external: exit 1 when there are changes (git's diff.trustExitCode)
  -h, --help         show this help

exit status: 0 no changes, 1 changes (with --redline: redlines written), 2 usage error, unreadable
input or unwritable output; with --redline, also 1 when NEW has errors (nothing written)
)";

// One version's registers, and how the files of a scratch copy are named in the report.
struct Version {
  std::vector<model::Register> registers;
  std::string scratch;  // a scratch folder the files were copied to, or ""
  std::string shown;    // what to call that folder in the report
};

// Loads `paths` as one version; prints its problems and returns nothing if any is an error.
std::optional<Version> load_version(const std::vector<std::string>& paths) {
  load::Result loaded = load::load_paths(paths);
  if (print_diagnostics(loaded.diagnostics) > 0 || loaded.unreadable) return std::nullopt;
  return Version{std::move(loaded.registers), "", ""};
}

// `file` with the scratch folder's path replaced by the name it stands for.
void show_as(std::string& file, const Version& v) {
  if (!v.scratch.empty() && file.starts_with(v.scratch)) file = v.shown + file.substr(v.scratch.size());
}

void show_as(model::FileName& file, const Version& v) {
  std::string name = file;
  show_as(name, v);
  file = name;
}

// The report's file names as the user knows them, not as copied to scratch folders.
void rename_scratch_files(std::vector<diff::ProtocolDiff>& diffs, const Version& old_version, const Version& new_version) {
  for (diff::ProtocolDiff& d : diffs) {
    show_as(d.old_file, old_version);
    show_as(d.new_file, new_version);
    for (diff::Change& c : d.changes) {
      if (c.old_at) show_as(c.old_at->file, old_version);
      if (c.new_at) show_as(c.new_at->file, new_version);
    }
  }
}

std::string report(const std::vector<diff::ProtocolDiff>& diffs, const std::string& format) {
  if (format == "json") return diff::format_json(diffs);
  if (format == "markdown") return diff::format_markdown(diffs);
  const char* no_color = std::getenv("NO_COLOR");
  const bool colour = isatty(STDOUT_FILENO) && !(no_color && *no_color);
  return diffs.empty() ? "no changes\n" : diff::format_text(diffs, colour);
}

// Writes `text` to `path`, making its folders; false if it could not.
bool write_file(const fs::path& path, const std::string& text) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out.flush());
}

// PATH as committed at REV, copied into `scratch`: the register folder it is in (or is), every
// YAML file of it. Returns the path to load inside `scratch`, or an error message.
struct Snapshot {
  std::string path;   // "" when PATH did not exist at REV
  std::string error;
};
Snapshot snapshot_at(const std::string& rev, const std::string& path, const fs::path& scratch) {
  std::error_code ec;
  const bool is_folder = fs::is_directory(path, ec);
  const fs::path folder = is_folder ? fs::path(path) : fs::path(path).parent_path();
  const std::string git_folder = folder.empty() ? "." : folder.string();
  const ProgramResult listed = run_git(git_folder, {"ls-tree", "-r", "--name-only", rev, "--", "."});
  if (!listed.started) return {"", "cannot run git: is it installed?"};
  if (listed.status != 0) {
    std::string why = listed.err.substr(0, listed.err.find('\n'));
    return {"", "git cannot read '" + rev + "' for " + path + (why.empty() ? "" : ": " + why)};
  }
  bool found = is_folder;
  std::size_t start = 0;
  for (std::size_t end; (end = listed.out.find('\n', start)) != std::string::npos; start = end + 1) {
    const std::string name = listed.out.substr(start, end - start);
    if (!name.ends_with(".yaml") && !name.ends_with(".yml")) continue;
    const ProgramResult shown = run_git(git_folder, {"show", rev + ":./" + name});
    if (!shown.started || shown.status != 0) return {"", "git cannot show " + rev + ":" + (folder / name).string()};
    if (!write_file(scratch / name, shown.out)) return {"", "cannot write a scratch copy of " + name};
    found = found || fs::path(name) == fs::path(path).filename();
  }
  if (!found) return {"", ""};
  return {(is_folder ? scratch : scratch / fs::path(path).filename()).string(), ""};
}

// Writes the redline of each protocol of NEW whose document changed; prints what it wrote.
int write_redlines(const Version& old_version, const Version& new_version, const ParsedArgs& parsed) {
  build::RedlineOptions options;
  options.output_dir = !parsed.value("-o").empty() ? parsed.value("-o") : parsed.value("--output");
  if (options.output_dir.empty()) return usage_error("diff --redline needs an output folder: -o DIR", "diff");
  options.templates_dir = parsed.value("--templates");
  if (parsed.has("--formats")) {
    const auto formats = parse_list(parsed.value("--formats"), build::format_names(&build::Format::revisions), "redline format",
                                    "use " + one_of(build::format_names(&build::Format::revisions)), "diff");
    if (!formats) return exit_trouble;
    options.formats = *formats;
  }
  const auto today = today_option(parsed, "diff");
  if (!today) return exit_trouble;
  options.today = *today;
  const SourceDateEpoch epoch = source_date_epoch("diff");
  if (!epoch.ok) return exit_trouble;
  options.source_date_epoch = epoch.seconds;

  const build::Outcome outcome = build::run_redline(old_version.registers, new_version.registers, options);
  std::size_t errors = 0;
  for (const model::Diagnostic& d : outcome.diagnostics.sorted())
    if (d.severity == model::Severity::error) {  // warnings are for `ispgen check`
      std::cerr << model::format(d) << '\n';
      ++errors;
    }
  if (outcome.failed) {
    std::cerr << "ispgen: no redline written: " << errors << (errors == 1 ? " error\n" : " errors\n");
    return outcome.trouble ? exit_trouble : exit_no;
  }
  if (outcome.written.empty()) {
    std::cout << "no changes to the documents: no redline written\n";
    return exit_ok;
  }
  for (const std::string& file : outcome.written) std::cout << "wrote " << (fs::path(options.output_dir) / file).string() << '\n';
  return exit_no;
}

int print_result(std::vector<diff::ProtocolDiff>& diffs, const Version& old_version, const Version& new_version,
                 const ParsedArgs& parsed, const std::string& format) {
  rename_scratch_files(diffs, old_version, new_version);
  if (parsed.has("--redline")) return write_redlines(old_version, new_version, parsed);
  if (parsed.has("--history")) {
    const auto today = today_option(parsed, "diff");
    if (!today) return exit_trouble;
    for (const diff::ProtocolDiff& d : diffs) {
      if (diffs.size() > 1) std::cout << "# " << d.id << '\n';
      std::cout << diff::history_entry(d, today->iso());
    }
  } else {
    std::cout << report(diffs, format);
  }
  return diffs.empty() ? exit_ok : exit_no;
}

int run_git_diff(const ParsedArgs& parsed, const std::string& format) {
  if (parsed.operands.size() != 1)
    return usage_error("diff --git REV needs one PATH (a protocol file or a register folder)", "diff");
  const std::string rev = parsed.value("--git");
  const std::string& path = parsed.operands.front();
  ScratchFolder scratch;
  if (scratch.path().empty()) return usage_error("cannot make a scratch folder for the committed version", "diff");
  const Snapshot snapshot = snapshot_at(rev, path, scratch.path());
  if (!snapshot.error.empty()) {
    print_error(snapshot.error);
    return exit_trouble;
  }
  std::optional<Version> old_version = snapshot.path.empty() ? Version{} : load_version({snapshot.path});
  std::optional<Version> new_version = load_version({path});
  if (!old_version || !new_version) return exit_trouble;
  const fs::path folder = fs::is_directory(path) ? fs::path(path) : fs::path(path).parent_path();
  old_version->scratch = scratch.path().string();
  old_version->shown = rev + ":" + (folder.empty() ? std::string(".") : folder.string());
  std::vector<diff::ProtocolDiff> diffs = diff::diff_registers(old_version->registers, new_version->registers);
  return print_result(diffs, *old_version, *new_version, parsed, format);
}

// One side of git's external diff: the working tree's register folder of PATH, with PATH's
// content replaced by `file` (git's copy of one version; /dev/null when that side has none).
std::optional<Version> external_side(const fs::path& path, const std::string& file, const fs::path& scratch,
                                     const std::string& shown) {
  std::error_code ec;
  const fs::path folder = path.parent_path();
  for (const auto& entry : fs::directory_iterator(folder.empty() ? fs::path(".") : folder, ec)) {
    const std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".yaml" || ext == ".yml") && entry.path().filename() != path.filename())
      fs::copy_file(entry.path(), scratch / entry.path().filename(), ec);
  }
  if (file != "/dev/null") fs::copy_file(file, scratch / path.filename(), fs::copy_options::overwrite_existing, ec);
  std::optional<Version> v = load_version({scratch.string()});
  if (v) {
    v->scratch = scratch.string();
    v->shown = shown;
  }
  return v;
}

int run_external(const ParsedArgs& parsed) {
  const bool trust = parsed.has("--trust-exit-code");
  if (parsed.operands.size() != 7)
    return usage_error("diff --external takes git's 7 arguments: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE", "diff");
  const fs::path path = parsed.operands[0];
  const std::string folder = path.parent_path().empty() ? std::string() : path.parent_path().string() + "/";
  std::cout << "ispgen diff a/" << path.string() << " b/" << path.string() << '\n';
  ScratchFolder old_scratch, new_scratch;
  std::optional<Version> old_version, new_version;
  if (!old_scratch.path().empty() && !new_scratch.path().empty()) {
    old_version = external_side(path, parsed.operands[1], old_scratch.path(), "a/" + folder.substr(0, folder.size() - !folder.empty()));
    new_version = external_side(path, parsed.operands[4], new_scratch.path(), "b/" + folder.substr(0, folder.size() - !folder.empty()));
  }
  if (!old_version || !new_version) {
    // git treats any status but 0 (or 1, when trusted) as a failure of the whole diff.
    std::cout << "(not compared: a version could not be read as a protocol; see the messages above)\n";
    return exit_ok;
  }
  std::vector<diff::ProtocolDiff> diffs = diff::diff_registers(old_version->registers, new_version->registers);
  rename_scratch_files(diffs, *old_version, *new_version);
  std::cout << (diffs.empty() ? "no changes to the protocols' content (only formatting or comments)\n"
                              : diff::format_text(diffs, false));
  return trust && !diffs.empty() ? exit_no : exit_ok;
}

}  // namespace

int run_diff(const std::vector<std::string>& args) {
  const ParsedArgs parsed = parse_args(args,
                                       {{"--format", true}, {"--history", false}, {"--today", true}, {"--git", true},
                                        {"--external", false}, {"--trust-exit-code", false},
                                        {"--redline", false}, {"-o", true}, {"--output", true}, {"--formats", true},
                                        {"--templates", true}},
                                       "diff");
  if (!parsed.ok) return exit_trouble;
  if (parsed.help) {
    std::cout << help;
    return exit_ok;
  }
  if (parsed.has("--external")) return run_external(parsed);
  for (const char* option : {"-o", "--output", "--formats", "--templates"})
    if (parsed.has(option) && !parsed.has("--redline"))
      return usage_error(std::string(option) + " is for redlines: add --redline", "diff");
  if (parsed.has("--redline") && (parsed.has("--history") || parsed.has("--format")))
    return usage_error("--redline writes documents: it takes no --history or --format", "diff");
  const std::string format = parsed.has("--format") ? parsed.value("--format") : "text";
  static const std::vector<std::string_view> formats = {"text", "markdown", "json"};
  if (std::find(formats.begin(), formats.end(), format) == formats.end())
    return usage_error("unknown format '" + format + "'" + did_you_mean(format, formats) + ": use text, markdown or json",
                       "diff");
  if (parsed.has("--git")) return run_git_diff(parsed, format);
  if (parsed.operands.size() != 2)
    return usage_error("diff needs OLD and NEW (protocol files or register folders), or --git REV PATH", "diff");
  std::optional<Version> old_version = load_version({parsed.operands[0]});
  std::optional<Version> new_version = load_version({parsed.operands[1]});
  if (!old_version || !new_version) return exit_trouble;
  std::vector<diff::ProtocolDiff> diffs = diff::diff_registers(old_version->registers, new_version->registers);
  return print_result(diffs, *old_version, *new_version, parsed, format);
}

}  // namespace ispgen::cli
