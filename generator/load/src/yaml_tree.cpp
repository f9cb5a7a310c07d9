#include "yaml_tree.hpp"

#include <yaml.h>

#include <deque>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "ispgen/out_of_memory.hpp"
#include "ispgen/utf8.hpp"
#include "source.hpp"

namespace ispgen::load::yaml {
namespace {

// A problem that stops reading the file, thrown out of the event handler.
struct Stop {
  std::size_t offset;
  std::string code;
  std::string message;
};

// Byte offsets of libyaml's marks, which count characters from after any byte order mark.
class Offsets {
 public:
  Offsets(const std::string& text, std::size_t skipped) : text_(text), skipped_(skipped), byte_(skipped) {}

  std::size_t of(std::size_t characters) {
    if (characters < character_) {
      character_ = 0;
      byte_ = skipped_;
    }
    for (; character_ < characters && byte_ < text_.size(); ++character_) byte_ += sequence_length(byte_);
    return byte_;
  }

 private:
  std::size_t sequence_length(std::size_t at) const {
    const auto lead = static_cast<unsigned char>(text_[at]);
    return lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  }

  const std::string& text_;
  const std::size_t skipped_;
  std::size_t character_ = 0;
  std::size_t byte_;
};

std::string text_of(const yaml_char_t* bytes) {
  return bytes ? std::string(reinterpret_cast<const char*>(bytes)) : std::string();
}

class TreeBuilder {
 public:
  TreeBuilder(const std::string& text, std::size_t skipped, const std::string& display, const Limits& limits,
              model::Diagnostics& diags, RunTotals& run)
      : offsets_(text, skipped), file_(display), index_(text), limits_(limits), diags_(diags), run_(run) {}

  // The document, its aliases of lists and maps expanded into copies of their anchored nodes.
  std::optional<Node> take_root() {
    if (root_) expand_aliases(*root_);
    return std::move(root_);
  }

  std::size_t offset(const yaml_mark_t& mark) { return offsets_.of(mark.index); }

  // Builds the tree from one parser event; throws Stop for a problem that ends the reading.
  void handle(const yaml_event_t& e) {
    switch (e.type) {
      case YAML_DOCUMENT_START_EVENT: document_start(e); break;
      case YAML_ALIAS_EVENT: alias(e); break;
      case YAML_SCALAR_EVENT: scalar(e); break;
      case YAML_SEQUENCE_START_EVENT:
        open(Node::Kind::sequence, e.start_mark, e.data.sequence_start.tag, e.data.sequence_start.anchor);
        break;
      case YAML_MAPPING_START_EVENT:
        open(Node::Kind::map, e.start_mark, e.data.mapping_start.tag, e.data.mapping_start.anchor);
        break;
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT: close(); break;
      default: break;
    }
  }

 private:
  struct Frame {
    Node node;
    std::size_t offset = 0;
    int depth = 1;
    std::string anchor;
    std::size_t nodes = 1;
    std::size_t bytes = 0;  // text of its scalars and keys
    std::optional<Node> key;
    bool skip_value = false;
    std::unordered_set<std::string> keys;
  };

  model::Location at(const yaml_mark_t& mark) { return index_.locate(offset(mark), file_); }

  void document_start(const yaml_event_t& e) {
    if (!documents_++) return;
    throw Stop{offset(e.start_mark), "yaml-multiple-documents",
               e.data.document_start.implicit ? "content after the end of the document (check the indentation)"
                                              : "a second YAML document starts here; a file holds one document"};
  }

  void alias(const yaml_event_t& e) {
    const auto found = anchors_.find(text_of(e.data.alias.anchor));
    if (found == anchors_.end())
      throw Stop{offset(e.start_mark), "yaml-syntax", "invalid YAML: the referenced anchor is not defined"};
    const Anchor& a = found->second;
    alias_nodes_ += a.nodes;
    if (alias_nodes_ > limits_.max_alias_nodes)
      throw Stop{offset(e.start_mark), "yaml-alias-budget",
                 "aliases expand to more than " + std::to_string(limits_.max_alias_nodes) + " nodes"};
    alias_bytes_ += a.bytes;
    if (alias_bytes_ > limits_.max_alias_bytes)
      throw Stop{offset(e.start_mark), "yaml-alias-budget",
                 "aliases expand to more than " + std::to_string(limits_.max_alias_bytes) + " bytes of text"};
    run_.bytes += a.bytes;
    if (run_.bytes > limits_.max_run_bytes)
      throw Stop{offset(e.start_mark), "run-too-large", run_bytes_message(limits_)};
    count(a.nodes, e.start_mark);
    add(Node(a.stand_in), {}, a.nodes, a.bytes);
  }

