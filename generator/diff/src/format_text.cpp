#include "describe.hpp"
#include "ispgen/diff.hpp"

namespace ispgen::diff {
namespace {

// The longest value printed whole; a longer one is cut at a character and ends in "…".
constexpr std::size_t max_value_bytes = 160;

std::string shortened(std::string_view text) {
  std::string out = one_line(text);
  if (out.size() <= max_value_bytes) return out;
  std::size_t cut = max_value_bytes;
  while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
  return out.substr(0, cut) + "…";
}

// ANSI colours, or nothing.
class Paint {
 public:
  explicit Paint(bool on) : on_(on) {}
  std::string operator()(std::string_view code, const std::string& text) const {
    return on_ ? "\033[" + std::string(code) + "m" + text + "\033[0m" : text;
  }

 private:
  bool on_;
};

constexpr std::string_view bold = "1", dim = "2", red = "31", green = "32", yellow = "33", magenta = "35";

std::string_view kind_colour(ChangeKind kind) {
  return kind == ChangeKind::added ? green : kind == ChangeKind::removed ? red : yellow;
}

std::string detail(const Change& c, const Paint& paint) {
  switch (c.kind) {
    case ChangeKind::added: return paint(green, shortened(c.new_value));
    case ChangeKind::removed: return paint(red, shortened(c.old_value));
    case ChangeKind::prose: {
      std::string out;
      for (const WordEdit& w : c.words) {
        std::string piece = one_line(w.text);
        if (w.op == WordEdit::Op::remove) piece = paint(red, "[-" + piece + "-]");
        if (w.op == WordEdit::Op::insert) piece = paint(green, "{+" + piece + "+}");
        out += (out.empty() ? "" : " ") + piece;
      }
      return out;
    }
    default: return paint(red, shortened(c.old_value)) + " -> " + paint(green, shortened(c.new_value));
  }
}

std::string side(const std::optional<model::Location>& at) {
  const std::string p = place(at);
  return p.empty() ? "-" : p;
}

void header(std::string& out, const ProtocolDiff& d, const Paint& paint) {
  out += paint(bold, d.id) + ": ";
  if (d.added) out += "added in " + d.new_file;
  else if (d.removed) out += "removed, was in " + d.old_file;
  else out += d.old_file + " -> " + d.new_file;
  out += "\n  " + counted(d) + ": " + d.bump() + " change";
  if (d.added) out += ", version " + d.new_version;
  else if (!d.removed) out += ", version " + d.old_version + " -> " + d.next_version();
  const std::vector<std::string> signers = d.must_resign();
  out += signers.empty() ? "; no partner need sign again" : "; must sign again: " + listed(signers);
  out += '\n';
}

std::string change_line(const Change& c, const Paint& paint) {
  return paint(bold, c.path.empty() ? "protocol" : c.path) + " " + paint(kind_colour(c.kind), std::string(kind_word(c.kind))) +
         ": " + detail(c, paint) + " " +
         (c.change_class == ChangeClass::material ? paint(magenta, "[material]") : "[editorial]") + " " +
         paint(dim, side(c.old_at) + " -> " + side(c.new_at));
}

}  // namespace

std::string format_change_line(const Change& change) { return change_line(change, Paint(false)); }

std::string format_text(const std::vector<ProtocolDiff>& diffs, bool colour) {
  if (diffs.empty()) return "no changes\n";
  const Paint paint(colour);
  std::string out;
  for (const ProtocolDiff& d : diffs) {
    header(out, d, paint);
    for (const Change& c : d.changes) out += "  " + change_line(c, paint) + '\n';
  }
  return out;
}

}  // namespace ispgen::diff
