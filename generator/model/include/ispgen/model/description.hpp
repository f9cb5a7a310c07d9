#pragma once
#include <string>

#include "ispgen/model/describe.hpp"
#include "ispgen/model/protocol.hpp"

// The protocol model described once: every member of every struct of protocol.hpp, in declaration
// order, with its YAML key, kind, whether it is required and material, where the document shows
// it and the line editors see. docs/model.md says what follows from adding a line here.
namespace ispgen::model {

using K = Kind;

template <>
struct Described<Contact> {
  static constexpr std::string_view type = "Contact", object = "contact", identity = "";
  static constexpr std::string_view about = "A person or a post: at least one of 'name' and 'role'";
  static std::string label(const Contact& c) { return c.name.empty() ? c.role : c.name; }
  static constexpr auto fields = std::tuple{
      field("name", &Contact::name, K::text).editorial().printed("signatories").about("the person's name"),
      field("role", &Contact::role, K::text).editorial().printed("signatories").about("the post"),
      field("email", &Contact::email, K::text).editorial().printed("breaches").about("email address"),
      field("telephone", &Contact::telephone, K::text).editorial().printed("breaches").about("telephone number"),
      field("address", &Contact::address, K::text).editorial().unprinted().about("postal address"),
  };
};
static_assert(described_completely<Contact>());

template <>
struct Described<Partner> {
  static constexpr std::string_view type = "Partner", object = "partner", identity = "id";
  static constexpr std::string_view about = "An organisation in the partner directory";
  // A protocol's partner entry: the members marked per_protocol().
  static constexpr std::string_view entry_object = "participation";
  static constexpr std::string_view entry_about =
      "A partner's part in one protocol: the directory id and the facts that differ for this protocol "
      "(they override the directory's)";
  static std::string label(const Partner& p) { return p.name; }
  static constexpr auto fields = std::tuple{
      field("id", &Partner::id, K::id).required().material().printed("partners")
          .about("the short form used in tables, e.g. MTCBC").per_protocol("a partner in partners.yaml"),
      field("name", &Partner::name, K::text).required().editorial().printed("partners")
          .about("the organisation's full name"),
      field("kind", &Partner::kind, K::choice).required().material().unprinted()
          .about("what sort of body it is; gateways name the kinds that may rely on them"),
      field("address", &Partner::address, K::text).editorial().unprinted().about("postal address"),
      field("responsible_manager", &Partner::responsible_manager, K::object).editorial().printed("partners")
          .about("the manager answerable for the protocol in this organisation")
          .per_protocol("who is answerable for this protocol in the organisation"),
      field("designated_officer", &Partner::designated_officer, K::object).editorial().printed("responsibilities")
          .about("the officer who sorts out sharing problems").per_protocol(),
      field("signatory", &Partner::signatory, K::object).editorial().printed("signatories")
          .about("who signs protocols for the organisation")
          .per_protocol("who signs this protocol for the organisation; a partner without one is a warning"),
      field("breach_contact", &Partner::breach_contact, K::object).editorial().printed("breaches")
          .about("where breaches are reported").per_protocol(),
      field("roles", &Partner::roles, K::names).material().printed("information-reference")
          .about("practitioner roles that provide and receive information")
          .per_protocol("the practitioner roles that act for it under this protocol"),
  };
};
static_assert(described_completely<Partner>());

template <>
struct Described<Gateway> {
  static constexpr std::string_view type = "Gateway", object = "gateway", identity = "id";
  static constexpr std::string_view about = "A statute, regulation, guidance or common law power";
  static std::string label(const Gateway& g) { return g.title; }
  static constexpr auto fields = std::tuple{
      field("id", &Gateway::id, K::id).required().material().unprinted().about("the gateway's id"),
      field("title", &Gateway::title, K::text).required().material().printed("legal-basis")
          .about("the statute or instrument as cited"),
      field("type", &Gateway::type, K::choice).material().unprinted()
          .about("what kind of instrument it is (default 'statute')"),
      field("sections", &Gateway::sections, K::names).material().printed("legal-basis")
          .about("the sections, articles or paragraphs relied on"),
      field("allows", &Gateway::allows, K::markdown).material().printed("legal-basis")
          .about("what it allows or requires, in plain words"),
      field("relied_on_by", &Gateway::relied_on_by, K::names).material().printed("legal-basis")
          .about("the bodies that may rely on it, as the legislation names them"),
      field("kinds", &Gateway::kinds, K::choices).material().outside_context("check: partners' kinds against it")
          .about("the partner kinds that may rely on it"),
      field("url", &Gateway::url, K::text).editorial().unprinted().about("where to read it"),
  };
};
static_assert(described_completely<Gateway>());

template <>
struct Described<LawfulBasis> {
  static constexpr std::string_view type = "LawfulBasis", object = "lawful_basis", identity = "id";
  static constexpr std::string_view about = "A condition for processing relied on";
  static std::string label(const LawfulBasis& b) { return std::string(word_of(b.provision)) + " " + b.condition; }
  static constexpr auto fields = std::tuple{
      field("id", &LawfulBasis::id, K::id).required().material().unprinted().about("the lawful basis's id"),
      field("provision", &LawfulBasis::provision, K::choice).required().material().printed("legal-basis")
          .about("where the condition is found; must fit the 'regime'"),
      field("condition", &LawfulBasis::condition, K::text).required().material().printed("legal-basis")
          .about("the article, paragraph or condition, e.g. 6(1)(e)"),
      field("summary", &LawfulBasis::summary, K::prose).editorial().printed("legal-basis")
          .about("what it says, in plain words"),
  };
};
static_assert(described_completely<LawfulBasis>());

template <>
struct Described<DataItem> {
  static constexpr std::string_view type = "DataItem", object = "data_item", identity = "id";
  static constexpr std::string_view about = "An item of personal information shared";
  static std::string label(const DataItem& d) { return d.name; }
  static constexpr auto fields = std::tuple{
      field("id", &DataItem::id, K::id).required().material().unprinted().about("the data item's id"),
      field("name", &DataItem::name, K::text).required().material().printed("data").about("the name as printed"),
      field("category", &DataItem::category, K::choice).required().material().printed("data")
          .about("the kind of personal data"),
      field("identifies", &DataItem::identifies, K::flag).material().printed("identifiers")
          .about("one of the identifiers that make sure every partner means the same person; "
                 "default true for 'identifier', false otherwise"),
      field("group", &DataItem::group, K::text).editorial().printed("data").about("the group it is listed under"),
      field("description", &DataItem::description, K::prose).editorial().unprinted()
          .about("a description of the item"),
  };
};
static_assert(described_completely<DataItem>());

template <>
struct Described<StageParty> {
  static constexpr std::string_view type = "StageParty", object = "stage_party", identity = "partner";
  static constexpr std::string_view about = "A partner acting at a stage, with the roles acting for it";
  // A stage party may be written as its partner's id alone.
  static constexpr std::string_view shorthand = "partner";
  static std::string label(const StageParty& s) { return s.partner.id; }
  static constexpr auto fields = std::tuple{
      field("partner", &StageParty::partner, K::ref).required().material().printed("information-reference")
          .naming("partners").about("one of the protocol's partners (partner id)"),
      field("roles", &StageParty::roles, K::names).material().printed("information-reference")
          .about("the roles acting at this stage, if not the partner's usual ones"),
  };
};
static_assert(described_completely<StageParty>());

// Not a YAML object: a stage's providers or recipients, read from `all` or a list (Kind::parties).
template <>
struct Described<Parties> {
  static constexpr std::string_view type = "Parties", object = "", identity = "";
  static constexpr std::string_view about = "";
  static constexpr auto fields = std::tuple{
      field("all", &Parties::all, K::flag).resolved().material().printed("information-reference"),
      field("named", &Parties::named, K::objects).resolved().material().printed("information-reference"),
  };
};
static_assert(described_completely<Parties>());

template <>
struct Described<Stage> {
  static constexpr std::string_view type = "Stage", object = "stage", identity = "id";
  static constexpr std::string_view about = "A stage of information flow, one column of the information reference table";
  static std::string label(const Stage& s) { return s.name; }
  static constexpr auto fields = std::tuple{
      field("id", &Stage::id, K::id).required().material().unprinted().about("the stage's id"),
      field("name", &Stage::name, K::text).required().editorial().printed("information-reference")
          .about("the stage's name"),
      field("description", &Stage::description, K::markdown).editorial().printed("information-reference")
          .about("what happens at this stage"),
      field("shares", &Stage::shares, K::refs).material().printed("information-reference").naming("data_items")
          .about("the information shared, by data item id"),
      field("consent", &Stage::consent, K::markdown).material().printed("information-reference")
          .about("how consent applies at this stage"),
      field("providers", &Stage::providers, K::parties).material().printed("information-reference")
          .about("who provides the information"),
      field("recipients", &Stage::recipients, K::parties).material().printed("information-reference")
          .about("who receives it"),
      field("forms", &Stage::forms, K::refs).material().printed("information-reference").naming("forms")
          .about("forms used at this stage, by form id"),
      field("transfer", &Stage::transfer, K::refs).material().printed("information-reference")
          .naming("transfer_methods").about("how it is sent, by transfer method id"),
      field("frequency", &Stage::frequency, K::text).material().printed("information-reference")
          .about("when it is shared"),
      field("considerations", &Stage::considerations, K::markdown).editorial().printed("information-reference")
          .about("anything else to note"),
      field("meeting", &Stage::meeting, K::ref).material().printed("information-reference").naming("meetings")
          .about("the meeting at which this stage happens (meeting id)"),
      field("lawful_bases", &Stage::lawful_bases, K::refs).material().outside_context("check: conditions per stage")
          .naming("lawful_bases").about("the lawful bases this stage relies on, by id; default all of the protocol's"),
      field("referral", &Stage::referral, K::flag).material().printed("forms")
          .about("this is the referral stage a referral form serves"),
  };
};
static_assert(described_completely<Stage>());

template <>
struct Described<WithoutConsent> {
  static constexpr std::string_view type = "WithoutConsent", object = "without_consent", identity = "";
  static constexpr std::string_view about = "Sharing without consent";
  static constexpr auto fields = std::tuple{
      field("criteria", &WithoutConsent::criteria, K::texts).material().printed("consent")
          .about("the situations in which information may be shared without consent"),
      field("decided_by", &WithoutConsent::decided_by, K::prose).material().printed("consent").about("who decides"),
      field("recording", &WithoutConsent::recording, K::prose).material().printed("consent")
          .about("how the decision is recorded"),
  };
};
static_assert(described_completely<WithoutConsent>());

template <>
struct Described<Consent> {
  static constexpr std::string_view type = "Consent", object = "consent", identity = "";
  static constexpr std::string_view about = "The consent model";
  static constexpr auto fields = std::tuple{
      field("model", &Consent::model, K::choice).required().material().printed("consent")
          .about("explicit: consent is required; where-appropriate: sought where appropriate, otherwise "
                 "a legal basis is relied on; not-required; notify: told but not asked"),
      field("basis", &Consent::basis, K::markdown).material().printed("consent")
          .about("why consent is not required (needed in practice for 'not-required')"),
      field("form", &Consent::form, K::ref).material().printed("consent").naming("forms")
          .about("the consent form, by form id (needed for 'explicit')"),
      field("capacity", &Consent::capacity, K::markdown).material().printed("consent")
          .about("service users who lack mental capacity"),
      field("children", &Consent::children, K::markdown).material().printed("consent")
          .about("children and young people"),
      field("recording", &Consent::recording, K::markdown).material().printed("consent")
          .about("how consent is recorded"),
      field("refusal", &Consent::refusal, K::markdown).material().printed("consent").about("when consent is refused"),
      field("withdrawal", &Consent::withdrawal, K::markdown).material().printed("consent")
          .about("when consent is withdrawn"),
      field("review", &Consent::review, K::markdown).material().printed("consent")
          .about("revisiting consent over time"),
      field("without_consent", &Consent::without_consent, K::object).material().printed("consent")
          .about("sharing without consent"),
  };
};
static_assert(described_completely<Consent>());

template <>
struct Described<Handling> {
  static constexpr std::string_view type = "Handling", object = "handling", identity = "";
  static constexpr std::string_view about = "The handling rules at a level: one row of the handling rules table each";
  static constexpr auto fields = std::tuple{
      field("marking", &Handling::marking, K::prose).material().printed("security").about("Marking"),
      field("storage", &Handling::storage, K::prose).material().printed("security").about("Storage of papers"),
      field("disposal", &Handling::disposal, K::prose).material().printed("security")
          .about("Disposal of papers, including photographs"),
      field("media_disposal", &Handling::media_disposal, K::prose).material().printed("security")
          .about("Disposal of magnetic media"),
      field("movement", &Handling::movement, K::prose).material().printed("security")
          .about("Movement between partner agencies"),
      field("telephone", &Handling::telephone, K::prose).material().printed("security")
          .about("Telephone and mobile, including text messages"),
      field("email", &Handling::email, K::prose).material().printed("security").about("Email"),
      field("internet", &Handling::internet, K::prose).material().printed("security").about("Internet"),
  };
};
static_assert(described_completely<Handling>());

template <>
struct Described<MarkingLevel> {
  static constexpr std::string_view type = "MarkingLevel", object = "marking_level", identity = "id";
  static constexpr std::string_view about = "A restriction level for shared information";
  static std::string label(const MarkingLevel& m) { return m.name; }
  static constexpr auto fields = std::tuple{
      field("id", &MarkingLevel::id, K::id).required().material().unprinted().about("the level's id"),
      field("name", &MarkingLevel::name, K::text).required().editorial().printed("security")
          .about("the name as printed"),
      field("definition", &MarkingLevel::definition, K::prose).material().printed("security")
          .about("what release of such information would cause"),
      field("summary", &MarkingLevel::summary, K::prose).material().printed("security")
          .about("one line for a signing-in sheet"),
      field("handling", &MarkingLevel::handling, K::object).material().printed("security")
          .about("the handling rules at this level"),
  };
};
static_assert(described_completely<MarkingLevel>());

template <>
struct Described<TransferMethod> {
  static constexpr std::string_view type = "TransferMethod", object = "transfer_method", identity = "id";
  static constexpr std::string_view about = "An agreed secure way to move information";
  static std::string label(const TransferMethod& t) { return t.name; }
  static constexpr auto fields = std::tuple{
      field("id", &TransferMethod::id, K::id).required().material().unprinted().about("the transfer method's id"),
      field("name", &TransferMethod::name, K::text).required().editorial().printed("security")
          .about("the name as printed"),
      field("description", &TransferMethod::description, K::prose).material().printed("security")
          .about("a description of the method"),
  };
};
static_assert(described_completely<TransferMethod>());

template <>
struct Described<Security> {
  static constexpr std::string_view type = "Security", object = "security", identity = "";
  static constexpr std::string_view about = "Marking levels, handling rules, transfer methods and breaches";
  static constexpr auto fields = std::tuple{
      field("levels", &Security::levels, K::objects).material().printed("security")
          .about("restriction levels for shared information and their handling rules"),
      field("transfer_methods", &Security::transfer_methods, K::objects).material().printed("security")
          .about("agreed secure ways to move information"),
      field("breaches", &Security::breaches, K::markdown).material().printed("breaches")
          .about("how breaches are reported"),
  };
};
static_assert(described_completely<Security>());

template <>
struct Described<Meeting> {
  static constexpr std::string_view type = "Meeting", object = "meeting", identity = "id";
  static constexpr std::string_view about = "A meeting at which information is shared";
  static std::string label(const Meeting& m) { return m.name; }
  static constexpr auto fields = std::tuple{
      field("id", &Meeting::id, K::id).required().material().unprinted().about("the meeting's id"),
      field("name", &Meeting::name, K::text).required().editorial().printed("meetings").about("the meeting's name"),
      field("chair", &Meeting::chair, K::text).editorial().printed("meetings").about("who chairs it"),
      field("chair_partner", &Meeting::chair_partner, K::ref).material().printed("meetings").naming("partners")
          .about("the partner that chairs it (partner id)"),
      field("frequency", &Meeting::frequency, K::text).editorial().printed("meetings").about("how often it meets"),
      field("location", &Meeting::location, K::text).editorial().printed("meetings").about("where it meets"),
      field("level", &Meeting::level, K::ref).material().printed("meetings").naming("levels")
          .about("the restriction level of what is shared (marking level id); absent: the chair "
                 "sets it at each meeting"),
      field("purposes", &Meeting::purposes, K::texts).material().printed("meetings").about("what the meeting is for"),
      field("attendees", &Meeting::attendees, K::refs).material().printed("meetings").naming("partners")
          .about("partners that attend, by partner id"),
      field("declaration", &Meeting::declaration, K::markdown).editorial().printed("meetings")
          .about("what attendees agree to by signing in"),
      field("equality_statement", &Meeting::equality_statement, K::markdown).editorial().printed("meetings")
          .about("the meeting's equality statement"),
      field("record_email", &Meeting::record_email, K::flag).editorial().printed("forms")
          .about("the signing-in sheet asks for an email address"),
  };
};
static_assert(described_completely<Meeting>());

template <>
struct Described<Form> {
  static constexpr std::string_view type = "Form", object = "form", identity = "id";
  static constexpr std::string_view about = "A form the protocol uses";
  static std::string label(const Form& f) { return f.title; }
  static constexpr auto fields = std::tuple{
      field("id", &Form::id, K::id).required().editorial().unprinted().about("the form's id"),
      field("title", &Form::title, K::text).required().editorial().printed("information-reference")
          .about("the form's title"),
      field("kind", &Form::kind, K::choice).required().editorial().printed("meetings")
          .about("what ispgen generates for it; 'other' names a document it does not generate"),
      field("reference", &Form::reference, K::text).editorial().printed("consent")
          .about("where it appears in the document, e.g. Appendix D"),
      field("meeting", &Form::meeting, K::ref).editorial().printed("meetings").naming("meetings")
          .about("for signing-in and confidentiality forms: the meeting (default: every meeting)"),
      field("stage", &Form::stage, K::ref).editorial().outside_context("forms: binds a referral form to its stage")
          .naming("stages").about("for a referral form: the stage (default: the stage marked 'referral')"),
      field("note", &Form::note, K::prose).editorial().unprinted().about("a note about the form"),
  };
};
static_assert(described_completely<Form>());

template <>
struct Described<ReviewRecord> {
  static constexpr bool renamable = false;  // a review held on another date is another review
  static constexpr std::string_view type = "ReviewRecord", object = "review_record", identity = "date";
  static constexpr std::string_view about = "A review held";
  static std::string label(const ReviewRecord& r) { return r.date.iso(); }
  static constexpr auto fields = std::tuple{
      field("date", &ReviewRecord::date, K::date).required().editorial().printed("review")
          .about("when the review was held"),
      field("by", &ReviewRecord::by, K::text).editorial().printed("review").about("who held it"),
      field("outcome", &ReviewRecord::outcome, K::prose).editorial().printed("review").about("what it decided"),
  };
};
static_assert(described_completely<ReviewRecord>());

template <>
struct Described<Review> {
  static constexpr std::string_view type = "Review", object = "review", identity = "";
  static constexpr std::string_view about =
      "The review rule (every_months, optionally first_after_months) or a fixed due date, and the reviews held";
  static constexpr auto fields = std::tuple{
      field("every_months", &Review::every_months, K::integer).editorial().printed("review").range(1, 120)
          .about("reviews fall every this many months, counted from 'effective'"),
      field("first_after_months", &Review::first_after_months, K::integer).editorial().printed("review")
          .range(1, 120).about("the first review falls this many months after 'effective', later ones "
                               "every 'every_months'"),
      field("due", &Review::due, K::date).editorial().printed("review")
          .about("a fixed date for the next review, instead of a rule"),
      field("lead", &Review::lead, K::ref).editorial().printed("review").naming("partners")
          .about("the partner that leads the review (partner id)"),
      field("by", &Review::by, K::text).editorial().printed("review").about("who carries it out"),
      field("considers", &Review::considers, K::texts).editorial().printed("review")
          .about("what the review has regard to"),
      field("minor_changes", &Review::minor_changes, K::prose).editorial().printed("review")
          .about("who agrees minor amendments"),
      field("major_changes", &Review::major_changes, K::prose).editorial().printed("review")
          .about("who agrees major amendments"),
      field("reviews", &Review::reviews, K::objects).editorial().printed("review").about("reviews held"),
  };
};
static_assert(described_completely<Review>());

template <>
struct Described<Version> {
  static constexpr bool renamable = false;  // another version number is another version
  static constexpr std::string_view type = "Version", object = "version", identity = "version";
  static constexpr std::string_view about =
      "An entry of the version history; versions must increase and dates not go backwards";
  static std::string label(const Version& v) { return v.version; }
  static constexpr auto fields = std::tuple{
      field("version", &Version::version, K::version).required().editorial().printed("version-history")
          .about("the version number"),
      field("date", &Version::date, K::date).editorial().printed("version-history")
          .about("when the version was issued"),
      field("author", &Version::author, K::text).editorial().printed("version-history").about("who wrote it"),
      field("summary", &Version::summary, K::prose).editorial().printed("version-history").about("what changed"),
  };
};
static_assert(described_completely<Version>());

template <>
struct Described<Term> {
  static constexpr std::string_view type = "Term", object = "term", identity = "term";
  static constexpr std::string_view about = "A glossary entry";
  static std::string label(const Term& t) { return t.term; }
  static constexpr auto fields = std::tuple{
      field("term", &Term::term, K::text).required().editorial().printed("glossary").about("the term"),
      field("definition", &Term::definition, K::prose).required().editorial().printed("glossary")
          .about("what it means"),
  };
};
static_assert(described_completely<Term>());

template <>
struct Described<ChecklistItem> {
  static constexpr std::string_view type = "ChecklistItem", object = "checklist_item", identity = "";
  static constexpr std::string_view about = "A checklist item with prompts";
  // An item may be written as its text alone.
  static constexpr std::string_view shorthand = "text";
  static constexpr auto fields = std::tuple{
      field("text", &ChecklistItem::text, K::markdown).required().editorial().printed("checklists")
          .about("the question or rule"),
      field("prompts", &ChecklistItem::prompts, K::texts).editorial().printed("checklists")
          .about("the prompts under it"),
  };
};
static_assert(described_completely<ChecklistItem>());

template <>
struct Described<Checklist> {
  static constexpr std::string_view type = "Checklist", object = "checklist", identity = "id";
  static constexpr std::string_view about = "A checklist or set of rules printed as an appendix";
  static std::string label(const Checklist& c) { return c.title; }
  static constexpr auto fields = std::tuple{
      field("id", &Checklist::id, K::id).required().editorial().unprinted().about("the checklist's id"),
      field("title", &Checklist::title, K::text).required().editorial().printed("checklists")
          .about("the checklist's title"),
      field("introduction", &Checklist::introduction, K::markdown).editorial().printed("checklists")
          .about("text printed before the items"),
      field("items", &Checklist::items, K::objects).required().editorial().printed("checklists")
          .about("the items: the text of each, or a {text, prompts} map"),
  };
};
static_assert(described_completely<Checklist>());

template <>
struct Described<Forum> {
  static constexpr bool renamable = false;  // a forum of another name is another forum
  static constexpr std::string_view type = "Forum", object = "forum", identity = "name";
  static constexpr std::string_view about = "A forum under a theme";
  static std::string label(const Forum& f) { return f.name; }
  static constexpr auto fields = std::tuple{
      field("name", &Forum::name, K::text).required().editorial().printed("arrangements").about("the forum's name"),
      field("shares_individual_information", &Forum::shares_individual_information, K::flag).material()
          .printed("arrangements").about("it shares information about individuals"),
      field("arrangement", &Forum::arrangement, K::text).editorial().printed("arrangements")
          .about("the agreement that governs its sharing"),
  };
};
static_assert(described_completely<Forum>());

template <>
struct Described<Theme> {
  static constexpr std::string_view type = "Theme", object = "theme", identity = "name";
  static constexpr std::string_view about = "A theme of specific sharing arrangements";
  static std::string label(const Theme& t) { return t.name; }
  static constexpr auto fields = std::tuple{
      field("name", &Theme::name, K::text).required().editorial().printed("arrangements").about("the theme's name"),
      field("forums", &Theme::forums, K::objects).editorial().printed("arrangements")
          .about("the forums under this theme"),
  };
};
static_assert(described_completely<Theme>());

template <>
struct Described<Clause> {
  static constexpr std::string_view type = "Clause", object = "clause", identity = "section";
  static constexpr std::string_view about = "Wording that changes a standard section, or adds a section";
  static std::string label(const Clause& c) { return c.title.empty() ? c.section : c.title; }
  static constexpr std::string_view reader = "compose: the wording goes into the section it names";
  static constexpr auto fields = std::tuple{
      field("section", &Clause::section, K::id).required().editorial().outside_context(reader)
          .about("a standard section, or the id of a new one"),
      field("mode", &Clause::mode, K::choice).editorial().outside_context(reader)
          .about("for a standard section: replace its wording, or add after or before it (default 'append')"),
      field("title", &Clause::title, K::text).editorial().outside_context(reader)
          .about("for a new section: its heading"),
      field("after", &Clause::after, K::id).editorial().outside_context(reader)
          .about("for a new section: the section it follows (section id)"),
      field("text", &Clause::text, K::markdown).required().editorial().outside_context(reader).about("the wording"),
  };
};
static_assert(described_completely<Clause>());

template <>
struct Described<Framework> {
  static constexpr std::string_view type = "Framework", object = "framework", identity = "";
  static constexpr std::string_view about = "The framework a protocol sits under";
  static std::string label(const Framework& f) { return f.name; }
  static constexpr auto fields = std::tuple{
      field("name", &Framework::name, K::text).required().material().printed("introduction")
          .about("the framework's name"),
      field("tier", &Framework::tier, K::integer).material().printed("introduction").range(1, 3)
          .about("the framework's own tier"),
      field("url", &Framework::url, K::text).editorial().printed("introduction").about("where to read it"),
  };
};
static_assert(described_completely<Framework>());

template <>
struct Described<Protocol> {
  static constexpr std::string_view type = "Protocol", object = "protocol", identity = "id";
  static constexpr std::string_view about = "An information sharing protocol; the file name (without .yaml) is its id";
  static std::string label(const Protocol& p) { return p.title; }
  static constexpr auto fields = std::tuple{
      field("id", &Protocol::id, K::id).required().material().unprinted()
          .about("the protocol's id: must equal the file name without .yaml"),
      field("title", &Protocol::title, K::text).required().editorial().printed("title-page")
          .about("the protocol's title"),
      field("area", &Protocol::area, K::text).editorial().printed("title-page").about("the area it covers"),
      field("board", &Protocol::board, K::text).editorial().printed("title-page")
          .about("the partnership board that owns it"),
      field("tier", &Protocol::tier, K::integer).editorial().printed("title-page").range(1, 3)
          .about("its tier in a framework (1 charter, 2 protocol, 3 procedure)"),
      field("framework", &Protocol::framework, K::object).material().printed("introduction")
          .about("the framework it sits under"),
      field("parent", &Protocol::parent, K::ref).material().printed("introduction").naming("protocols")
          .about("an overarching protocol in the same folder that this one sits under"),
      field("regime", &Protocol::regime, K::choice).required().material().printed("legal-basis")
          .about("the data protection law it was written under"),
      field("status", &Protocol::status, K::choice).required().editorial().printed("title-page")
          .about("where it is in its life; review warnings apply to 'active'"),
      field("version", &Protocol::version, K::version).required().editorial().printed("title-page")
          .about("the current version; equals the last 'history' entry when there is one"),
      field("effective", &Protocol::effective, K::month_date).editorial().printed("title-page")
          .about("when it took effect; reviews are counted from here"),
      field("published", &Protocol::published, K::month_date).editorial().printed("title-page")
          .about("the date printed on its cover"),
      field("quality_assured", &Protocol::quality_assured, K::date).editorial().unprinted()
          .about("when it was quality assured (WASPI)"),
      field("marking", &Protocol::marking, K::choice).required().material().printed("title-page")
          .about("the protective marking printed on every page"),
      field("purpose", &Protocol::purpose, K::markdown).material().printed("purpose")
          .about("why the partners share, in the protocol's own words"),
      field("scope", &Protocol::scope, K::markdown).material().printed("purpose")
          .about("what the protocol covers and what it does not"),
      field("objectives", &Protocol::objectives, K::texts).material().printed("purpose").about("what sharing is for"),
      field("benefits", &Protocol::benefits, K::texts).editorial().printed("benefits").about("what sharing achieves"),
      field("service_users", &Protocol::service_users, K::texts).material().printed("purpose")
          .about("the groups of people whose information is shared"),
      field("informing", &Protocol::informing, K::texts).material().printed("informing")
          .about("the agreed ways of telling service users about sharing"),
      field("partners", &Protocol::partners, K::objects).material().printed("partners")
          .as_object(Described<Partner>::entry_object)
          .about("the partners of this protocol, by directory id: an id, or a map with the id and the facts "
                 "that differ for this protocol (required unless there is a 'parent')"),
      field("gateway_ids", &Protocol::gateway_ids, K::refs).written_as("gateways").material()
          .resolved_into("gateways").naming("gateways")
          .about("the library's gateways this protocol relies on, by id"),
      field("gateways", &Protocol::gateways, K::objects).resolved().material().printed("legal-basis"),
      field("lawful_bases", &Protocol::lawful_bases, K::objects).material().printed("legal-basis")
          .about("the conditions for processing relied on"),
      field("common_law", &Protocol::common_law, K::markdown).material().printed("legal-basis")
          .about("how the common law duty of confidence is met"),
      field("public_interest", &Protocol::public_interest, K::texts).material().unprinted()
          .about("the public interest grounds for sharing without consent"),
      field("data_items", &Protocol::data_items, K::objects).material().printed("data")
          .about("the personal information shared"),
      field("consent", &Protocol::consent, K::object).required().material().printed("consent")
          .about("the consent model"),
      field("stages", &Protocol::stages, K::objects).material().printed("information-reference")
          .about("the stages of information flow (the information reference table)"),
      field("security", &Protocol::security, K::object).material().printed("security")
          .about("marking levels, handling rules, transfer methods, breaches"),
      field("meetings", &Protocol::meetings, K::objects).material().printed("meetings")
          .about("meetings at which information is shared"),
      field("forms", &Protocol::forms, K::objects).editorial().printed("information-reference")
          .about("forms the protocol uses"),
      field("review", &Protocol::review, K::object).editorial().printed("review")
          .about("the review rule and reviews held"),
      field("history", &Protocol::history, K::objects).editorial().printed("version-history")
          .about("the version history, oldest first"),
      field("glossary", &Protocol::glossary, K::objects).editorial().printed("glossary")
          .about("terms and their definitions"),
      field("checklists", &Protocol::checklists, K::objects).editorial().printed("checklists")
          .about("checklists and rules printed as appendices"),
      field("arrangements", &Protocol::arrangements, K::objects).editorial().printed("arrangements")
          .about("specific sharing arrangements by theme (for an overarching protocol)"),
      field("clauses", &Protocol::clauses, K::objects).editorial()
          .outside_context(Described<Clause>::reader).about("wording that changes or adds to the standard sections"),
  };
};
static_assert(described_completely<Protocol>());

template <>
struct Described<PartnerDirectory> {
  static constexpr std::string_view type = "PartnerDirectory", object = "partner_directory", identity = "";
  static constexpr std::string_view about = "The partner directory (partners.yaml)";
  static constexpr auto fields = std::tuple{
      field("partners", &PartnerDirectory::partners, K::objects).required().material().printed("partners")
          .about("every organisation the register's protocols may name"),
  };
};
static_assert(described_completely<PartnerDirectory>());

template <>
struct Described<GatewayLibrary> {
  static constexpr std::string_view type = "GatewayLibrary", object = "gateway_library", identity = "";
  static constexpr std::string_view about = "The legal gateway library (gateways.yaml)";
  static constexpr auto fields = std::tuple{
      field("gateways", &GatewayLibrary::gateways, K::objects).required().material().printed("legal-basis")
          .about("the statutes and powers the register's protocols cite"),
  };
};
static_assert(described_completely<GatewayLibrary>());

}  // namespace ispgen::model
