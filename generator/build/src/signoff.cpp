#include "signoff.hpp"

#include "ispgen/build.hpp"
#include "ispgen/compose.hpp"
#include "ispgen/forms.hpp"

namespace ispgen::build {

std::string template_identity(const std::map<std::string, std::string>& template_files) {
  return sign::template_set_identity(sign::template_set_files(template_files, forms::definition_files()));
}

std::string template_identity(const std::string& templates_dir, model::Diagnostics& diagnostics) {
  return template_identity(compose::load_templates(templates_dir, diagnostics).files);
}

model::SignOff signoff_of(const model::Protocol& written, const model::Protocol& resolved, std::string_view identity,
                          model::Date today, KeysByRegister& keys, model::Diagnostics& diagnostics) {
  model::SignOff out;
  out.digest = sign::digest(resolved, identity);
  model::Diagnostics problems;
  const std::string& file = written.at.file;
  auto [entry, first] = keys.try_emplace(sign::signing_keys_path(file));
  if (first) entry->second = sign::read_trusted_keys(file, problems);
  const std::vector<sign::RecordCheck> checks =
      sign::check_records(resolved, out.digest, entry->second.keys, sign::read_ledger(file, problems).records, today);
  for (const sign::RecordCheck& c : checks)
    if (c.status == sign::Status::invalid)
      problems.error(c.record.where(c.field), c.code, "sign-off by '" + c.record.org + "': " + c.reason);
  for (model::Diagnostic d : problems.items()) {
    d.severity = model::Severity::warning;
    d.message += "; the documents show the partner awaiting signature (ispgen verify)";
    diagnostics.add(std::move(d));
  }
  for (const sign::PartnerStatus& s : sign::partner_statuses(resolved, checks)) {
    model::PartnerSignOff p{s.org, s.status == sign::Status::valid, "", std::nullopt, "", ""};
    if (s.record && (s.status == sign::Status::valid || s.status == sign::Status::stale)) {
      p.version = s.record->version;
      p.date = s.record->date;
      p.name = s.record->name;
      p.role = s.record->role;
    }
    out.partners.push_back(std::move(p));
  }
  return out;
}

}  // namespace ispgen::build
