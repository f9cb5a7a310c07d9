#include "decode.hpp"

#include "read_described.hpp"

namespace ispgen::load {

using yaml::Node;

template <>
std::optional<model::Contact> decode(const Node& node, Context& ctx) {
  auto c = decode_object<model::Contact>(node, ctx);
  if (c && c->name.empty() && c->role.empty()) ctx.error(node.at, "missing-key", "a contact needs a 'name' or a 'role'");
  return c;
}

template <>
std::optional<model::DataItem> decode(const Node& node, Context& ctx) {
  model::DataItem d;
  Fields f(node, model::Described<model::DataItem>::object, ctx, d);
  if (!f.ok()) return std::nullopt;
  read_fields(f, d);
  if (!f.get("identifies") || d.rejected("identifies")) d.identifies = d.category == model::DataCategory::identifier;
  return d;
}

template <>
std::optional<model::StageParty> decode(const Node& node, Context& ctx) {
  if (node.kind != Node::Kind::scalar) return decode_object<model::StageParty>(node, ctx);
  model::StageParty s;
  s.at = node.at;
  auto ref = as_ref(node, "partner", ctx);
  if (!ref) return std::nullopt;
  s.partner = std::move(*ref);
  return s;
}

template <>
std::optional<model::ChecklistItem> decode(const Node& node, Context& ctx) {
  if (node.kind != Node::Kind::scalar) return decode_object<model::ChecklistItem>(node, ctx);
  model::ChecklistItem i;
  i.at = node.at;
  i.text = node.text;
  return i;
}

std::optional<model::Partner> decode_participation(const Node& node, Context& ctx) {
  model::Partner p;
  if (node.kind == Node::Kind::scalar) {
    p.at = node.at;
    if (auto id = as_id(node, "partner id", ctx)) p.id = *id;
    return p.id.empty() ? std::nullopt : std::optional(p);
  }
  Fields f(node, model::Described<model::Partner>::entry_object, ctx, p);
  if (!f.ok()) return std::nullopt;
  read_fields(f, p, [](const auto& spec) { return spec.in_protocol; });
  return p;
}

model::Parties read_parties(Fields& f, std::string_view key) {
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
  p.named = f.list<model::StageParty>(key, [&](const Node& item) { return decode<model::StageParty>(item, f.context()); });
  return p;
}

std::vector<std::string> read_lines(Fields& f, std::string_view key) {
  const Node* n = f.get(key);
  if (n && n->kind == Node::Kind::scalar) return {f.text(key)};
  return f.texts(key);
}

std::optional<model::Protocol> decode_protocol(const Node& root, std::string_view file_id, Context& ctx) {
  model::Protocol p;
  Fields f(root, model::Described<model::Protocol>::object, ctx, p);
  p.id = std::string(file_id);
  if (!f.ok()) return std::nullopt;
  // The id is the file name: a written one is only checked against it.
  if (const Node* id = f.get("id")) {
    const auto written = as_id(*id, "protocol id", ctx);
    if (written && *written != file_id)
      ctx.error(id->at, "id-file-mismatch",
                "protocol id '" + *written + "' does not match its file name '" + std::string(file_id) +
                    "'; the id is the file name without .yaml");
  }
  read_fields(f, p, [](const auto& spec) { return spec.name != "id"; });
  return p;
}

namespace {

// The list of a register file (partners.yaml, gateways.yaml); empty when it cannot be read at all.
template <class File, class Member>
std::optional<Member> file_list(const Node& root, Context& ctx, Member File::*list, std::string_view key) {
  File file;
  Fields f(root, model::Described<File>::object, ctx, file);
  read_fields(f, file);
  const Node* n = f.get(key);
  if (!n || n->kind != Node::Kind::sequence) return std::nullopt;
  return std::move(file.*list);
}

}  // namespace

std::optional<std::vector<model::Partner>> decode_partner_directory(const Node& root, Context& ctx) {
  return file_list(root, ctx, &model::PartnerDirectory::partners, "partners");
}

std::optional<std::vector<model::Gateway>> decode_gateway_library(const Node& root, Context& ctx) {
  return file_list(root, ctx, &model::GatewayLibrary::gateways, "gateways");
}

}  // namespace ispgen::load
