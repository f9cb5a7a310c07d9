// From YAML tree to model: keys, types, shorthands, and the problems each can have.
#include <catch2/catch.hpp>

#include "fixtures.hpp"

using namespace ispgen;
using test::count_code;
using test::find_code;
using test::replace;

namespace {
model::Protocol load_text(const std::string& text, model::Diagnostics& diags, const std::string& path = "p/demo.yaml") {
  return load::load_protocol_text(text, path, diags);
}
}  // namespace

TEST_CASE("the minimal protocol decodes into the model") {
  model::Diagnostics diags;
  const model::Protocol p = load_text(test::protocol_yaml, diags);
  INFO(test::dump(diags));
  REQUIRE(diags.items().empty());
  CHECK(p.id == "demo");
  CHECK(p.title == "Demo protocol");
  CHECK(p.regime == model::Regime::uk_gdpr);
  CHECK(p.status == model::Status::active);
  CHECK(p.version == "1.1");
  CHECK(p.marking == model::Marking::official);
  CHECK(p.effective == model::Date{2024, 1, 15});
  REQUIRE(p.partners.size() == 2);
  CHECK(p.partners[1].id == "MTCBC");
  CHECK(p.partners[1].at.line == 8);
  REQUIRE(p.data_items.size() == 3);
  CHECK(p.data_items[0].identifies);  // identifiers identify unless told otherwise
  CHECK_FALSE(p.data_items[1].identifies);
  CHECK(p.data_items[1].category == model::DataCategory::special_category);
  REQUIRE(p.stages.size() == 1);
  const model::Stage& s = p.stages[0];
  CHECK(s.referral);
  CHECK(s.providers.all);
  REQUIRE(s.recipients.named.size() == 1);
  CHECK(s.recipients.named[0].partner.id == "SWP");
  CHECK(s.shares.size() == 3);
  CHECK(s.meeting->id == "panel");
  CHECK(p.consent.model == model::ConsentModel::explicit_consent);
  CHECK(p.consent.form->id == "consent");
  CHECK(p.review.every_months == 12);
  CHECK(p.review.lead->id == "MTCBC");
  CHECK(p.history.size() == 2);
  CHECK(p.where("version").line == 5);
  CHECK(p.where("version").column == 10);
}

TEST_CASE("an unknown key suggests the key meant") {
  model::Diagnostics diags;
  load_text(replace(test::protocol_yaml, "title:", "tilte:"), diags);
  const auto d = find_code(diags, "unknown-key");
  CHECK(d.message == "unknown key 'tilte' in protocol (did you mean 'title'?)");
  CHECK(d.at.line == 2);
  // The missing 'title' is the misspelt one: it is reported once, as the unknown key.
  CHECK(count_code(diags, "missing-key") == 0);
}

TEST_CASE("unknown keys are found at every depth, all in one run") {
  model::Diagnostics diags;
  std::string text = replace(test::protocol_yaml, "  model: explicit", "  modle: explicit");
  text = replace(text, "    referral: true", "    refferal: true");
  text = replace(text, "  every_months: 12", "  every_month: 12");
  load_text(text, diags);
  CHECK(count_code(diags, "unknown-key") == 3);
  CHECK(find_code(diags, "unknown-key").message == "unknown key 'modle' in consent (did you mean 'model'?)");
}

TEST_CASE("a value of the wrong type is reported and the rest still loads") {
  model::Diagnostics diags;
  const model::Protocol p = load_text(replace(test::protocol_yaml, "title: Demo protocol", "title: [a, b]"), diags);
  CHECK(find_code(diags, "wrong-type").message == "expected text for 'title', found a list");
  CHECK(p.partners.size() == 2);
  model::Diagnostics more;
  load_text(replace(test::protocol_yaml, "  every_months: 12", "  every_months: twelve"), more);
  CHECK(find_code(more, "wrong-type").message == "expected a whole number for 'every_months', found 'twelve'");
  model::Diagnostics list;
  load_text(replace(test::protocol_yaml, "partners: [SWP, MTCBC]", "partners: SWP"), list);
  CHECK(find_code(list, "wrong-type").message == "expected a list for 'partners', found text");
}

