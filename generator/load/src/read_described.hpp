#pragma once
#include <type_traits>

#include "fields.hpp"
#include "ispgen/model/description.hpp"

// Reading a model struct by walking its description: each member a YAML key writes is read as
// its kind says, in the description's order (which sets the order of the diagnostics).
namespace ispgen::load {

// The rule for most structs (defined below): a map with the keys T's description names.
template <class T>
std::optional<T> decode_object(const yaml::Node& node, Context& ctx);

// Decodes `node` as the object T describes: decode_object, or the rule below for T.
template <model::described T>
std::optional<T> decode(const yaml::Node& node, Context& ctx) {
  return decode_object<T>(node, ctx);
}
// A contact needs a name or a role.
template <>
std::optional<model::Contact> decode(const yaml::Node& node, Context& ctx);
// `identifies` defaults to whether the category is `identifier`.
template <>
std::optional<model::DataItem> decode(const yaml::Node& node, Context& ctx);
// A stage party may be its partner's id alone.
template <>
std::optional<model::StageParty> decode(const yaml::Node& node, Context& ctx);
// A checklist item may be its text alone.
template <>
std::optional<model::ChecklistItem> decode(const yaml::Node& node, Context& ctx);

// Decodes a protocol's entry for a partner: its id alone, or the members marked per_protocol().
std::optional<model::Partner> decode_participation(const yaml::Node& node, Context& ctx);

// `all`, or a list of partner ids or {partner, roles} maps.
model::Parties read_parties(Fields& f, std::string_view key);

// Options or items: a list of texts, or one text whose lines are the options.
std::vector<std::string> read_lines(Fields& f, std::string_view key);

// Reads the member `spec` describes into `value`; false when a member that has no empty value
// (a date, a reference) is missing, and so the element cannot be made.
template <class Spec, class M>
bool read_member(Fields& f, const Spec& spec, M& value) {
  const std::string_view key = spec.key;
  using E = model::element_of_t<M>;
  if constexpr (std::is_same_v<M, std::string>) {
    value = spec.kind == model::Kind::id ? f.id(key) : f.text(key);
  } else if constexpr (std::is_same_v<M, std::vector<std::string>>) {
    value = spec.kind == model::Kind::lines ? read_lines(f, key) : f.texts(key);
  } else if constexpr (std::is_same_v<M, bool>) {
    value = f.boolean(key, value);
  } else if constexpr (std::is_same_v<M, int>) {
    if (const auto n = f.integer(key, spec.min, spec.max)) value = *n;
  } else if constexpr (std::is_same_v<M, std::optional<int>>) {
    value = f.integer(key, spec.min, spec.max);
  } else if constexpr (std::is_same_v<E, model::Date>) {
    const auto date = f.date(key, spec.kind == model::Kind::month_date);
    if constexpr (std::is_same_v<M, model::Date>) {
      if (!date) return false;
      value = *date;
    } else {
      value = date;
    }
  } else if constexpr (std::is_same_v<M, model::Ref>) {
    auto ref = f.ref(key);
    if (!ref) return false;
    value = std::move(*ref);
  } else if constexpr (std::is_same_v<M, std::optional<model::Ref>>) {
    value = f.ref(key);
  } else if constexpr (std::is_same_v<M, std::vector<model::Ref>>) {
    value = f.refs(key);
  } else if constexpr (std::is_enum_v<M>) {
    if (const auto word = f.choice<M>(key)) value = *word;
  } else if constexpr (std::is_same_v<M, std::optional<E>> && std::is_enum_v<E>) {
    value = f.choice<E>(key);
  } else if constexpr (std::is_same_v<M, std::vector<E>> && std::is_enum_v<E>) {
    value = f.choices<E>(key);
  } else if constexpr (std::is_same_v<M, model::Parties>) {
    value = read_parties(f, key);
  } else if constexpr (std::is_same_v<M, std::vector<model::Partner>>) {
    Context& ctx = f.context();
    const bool entries = spec.object == model::Described<model::Partner>::entry_object;
    value = f.template list<model::Partner>(
        key, [&](const yaml::Node& n) { return entries ? decode_participation(n, ctx) : decode<model::Partner>(n, ctx); });
  } else if constexpr (std::is_same_v<M, std::vector<E>>) {
    value = f.template list<E>(key, [&](const yaml::Node& n) { return decode<E>(n, f.context()); });
  } else if constexpr (std::is_same_v<M, std::optional<E>>) {
    value = f.template object<E>(key, [&](const yaml::Node& n) { return decode<E>(n, f.context()); });
  } else {
    static_assert(model::described<M>, "a member of a kind the loader cannot read yet: add it here");
    if (auto object = f.template object<M>(key, [&](const yaml::Node& n) { return decode<M>(n, f.context()); }))
      value = std::move(*object);
  }
  return true;
}

// Reads every member of `value` that a YAML key writes and `wanted(spec)` accepts; false when
// the element lacks a member it cannot be made without.
template <class T, class Wanted>
bool read_fields(Fields& f, T& value, Wanted wanted) {
  bool complete = true;
  model::for_each_field(value, [&](const auto& spec, auto& member) {
    if (!spec.key.empty() && wanted(spec)) complete = read_member(f, spec, member) && complete;
  });
  return complete;
}

// Reads every member of `value` that a YAML key writes.
template <class T>
bool read_fields(Fields& f, T& value) {
  return read_fields(f, value, [](const auto&) { return true; });
}

// The rule for most structs: a map with the keys T's description names.
template <class T>
std::optional<T> decode_object(const yaml::Node& node, Context& ctx) {
  T value;
  Fields f(node, model::Described<T>::object, ctx, value);
  if (!f.ok() || !read_fields(f, value)) return std::nullopt;
  return value;
}

}  // namespace ispgen::load
