#include "tree.hpp"

#include <algorithm>
#include <iterator>

#include "ispgen/model/vocabulary.hpp"

namespace ispgen::diff {
namespace {

using model::Element;

// Where `key` was written in `element`: the last time, since a protocol's participation entry
// writes over the directory's entry for the same partner.
const model::Location& located(const Element& element, std::string_view key) {
  for (auto it = element.fields.rbegin(); it != element.fields.rend(); ++it)
    if (it->key == key) return it->at;
  return element.at;
}

// Adds the fields of one model element to its node, leaving out what is empty.
class Fields {
 public:
  Fields(Node& node, const Element& element, const Renames& renames)
      : node_(node), element_(element), renames_(renames) {}

  void value(std::string_view key, std::string v, Shape shape = Shape::value) {
    if (v.empty()) return;
    Node& n = add(key, shape);
    n.value = std::move(v);
  }
  void text(std::string_view key, const std::string& v) { value(key, v, Shape::text); }
  void flag(std::string_view key, bool v) { value(key, v ? "true" : "false"); }
  template <class E>
  void word(std::string_view key, E v) {
    value(key, std::string(model::word_of(v)));
  }
  void number(std::string_view key, std::optional<int> v) {
    if (v) value(key, std::to_string(*v));
  }
  void date(std::string_view key, const std::optional<model::Date>& v) {
    if (v) value(key, v->iso());
  }
  void ref(std::string_view key, std::string_view kind, const std::optional<model::Ref>& r) {
    if (r) value(key, id(kind, r->id));
  }
  void refs(std::string_view key, std::string_view kind, const std::vector<model::Ref>& rs) {
    if (rs.empty()) return;
    Node& n = add(key, Shape::set);
    for (const model::Ref& r : rs) n.children.push_back(member(id(kind, r.id), &r.at));
  }
  void set(std::string_view key, const std::vector<std::string>& members) { items(key, Shape::set, members); }
  void list(std::string_view key, const std::vector<std::string>& members) { items(key, Shape::list, members); }
  template <class E>
  void words(std::string_view key, const std::vector<E>& values) {
    std::vector<std::string> members;
    for (E v : values) members.emplace_back(model::word_of(v));
    set(key, members);
  }

  // A nested object; `fill(Fields&)` adds its fields. Left out if it has none.
  template <class Fill>
  void object(std::string_view key, const Element& element, std::string label, Fill fill) {
    Node n{Shape::object, std::string(key), &element.at, std::move(label), {}, false};
    Fields f(n, element, renames_);
    fill(f);
    if (!n.children.empty()) node_.children.push_back(std::move(n));
  }
  template <class T, class Fill>
  void object(std::string_view key, const std::optional<T>& element, std::string label, Fill fill) {
    if (element) object(key, *element, std::move(label), fill);
  }

  // Elements matched by `key_of(element)`; `label_of` names one, `fill(Fields&, element)` adds
  // its fields. A repeated or empty key gets "#n" so that every element can be told apart.
  // With `at`, every element is reported where `at` was written (the `all` that stands for them).
  template <class T, class KeyOf, class LabelOf, class Fill>
  void keyed(std::string_view key, bool renames, const std::vector<T>& elements, KeyOf key_of, LabelOf label_of,
             Fill fill, const Element* at = nullptr) {
    if (elements.empty()) return;
    Node& list = add(key, Shape::keyed);
    list.renames = renames;
    std::map<std::string, int> seen;
    for (std::size_t i = 0; i < elements.size(); ++i) {
      const T& e = elements[i];
      std::string k = key_of(e);
      const int n = ++seen[k];
      if (k.empty()) k = "#" + std::to_string(i + 1);
      else if (n > 1) k += "#" + std::to_string(n);
      const Element& where = at ? *at : e;
      Node child{Shape::object, std::move(k), &where.at, label_of(e), {}, false};
      Fields f(child, where, renames_);
      fill(f, e);
      list.children.push_back(std::move(child));
    }
  }

