#include "compare.hpp"

#include <algorithm>
#include <map>

#include "edits.hpp"
#include "words.hpp"

namespace ispgen::diff {
namespace {

using Nodes = std::vector<Node>;

std::string joined_values(const Nodes& members) {
  std::string out;
  for (const Node& m : members) out += (out.empty() ? "" : ", ") + m.value;
  return out;
}

// For each element of `b`, the index of its counterpart in `a` (or -1): the element with the
// same key, else, when `renames`, an unmatched one with the same content.
std::vector<int> pair_up(const Nodes& a, const Nodes& b, bool renames) {
  const bool same_keys = a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const Node& x, const Node& y) {
                           return x.key == y.key;
                         });
  if (same_keys) {
    std::vector<int> match(b.size());
    for (std::size_t i = 0; i < b.size(); ++i) match[i] = static_cast<int>(i);
    return match;
  }
  std::map<std::string_view, int> by_key;
  for (std::size_t j = 0; j < a.size(); ++j) by_key.emplace(a[j].key, static_cast<int>(j));
  std::vector<int> match(b.size(), -1);
  std::vector<bool> taken(a.size(), false);
  for (std::size_t i = 0; i < b.size(); ++i)
    if (const auto it = by_key.find(b[i].key); it != by_key.end()) {
      match[i] = it->second;
      taken[static_cast<std::size_t>(it->second)] = true;
    }
  if (!renames) return match;
  std::multimap<std::string, int> gone;
  for (std::size_t j = 0; j < a.size(); ++j)
    if (!taken[j]) gone.emplace(fingerprint(a[j]), static_cast<int>(j));
  for (std::size_t i = 0; i < b.size() && !gone.empty(); ++i) {
    if (match[i] >= 0) continue;
    const auto it = gone.find(fingerprint(b[i]));
    if (it == gone.end()) continue;
    match[i] = it->second;
    gone.erase(it);
  }
  return match;
}

// The keyed lists other elements refer to, by the kind their references name.
const std::vector<std::pair<std::string, std::vector<std::string>>>& referred_lists() {
  static const std::vector<std::pair<std::string, std::vector<std::string>>> lists = {
      {"partners", {"partners"}},
      {"data_items", {"data_items"}},
      {"lawful_bases", {"lawful_bases"}},
      {"stages", {"stages"}},
      {"meetings", {"meetings"}},
      {"forms", {"forms"}},
      {"levels", {"security", "levels"}},
      {"transfer_methods", {"security", "transfer_methods"}},
  };
  return lists;
}

// The node at `keys` below `root`, or nullptr.
const Node* descend(const Node& root, const std::vector<std::string>& keys) {
  const Node* n = &root;
  for (const std::string& k : keys) {
    const auto it = std::find_if(n->children.begin(), n->children.end(), [&](const Node& c) { return c.key == k; });
    if (it == n->children.end()) return nullptr;
    n = &*it;
  }
  return n;
}

class Comparer {
 public:
  std::vector<Found> found;

  void compare(const Node& a, const Node& b) {
    if (a.shape != b.shape) {
      emit(ChangeKind::changed, a.at, b.at, summary(a), summary(b));
      return;
    }
    switch (b.shape) {
      case Shape::value:
        if (a.value != b.value) emit(ChangeKind::changed, a.at, b.at, a.value, b.value);
        break;
      case Shape::text:
        text(a, b);
        break;
      case Shape::object:
      case Shape::keyed:
        elements(a, b);
        break;
      case Shape::set:
        set(a, b);
        break;
      case Shape::list:
        list(a, b);
        break;
    }
  }

 private:
  void emit(ChangeKind kind, const model::Location* old_at, const model::Location* new_at, std::string old_value,
            std::string new_value, std::vector<WordEdit> words = {}) {
    Found f;
    f.segments = path_;
    f.change.kind = kind;
    if (old_at) f.change.old_at = *old_at;
    if (new_at) f.change.new_at = *new_at;
    f.change.old_value = std::move(old_value);
    f.change.new_value = std::move(new_value);
    f.change.words = std::move(words);
    found.push_back(std::move(f));
  }

  // Runs `step` with `key` added to the path.
  template <class Step>
  void within(const std::string& key, Step step) {
    path_.push_back(key);
    step();
    path_.pop_back();
  }

  void text(const Node& a, const Node& b) {
    const std::vector<std::string> wa = split_words(a.value), wb = split_words(b.value);
    if (wa != wb) emit(ChangeKind::prose, a.at, b.at, a.value, b.value, word_edits(wa, wb));
  }

  // Fields of an object, or elements of a keyed list: matched by key, in NEW's order with the
  // elements only OLD has where they stood.
  void elements(const Node& a, const Node& b) {
    const std::vector<int> match = pair_up(a.children, b.children, b.renames);
    std::vector<bool> kept(a.children.size(), false);
    for (int j : match)
      if (j >= 0) kept[static_cast<std::size_t>(j)] = true;
    if (b.shape == Shape::keyed) order(a, b, match);
    std::size_t next = 0;
    const auto removed_up_to = [&](std::size_t end) {
      for (; next < end; ++next)
        if (!kept[next]) {
          const Node& gone = a.children[next];
          within(gone.key, [&] { emit(ChangeKind::removed, gone.at, nullptr, summary(gone), ""); });
        }
    };
    // Where the next element of NEW that OLD has stood in OLD: what OLD alone had before it goes first.
    std::vector<std::size_t> upcoming(b.children.size() + 1, a.children.size());
    for (std::size_t i = b.children.size(); i-- > 0;)
      upcoming[i] = match[i] >= 0 ? static_cast<std::size_t>(match[i]) : upcoming[i + 1];
    for (std::size_t i = 0; i < b.children.size(); ++i) {
      const Node& now = b.children[i];
      removed_up_to(std::max(next, upcoming[i]));
      if (match[i] < 0) {
        within(now.key, [&] { emit(ChangeKind::added, nullptr, now.at, "", summary(now)); });
        continue;
      }
      const Node& was = a.children[static_cast<std::size_t>(match[i])];
      within(now.key, [&] {
        if (was.key != now.key) emit(ChangeKind::renamed, was.at, now.at, was.key, now.key);
        else compare(was, now);
      });
    }
    removed_up_to(a.children.size());
  }

