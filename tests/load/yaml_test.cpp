// The YAML layer: what the parser lets through and the loader must not, and how its errors read.
#include <catch2/catch.hpp>
#include <chrono>

#include "fixtures.hpp"

using namespace ispgen;
using test::count_code;
using test::find_code;

namespace {
model::Diagnostics load_text(const std::string& text, const load::Limits& limits = {}) {
  model::Diagnostics diags;
  load::load_protocol_text(text, "p/demo.yaml", diags, limits);
  return diags;
}
}  // namespace

TEST_CASE("the minimal protocol loads without a problem") {
  const auto diags = load_text(test::protocol_yaml);
  INFO(test::dump(diags));
  CHECK(diags.items().empty());
}

TEST_CASE("a duplicate key is an error at the second one") {
  const auto diags = load_text(test::replace(test::protocol_yaml, "title: Demo protocol\n", "title: A\ntitle: B\n"));
  REQUIRE(count_code(diags, "yaml-duplicate-key") == 1);
  const auto d = find_code(diags, "yaml-duplicate-key");
  CHECK(d.at.line == 3);
  CHECK(d.at.column == 1);
  CHECK(d.message == "duplicate key 'title' (first written on line 2)");
}

TEST_CASE("quoted and plain spellings of a key are the same key") {
  const auto diags = load_text("id: demo\n\"id\": demo\n");
  CHECK(count_code(diags, "yaml-duplicate-key") == 1);
}

TEST_CASE("a second document is refused") {
  CHECK(find_code(load_text("id: demo\n---\nid: other\n"), "yaml-multiple-documents").at.line == 2);
}

TEST_CASE("a line indented out of its list or map says so") {
  const auto list = find_code(load_text("- a\nb: c\n"), "yaml-syntax");
  CHECK(list.at.line == 2);
  CHECK(list.message ==
        "invalid YAML: this line is not indented like the items of the list that starts on line 1 (check the indentation)");
  const auto map = find_code(load_text("id: demo\nconsent:\n    model: explicit\n  form: x\n"), "yaml-syntax");
  CHECK(map.at.line == 4);
  CHECK(map.message ==
        "invalid YAML: this line is not indented like the keys of the map that starts on line 1 (check the indentation)");
}

TEST_CASE("a closed bracket with a mistake inside is not called unclosed") {
  const auto d = find_code(load_text("id: demo\ntitle: [a, b: c: d]\n"), "yaml-syntax");
  CHECK(d.message.starts_with("invalid YAML: "));
  CHECK(d.message.find("never closed") == std::string::npos);
}

TEST_CASE("a tab in the indentation is named as such") {
  const auto d = find_code(load_text("id: demo\nconsent:\n\tmodel: explicit\n"), "yaml-tab");
  CHECK(d.at.line == 3);
  CHECK(d.at.column == 1);
}

TEST_CASE("a syntax error carries its line and character column") {
  const auto d = find_code(load_text("id: demo\ntitle: x\nstatus: : :\n"), "yaml-syntax");
  CHECK(d.at.line == 3);
  CHECK(d.message.starts_with("invalid YAML: "));
  // Columns count characters, not bytes: 'ŷ' is two bytes but one column.
  const auto e = find_code(load_text("ab: ŵŷŵ: x\n"), "yaml-syntax");
  CHECK(e.at.column == 8);
}

TEST_CASE("an unclosed bracket is reported where it opens, not where the parser gave up") {
  const auto list = find_code(load_text("id: demo\ntitle: [a, b\nother: x\n"), "yaml-syntax");
  CHECK(list.message == "invalid YAML: '[' is never closed");
  CHECK(list.at.line == 2);
  CHECK(list.at.column == 8);
  const auto map = find_code(load_text("id: demo\nconsent: {model: explicit\nother: x\n"), "yaml-syntax");
  CHECK(map.message == "invalid YAML: '{' is never closed");
  CHECK(map.at.column == 10);
}

TEST_CASE("an unclosed flow list counts its real depth") {
  CHECK(count_code(load_text("x: " + std::string(40, '[') + "\n"), "yaml-depth") == 0);
  // The root map is level 1, so bracket k (at column 3 + k) is level k + 1: level 65 is column 67.
  CHECK(find_code(load_text("x: " + std::string(100, '[') + "\n"), "yaml-depth").at.column == 67);
}

TEST_CASE("quoted text left open to the end of the file is an error, not a swallowed file") {
  const auto d = find_code(load_text("id: demo\ntitle: \"Tŷ Cwm Taf\nstatus: active\n"), "yaml-syntax");
  CHECK(d.message == "invalid YAML: quoted text is never closed");
  CHECK(d.at.line == 2);
  CHECK(d.at.column == 8);
  CHECK(count_code(load_text("id: demo\ntitle: 'it''s closed'\n"), "yaml-syntax") == 0);
  CHECK(count_code(load_text("id: demo\ntitle: \"say \\\"hi\\\"\"\n"), "yaml-syntax") == 0);
  CHECK(count_code(load_text("id: demo\ntitle: 'left open\n"), "yaml-syntax") == 1);
}

