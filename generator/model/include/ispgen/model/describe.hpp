#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>
#include <tuple>
#include <type_traits>

#include "ispgen/model/field_count.hpp"

// The words a model description is written in (description.hpp holds the descriptions): for each
// member of a model struct, its YAML key, whether it is required, what kind of value it holds,
// whether a change to it is material, and where the document shows it. The loader, the JSON
// Schema, the semantic diff and the canonical bytes are driven from it (docs/model.md).
namespace ispgen::model {

// What a key holds: how it is read, compared and offered to editors.
enum class Kind {
  text,        // one line of plain text, compared whole
  prose,       // plain text, compared word by word
  markdown,    // Markdown, compared word by word
  version,     // a version number such as "2.1"
  id,          // an id: letters, digits, '.', '_' or '-'
  ref,         // the id of another element
  refs,        // ids of other elements
  names,       // texts whose order carries no meaning
  texts,       // texts in order
  lines,       // texts in order, or one text whose lines are the texts
  choice,      // one word of the member's vocabulary
  choices,     // words of the member's vocabulary
  flag,        // true or false (also yes or no)
  integer,     // a whole number from `min` to `max`
  date,        // YYYY-MM-DD
  month_date,  // YYYY-MM-DD, or YYYY-MM for a whole month
  object,      // a map: another described struct
  objects,     // a list of maps, or of the shorthand their struct allows
  parties,     // 'all', or a list of stage parties
};

// Whether changing the key changes what the partners agreed to (docs/diff.md gives the rules).
enum class Class { unset, material, editorial };

// Where the documents show a key.
enum class Shown {
  unset,
  section,          // the template section named in `where` prints it ("title-page": document.md)
  unprinted,        // in the template context, but no standard template prints it
  not_in_context,   // left out of the template context; `where` says who reads it instead
  form_definition,  // a key of a form definition (forms/*.yaml), not of a protocol
};

// One member of a model struct and how it is written, compared and shown.
template <class T, class M>
struct FieldSpec {
  using Owner = T;
  using Member = M;

  std::string_view name;  // the member's name, as the canonical bytes spell it
  M T::*member;
  Kind kind;
  std::string_view key;  // the YAML key; "" when no file writes it (resolve() fills it)
  bool is_required = false;
  Class weight = Class::unset;
  Shown shown = Shown::unset;
  std::string_view where;   // the section that prints it, or who reads it instead
  std::string_view target;  // ref, refs: the elements the ids name, by their list ("partners")
  int min = 0;
  int max = 0;
  std::string_view help;            // one line for editors: the JSON Schema's description
  std::string_view object;          // object, objects: the YAML object, when not the struct's own
  bool in_protocol = false;         // Partner: may be written in a protocol's partner entry too
  std::string_view in_protocol_help;  // ... and what it means there, when that differs
  std::string_view replaced_by;  // resolve() replaces it with this member, which readers read instead

  constexpr FieldSpec required() const { return with([](FieldSpec& f) { f.is_required = true; }); }
  constexpr FieldSpec material() const { return with([](FieldSpec& f) { f.weight = Class::material; }); }
  constexpr FieldSpec editorial() const { return with([](FieldSpec& f) { f.weight = Class::editorial; }); }
  constexpr FieldSpec printed(std::string_view section) const {
    return with([&](FieldSpec& f) { f.shown = Shown::section, f.where = section; });
  }
  constexpr FieldSpec unprinted() const { return with([](FieldSpec& f) { f.shown = Shown::unprinted; }); }
  constexpr FieldSpec outside_context(std::string_view reader) const {
    return with([&](FieldSpec& f) { f.shown = Shown::not_in_context, f.where = reader; });
  }
  constexpr FieldSpec of_form_definition() const {
    return with([](FieldSpec& f) { f.shown = Shown::form_definition, f.weight = Class::editorial; });
  }
  constexpr FieldSpec naming(std::string_view list) const { return with([&](FieldSpec& f) { f.target = list; }); }
  constexpr FieldSpec range(int lo, int hi) const { return with([&](FieldSpec& f) { f.min = lo, f.max = hi; }); }
  constexpr FieldSpec about(std::string_view text) const { return with([&](FieldSpec& f) { f.help = text; }); }
  constexpr FieldSpec written_as(std::string_view yaml_key) const { return with([&](FieldSpec& f) { f.key = yaml_key; }); }
  constexpr FieldSpec resolved() const { return with([](FieldSpec& f) { f.key = {}; }); }
  constexpr FieldSpec resolved_into(std::string_view member) const {
    return with([&](FieldSpec& f) { f.replaced_by = member, f.shown = Shown::not_in_context, f.where = "resolve()"; });
  }
  constexpr FieldSpec as_object(std::string_view name) const { return with([&](FieldSpec& f) { f.object = name; }); }
  constexpr FieldSpec per_protocol(std::string_view text = {}) const {
    return with([&](FieldSpec& f) { f.in_protocol = true, f.in_protocol_help = text; });
  }

