#include "ispgen/model/yaml_objects.hpp"

#include <type_traits>

#include "ispgen/model/description.hpp"
#include "ispgen/model/form_description.hpp"

namespace ispgen::model {
namespace {

// The YAML object an object, objects or parties member holds.
template <class Spec>
std::string_view element_object(const Spec& spec) {
  using E = element_of_t<typename Spec::Member>;
  if constexpr (std::is_same_v<E, Parties>)
    return Described<StageParty>::object;
  else if constexpr (described<E>)
    return spec.object.empty() ? Described<E>::object : spec.object;
  else
    return {};
}

template <class Spec>
KeyInfo key_info(const Spec& spec, bool entry) {
  KeyInfo k{spec.key, spec.is_required, spec.kind, spec.help, {}, spec.min, spec.max, element_object(spec)};
  if (entry && !spec.in_protocol_help.empty()) k.help = spec.in_protocol_help;
  using E = element_of_t<typename Spec::Member>;
  if constexpr (std::is_enum_v<E>) k.words = words_of<E>();
  return k;
}

// The object T describes; with `entry`, the members a protocol's entry for T may write.
template <class T, bool entry = false>
ObjectInfo object_info() {
  ObjectInfo info{Described<T>::object, Described<T>::about, {}, std::nullopt};
  if constexpr (entry) info = {Described<T>::entry_object, Described<T>::entry_about, {}, Kind::id};
  for_each_field<T>([&](const auto& spec) {
    if (!spec.key.empty() && (!entry || spec.in_protocol)) info.keys.push_back(key_info(spec, entry));
  });
  return info;
}

// The kind of the member a scalar written for T stands for.
template <class T>
ObjectInfo with_shorthand(ObjectInfo info) {
  for_each_field<T>([&](const auto& spec) {
    if (spec.name == Described<T>::shorthand) info.shorthand = spec.kind;
  });
  return info;
}

}  // namespace

const std::vector<ObjectInfo>& yaml_objects() {
  static const std::vector<ObjectInfo> objects = {
      object_info<Protocol>(),
      object_info<Framework>(),
      object_info<PartnerDirectory>(),
      object_info<GatewayLibrary>(),
      object_info<Partner>(),
      object_info<Partner, true>(),
      object_info<Contact>(),
      object_info<Gateway>(),
      object_info<LawfulBasis>(),
      object_info<DataItem>(),
      object_info<Stage>(),
      with_shorthand<StageParty>(object_info<StageParty>()),
      object_info<Consent>(),
      object_info<WithoutConsent>(),
      object_info<Security>(),
      object_info<MarkingLevel>(),
      object_info<Handling>(),
      object_info<TransferMethod>(),
      object_info<Meeting>(),
      object_info<Form>(),
      object_info<Review>(),
      object_info<ReviewRecord>(),
      object_info<Version>(),
      object_info<Term>(),
      object_info<Checklist>(),
      with_shorthand<ChecklistItem>(object_info<ChecklistItem>()),
      object_info<Theme>(),
      object_info<Forum>(),
      object_info<Clause>(),
      object_info<FormDefinition>(),
      object_info<SectionDefinition>(),
      object_info<FieldDefinition>(),
  };
  return objects;
}

std::string_view kind_name(Kind kind) {
  switch (kind) {
    case Kind::text: return "text";
    case Kind::prose: return "prose";
    case Kind::markdown: return "markdown";
    case Kind::version: return "version";
    case Kind::id: return "id";
    case Kind::ref: return "ref";
    case Kind::refs: return "refs";
    case Kind::names: return "names";
    case Kind::texts: return "texts";
    case Kind::lines: return "lines";
    case Kind::choice: return "choice";
    case Kind::choices: return "choices";
    case Kind::flag: return "flag";
    case Kind::integer: return "integer";
    case Kind::date: return "date";
    case Kind::month_date: return "month_date";
    case Kind::object: return "object";
    case Kind::objects: return "objects";
    case Kind::parties: return "parties";
  }
  return "text";
}

}  // namespace ispgen::model
