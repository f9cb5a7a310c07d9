#include "rules.hpp"

#include "ispgen/model/resolve.hpp"

namespace ispgen::check {

void require_known(const model::Ref& ref, const std::vector<std::string_view>& known, std::string_view what,
                   std::string_view where, const std::string& code, model::Diagnostics& out) {
  for (std::string_view k : known)
    if (k == ref.id) return;
  out.error(ref.at, code,
            "unknown " + std::string(what) + " '" + ref.id + "'" + std::string(where) + did_you_mean(ref.id, known));
}

model::Diagnostics check_register(const model::Register& reg, const Options& options) {
  model::Diagnostics out;
  report_duplicate_ids(reg.partners, "partner", out);
  report_duplicate_ids(reg.gateways, "gateway", out);
  for (const model::Protocol& written : reg.protocols) {
    const model::Protocol resolved = model::resolve(reg, written);
    Subject s{reg, written, resolved, options, out};
    check_structure(s);
    check_legal(s);
    check_consent_and_forms(s);
    check_dates(s);
    check_partners(s);
    check_clauses(s);
  }
  return out;
}

}  // namespace ispgen::check
