// Comparing two versions of a protocol: each kind of change, matching by id, renames, changes in
// the shared partner directory and gateway library, whom a change affects, and registers.
#include <catch2/catch.hpp>

#include "diff_fixture.hpp"
#include "edits.hpp"
#include "words.hpp"

using namespace ispgen;
using diff::ChangeClass;
using diff::ChangeKind;
using diff::WordEdit;

namespace {

const std::string with_address = test::replace(
    test::replace(test::protocol_yaml, "  - {id: offences, name: Offences, category: criminal-offence}\n",
                  "  - {id: offences, name: Offences, category: criminal-offence}\n"
                  "  - {id: address, name: Address, category: personal}\n"),
    "shares: [name, health, offences]", "shares: [name, health, offences, address]");

// A stage whose providers and recipients are named, with a third partner taking no part in it.
const std::string three_partners = test::replace(
    test::replace(test::protocol_yaml, "partners: [SWP, MTCBC]", "partners: [SWP, MTCBC, CTHB]"),
    "providers: all", "providers: [MTCBC]");

}  // namespace

TEST_CASE("a protocol compared with itself has no changes") {
  const auto d = test::demo_diff(test::protocol_yaml, test::protocol_yaml);
  CHECK(d.changes.empty());
  CHECK(d.bump().empty());
  CHECK(d.next_version().empty());
  CHECK(d.must_resign().empty());
  CHECK(test::demo_versions(test::protocol_yaml, test::protocol_yaml).diffs().empty());
}

TEST_CASE("a changed value is old -> new, with its place in both files") {
  const auto d = test::demo_diff(test::protocol_yaml,
                                 test::replace(test::protocol_yaml, "marking: OFFICIAL", "marking: OFFICIAL-SENSITIVE"));
  const diff::Change& c = test::sole_change(d, ChangeKind::changed, "marking", "OFFICIAL", "OFFICIAL-SENSITIVE");
  REQUIRE(c.old_at);
  REQUIRE(c.new_at);
  CHECK(c.old_at->file.str().ends_with("old/demo.yaml"));
  CHECK(c.new_at->file.str().ends_with("new/demo.yaml"));
  CHECK(c.old_at->line == 6);
  CHECK(c.new_at->line == 6);
  CHECK(c.change_class == ChangeClass::material);
  CHECK(c.affected == std::vector<std::string>{"MTCBC", "SWP"});
  CHECK(d.old_version == "1.1");
  CHECK(d.bump() == "major");
  CHECK(d.next_version() == "2.0");
}

TEST_CASE("an element added, and the same change seen the other way as removed") {
  SECTION("added") {
    const auto d = test::demo_diff(test::protocol_yaml, with_address);
    CHECK(test::listing(d) == "data_items.address added\nstages.refer.shares added\n");
    const diff::Change& item = d.changes.at(0);
    CHECK(item.new_value == "Address");
    CHECK_FALSE(item.old_at);
    REQUIRE(item.new_at);
    CHECK(item.new_at->line == 18);
    CHECK(d.changes.at(1).new_value == "address");
    CHECK(d.changes.at(1).change_class == ChangeClass::material);
  }
  SECTION("removed") {
    const auto d = test::demo_diff(with_address, test::protocol_yaml);
    CHECK(test::listing(d) == "data_items.address removed\nstages.refer.shares removed\n");
    const diff::Change& share = d.changes.at(1);
    CHECK(share.old_value == "address");
    REQUIRE(share.old_at);
    CHECK_FALSE(share.new_at);
    CHECK(share.old_at->line == 34);
  }
}

TEST_CASE("the same members in another order are reordered, and editorial") {
  const auto d = test::demo_diff(test::protocol_yaml, test::replace(test::protocol_yaml, "shares: [name, health, offences]",
                                                                    "shares: [offences, name, health]"));
  const diff::Change& c =
      test::sole_change(d, ChangeKind::reordered, "stages.refer.shares", "name, health, offences", "offences, name, health");
  CHECK(c.change_class == ChangeClass::editorial);
  CHECK(d.bump() == "minor");
  CHECK(d.next_version() == "1.2");
  CHECK(d.must_resign().empty());
}

