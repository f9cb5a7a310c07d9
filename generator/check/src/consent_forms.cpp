#include <algorithm>

#include "rules.hpp"

namespace ispgen::check {
namespace {

void check_consent(Subject& s) {
  const model::Consent& c = s.resolved.consent;
  if (c.at.line == 0) return;  // no consent section: reported as a missing key
  const model::Location& model_at = c.where("model");
  if (c.form) {
    require_known(*c.form, ids_of(s.resolved.forms), "form", " for consent", "undefined-form", s.out);
    for (const model::Form& f : s.resolved.forms)
      if (f.id == c.form->id && f.kind != model::FormKind::consent)
        s.out.warning(c.form->at, "form-kind",
                      "consent form '" + f.id + "' is a " + std::string(model::word_of(f.kind)) + " form, not a consent form");
  }
  if (c.model == model::ConsentModel::explicit_consent && !c.form && !c.rejected("form")) {
    const auto form = std::find_if(s.resolved.forms.begin(), s.resolved.forms.end(),
                                   [](const model::Form& f) { return f.kind == model::FormKind::consent; });
    s.out.error(model_at, "consent-form-missing",
                form == s.resolved.forms.end()
                    ? "explicit consent needs a consent form: add one under 'forms' (kind: consent) and name it in consent.form"
                    : "explicit consent needs its consent form named: add 'form: " + form->id + "' to consent");
  }
  if (c.model == model::ConsentModel::not_required && c.basis.empty())
    s.out.error(model_at, "consent-basis-missing", "consent is not required, but 'basis' does not say on what basis");
}

void check_form(Subject& s, const model::Form& f) {
  const model::Protocol& r = s.resolved;
  const std::string where = " in form '" + f.id + "'";
  if (f.meeting) require_known(*f.meeting, ids_of(r.meetings), "meeting", where, "undefined-meeting", s.out);
  if (f.stage) require_known(*f.stage, ids_of(r.stages), "stage", where, "undefined-stage", s.out);
  const auto referral_stages =
      std::count_if(r.stages.begin(), r.stages.end(), [](const model::Stage& st) { return st.referral; });
  // A stage whose 'referral' value was rejected may be the referral stage; it is reported already.
  const bool referral_unknown =
      std::any_of(r.stages.begin(), r.stages.end(), [](const model::Stage& st) { return st.rejected("referral"); });
  switch (f.kind) {
    case model::FormKind::referral:
      if (referral_unknown) break;
      if (!f.stage && referral_stages == 0)
        s.out.error(f.where("kind"), "form-needs-stage",
                    "referral form '" + f.id + "' needs a referral stage: mark one stage 'referral: true' or name it with 'stage'");
      else if (!f.stage && referral_stages > 1)
        s.out.error(f.where("kind"), "form-needs-stage",
                    "referral form '" + f.id + "': several stages are marked referral; name one with 'stage'");
      // The form asks for exactly the identifiers, so with none it could not say who is referred.
      if (std::none_of(r.data_items.begin(), r.data_items.end(), [](const model::DataItem& d) { return d.identifies; }))
        s.out.error(f.where("kind"), "form-needs-identifiers",
                    "referral form '" + f.id +
                        "' needs the identifiers that say who is referred: mark those data items 'identifies: true'");
      break;
    case model::FormKind::signing_in:
    case model::FormKind::confidentiality:
      if (!f.meeting && r.meetings.empty())
        s.out.error(f.where("kind"), "form-needs-meeting",
                    std::string(model::word_of(f.kind)) + " form '" + f.id + "' needs a meeting, but the protocol defines none");
      break;
    case model::FormKind::consent:
    case model::FormKind::other: break;
  }
}

}  // namespace

void check_consent_and_forms(Subject& s) {
  check_consent(s);
  for (const model::Form& f : s.resolved.forms) check_form(s, f);
}

}  // namespace ispgen::check
