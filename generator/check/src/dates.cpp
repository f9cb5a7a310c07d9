#include <charconv>

#include "ispgen/model/review.hpp"
#include "rules.hpp"

namespace ispgen::check {
namespace {

// "2.10" as {2, 10}; empty if the text is not dotted whole numbers.
std::vector<long> version_parts(std::string_view text) {
  std::vector<long> parts;
  while (true) {
    const std::size_t dot = text.find('.');
    const std::string_view piece = text.substr(0, dot);
    long value = 0;
    const auto [ptr, ec] = std::from_chars(piece.data(), piece.data() + piece.size(), value);
    if (piece.empty() || ec != std::errc() || ptr != piece.data() + piece.size()) return {};
    parts.push_back(value);
    if (dot == std::string_view::npos) return parts;
    text.remove_prefix(dot + 1);
  }
}

void check_versions(Subject& s) {
  const model::Protocol& p = s.written;
  if (!p.version.empty() && version_parts(p.version).empty())
    s.out.error(p.where("version"), "invalid-version", "version '" + p.version + "' is not a number such as 1.0 or 2.3");
  const model::Version* previous = nullptr;
  for (const model::Version& v : p.history) {
    const std::vector<long> parts = version_parts(v.version);
    if (parts.empty()) {
      s.out.error(v.where("version"), "invalid-version", "version '" + v.version + "' is not a number such as 1.0 or 2.3");
      continue;
    }
    if (previous) {
      if (parts <= version_parts(previous->version))
        s.out.error(v.where("version"), "version-order",
                    "version history out of order: " + v.version + " comes after " + previous->version);
      else if (v.date && previous->date && *v.date < *previous->date)
        s.out.error(v.where("date"), "version-order",
                    "version history out of order: " + v.version + " is dated " + v.date->iso() + ", before " +
                        previous->version + " (" + previous->date->iso() + ")");
    }
    previous = &v;
  }
  if (previous && !p.version.empty() && previous->version != p.version)
    s.out.error(p.where("version"), "version-mismatch",
                "version is " + p.version + " but the latest entry in the version history is " + previous->version);
}

void check_review(Subject& s) {
  const model::Protocol& p = s.written;
  const model::Review& r = p.review;
  if (r.due && (r.every_months || r.first_after_months))
    s.out.error(r.where("due"), "review-rule", "give either a fixed 'due' date or a rule ('every_months'), not both");
  else if (r.first_after_months && !r.every_months)
    s.out.error(r.where("first_after_months"), "review-rule", "'first_after_months' needs 'every_months' for the reviews after the first");
  const bool rule_written = r.written("due") || r.written("every_months") || r.written("first_after_months");
  if (!rule_written && p.status != model::Status::superseded && p.status != model::Status::withdrawn)
    s.out.warning(p.where("review"), "review-missing",
                  "protocol '" + p.id + "' has no review rule: add review.every_months or review.due");
  if (p.effective)
    for (const model::ReviewRecord& rec : r.reviews)
      if (rec.date < p.effective->first_day())
        s.out.error(rec.where("date"), "date-order",
                    "review dated " + rec.date.iso() + " is before the effective date " + p.effective->iso());
  if (p.status != model::Status::active) return;
  const auto next = model::next_review(r, p.effective);
  if (next && next->last_day() < s.options.today)
    s.out.warning(r.due ? r.where("due") : p.where("review"), "review-overdue",
                  "review of '" + p.id + "' was due " + (next->whole_month() ? "in " : "on ") + next->long_form() + ", " +
                      std::to_string(s.options.today.serial() - next->last_day().serial()) + " days ago");
}

}  // namespace

void check_dates(Subject& s) {
  check_versions(s);
  check_review(s);
}

}  // namespace ispgen::check
