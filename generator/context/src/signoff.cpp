#include "signoff.hpp"

#include <algorithm>

namespace ispgen::context {
namespace {

const model::PartnerSignOff* find(const model::SignOff& signoff, const std::string& partner_id) {
  const auto it = std::find_if(signoff.partners.begin(), signoff.partners.end(),
                               [&](const model::PartnerSignOff& s) { return s.partner == partner_id; });
  return it == signoff.partners.end() ? nullptr : &*it;
}

std::string signed_on(const model::PartnerSignOff& s) {
  return "version " + s.version + (s.date ? " on " + s.date->long_form() : std::string());
}

}  // namespace

mstch::map partner_signoff(const std::string& partner_id, const model::Protocol& p, const model::SignOff& signoff) {
  const model::PartnerSignOff* s = find(signoff, partner_id);
  if (!s || s->version.empty()) return {{"current", false}, {"stale", false}, {"status", std::string("Awaiting signature")}};
  const std::string status = s->current ? "Signed " + signed_on(*s)
                                        : "Awaiting signature of version " + p.version + " (signed " + signed_on(*s) + ")";
  return {{"current", s->current},
          {"stale", !s->current},
          {"version", s->version},
          {"date", s->date ? s->date->long_form() : std::string()},
          {"name", s->name},
          {"role", s->role},
          {"status", status}};
}

void add_signoff_summary(mstch::map& c, const model::Protocol& p, const model::SignOff& signoff) {
  c["digest"] = signoff.digest;
  c["short_digest"] = signoff.digest.substr(0, 12);
  const int total = static_cast<int>(p.partners.size());
  const int signed_now = static_cast<int>(std::count_if(p.partners.begin(), p.partners.end(), [&](const model::Partner& x) {
    const model::PartnerSignOff* s = find(signoff, x.id);
    return s && s->current;
  }));
  std::string text;
  if (signed_now == 0)
    text = "No partner has signed this version yet.";
  else if (signed_now == total)
    text = total == 1 ? "The partner has signed this version." : "All " + std::to_string(total) + " partners have signed this version.";
  else
    text = std::to_string(signed_now) + " of " + std::to_string(total) + " partners have signed this version.";
  c["signoff"] = mstch::map{{"signed", signed_now}, {"total", total}, {"all", signed_now == total}, {"text", text}};
}

}  // namespace ispgen::context
