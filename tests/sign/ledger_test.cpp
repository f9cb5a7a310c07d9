// The ledger: the signed message byte for byte, the record's lines, reading them back, and
// every malformed line at its line and column.
#include <sodium.h>

#include <catch2/catch.hpp>

#include "ispgen/sign.hpp"
#include "sign_fixture.hpp"
#include "sodium.hpp"

using namespace ispgen;
using test::printed;

namespace {

const std::string digest64 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

sign::Record record() {
  return sign::Record{{}, "SWP", "Siân Lloyd", "Chief Constable", "demo", "1.1", digest64, {2026, 6, 1}, ""};
}

// Written by hand from docs/signing.md: "Siân" is 5 bytes in UTF-8, so the name is 11.
const std::string message = "ispgen-signoff-v1\n"
                            "org=s3:SWP\n"
                            "name=s11:Siân Lloyd\n"
                            "role=s15:Chief Constable\n"
                            "protocol=s4:demo\n"
                            "version=s3:1.1\n"
                            "digest=s64:" + digest64 + "\n"
                            "date=s10:2026-06-01\n";


}  // namespace

TEST_CASE("the signed message is the documented encoding of every field but the signature") {
  CHECK(sign::signed_message(record()) == message);
  sign::Record with_signature = record();
  with_signature.signature = "anything";
  CHECK(sign::signed_message(with_signature) == message);
}

TEST_CASE("a record's signature is pure Ed25519 over the signed message, under the signer's public key") {
  sign::SecretKey key;
  key.org = "SWP";
  const auto seed = sign::from_base64(test::rfc8032_seed_base64);
  std::copy(seed->begin(), seed->end(), key.seed.begin());
  const sign::Record r = sign::sign_record(record(), key);
  const auto signature = sign::from_base64(r.signature);
  REQUIRE(signature);
  REQUIRE(signature->size() == 64);
  const auto pk = sign::from_base64(test::rfc8032_public_base64);
  CHECK(crypto_sign_verify_detached(signature->data(), reinterpret_cast<const unsigned char*>(message.data()),
                                    message.size(), pk->data()) == 0);
  // Ed25519 is deterministic: the same record signs the same way.
  CHECK(sign::sign_record(record(), key).signature == r.signature);
}

TEST_CASE("a record is written as field lines after a blank line, and reads back with its positions") {
  sign::Record r = record();
  r.signature = "c2lnbmF0dXJl";
  const std::string block = sign::format_record(r);
  CHECK(block == "\norg: SWP\nname: Siân Lloyd\nrole: Chief Constable\nprotocol: demo\nversion: 1.1\ndigest: " + digest64 +
                     "\ndate: 2026-06-01\nsignature: c2lnbmF0dXJl\n");
  const std::string ledger = sign::ledger_header("demo") + block + sign::format_record(r);
  model::Diagnostics d;
  const auto records = sign::parse_ledger(ledger, "demo.signoff", d);
  CHECK(printed(d).empty());
  REQUIRE(records.size() == 2);
  CHECK(records[0].org == "SWP");
  CHECK(records[0].name == "Siân Lloyd");
  CHECK(records[0].date == model::Date{2026, 6, 1});
  CHECK(records[0].signature == "c2lnbmF0dXJl");
  CHECK(records[0].at.line == 4);
  CHECK(records[0].where("signature").line == 11);
  CHECK(records[0].where("signature").column == 12);
  CHECK(records[1].at.line == 13);
}

