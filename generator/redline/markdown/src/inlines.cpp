#include "inlines.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "ispgen/edit_script.hpp"
#include "script.hpp"
#include "nodes.hpp"
#include "words.hpp"

namespace ispgen::redline {
namespace {

using markdown::Kind;
using markdown::Revision;

enum class Leaf : char { text = 't', code = 'c', line_break = 'b' };

// The formatting around some words: the path of emphasis, strong, strikethrough, link and image
// nodes from the block down to them. Paths form a tree in which equal paths of OLD and NEW share
// one id; 0 is no formatting.
class Styles {
 public:
  struct Style {
    std::uint32_t parent;
    cmark_node* source;  // a node to copy for this step of the path
  };

  std::uint32_t child(std::uint32_t parent, cmark_node* node) {
    std::string key = std::to_string(parent) + '\x1f' + std::to_string(cmark_node_get_type(node));
    for (const char* attribute : {cmark_node_get_url(node), cmark_node_get_title(node)}) {
      key += '\x1f';
      if (attribute) key += attribute;
    }
    const std::uint32_t id = ids_.id(key) + 1;
    if (id == styles_.size()) styles_.push_back({parent, node});
    return id;
  }

  // The ids from the first step of the path to `id`.
  std::vector<std::uint32_t> path(std::uint32_t id) const {
    std::vector<std::uint32_t> out;
    for (; id != 0; id = styles_[id].parent) out.push_back(id);
    std::reverse(out.begin(), out.end());
    return out;
  }

  cmark_node* source(std::uint32_t id) const { return styles_[id].source; }

 private:
  Interner ids_;
  std::vector<Style> styles_{{0, nullptr}};
};

// A word, a run of spaces, a punctuation mark or a line break, with its formatting.
struct Token {
  std::uint32_t style;
  Leaf leaf;
  std::string_view text;  // in a literal of the tree, which outlives the merge
};

std::vector<Token> tokens_of(cmark_node* block, Styles& styles) {
  std::vector<Token> out;
  std::vector<std::uint32_t> style{0};
  cmark_iter* it = cmark_iter_new(block);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    if (n == block) continue;
    const char* literal = cmark_node_get_literal(n);
    switch (markdown::kind_of(n)) {
      case Kind::emphasis:
      case Kind::strong:
      case Kind::strikethrough:
      case Kind::link:
      case Kind::image:
        if (ev == CMARK_EVENT_ENTER)
          style.push_back(styles.child(style.back(), n));
        else
          style.pop_back();
        break;
      case Kind::text:
      case Kind::code: {
        const Leaf leaf = markdown::kind_of(n) == Kind::code ? Leaf::code : Leaf::text;
        for (std::string_view piece : split_words(literal ? literal : "")) out.push_back({style.back(), leaf, piece});
        break;
      }
      case Kind::soft_break: out.push_back({style.back(), Leaf::text, " "}); break;
      case Kind::line_break: out.push_back({style.back(), Leaf::line_break, "\n"}); break;
      default: break;  // raw HTML, which no back-end prints
    }
  }
  cmark_iter_free(it);
  return out;
}

std::vector<std::uint32_t> ids_of(const std::vector<Token>& tokens, Interner& ids) {
  std::vector<std::uint32_t> out;
  out.reserve(tokens.size());
  std::string key;
  for (const Token& t : tokens) {
    key = std::to_string(t.style);
    key += static_cast<char>(t.leaf);
    key += t.text;
    out.push_back(ids.id(key));
  }
  return out;
}

// Builds inline content from tokens in order: formatting nodes for their styles, revision nodes
// inside those for their marks, and one text or code node for each run of tokens.
class Builder {
 public:
  Builder(cmark_node* block, const Styles& styles) : styles_(styles), open_{block} {}

  void add(const Token& t, Revision revision) {
    if (t.style != style_) {
      flush();
      restyle(t.style);
    }
    if (revision != revision_) {
      flush();
      revision_ = revision;
      mark_ = nullptr;
      if (revision != Revision::none) {
        mark_ = markdown::new_revision_node(revision);
        append(open_.back(), mark_);
      }
    }
    if (t.leaf == Leaf::line_break) {
      flush();
      append(target(), cmark_node_new(CMARK_NODE_LINEBREAK));
      return;
    }
    if (t.leaf != leaf_) flush();
    leaf_ = t.leaf;
    pending_ += t.text;
  }

  void flush() {
    if (pending_.empty()) return;
    cmark_node* n = cmark_node_new(leaf_ == Leaf::code ? CMARK_NODE_CODE : CMARK_NODE_TEXT);
    cmark_node_set_literal(n, pending_.c_str());
    append(target(), n);
    pending_.clear();
  }

 private:
  cmark_node* target() const { return mark_ ? mark_ : open_.back(); }

  // Closes the formatting nodes `style` does not share with the current style and opens the rest.
  void restyle(std::uint32_t style) {
    const std::vector<std::uint32_t> path = styles_.path(style);
    std::size_t shared = 0;
    while (shared < path.size() && shared < path_.size() && path[shared] == path_[shared]) ++shared;
    open_.resize(shared + 1);
    for (std::size_t i = shared; i < path.size(); ++i) {
      cmark_node* n = copy_node(styles_.source(path[i]));
      append(open_.back(), n);
      open_.push_back(n);
    }
    path_ = path;
    style_ = style;
    mark_ = nullptr;
    revision_ = Revision::none;
  }

  const Styles& styles_;
  std::vector<cmark_node*> open_;     // the block, then the formatting nodes open in it
  std::vector<std::uint32_t> path_;   // the style of each open formatting node
  std::uint32_t style_ = 0;
  cmark_node* mark_ = nullptr;        // the open revision node, if any
  Revision revision_ = Revision::none;
  Leaf leaf_ = Leaf::text;
  std::string pending_;
};

}  // namespace

void merge_inlines(cmark_node* old_block, cmark_node* new_block, cmark_node* out) {
  Styles styles;
  Interner ids;
  const std::vector<Token> a = tokens_of(old_block, styles), b = tokens_of(new_block, styles);
  const std::vector<std::uint32_t> a_ids = ids_of(a, ids), b_ids = ids_of(b, ids);
  Builder build(out, styles);
  for (const Segment& s : segments(texts_of(a), texts_of(b), a_ids, b_ids)) {
    if (s.keep) {
      for (std::size_t j = s.b0; j < s.b1; ++j) build.add(b[j], Revision::none);
      continue;
    }
    for (std::size_t i = s.a0; i < s.a1; ++i) build.add(a[i], Revision::deleted);
    for (std::size_t j = s.b0; j < s.b1; ++j) build.add(b[j], Revision::inserted);
  }
  build.flush();
}

}  // namespace ispgen::redline
