// The example registers in protocols/: each compared with itself has no changes, and with a copy
// edited in a temporary folder shows exactly the edits, one of every kind of change.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "diff_fixture.hpp"

using namespace ispgen;
namespace fs = std::filesystem;

namespace {

struct Example {
  std::string folder;    // under protocols/
  std::string protocol;  // its protocol file
  std::string item_id;   // a data item to rename
  std::string partner;   // the first partner of partners.yaml, which the protocol names
};

const Example examples[] = {
    {"cwm-taf", "cwm-taf-prevent-channel.yaml", "alias", "MTCBC"},
    {"stockport", "stockport-overarching.yaml", "nature-of-problem", "GMP"},
    {"warwickshire", "warwickshire-community-safety.yaml", "nature-of-problem", "WP"},
};

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::string text_of(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += line + '\n';
  return out;
}

// The index of the line that starts with `start`; fails loudly if there is none.
std::size_t line_starting(const std::vector<std::string>& lines, const std::string& start) {
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines[i].starts_with(start)) return i;
  throw std::runtime_error("example lacks a line starting " + start);
}

// The protocol with one edit of each kind: a value changed, prose, a list reordered, an element
// added, a list member removed, a data item renamed (with the references to it).
std::string edited_protocol(const std::string& text, const Example& e) {
  std::vector<std::string> lines = lines_of(test::replace_all(text, e.item_id, "renamed-item"));
  lines[line_starting(lines, "marking:")] = "marking: OFFICIAL-SENSITIVE";
  std::string& purpose = lines[line_starting(lines, "purpose: |") + 1];
  purpose.insert(2, "Together, ");
  const std::size_t objectives = line_starting(lines, "objectives:");
  std::swap(lines[objectives + 1], lines[objectives + 2]);
  const std::size_t glossary = line_starting(lines, "glossary:");
  lines.insert(lines.begin() + static_cast<long>(glossary) + 1, "  - {term: Added term, definition: A term the edit adds.}");
  const std::size_t users = line_starting(lines, "service_users:");
  lines.erase(lines.begin() + static_cast<long>(users) + 1);
  return text_of(lines);
}

// The partner directory with its first partner's name changed.
std::string edited_partners(const std::string& text) {
  std::vector<std::string> lines = lines_of(text);
  lines[line_starting(lines, "    name: ")] += " (renamed)";
  return text_of(lines);
}

// The example register copied to `to`.
void copy_register(const Example& e, const fs::path& to) {
  fs::create_directories(to);
  fs::copy(fs::path(ISPGEN_SOURCE_DIR) / "protocols" / e.folder, to, fs::copy_options::recursive);
}

}  // namespace

TEST_CASE("each example register compared with itself has no changes") {
  for (const Example& e : examples) {
    INFO(e.folder);
    const std::string path = std::string(ISPGEN_SOURCE_DIR) + "/protocols/" + e.folder;
    const auto a = load::load_paths({path});
    REQUIRE_FALSE(a.unreadable);
    REQUIRE(a.registers.size() == 1);
    CHECK(diff::diff_registers(a.registers, a.registers).empty());
    test::TempFolder dir;
    copy_register(e, dir.path() / "copy");
    const auto b = load::load_paths({(dir.path() / "copy").string()});
    const auto diffs = diff::diff_registers(a.registers, b.registers);
    CHECK(diffs.empty());
    CHECK(diff::format_json(diffs) == "{\n  \"protocols\": []\n}\n");
  }
}

TEST_CASE("each example register against an edited copy shows exactly the edits") {
  for (const Example& e : examples) {
    INFO(e.folder);
    test::TempFolder dir;
    copy_register(e, dir.path() / "old");
    copy_register(e, dir.path() / "new");
    const fs::path protocol = dir.path() / "new" / e.protocol, partners = dir.path() / "new" / "partners.yaml";
    const std::string edited = edited_protocol(read(protocol), e);
    const std::string directory = edited_partners(read(partners));
    std::ofstream(protocol, std::ios::binary) << edited;
    std::ofstream(partners, std::ios::binary) << directory;

    const auto a = load::load_paths({(dir.path() / "old").string()});
    const auto b = load::load_paths({(dir.path() / "new").string()});
    INFO(test::dump(b.diagnostics));
    REQUIRE_FALSE(b.unreadable);
    const auto diffs = diff::diff_registers(a.registers, b.registers);
    REQUIRE(diffs.size() == 1);
    const diff::ProtocolDiff& d = diffs[0];
    INFO(test::listing(d));

    std::multiset<std::string> got, want = {"marking changed",
                                            "purpose prose",
                                            "objectives reordered",
                                            "glossary.Added term added",
                                            "service_users removed",
                                            "data_items.renamed-item renamed",
                                            "partners." + e.partner + ".name changed"};
    const std::string listing = test::listing(d);
    for (const std::string& line : lines_of(listing)) got.insert(line);
    CHECK(got == want);

    std::set<diff::ChangeKind> kinds;
    for (const diff::Change& c : d.changes) {
      kinds.insert(c.kind);
      INFO(c.path);
      CHECK((c.old_at || c.new_at));
      if (c.old_at) CHECK(c.old_at->file.str().find("/old/") != std::string::npos);
      if (c.new_at) CHECK(c.new_at->file.str().find("/new/") != std::string::npos);
    }
    CHECK(kinds.size() == 6);
    const diff::Change* name = test::change_at(d, "partners." + e.partner + ".name");
    REQUIRE(name);
    CHECK(name->new_at->file.str().ends_with("new/partners.yaml"));
    CHECK(name->new_value == name->old_value + " (renamed)");
    const diff::Change* purpose = test::change_at(d, "purpose");
    REQUIRE(purpose);
    REQUIRE(purpose->words.size() == 2);
    CHECK(purpose->words[0].op == diff::WordEdit::Op::insert);
    CHECK(purpose->words[0].text == "Together,");
    CHECK(d.bump() == "major");
    CHECK(d.next_version() == "2.0");
    CHECK_FALSE(d.must_resign().empty());

    // The same input, the same reports.
    const auto again = diff::diff_registers(a.registers, b.registers);
    CHECK(diff::format_json(diffs) == diff::format_json(again));
    CHECK(diff::format_text(diffs, true) == diff::format_text(again, true));
    CHECK(diff::format_markdown(diffs) == diff::format_markdown(again));
  }
}
