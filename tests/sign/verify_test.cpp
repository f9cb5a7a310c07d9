// Verify's rules, one test each, and the attacks of issue 6: an edited record (each field), a
// protocol changed after signing, a record copied from another protocol, an older version's record
// replayed as current, a key used outside its validity dates, a truncated or non-base64 signature.
#include <catch2/catch.hpp>

#include "ispgen/sign.hpp"
#include "sign_fixture.hpp"

using namespace ispgen;
using test::key_for;
using test::signed_record;
using test::trusted;

namespace {

const model::Date today{2026, 6, 1};
const model::Date signed_on{2026, 5, 1};

model::Protocol protocol(const std::string& version = "1.1", const std::string& purpose = "Sharing to keep people safe") {
  model::Protocol p;
  p.id = "demo";
  p.version = version;
  p.purpose = purpose;
  for (const char* id : {"SWP", "MTCBC"}) {
    model::Partner partner;
    partner.id = id;
    p.partners.push_back(partner);
  }
  return p;
}

std::string digest_of(const model::Protocol& p) { return sign::digest(p, "templates"); }

const sign::SecretKey swp = key_for("SWP", 1);
const sign::SecretKey mtcbc = key_for("MTCBC", 2);
const std::vector<sign::TrustedKey> keys = {trusted(swp), trusted(mtcbc)};

// SWP's sign-off of the current protocol.
sign::Record current() { return signed_record(swp, "demo", "1.1", digest_of(protocol()), signed_on); }

// The one record's check.
sign::RecordCheck check(const sign::Record& r, const model::Protocol& p = protocol(),
                        const std::vector<sign::TrustedKey>& trusted_keys = keys) {
  const auto checks = sign::check_records(p, digest_of(p), trusted_keys, {r}, today);
  REQUIRE(checks.size() == 1);
  return checks.front();
}

sign::PartnerStatus status_of(const std::string& org, const std::vector<sign::Record>& records,
                              const model::Protocol& p = protocol()) {
  for (const sign::PartnerStatus& s : sign::verify(p, digest_of(p), keys, records, today))
    if (s.org == org) return s;
  FAIL("no partner " << org);
  return {};
}

}  // namespace

TEST_CASE("a good signature on the current digest is valid; partners without a record are not signed") {
  const auto statuses = sign::verify(protocol(), digest_of(protocol()), keys, {current()}, today);
  REQUIRE(statuses.size() == 2);
  CHECK(statuses[0].org == "SWP");  // the protocol's partner order
  CHECK(statuses[0].status == sign::Status::valid);
  REQUIRE(statuses[0].record);
  CHECK(statuses[0].record->version == "1.1");
  CHECK(statuses[0].record->date == signed_on);
  CHECK(statuses[0].invalid.empty());
  CHECK(statuses[1].org == "MTCBC");
  CHECK(statuses[1].status == sign::Status::not_signed);
  CHECK_FALSE(statuses[1].record);
}

TEST_CASE("attack: a ledger record edited after signing, field by field, no longer verifies") {
  using Edit = void (*)(sign::Record&);
  const std::vector<std::pair<const char*, Edit>> edits = {
      {"org", [](sign::Record& r) { r.org = "MTCBC"; }},
      {"name", [](sign::Record& r) { r.name = "Someone Else"; }},
      {"role", [](sign::Record& r) { r.role = "Deputy"; }},
      {"protocol", [](sign::Record& r) { r.protocol = "other"; }},
      {"version", [](sign::Record& r) { r.version = "1.2"; }},
      {"digest", [](sign::Record& r) { r.digest = std::string(64, '0'); }},
      {"date", [](sign::Record& r) { r.date = {2026, 5, 2}; }},
  };
  for (const auto& [field, edit] : edits) {
    INFO(field);
    sign::Record r = current();
    edit(r);
    const sign::RecordCheck c = check(r);
    CHECK(c.status == sign::Status::invalid);
    CHECK(c.code == "signature-invalid");
    CHECK(c.field == "signature");
    CHECK(c.reason.find("does not verify") != std::string::npos);
  }
}

TEST_CASE("attack: the protocol changed after signing") {
  const sign::Record r = current();
  SECTION("with a new version: the sign-off is stale, naming the version signed") {
    const sign::PartnerStatus s = status_of("SWP", {r}, protocol("1.2", "Sharing, changed"));
    CHECK(s.status == sign::Status::stale);
    REQUIRE(s.record);
    CHECK(s.record->version == "1.1");
  }
  SECTION("under the same version number: invalid, never valid") {
    const sign::RecordCheck c = check(r, protocol("1.1", "Sharing, changed"));
    CHECK(c.status == sign::Status::invalid);
    CHECK(c.code == "signed-content-differs");
    CHECK(c.field == "digest");
    CHECK(c.reason.starts_with("signed content differs from version 1.1"));
  }
}

