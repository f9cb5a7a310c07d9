#include <algorithm>

#include "all_parties.hpp"
#include "ispgen/context.hpp"
#include "ispgen/model/resolve.hpp"
#include "ispgen/model/review.hpp"
#include "signoff.hpp"
#include "words.hpp"

namespace ispgen::context {
namespace {

using mstch::array;
using mstch::map;

std::string date_text(const std::optional<model::Date>& d) { return d ? d->long_form() : std::string(); }

array strings(const std::vector<std::string>& items) {
  array out;
  for (const std::string& s : items) out.emplace_back(s);
  return out;
}

// A list of maps built by `to_map` from `items`, each with its 1-based `number`.
template <class T, class ToMap>
array numbered(const std::vector<T>& items, ToMap to_map) {
  array out;
  int number = 0;
  for (const T& item : items) {
    map m = to_map(item);
    m["number"] = ++number;
    out.emplace_back(std::move(m));
  }
  return out;
}

map contact_map(const std::optional<model::Contact>& c) {
  if (!c) return {};
  return {{"name", c->name}, {"role", c->role}, {"email", c->email}, {"telephone", c->telephone},
          {"address", c->address}, {"text", contact_text(c)}};
}

const model::Partner* partner_by_id(const model::Protocol& p, const std::string& id) {
  for (const model::Partner& partner : p.partners)
    if (partner.id == id) return &partner;
  return nullptr;
}

map partner_map(const model::Partner& p) {
  map m{{"id", p.id},
        {"name", p.name},
        {"kind", p.kind ? kind_name(*p.kind) : std::string()},
        {"address", p.address},
        {"roles", strings(p.roles)},
        {"roles_text", join(p.roles, "; ")},
        {"responsible_manager", contact_text(p.responsible_manager)},
        {"designated_officer", contact_text(p.designated_officer)},
        {"breach_contact", contact_text(p.breach_contact)},
        {"breach_contact_details", contact_details(p.breach_contact)},
        {"designated_officer_details", contact_details(p.designated_officer)},
        {"has_signatory", p.signatory.has_value()}};
  m["signatory"] = contact_map(p.signatory);
  return m;
}

// A partner as one of a stage's parties, with the roles that act for it there.
map party_map(const std::string& id, const model::Partner* partner, const std::vector<std::string>& roles) {
  return {{"id", id}, {"name", partner ? partner->name : id}, {"roles_text", join(roles, "; ")}};
}

// Every partner of the protocol as a party of a stage that says `all`.
std::shared_ptr<const array> all_partners(const model::Protocol& p) {
  auto out = std::make_shared<array>();
  for (const model::Partner& partner : p.partners) out->emplace_back(party_map(partner.id, &partner, partner.roles));
  return out;
}

// The partners taking part at a stage, each with the roles that act for it there.
mstch::node parties_node(const model::Parties& parties, const model::Protocol& p,
                         const std::shared_ptr<const array>& everyone) {
  if (parties.all) return std::shared_ptr<mstch::object>(std::make_shared<AllParties>(everyone));
  array named;
  std::vector<std::string> texts;
  for (const model::StageParty& party : parties.named) {
    const model::Partner* partner = partner_by_id(p, party.partner.id);
    const std::vector<std::string>& roles = party.roles.empty() && partner ? partner->roles : party.roles;
    named.emplace_back(party_map(party.partner.id, partner, roles));
    texts.push_back(roles.empty() ? party.partner.id : party.partner.id + " (" + join(roles, "; ") + ")");
  }
  return map{{"all", false}, {"partners", named}, {"text", join(texts, "; ")}};
}

// Whether any of `items` satisfies `pred`: an optional table column has something to show.
template <class T, class Pred>
bool any(const std::vector<T>& items, Pred pred) {
  return std::any_of(items.begin(), items.end(), pred);
}

// The `field` of each item that `refs` names, in the order of `refs`.
template <class T>
std::vector<std::string> named(const std::vector<model::Ref>& refs, const std::vector<T>& items, std::string T::*field) {
  std::vector<std::string> out;
  for (const model::Ref& ref : refs)
    for (const T& item : items)
      if (item.id == ref.id) out.push_back(item.*field);
  return out;
}

template <class T>
std::string names_of(const std::vector<model::Ref>& refs, const std::vector<T>& items, std::string T::*field) {
  return join(named(refs, items, field), "; ");
}

map stage_map(const model::Stage& s, const model::Protocol& p, const std::shared_ptr<const array>& everyone) {
  std::string meeting;
  for (const model::Meeting& m : p.meetings)
    if (s.meeting && m.id == s.meeting->id) meeting = m.name;
  std::vector<std::string> shares;
  for (const model::Ref& ref : s.shares)
    for (const model::DataItem& d : p.data_items)
      if (d.id == ref.id) shares.push_back(d.name);
  return {{"id", s.id},
          {"name", s.name},
          {"description", s.description},
          {"shares", strings(shares)},
          {"shares_text", join(shares, "; ")},
          {"consent", s.consent},
          {"providers", parties_node(s.providers, p, everyone)},
          {"recipients", parties_node(s.recipients, p, everyone)},
          {"forms_text", names_of(s.forms, p.forms, &model::Form::title)},
          {"transfer_text", names_of(s.transfer, p.security.transfer_methods, &model::TransferMethod::name)},
          {"transfer", strings(named(s.transfer, p.security.transfer_methods, &model::TransferMethod::name))},
          {"frequency", s.frequency},
          {"considerations", s.considerations},
          {"meeting", meeting},
          {"referral", s.referral}};
}

map handling_map(const model::Handling& h) {
  return {{"marking", h.marking},   {"storage", h.storage},     {"disposal", h.disposal},
          {"media_disposal", h.media_disposal}, {"movement", h.movement}, {"telephone", h.telephone},
          {"email", h.email},       {"internet", h.internet}};
}

map security_map(const model::Security& s) {
  array levels, handled;
  for (const model::MarkingLevel& level : s.levels) {
    map m{{"id", level.id}, {"name", level.name}, {"definition", level.definition}, {"summary", level.summary},
          {"has_handling", level.handling.has_value()}};
    if (level.handling) {
      m["handling"] = handling_map(*level.handling);
      handled.emplace_back(m);
    }
    levels.emplace_back(std::move(m));
  }
  // The handling rules table: one row per rule, one column per level that has rules.
  static const std::vector<std::pair<std::string, std::string model::Handling::*>> rows = {
      {"Marking", &model::Handling::marking},
      {"Storage of papers", &model::Handling::storage},
      {"Disposal of papers, including photographs", &model::Handling::disposal},
      {"Disposal of magnetic media", &model::Handling::media_disposal},
      {"Movement between partner agencies", &model::Handling::movement},
      {"Telephone and mobile, including text messages", &model::Handling::telephone},
      {"Email", &model::Handling::email},
      {"Internet", &model::Handling::internet}};
  array rules;
  for (const auto& [label, field] : rows) {
    array cells;
    bool any = false;
    for (const model::MarkingLevel& level : s.levels)
      if (level.handling) {
        cells.emplace_back(map{{"text", (*level.handling).*field}});
        any = any || !((*level.handling).*field).empty();
      }
    if (any) rules.emplace_back(map{{"rule", label}, {"cells", cells}});
  }
  array methods;
  for (const model::TransferMethod& t : s.transfer_methods)
    methods.emplace_back(map{{"id", t.id}, {"name", t.name}, {"description", t.description}});
  return {{"levels", levels},
          {"handled_levels", handled},
          {"handling_rules", rules},
          {"transfer_methods", methods},
          {"breaches", s.breaches}};
}

map consent_map(const model::Consent& c, const model::Protocol& p) {
  std::string form_title, form_reference;
  for (const model::Form& f : p.forms)
    if (c.form && f.id == c.form->id) {
      form_title = f.title;
      form_reference = f.reference;
    }
  const bool seeks = c.model == model::ConsentModel::explicit_consent || c.model == model::ConsentModel::where_appropriate;
  map m{{"explicit", c.model == model::ConsentModel::explicit_consent},
        {"where_appropriate", c.model == model::ConsentModel::where_appropriate},
        {"not_required", c.model == model::ConsentModel::not_required},
        {"notify", c.model == model::ConsentModel::notify},
        {"basis", c.basis},
        {"seeks", seeks},
        {"shows_without_consent", seeks || c.without_consent.has_value()},
        {"form_title", form_title},
        {"form_reference", form_reference},
        {"capacity", c.capacity},
        {"children", c.children},
        {"recording", c.recording},
        {"refusal", c.refusal},
        {"withdrawal", c.withdrawal},
        {"review", c.review},
        {"has_without_consent", c.without_consent.has_value()}};
  if (c.without_consent)
    m["without_consent"] = map{{"criteria", strings(c.without_consent->criteria)},
                               {"decided_by", c.without_consent->decided_by},
                               {"recording", c.without_consent->recording}};
  return m;
}

map review_map(const model::Protocol& p) {
  const model::Review& r = p.review;
  std::string lead;
  if (r.lead)
    if (const model::Partner* partner = partner_by_id(p, r.lead->id)) lead = partner->name + " (" + partner->id + ")";
  array held;
  for (const model::ReviewRecord& rec : r.reviews)
    held.emplace_back(map{{"date", rec.date.long_form()}, {"by", rec.by}, {"outcome", rec.outcome}});
  const auto next = model::next_review(r, p.effective);
  const auto last = model::last_review(r);
  const bool reviewers = any(r.reviews, [](const auto& x) { return !x.by.empty(); });
  const bool outcomes = any(r.reviews, [](const auto& x) { return !x.outcome.empty(); });
  return {{"rule", review_rule(r)},
          {"fixed", r.due.has_value()},
          {"next_due", date_text(next)},
          {"last_held", date_text(last)},
          {"lead", lead},
          {"by", r.by},
          {"considers", strings(r.considers)},
          {"minor_changes", r.minor_changes},
          {"major_changes", r.major_changes},
          {"reviews", held},
          {"has_reviewers", reviewers},
          {"has_outcomes", outcomes},
          {"has_review_table", reviewers || outcomes}};
}

// Adds has_<key> beside every list in `m` and in the maps below it, so templates can test for an
// empty list (Mustache has no way to ask for a list's first item or length).
void add_presence_flags(map& m) {
  std::vector<std::pair<std::string, bool>> flags;
  for (auto& [key, value] : m) {
    if (auto* list = boost::get<array>(&value)) {
      flags.emplace_back("has_" + key, !list->empty());
      for (mstch::node& item : *list)
        if (auto* child = boost::get<map>(&item)) add_presence_flags(*child);
    } else if (auto* child = boost::get<map>(&value)) {
      add_presence_flags(*child);
    }
  }
  for (const auto& [key, present] : flags) m[key] = present;
}

}  // namespace

mstch::map protocol_context(const model::Register& reg, const model::Protocol& p, const model::SignOff& signoff) {
  map c{{"id", p.id},
        {"title", p.title},
        {"area", p.area},
        {"board", p.board},
        {"tier", p.tier ? std::to_string(*p.tier) : std::string()},
        {"status", status_name(p.status)},
        {"version", p.version},
        {"effective", date_text(p.effective)},
        {"published", date_text(p.published)},
        {"quality_assured", date_text(p.quality_assured)},
        {"marking", std::string(model::word_of(p.marking))},
        {"regime", regime_name(p.regime)},
        {"uk_gdpr", p.regime == model::Regime::uk_gdpr},
        {"dpa_1998", p.regime == model::Regime::dpa_1998},
        {"purpose", p.purpose},
        {"scope", p.scope},
        {"objectives", strings(p.objectives)},
        {"benefits", strings(p.benefits)},
        {"service_users", strings(p.service_users)},
        {"informing", strings(p.informing)},
        {"common_law", p.common_law},
        {"public_interest", strings(p.public_interest)}};
  if (p.framework)
    c["framework"] = map{{"name", p.framework->name},
                         {"tier", p.framework->tier ? std::to_string(*p.framework->tier) : std::string()},
                         {"url", p.framework->url}};
  if (p.parent)
    if (const model::Protocol* parent = model::find_protocol(reg, p.parent->id))
      c["parent"] = map{{"id", parent->id}, {"title", parent->title}};

  c["partners"] = numbered(p.partners, [&](const model::Partner& x) {
    map m = partner_map(x);
    m["signoff"] = partner_signoff(x.id, p, signoff);
    return m;
  });
  add_signoff_summary(c, p, signoff);
  c["partner_count"] = static_cast<int>(p.partners.size());
  // Optional table columns are left out when no row would fill them.
  c["has_responsible_managers"] = any(p.partners, [](const auto& x) { return x.responsible_manager.has_value(); });
  c["has_designated_officers"] = any(p.partners, [](const auto& x) { return x.designated_officer.has_value(); });
  c["has_breach_contacts"] = any(p.partners, [](const auto& x) { return x.breach_contact.has_value(); });
  c["has_data_groups"] = any(p.data_items, [](const auto& d) { return !d.group.empty(); });
  c["has_lawful_basis_summaries"] = any(p.lawful_bases, [](const auto& b) { return !b.summary.empty(); });
  c["has_history_dates"] = any(p.history, [](const auto& v) { return v.date.has_value(); });
  c["has_history_authors"] = any(p.history, [](const auto& v) { return !v.author.empty(); });
  c["has_history_summaries"] = any(p.history, [](const auto& v) { return !v.summary.empty(); });
  c["gateways"] = numbered(p.gateways, [](const model::Gateway& g) {
    return map{{"id", g.id},
               {"title", g.title},
               {"type", gateway_type_name(g.type)},
               {"sections", join(g.sections, ", ")},
               {"allows", g.allows},
               {"relied_on_by", join(g.relied_on_by, "; ")},
               {"url", g.url}};
  });
  c["lawful_bases"] = numbered(p.lawful_bases, [](const model::LawfulBasis& b) {
    return map{{"id", b.id}, {"provision", provision_name(b.provision)}, {"condition", b.condition}, {"summary", b.summary}};
  });
  c["data_items"] = numbered(p.data_items, [](const model::DataItem& d) {
    return map{{"id", d.id}, {"name", d.name}, {"category", category_name(d.category)}, {"identifies", d.identifies},
               {"group", d.group}, {"description", d.description},
               {"special", d.category == model::DataCategory::special_category},
               {"criminal", d.category == model::DataCategory::criminal_offence}};
  });
  std::vector<model::DataItem> identifiers;
  std::copy_if(p.data_items.begin(), p.data_items.end(), std::back_inserter(identifiers),
               [](const model::DataItem& d) { return d.identifies; });
  c["identifiers"] = numbered(identifiers, [](const model::DataItem& d) { return map{{"name", d.name}}; });
  c["has_special_category"] =
      any(p.data_items, [](const auto& d) { return d.category == model::DataCategory::special_category; });
  c["has_criminal_offence"] =
      any(p.data_items, [](const auto& d) { return d.category == model::DataCategory::criminal_offence; });
  c["consent"] = consent_map(p.consent, p);
  const std::shared_ptr<const array> everyone = all_partners(p);
  c["stages"] = numbered(p.stages, [&](const model::Stage& s) { return stage_map(s, p, everyone); });
  c["security"] = security_map(p.security);
  c["meetings"] = numbered(p.meetings, [&](const model::Meeting& m) {
    std::string level, level_summary, chair_partner;
    for (const model::MarkingLevel& l : p.security.levels)
      if (m.level && l.id == m.level->id) {
        level = l.name;
        level_summary = l.summary;
      }
    if (m.chair_partner)
      if (const model::Partner* partner = partner_by_id(p, m.chair_partner->id)) chair_partner = partner->name;
    std::vector<std::string> attendees;
    for (const model::Ref& ref : m.attendees)
      if (const model::Partner* partner = partner_by_id(p, ref.id)) attendees.push_back(partner->name);
    // The signing-in sheets for this meeting (a sheet naming no meeting serves every meeting).
    std::vector<std::string> sheets;
    for (const model::Form& f : p.forms)
      if (f.kind == model::FormKind::signing_in && (!f.meeting || f.meeting->id == m.id))
        sheets.push_back(f.reference.empty() ? f.title : f.title + " (" + f.reference + ")");
    const bool details = !m.chair.empty() || !chair_partner.empty() || !m.frequency.empty() || !m.location.empty() ||
                         !level.empty() || !attendees.empty() || !sheets.empty();
    return map{{"id", m.id}, {"name", m.name}, {"chair", m.chair}, {"chair_partner", chair_partner},
               {"frequency", m.frequency}, {"location", m.location}, {"level", level},
               {"purposes", strings(m.purposes)}, {"attendees_text", join(attendees, "; ")},
               {"signing_in", join(sheets, "; ")}, {"has_details", details},
               {"declaration", m.declaration}, {"equality_statement", m.equality_statement},
               {"level_summary", level_summary}, {"record_email", m.record_email}};
  });
  c["forms"] = numbered(p.forms, [](const model::Form& f) {
    return map{{"id", f.id}, {"title", f.title}, {"reference", f.reference}, {"note", f.note},
               {"kind", std::string(model::word_of(f.kind))}};
  });
  c["review"] = review_map(p);
  c["history"] = numbered(p.history, [](const model::Version& v) {
    return map{{"version", v.version}, {"date", date_text(v.date)}, {"author", v.author}, {"summary", v.summary}};
  });
  c["glossary"] = numbered(p.glossary, [](const model::Term& t) {
    return map{{"term", t.term}, {"definition", t.definition}};
  });
  c["checklists"] = numbered(p.checklists, [](const model::Checklist& list) {
    return map{{"id", list.id}, {"title", list.title}, {"introduction", list.introduction},
               {"items", numbered(list.items, [](const model::ChecklistItem& item) {
                  return map{{"text", item.text}, {"prompts", strings(item.prompts)}};
                })}};
  });
  c["arrangements"] = numbered(p.arrangements, [](const model::Theme& t) {
    return map{{"name", t.name},
               {"has_arrangement_texts", any(t.forums, [](const auto& f) { return !f.arrangement.empty(); })},
               {"forums", numbered(t.forums, [](const model::Forum& f) {
                  return map{{"name", f.name},
                             {"shares_individual_information", f.shares_individual_information},
                             {"arrangement", f.arrangement}};
                })}};
  });
  add_presence_flags(c);
  return c;
}

}  // namespace ispgen::context
