#include "tables.hpp"

#include <string>
#include <vector>

#include "align.hpp"
#include "inlines.hpp"
#include "marks.hpp"
#include "signature.hpp"

namespace ispgen::redline {
namespace {

using namespace document;

Row merge_rows(const Row& old_row, const Row& new_row) {
  Row out;
  for (std::size_t c = 0; c < new_row.cells.size(); ++c) {
    const std::vector<Run>& runs = new_row.cells[c].runs;
    out.cells.push_back({c < old_row.cells.size() ? merge_runs(old_row.cells[c].runs, runs) : marked(runs, Change::inserted)});
  }
  return out;
}

bool same_key(const Row& old_row, const Row& new_row) {
  if (old_row.cells.empty() || new_row.cells.empty()) return false;
  const std::string key = text_of(old_row.cells.front().runs);
  return key.find_first_not_of(' ') != std::string::npos && key == text_of(new_row.cells.front().runs);
}

}  // namespace

bool same_header(const Table& old_table, const Table& new_table) {
  return old_table.header_rows > 0 && new_table.header_rows > 0 && !old_table.rows.empty() && !new_table.rows.empty() &&
         plain_text(old_table.rows.front()) == plain_text(new_table.rows.front());
}

Table merge_tables(const Table& old_table, const Table& new_table) {
  Table out = new_table;
  out.rows.clear();
  std::vector<Row> a = old_table.rows, b = new_table.rows;
  const bool headers = old_table.header_rows > 0 && new_table.header_rows > 0 && !a.empty() && !b.empty();
  if (headers) {
    out.rows.push_back(merge_rows(a.front(), b.front()));
    a.erase(a.begin());
    b.erase(b.begin());
  }
  // Header rows past the first (none from Markdown) line up with the body rows.
  const auto is_header = [&](const Table& t, std::size_t row) { return static_cast<int>(row + (headers ? 1 : 0)) < t.header_rows; };
  Interner signatures, words;
  std::vector<std::uint32_t> a_signatures, b_signatures;
  std::vector<Words> a_words, b_words;
  for (std::size_t i = 0; i < a.size(); ++i) {
    a_signatures.push_back(signatures.id(signature(a[i], is_header(old_table, i))));
    a_words.push_back(words_of(plain_text(a[i]), words));
  }
  for (std::size_t j = 0; j < b.size(); ++j) {
    b_signatures.push_back(signatures.id(signature(b[j], is_header(new_table, j))));
    b_words.push_back(words_of(plain_text(b[j]), words));
  }
  // Rows with the same text in their first cell (a partner, a data item, a key) are one row changed.
  const auto similarity = [&](std::size_t i, std::size_t j) {
    const double score = likeness(a_words[i], b_words[j]);
    return same_key(a[i], b[j]) ? 0.5 + score / 2 : score;
  };
  const auto mark = [](const Row& row, Change change, std::vector<Row>& rows) { rows.push_back(marked_row(row, change)); };
  append_steps(align(a_signatures, b_signatures, similarity), a, b, out.rows, merge_rows, mark);
  return out;
}

}  // namespace ispgen::redline
