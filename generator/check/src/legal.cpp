#include <algorithm>

#include "rules.hpp"

namespace ispgen::check {
namespace {

using model::DataCategory;
using model::Provision;
using model::Regime;

// A condition personal data needs before it may be shared, under each regime.
struct Requirement {
  std::string_view code;
  std::string_view data;  // what needs it, for messages
  bool (*applies)(DataCategory);
  std::vector<Provision> gdpr;
  std::string_view gdpr_name;
  std::vector<Provision> dpa1998;
  std::string_view dpa1998_name;
};

const std::vector<Requirement>& requirements() {
  static const std::vector<Requirement> all = {
      {"personal-data-condition", "personal data", [](DataCategory) { return true; },
       {Provision::gdpr_article_6}, "a UK GDPR Article 6 basis",
       {Provision::dpa1998_schedule_2}, "a DPA 1998 Schedule 2 condition"},
      {"special-category-condition", "special category data",
       [](DataCategory c) { return c == DataCategory::special_category; },
       {Provision::gdpr_article_9}, "a UK GDPR Article 9 condition",
       {Provision::dpa1998_schedule_3}, "a DPA 1998 Schedule 3 condition"},
      {"criminal-offence-condition", "criminal offence data",
       [](DataCategory c) { return c == DataCategory::criminal_offence; },
       {Provision::gdpr_article_10, Provision::dpa2018_schedule_1},
       "an Article 10 condition (UK GDPR Article 10 or DPA 2018 Schedule 1)",
       {Provision::dpa1998_schedule_3}, "a DPA 1998 Schedule 3 condition"},
  };
  return all;
}

bool regime_allows(Regime regime, Provision p) {
  const bool dpa1998 = p == Provision::dpa1998_schedule_2 || p == Provision::dpa1998_schedule_3;
  return (regime == Regime::dpa_1998) == dpa1998;
}

const model::DataItem* find_item(const model::Protocol& p, std::string_view id) {
  for (const model::DataItem& d : p.data_items)
    if (d.id == id) return &d;
  return nullptr;
}

// Reports the first of `items` (with where each is written) needing a condition `bases` lack.
void require_conditions(Subject& s, const std::vector<std::pair<const model::DataItem*, model::Location>>& items,
                        const std::vector<const model::LawfulBasis*>& bases, const std::string& where) {
  const bool gdpr = s.resolved.regime == Regime::uk_gdpr;
  for (const Requirement& need : requirements()) {
    const std::vector<Provision>& meeting = gdpr ? need.gdpr : need.dpa1998;
    const bool met = std::any_of(bases.begin(), bases.end(), [&](const model::LawfulBasis* b) {
      return std::find(meeting.begin(), meeting.end(), b->provision) != meeting.end();
    });
    if (met) continue;
    for (const auto& [item, at] : items)
      if (need.applies(item->category)) {
        s.out.error(at, std::string(need.code),
                    std::string(need.data) + " ('" + item->id + "') shared" + where + " without " +
                        std::string(gdpr ? need.gdpr_name : need.dpa1998_name) + " among the lawful bases");
        break;
      }
  }
}

}  // namespace

void check_legal(Subject& s) {
  const model::Protocol& r = s.resolved;
  for (const model::LawfulBasis& b : s.written.lawful_bases)
    if (!regime_allows(r.regime, b.provision))
      s.out.error(b.where("provision"), "lawful-basis-regime",
                  "lawful basis '" + b.id + "' cites " + std::string(model::word_of(b.provision)) +
                      " but the protocol's regime is " + std::string(model::word_of(r.regime)));

  // Bases the loader rejected in part cannot be judged; their problems are reported already.
  if (r.rejected("lawful_bases") ||
      std::any_of(r.lawful_bases.begin(), r.lawful_bases.end(), [](const auto& b) { return b.rejected("provision"); }))
    return;
  std::vector<const model::LawfulBasis*> all_bases;
  for (const model::LawfulBasis& b : r.lawful_bases) all_bases.push_back(&b);

  std::vector<std::string_view> shared_somewhere;
  for (const model::Stage& stage : r.stages) {
    std::vector<std::pair<const model::DataItem*, model::Location>> items;
    for (const model::Ref& ref : stage.shares)
      if (const model::DataItem* item = find_item(r, ref.id)) {
        items.emplace_back(item, ref.at);
        shared_somewhere.push_back(item->id);
      }
    std::vector<const model::LawfulBasis*> bases;
    for (const model::Ref& ref : stage.lawful_bases)
      for (const model::LawfulBasis& b : r.lawful_bases)
        if (b.id == ref.id) bases.push_back(&b);
    // An unknown basis named at the stage is reported as such, not as a missing condition.
    if (bases.size() != stage.lawful_bases.size() || stage.rejected("lawful_bases")) continue;
    require_conditions(s, items, stage.lawful_bases.empty() ? all_bases : bases, " at stage '" + stage.id + "'");
  }

  // Data items no stage names are held to the protocol's lawful bases as a whole.
  std::vector<std::pair<const model::DataItem*, model::Location>> unstaged;
  for (const model::DataItem& d : r.data_items)
    if (std::find(shared_somewhere.begin(), shared_somewhere.end(), d.id) == shared_somewhere.end())
      unstaged.emplace_back(&d, d.where("category"));
  require_conditions(s, unstaged, all_bases, " under this protocol");
}

}  // namespace ispgen::check
