// The canonical bytes of a resolved protocol: every field that carries meaning, in declaration
// order, each value tagged and length-prefixed; never a source location (docs/signing.md gives
// the grammar byte for byte).
#include <string>
#include <type_traits>

#include "encoding.hpp"
#include "field_count.hpp"
#include "ispgen/model/resolve.hpp"
#include "ispgen/sign.hpp"

namespace ispgen::sign {
namespace {

using namespace ispgen::model;

// A new model field must be encoded below (and documented in docs/signing.md) before the
// count here is raised: otherwise the digest would not see it.
template <class T, std::size_t fields>
constexpr void expect_fields() {
  static_assert(detail::field_count<T>() == fields,
                "a model struct gained or lost a field: encode it in generator/sign/src/canonical.cpp, "
                "document it in docs/signing.md, then update the count here");
}

// The output, with the encoding of each kind of value.
class Writer {
 public:
  Writer(std::string& out, const std::vector<Partner>& partners) : out_(out), partners_(partners) {}
  // The resolved protocol's partners, that a stage's `all` stands for.
  const std::vector<Partner>& partners() const { return partners_; }
  void raw(std::string_view bytes) { out_ += bytes; }
  void text(std::string_view s) { append_text(out_, s); }
  void integer(long long value) { out_ += 'i' + std::to_string(value) + ';'; }
  void boolean(bool value) { out_ += value ? "b1" : "b0"; }
  void date(const Date& d) { out_ += 'd' + d.iso() + ';'; }

 private:
  std::string& out_;
  const std::vector<Partner>& partners_;
};

void put(Writer& w, const std::string& s) { w.text(s); }
void put(Writer& w, int value) { w.integer(value); }
void put(Writer& w, bool value) { w.boolean(value); }
void put(Writer& w, const Date& d) { w.date(d); }
void put(Writer& w, const Ref& r) { w.text(r.id); }  // the id; where it was written is not meaning

// An enum as its YAML word; a value with no word (a model bug) as its number, so that two
// values never share an encoding.
template <class E>
  requires std::is_enum_v<E>
void put(Writer& w, E value) {
  const std::string_view word = word_of(value);
  if (word.empty()) {
    w.raw("x" + std::to_string(static_cast<long long>(value)) + ";");
    return;
  }
  w.raw("w");
  w.raw(std::to_string(word.size()) + ":");
  w.raw(word);
}

template <class T>
void put(Writer& w, const std::optional<T>& value);
template <class T>
void put(Writer& w, const std::vector<T>& values);

// A struct: "{" TYPE "\n", then NAME "=" VALUE "\n" per field, then "}".
class Struct {
 public:
  Struct(Writer& w, std::string_view type) : w_(w) {
    w_.raw("{");
    w_.raw(type);
    w_.raw("\n");
  }
  ~Struct() { w_.raw("}"); }
  Struct(const Struct&) = delete;
  Struct& operator=(const Struct&) = delete;

  template <class T>
  Struct& operator()(std::string_view name, const T& value) {
    w_.raw(name);
    w_.raw("=");
    put(w_, value);
    w_.raw("\n");
    return *this;
  }

