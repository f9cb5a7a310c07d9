#include <map>

#include "describe.hpp"
#include "ispgen/diff.hpp"
#include "ispgen/model/date.hpp"

namespace ispgen::diff {
namespace {

// The groups named in a summary before the rest are counted.
constexpr std::size_t max_groups = 6;

// The element a change is in: its first two path segments ("stages.referral", "purpose").
std::string group_of(const std::string& path) {
  const std::size_t first = path.find('.');
  if (first == std::string::npos) return path.empty() ? "the protocol" : path;
  const std::size_t second = path.find('.', first + 1);
  return second == std::string::npos ? path : path.substr(0, second);
}

// What happened to a group: its one change, by path and kind, or how many changes it had.
std::string phrase(const std::vector<const Change*>& changes, const std::string& group) {
  if (changes.size() != 1) return group + " changed (" + std::to_string(changes.size()) + " changes)";
  const Change& c = *changes.front();
  const std::string what = c.path.empty() ? group : c.path;
  return what + " " + (c.kind == ChangeKind::prose ? std::string("reworded") : std::string(kind_word(c.kind)));
}

std::string summary(const ProtocolDiff& d) {
  std::vector<std::string> order;
  std::map<std::string, std::vector<const Change*>> groups;
  for (const Change& c : d.changes) {
    const std::string g = group_of(c.path);
    if (!groups.count(g)) order.push_back(g);
    groups[g].push_back(&c);
  }
  std::string out = (d.bump() == "major" ? "Major revision, " : "Minor revision, ") + counted(d) + ": ";
  for (std::size_t i = 0; i < order.size() && i < max_groups; ++i)
    out += (i ? "; " : "") + phrase(groups[order[i]], order[i]);
  if (order.size() > max_groups) out += "; and " + std::to_string(order.size() - max_groups) + " more";
  return one_line(out);
}

}  // namespace

std::string history_entry(const ProtocolDiff& diff, const std::string& date_iso) {
  const std::string version = diff.next_version();
  if (version.empty()) return "";
  std::string out = "  - version: " + quoted(version) + "\n";
  if (!date_iso.empty()) {
    model::DateProblem problem = model::DateProblem::none;
    const bool date = model::parse_date(date_iso, false, &problem).has_value();
    out += "    date: " + (date ? date_iso : quoted(date_iso)) + "\n";
  }
  out += "    summary: " + quoted(summary(diff)) + "\n";
  return out;
}

}  // namespace ispgen::diff
