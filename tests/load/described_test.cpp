// The loader reads every key the model's description names: the full protocol written out as
// register files (JSON is YAML) from the description, loaded and resolved, gives the protocol
// back, and changing any one member changes what is loaded.
#include <catch2/catch.hpp>

#include "full_protocol.hpp"
#include "ispgen/load.hpp"
#include "ispgen/model/resolve.hpp"
#include "ispgen/sign.hpp"

using namespace ispgen;
using namespace ispgen::model;

namespace {

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) out += c == '"' || c == '\\' ? std::string{'\\', c} : std::string{c};
  return out + '"';
}

template <class T>
std::string object_text(const T& value, bool entry = false);

// A member's value as JSON; "" when it is absent.
template <class Spec, class M>
std::string value_text(const Spec& spec, const M& v) {
  using E = element_of_t<M>;
  if constexpr (std::is_same_v<M, std::string>) {
    return quoted(v);
  } else if constexpr (std::is_same_v<M, bool>) {
    return v ? "true" : "false";
  } else if constexpr (std::is_same_v<M, int>) {
    return std::to_string(v);
  } else if constexpr (std::is_same_v<M, Date>) {
    return quoted(v.iso());
  } else if constexpr (std::is_same_v<M, Ref>) {
    return quoted(v.id);
  } else if constexpr (std::is_enum_v<M>) {
    return quoted(std::string(word_of(v)));
  } else if constexpr (std::is_same_v<M, Parties>) {
    return v.all ? "\"all\"" : value_text(spec, v.named);
  } else if constexpr (std::is_same_v<M, std::optional<E>>) {
    return v ? value_text(spec, *v) : "";
  } else if constexpr (std::is_same_v<M, std::vector<E>>) {
    std::string out = "[";
    for (const E& e : v) {
      if constexpr (std::is_same_v<E, Partner>)
        out += object_text(e, !spec.object.empty()) + ",";
      else
        out += value_text(spec, e) + ",";
    }
    if (out.size() > 1) out.pop_back();
    return out + "]";
  } else {
    return object_text(v);
  }
}

// An object as JSON, with the keys its description names (a protocol's partner entry: those it
// may write there).
template <class T>
std::string object_text(const T& value, bool entry) {
  std::string out = "{";
  for_each_field(value, [&](const auto& spec, const auto& member) {
    if (spec.key.empty() || (entry && !spec.in_protocol)) return;
    const std::string text = value_text(spec, member);
    if (!text.empty()) out += quoted(std::string(spec.key)) + ": " + text + ",";
  });
  if (out.size() > 1) out.pop_back();
  return out + "}";
}

// The protocol as loaded from register files written from it, and resolved.
std::string loaded(const Protocol& p, Diagnostics& diagnostics) {
  PartnerDirectory directory;
  directory.partners = p.partners;
  GatewayLibrary library;
  library.gateways = p.gateways;
  const std::string parent = R"({"id": "parent", "title": "Parent", "regime": "uk-gdpr", "status": "draft",
                                 "version": "1.0", "marking": "OFFICIAL", "consent": {"model": "explicit"}})";
  load::Result r = load::load_register_texts("register", {{"partners.yaml", object_text(directory)},
                                                           {"gateways.yaml", object_text(library)},
                                                           {"parent.yaml", parent},
                                                           {p.id + ".yaml", object_text(p)}});
  diagnostics = std::move(r.diagnostics);
  if (r.registers.empty()) return "no register";
  const Protocol* found = find_protocol(r.registers[0], p.id);
  return found ? sign::canonical_bytes(resolve(r.registers[0], *found), "") : "no protocol";
}

}  // namespace

TEST_CASE("the full protocol, written from the description and loaded, comes back whole") {
  Diagnostics diagnostics;
  const Protocol p = test::full_protocol();
  CHECK(loaded(p, diagnostics) == sign::canonical_bytes(p, ""));
  CHECK(diagnostics.items().empty());
}

TEST_CASE("every member the description names is read by the loader") {
  Diagnostics diagnostics;
  const std::string before = loaded(test::full_protocol(), diagnostics);
  for (const test::MemberAt& m : test::every_member()) {
    // resolve() fills a protocol's `gateways` from the library, by the ids the protocol names (a
    // gateway listed twice there is found once); each of its members is read from gateways.yaml.
    if (m.type == Described<Protocol>::type && m.key.empty()) continue;
    INFO(m.path);
    Protocol p = test::full_protocol();
    m.change(p);
    CHECK(loaded(p, diagnostics) != before);
  }
}
