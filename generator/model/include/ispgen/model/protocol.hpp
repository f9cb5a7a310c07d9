#pragma once
#include <optional>
#include <string>
#include <vector>

#include "ispgen/model/date.hpp"
#include "ispgen/model/location.hpp"
#include "ispgen/model/vocabulary.hpp"

// The protocol model: plain values, one struct per YAML object (docs/schema.md documents each key).
// Text fields marked "Markdown" may hold Markdown; every other string is plain text.
namespace ispgen::model {

// A person or post to contact.
struct Contact : Element {
  std::string name;
  std::string role;
  std::string email;
  std::string telephone;
  std::string address;
};

// A partner organisation: in the register's directory, or its part in one protocol.
// In a protocol, only the per-protocol fields are written; resolve() fills in the rest.
struct Partner : Element {
  std::string id;  // the short form used in tables, e.g. MTCBC
  std::string name;
  std::optional<PartnerKind> kind;
  std::string address;
  std::optional<Contact> responsible_manager;
  std::optional<Contact> designated_officer;
  std::optional<Contact> signatory;
  std::optional<Contact> breach_contact;
  std::vector<std::string> roles;  // practitioner roles that provide and receive information
};

// A legal gateway in the register's library: a statute, regulations, guidance or common law power.
struct Gateway : Element {
  std::string id;
  std::string title;
  GatewayType type = GatewayType::statute;
  std::vector<std::string> sections;
  std::string allows;  // Markdown: what it allows or requires
  std::vector<std::string> relied_on_by;  // bodies as the legislation names them
  std::vector<PartnerKind> kinds;         // partner kinds that may rely on it
  std::string url;
};

// A condition for processing the protocol relies on (UK GDPR / DPA 2018, or DPA 1998).
struct LawfulBasis : Element {
  std::string id;
  Provision provision = Provision::gdpr_article_6;
  std::string condition;  // e.g. "6(1)(e)", "paragraph 1"
  std::string summary;
};

// A kind of personal information the protocol shares.
struct DataItem : Element {
  std::string id;
  std::string name;
  DataCategory category = DataCategory::personal;
  bool identifies = false;  // one of the identifiers used to make sure all mean the same person
  std::string group;        // e.g. "Demographic information"
  std::string description;
};

// A partner taking part in a stage, with the roles that act for it there.
struct StageParty : Element {
  Ref partner;
  std::vector<std::string> roles;  // empty: the partner's practitioner roles
};

// Who provides or receives at a stage: every partner of the protocol, or those named.
struct Parties : Element {
  bool all = false;
  std::vector<StageParty> named;  // empty when `all` is set (model::parties_of lists them)
};

// A stage of information flow: one column of the information reference table.
struct Stage : Element {
  std::string id;
  std::string name;
  std::string description;  // Markdown
  std::vector<Ref> shares;  // data items
  std::string consent;      // Markdown: how consent applies at this stage
  Parties providers;
  Parties recipients;
  std::vector<Ref> forms;
  std::vector<Ref> transfer;  // transfer methods
  std::string frequency;
  std::string considerations;  // Markdown
  std::optional<Ref> meeting;
  std::vector<Ref> lawful_bases;  // empty: all of the protocol's
  bool referral = false;          // the stage a referral form serves
};

// When information may be shared without consent, and who decides.
struct WithoutConsent : Element {
  std::vector<std::string> criteria;
  std::string decided_by;
  std::string recording;
};

// The consent model and how consent is sought, recorded, refused and withdrawn.
struct Consent : Element {
  ConsentModel model = ConsentModel::explicit_consent;
  std::string basis;  // Markdown: why consent is not required, when it is not
  std::optional<Ref> form;
  std::string capacity;    // Markdown
  std::string children;    // Markdown
  std::string recording;   // Markdown
  std::string refusal;     // Markdown
  std::string withdrawal;  // Markdown
  std::string review;      // Markdown: revisiting consent over time
  std::optional<WithoutConsent> without_consent;
};

// How material at one marking level is handled, one field per row of the handling rules table.
struct Handling : Element {
  std::string marking;
  std::string storage;
  std::string disposal;
  std::string media_disposal;
  std::string movement;
  std::string telephone;
  std::string email;
  std::string internet;
};

// A restriction level for shared information (e.g. Protect, Restricted, Confidential).
struct MarkingLevel : Element {
  std::string id;
  std::string name;
  std::string definition;
  std::string summary;  // one line, as printed on a signing-in sheet
  std::optional<Handling> handling;
};

// An agreed secure way of moving information between partners.
struct TransferMethod : Element {
  std::string id;
  std::string name;
  std::string description;
};

// Security and handling: marking levels, transfer methods and breach reporting.
struct Security : Element {
  std::vector<MarkingLevel> levels;
  std::vector<TransferMethod> transfer_methods;
  std::string breaches;  // Markdown: how breaches are reported
};

// A meeting at which information is shared (a panel, a conference).
struct Meeting : Element {
  std::string id;
  std::string name;
  std::string chair;
  std::optional<Ref> chair_partner;
  std::string frequency;
  std::string location;
  std::optional<Ref> level;  // marking level; absent: the chair sets it at each meeting
  std::vector<std::string> purposes;
  std::vector<Ref> attendees;
  std::string declaration;         // Markdown
  std::string equality_statement;  // Markdown
  bool record_email = false;       // the signing-in sheet asks for an email address
};

// A form the protocol uses: one ispgen generates, or another document it names.
struct Form : Element {
  std::string id;
  std::string title;
  FormKind kind = FormKind::other;
  std::string reference;  // e.g. "Appendix D"
  std::optional<Ref> meeting;
  std::optional<Ref> stage;
  std::string note;
};

// A review that took place.
struct ReviewRecord : Element {
  Date date;
  std::string by;
  std::string outcome;
};

// The review rule, who leads it, and the reviews held so far.
struct Review : Element {
  std::optional<int> every_months;
  std::optional<int> first_after_months;
  std::optional<Date> due;  // a fixed date, instead of a rule
  std::optional<Ref> lead;
  std::string by;
  std::vector<std::string> considers;
  std::string minor_changes;  // who agrees minor amendments
  std::string major_changes;  // who agrees major amendments
  std::vector<ReviewRecord> reviews;
};

// One row of the version history table.
struct Version : Element {
  std::string version;
  std::optional<Date> date;
  std::string author;
  std::string summary;
};

// A glossary entry.
struct Term : Element {
  std::string term;
  std::string definition;
};

// A checklist question, with the prompts under it.
struct ChecklistItem : Element {
  std::string text;  // Markdown
  std::vector<std::string> prompts;
};

// A checklist or set of rules printed as an appendix ("Do we need this information?").
struct Checklist : Element {
  std::string id;
  std::string title;
  std::string introduction;
  std::vector<ChecklistItem> items;
};

// A group, forum or initiative under a theme, and the arrangement that governs its sharing.
struct Forum : Element {
  std::string name;
  bool shares_individual_information = false;
  std::string arrangement;
};

// A theme of the partnership's work with its forums (the "specific arrangements" appendix).
struct Theme : Element {
  std::string name;
  std::vector<Forum> forums;
};

// Protocol wording that replaces or extends a standard section, or adds a section of its own.
struct Clause : Element {
  std::string section;
  ClauseMode mode = ClauseMode::append;
  std::string title;  // set for a new section
  std::string after;  // set for a new section: the section it follows
  std::string text;   // Markdown
};

// The framework a protocol sits under (the WASPI accord, a tier 1 charter).
struct Framework : Element {
  std::string name;
  std::optional<int> tier;
  std::string url;
};

// An information sharing protocol. As loaded it holds what its file says; after resolve() its
// partners are complete and `gateways` holds the library entries it names, with inherited parts.
struct Protocol : Element {
  std::string id;  // the file name without .yaml
  std::string title;
  std::string area;
  std::string board;
  std::optional<int> tier;
  std::optional<Framework> framework;
  std::optional<Ref> parent;
  Regime regime = Regime::uk_gdpr;
  Status status = Status::draft;
  std::string version;
  std::optional<Date> effective;
  std::optional<Date> published;
  std::optional<Date> quality_assured;
  Marking marking = Marking::official;

