// The guard against a model field escaping the digest: a protocol with every field filled, every
// optional present and every list holding an element, changed one field at a time. Each struct's
// list of changes must have one entry per field (counted from the struct itself), so a field
// added to the model fails here until it is changed here too, as it fails canonical.cpp's build.
#include <catch2/catch.hpp>
#include <functional>
#include <set>

#include "ispgen/model/field_count.hpp"
#include "ispgen/sign.hpp"

using namespace ispgen;
using namespace ispgen::model;

namespace {

Ref ref(const std::string& id) { return Ref{id, {}}; }

Contact contact() { return Contact{{}, "Alex Jones", "Chief Constable", "alex@example.org", "01234 567890", "1 High Street"}; }

Protocol full_protocol() {
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
  p.consent = Consent{{}, ConsentModel::explicit_consent, "Basis", ref("consent"), "Capacity", "Children",
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
  stage.forms = {ref("referral")};
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
  p.forms = {Form{{}, "referral", "Referral form", FormKind::referral, "Appendix D", ref("panel"), ref("refer"), "Note"}};
  p.review = Review{{}, 12, 24, Date{2025, 1, 1}, ref("SWP"), "Board", {"new law"}, "Chair", "Board",
                    {ReviewRecord{{}, Date{2024, 6, 1}, "Board", "No change"}}};
  p.history = {Version{{}, "1.0", Date{2024, 1, 10}, "Author", "First"}};
  p.glossary = {Term{{}, "ISP", "Information sharing protocol"}};
  p.checklists = {Checklist{{}, "need", "Do we need it?", "Introduction", {ChecklistItem{{}, "Text", {"prompt"}}}}};
  p.arrangements = {Theme{{}, "Theme", {Forum{{}, "Forum", false, "Arrangement"}}}};
  p.clauses = {Clause{{}, "purpose", ClauseMode::append, "Title", "scope", "Clause text"}};
  return p;
}

// Changes that alter one field each, per value kind.
void change(std::string& s) { s += "x"; }
void change(bool& b) { b = !b; }
void change(Date& d) { d = d.add_months(1); }
void change(Ref& r) { r.id += "x"; }
template <class E>
  requires std::is_enum_v<E>
void change(E& e) {
  e = e == vocabulary<E>()[0].value ? vocabulary<E>()[1].value : vocabulary<E>()[0].value;
}
// Structs that are fields of another: one change stands for them; their own fields are each checked.
void change(Consent& c) { c.basis += "x"; }
void change(Security& s) { s.breaches += "x"; }
void change(Review& r) { r.by += "x"; }
void change(Parties& p) { p.all = !p.all; }
template <class T>
void change(std::optional<T>& o) {
  o.reset();  // the contents are changed field by field where the optional's struct is checked
}
template <class T>
void change(std::vector<T>& v) {
  v.push_back(v.front());
}

// One change per field of T, each through a member pointer; the count is checked against T's fields.
template <class T>
struct Changes {
  std::vector<std::function<void(T&)>> list;
  template <class M>
  Changes& operator()(M T::*member) {
    list.push_back([member](T& t) { change(t.*member); });
    return *this;
  }
};

template <class T>
void check_each_field(const char* where, const std::function<T&(Protocol&)>& get, const Changes<T>& changes) {
  INFO(where);
  // field_count counts the Element base as one; each field after it needs its change.
  REQUIRE(changes.list.size() + 1 == model::field_count<T>());
  const Protocol base = full_protocol();
  const std::string before = sign::digest(base, "templates");
  std::set<std::string> seen{before};
  for (std::size_t i = 0; i < changes.list.size(); ++i) {
    Protocol p = base;
    changes.list[i](get(p));
    const std::string after = sign::digest(p, "templates");
    INFO("field " << i + 1);
    CHECK(after != before);
    CHECK(seen.insert(after).second);  // and no two changes give the same bytes
  }
}

}  // namespace

TEST_CASE("every field of every model struct changes the digest") {
  check_each_field<Protocol>("protocol", [](Protocol& p) -> Protocol& { return p; },
                             Changes<Protocol>{}(&Protocol::id)(&Protocol::title)(&Protocol::area)(&Protocol::board)(
                                 &Protocol::tier)(&Protocol::framework)(&Protocol::parent)(&Protocol::regime)(
                                 &Protocol::status)(&Protocol::version)(&Protocol::effective)(&Protocol::published)(
                                 &Protocol::quality_assured)(&Protocol::marking)(&Protocol::purpose)(&Protocol::scope)(
                                 &Protocol::objectives)(&Protocol::benefits)(&Protocol::service_users)(
                                 &Protocol::informing)(&Protocol::partners)(&Protocol::gateway_ids)(&Protocol::gateways)(
                                 &Protocol::lawful_bases)(&Protocol::common_law)(&Protocol::public_interest)(
                                 &Protocol::data_items)(&Protocol::consent)(&Protocol::stages)(&Protocol::security)(
                                 &Protocol::meetings)(&Protocol::forms)(&Protocol::review)(&Protocol::history)(
                                 &Protocol::glossary)(&Protocol::checklists)(&Protocol::arrangements)(&Protocol::clauses));
  check_each_field<Framework>("framework", [](Protocol& p) -> Framework& { return *p.framework; },
                              Changes<Framework>{}(&Framework::name)(&Framework::tier)(&Framework::url));
  check_each_field<Partner>("partner", [](Protocol& p) -> Partner& { return p.partners[0]; },
                            Changes<Partner>{}(&Partner::id)(&Partner::name)(&Partner::kind)(&Partner::address)(
                                &Partner::responsible_manager)(&Partner::designated_officer)(&Partner::signatory)(
                                &Partner::breach_contact)(&Partner::roles));
  for (auto contact : {&Partner::responsible_manager, &Partner::designated_officer, &Partner::signatory, &Partner::breach_contact})
    check_each_field<Contact>("contact", [contact](Protocol& p) -> Contact& { return *(p.partners[0].*contact); },
                              Changes<Contact>{}(&Contact::name)(&Contact::role)(&Contact::email)(&Contact::telephone)(
                                  &Contact::address));
  check_each_field<Gateway>("gateway", [](Protocol& p) -> Gateway& { return p.gateways[0]; },
                            Changes<Gateway>{}(&Gateway::id)(&Gateway::title)(&Gateway::type)(&Gateway::sections)(
                                &Gateway::allows)(&Gateway::relied_on_by)(&Gateway::kinds)(&Gateway::url));
  check_each_field<LawfulBasis>("lawful basis", [](Protocol& p) -> LawfulBasis& { return p.lawful_bases[0]; },
                                Changes<LawfulBasis>{}(&LawfulBasis::id)(&LawfulBasis::provision)(&LawfulBasis::condition)(
                                    &LawfulBasis::summary));
  check_each_field<DataItem>("data item", [](Protocol& p) -> DataItem& { return p.data_items[0]; },
                             Changes<DataItem>{}(&DataItem::id)(&DataItem::name)(&DataItem::category)(
                                 &DataItem::identifies)(&DataItem::group)(&DataItem::description));
  check_each_field<Consent>("consent", [](Protocol& p) -> Consent& { return p.consent; },
                            Changes<Consent>{}(&Consent::model)(&Consent::basis)(&Consent::form)(&Consent::capacity)(
                                &Consent::children)(&Consent::recording)(&Consent::refusal)(&Consent::withdrawal)(
                                &Consent::review)(&Consent::without_consent));
  check_each_field<WithoutConsent>("without consent", [](Protocol& p) -> WithoutConsent& { return *p.consent.without_consent; },
                                   Changes<WithoutConsent>{}(&WithoutConsent::criteria)(&WithoutConsent::decided_by)(
                                       &WithoutConsent::recording));
  check_each_field<Stage>("stage", [](Protocol& p) -> Stage& { return p.stages[0]; },
                          Changes<Stage>{}(&Stage::id)(&Stage::name)(&Stage::description)(&Stage::shares)(
                              &Stage::consent)(&Stage::providers)(&Stage::recipients)(&Stage::forms)(&Stage::transfer)(
                              &Stage::frequency)(&Stage::considerations)(&Stage::meeting)(&Stage::lawful_bases)(
                              &Stage::referral));
  for (auto parties : {&Stage::providers, &Stage::recipients}) {
    check_each_field<Parties>("parties", [parties](Protocol& p) -> Parties& { return p.stages[0].*parties; },
                              Changes<Parties>{}(&Parties::all)(&Parties::named));
    check_each_field<StageParty>("stage party", [parties](Protocol& p) -> StageParty& { return (p.stages[0].*parties).named[0]; },
                                 Changes<StageParty>{}(&StageParty::partner)(&StageParty::roles));
  }
  check_each_field<Security>("security", [](Protocol& p) -> Security& { return p.security; },
                             Changes<Security>{}(&Security::levels)(&Security::transfer_methods)(&Security::breaches));
  check_each_field<MarkingLevel>("marking level", [](Protocol& p) -> MarkingLevel& { return p.security.levels[0]; },
                                 Changes<MarkingLevel>{}(&MarkingLevel::id)(&MarkingLevel::name)(&MarkingLevel::definition)(
                                     &MarkingLevel::summary)(&MarkingLevel::handling));
  check_each_field<Handling>("handling", [](Protocol& p) -> Handling& { return *p.security.levels[0].handling; },
                             Changes<Handling>{}(&Handling::marking)(&Handling::storage)(&Handling::disposal)(
                                 &Handling::media_disposal)(&Handling::movement)(&Handling::telephone)(&Handling::email)(
                                 &Handling::internet));
  check_each_field<TransferMethod>("transfer method", [](Protocol& p) -> TransferMethod& { return p.security.transfer_methods[0]; },
                                   Changes<TransferMethod>{}(&TransferMethod::id)(&TransferMethod::name)(
                                       &TransferMethod::description));
  check_each_field<Meeting>("meeting", [](Protocol& p) -> Meeting& { return p.meetings[0]; },
                            Changes<Meeting>{}(&Meeting::id)(&Meeting::name)(&Meeting::chair)(&Meeting::chair_partner)(
                                &Meeting::frequency)(&Meeting::location)(&Meeting::level)(&Meeting::purposes)(
                                &Meeting::attendees)(&Meeting::declaration)(&Meeting::equality_statement)(
                                &Meeting::record_email));
  check_each_field<Form>("form", [](Protocol& p) -> Form& { return p.forms[0]; },
                         Changes<Form>{}(&Form::id)(&Form::title)(&Form::kind)(&Form::reference)(&Form::meeting)(
                             &Form::stage)(&Form::note));
  check_each_field<Review>("review", [](Protocol& p) -> Review& { return p.review; },
                           Changes<Review>{}(&Review::every_months)(&Review::first_after_months)(&Review::due)(
                               &Review::lead)(&Review::by)(&Review::considers)(&Review::minor_changes)(
                               &Review::major_changes)(&Review::reviews));
  check_each_field<ReviewRecord>("review record", [](Protocol& p) -> ReviewRecord& { return p.review.reviews[0]; },
                                 Changes<ReviewRecord>{}(&ReviewRecord::date)(&ReviewRecord::by)(&ReviewRecord::outcome));
  check_each_field<Version>("version", [](Protocol& p) -> Version& { return p.history[0]; },
                            Changes<Version>{}(&Version::version)(&Version::date)(&Version::author)(&Version::summary));
  check_each_field<Term>("term", [](Protocol& p) -> Term& { return p.glossary[0]; },
                         Changes<Term>{}(&Term::term)(&Term::definition));
  check_each_field<Checklist>("checklist", [](Protocol& p) -> Checklist& { return p.checklists[0]; },
                              Changes<Checklist>{}(&Checklist::id)(&Checklist::title)(&Checklist::introduction)(
                                  &Checklist::items));
  check_each_field<ChecklistItem>("checklist item", [](Protocol& p) -> ChecklistItem& { return p.checklists[0].items[0]; },
                                  Changes<ChecklistItem>{}(&ChecklistItem::text)(&ChecklistItem::prompts));
  check_each_field<Theme>("theme", [](Protocol& p) -> Theme& { return p.arrangements[0]; },
                          Changes<Theme>{}(&Theme::name)(&Theme::forums));
  check_each_field<Forum>("forum", [](Protocol& p) -> Forum& { return p.arrangements[0].forums[0]; },
                          Changes<Forum>{}(&Forum::name)(&Forum::shares_individual_information)(&Forum::arrangement));
  check_each_field<Clause>("clause", [](Protocol& p) -> Clause& { return p.clauses[0]; },
                           Changes<Clause>{}(&Clause::section)(&Clause::mode)(&Clause::title)(&Clause::after)(
                               &Clause::text));
}

TEST_CASE("the values every element is built of: a date's parts, a reference's id, a number") {
  const std::string before = sign::digest(full_protocol(), "templates");
  Protocol day = full_protocol(), month = full_protocol(), year = full_protocol(), id = full_protocol(),
           number = full_protocol();
  number.tier = 3;
  day.effective->day += 1;
  month.effective->month += 1;
  year.effective->year += 1;
  id.parent->id = "other";
  for (const Protocol* p : {&day, &month, &year, &id, &number}) CHECK(sign::digest(*p, "templates") != before);
  CHECK(model::field_count<Date>() == 3);
  CHECK(model::field_count<Ref>() == 2);  // id and where it was written, which is not content
}