  // `id` of an element of `kind`, as NEW calls it.
  std::string id(std::string_view kind, const std::string& id) const {
    const auto k = renames_.find(std::string(kind));
    if (k == renames_.end()) return id;
    const auto r = k->second.find(id);
    return r == k->second.end() ? id : r->second;
  }

 private:
  Node& add(std::string_view key, Shape shape) {
    node_.children.push_back(Node{shape, std::string(key), &located(element_, key), {}, {}, false});
    return node_.children.back();
  }
  static Node member(std::string v, const model::Location* at) { return Node{Shape::value, {}, at, std::move(v), {}, false}; }
  void items(std::string_view key, Shape shape, const std::vector<std::string>& members) {
    if (members.empty()) return;
    Node& n = add(key, shape);
    for (const std::string& m : members) n.children.push_back(member(m, n.at));
  }

  Node& node_;
  const Element& element_;
  const Renames& renames_;
};

const auto by_id = [](const auto& e) { return e.id; };

std::string first_of(const std::string& a, const std::string& b) { return a.empty() ? b : a; }

void contact(Fields& f, std::string_view key, const std::optional<model::Contact>& c) {
  if (!c) return;
  f.object(key, *c, first_of(c->name, c->role), [&](Fields& g) {
    g.value("name", c->name);
    g.value("role", c->role);
    g.value("email", c->email);
    g.value("telephone", c->telephone);
    g.value("address", c->address);
  });
}

void partner(Fields& f, const model::Partner& p) {
  f.value("name", p.name);
  if (p.kind) f.word("kind", *p.kind);
  f.value("address", p.address);
  contact(f, "responsible_manager", p.responsible_manager);
  contact(f, "designated_officer", p.designated_officer);
  contact(f, "signatory", p.signatory);
  contact(f, "breach_contact", p.breach_contact);
  f.set("roles", p.roles);
}

void gateway(Fields& f, const model::Gateway& g) {
  f.value("title", g.title);
  f.word("type", g.type);
  f.set("sections", g.sections);
  f.text("allows", g.allows);
  f.set("relied_on_by", g.relied_on_by);
  f.words("kinds", g.kinds);
  f.value("url", g.url);
}

// The parties named, or for `all` every partner of the protocol, each with no roles of its own.
void parties(Fields& f, std::string_view key, const model::Parties& p, const std::vector<model::Partner>& partners) {
  if (p.all) {
    const auto id_of = [&](const model::Partner& partner) { return f.id("partners", partner.id); };
    f.keyed(key, false, partners, id_of, id_of, [](Fields&, const model::Partner&) {}, &p);
    return;
  }
  f.keyed(
      key, false, p.named, [&](const model::StageParty& s) { return f.id("partners", s.partner.id); },
      [&](const model::StageParty& s) { return f.id("partners", s.partner.id); },
      [](Fields& g, const model::StageParty& s) { g.set("roles", s.roles); });
}

void stage(Fields& f, const model::Stage& s, const std::vector<model::Partner>& partners) {
  f.value("name", s.name);
  f.text("description", s.description);
  f.refs("shares", "data_items", s.shares);
  f.text("consent", s.consent);
  parties(f, "providers", s.providers, partners);
  parties(f, "recipients", s.recipients, partners);
  f.refs("forms", "forms", s.forms);
  f.refs("transfer", "transfer_methods", s.transfer);
  f.value("frequency", s.frequency);
  f.text("considerations", s.considerations);
  f.ref("meeting", "meetings", s.meeting);
  f.refs("lawful_bases", "lawful_bases", s.lawful_bases);
  f.flag("referral", s.referral);
}

void consent(Fields& f, const model::Consent& c) {
  f.word("model", c.model);
  f.text("basis", c.basis);
  f.ref("form", "forms", c.form);
  f.text("capacity", c.capacity);
  f.text("children", c.children);
  f.text("recording", c.recording);
  f.text("refusal", c.refusal);
  f.text("withdrawal", c.withdrawal);
  f.text("review", c.review);
  f.object("without_consent", c.without_consent, "", [&](Fields& g) {
    g.list("criteria", c.without_consent->criteria);
    g.text("decided_by", c.without_consent->decided_by);
    g.text("recording", c.without_consent->recording);
  });
}

void level(Fields& f, const model::MarkingLevel& m) {
  f.value("name", m.name);
  f.text("definition", m.definition);
  f.text("summary", m.summary);
  f.object("handling", m.handling, "", [&](Fields& g) {
    const model::Handling& h = *m.handling;
    g.text("marking", h.marking);
    g.text("storage", h.storage);
    g.text("disposal", h.disposal);
    g.text("media_disposal", h.media_disposal);
    g.text("movement", h.movement);
    g.text("telephone", h.telephone);
    g.text("email", h.email);
    g.text("internet", h.internet);
  });
}

void security(Fields& f, const model::Security& s) {
  f.object("security", s, "", [&](Fields& g) {
    g.keyed("levels", true, s.levels, by_id, [](const auto& m) { return m.name; }, level);
    g.keyed(
        "transfer_methods", true, s.transfer_methods, by_id, [](const auto& t) { return t.name; },
        [](Fields& h, const model::TransferMethod& t) {
          h.value("name", t.name);
          h.text("description", t.description);
        });
    g.text("breaches", s.breaches);
  });
}

void meeting(Fields& f, const model::Meeting& m) {
  f.value("name", m.name);
  f.value("chair", m.chair);
  f.ref("chair_partner", "partners", m.chair_partner);
  f.value("frequency", m.frequency);
  f.value("location", m.location);
  f.ref("level", "levels", m.level);
  f.list("purposes", m.purposes);
  f.refs("attendees", "partners", m.attendees);
  f.text("declaration", m.declaration);
  f.text("equality_statement", m.equality_statement);
  f.flag("record_email", m.record_email);
}

void form(Fields& f, const model::Form& m) {
  f.value("title", m.title);
  f.word("kind", m.kind);
  f.value("reference", m.reference);
  f.ref("meeting", "meetings", m.meeting);
  f.ref("stage", "stages", m.stage);
  f.text("note", m.note);
}

void review(Fields& f, const model::Review& r) {
  f.object("review", r, "", [&](Fields& g) {
    g.number("every_months", r.every_months);
    g.number("first_after_months", r.first_after_months);
    g.date("due", r.due);
    g.ref("lead", "partners", r.lead);
    g.value("by", r.by);
    g.list("considers", r.considers);
    g.text("minor_changes", r.minor_changes);
    g.text("major_changes", r.major_changes);
    g.keyed(
        "reviews", false, r.reviews, [](const auto& x) { return x.date.iso(); },
        [](const auto& x) { return x.date.iso(); },
        [](Fields& h, const model::ReviewRecord& x) {
          h.value("by", x.by);
          h.text("outcome", x.outcome);
        });
  });
}

// A checklist item as one text: the question, then its prompts.
std::string item_text(const model::ChecklistItem& item) {
  std::string out = item.text;
  for (const std::string& p : item.prompts) out += " / " + p;
  return out;
}

void checklist(Fields& f, const model::Checklist& c) {
  f.value("title", c.title);
  f.text("introduction", c.introduction);
  std::vector<std::string> items;
  std::transform(c.items.begin(), c.items.end(), std::back_inserter(items), item_text);
  f.list("items", items);
}

void theme(Fields& f, const model::Theme& t) {
  f.keyed(
      "forums", false, t.forums, [](const auto& x) { return x.name; }, [](const auto& x) { return x.name; },
      [](Fields& g, const model::Forum& x) {
        g.flag("shares_individual_information", x.shares_individual_information);
        g.value("arrangement", x.arrangement);
      });
}

void clause(Fields& f, const model::Clause& c) {
  f.word("mode", c.mode);
  f.value("title", c.title);
  f.value("after", c.after);
  f.text("text", c.text);
}

const auto name_of = [](const auto& e) { return e.name; };
const auto title_of = [](const auto& e) { return e.title; };

void protocol(Fields& f, const model::Protocol& p) {
  f.value("title", p.title);
  f.value("area", p.area);
  f.value("board", p.board);
  f.number("tier", p.tier);
  f.object("framework", p.framework, p.framework ? p.framework->name : "", [&](Fields& g) {
    g.value("name", p.framework->name);
    g.number("tier", p.framework->tier);
    g.value("url", p.framework->url);
  });
  f.ref("parent", "protocols", p.parent);
  f.word("regime", p.regime);
  f.word("status", p.status);
  f.value("version", p.version);
  f.date("effective", p.effective);
  f.date("published", p.published);
  f.date("quality_assured", p.quality_assured);
  f.word("marking", p.marking);
  f.text("purpose", p.purpose);
  f.text("scope", p.scope);
  f.list("objectives", p.objectives);
  f.list("benefits", p.benefits);
  f.list("service_users", p.service_users);
  f.list("informing", p.informing);
  f.keyed("partners", true, p.partners, by_id, name_of, partner);
  f.keyed("gateways", true, p.gateways, by_id, title_of, gateway);
  f.keyed(
      "lawful_bases", true, p.lawful_bases, by_id,
      [](const model::LawfulBasis& b) { return std::string(model::word_of(b.provision)) + " " + b.condition; },
      [](Fields& g, const model::LawfulBasis& b) {
        g.word("provision", b.provision);
        g.value("condition", b.condition);
        g.text("summary", b.summary);
      });
  f.text("common_law", p.common_law);
  f.list("public_interest", p.public_interest);
  f.keyed("data_items", true, p.data_items, by_id, name_of, [](Fields& g, const model::DataItem& d) {
    g.value("name", d.name);
    g.word("category", d.category);
    g.flag("identifies", d.identifies);
    g.value("group", d.group);
    g.text("description", d.description);
  });
  f.object("consent", p.consent, "", [&](Fields& g) { consent(g, p.consent); });
  f.keyed("stages", true, p.stages, by_id, name_of,
          [&](Fields& g, const model::Stage& s) { stage(g, s, p.partners); });
  security(f, p.security);
  f.keyed("meetings", true, p.meetings, by_id, name_of, meeting);
  f.keyed("forms", true, p.forms, by_id, title_of, form);
  review(f, p.review);
  f.keyed(
      "history", false, p.history, [](const auto& v) { return v.version; }, [](const auto& v) { return v.version; },
      [](Fields& g, const model::Version& v) {
        g.date("date", v.date);
        g.value("author", v.author);
        g.text("summary", v.summary);
      });
  f.keyed(
      "glossary", true, p.glossary, [](const auto& t) { return t.term; }, [](const auto& t) { return t.term; },
      [](Fields& g, const model::Term& t) { g.text("definition", t.definition); });
  f.keyed("checklists", true, p.checklists, by_id, title_of, checklist);
  f.keyed("arrangements", true, p.arrangements, name_of, name_of, theme);
  f.keyed(
      "clauses", true, p.clauses, [](const auto& c) { return c.section; },
      [](const auto& c) { return first_of(c.title, c.section); }, clause);
}

}  // namespace

Node protocol_tree(const model::Protocol& p, const Renames& renames) {
  Node root{Shape::object, {}, &p.at, p.title, {}, false};
  Fields f(root, p, renames);
  protocol(f, p);
  return root;
}

std::string fingerprint(const Node& node) {
  std::string out;
  out += static_cast<char>('0' + static_cast<int>(node.shape));
  if (node.shape != Shape::object) out += std::to_string(node.value.size()) + ':' + node.value;
  for (const Node& c : node.children) {
    out += '(' + std::to_string(c.key.size()) + ':' + c.key;
    out += fingerprint(c);
    out += ')';
  }
  return out;
}

std::string summary(const Node& node) {
  switch (node.shape) {
    case Shape::value:
    case Shape::text:
      return node.value;
    case Shape::set:
    case Shape::list:
    case Shape::keyed: {
      std::string out;
      for (const Node& c : node.children) out += (out.empty() ? "" : ", ") + (node.shape == Shape::keyed ? c.key : c.value);
      return out;
    }
    case Shape::object:
      break;
  }
  if (!node.value.empty()) return node.value;
  std::string out;
  for (const Node& c : node.children) out += (out.empty() ? "" : "; ") + c.key + ": " + summary(c);
  return out;
}

}  // namespace ispgen::diff
