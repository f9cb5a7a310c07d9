#include <array>
#include <map>

#include "ispgen/reviews.hpp"

namespace ispgen::reviews {
namespace {

constexpr std::size_t column_count = 6;
using Row = std::array<std::string, column_count>;
constexpr Row header = {"protocol", "last reviewed", "next due", "days left", "status", "lead"};
constexpr std::size_t days_left_column = 3;

// Width on a terminal: one column per code point, so names with accents line up.
std::size_t width(const std::string& text) {
  std::size_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

Row row_for(const Entry& entry) {
  const bool dated = entry.next_due && entry.status != Status::not_in_force;
  return {entry.protocol_id,
          entry.last_reviewed ? entry.last_reviewed->iso() : "never",
          dated ? entry.next_due->iso() : "-",
          dated ? std::to_string(entry.days_left) : "-",
          std::string(status_word(entry.status)),
          entry.lead.empty() ? "-" : entry.lead};
}

std::string counts_line(const std::vector<Entry>& entries) {
  std::map<Status, std::size_t> count;
  for (const Entry& entry : entries) ++count[entry.status];
  std::string line = std::to_string(entries.size()) + (entries.size() == 1 ? " protocol: " : " protocols: ") +
                     std::to_string(count[Status::overdue]) + " overdue, " + std::to_string(count[Status::due]) +
                     " due within " + std::to_string(due_window_days) + " days, " + std::to_string(count[Status::ok]) + " ok";
  const std::pair<Status, const char*> others[] = {{Status::no_rule, " with no rule"},
                                                   {Status::no_effective_date, " with no effective date"},
                                                   {Status::not_in_force, " not in force"}};
  for (const auto& [status, words] : others)
    if (count[status] > 0) line += ", " + std::to_string(count[status]) + words;
  return line + '\n';
}

}  // namespace

std::string format_table(const std::vector<Entry>& entries) {
  std::vector<Row> rows{header};
  for (const Entry& entry : entries) rows.push_back(row_for(entry));
  std::array<std::size_t, column_count> widths{};
  for (const Row& row : rows)
    for (std::size_t c = 0; c < column_count; ++c) widths[c] = std::max(widths[c], width(row[c]));
  std::string out;
  for (const Row& row : rows) {
    for (std::size_t c = 0; c + 1 < column_count; ++c) {
      const std::string padding(widths[c] - width(row[c]), ' ');
      out += c == days_left_column ? padding + row[c] : row[c] + padding;
      out += "  ";
    }
    out += row.back() + '\n';
  }
  return out + counts_line(entries);
}

}  // namespace ispgen::reviews
