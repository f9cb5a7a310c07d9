// Ids that must resolve, ids that must be unique, and parents.
#include <catch2/catch.hpp>

#include "check_fixture.hpp"

using namespace ispgen;
using test::check_files;
using test::check_protocol;
using test::count_code;
using test::find_code;
using test::replace;

TEST_CASE("the minimal protocol checks clean") {
  const auto diags = check_protocol(test::protocol_yaml);
  INFO(test::dump(diags));
  CHECK(diags.items().empty());
}

TEST_CASE("a partner missing from the directory, with a suggestion") {
  const auto diags = check_protocol(replace(test::protocol_yaml, "partners: [SWP, MTCBC]", "partners: [SWP, MTCBCC]"));
  const auto d = find_code(diags, "undefined-partner");
  CHECK(d.message.starts_with("unknown partner 'MTCBCC' in "));
  CHECK(d.message.ends_with("partners.yaml (did you mean 'MTCBC'?)"));
  CHECK(d.at.line == 8);
  CHECK(d.at.column == 17);
}

TEST_CASE("a stage may only name the protocol's own partners") {
  const auto diags = check_protocol(replace(test::protocol_yaml, "    recipients: [SWP]", "    recipients: [CTHB]"));
  CHECK(find_code(diags, "undefined-partner").message ==
        "partner 'CTHB' in stage 'refer' is in the directory but not among this protocol's partners");
}

TEST_CASE("every kind of reference is checked") {
  std::string text = replace(test::protocol_yaml, "    shares: [name, health, offences]", "    shares: [nmae, health, offences]");
  text = replace(text, "    forms: [referral]", "    forms: [refferal]");
  text = replace(text, "    transfer: [secure-email]", "    transfer: [secure-mail]");
  text = replace(text, "    meeting: panel", "    meeting: pannel");
  text = replace(text, "gateways: [cda-1998]", "gateways: [cda-1989]");
  text = replace(text, "  form: consent", "  form: consnet");
  text = replace(text, "  lead: MTCBC", "  lead: XYZ");
  const auto diags = check_protocol(text);
  INFO(test::dump(diags));
  CHECK(find_code(diags, "undefined-data-item").message == "unknown data item 'nmae' in stage 'refer' (did you mean 'name'?)");
  CHECK(find_code(diags, "undefined-form").message.find("'refferal'") != std::string::npos);
  CHECK(count_code(diags, "undefined-form") == 2);
  CHECK(find_code(diags, "undefined-transfer-method").message ==
        "unknown transfer method 'secure-mail' in stage 'refer' (did you mean 'secure-email'?)");
  CHECK(find_code(diags, "undefined-meeting").message == "unknown meeting 'pannel' in stage 'refer' (did you mean 'panel'?)");
  CHECK(find_code(diags, "undefined-gateway").message.ends_with("(did you mean 'cda-1998'?)"));
  CHECK(find_code(diags, "undefined-partner").message == "unknown partner 'XYZ' leading the review");
}

TEST_CASE("ids used twice in one list") {
  const auto diags = check_protocol(replace(test::protocol_yaml, "  - {id: offences, name: Offences", "  - {id: health, name: Offences"));
  const auto d = find_code(diags, "duplicate-id");
  CHECK(d.message == "data item 'health' is defined twice (first on line 16)");
  CHECK(d.at.line == 17);
}

TEST_CASE("a stage with nobody providing or receiving") {
  std::string text = replace(test::protocol_yaml, "    providers: all\n", "");
  text = replace(text, "    recipients: [SWP]", "    recipients: []");
  const auto diags = check_protocol(text);
  CHECK(find_code(diags, "stage-no-provider").message == "stage 'refer' names no partner that provides information");
  CHECK(count_code(diags, "stage-no-recipient") == 1);
}

TEST_CASE("a protocol with no partners and no parent") {
  CHECK(count_code(check_protocol(replace(test::protocol_yaml, "partners: [SWP, MTCBC]\n", "")), "no-partners") == 1);
}

TEST_CASE("parents: unknown, and cycles") {
  const auto unknown = check_protocol(replace(test::protocol_yaml, "title: Demo protocol", "title: Demo\nparent: overarch"));
  CHECK(find_code(unknown, "undefined-parent").message.starts_with("unknown parent protocol 'overarch'"));

  const std::string a = replace(replace(test::protocol_yaml, "id: demo", "id: a"), "title: Demo protocol", "title: A\nparent: b");
  const std::string b = replace(replace(test::protocol_yaml, "id: demo", "id: b"), "title: Demo protocol", "title: B\nparent: a");
  const auto cycle = check_files({{"a.yaml", a}, {"b.yaml", b}});
  CHECK(count_code(cycle, "parent-cycle") == 2);
  CHECK(find_code(cycle, "parent-cycle").message == "parent protocols form a cycle: a -> b -> a");
  const std::string self = replace(test::protocol_yaml, "title: Demo protocol", "title: Demo\nparent: demo");
  CHECK(find_code(check_protocol(self), "parent-cycle").message == "protocol 'demo' names itself as its parent");
}

TEST_CASE("a partner or gateway defined twice in the register") {
  const auto diags = check_files({{"partners.yaml", test::partners_yaml + "  - {id: SWP, name: Again, kind: police}\n"},
                                  {"demo.yaml", test::protocol_yaml}});
  CHECK(find_code(diags, "duplicate-id").message.starts_with("partner 'SWP' is defined twice"));
}
