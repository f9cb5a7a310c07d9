#include "ispgen/load.hpp"

namespace ispgen::load {

// Required keys are marked with `true`. docs/schema.md explains each key; keep the three in step
// (tests/schema checks this table against schema/protocol.schema.json).
const std::vector<ObjectSchema>& object_schemas() {
  static const std::vector<ObjectSchema> schemas = {
      {"protocol",
       {{"id", true}, {"title", true}, {"area"}, {"board"}, {"tier"}, {"framework"}, {"parent"},
        {"regime", true}, {"status", true}, {"version", true}, {"effective"}, {"published"},
        {"quality_assured"}, {"marking", true}, {"purpose"}, {"scope"}, {"objectives"},
        {"benefits"}, {"service_users"}, {"informing"}, {"partners"}, {"gateways"},
        {"lawful_bases"}, {"common_law"}, {"public_interest"}, {"data_items"}, {"consent", true},
        {"stages"}, {"security"}, {"meetings"}, {"forms"}, {"review"}, {"history"}, {"glossary"},
        {"checklists"}, {"arrangements"}, {"clauses"}}},
      {"framework", {{"name", true}, {"tier"}, {"url"}}},
      {"partner_directory", {{"partners", true}}},
      {"gateway_library", {{"gateways", true}}},
      {"partner",
       {{"id", true}, {"name", true}, {"kind", true}, {"address"}, {"responsible_manager"},
        {"designated_officer"}, {"signatory"}, {"breach_contact"}, {"roles"}}},
      {"participation",
       {{"id", true}, {"responsible_manager"}, {"designated_officer"}, {"signatory"},
        {"breach_contact"}, {"roles"}}},
      {"contact", {{"name"}, {"role"}, {"email"}, {"telephone"}, {"address"}}},
      {"gateway",
       {{"id", true}, {"title", true}, {"type"}, {"sections"}, {"allows"}, {"relied_on_by"},
        {"kinds"}, {"url"}}},
      {"lawful_basis", {{"id", true}, {"provision", true}, {"condition", true}, {"summary"}}},
      {"data_item",
       {{"id", true}, {"name", true}, {"category", true}, {"identifies"}, {"group"}, {"description"}}},
      {"stage",
       {{"id", true}, {"name", true}, {"description"}, {"shares"}, {"consent"}, {"providers"},
        {"recipients"}, {"forms"}, {"transfer"}, {"frequency"}, {"considerations"}, {"meeting"},
        {"lawful_bases"}, {"referral"}}},
      {"stage_party", {{"partner", true}, {"roles"}}},
      {"consent",
       {{"model", true}, {"basis"}, {"form"}, {"capacity"}, {"children"}, {"recording"},
        {"refusal"}, {"withdrawal"}, {"review"}, {"without_consent"}}},
      {"without_consent", {{"criteria"}, {"decided_by"}, {"recording"}}},
      {"security", {{"levels"}, {"transfer_methods"}, {"breaches"}}},
      {"marking_level", {{"id", true}, {"name", true}, {"definition"}, {"summary"}, {"handling"}}},
      {"handling",
       {{"marking"}, {"storage"}, {"disposal"}, {"media_disposal"}, {"movement"}, {"telephone"},
        {"email"}, {"internet"}}},
      {"transfer_method", {{"id", true}, {"name", true}, {"description"}}},
      {"meeting",
       {{"id", true}, {"name", true}, {"chair"}, {"chair_partner"}, {"frequency"}, {"location"},
        {"level"}, {"purposes"}, {"attendees"}, {"declaration"}, {"equality_statement"},
        {"record_email"}}},
      {"form",
       {{"id", true}, {"title", true}, {"kind", true}, {"reference"}, {"meeting"}, {"stage"}, {"note"}}},
      {"review",
       {{"every_months"}, {"first_after_months"}, {"due"}, {"lead"}, {"by"}, {"considers"},
        {"minor_changes"}, {"major_changes"}, {"reviews"}}},
      {"review_record", {{"date", true}, {"by"}, {"outcome"}}},
      {"version", {{"version", true}, {"date"}, {"author"}, {"summary"}}},
      {"term", {{"term", true}, {"definition", true}}},
      {"checklist", {{"id", true}, {"title", true}, {"introduction"}, {"items", true}}},
      {"checklist_item", {{"text", true}, {"prompts"}}},
      {"theme", {{"name", true}, {"forums"}}},
      {"forum", {{"name", true}, {"shares_individual_information"}, {"arrangement"}}},
      {"clause", {{"section", true}, {"mode"}, {"title"}, {"after"}, {"text", true}}},
  };
  return schemas;
}

}  // namespace ispgen::load
