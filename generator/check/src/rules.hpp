#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ispgen/check.hpp"
#include "ispgen/suggest.hpp"

namespace ispgen::check {

// What each rule sees: the protocol as written, as resolved, and where to report.
struct Subject {
  const model::Register& reg;
  const model::Protocol& written;
  const model::Protocol& resolved;
  const Options& options;
  model::Diagnostics& out;
};

// The ids of a list of elements, for "did you mean".
template <class T>
std::vector<std::string_view> ids_of(const std::vector<T>& items) {
  std::vector<std::string_view> out;
  for (const T& item : items) out.push_back(item.id);
  return out;
}

// Whether `id` is among `items`' ids.
template <class T>
bool has_id(const std::vector<T>& items, std::string_view id) {
  for (const T& item : items)
    if (item.id == id) return true;
  return false;
}

// Reports `ref` with `code` unless it names one of `known`: "unknown partner 'X' (did you mean...)".
void require_known(const model::Ref& ref, const std::vector<std::string_view>& known, std::string_view what,
                   std::string_view where, const std::string& code, model::Diagnostics& out);

// Reports an element id used twice in one list.
template <class T>
void report_duplicate_ids(const std::vector<T>& items, std::string_view what, model::Diagnostics& out) {
  std::unordered_map<std::string_view, const T*> first;
  for (const T& item : items) {
    if (item.id.empty()) continue;
    const auto [it, added] = first.try_emplace(item.id, &item);
    if (!added)
      out.error(item.where("id"), "duplicate-id",
                std::string(what) + " '" + item.id + "' is defined twice (first on line " +
                    std::to_string(it->second->at.line) + ")");
  }
}

void check_structure(Subject& s);
void check_legal(Subject& s);
void check_consent_and_forms(Subject& s);
void check_dates(Subject& s);
void check_partners(Subject& s);
void check_clauses(Subject& s);

}  // namespace ispgen::check
