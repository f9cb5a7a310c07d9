#include "classify.hpp"

namespace ispgen::diff {
namespace {

constexpr ChangeClass M = ChangeClass::material;
constexpr ChangeClass E = ChangeClass::editorial;

// The one table of what is material. A change is material when it alters who shares, what is
// shared, on what legal footing, under what consent, or how it is protected; editorial when the
// protocol would have partners do the same as before (wording, names, contacts, dates, guidance).
// docs/diff.md prints this table; keep the two the same.
constexpr Rule table[] = {
    // The protocol as a whole.
    {"title", E, "the title is wording", Scope::all},
    {"area", E, "the area's name is wording", Scope::all},
    {"board", E, "the owning board's name is wording", Scope::all},
    {"tier", E, "the tier is a label", Scope::all},
    {"framework", M, "the framework sets rules the protocol follows", Scope::all},
    {"framework.url", E, "a link", Scope::all},
    {"parent", M, "the parent protocol passes on partners, gateways and lawful bases", Scope::all},
    {"regime", M, "the data protection law it is made under", Scope::all},
    {"status", E, "where it is in its life, not what it says", Scope::all},
    {"version", E, "the version number", Scope::all},
    {"effective", E, "a date", Scope::all},
    {"published", E, "a date", Scope::all},
    {"quality_assured", E, "a date", Scope::all},
    {"marking", M, "the protective marking", Scope::all},
    {"purpose", M, "the purpose limits what sharing is for", Scope::all},
    {"scope", M, "what and whom the protocol covers", Scope::all},
    {"objectives", M, "what sharing is for", Scope::all},
    {"benefits", E, "the benefits described", Scope::all},
    {"service_users", M, "whose information is shared", Scope::all},
    {"informing", M, "how service users are told about sharing", Scope::all},
    // Partners.
    {"partners", M, "who shares", Scope::all},
    {"partners.*.name", E, "a partner's name: the same organisation", Scope::partner},
    {"partners.*.kind", M, "a partner's kind decides the gateways it may rely on", Scope::partner},
    {"partners.*.address", E, "contact details", Scope::partner},
    {"partners.*.responsible_manager", E, "contact details", Scope::partner},
    {"partners.*.designated_officer", E, "contact details", Scope::partner},
    {"partners.*.signatory", E, "who signs, not what is signed", Scope::partner},
    {"partners.*.breach_contact", E, "contact details", Scope::partner},
    {"partners.*.roles", M, "the roles that provide and receive information", Scope::partner},
    // The legal footing.
    {"gateways", M, "the legal gateways", Scope::all},
    {"gateways.*", M, "the legal gateways", Scope::gateway},
    {"gateways.*.url", E, "a link", Scope::gateway},
    {"lawful_bases", M, "the lawful bases", Scope::all},
    {"lawful_bases.*", M, "the lawful bases", Scope::lawful_basis},
    {"lawful_bases.*.summary", E, "a plain-words summary", Scope::lawful_basis},
    {"common_law", M, "the common law duty of confidence", Scope::all},
    {"public_interest", M, "the grounds for sharing without consent", Scope::all},
    // What is shared, and how.
    {"data_items", M, "the information shared", Scope::all},
    {"data_items.*", M, "the information shared", Scope::data_item},
    {"data_items.*.group", E, "how data items are grouped", Scope::data_item},
    {"data_items.*.description", E, "a data item's description", Scope::data_item},
    {"consent", M, "the consent model and how consent is handled", Scope::all},
    {"stages", M, "the stages of information flow", Scope::all},
    {"stages.*", M, "the stages of information flow", Scope::stage},
    {"stages.*.shares", M, "the information a stage shares", Scope::stage},
    {"stages.*.providers", M, "who provides information at a stage", Scope::stage},
    {"stages.*.recipients", M, "who receives information at a stage", Scope::stage},
    {"stages.*.transfer", M, "how a stage's information is moved", Scope::stage},
    {"stages.*.lawful_bases", M, "the lawful bases a stage relies on", Scope::stage},
    {"stages.*.name", E, "a stage's name", Scope::stage},
    {"stages.*.description", E, "a stage's description", Scope::stage},
    {"stages.*.considerations", E, "notes on a stage", Scope::stage},
    {"security", M, "security and handling", Scope::all},
    {"security.levels.*", M, "marking levels and their handling rules", Scope::level},
    {"security.levels.*.name", E, "a marking level's name", Scope::level},
    {"security.transfer_methods.*", M, "the ways information is moved", Scope::transfer_method},
    {"security.transfer_methods.*.name", E, "a transfer method's name", Scope::transfer_method},
    {"security.breaches", M, "how breaches are reported", Scope::all},
    {"meetings", M, "the meetings at which information is shared", Scope::all},
    {"meetings.*", M, "who attends, at what marking, for what", Scope::meeting},
    {"meetings.*.attendees", M, "who attends, and so hears what is shared", Scope::meeting},
    {"meetings.*.level", M, "the marking of what a meeting shares", Scope::meeting},
    {"meetings.*.name", E, "a meeting's name", Scope::meeting},
    {"meetings.*.chair", E, "who chairs is an arrangement", Scope::meeting},
    {"meetings.*.frequency", E, "an arrangement", Scope::meeting},
    {"meetings.*.location", E, "an arrangement", Scope::meeting},
    {"meetings.*.declaration", E, "wording", Scope::meeting},
    {"meetings.*.equality_statement", E, "wording", Scope::meeting},
    {"meetings.*.record_email", E, "what the signing-in sheet asks", Scope::meeting},
    {"forms", E, "the forms that record sharing", Scope::all},
    {"forms.*", E, "the forms that record sharing", Scope::form},
    // Keeping the protocol.
    {"review", E, "when and by whom it is reviewed", Scope::all},
    {"history", E, "the version history", Scope::all},
    {"glossary", E, "the glossary", Scope::all},
    {"checklists", E, "guidance for practitioners", Scope::all},
    {"arrangements", E, "the arrangements by theme", Scope::all},
    {"arrangements.*.forums.*.shares_individual_information", M, "whether a forum shares information about people",
     Scope::all},
    // Wording: a clause is wording, unless its section sets out what is shared and how.
    {"clauses", E, "wording", Scope::all},
    {"clauses.purpose", M, "wording of the purpose", Scope::all},
    {"clauses.partners", M, "wording about the partners", Scope::all},
    {"clauses.legal-basis", M, "wording of the legal basis", Scope::all},
    {"clauses.data", M, "wording about the information shared", Scope::all},
    {"clauses.identifiers", M, "wording about identifying people", Scope::all},
    {"clauses.consent", M, "wording about consent", Scope::all},
    {"clauses.security", M, "wording about security", Scope::all},
    {"clauses.records", M, "wording about records and their retention", Scope::all},
    {"clauses.breaches", M, "wording about breaches", Scope::all},
    {"clauses.information-reference", M, "wording about the stages of information flow", Scope::all},
};

bool matches(std::string_view pattern, const std::vector<std::string>& segments, std::size_t& length) {
  length = 0;
  std::size_t start = 0;
  while (start <= pattern.size()) {
    const std::size_t end = std::min(pattern.find('.', start), pattern.size());
    const std::string_view want = pattern.substr(start, end - start);
    if (length == segments.size()) return false;
    if (want != "*" && want != base_key(segments[length])) return false;
    ++length;
    start = end + 1;
  }
  return true;
}

}  // namespace

std::string_view base_key(std::string_view segment) {
  const std::size_t hash = segment.find('#');
  return hash == std::string_view::npos || hash == 0 ? segment : segment.substr(0, hash);
}

std::span<const Rule> rules() { return table; }

Classification classify(const std::vector<std::string>& segments, ChangeKind kind) {
  Classification out{M, "a protocol added or removed", Scope::all};
  if (!segments.empty()) out.reason = "not in the rule table: material to be safe";
  std::size_t best = 0;
  for (const Rule& rule : table) {
    std::size_t length = 0;
    if (segments.empty() || !matches(rule.pattern, segments, length) || length <= best) continue;
    best = length;
    out = {rule.change_class, std::string(rule.reason), rule.scope};
  }
  if (kind == ChangeKind::reordered) {
    out.change_class = E;
    out.reason = "only the order changed";
  } else if (kind == ChangeKind::renamed) {
    out.change_class = E;
    out.reason = "only the id changed, not the content";
  }
  return out;
}

}  // namespace ispgen::diff
