#include "fields.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace ispgen::load {
namespace {

const ObjectSchema& schema_named(std::string_view name) {
  for (const ObjectSchema& s : object_schemas())
    if (s.name == name) return s;
  static const ObjectSchema none{"", {}};
  return none;
}

// "stage party" for "stage_party": how messages name an object.
std::string object_name(std::string_view schema) {
  std::string out(schema);
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

void wrong_type(const yaml::Node& node, std::string_view what, std::string_view expected, Context& ctx) {
  ctx.error(node.at, "wrong-type",
            "expected " + std::string(expected) + " for '" + std::string(what) + "', found " +
                std::string(yaml::describe(node)));
}

}  // namespace

bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > 64 || !std::isalnum(static_cast<unsigned char>(id[0]))) return false;
  return std::all_of(id.begin(), id.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '-' || c == '_' || c == '.';
  });
}

// Text is capped before any Markdown parser sees it: cmark-gfm as Debian ships it is quadratic
// on some long inputs and on tables with thousands of columns.
bool within_markdown_limits(const yaml::Node& node, std::string_view what, Context& ctx) {
  if (node.text.size() > max_text_bytes) {
    ctx.error(node.at, "text-too-long",
              std::string(what) + " is " + std::to_string(node.text.size()) + " bytes long; the limit is " +
                  std::to_string(max_text_bytes));
    return false;
  }
  std::size_t pipes = 0;
  for (char c : node.text) {
    if (c == '\n') pipes = 0;
    if (c == '|' && ++pipes > max_table_pipes) {
      ctx.error(node.at, "table-too-wide",
                "a line of " + std::string(what) + " has more than " + std::to_string(max_table_pipes) +
                    " '|' characters; tables are limited to " + std::to_string(max_table_pipes) + " columns");
      return false;
    }
  }
  return true;
}

std::optional<std::string> as_text(const yaml::Node& node, std::string_view what, Context& ctx) {
  if (node.kind == yaml::Node::Kind::scalar) {
    if (!within_markdown_limits(node, what, ctx)) return std::nullopt;
    return node.text;
  }
  wrong_type(node, what, "text", ctx);
  return std::nullopt;
}

std::optional<std::string> as_id(const yaml::Node& node, std::string_view what, Context& ctx) {
  auto text = as_text(node, what, ctx);
  if (text && !is_valid_id(*text)) {
    ctx.error(node.at, "invalid-id",
              "invalid " + std::string(what) + " '" + *text +
                  "': use letters, digits, '-', '_' or '.', starting with a letter or digit (at most 64)");
    return std::nullopt;
  }
  return text;
}

std::optional<model::Ref> as_ref(const yaml::Node& node, std::string_view what, Context& ctx) {
  auto id = as_id(node, what, ctx);
  if (!id) return std::nullopt;
  return model::Ref{std::move(*id), node.at};
}

Fields::Fields(const yaml::Node& node, std::string_view schema_name, Context& ctx, model::Element& element)
    : element_(element), ctx_(ctx) {
  element.at = node.at;
  const std::string what = object_name(schema_name);
  if (node.kind != yaml::Node::Kind::map) {
    ctx.error(node.at, "wrong-type", "expected a map for " + what + ", found " + std::string(yaml::describe(node)));
    return;
  }
  node_ = &node;
  const ObjectSchema& schema = schema_named(schema_name);
  std::vector<std::string_view> names;
  for (const KeySpec& k : schema.keys) names.push_back(k.name);
  std::vector<std::string> suggested;
  for (const auto& [key, value] : node.entries) {
    if (std::find(names.begin(), names.end(), key.text) != names.end()) {
      element.fields.push_back({key.text, value.kind == yaml::Node::Kind::null ? key.at : value.at, true});
      continue;
    }
    std::string message = "unknown key '" + key.text + "' in " + what;
    if (key.text == "<<") message += " (merge keys are not supported)";
    const std::string match = closest_match(key.text, names);
    if (!match.empty()) {
      message += " (did you mean '" + match + "'?)";
      suggested.push_back(match);
    }
    ctx.error(key.at, "unknown-key", message);
  }
  for (const KeySpec& k : schema.keys) {
    // A misspelt required key is reported once, as the unknown key that suggests it.
    if (!k.required || get(k.name) || std::find(suggested.begin(), suggested.end(), k.name) != suggested.end())
      continue;
    const auto written = std::find_if(node.entries.begin(), node.entries.end(),
                                      [&](const auto& e) { return e.first.text == k.name; });
    if (written == node.entries.end())
      ctx.error(node.at, "missing-key", "missing required key '" + std::string(k.name) + "' in " + what);
    else
      ctx.error(written->first.at, "missing-key", "required key '" + std::string(k.name) + "' has no value");
  }
}

