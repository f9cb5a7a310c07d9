#pragma once
// Keys with fixed seeds and records signed with them, for the sign-off tests.
#include <string>
#include <vector>

#include "ispgen/sign.hpp"

namespace ispgen::test {

// RFC 8032 section 7.1, test 1: the seed, and the public key it must give.
inline constexpr const char* rfc8032_seed_hex = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
inline constexpr const char* rfc8032_public_hex = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
// The same two in base64 (python3: base64.b64encode(bytes.fromhex(...))).
inline constexpr const char* rfc8032_seed_base64 = "nWGxne/9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A=";
inline constexpr const char* rfc8032_public_base64 = "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";

// Every diagnostic as printed, sorted.
inline std::vector<std::string> printed(const model::Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const model::Diagnostic& d : diagnostics.sorted()) out.push_back(model::format(d));
  return out;
}

// A key for `org` whose seed is 32 bytes of `fill`.
inline sign::SecretKey key_for(const std::string& org, unsigned char fill) {
  sign::SecretKey key;
  key.org = org;
  key.seed.fill(fill);
  return key;
}

// The trusted-key line for `key`, valid between the dates given (none: always).
inline sign::TrustedKey trusted(const sign::SecretKey& key, std::optional<model::Date> from = std::nullopt,
                                std::optional<model::Date> until = std::nullopt) {
  return sign::TrustedKey{key.org, key.public_key(), from, until, {"signing-keys", 1, 1}};
}

// A record of `key`'s organisation signing `protocol` `version` with `digest` on `date`.
inline sign::Record signed_record(const sign::SecretKey& key, const std::string& protocol, const std::string& version,
                                  const std::string& digest, model::Date date) {
  sign::Record r;
  r.org = key.org;
  r.name = "Alex Jones";
  r.role = "Chief Constable";
  r.protocol = protocol;
  r.version = version;
  r.digest = digest;
  r.date = date;
  return sign::sign_record(r, key);
}

}  // namespace ispgen::test