  void scalar(const yaml_event_t& e) {
    const auto& s = e.data.scalar;
    count(1, e.start_mark);
    check_tag(s.tag, e.start_mark);
    Node n;
    n.at = at(e.start_mark);
    n.plain = s.style == YAML_PLAIN_SCALAR_STYLE && !s.tag;
    if (n.plain && s.length == 0) {
      add(std::move(n), text_of(s.anchor), 1, 0);  // an empty node: nothing
      return;
    }
    n.kind = Node::Kind::scalar;
    n.text.assign(reinterpret_cast<const char*>(s.value), s.length);
    // The file's bytes were checked before parsing; escapes in double quotes ("\x1e") were not.
    if (s.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE)
      if (const auto fault = find_text_fault(n.text))
        diags_.error(n.at, "control-character",
                     "control character " + describe_code_point(fault->code_point) + " is not allowed in text");
    const std::size_t bytes = n.text.size();
    add(std::move(n), text_of(s.anchor), 1, bytes);
  }

  void count(std::size_t n, const yaml_mark_t& mark) {
    nodes_ += n;
    if (nodes_ > limits_.max_nodes)
      throw Stop{offset(mark), "yaml-too-many-nodes",
                 "file holds more than " + std::to_string(limits_.max_nodes) + " YAML nodes"};
    run_.nodes += n;
    if (run_.nodes > limits_.max_run_nodes)
      throw Stop{offset(mark), "run-too-large",
                 "the files loaded in this run hold more than " + std::to_string(limits_.max_run_nodes) + " YAML nodes"};
  }

  void check_tag(const yaml_char_t* tag_bytes, const yaml_mark_t& mark) {
    static const std::string core = "tag:yaml.org,2002:";
    const std::string tag = text_of(tag_bytes);
    if (tag.empty() || tag == "!" || tag == core + "str") return;
    const std::string written = tag.starts_with(core) ? "!!" + tag.substr(core.size()) : tag;
    diags_.error(at(mark), "yaml-tag", "YAML tag '" + written + "' is not supported");
  }

  void open(Node::Kind kind, const yaml_mark_t& mark, const yaml_char_t* tag, const yaml_char_t* anchor) {
    count(1, mark);
    check_tag(tag, mark);
    Frame f;
    f.offset = offset(mark);
    if (!stack_.empty()) f.depth = stack_.back().depth + 1;
    if (f.depth > limits_.max_depth)
      throw Stop{f.offset, "yaml-depth", "nesting is deeper than " + std::to_string(limits_.max_depth) + " levels"};
    f.node.kind = kind;
    f.node.at = at(mark);
    f.anchor = text_of(anchor);
    stack_.push_back(std::move(f));
  }

  void close() {
    Frame f = std::move(stack_.back());
    stack_.pop_back();
    add(std::move(f.node), f.anchor, f.nodes, f.bytes);
  }

  // Remembers an anchored node: a text or nothing as a copy, a list or map by a stand-in that
  // names it (its items are copied only when the document ends, for each alias of it).
  void remember(Node& n, const std::string& anchor, std::size_t nodes, std::size_t bytes) {
    Anchor a{Node{}, nodes, bytes};
    if (n.kind == Node::Kind::sequence || n.kind == Node::Kind::map) {
      targets_.push_back(nullptr);
      n.anchor = static_cast<std::uint32_t>(targets_.size());
      a.stand_in.kind = n.kind;
      a.stand_in.at = n.at;
      a.stand_in.alias = n.anchor;
    } else {
      a.stand_in = n;
    }
    anchors_[anchor] = std::move(a);
  }

  void add(Node n, const std::string& anchor, std::size_t nodes, std::size_t bytes) {
    if (!anchor.empty()) remember(n, anchor, nodes, bytes);
    if (stack_.empty()) {
      root_ = std::move(n);
      return;
    }
    Frame& f = stack_.back();
    f.nodes += nodes;
    f.bytes += bytes;
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
    if (f.skip_value) {
      drop(std::move(*f.key));
      drop(std::move(n));
    } else {
      f.node.entries.push_back({std::move(*f.key), std::move(n)});
    }
    f.key.reset();
  }