TEST_CASE("stages in another order: the list is reordered, the stages unchanged") {
  const std::string two = test::replace(test::protocol_yaml, "review:\n",
                                        "  - {id: outcome, name: Outcome, shares: [name], providers: [SWP], "
                                        "recipients: [MTCBC]}\nreview:\n");
  const std::string swapped = test::replace(
      test::replace(two, "  - {id: outcome, name: Outcome, shares: [name], providers: [SWP], recipients: [MTCBC]}\n", ""),
      "stages:\n", "stages:\n  - {id: outcome, name: Outcome, shares: [name], providers: [SWP], recipients: [MTCBC]}\n");
  const auto d = test::demo_diff(two, swapped);
  CHECK(test::listing(d) == "stages reordered\n");
  CHECK(d.changes.at(0).old_value == "refer, outcome");
  CHECK(d.changes.at(0).new_value == "outcome, refer");
}

TEST_CASE("prose keeps only the words that changed, with a little context") {
  const std::string before =
      "Partners share personal information to find people at risk early, to judge the risk each one faces, and "
      "to agree the support that best fits each person, so that help arrives before harm is done.";
  const std::string after = test::replace(before, "to judge the risk", "to assess the risk");
  const auto d = test::demo_diff(test::replace(test::protocol_yaml, "effective:", "purpose: " + before + "\neffective:"),
                                 test::replace(test::protocol_yaml, "effective:", "purpose: " + after + "\neffective:"));
  const diff::Change& c = test::sole_change(d, ChangeKind::prose, "purpose", before, after);
  REQUIRE(c.words.size() == 4);
  CHECK(c.words[0].op == WordEdit::Op::keep);
  CHECK(c.words[0].text == "… at risk early, to");
  CHECK(c.words[1].op == WordEdit::Op::remove);
  CHECK(c.words[1].text == "judge");
  CHECK(c.words[2].op == WordEdit::Op::insert);
  CHECK(c.words[2].text == "assess");
  CHECK(c.words[3].text == "the risk each one …");
  CHECK(c.change_class == ChangeClass::material);
}

TEST_CASE("prose: spacing and line breaks within a paragraph are not changes; a new paragraph is") {
  const std::string one = test::replace(test::protocol_yaml, "effective:", "purpose: |\n  Share to keep people safe.\neffective:");
  const std::string reflowed =
      test::replace(test::protocol_yaml, "effective:", "purpose: |\n  Share to keep\n  people   safe.\neffective:");
  const std::string split =
      test::replace(test::protocol_yaml, "effective:", "purpose: |\n  Share to keep\n\n  people safe.\neffective:");
  CHECK(test::demo_diff(one, reflowed).changes.empty());
  const auto d = test::demo_diff(one, split);
  REQUIRE(d.changes.size() == 1);
  CHECK(d.changes[0].kind == ChangeKind::prose);
  REQUIRE(d.changes[0].words.size() == 3);
  CHECK(d.changes[0].words[1].op == WordEdit::Op::insert);
  CHECK(d.changes[0].words[1].text == "¶");
}

TEST_CASE("an element whose id alone changed is renamed, and the references to it do not change") {
  SECTION("a data item") {
    const auto d = test::demo_diff(test::protocol_yaml, test::replace_all(test::protocol_yaml, "health", "health-data"));
    CHECK(test::listing(d) == "data_items.health-data renamed\n");
    const diff::Change& c = d.changes.at(0);
    CHECK(c.old_value == "health");
    CHECK(c.new_value == "health-data");
    CHECK(c.change_class == ChangeClass::editorial);
    REQUIRE(c.old_at);
    CHECK(c.old_at->line == 16);
  }
  SECTION("a partner, in the directory and the protocol") {
    const auto d = test::demo_diff(test::protocol_yaml, test::replace_all(test::protocol_yaml, "SWP", "SWPOL"),
                                   test::partners_yaml, test::replace_all(test::partners_yaml, "SWP", "SWPOL"));
    CHECK(test::listing(d) == "partners.SWPOL renamed\n");
    REQUIRE(d.changes.at(0).old_at);
    CHECK(d.changes.at(0).old_at->file.str().ends_with("old/demo.yaml"));
  }
  SECTION("a glossary term, matched by the term itself") {
    const std::string with_term = test::protocol_yaml + "glossary:\n  - {term: Service user, definition: Anyone recorded.}\n";
    const auto d = test::demo_diff(with_term, test::replace(with_term, "Service user", "Data subject"));
    CHECK(test::listing(d) == "glossary.Data subject renamed\n");
  }
  SECTION("an id and its content changed: removed and added") {
    const std::string renamed = test::replace(test::replace_all(test::protocol_yaml, "health", "health-data"),
                                              "name: Health,", "name: Health data,");
    const auto d = test::demo_diff(test::protocol_yaml, renamed);
    CHECK(test::listing(d) ==
          "data_items.health removed\ndata_items.health-data added\nstages.refer.shares removed\n"
          "stages.refer.shares added\n");
  }
}

