#include "inlines.hpp"

#include <string>
#include <string_view>

#include "ispgen/edit_script.hpp"
#include "script.hpp"
#include "words.hpp"

namespace ispgen::redline {
namespace {

using document::Change;
using document::Run;

// A word, a run of spaces, a punctuation mark or a line break, and the run it comes from (its
// face, link and strike-through).
struct Token {
  const Run* run;
  std::string_view text;  // in the run's text; "\n" for a line break
};

std::vector<Token> tokens_of(const std::vector<Run>& runs) {
  std::vector<Token> out;
  for (const Run& run : runs) {
    if (run.line_break) {
      out.push_back({&run, "\n"});
      continue;
    }
    for (std::string_view piece : split_words(run.text)) out.push_back({&run, piece});
  }
  return out;
}

// What makes two tokens equal: their text, and how they are set.
std::string key_of(const Token& t) {
  std::string key(1, static_cast<char>('0' + static_cast<int>(t.run->face)));
  key += t.run->struck ? 's' : '-';
  key += t.run->line_break ? 'b' : 't';
  key += t.run->link;
  key += '\x1f';
  key += t.text;
  return key;
}

std::vector<std::uint32_t> ids_of(const std::vector<Token>& tokens, Interner& ids) {
  std::vector<std::uint32_t> out;
  out.reserve(tokens.size());
  for (const Token& t : tokens) out.push_back(ids.id(key_of(t)));
  return out;
}

// Appends a token to `runs`: to the last run if it is set alike and carries the same change.
void add(std::vector<Run>& runs, const Token& t, Change change) {
  const Run& from = *t.run;
  if (!from.line_break && !runs.empty()) {
    Run& last = runs.back();
    if (!last.line_break && last.face == from.face && last.link == from.link && last.struck == from.struck &&
        last.change == change) {
      last.text += t.text;
      return;
    }
  }
  runs.push_back(Run{from.line_break ? std::string() : std::string(t.text), from.face, from.link, from.line_break, from.struck, change});
}

}  // namespace

std::vector<Run> merge_runs(const std::vector<Run>& old_runs, const std::vector<Run>& new_runs) {
  const std::vector<Token> a = tokens_of(old_runs), b = tokens_of(new_runs);
  Interner ids;
  const std::vector<std::uint32_t> a_ids = ids_of(a, ids), b_ids = ids_of(b, ids);
  std::vector<Run> out;
  for (const Segment& s : segments(texts_of(a), texts_of(b), a_ids, b_ids)) {
    if (s.keep) {
      for (std::size_t j = s.b0; j < s.b1; ++j) add(out, b[j], Change::none);
      continue;
    }
    for (std::size_t i = s.a0; i < s.a1; ++i) add(out, a[i], Change::deleted);
    for (std::size_t j = s.b0; j < s.b1; ++j) add(out, b[j], Change::inserted);
  }
  return out;
}

std::vector<Run> marked(std::vector<Run> runs, Change change) {
  for (Run& r : runs) r.change = change;
  return runs;
}

}  // namespace ispgen::redline
