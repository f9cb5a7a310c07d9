#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ispgen/sign.hpp"
#include "signoff.hpp"

namespace ispgen::cli {

// What changed in a protocol since the version a stale sign-off signed.
struct ChangesSince {
  std::string source;              // where the list comes from, e.g. "git commit 1a2b3c4d5e6f"
  std::string summary;             // e.g. "2 material changes since", "the version history since"
  std::vector<std::string> lines;  // one per material change, or per version-history entry
};

// The material changes from the signed content to `now`: from the diff against the newest commit
// of the register where the protocol had the record's digest, else from the version history's
// entries after the signed version.
ChangesSince changes_since(const Signable& now, const sign::Record& signed_record, std::string_view template_identity);

}  // namespace ispgen::cli