  // Replaces each stand-in for an alias by a copy of its anchored node, in document order: an
  // anchor comes before its aliases, so its own aliases are expanded before it is copied.
  void expand_aliases(Node& root) {
    std::vector<Node*> todo{&root};
    while (!todo.empty()) {
      Node* n = todo.back();
      todo.pop_back();
      if (n->alias) *n = Node(*targets_[n->alias - 1]);  // its own stand-ins, if any, come next
      if (n->anchor && !targets_[n->anchor - 1]) targets_[n->anchor - 1] = n;
      for (auto it = n->entries.rbegin(); it != n->entries.rend(); ++it) {
        todo.push_back(&it->second);
        todo.push_back(&it->first);
      }
      for (auto it = n->items.rbegin(); it != n->items.rend(); ++it) todo.push_back(&*it);
    }
  }

  // Keeps a node left out of the tree (a duplicate key's value, a list used as a key) while an
  // alias may still copy an anchored node inside it.
  void drop(Node n) {
    Node& kept = dropped_.emplace_back(std::move(n));
    std::vector<Node*> todo{&kept};
    while (!todo.empty()) {
      Node* d = todo.back();
      todo.pop_back();
      if (d->anchor) targets_[d->anchor - 1] = d;
      for (auto& [key, value] : d->entries) {
        todo.push_back(&key);
        todo.push_back(&value);
      }
      for (Node& item : d->items) todo.push_back(&item);
    }
  }

  // What an alias of an anchor adds: its stand-in, nodes and bytes of text.
  struct Anchor {
    Node stand_in;
    std::size_t nodes = 0;
    std::size_t bytes = 0;
  };

  Offsets offsets_;
  const model::FileName file_;
  LineIndex index_;
  const Limits& limits_;
  model::Diagnostics& diags_;
  RunTotals& run_;
  std::vector<Frame> stack_;
  std::optional<Node> root_;
  std::unordered_map<std::string, Anchor> anchors_;
  std::vector<const Node*> targets_;  // by Node::anchor - 1: each anchored list or map, once the document ends
  std::deque<Node> dropped_;
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
// libyaml reports such tabs as a character that cannot start a token, or some error further on.
std::optional<std::size_t> indentation_tab(const std::string& text, std::size_t offset) {
  offset = std::min(offset, text.size());
  const std::size_t newline = offset == 0 ? std::string::npos : text.rfind('\n', offset - 1);
  std::size_t line = newline == std::string::npos ? 0 : newline + 1;
  for (int n = 0; n < 2 && line != std::string::npos; ++n, line = previous_line(text, line))
    for (std::size_t i = line; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i)
      if (text[i] == '\t') return i;
  return std::nullopt;
}

// The end of the quoted text starting at `start` (just past its closing quote), or npos.
std::size_t quote_end(const std::string& text, std::size_t start) {
  const char quote = text[start];
  for (std::size_t i = start + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
        continue;
      }
      return i + 1;
    }
  }
  return std::string::npos;
}

// Whether the quote, '[' or '{' at `start` has its closing partner somewhere after it: the
// brackets between are counted, quoted text skipped.
bool closes(const std::string& text, std::size_t start) {
  if (start >= text.size()) return true;
  if (text[start] == '"' || text[start] == '\'') return quote_end(text, start) != std::string::npos;
  if (text[start] != '[' && text[start] != '{') return true;
  std::vector<char> open;
  for (std::size_t i = start; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '[' || c == '{') {
      open.push_back(c);
    } else if (c == ']' || c == '}') {
      if (open.empty() || open.back() != (c == ']' ? '[' : '{')) return false;
      open.pop_back();
      if (open.empty()) return true;
    } else if ((c == '"' || c == '\'') && (text[i - 1] == ' ' || text[i - 1] == '[' || text[i - 1] == '{' || text[i - 1] == ',')) {
      const std::size_t end = quote_end(text, i);
      if (end == std::string::npos) return false;
      i = end - 1;
    }
  }
  return false;
}

