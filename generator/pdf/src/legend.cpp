#include "legend.hpp"

#include <algorithm>

namespace ispgen::pdf {

std::vector<document::Run> legend_runs(const document::Document& doc, const document::Words& words) {
  using document::Change;
  const document::Document::Revisions& marks = doc.revisions;
  const std::string& author = marks.author.empty() ? doc.info.author : marks.author;
  std::string made;
  if (!author.empty()) made += document::fill(words.redline_made_by, {author});
  if (!marks.date_iso.empty()) made += document::fill(words.redline_made_on, {document::long_date(words, marks.date_iso)});
  const std::string since = marks.since.empty() ? std::string(words.redline_since_previous)
                                                : document::fill(words.redline_since_version, {marks.since});
  // {3} and {4} are the examples, each a run of its own marked as it says; the words between
  // them are filled in with {1} and {2}.
  std::vector<document::Run> runs;
  const auto words_run = [&](std::string_view pattern) {
    document::Run r;
    r.text = document::fill(pattern, {made, since});
    runs.push_back(std::move(r));
  };
  const auto example_run = [&](std::string_view text, Change change) {
    document::Run r;
    r.text = std::string(text);
    r.change = change;
    runs.push_back(std::move(r));
  };
  std::string_view rest = words.redline_legend;
  for (std::size_t at; (at = std::min(rest.find("{3}"), rest.find("{4}"))) != std::string_view::npos;) {
    words_run(rest.substr(0, at));
    const bool inserted = rest[at + 1] == '3';
    example_run(inserted ? words.redline_inserted : words.redline_deleted, inserted ? Change::inserted : Change::deleted);
    rest.remove_prefix(at + 3);
  }
  words_run(rest);
  return runs;
}

}  // namespace ispgen::pdf
