#include "yaml_tree.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "source.hpp"

namespace ispgen::load::yaml {
namespace {

// A problem that stops reading the file, thrown out of the event handler.
struct Stop {
  std::size_t offset;
  std::string code;
  std::string message;
};

// The bytes of text (scalars and keys) in `root`, counted without recursion.
std::size_t text_bytes(const Node& root) {
  std::size_t bytes = 0;
  std::vector<const Node*> todo{&root};
  while (!todo.empty()) {
    const Node* n = todo.back();
    todo.pop_back();
    bytes += n->text.size();
    for (const Node& item : n->items) todo.push_back(&item);
    for (const auto& [key, value] : n->entries) {
      todo.push_back(&key);
      todo.push_back(&value);
    }
  }
  return bytes;
}

class TreeBuilder final : public YAML::EventHandler {
 public:
  // `skipped` is the length of a byte order mark: yaml-cpp's offsets start after it.
  TreeBuilder(const std::string& text, std::size_t skipped, const std::string& display, const Limits& limits,
              model::Diagnostics& diags)
      : text_(text), skipped_(skipped), display_(display), index_(text), limits_(limits), diags_(diags) {}

  std::optional<Node> take_root() { return std::move(root_); }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (!documents_++) return;
    const bool marker = text_.compare(offset(mark), 3, "---") == 0;
    throw Stop{offset(mark), "yaml-multiple-documents",
               marker ? "a second YAML document starts here; a file holds one document"
                      : "content after the end of the document (check the indentation)"};
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Node n;
    n.at = at(mark);
    add(std::move(n), anchor, 1);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const auto found = anchors_.find(anchor);
    if (found == anchors_.end()) throw Stop{offset(mark), "yaml-syntax", "alias to an unknown anchor"};
    alias_nodes_ += found->second.second;
    if (alias_nodes_ > limits_.max_alias_nodes)
      throw Stop{offset(mark), "yaml-alias-budget",
                 "aliases expand to more than " + std::to_string(limits_.max_alias_nodes) + " nodes"};
    alias_bytes_ += text_bytes(found->second.first);
    if (alias_bytes_ > limits_.max_alias_bytes)
      throw Stop{offset(mark), "yaml-alias-budget",
                 "aliases expand to more than " + std::to_string(limits_.max_alias_bytes) + " bytes of text"};
    count(found->second.second, mark);
    add(Node(found->second.first), 0, found->second.second);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    count(1, mark);
    check_tag(tag, mark);
    if (tag == "!" && !quote_closes(offset(mark)))
      throw Stop{offset(mark), "yaml-syntax", "invalid YAML: quoted text is never closed"};
    Node n;
    n.kind = Node::Kind::scalar;
    n.text = value;
    n.plain = tag == "?";
    n.at = at(mark);
    add(std::move(n), anchor, 1);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(Node::Kind::sequence, mark, tag, anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(Node::Kind::map, mark, tag, anchor, style == YAML::EmitterStyle::Flow);
  }

  void OnMapEnd() override { close(); }

  // Where the innermost flow list ('[') or flow map ('{') still open begins, if any.
  std::optional<std::size_t> open_flow(Node::Kind kind) const {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
      if (it->flow && it->node.kind == kind && it->offset < text_.size() &&
          text_[it->offset] == (kind == Node::Kind::sequence ? '[' : '{'))
        return it->offset;
    return std::nullopt;
  }

 private:
  struct Frame {
    Node node;
    std::size_t offset = 0;
    bool flow = false;
    int depth = 1;  // collections above and including this one that start at distinct places
    YAML::anchor_t anchor = 0;
    std::size_t nodes = 1;
    std::optional<Node> key;
    bool skip_value = false;
    std::unordered_set<std::string> keys;
  };

  std::size_t offset(const YAML::Mark& mark) const { return skipped_ + static_cast<std::size_t>(std::max(0, mark.pos)); }
  model::Location at(const YAML::Mark& mark) { return index_.locate(offset(mark), display_); }

  // Whether the quoted scalar starting at `start` has its closing quote: yaml-cpp lets one that
  // runs to the end of the file through, swallowing the rest of the file.
  bool quote_closes(std::size_t start) const {
    if (start >= text_.size() || (text_[start] != '"' && text_[start] != '\'')) return true;
    const char quote = text_[start];
    for (std::size_t i = start + 1; i < text_.size(); ++i) {
      if (quote == '"' && text_[i] == '\\') {
        ++i;
      } else if (text_[i] == quote) {
        if (quote == '\'' && i + 1 < text_.size() && text_[i + 1] == '\'') {
          ++i;
          continue;
        }
        return true;
      }
    }
    return false;
  }

  void count(std::size_t n, const YAML::Mark& mark) {
    nodes_ += n;
    if (nodes_ > limits_.max_nodes)
      throw Stop{offset(mark), "yaml-too-many-nodes",
                 "file holds more than " + std::to_string(limits_.max_nodes) + " YAML nodes"};
  }

  void check_tag(const std::string& tag, const YAML::Mark& mark) {
    static const std::string core = "tag:yaml.org,2002:";
    if (tag.empty() || tag == "?" || tag == "!" || tag == core + "str") return;
    const std::string written = tag.starts_with(core) ? "!!" + tag.substr(core.size()) : tag;
    diags_.error(at(mark), "yaml-tag", "YAML tag '" + written + "' is not supported");
  }