TEST_CASE("nesting past the limit stops with a diagnostic, not a stack overflow") {
  const std::string deep = "a: " + std::string(20000, '[') + std::string(20000, ']') + "\n";
  const auto d = find_code(load_text(deep), "yaml-depth");
  CHECK(d.at.line == 1);
  CHECK(d.message == "nesting is deeper than 64 levels");
}

TEST_CASE("aliases may not expand past their budget") {
  // Each level refers six times to the one before: 10 * 6^7 nodes when expanded.
  std::string bomb = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int level = 1; level <= 7; ++level) {
    const std::string prev = "*l" + std::to_string(level - 1);
    bomb += "l" + std::to_string(level) + ": &l" + std::to_string(level) + " [";
    for (int i = 0; i < 6; ++i) bomb += (i ? ", " : "") + prev;
    bomb += "]\n";
  }
  CHECK(count_code(load_text(bomb), "yaml-alias-budget") == 1);
  // A few aliases are fine.
  CHECK(count_code(load_text("id: demo\nx: &r [a, b]\ny: *r\n"), "yaml-alias-budget") == 0);
}

TEST_CASE("aliases of lists copy what their anchors hold, even inside a value left out") {
  const std::string text = test::protocol_yaml +
                           "objectives: &o [first, &n second]\n"
                           "benefits: [*n, third]\n"
                           "informing: *o\n"
                           "service_users: &d [a]\n"
                           "service_users: &e [kept, for, *o]\n";
  model::Diagnostics diags;
  const model::Protocol p = load::load_protocol_text(text, "p/demo.yaml", diags);
  CHECK(count_code(diags, "yaml-duplicate-key") == 1);
  CHECK(p.objectives == std::vector<std::string>{"first", "second"});
  CHECK(p.benefits == std::vector<std::string>{"second", "third"});
  CHECK(p.informing == std::vector<std::string>{"first", "second"});
  const model::Protocol q =
      load::load_protocol_text(test::replace(text, "informing: *o\n", "") + "informing: *e\n", "p/demo.yaml", diags);
  // The dropped duplicate's list; the list its own alias adds is not text, so is left out.
  CHECK(q.informing == std::vector<std::string>{"kept", "for"});
  CHECK(count_code(diags, "wrong-type") == 1);
}

TEST_CASE("an anchor on every level of nested lists costs nothing without an alias") {
  std::string text = "id: demo\nx:\n";
  std::string indent;
  for (int level = 0; level < 60; ++level, indent += "  ") text += indent + "- &a" + std::to_string(level) + "\n";
  text += indent + "- [";
  for (int i = 0; i < 100'000; ++i) text += "1,";
  text += "1]\n";
  const auto started = std::chrono::steady_clock::now();
  const auto diags = load_text(text);
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(2));
  CHECK(count_code(diags, "unknown-key") == 1);
}

TEST_CASE("too many nodes is refused") {
  load::Limits limits;
  limits.max_nodes = 100;
  std::string many = "a: [";
  for (int i = 0; i < 200; ++i) many += "1,";
  many += "1]\n";
  CHECK(count_code(load_text(many, limits), "yaml-too-many-nodes") == 1);
}

TEST_CASE("tags and keys that are lists are refused") {
  CHECK(find_code(load_text("id: demo\ntitle: !!binary aGVsbG8=\n"), "yaml-tag").message ==
        "YAML tag '!!binary' is not supported");
  CHECK(count_code(load_text("id: demo\n? [a, b]\n: c\n"), "yaml-complex-key") == 1);
  CHECK(count_code(load_text("id: demo\ntitle: !!str 12\n"), "yaml-tag") == 0);
}

TEST_CASE("empty files and files of comments only are errors") {
  CHECK(count_code(load_text(""), "empty-file") == 1);
  CHECK(count_code(load_text("# nothing here\n"), "empty-file") == 1);
}

TEST_CASE("bytes that are not UTF-8 text are caught before YAML sees them") {
  CHECK(find_code(load_text("id: demo\ntitle: caf\xE9\n"), "invalid-utf8").at.line == 2);
  CHECK(find_code(load_text(std::string("id: d\0emo\n", 10)), "binary-file").at.column == 6);
  CHECK(find_code(load_text("id: demo\ntitle: a\x07\n"), "control-character").at.column == 9);
}

TEST_CASE("a byte order mark is allowed and does not shift columns") {
  const auto diags = load_text("\xEF\xBB\xBFid: demo\nnmae: x\n");
  const auto d = find_code(diags, "unknown-key");
  CHECK(d.at.line == 2);
  CHECK(d.at.column == 1);
}

TEST_CASE("common YAML mistakes are explained in plain words") {
  const auto key = find_code(load_text("id: demo\ntitle: Demo\nwrapped text\nstatus: active\n"), "yaml-syntax");
  CHECK(key.message ==
        "invalid YAML: expected ':' after the key on line 3 (text that goes on over lines must be indented under its key)");
  const auto anchor = find_code(load_text("id: demo\ntitle: & Co\n"), "yaml-syntax");
  CHECK(anchor.message == "invalid YAML: '&' and '*' must be followed by a name (put text that starts with them in quotes)");
  const auto colon = find_code(load_text("id: demo\ntitle: Police: Fire\n"), "yaml-syntax");
  CHECK(colon.at.line == 2);
  CHECK(colon.message.starts_with("invalid YAML: ':' is not allowed here"));
}