TEST_CASE("a change to the partner directory shows in the protocol through resolve") {
  const std::string renamed = test::replace(test::partners_yaml, "name: South Wales Police", "name: Heddlu De Cymru");
  const auto d = test::demo_diff(test::protocol_yaml, test::protocol_yaml, test::partners_yaml, renamed);
  const diff::Change& c =
      test::sole_change(d, ChangeKind::changed, "partners.SWP.name", "South Wales Police", "Heddlu De Cymru");
  REQUIRE(c.old_at);
  REQUIRE(c.new_at);
  CHECK(c.old_at->file.str().ends_with("old/partners.yaml"));
  CHECK(c.new_at->file.str().ends_with("new/partners.yaml"));
  CHECK(c.new_at->line == 3);
  CHECK(c.change_class == ChangeClass::editorial);
  CHECK(c.affected == std::vector<std::string>{"SWP"});
  CHECK(d.bump() == "minor");
  CHECK(d.must_resign().empty());
}

TEST_CASE("a partner's kind changed in the directory is material for that partner alone") {
  const auto d = test::demo_diff(three_partners, three_partners, test::partners_yaml,
                                 test::replace(test::partners_yaml, "kind: health", "kind: local-authority"));
  REQUIRE(d.changes.size() == 1);
  CHECK(d.changes[0].path == "partners.CTHB.kind");
  CHECK(d.changes[0].change_class == ChangeClass::material);
  CHECK(d.must_resign() == std::vector<std::string>{"CTHB"});
}

TEST_CASE("a per-protocol fact written over the directory's is placed in the protocol file") {
  const std::string own = test::replace(test::protocol_yaml, "partners: [SWP, MTCBC]",
                                        "partners:\n  - {id: SWP, signatory: {name: Ann Lee, role: Superintendent}}\n  - MTCBC");
  const auto d = test::demo_diff(own, test::replace(own, "Ann Lee", "Ann Leigh"));
  REQUIRE(d.changes.size() == 1);
  const diff::Change& c = d.changes[0];
  CHECK(c.path == "partners.SWP.signatory.name");
  REQUIRE(c.new_at);
  CHECK(c.new_at->file.str().ends_with("new/demo.yaml"));
  CHECK(c.new_at->line == 9);
  CHECK(c.change_class == ChangeClass::editorial);
}

TEST_CASE("a change to the gateway library shows in each protocol that uses the gateway") {
  const std::string police_only = test::replace(test::gateways_yaml, "sections: [section 115]",
                                                "sections: [section 115]\n    kinds: [police]");
  const std::string more = test::replace(police_only, "[section 115]", "[section 115, section 17]");
  const auto v = test::load_versions(
      {{"partners.yaml", test::partners_yaml}, {"gateways.yaml", police_only}, {"demo.yaml", test::protocol_yaml}},
      {{"partners.yaml", test::partners_yaml}, {"gateways.yaml", more}, {"demo.yaml", test::protocol_yaml}});
  const auto diffs = v.diffs();
  REQUIRE(diffs.size() == 1);
  const auto& d = diffs[0];
  CHECK(test::listing(d) == "gateways.cda-1998.sections added\n");
  CHECK(d.changes[0].new_value == "section 17");
  REQUIRE(d.changes[0].new_at);
  CHECK(d.changes[0].new_at->file.str().ends_with("new/gateways.yaml"));
  CHECK(d.changes[0].new_at->line == 4);
  CHECK(d.must_resign() == std::vector<std::string>{"SWP"});
}

