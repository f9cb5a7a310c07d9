#include "changes_since.hpp"

#include <algorithm>

#include "ispgen/diff.hpp"
#include "ispgen/model/resolve.hpp"
#include "signed_in_git.hpp"

namespace ispgen::cli {
namespace {

// The material changes between the signed snapshot and now, one line each, as `ispgen diff` prints them.
std::vector<std::string> material_lines(const SignedSnapshot& then, const Signable& now) {
  for (const model::Register& reg : then.registers) {
    const model::Protocol* old = model::find_protocol(reg, now.resolved.id);
    if (!old) continue;
    diff::ProtocolDiff d = diff::diff_protocol(reg, *old, *now.reg, *now.written);
    std::erase_if(d.changes, [](const diff::Change& c) { return c.change_class != diff::ChangeClass::material; });
    const std::string shown = then.commit.substr(0, 12) + ":" + (now.reg->folder.empty() ? "." : now.reg->folder);
    for (diff::Change& c : d.changes)
      if (c.old_at && c.old_at->file.str().starts_with(then.scratch))
        c.old_at->file = shown + c.old_at->file.str().substr(then.scratch.size());
    std::vector<std::string> lines;
    for (const diff::Change& c : d.changes) lines.push_back(diff::format_change_line(c));
    return lines;
  }
  return {};
}

// The version-history entries after `version`, one line each.
ChangesSince from_history(const model::Protocol& p, const std::string& version) {
  ChangesSince out;
  const auto signed_entry =
      std::find_if(p.history.begin(), p.history.end(), [&](const model::Version& v) { return v.version == version; });
  if (signed_entry == p.history.end()) {
    out.summary = "the changes since are unknown: version " + version +
                  " is not in the version history, and its content is in no git commit of the register";
    return out;
  }
  out.summary = "the version history since";
  out.source = "the signed content is not in git";
  for (auto v = signed_entry + 1; v != p.history.end(); ++v)
    out.lines.push_back(v->version + (v->date ? " (" + v->date->iso() + ")" : "") +
                        (v->summary.empty() ? "" : ": " + v->summary));
  if (out.lines.empty()) out.summary = "no later entry in the version history";
  return out;
}

}  // namespace

ChangesSince changes_since(const Signable& now, const sign::Record& signed_record, std::string_view template_identity) {
  const auto then = find_signed_in_git(now.reg->folder, now.resolved.id, signed_record.digest, template_identity);
  if (!then) return from_history(now.resolved, signed_record.version);
  ChangesSince out;
  out.source = "git commit " + then->commit.substr(0, 12);
  out.lines = material_lines(*then, now);
  const std::size_t n = out.lines.size();
  out.summary = n == 0 ? "no material changes since, only editorial ones"
                       : std::to_string(n) + (n == 1 ? " material change since" : " material changes since");
  return out;
}

}  // namespace ispgen::cli