TEST_CASE("an enum word out of place names the nearest or lists them all") {
  model::Diagnostics diags;
  load_text(replace(test::protocol_yaml, "regime: uk-gdpr", "regime: eu-directive"), diags);
  CHECK(find_code(diags, "invalid-value").message == "unknown regime 'eu-directive'; expected one of: dpa-1998, uk-gdpr");
  model::Diagnostics near;
  load_text(replace(test::protocol_yaml, "category: special-category", "category: special_category"), near);
  CHECK(find_code(near, "invalid-value").message ==
        "unknown category 'special_category' (did you mean 'special-category'?)");
}

TEST_CASE("the id must match the file name") {
  model::Diagnostics diags;
  load_text(test::protocol_yaml, diags, "p/other.yaml");
  CHECK(find_code(diags, "id-file-mismatch").at.line == 1);
}

TEST_CASE("dates: impossible, malformed, and months where allowed") {
  model::Diagnostics diags;
  load_text(replace(test::protocol_yaml, "effective: 2024-01-15", "effective: 2023-02-29"), diags);
  CHECK(find_code(diags, "invalid-date").message == "impossible date '2023-02-29' for 'effective'");
  model::Diagnostics month;
  const auto p = load_text(replace(test::protocol_yaml, "effective: 2024-01-15", "effective: 2021-05"), month);
  CHECK(month.items().empty());
  CHECK(p.effective == model::Date{2021, 5, 0});
  model::Diagnostics words;
  load_text(replace(test::protocol_yaml, "effective: 2024-01-15", "effective: 18th December 2013"), words);
  CHECK(find_code(words, "invalid-date").message ==
        "expected a date YYYY-MM-DD or YYYY-MM for 'effective', found '18th December 2013'");
}

TEST_CASE("an empty value for a required key counts as missing") {
  model::Diagnostics diags;
  load_text(replace(test::protocol_yaml, "title: Demo protocol", "title: \"\""), diags);
  CHECK(find_code(diags, "missing-key").message == "required key 'title' has no value");
}

TEST_CASE("ids must be ids") {
  model::Diagnostics diags;
  load_text(replace(test::protocol_yaml, "{id: name, name: Name", "{id: full name, name: Name"), diags);
  CHECK(find_code(diags, "invalid-id").message.starts_with("invalid id 'full name'"));
}

TEST_CASE("stage parties: 'all', ids, or maps with roles; anything else is an error") {
  model::Diagnostics diags;
  const auto p = load_text(replace(test::protocol_yaml, "    recipients: [SWP]",
                                   "    recipients:\n      - {partner: SWP, roles: [Coordinator]}\n      - MTCBC"),
                           diags);
  INFO(test::dump(diags));
  REQUIRE(p.stages[0].recipients.named.size() == 2);
  CHECK(p.stages[0].recipients.named[0].roles == std::vector<std::string>{"Coordinator"});
  model::Diagnostics bad;
  load_text(replace(test::protocol_yaml, "    providers: all", "    providers: everyone"), bad);
  CHECK(find_code(bad, "wrong-type").message == "expected 'all' or a list of partners for 'providers', found 'everyone'");
}

TEST_CASE("true and false, yes and no") {
  model::Diagnostics diags;
  auto p = load_text(replace(test::protocol_yaml, "    referral: true", "    referral: yes"), diags);
  CHECK(p.stages[0].referral);
  model::Diagnostics bad;
  load_text(replace(test::protocol_yaml, "    referral: true", "    referral: maybe"), bad);
  CHECK(find_code(bad, "wrong-type").message == "expected true or false for 'referral', found 'maybe'");
}

TEST_CASE("merge keys are named as unsupported") {
  model::Diagnostics diags;
  load_text(replace(test::protocol_yaml, "title: Demo protocol", "title: Demo protocol\n<<: {area: Wales}"), diags);
  CHECK(find_code(diags, "unknown-key").message.find("merge keys are not supported") != std::string::npos);
}

TEST_CASE("every object schema is unique and every key listed once") {
  const auto& schemas = load::object_schemas();
  for (std::size_t i = 0; i < schemas.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) CHECK(schemas[i].name != schemas[j].name);
    for (std::size_t k = 0; k < schemas[i].keys.size(); ++k)
      for (std::size_t m = 0; m < k; ++m) CHECK(schemas[i].keys[k].name != schemas[i].keys[m].name);
  }
}