TEST_CASE("whom a change affects") {
  SECTION("a stage: its providers and recipients") {
    const auto d = test::demo_diff(three_partners, test::replace(three_partners, "shares: [name, health, offences]",
                                                                 "shares: [name, health]"));
    REQUIRE(d.changes.size() == 1);
    CHECK(d.changes[0].affected == std::vector<std::string>{"MTCBC", "SWP"});
  }
  SECTION("a meeting: who attended and who attends") {
    const auto d = test::demo_diff(three_partners, test::replace(three_partners, "attendees: [SWP]", "attendees: [CTHB]"));
    INFO(test::listing(d));
    REQUIRE(d.changes.size() == 2);
    CHECK(d.changes[0].affected == std::vector<std::string>{"CTHB", "SWP"});
    CHECK(d.must_resign() == std::vector<std::string>{"CTHB", "SWP"});
  }
  SECTION("a data item: the parties of the stages that share it") {
    const auto d = test::demo_diff(three_partners, test::replace(three_partners, "category: special-category",
                                                                 "category: criminal-offence"));
    REQUIRE(d.changes.size() == 1);
    CHECK(d.changes[0].path == "data_items.health.category");
    CHECK(d.changes[0].affected == std::vector<std::string>{"MTCBC", "SWP"});
  }
  SECTION("a protocol-wide change: every partner") {
    const auto d = test::demo_diff(three_partners, test::replace(three_partners, "model: explicit", "model: notify"));
    REQUIRE(d.changes.size() == 1);
    CHECK(d.changes[0].path == "consent.model");
    CHECK(d.must_resign() == std::vector<std::string>{"CTHB", "MTCBC", "SWP"});
  }
  SECTION("a partner joining: every partner of the new version") {
    const auto d = test::demo_diff(test::protocol_yaml, three_partners);
    CHECK(test::listing(d) == "partners.CTHB added\nstages.refer.providers.SWP removed\n");
    CHECK(d.changes[0].affected == std::vector<std::string>{"CTHB", "MTCBC", "SWP"});
  }
}

TEST_CASE("texts in a list: one reworded in place is prose, one more is added") {
  const std::string before = test::replace(test::protocol_yaml, "effective:",
                                           "objectives: [Find people at risk, Agree support]\neffective:");
  const auto d = test::demo_diff(
      before, test::replace(before, "[Find people at risk, Agree support]",
                            "[Find people at risk early, Agree support, Review support]"));
  CHECK(test::listing(d) == "objectives prose\nobjectives added\n");
  CHECK(d.changes[0].words.back().text == "early");
  CHECK(d.changes[1].new_value == "Review support");
  CHECK(test::listing(test::demo_diff(before, test::replace(before, "[Find people at risk, Agree support]",
                                                            "[Agree support, Find people at risk]"))) ==
        "objectives reordered\n");
}

TEST_CASE("a protocol on one side only is added or removed; registers are paired by id") {
  const std::string other = test::replace_all(test::protocol_yaml, "id: demo", "id: other");
  const std::map<std::string, std::string> base = {
      {"partners.yaml", test::partners_yaml}, {"gateways.yaml", test::gateways_yaml}, {"demo.yaml", test::protocol_yaml}};
  std::map<std::string, std::string> more = base;
  more["other.yaml"] = test::replace(other, "version: \"1.1\"", "version: \"1.0\"");
  more["demo.yaml"] = test::replace(test::protocol_yaml, "title: Demo protocol", "title: Demonstration protocol");

  const auto added = test::load_versions(base, more).diffs();
  REQUIRE(added.size() == 2);
  CHECK(added[0].id == "demo");
  CHECK(test::listing(added[0]) == "title changed\n");
  CHECK(added[1].id == "other");
  CHECK(added[1].added);
  CHECK(test::listing(added[1]) == " added\n");
  CHECK(added[1].changes[0].new_value == "Demo protocol");
  CHECK(added[1].bump() == "major");
  CHECK(added[1].next_version() == "1.0");
  CHECK(added[1].must_resign() == std::vector<std::string>{"MTCBC", "SWP"});
  CHECK(added[1].old_file.empty());

  const auto removed = test::load_versions(more, base).diffs();
  REQUIRE(removed.size() == 2);
  CHECK(removed[1].removed);
  CHECK(test::listing(removed[1]) == " removed\n");
  CHECK(removed[1].next_version().empty());
  CHECK(removed[1].new_file.empty());
}

