#pragma once
// A protocol with every member of every model struct filled (every list holding an element, every
// optional present but a review's fixed date, which would hide its rule), and a walk over each of its members that changes one at a time: what the
// tests of the model's description use to show that every member is read, diffed, digested and
// reaches the template context.
#include <functional>
#include <string>
#include <type_traits>
#include <vector>

#include "ispgen/model/description.hpp"

namespace ispgen::test {

using namespace ispgen::model;

inline Ref ref(const std::string& id) { return Ref{id, {}}; }

inline Contact contact() { return Contact{{}, "Alex Jones", "Chief Constable", "alex@example.org", "01234 567890", "1 High Street"}; }

inline Protocol full_protocol() {
  Protocol p;
  p.id = "full";
  p.title = "Full";
  p.area = "Area";
  p.board = "Board";
  p.tier = 2;
  p.framework = Framework{{}, "WASPI", 1, "https://example.org"};
  p.parent = ref("parent");
  p.regime = Regime::uk_gdpr;
  p.status = Status::active;
  p.version = "1.0";
  p.effective = Date{2024, 1, 15};
  p.published = Date{2024, 1, 10};
  p.quality_assured = Date{2024, 1, 5};
  p.marking = Marking::official;
  p.purpose = "Purpose";
  p.scope = "Scope";
  p.objectives = {"objective"};
  p.benefits = {"benefit"};
  p.service_users = {"adults"};
  p.informing = {"leaflet"};
  Partner partner;
  partner.id = "SWP";
  partner.name = "South Wales Police";
  partner.kind = PartnerKind::police;
  partner.address = "Bridgend";
  partner.responsible_manager = contact();
  partner.designated_officer = contact();
  partner.signatory = contact();
  partner.breach_contact = contact();
  partner.roles = {"officer"};
  p.partners = {partner};
  p.gateway_ids = {ref("cda")};
  p.gateways = {Gateway{{}, "cda", "Crime and Disorder Act 1998", GatewayType::statute, {"section 115"}, "Sharing",
                        {"police"}, {PartnerKind::police}, "https://example.org/cda"}};
  p.lawful_bases = {LawfulBasis{{}, "task", Provision::gdpr_article_6, "6(1)(e)", "public task"}};
  p.common_law = "Common law";
  p.public_interest = {"prevent crime"};
  p.data_items = {DataItem{{}, "name", "Name", DataCategory::identifier, true, "Identity", "Full name"}};
  p.consent = Consent{{}, ConsentModel::explicit_consent, "Basis", ref("sheet"), "Capacity", "Children",
                      "Recording", "Refusal", "Withdrawal", "Review",
                      WithoutConsent{{}, {"risk of harm"}, "Panel chair", "Case notes"}};
  Stage stage;
  stage.id = "refer";
  stage.name = "Referral";
  stage.description = "Description";
  stage.shares = {ref("name")};
  stage.consent = "Consent";
  stage.providers = Parties{{}, false, {StageParty{{}, ref("SWP"), {"officer"}}}};
  stage.recipients = Parties{{}, false, {StageParty{{}, ref("SWP"), {"analyst"}}}};
  stage.forms = {ref("sheet")};
  stage.transfer = {ref("secure-email")};
  stage.frequency = "Weekly";
  stage.considerations = "Considerations";
  stage.meeting = ref("panel");
  stage.lawful_bases = {ref("task")};
  stage.referral = false;
  p.stages = {stage};
  p.security.levels = {MarkingLevel{{}, "official", "Official", "Definition", "Summary",
                                    Handling{{}, "Marking", "Storage", "Disposal", "Media", "Movement", "Telephone",
                                             "Email", "Internet"}}};
  p.security.transfer_methods = {TransferMethod{{}, "secure-email", "Secure email", "Description"}};
  p.security.breaches = "Breaches";
  Meeting meeting;
  meeting.id = "panel";
  meeting.name = "Panel";
  meeting.chair = "Chair";
  meeting.chair_partner = ref("SWP");
  meeting.frequency = "Monthly";
  meeting.location = "Police station";
  meeting.level = ref("official");
  meeting.purposes = {"decide support"};
  meeting.attendees = {ref("SWP")};
  meeting.declaration = "Declaration";
  meeting.equality_statement = "Equality";
  meeting.record_email = false;
  p.meetings = {meeting};
  p.forms = {Form{{}, "sheet", "Signing-in sheet", FormKind::signing_in, "Appendix D", ref("panel"), ref("refer"), "Note"}};
  p.review = Review{{}, 12, 24, std::nullopt, ref("SWP"), "Board", {"new law"}, "Chair", "Board",
                    {ReviewRecord{{}, Date{2024, 6, 1}, "Board", "No change"}}};
  p.history = {Version{{}, "1.0", Date{2024, 1, 10}, "Author", "First"}};
  p.glossary = {Term{{}, "ISP", "Information sharing protocol"}};
  p.checklists = {Checklist{{}, "need", "Do we need it?", "Introduction", {ChecklistItem{{}, "Text", {"prompt"}}}}};
  p.arrangements = {Theme{{}, "Theme", {Forum{{}, "Forum", false, "Arrangement"}}}};
  p.clauses = {Clause{{}, "purpose", ClauseMode::append, "Title", "scope", "Clause text"}};
  return p;
}

// Changes that alter one member each, per kind of value.
inline void change(std::string& s) { s += "x"; }
inline void change(bool& b) { b = !b; }
inline void change(int& n) { ++n; }
inline void change(Date& d) { d = d.add_months(1); }
inline void change(Ref& r) { r.id += "x"; }
template <class E>
  requires std::is_enum_v<E>
void change(E& e) {
  e = e == vocabulary<E>()[0].value ? vocabulary<E>()[1].value : vocabulary<E>()[0].value;
}
// An optional value is changed in place, or set when absent; an optional struct is removed (its
// members are changed one by one where its struct is walked).
inline void change(std::optional<Date>& o) { o = o ? o->add_months(1) : Date{2025, 1, 1}; }
template <class T>
void change(std::optional<T>& o) {
  if constexpr (described<T>)
    o.reset();
  else if (o)
    change(*o);
  else
    o.emplace();
}
template <class T>
void change(std::vector<T>& v) {
  v.push_back(v.front());
}
// A struct that is a member of another: its first member changes (each is walked on its own too).
template <described T>
void change(T& t) {
  bool done = false;
  for_each_field(t, [&](const auto&, auto& member) {
    if (!done) change(member);
    done = true;
  });
}

// One member of one struct, where it sits in the full protocol.
struct MemberAt {
  std::string path;       // e.g. "stages.providers.named.roles"
  std::vector<std::string> segments;  // its path in the diff's tree, "x" for an element's key
  std::string_view type;  // the struct, as the canonical bytes name it
  std::string_view name;  // the member
  std::string_view key;   // its YAML key ("" when no file writes it)
  Shown shown;
  std::string_view where;  // the section that prints it, or who reads it instead
  bool replaced;  // resolve() replaces it (readers of a resolved protocol see the replacement)
  Class weight;
  bool whole;  // a struct held by value: its change is one of its own members' changes
  std::function<void(Protocol&)> change;  // changes it in a protocol made by full_protocol()
};

// Calls `visit(MemberAt)` for every member of T and, below it, of every struct it holds; `get`
// finds the T in a protocol.
template <class T, class Get, class Visit>
void each_member(const std::string& path, const std::vector<std::string>& segments, Get get, Visit& visit) {
  for_each_field<T>([&](const auto& spec) {
    using M = typename std::remove_cvref_t<decltype(spec)>::Member;
    using E = element_of_t<M>;
    const auto member = [get, m = spec.member](Protocol& p) -> M& { return get(p).*m; };
    const std::string here = path.empty() ? std::string(spec.name) : path + "." + std::string(spec.name);
    std::vector<std::string> at = segments;
    if (!std::is_same_v<T, Parties>) at.emplace_back(spec.key.empty() ? spec.name : spec.key);
    if (std::is_same_v<M, std::vector<E>> && described<E>) at.emplace_back("x");
    visit(MemberAt{here, at, Described<T>::type, spec.name, spec.key, spec.shown, spec.where, !spec.replaced_by.empty(), spec.weight,
                   described<M>, [member](Protocol& p) { change(member(p)); }});
    if constexpr (described<E> && std::is_same_v<M, std::vector<E>>)
      each_member<E>(here, at, [member](Protocol& p) -> E& { return member(p).front(); }, visit);
    else if constexpr (described<E> && std::is_same_v<M, std::optional<E>>)
      each_member<E>(here, at, [member](Protocol& p) -> E& { return *member(p); }, visit);
    else if constexpr (described<M>)
      each_member<M>(here, at, member, visit);
  });
}

// Every member of every struct of the full protocol, each with the change that alters it.
inline std::vector<MemberAt> every_member() {
  std::vector<MemberAt> out;
  auto visit = [&](MemberAt m) { out.push_back(std::move(m)); };
  each_member<Protocol>("", {}, [](Protocol& p) -> Protocol& { return p; }, visit);
  return out;
}

}  // namespace ispgen::test