  // yaml-cpp opens an implicit one-entry map at the same place as each '[' of an unclosed flow
  // list; nesting is counted by distinct starting places so such maps do not count twice.
  void open(Node::Kind kind, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, bool flow) {
    count(1, mark);
    check_tag(tag, mark);
    Frame f;
    f.offset = offset(mark);
    if (!stack_.empty()) f.depth = stack_.back().depth + (stack_.back().offset == f.offset ? 0 : 1);
    if (f.depth > limits_.max_depth)
      throw Stop{offset(mark), "yaml-depth",
                 "nesting is deeper than " + std::to_string(limits_.max_depth) + " levels"};
    f.flow = flow;
    f.node.kind = kind;
    f.node.at = at(mark);
    f.anchor = anchor;
    stack_.push_back(std::move(f));
  }

  void close() {
    Frame f = std::move(stack_.back());
    stack_.pop_back();
    add(std::move(f.node), f.anchor, f.nodes);
  }

  void add(Node n, YAML::anchor_t anchor, std::size_t nodes) {
    if (anchor) anchors_[anchor] = {n, nodes};
    if (stack_.empty()) {
      root_ = std::move(n);
      return;
    }
    Frame& f = stack_.back();
    f.nodes += nodes;
    if (f.node.kind == Node::Kind::sequence) {
      f.node.items.push_back(std::move(n));
      return;
    }
    if (!f.key) {
      f.skip_value = false;
      if (n.kind == Node::Kind::sequence || n.kind == Node::Kind::map) {
        diags_.error(n.at, "yaml-complex-key", "a key must be plain text, not " + std::string(describe(n)));
        f.skip_value = true;
      } else if (!f.keys.insert(n.text).second) {
        int first_line = 0;
        for (const auto& [key, value] : f.node.entries)
          if (key.text == n.text) first_line = key.at.line;
        diags_.error(n.at, "yaml-duplicate-key",
                     "duplicate key '" + n.text + "' (first written on line " + std::to_string(first_line) + ")");
        f.skip_value = true;
      }
      f.key = std::move(n);
      return;
    }
    if (!f.skip_value) f.node.entries.emplace_back(std::move(*f.key), std::move(n));
    f.key.reset();
  }

  const std::string& text_;
  const std::size_t skipped_;
  const std::string& display_;
  LineIndex index_;
  const Limits& limits_;
  model::Diagnostics& diags_;
  std::vector<Frame> stack_;
  std::optional<Node> root_;
  std::unordered_map<YAML::anchor_t, std::pair<Node, std::size_t>> anchors_;
  std::size_t nodes_ = 0;
  std::size_t alias_nodes_ = 0;
  std::size_t alias_bytes_ = 0;
  int documents_ = 0;
};

// The start of the line before the one starting at `line_start`, or npos on the first line.
std::size_t previous_line(const std::string& text, std::size_t line_start) {
  if (line_start == 0) return std::string::npos;
  const std::size_t newline = line_start < 2 ? std::string::npos : text.rfind('\n', line_start - 2);
  return newline == std::string::npos ? 0 : newline + 1;
}

// The offset of a tab in the indentation of the line holding `offset` or the line before it:
// yaml-cpp reports such tabs as some other error further on.
std::optional<std::size_t> indentation_tab(const std::string& text, std::size_t offset) {
  offset = std::min(offset, text.size());
  const std::size_t newline = offset == 0 ? std::string::npos : text.rfind('\n', offset - 1);
  std::size_t line = newline == std::string::npos ? 0 : newline + 1;
  for (int n = 0; n < 2 && line != std::string::npos; ++n, line = previous_line(text, line))
    for (std::size_t i = line; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i)
      if (text[i] == '\t') return i;
  return std::nullopt;
}

}  // namespace

std::string_view describe(const Node& node) {
  switch (node.kind) {
    case Node::Kind::null: return "nothing";
    case Node::Kind::scalar: return "text";
    case Node::Kind::sequence: return "a list";
    case Node::Kind::map: return "a map";
  }
  return "nothing";
}

std::optional<Node> parse(const std::string& text, const std::string& display, const Limits& limits,
                          model::Diagnostics& diags) {
  // yaml-cpp skips a byte order mark; positions are reckoned in the text as written.
  const std::size_t bom = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  TreeBuilder builder(text, bom, display, limits, diags);
  const auto fail = [&](std::size_t offset, const std::string& code, const std::string& message) {
    diags.error(LineIndex(text).locate(offset, display), code, message);
    return std::nullopt;
  };
  try {
    std::istringstream in(text);
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const Stop& stop) {
    return fail(stop.offset, stop.code, stop.message);
  } catch (const YAML::Exception& e) {
    const std::size_t offset = bom + static_cast<std::size_t>(std::max(0, e.mark.pos));
    if (const auto tab = indentation_tab(text, offset))
      return fail(*tab, "yaml-tab", "tab character in indentation; YAML indents with spaces");
    for (const auto& [kind, bracket] : {std::pair{Node::Kind::sequence, "'['"}, std::pair{Node::Kind::map, "'{'"}}) {
      const bool unclosed = e.msg == (kind == Node::Kind::sequence ? YAML::ErrorMsg::END_OF_SEQ_FLOW
                                                                  : YAML::ErrorMsg::END_OF_MAP_FLOW);
      if (const auto opener = builder.open_flow(kind); unclosed && opener)
        return fail(*opener, "yaml-syntax", std::string("invalid YAML: ") + bracket + " is never closed");
    }
    return fail(offset, "yaml-syntax", "invalid YAML: " + e.msg);
  }
  std::optional<Node> root = builder.take_root();
  if (!root || root->kind == Node::Kind::null)
    return fail(0, "empty-file", "file is empty; a protocol file holds a YAML map");
  return root;
}

}  // namespace ispgen::load::yaml