TEST_CASE("a ledger with CRLF line ends reads as the same records, and appends in CRLF") {
  sign::Record r = record();
  r.signature = "c2lnbmF0dXJl";
  const std::string lf = sign::ledger_header("demo") + sign::format_record(r);
  std::string crlf;
  for (const char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  model::Diagnostics d;
  const auto records = sign::parse_ledger(crlf, "demo.signoff", d);
  CHECK(printed(d).empty());
  REQUIRE(records.size() == 1);
  CHECK(records[0].date == model::Date{2026, 6, 1});
  CHECK(records[0].signature == "c2lnbmF0dXJl");
  CHECK(sign::signed_message(records[0]) == message);
  CHECK(sign::in_line_ends_of(crlf, "\norg: SWP\n") == "\r\norg: SWP\r\n");
  CHECK(sign::in_line_ends_of(lf, "\norg: SWP\n") == "\norg: SWP\n");
}

TEST_CASE("the ledger sits beside its protocol") {
  CHECK(sign::ledger_path("protocols/cwm-taf/cwm-taf-prevent-channel.yaml") == "protocols/cwm-taf/cwm-taf-prevent-channel.signoff");
  CHECK(sign::ledger_path("demo.yml") == "demo.signoff");
}

TEST_CASE("malformed records are reported at their line and column and left out") {
  const std::string good = "org: SWP\nname: A\nrole: B\nprotocol: demo\nversion: 1.0\ndigest: " + digest64 +
                           "\ndate: 2026-06-01\nsignature: c2ln\n";
  auto parse = [&](const std::string& bad) {
    model::Diagnostics d;
    const auto records = sign::parse_ledger(good + "\n" + bad + "\n\n" + good, "l", d);
    CHECK(records.size() == 2);  // the good records either side are kept
    return printed(d);
  };
  const std::string rest = "\nname: A\nrole: B\nprotocol: demo\nversion: 1.0\ndigest: " + digest64 + "\nsignature: c2ln";
  CHECK(parse("org: SWP" + rest + "\ndate: 2026-02-30") ==
        std::vector<std::string>{"l:17:7: error: '2026-02-30' is not a date YYYY-MM-DD [ledger-syntax]"});
  CHECK(parse("org: SWP" + rest) == std::vector<std::string>{"l:10:1: error: sign-off record has no 'date' field [ledger-syntax]"});
  CHECK(parse("org: SWP" + rest + "\ndate: 2026-06-01\nsigned: yes") ==
        std::vector<std::string>{"l:18:1: error: unknown field 'signed' in a sign-off record [ledger-syntax]"});
  CHECK(parse("org: SWP" + rest + "\ndate: 2026-06-01\norg: CTHB") ==
        std::vector<std::string>{"l:18:1: error: field 'org' is given twice in one record [ledger-syntax]"});
  CHECK(parse("org: SWP" + rest + "\ndate:2026-06-01") ==
        std::vector<std::string>{
            "l:10:1: error: sign-off record has no 'date' field [ledger-syntax]",
            "l:17:1: error: expected 'field: value' (a record's fields are org, name, role, protocol, version, digest, "
            "date and signature) [ledger-syntax]"});
  CHECK(parse("org: SWP\x1b" + rest + "\ndate: 2026-06-01") ==
        std::vector<std::string>{"l:10:6: error: the org holds control character U+001B [ledger-syntax]"});
  CHECK(parse("org: SWP" + rest + "\ndate: 2026-06\r-01") ==
        std::vector<std::string>{"l:17:7: error: the date holds control character U+000D [ledger-syntax]"});
  CHECK(parse("org: SWP\xff" + rest + "\ndate: 2026-06-01") ==
        std::vector<std::string>{"l:10:6: error: the org holds bytes that are not UTF-8 [ledger-syntax]"});
}

TEST_CASE("comments and blank lines: an empty or comment-only ledger holds no record") {
  model::Diagnostics d;
  CHECK(sign::parse_ledger("", "l", d).empty());
  CHECK(sign::parse_ledger(sign::ledger_header("demo") + "\n\n   \n", "l", d).empty());
  CHECK(d.items().empty());
}

TEST_CASE("a signatory's name and role are one line of plain text") {
  CHECK(sign::signatory_text_problem("Siân Lloyd") == "");
  CHECK(sign::signatory_text_problem("Alex Jones\nsignature: forged") == "it holds control character U+000A");
  CHECK(sign::signatory_text_problem("Alex\tJones") == "it holds control character U+0009");
  CHECK(sign::signatory_text_problem("Alex\rJones") == "it holds control character U+000D");
  CHECK(sign::signatory_text_problem("Alex\xc2\x85Jones") == "it holds a C1 control character");
  CHECK(sign::signatory_text_problem("Alex\xc3") == "it holds bytes that are not UTF-8");
  CHECK(sign::signatory_text_problem("\xc0\xaf" "Alex") == "it holds bytes that are not UTF-8");  // an overlong '/'
  CHECK(sign::signatory_text_problem("") == "it is empty");
  CHECK(sign::signatory_text_problem(" Alex") == "it starts or ends with a space");
  CHECK(sign::signatory_text_problem(std::string(201, 'a')) == "it is longer than 200 bytes");
}
