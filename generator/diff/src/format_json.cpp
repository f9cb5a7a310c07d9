#include "describe.hpp"
#include "ispgen/diff.hpp"

namespace ispgen::diff {
namespace {

std::string strings(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + quoted(items[i]);
  return out + "]";
}

// One side of a change: where it is and its value, or null when the side has none.
std::string side(const std::optional<model::Location>& at, const std::string& value) {
  if (!at) return "null";
  return "{\"file\": " + quoted(at->file.str()) + ", \"line\": " + std::to_string(at->line) +
         ", \"column\": " + std::to_string(at->column) + ", \"value\": " + quoted(value) + "}";
}

std::string_view op_word(WordEdit::Op op) {
  return op == WordEdit::Op::keep ? "keep" : op == WordEdit::Op::remove ? "remove" : "insert";
}

void change(std::string& out, const Change& c, bool last) {
  const std::string in = "          ";
  out += "        {\n";
  out += in + "\"path\": " + quoted(c.path) + ",\n";
  out += in + "\"kind\": " + quoted(kind_word(c.kind)) + ",\n";
  out += in + "\"class\": " + quoted(class_word(c.change_class)) + ",\n";
  out += in + "\"reason\": " + quoted(c.reason) + ",\n";
  out += in + "\"old\": " + side(c.old_at, c.old_value) + ",\n";
  out += in + "\"new\": " + side(c.new_at, c.new_value) + ",\n";
  out += in + "\"words\": [";
  for (std::size_t i = 0; i < c.words.size(); ++i)
    out += std::string(i ? "," : "") + "\n" + in + "  {\"op\": " + quoted(op_word(c.words[i].op)) +
           ", \"text\": " + quoted(c.words[i].text) + "}";
  out += c.words.empty() ? "],\n" : "\n" + in + "],\n";
  out += in + "\"affected\": " + strings(c.affected) + "\n";
  out += last ? "        }\n" : "        },\n";
}

std::string_view status(const ProtocolDiff& d) { return d.added ? "added" : d.removed ? "removed" : "changed"; }

}  // namespace

std::string format_json(const std::vector<ProtocolDiff>& diffs) {
  std::string out = "{\n  \"protocols\": [";
  for (std::size_t p = 0; p < diffs.size(); ++p) {
    const ProtocolDiff& d = diffs[p];
    const std::string in = "      ";
    out += std::string(p ? "," : "") + "\n    {\n";
    out += in + "\"id\": " + quoted(d.id) + ",\n";
    out += in + "\"status\": " + quoted(status(d)) + ",\n";
    out += in + "\"old_file\": " + quoted(d.old_file) + ",\n";
    out += in + "\"new_file\": " + quoted(d.new_file) + ",\n";
    out += in + "\"old_version\": " + quoted(d.old_version) + ",\n";
    out += in + "\"new_version\": " + quoted(d.new_version) + ",\n";
    out += in + "\"bump\": " + quoted(d.bump()) + ",\n";
    out += in + "\"next_version\": " + quoted(d.next_version()) + ",\n";
    out += in + "\"must_resign\": " + strings(d.must_resign()) + ",\n";
    out += in + "\"changes\": [" + std::string(d.changes.empty() ? "]\n" : "\n");
    for (std::size_t i = 0; i < d.changes.size(); ++i) change(out, d.changes[i], i + 1 == d.changes.size());
    if (!d.changes.empty()) out += in + "]\n";
    out += "    }";
  }
  out += diffs.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

}  // namespace ispgen::diff
