#include "rules.hpp"

namespace ispgen::check {

void check_partners(Subject& s) {
  if (s.written.status == model::Status::superseded || s.written.status == model::Status::withdrawn) return;
  for (const model::Partner& p : s.resolved.partners)
    if (!p.signatory)
      s.out.warning(p.at, "partner-no-signatory",
                    "partner '" + p.id + "' has no signatory for protocol '" + s.written.id + "'");
}

}  // namespace ispgen::check