 private:
  Writer& w_;
};

void put(Writer& w, const Contact& c) {
  expect_fields<Contact, 6>();
  Struct(w, "Contact")("name", c.name)("role", c.role)("email", c.email)("telephone", c.telephone)("address", c.address);
}

void put(Writer& w, const Partner& p) {
  expect_fields<Partner, 10>();
  Struct(w, "Partner")("id", p.id)("name", p.name)("kind", p.kind)("address", p.address)(
      "responsible_manager", p.responsible_manager)("designated_officer", p.designated_officer)("signatory", p.signatory)(
      "breach_contact", p.breach_contact)("roles", p.roles);
}

void put(Writer& w, const Gateway& g) {
  expect_fields<Gateway, 9>();
  Struct(w, "Gateway")("id", g.id)("title", g.title)("type", g.type)("sections", g.sections)("allows", g.allows)(
      "relied_on_by", g.relied_on_by)("kinds", g.kinds)("url", g.url);
}

void put(Writer& w, const LawfulBasis& b) {
  expect_fields<LawfulBasis, 5>();
  Struct(w, "LawfulBasis")("id", b.id)("provision", b.provision)("condition", b.condition)("summary", b.summary);
}

void put(Writer& w, const DataItem& d) {
  expect_fields<DataItem, 7>();
  Struct(w, "DataItem")("id", d.id)("name", d.name)("category", d.category)("identifies", d.identifies)("group", d.group)(
      "description", d.description);
}

void put(Writer& w, const StageParty& s) {
  expect_fields<StageParty, 3>();
  Struct(w, "StageParty")("partner", s.partner)("roles", s.roles);
}

void put(Writer& w, const Parties& p) {
  expect_fields<Parties, 3>();
  Struct(w, "Parties")("all", p.all)("named", parties_of(p, w.partners()));
}

void put(Writer& w, const Stage& s) {
  expect_fields<Stage, 15>();
  Struct(w, "Stage")("id", s.id)("name", s.name)("description", s.description)("shares", s.shares)("consent", s.consent)(
      "providers", s.providers)("recipients", s.recipients)("forms", s.forms)("transfer", s.transfer)(
      "frequency", s.frequency)("considerations", s.considerations)("meeting", s.meeting)("lawful_bases", s.lawful_bases)(
      "referral", s.referral);
}

void put(Writer& w, const WithoutConsent& c) {
  expect_fields<WithoutConsent, 4>();
  Struct(w, "WithoutConsent")("criteria", c.criteria)("decided_by", c.decided_by)("recording", c.recording);
}

void put(Writer& w, const Consent& c) {
  expect_fields<Consent, 11>();
  Struct(w, "Consent")("model", c.model)("basis", c.basis)("form", c.form)("capacity", c.capacity)("children", c.children)(
      "recording", c.recording)("refusal", c.refusal)("withdrawal", c.withdrawal)("review", c.review)(
      "without_consent", c.without_consent);
}

void put(Writer& w, const Handling& h) {
  expect_fields<Handling, 9>();
  Struct(w, "Handling")("marking", h.marking)("storage", h.storage)("disposal", h.disposal)(
      "media_disposal", h.media_disposal)("movement", h.movement)("telephone", h.telephone)("email", h.email)(
      "internet", h.internet);
}

void put(Writer& w, const MarkingLevel& m) {
  expect_fields<MarkingLevel, 6>();
  Struct(w, "MarkingLevel")("id", m.id)("name", m.name)("definition", m.definition)("summary", m.summary)(
      "handling", m.handling);
}

void put(Writer& w, const TransferMethod& t) {
  expect_fields<TransferMethod, 4>();
  Struct(w, "TransferMethod")("id", t.id)("name", t.name)("description", t.description);
}

void put(Writer& w, const Security& s) {
  expect_fields<Security, 4>();
  Struct(w, "Security")("levels", s.levels)("transfer_methods", s.transfer_methods)("breaches", s.breaches);
}

void put(Writer& w, const Meeting& m) {
  expect_fields<Meeting, 13>();
  Struct(w, "Meeting")("id", m.id)("name", m.name)("chair", m.chair)("chair_partner", m.chair_partner)(
      "frequency", m.frequency)("location", m.location)("level", m.level)("purposes", m.purposes)(
      "attendees", m.attendees)("declaration", m.declaration)("equality_statement", m.equality_statement)(
      "record_email", m.record_email);
}

void put(Writer& w, const Form& f) {
  expect_fields<Form, 8>();
  Struct(w, "Form")("id", f.id)("title", f.title)("kind", f.kind)("reference", f.reference)("meeting", f.meeting)(
      "stage", f.stage)("note", f.note);
}

void put(Writer& w, const ReviewRecord& r) {
  expect_fields<ReviewRecord, 4>();
  Struct(w, "ReviewRecord")("date", r.date)("by", r.by)("outcome", r.outcome);
}

void put(Writer& w, const Review& r) {
  expect_fields<Review, 10>();
  Struct(w, "Review")("every_months", r.every_months)("first_after_months", r.first_after_months)("due", r.due)(
      "lead", r.lead)("by", r.by)("considers", r.considers)("minor_changes", r.minor_changes)(
      "major_changes", r.major_changes)("reviews", r.reviews);
}

void put(Writer& w, const Version& v) {
  expect_fields<Version, 5>();
  Struct(w, "Version")("version", v.version)("date", v.date)("author", v.author)("summary", v.summary);
}

void put(Writer& w, const Term& t) {
  expect_fields<Term, 3>();
  Struct(w, "Term")("term", t.term)("definition", t.definition);
}

void put(Writer& w, const ChecklistItem& c) {
  expect_fields<ChecklistItem, 3>();
  Struct(w, "ChecklistItem")("text", c.text)("prompts", c.prompts);
}

void put(Writer& w, const Checklist& c) {
  expect_fields<Checklist, 5>();
  Struct(w, "Checklist")("id", c.id)("title", c.title)("introduction", c.introduction)("items", c.items);
}

void put(Writer& w, const Forum& f) {
  expect_fields<Forum, 4>();
  Struct(w, "Forum")("name", f.name)("shares_individual_information", f.shares_individual_information)(
      "arrangement", f.arrangement);
}

void put(Writer& w, const Theme& t) {
  expect_fields<Theme, 3>();
  Struct(w, "Theme")("name", t.name)("forums", t.forums);
}

void put(Writer& w, const Clause& c) {
  expect_fields<Clause, 6>();
  Struct(w, "Clause")("section", c.section)("mode", c.mode)("title", c.title)("after", c.after)("text", c.text);
}

void put(Writer& w, const Framework& f) {
  expect_fields<Framework, 4>();
  Struct(w, "Framework")("name", f.name)("tier", f.tier)("url", f.url);
}

void put(Writer& w, const Protocol& p) {
  expect_fields<Protocol, 39>();
  Struct(w, "Protocol")("id", p.id)("title", p.title)("area", p.area)("board", p.board)("tier", p.tier)(
      "framework", p.framework)("parent", p.parent)("regime", p.regime)("status", p.status)("version", p.version)(
      "effective", p.effective)("published", p.published)("quality_assured", p.quality_assured)("marking", p.marking)(
      "purpose", p.purpose)("scope", p.scope)("objectives", p.objectives)("benefits", p.benefits)(
      "service_users", p.service_users)("informing", p.informing)("partners", p.partners)("gateway_ids", p.gateway_ids)(
      "gateways", p.gateways)("lawful_bases", p.lawful_bases)("common_law", p.common_law)(
      "public_interest", p.public_interest)("data_items", p.data_items)("consent", p.consent)("stages", p.stages)(
      "security", p.security)("meetings", p.meetings)("forms", p.forms)("review", p.review)("history", p.history)(
      "glossary", p.glossary)("checklists", p.checklists)("arrangements", p.arrangements)("clauses", p.clauses);
}

// "-" when absent, "+" and the value when present: an empty value is never mistaken for none.
template <class T>
void put(Writer& w, const std::optional<T>& value) {
  if (!value) {
    w.raw("-");
    return;
  }
  w.raw("+");
  put(w, *value);
}

// "[" COUNT "\n", each element and "\n", then "]": the order is kept, for order is meaning.
template <class T>
void put(Writer& w, const std::vector<T>& values) {
  w.raw("[" + std::to_string(values.size()) + "\n");
  for (const T& v : values) {
    put(w, v);
    w.raw("\n");
  }
  w.raw("]");
}

// The values the model builds on: a new field in any of them is a new field of every element.
constexpr bool building_blocks_checked = [] {
  expect_fields<Date, 3>();
  expect_fields<Ref, 2>();
  expect_fields<Element, 2>();
  return true;
}();

}  // namespace

std::string canonical_bytes(const model::Protocol& resolved, std::string_view template_identity) {
  static_assert(building_blocks_checked);
  constexpr std::string_view tag = "ispgen-digest-v1\n";
  std::string out(tag);
  Writer w(out, resolved.partners);
  w.raw("templates=");
  w.text(template_identity);
  w.raw("\nprotocol=");
  put(w, resolved);
  w.raw("\n");
  return out;
}

}  // namespace ispgen::sign