// libyaml's words for the commonest mistakes, said as a protocol's author would understand them;
// `%` stands for the line the enclosing list or map starts on.
std::string plain_words(const std::string& problem, const std::string& context) {
  if (problem == "did not find expected key" && context == "while parsing a block mapping")
    return "this line is not indented like the keys of the map that starts on line % (check the indentation)";
  if (problem == "did not find expected '-' indicator" && context == "while parsing a block collection")
    return "this line is not indented like the items of the list that starts on line % (check the indentation)";
  if (problem == "did not find expected ',' or ']'") return "expected ',' or ']' in the list that starts on line %";
  if (problem == "did not find expected ',' or '}'") return "expected ',' or '}' in the map that starts on line %";
  if (problem == "mapping values are not allowed in this context")
    return "':' is not allowed here: check the indentation, or put text that holds \": \" in quotes";
  if (problem == "could not find expected ':'" && context == "while scanning a simple key")
    return "expected ':' after the key on line % (text that goes on over lines must be indented under its key)";
  if (problem == "did not find expected alphabetic or numeric character" &&
      (context == "while scanning an anchor" || context == "while scanning an alias"))
    return "'&' and '*' must be followed by a name (put text that starts with them in quotes)";
  if (problem == "block sequence entries are not allowed in this context")
    return "a '- ' list item is not allowed here (check the indentation)";
  if (problem == "found character that cannot start any token")
    return "this character cannot start a value (put the text in quotes)";
  return context.empty() ? problem : problem + " (" + context + " that starts on line %)";
}

// Reports the error that stopped libyaml, at the place that explains it.
template <class Fail>
std::nullopt_t fail_syntax(const yaml_parser_t& parser, TreeBuilder& builder, const std::string& text, Fail fail) {
  if (parser.error == YAML_MEMORY_ERROR) out_of_memory();
  if (parser.error == YAML_READER_ERROR)
    return fail(parser.problem_offset, "yaml-syntax",
                "invalid YAML: " + std::string(parser.problem ? parser.problem : "unreadable text"));
  const std::size_t offset = builder.offset(parser.problem_mark);
  if (const auto tab = indentation_tab(text, offset))
    return fail(*tab, "yaml-tab", "tab character in indentation; YAML indents with spaces");
  const std::string problem = parser.problem ? parser.problem : "unexpected text";
  const std::string context = parser.context ? parser.context : "";
  const std::size_t opened = context.empty() ? offset : builder.offset(parser.context_mark);
  if (context == "while scanning a quoted scalar" && !closes(text, opened))
    return fail(opened, "yaml-syntax", "invalid YAML: quoted text is never closed");
  if (context == "while parsing a flow sequence" && !closes(text, opened))
    return fail(opened, "yaml-syntax", "invalid YAML: '[' is never closed");
  if (context == "while parsing a flow mapping" && !closes(text, opened))
    return fail(opened, "yaml-syntax", "invalid YAML: '{' is never closed");
  std::string message = plain_words(problem, context);
  if (const std::size_t at = message.find('%'); at != std::string::npos)
    message.replace(at, 1, std::to_string(parser.context_mark.line + 1));
  return fail(offset, "yaml-syntax", "invalid YAML: " + message);
}

}  // namespace

std::string run_bytes_message(const Limits& limits) {
  return "the files loaded in this run hold more than " + std::to_string(limits.max_run_bytes >> 20) + " MiB of text";
}

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
                          model::Diagnostics& diags, RunTotals& run) {
  // libyaml skips a byte order mark; positions are reckoned in the text as written.
  const std::size_t bom = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  TreeBuilder builder(text, bom, display, limits, diags, run);
  const auto fail = [&](std::size_t offset, const std::string& code, const std::string& message) {
    diags.error(LineIndex(text).locate(offset, display), code, message);
    return std::nullopt;
  };
  std::unique_ptr<yaml_parser_t, void (*)(yaml_parser_t*)> parser(new yaml_parser_t, [](yaml_parser_t* p) {
    yaml_parser_delete(p);
    delete p;
  });
  if (!yaml_parser_initialize(parser.get())) out_of_memory();
  yaml_parser_set_input_string(parser.get(), reinterpret_cast<const unsigned char*>(text.data()), text.size());
  try {
    for (bool more = true; more;) {
      yaml_event_t event;
      if (!yaml_parser_parse(parser.get(), &event)) return fail_syntax(*parser, builder, text, fail);
      const std::unique_ptr<yaml_event_t, void (*)(yaml_event_t*)> owned(&event, yaml_event_delete);
      more = event.type != YAML_STREAM_END_EVENT;
      builder.handle(event);
    }
  } catch (const Stop& stop) {
    return fail(stop.offset, stop.code, stop.message);
  }
  std::optional<Node> root = builder.take_root();
  if (!root || root->kind == Node::Kind::null)
    return fail(0, "empty-file", "file is empty; a protocol file holds a YAML map");
  return root;
}

}  // namespace ispgen::load::yaml
