#include "describe.hpp"
#include "ispgen/diff.hpp"
#include "ispgen/markdown.hpp"

namespace ispgen::diff {
namespace {

std::string md(std::string_view text) { return markdown::escape(one_line(text)); }

// One side of a prose change: the words kept, and those only on this side marked with `mark`.
std::string prose_side(const Change& c, WordEdit::Op own, std::string_view mark) {
  std::string out;
  for (const WordEdit& w : c.words) {
    if (w.op != WordEdit::Op::keep && w.op != own) continue;
    std::string piece = md(w.text);
    if (w.op == own) piece = std::string(mark) + piece + std::string(mark);
    out += (out.empty() ? "" : " ") + piece;
  }
  return out;
}

std::string was(const Change& c) {
  return c.kind == ChangeKind::prose ? prose_side(c, WordEdit::Op::remove, "~~") : md(c.old_value);
}

std::string now(const Change& c) {
  return c.kind == ChangeKind::prose ? prose_side(c, WordEdit::Op::insert, "**") : md(c.new_value);
}

std::string lines(const Change& c) {
  const std::string a = place(c.old_at), b = place(c.new_at);
  return md(a.empty() ? "–" : a) + " → " + md(b.empty() ? "–" : b);
}

void section(std::string& out, const ProtocolDiff& d) {
  out += "## " + md(d.id) + "\n\n";
  if (d.added) out += "A new protocol, in " + md(d.new_file) + ".\n\n";
  else if (d.removed) out += "Removed; it was in " + md(d.old_file) + ".\n\n";
  else out += "From " + md(d.old_file) + " to " + md(d.new_file) + ".\n\n";
  out += "**Version:** " + (d.old_version.empty() ? std::string("none") : md(d.old_version));
  if (!d.next_version().empty()) out += " → **" + md(d.next_version()) + "**";
  out += " (" + d.bump() + " change; " + counted(d) + ").\n\n";
  const std::vector<std::string> signers = d.must_resign();
  out += signers.empty() ? std::string("**Must sign again:** no partner; every change is editorial.\n\n")
                         : "**Must sign again:** " + md(listed(signers)) + ".\n\n";
  out += "| Where | Change | Was | Now | Class | Affects | Lines |\n";
  out += "|---|---|---|---|---|---|---|\n";
  for (const Change& c : d.changes) {
    out += "| " + md(c.path.empty() ? "the protocol" : c.path) + " | " + std::string(kind_word(c.kind)) + " | " +
           was(c) + " | " + now(c) + " | " + std::string(class_word(c.change_class)) + ": " + md(c.reason) +
           " | " + md(listed(c.affected)) + " | " + lines(c) + " |\n";
  }
  out += '\n';
}

}  // namespace

std::string format_markdown(const std::vector<ProtocolDiff>& diffs) {
  if (diffs.empty()) return "No changes.\n";
  std::string out;
  for (const ProtocolDiff& d : diffs) section(out, d);
  out.pop_back();
  return out;
}

}  // namespace ispgen::diff
