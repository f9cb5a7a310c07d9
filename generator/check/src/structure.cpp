#include "ispgen/model/outputs.hpp"
#include "ispgen/model/resolve.hpp"
#include "rules.hpp"

namespace ispgen::check {
namespace {

void check_parent(Subject& s) {
  if (!s.written.parent) return;
  const model::Ref& parent = *s.written.parent;
  if (!model::find_protocol(s.reg, parent.id)) {
    require_known(parent, ids_of(s.reg.protocols), "parent protocol", " in " + s.reg.folder, "undefined-parent", s.out);
    return;
  }
  if (parent.id == s.written.id) {
    s.out.error(parent.at, "parent-cycle", "protocol '" + s.written.id + "' names itself as its parent");
    return;
  }
  std::string chain = s.written.id;
  const model::Protocol* current = &s.written;
  for (std::size_t steps = 0; current && current->parent && steps <= s.reg.protocols.size(); ++steps) {
    chain += " -> " + current->parent->id;
    if (current->parent->id == s.written.id) {
      s.out.error(parent.at, "parent-cycle", "parent protocols form a cycle: " + chain);
      return;
    }
    current = model::find_protocol(s.reg, current->parent->id);
  }
}

// Whether the protocol's partner list is known in full: not when the directory could not be read,
// or the list is missing, rejected or names an unknown partner (those are reported already).
bool partner_list_known(const Subject& s) {
  if (!s.reg.partners_readable || s.written.rejected("partners")) return false;
  if (s.written.partners.empty() && !s.written.parent) return false;
  for (const model::Partner& entry : s.written.partners)
    if (!has_id(s.reg.partners, entry.id)) return false;
  return true;
}

// A partner a stage or meeting names must be one of this protocol's partners.
void require_partner(Subject& s, const model::Ref& ref, std::string_view where) {
  if (has_id(s.resolved.partners, ref.id) || !partner_list_known(s)) return;
  if (has_id(s.reg.partners, ref.id)) {
    s.out.error(ref.at, "undefined-partner",
                "partner '" + ref.id + "'" + std::string(where) + " is in the directory but not among this protocol's partners");
    return;
  }
  require_known(ref, ids_of(s.resolved.partners), "partner", where, "undefined-partner", s.out);
}

void check_partner_list(Subject& s) {
  const model::Protocol& p = s.written;
  report_duplicate_ids(p.partners, "partner", s.out);
  // A directory or library that could not be read has been reported; its entries are unknown.
  if (s.reg.partners_readable)
    for (const model::Partner& entry : p.partners)
      require_known({entry.id, entry.where("id")}, ids_of(s.reg.partners), "partner",
                  s.reg.partners_file.empty() ? " (this folder has no partners.yaml)" : " in " + s.reg.partners_file,
                  "undefined-partner", s.out);
  if (p.partners.empty() && !p.parent && !p.rejected("partners"))
    s.out.error(p.at, "no-partners", "protocol '" + p.id + "' lists no partners");
  if (s.reg.gateways_readable)
    for (const model::Ref& g : p.gateway_ids)
      require_known(g, ids_of(s.reg.gateways), "gateway",
                  s.reg.gateways_file.empty() ? " (this folder has no gateways.yaml)" : " in " + s.reg.gateways_file,
                  "undefined-gateway", s.out);
}

void check_stage(Subject& s, const model::Stage& stage) {
  const model::Protocol& r = s.resolved;
  const std::string where = " in stage '" + stage.id + "'";
  for (const model::Ref& ref : stage.shares)
    require_known(ref, ids_of(r.data_items), "data item", where, "undefined-data-item", s.out);
  for (const model::Ref& ref : stage.forms) require_known(ref, ids_of(r.forms), "form", where, "undefined-form", s.out);
  for (const model::Ref& ref : stage.transfer)
    require_known(ref, ids_of(r.security.transfer_methods), "transfer method", where, "undefined-transfer-method", s.out);
  for (const model::Ref& ref : stage.lawful_bases)
    require_known(ref, ids_of(r.lawful_bases), "lawful basis", where, "undefined-lawful-basis", s.out);
  if (stage.meeting) require_known(*stage.meeting, ids_of(r.meetings), "meeting", where, "undefined-meeting", s.out);
  for (const model::Parties* parties : {&stage.providers, &stage.recipients})
    if (!parties->all)
      for (const model::StageParty& party : parties->named) require_partner(s, party.partner, where);
  if (!stage.providers.all && stage.providers.named.empty() && !stage.rejected("providers"))
    s.out.error(stage.where("providers"), "stage-no-provider", "stage '" + stage.id + "' names no partner that provides information");
  if (!stage.recipients.all && stage.recipients.named.empty() && !stage.rejected("recipients"))
    s.out.error(stage.where("recipients"), "stage-no-recipient", "stage '" + stage.id + "' names no partner that receives information");
}

void check_meeting(Subject& s, const model::Meeting& m) {
  const std::string where = " in meeting '" + m.id + "'";
  if (m.chair_partner) require_partner(s, *m.chair_partner, where);
  for (const model::Ref& ref : m.attendees) require_partner(s, ref, where);
  if (m.level)
    require_known(*m.level, ids_of(s.resolved.security.levels), "marking level", where, "undefined-marking-level", s.out);
}

}  // namespace

void check_structure(Subject& s) {
  const model::Protocol& r = s.resolved;
  if (model::names_an_output_file(s.written.id))
    s.out.error(s.written.where("id"), "reserved-id",
                "protocol id '" + s.written.id + "' is the name of the register's index page in the output folder; " +
                    "rename the file");
  check_parent(s);
  check_partner_list(s);
  report_duplicate_ids(s.written.data_items, "data item", s.out);
  report_duplicate_ids(s.written.stages, "stage", s.out);
  report_duplicate_ids(s.written.meetings, "meeting", s.out);
  report_duplicate_ids(s.written.forms, "form", s.out);
  report_duplicate_ids(s.written.lawful_bases, "lawful basis", s.out);
  report_duplicate_ids(s.written.security.levels, "marking level", s.out);
  report_duplicate_ids(s.written.security.transfer_methods, "transfer method", s.out);
  report_duplicate_ids(s.written.checklists, "checklist", s.out);
  for (const model::Stage& stage : r.stages) check_stage(s, stage);
  for (const model::Meeting& m : r.meetings) check_meeting(s, m);
  if (r.review.lead) require_partner(s, *r.review.lead, " leading the review");
}

}  // namespace ispgen::check
