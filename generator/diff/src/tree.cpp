#include "tree.hpp"

#include <algorithm>
#include <iterator>
#include <type_traits>

#include "ispgen/model/description.hpp"

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

// The identity of an element in a keyed list: the member its description names.
template <class T>
std::string identity_of(const T& element) {
  std::string out;
  model::for_each_field(element, [&](const auto& spec, const auto& member) {
    if (spec.name != model::Described<T>::identity) return;
    using M = std::remove_cvref_t<decltype(member)>;
    if constexpr (std::is_same_v<M, std::string>) out = member;
    else if constexpr (std::is_same_v<M, model::Date>) out = member.iso();
  });
  return out;
}

// The words a report names an element by ("" for a struct without a label).
template <class T>
std::string label_of(const T& element) {
  if constexpr (requires { model::Described<T>::label(element); })
    return model::Described<T>::label(element);
  else
    return {};
}

// Whether an element whose identity alone changed is the same element renamed.
template <class T>
constexpr bool renamable() {
  if constexpr (requires { model::Described<T>::renamable; })
    return model::Described<T>::renamable;
  else
    return true;
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

// A checklist item as one text: the question, then its prompts.
std::string item_text(const model::ChecklistItem& item) {
  std::string out = item.text;
  for (const std::string& p : item.prompts) out += " / " + p;
  return out;
}

template <class T>
void members(Fields& f, const T& element, const std::vector<model::Partner>& partners);

// Adds one member to the tree as its kind says: compared whole, word by word, as a set or a list,
// field by field, or element by element.
template <class Spec, class M>
void member(Fields& f, const Spec& spec, const M& v, const std::vector<model::Partner>& partners) {
  const std::string_view key = spec.key.empty() ? spec.name : spec.key;
  using E = model::element_of_t<M>;
  const auto fill = [&](Fields& g, const auto& e) { members(g, e, partners); };
  if constexpr (std::is_same_v<M, std::string>) {
    if (spec.kind == model::Kind::prose || spec.kind == model::Kind::markdown)
      f.text(key, v);
    else
      f.value(key, v);
  } else if constexpr (std::is_same_v<M, std::vector<std::string>>) {
    if (spec.kind == model::Kind::names)
      f.set(key, v);
    else
      f.list(key, v);
  } else if constexpr (std::is_same_v<M, bool>) {
    f.flag(key, v);
  } else if constexpr (std::is_same_v<M, std::optional<int>>) {
    f.number(key, v);
  } else if constexpr (std::is_same_v<M, std::optional<model::Date>>) {
    f.date(key, v);
  } else if constexpr (std::is_same_v<M, model::Date>) {
    f.date(key, std::optional(v));
  } else if constexpr (std::is_same_v<M, model::Ref>) {
    f.ref(key, spec.target, std::optional(v));
  } else if constexpr (std::is_same_v<M, std::optional<model::Ref>>) {
    f.ref(key, spec.target, v);
  } else if constexpr (std::is_same_v<M, std::vector<model::Ref>>) {
    f.refs(key, spec.target, v);
  } else if constexpr (std::is_enum_v<M>) {
    f.word(key, v);
  } else if constexpr (std::is_same_v<M, std::optional<E>> && std::is_enum_v<E>) {
    if (v) f.word(key, *v);
  } else if constexpr (std::is_same_v<M, std::vector<E>> && std::is_enum_v<E>) {
    f.words(key, v);
  } else if constexpr (std::is_same_v<M, model::Parties>) {
    parties(f, key, v, partners);
  } else if constexpr (std::is_same_v<M, std::vector<model::ChecklistItem>>) {
    std::vector<std::string> items;
    std::transform(v.begin(), v.end(), std::back_inserter(items), item_text);
    f.list(key, items);
  } else if constexpr (std::is_same_v<M, std::vector<E>>) {
    f.keyed(key, renamable<E>(), v, identity_of<E>, label_of<E>, fill);
  } else if constexpr (std::is_same_v<M, std::optional<E>>) {
    if (v) f.object(key, *v, label_of(*v), [&](Fields& g) { fill(g, *v); });
  } else {
    static_assert(model::described<M>, "a member of a kind the diff cannot compare yet: add it here");
    f.object(key, v, label_of(v), [&](Fields& g) { fill(g, v); });
  }
}

// Adds every member of `element` but its identity (the key it is matched by) and those that
// resolve() replaces (the diff compares what replaces them).
template <class T>
void members(Fields& f, const T& element, const std::vector<model::Partner>& partners) {
  model::for_each_field(element, [&](const auto& spec, const auto& v) {
    if (spec.name != model::Described<T>::identity && spec.replaced_by.empty()) member(f, spec, v, partners);
  });
}

}  // namespace

Node protocol_tree(const model::Protocol& p, const Renames& renames) {
  Node root{Shape::object, {}, &p.at, p.title, {}, false};
  Fields f(root, p, renames);
  members(f, p, p.partners);
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