TEST_CASE("attack: a record copied from another protocol's ledger") {
  const model::Protocol other = [] {
    model::Protocol p = protocol();
    p.id = "other";
    return p;
  }();
  const sign::Record copied = signed_record(swp, "other", "1.1", digest_of(other), signed_on);
  REQUIRE(check(copied, other).status == sign::Status::valid);  // where it belongs
  const sign::RecordCheck c = check(copied);
  CHECK(c.status == sign::Status::invalid);
  CHECK(c.code == "record-other-protocol");
  CHECK(c.field == "protocol");
  CHECK(c.reason == "the record signs protocol 'other', not 'demo': it was copied from another protocol's ledger");
}

TEST_CASE("attack: an older version's record replayed as the current one") {
  const sign::Record old = signed_record(swp, "demo", "1.0", digest_of(protocol("1.0", "Sharing, as it was")), signed_on);
  SECTION("as it was signed: stale, for version 1.0") {
    const sign::PartnerStatus s = status_of("SWP", {old});
    CHECK(s.status == sign::Status::stale);
    CHECK(s.record->version == "1.0");
  }
  SECTION("with its version edited to the current one: invalid") {
    sign::Record replayed = old;
    replayed.version = "1.1";
    CHECK(check(replayed).code == "signature-invalid");
    CHECK(status_of("SWP", {replayed}).status == sign::Status::invalid);
  }
  SECTION("with its version and digest edited: invalid") {
    sign::Record replayed = old;
    replayed.version = "1.1";
    replayed.digest = digest_of(protocol());
    CHECK(check(replayed).code == "signature-invalid");
  }
}

TEST_CASE("attack: a key used outside its validity dates") {
  const sign::Record r = current();  // signed 2026-05-01
  auto with_window = [&](std::optional<model::Date> from, std::optional<model::Date> until) {
    return check(r, protocol(), {trusted(swp, from, until), trusted(mtcbc)});
  };
  const sign::RecordCheck expired = with_window(std::nullopt, model::Date{2026, 4, 30});
  CHECK(expired.status == sign::Status::invalid);
  CHECK(expired.code == "key-not-valid");
  CHECK(expired.field == "date");
  CHECK(expired.reason == "signed on 2026-05-01 with a key valid until 2026-04-30 (signing-keys line 1)");
  const sign::RecordCheck early = with_window(model::Date{2026, 5, 2}, std::nullopt);
  CHECK(early.code == "key-not-valid");
  CHECK(early.reason == "signed on 2026-05-01 with a key valid from 2026-05-02 (signing-keys line 1)");
  // The window's first and last days are inside it.
  CHECK(with_window(model::Date{2026, 5, 1}, model::Date{2026, 5, 1}).status == sign::Status::valid);
}

TEST_CASE("a rotated key: the old one retired, the new one trusted from its date") {
  const sign::SecretKey old_key = key_for("SWP", 3), new_key = key_for("SWP", 4);
  const std::vector<sign::TrustedKey> rotated = {trusted(old_key, std::nullopt, model::Date{2026, 3, 31}),
                                                 trusted(new_key, model::Date{2026, 4, 1}), trusted(mtcbc)};
  const std::string d = digest_of(protocol());
  CHECK(check(signed_record(new_key, "demo", "1.1", d, signed_on), protocol(), rotated).status == sign::Status::valid);
  CHECK(check(signed_record(old_key, "demo", "1.1", d, model::Date{2026, 3, 1}), protocol(), rotated).status ==
        sign::Status::valid);
  CHECK(check(signed_record(old_key, "demo", "1.1", d, signed_on), protocol(), rotated).code == "key-not-valid");
}

TEST_CASE("attack: a truncated or non-base64 signature") {
  sign::Record r = current();
  const std::string signature = r.signature;
  SECTION("cut short by a base64 quantum: 63 bytes") {
    r.signature = signature.substr(0, signature.size() - 4);
    const sign::RecordCheck c = check(r);
    CHECK(c.code == "signature-invalid");
    CHECK(c.reason == "the signature is 63 bytes, not 64: it is truncated or padded");
  }
  SECTION("cut short by one character: not base64") {
    r.signature = signature.substr(0, signature.size() - 1);
    CHECK(check(r).reason == "the signature is not base64");
  }
  SECTION("not base64 at all") {
    r.signature = "not a signature!";
    CHECK(check(r).reason == "the signature is not base64");
  }
  SECTION("empty") {
    r.signature = "";
    CHECK(check(r).reason == "the signature is 0 bytes, not 64: it is truncated or padded");
  }
  SECTION("with trailing garbage") {
    r.signature = signature + "AAAA";
    CHECK(check(r).code == "signature-invalid");
  }
}

