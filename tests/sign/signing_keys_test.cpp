// A register's signing-keys: the line format, comments, rotation, and every bad line at line:col.
#include <catch2/catch.hpp>

#include "ispgen/sign.hpp"
#include "sign_fixture.hpp"
#include "sodium.hpp"

using namespace ispgen;
using test::printed;

namespace {

const std::string pk = test::rfc8032_public_base64;

}  // namespace

TEST_CASE("signing-keys: one key a line, with comments, blank lines, validity dates and rotation") {
  const std::string text = "# trusted keys of the register\n"
                           "\n"
                           "SWP ed25519 " + pk + "\n"
                           "  # an indented comment\n"
                           "MTCBC\ted25519\t" + pk + " valid-from=2024-01-01 valid-until=2025-12-31\n"
                           "MTCBC ed25519 " + pk + " valid-from=2026-01-01\n"
                           "CTHB ed25519 " + pk;  // no final line feed
  model::Diagnostics d;
  const auto keys = sign::parse_signing_keys(text, "signing-keys", d);
  CHECK(printed(d).empty());
  REQUIRE(keys.size() == 4);
  CHECK(keys[0].org == "SWP");
  CHECK(sign::to_hex(keys[0].key) == test::rfc8032_public_hex);
  CHECK_FALSE(keys[0].valid_from);
  CHECK_FALSE(keys[0].valid_until);
  CHECK(keys[0].at.line == 3);
  CHECK(keys[1].org == "MTCBC");
  CHECK(keys[1].valid_from == model::Date{2024, 1, 1});
  CHECK(keys[1].valid_until == model::Date{2025, 12, 31});
  CHECK(keys[2].valid_from == model::Date{2026, 1, 1});
  CHECK_FALSE(keys[2].valid_until);
  CHECK(keys[3].org == "CTHB");
  CHECK(keys[3].at.line == 7);
}

TEST_CASE("signing-keys: each bad line is reported where it goes wrong, and the good ones kept") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"SWP ed25519", "k:1:1: error: expected 'ID ed25519 KEY [valid-from=DATE] [valid-until=DATE]' [signing-keys-syntax]"},
      {"S/WP ed25519 " + pk, "k:1:1: error: 'S/WP' is not an organisation id [signing-keys-syntax]"},
      {"SWP rsa " + pk, "k:1:5: error: unknown key type 'rsa': signing-keys holds ed25519 keys [signing-keys-syntax]"},
      {"SWP ed25519 " + pk + "x", "k:1:13: error: the public key is not base64 of 32 bytes [signing-keys-syntax]"},
      {"SWP ed25519 " + pk.substr(0, 40), "k:1:13: error: the public key is not base64 of 32 bytes [signing-keys-syntax]"},
      {"SWP ed25519 " + pk + " valid-to=2026-01-01",
       "k:1:58: error: unknown option 'valid-to=2026-01-01': use valid-from=YYYY-MM-DD or valid-until=YYYY-MM-DD [signing-keys-syntax]"},
      {"SWP ed25519 " + pk + " valid-from",
       "k:1:58: error: unknown option 'valid-from': use valid-from=YYYY-MM-DD or valid-until=YYYY-MM-DD [signing-keys-syntax]"},
      {"SWP ed25519 " + pk + " valid-from=2026-02-30", "k:1:69: error: '2026-02-30' is not a date YYYY-MM-DD [signing-keys-syntax]"},
      {"SWP ed25519 " + pk + " valid-from=2026-01-01 valid-from=2026-02-01",
       "k:1:80: error: 'valid-from' is given twice [signing-keys-syntax]"},
      {"SWP ed25519 " + pk + " valid-from=2026-01-01 valid-until=2025-01-01",
       "k:1:1: error: valid-until 2025-01-01 is before valid-from 2026-01-01 [signing-keys-syntax]"},
      {"SWP ed25519 " + pk + "\r valid-from=2026-01-01",
       "k:1:1: error: the line holds control character U+000D [signing-keys-syntax]"},
  };
  for (const auto& [line, expected] : cases) {
    INFO(line);
    model::Diagnostics d;
    const auto keys = sign::parse_signing_keys("CTHB ed25519 " + pk + "\n" + line + "\n", "k", d);
    REQUIRE(keys.size() == 1);  // the good line before the bad one
    CHECK(keys[0].org == "CTHB");
    REQUIRE(d.items().size() == 1);
    // The bad line is the second: shift the expected line number.
    std::string want = expected;
    want.replace(want.find(":1:"), 3, ":2:");
    CHECK(model::format(d.items()[0]) == want);
  }
}

TEST_CASE("signing-keys with CRLF line ends reads as with LF") {
  model::Diagnostics d;
  const auto keys = sign::parse_signing_keys("# keys\r\nCTHB ed25519 " + pk + " valid-from=2026-01-01\r\n", "k", d);
  CHECK(d.items().empty());
  REQUIRE(keys.size() == 1);
  CHECK(keys[0].org == "CTHB");
}

TEST_CASE("signing-keys sits at the register's root, beside the protocol files") {
  CHECK(sign::signing_keys_path("protocols/cwm-taf/x.yaml") == "protocols/cwm-taf/signing-keys");
  CHECK(sign::signing_keys_path("x.yaml") == "signing-keys");
}
