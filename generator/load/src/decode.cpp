#include "decode.hpp"

namespace ispgen::load {
namespace {

using model::Element;
using yaml::Node;

// Reads `node` as the object `schema` names with `fill(fields, value)`; empty if it is not a map.
template <class T, class Fill>
std::optional<T> read_object(const Node& node, std::string_view schema, Context& ctx, Fill fill) {
  T value;
  Fields f(node, schema, ctx, value);
  if (!f.ok()) return std::nullopt;
  fill(f, value);
  return value;
}

std::optional<model::Contact> contact(const Node& node, Context& ctx) {
  model::Contact c;
  Fields f(node, "contact", ctx, c);
  if (!f.ok()) return std::nullopt;
  c.name = f.text("name");
  c.role = f.text("role");
  c.email = f.text("email");
  c.telephone = f.text("telephone");
  c.address = f.text("address");
  if (c.name.empty() && c.role.empty())
    ctx.error(node.at, "missing-key", "a contact needs a 'name' or a 'role'");
  return c;
}

// The fields a partner has both in the directory and in a protocol.
void per_protocol_fields(Fields& f, model::Partner& p) {
  auto read_contact = [&](const Node& n) { return contact(n, f.context()); };
  p.responsible_manager = f.object<model::Contact>("responsible_manager", read_contact);
  p.designated_officer = f.object<model::Contact>("designated_officer", read_contact);
  p.signatory = f.object<model::Contact>("signatory", read_contact);
  p.breach_contact = f.object<model::Contact>("breach_contact", read_contact);
  p.roles = f.texts("roles");
}

std::optional<model::Partner> directory_partner(const Node& node, Context& ctx) {
  return read_object<model::Partner>(node, "partner", ctx, [](Fields& f, model::Partner& p) {
    p.id = f.id("id");
    p.name = f.text("name");
    p.kind = f.choice<model::PartnerKind>("kind");
    p.address = f.text("address");
    per_protocol_fields(f, p);
  });
}

std::optional<model::Partner> participation(const Node& node, Context& ctx) {
  model::Partner p;
  if (node.kind == Node::Kind::scalar) {
    p.at = node.at;
    if (auto id = as_id(node, "partner id", ctx)) p.id = *id;
    return p.id.empty() ? std::nullopt : std::optional(p);
  }
  Fields f(node, "participation", ctx, p);
  if (!f.ok()) return std::nullopt;
  p.id = f.id("id");
  per_protocol_fields(f, p);
  return p;
}

std::optional<model::Gateway> gateway(const Node& node, Context& ctx) {
  return read_object<model::Gateway>(node, "gateway", ctx, [](Fields& f, model::Gateway& g) {
    g.id = f.id("id");
    g.title = f.text("title");
    g.type = f.choice<model::GatewayType>("type").value_or(model::GatewayType::statute);
    g.sections = f.texts("sections");
    g.allows = f.text("allows");
    g.relied_on_by = f.texts("relied_on_by");
    g.kinds = f.choices<model::PartnerKind>("kinds");
    g.url = f.text("url");
  });
}

std::optional<model::LawfulBasis> lawful_basis(const Node& node, Context& ctx) {
  return read_object<model::LawfulBasis>(node, "lawful_basis", ctx, [](Fields& f, model::LawfulBasis& b) {
    b.id = f.id("id");
    b.provision = f.choice<model::Provision>("provision").value_or(model::Provision::gdpr_article_6);
    b.condition = f.text("condition");
    b.summary = f.text("summary");
  });
}

std::optional<model::DataItem> data_item(const Node& node, Context& ctx) {
  return read_object<model::DataItem>(node, "data_item", ctx, [](Fields& f, model::DataItem& d) {
    d.id = f.id("id");
    d.name = f.text("name");
    d.category = f.choice<model::DataCategory>("category").value_or(model::DataCategory::personal);
    d.identifies = f.boolean("identifies", d.category == model::DataCategory::identifier);
    d.group = f.text("group");
    d.description = f.text("description");
  });
}

std::optional<model::StageParty> stage_party(const Node& node, Context& ctx) {
  model::StageParty s;
  if (node.kind == Node::Kind::scalar) {
    s.at = node.at;
    auto ref = as_ref(node, "partner", ctx);
    if (!ref) return std::nullopt;
    s.partner = std::move(*ref);
    return s;
  }
  Fields f(node, "stage_party", ctx, s);
  if (!f.ok()) return std::nullopt;
  if (auto ref = f.ref("partner")) s.partner = std::move(*ref);
  s.roles = f.texts("roles");
  if (s.partner.id.empty()) return std::nullopt;
  return s;
}

// `all`, or a list of partner ids or {partner, roles} maps.
model::Parties parties(Fields& f, std::string_view key) {
  model::Parties p;
  const Node* n = f.get(key);
  if (!n) return p;
  p.at = n->at;
  if (n->kind == Node::Kind::scalar && n->text == "all") {
    p.all = true;
    return p;
  }
  if (n->kind == Node::Kind::scalar) {
    f.context().error(n->at, "wrong-type",
                      "expected 'all' or a list of partners for '" + std::string(key) + "', found '" + n->text + "'");
    f.reject(key);
    return p;
  }
  p.named = f.list<model::StageParty>(key, [&](const Node& item) { return stage_party(item, f.context()); });
  return p;
}

std::optional<model::Stage> stage(const Node& node, Context& ctx) {
  return read_object<model::Stage>(node, "stage", ctx, [](Fields& f, model::Stage& s) {
    s.id = f.id("id");
    s.name = f.text("name");
    s.description = f.text("description");
    s.shares = f.refs("shares");
    s.consent = f.text("consent");
    s.providers = parties(f, "providers");
    s.recipients = parties(f, "recipients");
    s.forms = f.refs("forms");
    s.transfer = f.refs("transfer");
    s.frequency = f.text("frequency");
    s.considerations = f.text("considerations");
    s.meeting = f.ref("meeting");
    s.lawful_bases = f.refs("lawful_bases");
    s.referral = f.boolean("referral", false);
  });
}

std::optional<model::WithoutConsent> without_consent(const Node& node, Context& ctx) {
  return read_object<model::WithoutConsent>(node, "without_consent", ctx, [](Fields& f, model::WithoutConsent& w) {
    w.criteria = f.texts("criteria");
    w.decided_by = f.text("decided_by");
    w.recording = f.text("recording");
  });
}

std::optional<model::Consent> consent(const Node& node, Context& ctx) {
  return read_object<model::Consent>(node, "consent", ctx, [](Fields& f, model::Consent& c) {
    c.model = f.choice<model::ConsentModel>("model").value_or(model::ConsentModel::explicit_consent);
    c.basis = f.text("basis");
    c.form = f.ref("form");
    c.capacity = f.text("capacity");
    c.children = f.text("children");
    c.recording = f.text("recording");
    c.refusal = f.text("refusal");
    c.withdrawal = f.text("withdrawal");
    c.review = f.text("review");
    c.without_consent = f.object<model::WithoutConsent>("without_consent", [&](const Node& n) { return without_consent(n, f.context()); });
  });
}

std::optional<model::Handling> handling(const Node& node, Context& ctx) {
  return read_object<model::Handling>(node, "handling", ctx, [](Fields& f, model::Handling& h) {
    h.marking = f.text("marking");
    h.storage = f.text("storage");
    h.disposal = f.text("disposal");
    h.media_disposal = f.text("media_disposal");
    h.movement = f.text("movement");
    h.telephone = f.text("telephone");
    h.email = f.text("email");
    h.internet = f.text("internet");
  });
}

std::optional<model::MarkingLevel> marking_level(const Node& node, Context& ctx) {
  return read_object<model::MarkingLevel>(node, "marking_level", ctx, [](Fields& f, model::MarkingLevel& m) {
    m.id = f.id("id");
    m.name = f.text("name");
    m.definition = f.text("definition");
    m.summary = f.text("summary");
    m.handling = f.object<model::Handling>("handling", [&](const Node& n) { return handling(n, f.context()); });
  });
}

std::optional<model::TransferMethod> transfer_method(const Node& node, Context& ctx) {
  return read_object<model::TransferMethod>(node, "transfer_method", ctx, [](Fields& f, model::TransferMethod& t) {
    t.id = f.id("id");
    t.name = f.text("name");
    t.description = f.text("description");
  });
}

std::optional<model::Security> security(const Node& node, Context& ctx) {
  return read_object<model::Security>(node, "security", ctx, [](Fields& f, model::Security& s) {
    s.levels = f.list<model::MarkingLevel>("levels", [&](const Node& n) { return marking_level(n, f.context()); });
    s.transfer_methods =
        f.list<model::TransferMethod>("transfer_methods", [&](const Node& n) { return transfer_method(n, f.context()); });
    s.breaches = f.text("breaches");
  });
}

std::optional<model::Meeting> meeting(const Node& node, Context& ctx) {
  return read_object<model::Meeting>(node, "meeting", ctx, [](Fields& f, model::Meeting& m) {
    m.id = f.id("id");
    m.name = f.text("name");
    m.chair = f.text("chair");
    m.chair_partner = f.ref("chair_partner");
    m.frequency = f.text("frequency");
    m.location = f.text("location");
    m.level = f.ref("level");
    m.purposes = f.texts("purposes");
    m.attendees = f.refs("attendees");
    m.declaration = f.text("declaration");
    m.equality_statement = f.text("equality_statement");
    m.record_email = f.boolean("record_email", false);
  });
}

std::optional<model::Form> form(const Node& node, Context& ctx) {
  return read_object<model::Form>(node, "form", ctx, [](Fields& f, model::Form& m) {
    m.id = f.id("id");
    m.title = f.text("title");
    m.kind = f.choice<model::FormKind>("kind").value_or(model::FormKind::other);
    m.reference = f.text("reference");
    m.meeting = f.ref("meeting");
    m.stage = f.ref("stage");
    m.note = f.text("note");
  });
}

std::optional<model::ReviewRecord> review_record(const Node& node, Context& ctx) {
  model::ReviewRecord r;
  Fields f(node, "review_record", ctx, r);
  if (!f.ok()) return std::nullopt;
  const auto date = f.date("date", false);
  r.by = f.text("by");
  r.outcome = f.text("outcome");
  if (!date) return std::nullopt;
  r.date = *date;
  return r;
}

std::optional<model::Review> review(const Node& node, Context& ctx) {
  return read_object<model::Review>(node, "review", ctx, [](Fields& f, model::Review& r) {
    r.every_months = f.integer("every_months", 1, 120);
    r.first_after_months = f.integer("first_after_months", 1, 120);
    r.due = f.date("due", false);
    r.lead = f.ref("lead");
    r.by = f.text("by");
    r.considers = f.texts("considers");
    r.minor_changes = f.text("minor_changes");
    r.major_changes = f.text("major_changes");
    r.reviews = f.list<model::ReviewRecord>("reviews", [&](const Node& n) { return review_record(n, f.context()); });
  });
}

std::optional<model::Version> version(const Node& node, Context& ctx) {
  return read_object<model::Version>(node, "version", ctx, [](Fields& f, model::Version& v) {
    v.version = f.text("version");
    v.date = f.date("date", false);
    v.author = f.text("author");
    v.summary = f.text("summary");
  });
}

std::optional<model::Term> term(const Node& node, Context& ctx) {
  return read_object<model::Term>(node, "term", ctx, [](Fields& f, model::Term& t) {
    t.term = f.text("term");
    t.definition = f.text("definition");
  });
}

std::optional<model::ChecklistItem> checklist_item(const Node& node, Context& ctx) {
  model::ChecklistItem i;
  if (node.kind == Node::Kind::scalar) {
    i.at = node.at;
    i.text = node.text;
    return i;
  }
  Fields f(node, "checklist_item", ctx, i);
  if (!f.ok()) return std::nullopt;
  i.text = f.text("text");
  i.prompts = f.texts("prompts");
  return i;
}

std::optional<model::Checklist> checklist(const Node& node, Context& ctx) {
  return read_object<model::Checklist>(node, "checklist", ctx, [](Fields& f, model::Checklist& c) {
    c.id = f.id("id");
    c.title = f.text("title");
    c.introduction = f.text("introduction");
    c.items = f.list<model::ChecklistItem>("items", [&](const Node& n) { return checklist_item(n, f.context()); });
  });
}

std::optional<model::Forum> forum(const Node& node, Context& ctx) {
  return read_object<model::Forum>(node, "forum", ctx, [](Fields& f, model::Forum& m) {
    m.name = f.text("name");
    m.shares_individual_information = f.boolean("shares_individual_information", false);
    m.arrangement = f.text("arrangement");
  });
}

std::optional<model::Theme> theme(const Node& node, Context& ctx) {
  return read_object<model::Theme>(node, "theme", ctx, [](Fields& f, model::Theme& t) {
    t.name = f.text("name");
    t.forums = f.list<model::Forum>("forums", [&](const Node& n) { return forum(n, f.context()); });
  });
}

std::optional<model::Clause> clause(const Node& node, Context& ctx) {
  return read_object<model::Clause>(node, "clause", ctx, [](Fields& f, model::Clause& c) {
    c.section = f.id("section");
    c.mode = f.choice<model::ClauseMode>("mode").value_or(model::ClauseMode::append);
    c.title = f.text("title");
    c.after = f.id("after");
    c.text = f.text("text");
  });
}

std::optional<model::Framework> framework(const Node& node, Context& ctx) {
  return read_object<model::Framework>(node, "framework", ctx, [](Fields& f, model::Framework& fw) {
    fw.name = f.text("name");
    fw.tier = f.integer("tier", 1, 3);
    fw.url = f.text("url");
  });
}

template <class T, class Decode>
std::optional<std::vector<T>> top_list(const Node& root, std::string_view schema, std::string_view key, Context& ctx,
                                       Decode decode) {
  Element file;
  Fields f(root, schema, ctx, file);
  const Node* list = f.get(key);
  std::vector<T> items = f.list<T>(key, [&](const Node& n) { return decode(n, ctx); });
  if (!list || list->kind != Node::Kind::sequence) return std::nullopt;
  return items;
}

}  // namespace

std::optional<model::Protocol> decode_protocol(const Node& root, std::string_view file_id, Context& ctx) {
  model::Protocol p;
  Fields f(root, "protocol", ctx, p);
  p.id = std::string(file_id);
  if (!f.ok()) return std::nullopt;
  if (const Node* id = f.get("id")) {
    const auto written = as_id(*id, "protocol id", ctx);
    if (written && *written != file_id)
      ctx.error(id->at, "id-file-mismatch",
                "protocol id '" + *written + "' does not match its file name '" + std::string(file_id) +
                    "'; the id is the file name without .yaml");
  }
  p.title = f.text("title");
  p.area = f.text("area");
  p.board = f.text("board");
  p.tier = f.integer("tier", 1, 3);
  p.framework = f.object<model::Framework>("framework", [&](const Node& n) { return framework(n, ctx); });
  p.parent = f.ref("parent");
  p.regime = f.choice<model::Regime>("regime").value_or(model::Regime::uk_gdpr);
  p.status = f.choice<model::Status>("status").value_or(model::Status::draft);
  p.version = f.text("version");
  p.effective = f.date("effective", true);
  p.published = f.date("published", true);
  p.quality_assured = f.date("quality_assured", false);
  p.marking = f.choice<model::Marking>("marking").value_or(model::Marking::official);
  p.purpose = f.text("purpose");
  p.scope = f.text("scope");
  p.objectives = f.texts("objectives");
  p.benefits = f.texts("benefits");
  p.service_users = f.texts("service_users");
  p.informing = f.texts("informing");
  p.partners = f.list<model::Partner>("partners", [&](const Node& n) { return participation(n, ctx); });
  p.gateway_ids = f.refs("gateways");
  p.lawful_bases = f.list<model::LawfulBasis>("lawful_bases", [&](const Node& n) { return lawful_basis(n, ctx); });
  p.common_law = f.text("common_law");
  p.public_interest = f.texts("public_interest");
  p.data_items = f.list<model::DataItem>("data_items", [&](const Node& n) { return data_item(n, ctx); });
  if (auto c = f.object<model::Consent>("consent", [&](const Node& n) { return consent(n, ctx); })) p.consent = *c;
  p.stages = f.list<model::Stage>("stages", [&](const Node& n) { return stage(n, ctx); });
  if (auto s = f.object<model::Security>("security", [&](const Node& n) { return security(n, ctx); })) p.security = *s;
  p.meetings = f.list<model::Meeting>("meetings", [&](const Node& n) { return meeting(n, ctx); });
  p.forms = f.list<model::Form>("forms", [&](const Node& n) { return form(n, ctx); });
  if (auto r = f.object<model::Review>("review", [&](const Node& n) { return review(n, ctx); })) p.review = *r;
  p.history = f.list<model::Version>("history", [&](const Node& n) { return version(n, ctx); });
  p.glossary = f.list<model::Term>("glossary", [&](const Node& n) { return term(n, ctx); });
  p.checklists = f.list<model::Checklist>("checklists", [&](const Node& n) { return checklist(n, ctx); });
  p.arrangements = f.list<model::Theme>("arrangements", [&](const Node& n) { return theme(n, ctx); });
  p.clauses = f.list<model::Clause>("clauses", [&](const Node& n) { return clause(n, ctx); });
  return p;
}

std::optional<std::vector<model::Partner>> decode_partner_directory(const Node& root, Context& ctx) {
  return top_list<model::Partner>(root, "partner_directory", "partners", ctx, directory_partner);
}

std::optional<std::vector<model::Gateway>> decode_gateway_library(const Node& root, Context& ctx) {
  return top_list<model::Gateway>(root, "gateway_library", "gateways", ctx, gateway);
}

}  // namespace ispgen::load
