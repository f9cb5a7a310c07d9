#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "ispgen/model/resolve.hpp"

using namespace ispgen;
using test::TempFolder;

namespace {

const model::Register& only_register(const load::Result& r) {
  REQUIRE(r.registers.size() == 1);
  return r.registers[0];
}

const model::Partner* partner(const model::Protocol& p, std::string_view id) {
  for (const auto& x : p.partners)
    if (x.id == id) return &x;
  return nullptr;
}

const std::string parent_yaml = R"yaml(id: parent
title: Overarching
regime: uk-gdpr
status: active
version: "1.0"
marking: OFFICIAL
consent: {model: where-appropriate}
partners:
  - id: SWP
    signatory: {name: Parent Signatory, role: Chief Constable}
    roles: [Inspector]
  - MTCBC
gateways: [cda-1998]
lawful_bases:
  - {id: task, provision: uk-gdpr-article-6, condition: "6(1)(e)", summary: parent wording}
security:
  levels: [{id: restricted, name: Restricted}]
glossary: [{term: Consent, definition: parent definition}]
common_law: parent common law
)yaml";

}  // namespace

TEST_CASE("a protocol's partners are completed from the directory") {
  TempFolder dir;
  dir.write("partners.yaml", test::partners_yaml);
  dir.write("gateways.yaml", test::gateways_yaml);
  dir.write("demo.yaml", test::replace(test::protocol_yaml, "partners: [SWP, MTCBC]",
                                       "partners:\n  - {id: SWP, roles: [Channel Coordinator]}\n  - MTCBC"));
  const auto loaded = load::load_paths({dir.path().string()});
  const auto& reg = only_register(loaded);
  const model::Protocol resolved = model::resolve(reg, reg.protocols.at(0));
  REQUIRE(resolved.partners.size() == 2);
  const auto* swp = partner(resolved, "SWP");
  REQUIRE(swp);
  CHECK(swp->name == "South Wales Police");
  CHECK(swp->kind == model::PartnerKind::police);
  CHECK(swp->roles == std::vector<std::string>{"Channel Coordinator"});
  CHECK(swp->signatory->name == "Alex Jones");
  REQUIRE(resolved.gateways.size() == 1);
  CHECK(resolved.gateways[0].title == "Crime and Disorder Act 1998");
}

TEST_CASE("'all' at a stage means every partner of the protocol") {
  TempFolder dir;
  dir.write("partners.yaml", test::partners_yaml);
  dir.write("demo.yaml", test::protocol_yaml);
  const auto loaded = load::load_paths({dir.path().string()});
  const auto& reg = only_register(loaded);
  const model::Protocol resolved = model::resolve(reg, reg.protocols.at(0));
  const auto& providers = resolved.stages.at(0).providers;
  CHECK(providers.all);
  CHECK(providers.named.empty());  // one flag, not a copy per partner
  const auto parties = model::parties_of(providers, resolved.partners);
  REQUIRE(parties.size() == 2);
  CHECK(parties[0].partner.id == "SWP");
  CHECK(parties[1].partner.id == "MTCBC");
  CHECK(parties[0].partner.at.line == providers.at.line);
}

TEST_CASE("a child protocol inherits from its parent") {
  TempFolder dir;
  dir.write("partners.yaml", test::partners_yaml);
  dir.write("gateways.yaml", test::gateways_yaml);
  dir.write("parent.yaml", parent_yaml);

  SECTION("everything, when it lists no partners of its own") {
    dir.write("child.yaml", "id: child\ntitle: Child\nparent: parent\nregime: uk-gdpr\nstatus: active\n"
                            "version: '1.0'\nmarking: OFFICIAL\nconsent: {model: notify}\ngateways: [ctsa-2015]\n");
    const auto loaded = load::load_paths({(dir.path() / "child.yaml").string()});
    const auto& reg = only_register(loaded);
    const model::Protocol child = model::resolve(reg, *model::find_protocol(reg, "child"));
    REQUIRE(child.partners.size() == 2);
    CHECK(partner(child, "SWP")->signatory->name == "Parent Signatory");
    REQUIRE(child.gateways.size() == 2);
    CHECK(child.gateways[0].id == "cda-1998");
    CHECK(child.gateways[1].id == "ctsa-2015");
    CHECK(child.lawful_bases.size() == 1);
    CHECK(child.security.levels.size() == 1);
    CHECK(child.common_law == "parent common law");
  }

  SECTION("its own partner list, with the parent's facts for the same partner, and its own entries winning") {
    dir.write("child.yaml", R"yaml(id: child
title: Child
parent: parent
regime: uk-gdpr
status: active
version: "1.0"
marking: OFFICIAL
consent: {model: notify}
partners: [SWP, CTHB]
lawful_bases:
  - {id: task, provision: uk-gdpr-article-6, condition: "6(1)(e)", summary: child wording}
glossary: [{term: Consent, definition: child definition}]
common_law: child common law
)yaml");
    const auto loaded = load::load_paths({dir.path().string()});
    const auto& reg = only_register(loaded);
    const model::Protocol child = model::resolve(reg, *model::find_protocol(reg, "child"));
    REQUIRE(child.partners.size() == 2);
    CHECK(partner(child, "SWP")->signatory->name == "Parent Signatory");
    CHECK(partner(child, "SWP")->roles == std::vector<std::string>{"Inspector"});
    CHECK(partner(child, "CTHB")->signatory->name == "Rhys Price");
    CHECK_FALSE(partner(child, "MTCBC"));
    REQUIRE(child.lawful_bases.size() == 1);
    CHECK(child.lawful_bases[0].summary == "child wording");
    REQUIRE(child.glossary.size() == 1);
    CHECK(child.glossary[0].definition == "child definition");
    CHECK(child.common_law == "child common law");
  }
}

TEST_CASE("a parent cycle ends the chain instead of looping") {
  TempFolder dir;
  dir.write("partners.yaml", test::partners_yaml);
  const std::string head = "title: T\nregime: uk-gdpr\nstatus: draft\nversion: '1'\nmarking: OFFICIAL\nconsent: {model: notify}\n";
  dir.write("a.yaml", "id: a\nparent: b\n" + head);
  dir.write("b.yaml", "id: b\nparent: a\n" + head);
  const auto loaded = load::load_paths({dir.path().string()});
  const auto& reg = only_register(loaded);
  CHECK(model::ancestors(reg, *model::find_protocol(reg, "a")).size() == 1);
  const model::Protocol a = model::resolve(reg, *model::find_protocol(reg, "a"));
  CHECK(a.id == "a");
}
