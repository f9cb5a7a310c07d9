// The canonical bytes of a resolved protocol: every field that carries meaning, in declaration
// order, each value tagged and length-prefixed; never a source location (docs/signing.md gives
// the grammar byte for byte).
#include <string>
#include <type_traits>

#include "encoding.hpp"
#include "ispgen/model/description.hpp"
#include "ispgen/model/resolve.hpp"
#include "ispgen/sign.hpp"

namespace ispgen::sign {
namespace {

using namespace ispgen::model;

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
template <described T>
void put(Writer& w, const T& value);

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

// A described struct: "{" TYPE "\n", then NAME "=" VALUE "\n" per member in declaration order,
// then "}".
template <described T>
void put(Writer& w, const T& value) {
  Struct s(w, Described<T>::type);
  for_each_field(value, [&](const auto& spec, const auto& member) { s(spec.name, member); });
}

// A stage's parties, with `all` encoded as the partners it stands for.
template <>
void put(Writer& w, const Parties& p) {
  Struct s(w, Described<Parties>::type);
  for_each_field(p, [&](const auto& spec, const auto& member) {
    if constexpr (std::is_same_v<std::remove_cvref_t<decltype(member)>, std::vector<StageParty>>)
      s(spec.name, parties_of(p, w.partners()));
    else
      s(spec.name, member);
  });
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

// The values the model builds on: a new member in any of them is a new member of every element,
// which the encoding of Date and Ref above would not see.
static_assert(field_count<Date>() == 3 && field_count<Ref>() == 2 && field_count<Element>() == 2,
              "a date, reference or element gained a member: encode it here and in docs/signing.md");

}  // namespace

std::string canonical_bytes(const model::Protocol& resolved, std::string_view template_identity) {
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