const yaml::Node* Fields::get(std::string_view key) const {
  if (!node_) return nullptr;
  for (const auto& [k, v] : node_->entries)
    if (k.text == key) {
      if (v.kind == yaml::Node::Kind::null) return nullptr;
      if (v.kind == yaml::Node::Kind::scalar && v.text.empty() && !v.plain) return nullptr;
      return &v;
    }
  return nullptr;
}

void Fields::reject(std::string_view key) {
  for (model::Field& f : element_.fields)
    if (f.key == key) f.valid = false;
}

const yaml::Node* Fields::sequence(std::string_view key) {
  const yaml::Node* n = get(key);
  if (!n) return nullptr;
  if (n->kind != yaml::Node::Kind::sequence) {
    wrong_type(*n, key, "a list", ctx_);
    reject(key);
    return nullptr;
  }
  return n;
}

std::string Fields::text(std::string_view key) {
  const yaml::Node* n = get(key);
  return n ? checked(key, [&] { return as_text(*n, key, ctx_); }).value_or("") : "";
}

std::string Fields::id(std::string_view key) {
  const yaml::Node* n = get(key);
  return n ? checked(key, [&] { return as_id(*n, key, ctx_); }).value_or("") : "";
}

std::vector<std::string> Fields::texts(std::string_view key) {
  return list<std::string>(key, [&](const yaml::Node& n) { return as_text(n, key, ctx_); });
}

std::optional<int> Fields::integer(std::string_view key, int min, int max) {
  return checked(key, [&]() -> std::optional<int> {
    const yaml::Node* n = get(key);
    if (!n) return std::nullopt;
    if (n->kind != yaml::Node::Kind::scalar) {
      wrong_type(*n, key, "a whole number", ctx_);
      return std::nullopt;
    }
    int value = 0;
    const char* end = n->text.data() + n->text.size();
    const auto [ptr, ec] = std::from_chars(n->text.data(), end, value);
    if (ec != std::errc() || ptr != end) {
      ctx_.error(n->at, "wrong-type", "expected a whole number for '" + std::string(key) + "', found '" + n->text + "'");
      return std::nullopt;
    }
    if (value < min || value > max) {
      ctx_.error(n->at, "invalid-value",
                 "'" + std::string(key) + "' must be from " + std::to_string(min) + " to " + std::to_string(max));
      return std::nullopt;
    }
    return value;
  });
}

bool Fields::boolean(std::string_view key, bool fallback) {
  return checked(key, [&]() -> bool {
    const yaml::Node* n = get(key);
    if (!n) return fallback;
    if (n->kind == yaml::Node::Kind::scalar) {
      std::string word = n->text;
      std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::tolower(c); });
      if (word == "true" || word == "yes") return true;
      if (word == "false" || word == "no") return false;
    }
    ctx_.error(n->at, "wrong-type", "expected true or false for '" + std::string(key) + "', found " +
                                        (n->kind == yaml::Node::Kind::scalar ? "'" + n->text + "'"
                                                                             : std::string(yaml::describe(*n))));
    return fallback;
  });
}

std::optional<model::Date> Fields::date(std::string_view key, bool allow_whole_month) {
  return checked(key, [&]() -> std::optional<model::Date> {
    const yaml::Node* n = get(key);
    if (!n) return std::nullopt;
    const auto text = as_text(*n, key, ctx_);
    if (!text) return std::nullopt;
    model::DateProblem problem{};
    if (auto d = model::parse_date(*text, allow_whole_month, &problem)) return d;
    if (problem == model::DateProblem::impossible)
      ctx_.error(n->at, "invalid-date", "impossible date '" + *text + "' for '" + std::string(key) + "'");
    else
      ctx_.error(n->at, "invalid-date",
                 "expected a date YYYY-MM-DD" + std::string(allow_whole_month ? " or YYYY-MM" : "") + " for '" +
                     std::string(key) + "', found '" + *text + "'");
    return std::nullopt;
  });
}

std::optional<model::Ref> Fields::ref(std::string_view key) {
  const yaml::Node* n = get(key);
  return n ? checked(key, [&] { return as_ref(*n, key, ctx_); }) : std::nullopt;
}

std::vector<model::Ref> Fields::refs(std::string_view key) {
  return list<model::Ref>(key, [&](const yaml::Node& n) { return as_ref(n, key, ctx_); });
}

}  // namespace ispgen::load
