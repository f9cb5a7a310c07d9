#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "commands.hpp"
#include "ispgen/files.hpp"
#include "ispgen/load.hpp"
#include "ispgen/reviews.hpp"
#include "ispgen/suggest.hpp"
#include "today.hpp"
#include "usage.hpp"

namespace ispgen::cli {
namespace {

constexpr const char* help = R"(usage: ispgen reviews [--today YYYY-MM-DD] [--fail-on overdue|due] [--ics FILE] PATH...

Prints when each protocol under each PATH (protocol files or register folders) is next due for
review: the last review held, the next due date, the days left, the status and the lead partner.
A review is due within 90 days of its date and overdue once the date has passed; a date given as
a month is due by the month's last day.

options:
  --today DATE       the date to judge against (default: today)
  --fail-on STATUS   exit 1 if any protocol is overdue (overdue), or due or overdue (due)
  --ics FILE         also write an iCalendar file: a task per review, with a reminder 90 days
                     before; each task keeps its UID from run to run, so it is updated, not doubled
  -h, --help         show this help

The calendar is stamped with --today's date, or with SOURCE_DATE_EPOCH's if that is set.
exit status: 0 listed, 1 a review is overdue or due as --fail-on asks, or a protocol has errors
(nothing listed or written), 2 usage error, unreadable input or unwritable calendar
docs: docs/reviews.md
)";

bool fails(const std::vector<reviews::Entry>& entries, const std::string& fail_on) {
  for (const reviews::Entry& entry : entries)
    if (entry.status == reviews::Status::overdue || (fail_on == "due" && entry.status == reviews::Status::due))
      return true;
  return false;
}

}  // namespace

int run_reviews(const std::vector<std::string>& args) {
  const ParsedArgs parsed = parse_args(args, {{"--today", true}, {"--fail-on", true}, {"--ics", true}}, "reviews");
  if (!parsed.ok) return exit_trouble;
  if (parsed.help) {
    std::cout << help;
    return exit_ok;
  }
  if (parsed.operands.empty()) return usage_error("reviews needs at least one PATH (a protocol file or a folder)", "reviews");
  const std::string fail_on = parsed.value("--fail-on");
  if (parsed.has("--fail-on") && fail_on != "overdue" && fail_on != "due")
    return usage_error("unknown --fail-on value '" + fail_on + "'" + did_you_mean(fail_on, {"overdue", "due"}) +
                           ": use overdue or due",
                       "reviews");
  const std::string ics_path = parsed.value("--ics");
  if (parsed.has("--ics") && ics_path.empty()) return usage_error("--ics needs a file name", "reviews");
  const auto today = today_option(parsed, "reviews");
  if (!today) return exit_trouble;
  const SourceDateEpoch epoch = source_date_epoch("reviews");
  if (!epoch.ok) return exit_trouble;
  const model::Date stamp = epoch.seconds ? model::date_from_serial(*epoch.seconds / 86400) : *today;

  const load::Result loaded = load::load_paths(parsed.operands);
  for (const model::Diagnostic& d : loaded.diagnostics.sorted()) std::cerr << model::format(d) << '\n';
  const std::size_t errors = loaded.diagnostics.count(model::Severity::error);
  if (errors > 0) {
    std::cerr << "ispgen: reviews not listed" << (ics_path.empty() ? "" : " and " + ics_path + " not written") << ": "
              << errors << (errors == 1 ? " error\n" : " errors\n");
    return loaded.unreadable ? exit_trouble : exit_no;
  }

  const std::vector<reviews::Entry> entries = reviews::review_entries(loaded.registers, *today);
  std::cout << reviews::format_table(entries);
  if (!ics_path.empty()) {
    if (const std::error_code error = replace_file(ics_path, reviews::format_calendar(entries, stamp), 0666)) {
      std::cerr << model::format({model::Severity::error, {ics_path, 0, 0}, "cannot write the calendar: " + lowercase_reason(error),
                                  "unwritable"})
                << '\n';
      return exit_trouble;
    }
    const auto tasks = std::count_if(entries.begin(), entries.end(), [](const reviews::Entry& e) { return e.next_due.has_value(); });
    std::cout << "wrote " << ics_path << ": " << tasks << (tasks == 1 ? " review\n" : " reviews\n");
  }
  return parsed.has("--fail-on") && fails(entries, fail_on) ? exit_no : exit_ok;
}

}  // namespace ispgen::cli
