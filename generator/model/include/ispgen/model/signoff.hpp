#pragma once
#include <optional>
#include <string>
#include <vector>

#include "ispgen/model/date.hpp"

namespace ispgen::model {

// One partner's sign-off as the documents show it: the latest version it signed with a valid
// signature, and whether that is the version shown.
struct PartnerSignOff {
  std::string partner;  // the partner's id
  bool current = false;  // signed the version shown
  std::string version;   // the version signed; "" when it has signed none
  std::optional<Date> date;
  std::string name;  // the signatory who signed, and their role
  std::string role;
};

// What a document says about its own sign-off: the digest of the version it shows and each
// partner's signature, verified from the sign-off ledger by the build. Empty: nothing to say.
struct SignOff {
  std::string digest;  // SHA-256 of the version's content, 64 hex characters
  std::vector<PartnerSignOff> partners;
};

}  // namespace ispgen::model
