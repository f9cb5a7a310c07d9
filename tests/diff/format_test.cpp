// The reports: text (with and without colour), Markdown (escaped), JSON (a golden file), and the
// version-history entry.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

#include "diff_fixture.hpp"

using namespace ispgen;

namespace {

const std::string golden_path = std::string(ISPGEN_SOURCE_DIR) + "/tests/diff/expected.json";

// Two versions of the demo register with a change of most kinds, and a protocol added.
test::Versions sample() {
  std::string changed = test::replace(test::protocol_yaml, "marking: OFFICIAL", "marking: OFFICIAL-SENSITIVE");
  changed = test::replace(changed, "  - {id: offences, name: Offences, category: criminal-offence}\n",
                          "  - {id: offences, name: Offences, category: criminal-offence}\n"
                          "  - {id: address, name: Address, category: personal}\n");
  changed = test::replace(changed, "shares: [name, health, offences]", "shares: [health, name, offences, address]");
  changed = test::replace(changed, "    name: Referral\n",
                          "    name: Referral\n    description: A partner refers the person, saying why support \"fits\".\n");
  const std::string old = test::replace(test::protocol_yaml, "    name: Referral\n",
                                        "    name: Referral\n    description: A partner refers the person, saying why.\n");
  const std::string partners = test::replace(test::partners_yaml, "name: South Wales Police", "name: Heddlu De Cymru");
  const std::string other = test::replace_all(test::protocol_yaml, "id: demo", "id: other");
  return test::load_versions(
      {{"partners.yaml", test::partners_yaml}, {"gateways.yaml", test::gateways_yaml}, {"demo.yaml", old}},
      {{"partners.yaml", partners}, {"gateways.yaml", test::gateways_yaml}, {"demo.yaml", changed},
       {"other.yaml", other}});
}

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST_CASE("the JSON report matches tests/diff/expected.json") {
  const test::Versions v = sample();
  const std::string json = test::without(diff::format_json(v.diffs()), v.folder);
  if (std::getenv("ISPGEN_UPDATE_GOLDEN")) {
    std::ofstream(golden_path, std::ios::binary) << json;
    WARN("wrote " << golden_path);
  }
  INFO("if the change is meant, look at the difference, then accept it with\n"
       "  ISPGEN_UPDATE_GOLDEN=1 build/tests/diff/test_diff \"the JSON report matches tests/diff/expected.json\"");
  CHECK(json == read(golden_path));
}

TEST_CASE("JSON strings are escaped and a report without changes is an empty list") {
  CHECK(diff::format_json({}) == "{\n  \"protocols\": []\n}\n");
  diff::ProtocolDiff d;
  d.id = "a\"b\\c";
  diff::Change c;
  c.path = "purpose";
  c.old_at = model::Location{"x.yaml", 3, 1};
  c.old_value = "line\none\ttab \x01 end";
  d.changes.push_back(c);
  const std::string json = diff::format_json({d});
  CHECK(json.find("\"id\": \"a\\\"b\\\\c\"") != std::string::npos);
  CHECK(json.find("\"value\": \"line\\none\\ttab \\u0001 end\"") != std::string::npos);
  CHECK(json.find("\"new\": null") != std::string::npos);
  CHECK(json.find("\"words\": []") != std::string::npos);
}

TEST_CASE("the text report: one line a change, with places on both sides; colour only when asked") {
  const test::Versions v = sample();
  const auto diffs = v.diffs();
  const std::string plain = test::without(diff::format_text(diffs, false), v.folder);
  INFO(plain);
  CHECK(plain.find("\033[") == std::string::npos);
  CHECK(plain.starts_with("demo: old/demo.yaml -> new/demo.yaml\n"
                          "  6 changes (3 material, 3 editorial): major change, version 1.1 -> 2.0; must sign again: "
                          "MTCBC, SWP\n"));
  CHECK(plain.find("\n  marking changed: OFFICIAL -> OFFICIAL-SENSITIVE [material] old/demo.yaml:6 -> new/demo.yaml:6\n") !=
        std::string::npos);
  CHECK(plain.find("\n  partners.SWP.name changed: South Wales Police -> Heddlu De Cymru [editorial] "
                   "old/partners.yaml:3 -> new/partners.yaml:3\n") != std::string::npos);
  CHECK(plain.find("\n  stages.refer.description prose: … refers the person, saying [-why.-] {+why support "
                   "\"fits\".+} [editorial] old/demo.yaml:32 -> new/demo.yaml:33\n") != std::string::npos);
  CHECK(plain.find("\n  stages.refer.shares reordered: name, health, offences -> health, name, offences, address "
                   "[editorial]") != std::string::npos);
  CHECK(plain.find("\n  data_items.address added: Address [material] - -> new/demo.yaml:18\n") != std::string::npos);
  CHECK(plain.find("\nother: added in new/other.yaml\n  1 change (1 material, 0 editorial): major change, version 1.1; "
                   "must sign again: MTCBC, SWP\n") != std::string::npos);
  CHECK(plain.find("\n  protocol added: Demo protocol [material] - -> new/other.yaml:1\n") != std::string::npos);

  const std::string colour = diff::format_text(diffs, true);
  CHECK(colour.find("\033[31m[-why.-]\033[0m") != std::string::npos);
  CHECK(colour.find("\033[32m{+why support") != std::string::npos);
  CHECK(colour.find("\033[1mmarking\033[0m") != std::string::npos);
  CHECK(diff::format_text({}, true) == "no changes\n");
}

TEST_CASE("the Markdown report escapes values and marks prose") {
  const std::string partners = test::replace(test::partners_yaml, "name: South Wales Police", "name: A|B *C* <D> _E_");
  const auto d = test::demo_diff(test::protocol_yaml, test::protocol_yaml, test::partners_yaml, partners);
  const std::string md = diff::format_markdown({d});
  INFO(md);
  CHECK(md.starts_with("## demo\n\n"));
  CHECK(md.find("**Version:** 1.1 → **1.2** (minor change; 1 change (0 material, 1 editorial)).") != std::string::npos);
  CHECK(md.find("**Must sign again:** no partner; every change is editorial.") != std::string::npos);
  CHECK(md.find("| Where | Change | Was | Now | Class | Affects | Lines |\n|---|---|---|---|---|---|---|\n") !=
        std::string::npos);
  CHECK(md.find("| partners.SWP.name | changed | South Wales Police | A\\|B \\*C\\* \\<D> \\_E\\_ | editorial: a "
                "partner's name: the same organisation | SWP |") != std::string::npos);
  CHECK(md.find(" <D>") == std::string::npos);

  const test::Versions v = sample();
  const std::string board = diff::format_markdown(v.diffs());
  CHECK(board.find("| stages.refer.description | prose | … refers the person, saying ~~why.~~ | … refers the person, "
                   "saying **why support \"fits\".** |") != std::string::npos);
  CHECK(board.find("**Must sign again:** MTCBC, SWP.") != std::string::npos);
  CHECK(board.find("## other\n\nA new protocol, in ") != std::string::npos);
  CHECK(diff::format_markdown({}) == "No changes.\n");
}

TEST_CASE("the history entry is YAML that loads back under history:") {
  const std::string with_glossary = test::protocol_yaml + "glossary:\n  - {term: Consent, definition: Agreeing.}\n";
  const std::string refused = with_glossary + "  - {term: 'Say \"no\"', definition: Refuse.}\n";
  const auto d =
      test::demo_diff(with_glossary, test::replace(refused, "marking: OFFICIAL", "marking: OFFICIAL-SENSITIVE"));
  const std::string entry = diff::history_entry(d, "2026-03-05");
  INFO(entry);
  CHECK(entry == "  - version: \"2.0\"\n    date: 2026-03-05\n    summary: \"Major revision, 2 changes (1 material, 1 "
                 "editorial): marking changed; glossary.Say \\\"no\\\" added\"\n");
  model::Diagnostics diags;
  const model::Protocol p = load::load_protocol_text(test::protocol_yaml + entry, "demo.yaml", diags);
  INFO(test::dump(diags));
  CHECK_FALSE(diags.has_errors());
  REQUIRE(p.history.size() == 3);
  CHECK(p.history.back().version == "2.0");
  CHECK(p.history.back().date == model::Date{2026, 3, 5});
  CHECK(p.history.back().summary.find("glossary.Say \"no\" added") != std::string::npos);

  CHECK(diff::history_entry(d, "").find("date:") == std::string::npos);
  CHECK(diff::history_entry(d, "soon").find("    date: \"soon\"\n") != std::string::npos);
  CHECK(diff::history_entry(test::demo_diff(test::protocol_yaml, test::protocol_yaml), "2026-03-05").empty());
}