  // A keyed list whose common elements stand in another order.
  void order(const Node& a, const Node& b, const std::vector<int>& match) {
    std::vector<std::pair<int, std::string>> common;  // OLD's index, NEW's key
    for (std::size_t i = 0; i < b.children.size(); ++i)
      if (match[i] >= 0) common.emplace_back(match[i], b.children[i].key);
    if (std::is_sorted(common.begin(), common.end())) return;
    std::string now;
    for (const auto& c : common) now += (now.empty() ? "" : ", ") + c.second;
    std::sort(common.begin(), common.end());
    std::string was;
    for (const auto& c : common) was += (was.empty() ? "" : ", ") + c.second;
    emit(ChangeKind::reordered, a.at, b.at, was, now);
  }

  // Members matched by value, each as often as it stands on both sides.
  void set(const Node& a, const Node& b) {
    std::multimap<std::string_view, std::size_t> left;
    for (std::size_t j = 0; j < a.children.size(); ++j) left.emplace(a.children[j].value, j);
    std::vector<bool> kept(a.children.size(), false), fresh(b.children.size(), true);
    std::vector<std::size_t> common;  // OLD's indexes, in NEW's order
    for (std::size_t i = 0; i < b.children.size(); ++i)
      if (const auto it = left.find(b.children[i].value); it != left.end()) {
        kept[it->second] = true;
        fresh[i] = false;
        common.push_back(it->second);
        left.erase(it);
      }
    if (!std::is_sorted(common.begin(), common.end()))
      emit(ChangeKind::reordered, a.at, b.at, joined_values(a.children), joined_values(b.children));
    for (std::size_t j = 0; j < a.children.size(); ++j)
      if (!kept[j]) emit(ChangeKind::removed, a.children[j].at, nullptr, a.children[j].value, "");
    for (std::size_t i = 0; i < b.children.size(); ++i)
      if (fresh[i]) emit(ChangeKind::added, nullptr, b.children[i].at, "", b.children[i].value);
  }

  // Texts in order: the same texts in another order are reordered; otherwise the lists are
  // aligned, and a text replaced in place is prose.
  void list(const Node& a, const Node& b) {
    std::vector<std::string> va, vb;
    for (const Node& m : a.children) va.push_back(m.value);
    for (const Node& m : b.children) vb.push_back(m.value);
    if (va == vb) return;
    std::vector<std::string> sa = va, sb = vb;
    std::sort(sa.begin(), sa.end());
    std::sort(sb.begin(), sb.end());
    if (sa == sb) {
      emit(ChangeKind::reordered, a.at, b.at, joined_values(a.children), joined_values(b.children));
      return;
    }
    const auto [ia, ib] = number(va, vb);
    const std::vector<Edit> script = edit_script(ia, ib);
    std::size_t x = 0, y = 0, k = 0;
    while (k < script.size()) {
      if (script[k] == Edit::keep) {
        ++x, ++y, ++k;
        continue;
      }
      std::vector<std::size_t> gone, come;
      for (; k < script.size() && script[k] != Edit::keep; ++k)
        (script[k] == Edit::remove ? gone : come).push_back(script[k] == Edit::remove ? x++ : y++);
      const std::size_t paired = std::min(gone.size(), come.size());
      for (std::size_t p = 0; p < paired; ++p)
        text(a.children[gone[p]], b.children[come[p]]);
      for (std::size_t p = paired; p < gone.size(); ++p)
        emit(ChangeKind::removed, a.children[gone[p]].at, nullptr, va[gone[p]], "");
      for (std::size_t p = paired; p < come.size(); ++p)
        emit(ChangeKind::added, nullptr, b.children[come[p]].at, "", vb[come[p]]);
    }
  }

  std::vector<std::string> path_;
};

}  // namespace

Renames find_renames(const Node& old_tree, const Node& new_tree) {
  Renames out;
  for (const auto& [kind, keys] : referred_lists()) {
    const Node* a = descend(old_tree, keys);
    const Node* b = descend(new_tree, keys);
    if (!a || !b) continue;
    const std::vector<int> match = pair_up(a->children, b->children, true);
    for (std::size_t i = 0; i < match.size(); ++i)
      if (match[i] >= 0 && a->children[static_cast<std::size_t>(match[i])].key != b->children[i].key)
        out[kind][a->children[static_cast<std::size_t>(match[i])].key] = b->children[i].key;
  }
  return out;
}

std::vector<Found> compare_trees(const Node& old_tree, const Node& new_tree) {
  Comparer c;
  c.compare(old_tree, new_tree);
  return std::move(c.found);
}

}  // namespace ispgen::diff