 private:
  template <class Change>
  constexpr FieldSpec with(Change change) const {
    FieldSpec copy = *this;
    change(copy);
    return copy;
  }
};

// A member named `name`, written under the same YAML key.
template <class T, class M>
constexpr FieldSpec<T, M> field(std::string_view name, M T::*member, Kind kind) {
  FieldSpec<T, M> spec{};
  spec.name = name;
  spec.member = member;
  spec.kind = kind;
  spec.key = name;
  return spec;
}

// The description of a model struct; description.hpp specialises it for each one with
//   type      the struct's name, as the canonical bytes spell it
//   object    the YAML object's name, as the JSON Schema's $defs and the messages name it
//   about     one line for editors
//   identity  the member that names an element in a list ("" if none)
//   fields    a tuple of FieldSpec, one per member, in declaration order
// and optionally label(element), the words a report names an element by, and renamable = false
// when an element whose identity changed is another element, not the same one renamed.
template <class T>
struct Described;

// Whether T has a description.
template <class T>
concept described = requires { Described<T>::fields; };

// Calls `fn(spec)` for each member of T, in declaration order.
template <class T, class Fn>
constexpr void for_each_field(Fn&& fn) {
  std::apply([&](const auto&... spec) { (fn(spec), ...); }, Described<T>::fields);
}

// Calls `fn(spec, value)` for each member of `object`, in declaration order.
template <class T, class Fn>
constexpr void for_each_field(T& object, Fn&& fn) {
  for_each_field<std::remove_const_t<T>>([&](const auto& spec) { fn(spec, object.*spec.member); });
}

// The type of one element of a member: X for std::optional<X> and std::vector<X>, else M.
template <class M>
struct element_of {
  using type = M;
};
template <class M>
struct element_of<std::optional<M>> {
  using type = M;
};
template <class M>
struct element_of<std::vector<M>> {
  using type = M;
};
template <class M>
using element_of_t = typename element_of<M>::type;

// How many members the description of T names.
template <class T>
constexpr std::size_t described_count() {
  return std::tuple_size_v<std::remove_cvref_t<decltype(Described<T>::fields)>>;
}

namespace detail {

template <class T>
constexpr bool all_different(const std::array<std::string_view, described_count<T>()>& names) {
  for (std::size_t i = 0; i < names.size(); ++i)
    for (std::size_t j = i + 1; j < names.size(); ++j)
      if (!names[i].empty() && names[i] == names[j]) return false;
  return true;
}

}  // namespace detail

// The guard: T's description names every member once (its Element base aside), and says of each
// whether it is material and where it is shown. Asserted beside each description.
template <class T>
constexpr bool described_completely() {
  static_assert(described_count<T>() + 1 == field_count<T>(),
                "a model struct gained or lost a member: describe it in ispgen/model/description.hpp "
                "(docs/model.md says what follows)");
  constexpr auto names = std::apply([](const auto&... s) { return std::array<std::string_view, sizeof...(s)>{s.name...}; },
                                    Described<T>::fields);
  constexpr auto keys = std::apply([](const auto&... s) { return std::array<std::string_view, sizeof...(s)>{s.key...}; },
                                   Described<T>::fields);
  static_assert(detail::all_different<T>(names), "two members of one description share a name");
  static_assert(detail::all_different<T>(keys), "two members of one description share a YAML key");
  constexpr bool said = std::apply(
      [](const auto&... s) { return ((s.weight != Class::unset && s.shown != Shown::unset) && ...); },
      Described<T>::fields);
  static_assert(said, "say of each member whether it is material() or editorial(), and where it is shown");
  return true;
}

}  // namespace ispgen::model
