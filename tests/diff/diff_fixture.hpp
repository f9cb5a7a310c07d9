#pragma once
// Diff fixtures: two versions of a register written side by side, as old/ and new/ in one
// temporary folder, loaded and compared.
#include <sstream>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "ispgen/diff.hpp"

namespace ispgen::test {

// Two versions of the files of a register (name -> text), loaded from one temporary folder.
struct Versions {
  load::Result old_side, new_side;
  std::string folder;  // the temporary folder with a final '/': strip it to get "old/..." and "new/..."

  std::vector<diff::ProtocolDiff> diffs() const { return diff::diff_registers(old_side.registers, new_side.registers); }
};

inline Versions load_versions(const std::map<std::string, std::string>& old_files,
                              const std::map<std::string, std::string>& new_files) {
  TempFolder dir;
  for (const auto& [name, text] : old_files) dir.write("old/" + name, text);
  for (const auto& [name, text] : new_files) dir.write("new/" + name, text);
  const std::string root = dir.path().string() + "/";
  return {load::load_paths({root + "old"}), load::load_paths({root + "new"}), root};
}

// The demo register (fixture partners and gateways) with demo.yaml as `old_text` and `new_text`.
inline Versions demo_versions(const std::string& old_text, const std::string& new_text,
                              const std::string& old_partners = partners_yaml,
                              const std::string& new_partners = partners_yaml) {
  return load_versions({{"partners.yaml", old_partners}, {"gateways.yaml", gateways_yaml}, {"demo.yaml", old_text}},
                       {{"partners.yaml", new_partners}, {"gateways.yaml", gateways_yaml}, {"demo.yaml", new_text}});
}

// The diff of demo.yaml between the two texts, by diff_protocol.
inline diff::ProtocolDiff demo_diff(const std::string& old_text, const std::string& new_text,
                                    const std::string& old_partners = partners_yaml,
                                    const std::string& new_partners = partners_yaml) {
  const Versions v = demo_versions(old_text, new_text, old_partners, new_partners);
  const model::Register& a = v.old_side.registers.at(0);
  const model::Register& b = v.new_side.registers.at(0);
  return diff::diff_protocol(a, a.protocols.at(0), b, b.protocols.at(0));
}

// `text` with every `from` replaced by `to`; fails loudly if there is none.
inline std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  if (text.find(from) == std::string::npos) throw std::runtime_error("fixture lacks: " + from);
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

// Each change as "path kind", one a line, for exact comparisons and failure messages.
inline std::string listing(const diff::ProtocolDiff& d) {
  static const char* const kinds[] = {"added", "removed", "changed", "reordered", "prose", "renamed"};
  std::ostringstream out;
  for (const diff::Change& c : d.changes) out << c.path << ' ' << kinds[static_cast<int>(c.kind)] << '\n';
  return out.str();
}

// The one change of `d`, checked to be of `kind` at `path` with these values.
inline const diff::Change& sole_change(const diff::ProtocolDiff& d, diff::ChangeKind kind, const std::string& path,
                                       const std::string& old_value, const std::string& new_value) {
  INFO(listing(d));
  REQUIRE(d.changes.size() == 1);
  const diff::Change& c = d.changes[0];
  CHECK(c.kind == kind);
  CHECK(c.path == path);
  CHECK(c.old_value == old_value);
  CHECK(c.new_value == new_value);
  return c;
}

// The first change at `path`, or nullptr.
inline const diff::Change* change_at(const diff::ProtocolDiff& d, const std::string& path) {
  for (const diff::Change& c : d.changes)
    if (c.path == path) return &c;
  return nullptr;
}

// `text` with every `from` replaced by `to` (none is fine).
inline std::string without(std::string text, const std::string& from, const std::string& to = "") {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

}  // namespace ispgen::test
