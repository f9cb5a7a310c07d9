#include "signoff.hpp"

#include "ispgen/forms.hpp"
#include "ispgen/sign.hpp"

namespace ispgen::build {

std::string template_identity(const std::map<std::string, std::string>& template_files) {
  return sign::template_set_identity(sign::template_set_files(template_files, forms::definition_files()));
}

model::SignOff signoff_of(const model::Protocol& written, const model::Protocol& resolved, std::string_view identity,
                          model::Date today, model::Diagnostics& diagnostics) {
  model::SignOff out;
  out.digest = sign::digest(resolved, identity);
  model::Diagnostics problems;
  const sign::SignOffFiles files = sign::read_signoff_files(written.at.file, problems);
  for (const sign::RecordCheck& c : sign::check_records(resolved, out.digest, files.keys, files.records, today))
    if (c.status == sign::Status::invalid)
      problems.error(c.record.where(c.field), c.code, "sign-off by '" + c.record.org + "': " + c.reason);
  for (model::Diagnostic d : problems.items()) {
    d.severity = model::Severity::warning;
    d.message += "; the documents show the partner awaiting signature (ispgen verify)";
    diagnostics.add(std::move(d));
  }
  for (const sign::PartnerStatus& s : sign::verify(resolved, out.digest, files.keys, files.records, today)) {
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
