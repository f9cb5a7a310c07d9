#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ispgen/model/protocol.hpp"

namespace ispgen::cli {

// A register as committed when one of its protocols had a given digest.
struct SignedSnapshot {
  std::string commit;                      // the commit's full hash
  std::vector<model::Register> registers;  // loaded from a scratch copy of its YAML files
  std::string scratch;                     // that copy's folder (removed by now), as file names begin
};

// The newest of the last `max_commits` commits touching the register folder `folder` in which
// protocol `protocol_id`, resolved, has `digest` under `template_identity`; nothing when the
// folder is not in a git work tree, git cannot be run, or no commit matches.
std::optional<SignedSnapshot> find_signed_in_git(const std::string& folder, const std::string& protocol_id,
                                                 const std::string& digest, std::string_view template_identity,
                                                 int max_commits = 200);

}  // namespace ispgen::cli