TEST_CASE("a signature by another organisation's key does not verify as this one's") {
  sign::Record r = signed_record(mtcbc, "demo", "1.1", digest_of(protocol()), signed_on);
  r.org = "SWP";
  r = sign::sign_record(r, mtcbc);  // signed again, by MTCBC's key, over org SWP
  CHECK(check(r).code == "signature-invalid");
}

TEST_CASE("an organisation with no trusted key: key unknown") {
  const sign::RecordCheck c = check(current(), protocol(), {trusted(mtcbc)});
  CHECK(c.code == "key-unknown");
  CHECK(c.field == "org");
  CHECK(c.reason == "no trusted key for 'SWP' in signing-keys");
  CHECK(check(current(), protocol(), {}).code == "key-unknown");
}

TEST_CASE("a record dated after today is invalid") {
  const sign::Record r = signed_record(swp, "demo", "1.1", digest_of(protocol()), {2026, 6, 2});
  const sign::RecordCheck c = check(r);
  CHECK(c.code == "record-future");
  CHECK(c.reason == "dated 2026-06-02, after today (2026-06-01)");
  CHECK(check(signed_record(swp, "demo", "1.1", digest_of(protocol()), today)).status == sign::Status::valid);
}

TEST_CASE("a record by an organisation that is not a partner of the protocol is invalid") {
  const sign::SecretKey cthb = key_for("CTHB", 5);
  const sign::Record r = signed_record(cthb, "demo", "1.1", digest_of(protocol()), signed_on);
  const sign::RecordCheck c = check(r, protocol(), {trusted(cthb)});
  CHECK(c.code == "record-not-partner");
  CHECK(c.reason == "'CTHB' is not a partner of protocol 'demo'");
}

TEST_CASE("a validly signed record naming another version than the digest it signs is invalid") {
  const sign::Record r = signed_record(swp, "demo", "1.0", digest_of(protocol()), signed_on);
  const sign::RecordCheck c = check(r);
  CHECK(c.code == "signed-content-differs");
  CHECK(c.field == "version");
}

TEST_CASE("several records of one partner: the newest valid wins, and invalid ones are still reported") {
  const std::string d = digest_of(protocol());
  sign::Record earlier = signed_record(swp, "demo", "1.1", d, {2026, 4, 1});
  sign::Record later = signed_record(swp, "demo", "1.1", d, {2026, 5, 1});
  earlier.at.line = 20;  // ledger order does not decide between dates
  later.at.line = 10;
  sign::Record forged = later;
  forged.name = "Forged";
  forged.at.line = 30;
  const sign::PartnerStatus s = status_of("SWP", {later, forged, earlier});
  CHECK(s.status == sign::Status::valid);
  REQUIRE(s.record);
  CHECK(s.record->date == model::Date{2026, 5, 1});
  REQUIRE(s.invalid.size() == 1);
  CHECK(s.invalid[0].record.name == "Forged");
}

TEST_CASE("with no valid record, an invalid one outranks a stale one") {
  const sign::Record stale = signed_record(swp, "demo", "1.0", digest_of(protocol("1.0", "Old")), signed_on);
  sign::Record forged = current();
  forged.role = "Forged";
  const sign::PartnerStatus s = status_of("SWP", {stale, forged});
  CHECK(s.status == sign::Status::invalid);
  CHECK(s.reason.find("does not verify") != std::string::npos);
  // Of two stale records, the newest decides.
  const sign::Record newer = signed_record(swp, "demo", "1.05", digest_of(protocol("1.05", "Newer")), {2026, 5, 20});
  const sign::PartnerStatus t = status_of("SWP", {newer, stale});
  CHECK(t.status == sign::Status::stale);
  CHECK(t.record->version == "1.05");
}

TEST_CASE("status words") {
  CHECK(sign::status_word(sign::Status::valid) == "valid");
  CHECK(sign::status_word(sign::Status::stale) == "stale");
  CHECK(sign::status_word(sign::Status::invalid) == "error");
  CHECK(sign::status_word(sign::Status::not_signed) == "not signed");
}
