#include <algorithm>
#include <filesystem>

#include "ispgen/model/resolve.hpp"
#include "ispgen/model/review.hpp"
#include "ispgen/reviews.hpp"

namespace ispgen::reviews {
namespace {

// The folder's own name however it was written ("protocols/stockport/", "." inside it), so the
// calendar's UIDs do not change with the way the register is named on the command line.
std::string register_name(const std::string& folder) {
  std::error_code ec;
  std::filesystem::path path = std::filesystem::weakly_canonical(folder.empty() ? "." : folder, ec);
  if (ec) path = std::filesystem::path(folder).lexically_normal();
  if (path.filename().empty()) path = path.parent_path();
  const std::string name = path.filename().string();
  return name.empty() ? "register" : name;
}

std::string rule_in_words(const model::Review& review) {
  if (review.due) return "due on " + review.due->long_form();
  if (!review.every_months) return "";
  const std::string every = "every " + std::to_string(*review.every_months) + " months";
  if (!review.first_after_months) return every + " from the effective date";
  return std::to_string(*review.first_after_months) + " months after the effective date, then " + every;
}

std::string lead_name(const model::Register& reg, const model::Review& review) {
  if (!review.lead) return "";
  const auto partner = std::find_if(reg.partners.begin(), reg.partners.end(),
                                    [&](const model::Partner& p) { return p.id == review.lead->id; });
  return partner != reg.partners.end() && !partner->name.empty() ? partner->name : review.lead->id;
}

bool in_force(model::Status status) { return status != model::Status::superseded && status != model::Status::withdrawn; }

Entry entry_for(const model::Register& reg, const model::Protocol& protocol, model::Date today) {
  Entry entry;
  entry.protocol_id = protocol.id;
  entry.title = protocol.title.empty() ? protocol.id : protocol.title;
  entry.register_name = register_name(reg.folder);
  entry.rule = rule_in_words(protocol.review);
  entry.lead = lead_name(reg, protocol.review);
  entry.last_reviewed = model::last_review(protocol.review);
  if (!in_force(protocol.status)) {
    entry.status = Status::not_in_force;
    return entry;
  }
  entry.next_due = model::next_review(protocol.review, protocol.effective);
  if (!entry.next_due) {
    entry.status = entry.rule.empty() ? Status::no_rule : Status::no_effective_date;
    return entry;
  }
  entry.days_left = entry.next_due->last_day().serial() - today.serial();
  entry.status = status_on(*entry.next_due, today);
  return entry;
}

}  // namespace

std::vector<Entry> review_entries(const std::vector<model::Register>& registers, model::Date today) {
  std::vector<Entry> entries;
  for (const model::Register& reg : registers)
    for (const model::Protocol& protocol : reg.protocols)
      if (model::requested(reg, protocol))
        entries.push_back(entry_for(reg, protocol, today));
  return entries;
}

}  // namespace ispgen::reviews
