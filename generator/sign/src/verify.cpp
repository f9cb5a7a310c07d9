// Judging a ledger's records against the protocol as it is now and the register's trusted keys.
#include <sodium.h>

#include <algorithm>

#include "ispgen/sign.hpp"
#include "sodium.hpp"

namespace ispgen::sign {
namespace {

std::string window(const TrustedKey& key) {
  if (key.valid_from && key.valid_until) return "valid from " + key.valid_from->iso() + " until " + key.valid_until->iso();
  if (key.valid_from) return "valid from " + key.valid_from->iso();
  return "valid until " + (key.valid_until ? key.valid_until->iso() : std::string("ever"));
}

bool signature_verifies(const Record& r, const std::vector<unsigned char>& signature, const TrustedKey& key) {
  const std::string message = signed_message(r);
  return crypto_sign_verify_detached(signature.data(), reinterpret_cast<const unsigned char*>(message.data()),
                                     message.size(), key.key.data()) == 0;
}

// Whether the record's signature holds under a trusted key of its organisation valid on its
// date; if not, why, with the diagnostic code. Nothing else in a record is believed before this.
std::pair<std::string, std::string> signature_problem(const Record& r, const std::vector<TrustedKey>& keys) {
  const auto signature = from_base64(r.signature);
  if (!signature) return {"signature-invalid", "the signature is not base64"};
  if (signature->size() != crypto_sign_BYTES)
    return {"signature-invalid", "the signature is " + std::to_string(signature->size()) + " bytes, not " +
                                     std::to_string(crypto_sign_BYTES) + ": it is truncated or padded"};
  std::vector<const TrustedKey*> verifying;
  bool org_has_key = false;
  for (const TrustedKey& key : keys) {
    if (key.org != r.org) continue;
    org_has_key = true;
    if (signature_verifies(r, *signature, key)) verifying.push_back(&key);
  }
  if (!org_has_key) return {"key-unknown", "no trusted key for '" + r.org + "' in signing-keys"};
  if (verifying.empty())
    return {"signature-invalid", "the signature does not verify under any trusted key of '" + r.org +
                                     "': the record was altered or signed with another key"};
  for (const TrustedKey* key : verifying)
    if (key->valid_on(r.date)) return {};
  return {"key-not-valid", "signed on " + r.date.iso() + " with a key " + window(*verifying.front()) +
                               " (signing-keys line " + std::to_string(verifying.front()->at.line) + ")"};
}

RecordCheck check_record(const model::Protocol& p, std::string_view digest, const std::vector<TrustedKey>& keys,
                         const Record& r, model::Date today) {
  RecordCheck check{r, Status::invalid, "", "", ""};
  auto invalid = [&](std::string code, std::string reason, std::string field) {
    check.code = std::move(code);
    check.reason = std::move(reason);
    check.field = std::move(field);
    return check;
  };
  if (auto [code, reason] = signature_problem(r, keys); !code.empty())
    return invalid(code, reason, code == "key-not-valid" ? "date" : code == "key-unknown" ? "org" : "signature");
  if (today < r.date) return invalid("record-future", "dated " + r.date.iso() + ", after today (" + today.iso() + ")", "date");
  if (r.protocol != p.id)
    return invalid("record-other-protocol", "the record signs protocol '" + r.protocol + "', not '" + p.id +
                                                "': it was copied from another protocol's ledger",
                   "protocol");
  const bool partner = std::any_of(p.partners.begin(), p.partners.end(), [&](const model::Partner& x) { return x.id == r.org; });
  if (!partner) return invalid("record-not-partner", "'" + r.org + "' is not a partner of protocol '" + p.id + "'", "org");
  const bool same_version = r.version == p.version, same_digest = r.digest == digest;
  if (same_version && !same_digest)
    return invalid("signed-content-differs", "signed content differs from version " + p.version +
                                                 ": the protocol changed without a new version number",
                   "digest");
  if (same_digest && !same_version)
    return invalid("signed-content-differs", "the record names version " + r.version + " but signs the content of version " + p.version,
                   "version");
  check.status = same_digest ? Status::valid : Status::stale;
  return check;
}

// Whether `a` is newer than `b`: a later date, or the same date later in the ledger.
bool newer(const Record& a, const Record& b) {
  return a.date != b.date ? b.date < a.date : b.at.line < a.at.line;
}

}  // namespace

bool TrustedKey::valid_on(model::Date date) const {
  return (!valid_from || *valid_from <= date) && (!valid_until || date <= *valid_until);
}

std::string_view status_word(Status status) {
  switch (status) {
    case Status::valid: return "valid";
    case Status::stale: return "stale";
    case Status::invalid: return "error";
    case Status::not_signed: return "not signed";
  }
  return "";
}

std::vector<RecordCheck> check_records(const model::Protocol& resolved, std::string_view digest,
                                       const std::vector<TrustedKey>& keys, const std::vector<Record>& records,
                                       model::Date today) {
  ensure_sodium();
  std::vector<RecordCheck> checks;
  for (const Record& r : records) checks.push_back(check_record(resolved, digest, keys, r, today));
  return checks;
}

std::vector<PartnerStatus> partner_statuses(const model::Protocol& resolved, const std::vector<RecordCheck>& checks) {
  std::vector<PartnerStatus> out;
  for (const model::Partner& partner : resolved.partners) {
    PartnerStatus s;
    s.org = partner.id;
    const RecordCheck* best[3] = {nullptr, nullptr, nullptr};  // the newest valid, invalid and stale record
    for (const RecordCheck& c : checks) {
      if (c.record.org != partner.id) continue;
      if (c.status == Status::invalid) s.invalid.push_back(c);
      const RecordCheck*& slot = best[c.status == Status::valid ? 0 : c.status == Status::invalid ? 1 : 2];
      if (!slot || newer(c.record, slot->record)) slot = &c;
    }
    for (const RecordCheck* decided : best) {
      if (!decided) continue;
      s.status = decided->status;
      s.record = decided->record;
      s.reason = decided->reason;
      break;
    }
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<PartnerStatus> verify(const model::Protocol& resolved, std::string_view digest,
                                  const std::vector<TrustedKey>& keys, const std::vector<Record>& records, model::Date today) {
  return partner_statuses(resolved, check_records(resolved, digest, keys, records, today));
}

}  // namespace ispgen::sign