TEST_CASE("a parent loaded only for a named child is not compared itself; its changes show in the child") {
  const std::string parent = test::replace_all(test::protocol_yaml, "id: demo", "id: parent");
  const std::string child = "id: child\ntitle: Child\nparent: parent\nregime: uk-gdpr\nstatus: active\n"
                            "version: \"1.0\"\nmarking: OFFICIAL\nconsent: {model: notify}\n";
  test::TempFolder dir;
  for (const char* side : {"old", "new"}) {
    const std::string s = side;
    dir.write(s + "/partners.yaml", test::partners_yaml);
    dir.write(s + "/gateways.yaml", test::gateways_yaml);
    dir.write(s + "/child.yaml", child);
    dir.write(s + "/parent.yaml",
              s == "old" ? parent : test::replace(parent, "condition: \"6(1)(e)\"", "condition: \"6(1)(c)\""));
  }
  const std::string root = dir.path().string() + "/";
  const auto a = load::load_paths({root + "old/child.yaml"});
  const auto b = load::load_paths({root + "new/child.yaml"});
  const auto diffs = diff::diff_registers(a.registers, b.registers);
  REQUIRE(diffs.size() == 1);
  CHECK(diffs[0].id == "child");
  CHECK(test::listing(diffs[0]) == "lawful_bases.task.condition changed\n");
}

TEST_CASE("edit scripts are the shortest, and long rewrites stay cheap") {
  using diff::Edit;
  const auto count = [](const std::vector<Edit>& script) {
    return std::count_if(script.begin(), script.end(), [](Edit e) { return e != Edit::keep; });
  };
  // Myers' own example: abcabba -> cbabac takes 5 edits.
  const std::vector<std::uint32_t> a = {0, 1, 2, 0, 1, 1, 0}, b = {2, 1, 0, 1, 0, 2};
  CHECK(count(diff::edit_script(a, b)) == 5);
  const auto capped = diff::edit_script(a, b, 2);
  CHECK(count(capped) == 13);
  CHECK(diff::edit_script({}, {}).empty());
  CHECK(count(diff::edit_script({}, {1, 2})) == 2);

  // A 3,000-word text with every tenth word changed: the edits rebuild both texts.
  std::vector<std::string> old_words, new_words;
  for (int i = 0; i < 3000; ++i) {
    old_words.push_back("w" + std::to_string(i));
    new_words.push_back(i % 10 == 0 ? "x" + std::to_string(i) : old_words.back());
  }
  const auto edits = diff::word_edits(old_words, new_words, 100000);
  std::string rebuilt_old, rebuilt_new;
  for (const WordEdit& w : edits) {
    if (w.op != WordEdit::Op::insert) rebuilt_old += (rebuilt_old.empty() ? "" : " ") + w.text;
    if (w.op != WordEdit::Op::remove) rebuilt_new += (rebuilt_new.empty() ? "" : " ") + w.text;
  }
  std::string want_old, want_new;
  for (std::size_t i = 0; i < old_words.size(); ++i) {
    want_old += (i ? " " : "") + old_words[i];
    want_new += (i ? " " : "") + new_words[i];
  }
  CHECK(rebuilt_old == want_old);
  CHECK(rebuilt_new == want_new);

  // Two unrelated long texts: past the limit of edits, one removal and one insertion.
  std::vector<std::string> other;
  for (int i = 0; i < 3000; ++i) other.push_back("y" + std::to_string(i));
  const auto rewritten = diff::word_edits(old_words, other);
  REQUIRE(rewritten.size() == 2);
  CHECK(rewritten[0].op == WordEdit::Op::remove);
  CHECK(rewritten[1].op == WordEdit::Op::insert);
}

TEST_CASE("one word kept between two changes joins them into one") {
  const auto edits = diff::word_edits(diff::split_words("share personal data items today"),
                                      diff::split_words("share sensitive data records today"));
  REQUIRE(edits.size() == 4);
  CHECK(edits[1].text == "personal data items");
  CHECK(edits[2].text == "sensitive data records");
}
