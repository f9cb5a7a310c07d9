#pragma once
#include <optional>
#include <string>
#include <vector>

#include "ispgen/load.hpp"
#include "ispgen/model/vocabulary.hpp"
#include "ispgen/suggest.hpp"
#include "yaml_tree.hpp"

namespace ispgen::load {

// Where decoded values report their problems.
struct Context {
  model::Diagnostics& diagnostics;

  void error(const model::Location& at, std::string code, std::string message) {
    diagnostics.error(at, std::move(code), std::move(message));
  }
};

// The longest text value, and the most '|' on one of its lines (a Markdown table's columns).
inline constexpr std::size_t max_text_bytes = 16 * 1024;
inline constexpr std::size_t max_table_pipes = 40;

// The text of a scalar node within the limits above; reports anything else.
std::optional<std::string> as_text(const yaml::Node& node, std::string_view what, Context& ctx);

// An id: letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 long.
std::optional<std::string> as_id(const yaml::Node& node, std::string_view what, Context& ctx);

// A reference to an element by id.
std::optional<model::Ref> as_ref(const yaml::Node& node, std::string_view what, Context& ctx);

// Whether `id` is a valid id.
bool is_valid_id(std::string_view id);

// Reads a map node as the object `schema` names: reports keys it does not accept (with "did you
// mean"), required keys missing or empty, and records where each key's value was written.
class Fields {
 public:
  Fields(const yaml::Node& node, std::string_view schema, Context& ctx, model::Element& element);

  // Whether the node was a map (if not, every getter finds nothing).
  bool ok() const { return node_ != nullptr; }
  // The value written for `key`, or nullptr if it is absent or empty.
  const yaml::Node* get(std::string_view key) const;

  std::string text(std::string_view key);
  std::string id(std::string_view key);
  std::vector<std::string> texts(std::string_view key);
  std::optional<int> integer(std::string_view key, int min, int max);
  bool boolean(std::string_view key, bool fallback);
  std::optional<model::Date> date(std::string_view key, bool allow_whole_month);
  std::optional<model::Ref> ref(std::string_view key);
  std::vector<model::Ref> refs(std::string_view key);

  template <class E>
  std::optional<E> choice(std::string_view key);
  template <class E>
  std::vector<E> choices(std::string_view key);

  // Decodes each item of the list under `key` with `decode(node) -> std::optional<T>`.
  template <class T, class Decode>
  std::vector<T> list(std::string_view key, Decode decode);
  // Decodes the value under `key` with `decode(node) -> std::optional<T>`.
  template <class T, class Decode>
  std::optional<T> object(std::string_view key, Decode decode);

  Context& context() { return ctx_; }
  // Marks the value of `key` as rejected (its problem has been reported).
  void reject(std::string_view key);

 private:
  const yaml::Node* sequence(std::string_view key);
  // Runs `read`, marking `key` rejected if it reported a problem.
  template <class Read>
  auto checked(std::string_view key, Read read);

  const yaml::Node* node_ = nullptr;
  model::Element& element_;
  Context& ctx_;
};

template <class Read>
auto Fields::checked(std::string_view key, Read read) {
  const std::size_t before = ctx_.diagnostics.items().size();
  auto value = read();
  if (ctx_.diagnostics.items().size() != before) reject(key);
  return value;
}

// The enum value a scalar spells; reports an unknown word with the closest one.
template <class E>
std::optional<E> as_choice(const yaml::Node& node, std::string_view what, Context& ctx) {
  const auto word = as_text(node, what, ctx);
  if (!word) return std::nullopt;
  if (const auto value = model::from_word<E>(*word)) return value;
  const auto words = model::words_of<E>();
  std::string message = "unknown " + std::string(what) + " '" + *word + "'";
  const std::string hint = did_you_mean(*word, words);
  if (!hint.empty()) {
    message += hint;
  } else {
    message += "; expected one of:";
    for (std::size_t i = 0; i < words.size(); ++i) message += (i ? ", " : " ") + std::string(words[i]);
  }
  ctx.error(node.at, "invalid-value", message);
  return std::nullopt;
}

template <class E>
std::optional<E> Fields::choice(std::string_view key) {
  const yaml::Node* n = get(key);
  return n ? checked(key, [&] { return as_choice<E>(*n, key, ctx_); }) : std::nullopt;
}

template <class E>
std::vector<E> Fields::choices(std::string_view key) {
  return list<E>(key, [&](const yaml::Node& n) { return as_choice<E>(n, key, ctx_); });
}

template <class T, class Decode>
std::vector<T> Fields::list(std::string_view key, Decode decode) {
  std::vector<T> out;
  if (const yaml::Node* seq = sequence(key))
    for (const yaml::Node& item : seq->items) {
      if (std::optional<T> value = decode(item))
        out.push_back(std::move(*value));
      else
        reject(key);
    }
  return out;
}

template <class T, class Decode>
std::optional<T> Fields::object(std::string_view key, Decode decode) {
  const yaml::Node* n = get(key);
  if (!n) return std::nullopt;
  std::optional<T> value = decode(*n);
  if (!value) reject(key);
  return value;
}

}  // namespace ispgen::load