  std::string purpose;  // Markdown
  std::string scope;    // Markdown
  std::vector<std::string> objectives;
  std::vector<std::string> benefits;
  std::vector<std::string> service_users;
  std::vector<std::string> informing;  // agreed ways of telling service users

  std::vector<Partner> partners;
  std::vector<Ref> gateway_ids;
  std::vector<Gateway> gateways;  // filled by resolve()
  std::vector<LawfulBasis> lawful_bases;
  std::string common_law;  // Markdown: the common law duty of confidence
  std::vector<std::string> public_interest;

  std::vector<DataItem> data_items;
  Consent consent;
  std::vector<Stage> stages;
  Security security;
  std::vector<Meeting> meetings;
  std::vector<Form> forms;
  Review review;
  std::vector<Version> history;
  std::vector<Term> glossary;
  std::vector<Checklist> checklists;
  std::vector<Theme> arrangements;
  std::vector<Clause> clauses;
};

// The partner directory file (partners.yaml): every organisation a register's protocols may name.
struct PartnerDirectory : Element {
  std::vector<Partner> partners;
};

// The legal gateway library file (gateways.yaml): the statutes and powers a register's protocols cite.
struct GatewayLibrary : Element {
  std::vector<Gateway> gateways;
};

// A register: one folder of protocols sharing a partner directory and a legal gateway library.
struct Register {
  std::string folder;         // as the user named it
  std::string partners_file;  // "" when the folder has no partners.yaml
  std::string gateways_file;  // "" when the folder has no gateways.yaml
  bool partners_readable = true;  // false when partners.yaml exists but its list could not be read
  bool gateways_readable = true;  // false when gateways.yaml exists but its list could not be read
  std::vector<Partner> partners;
  std::vector<Gateway> gateways;
  std::vector<Protocol> protocols;
  std::vector<std::string> context_only;  // ids of parents loaded only because a named file needs them
};

}  // namespace ispgen::model
