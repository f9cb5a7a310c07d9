#include <algorithm>

#include "rules.hpp"

namespace ispgen::check {
namespace {

using model::DataCategory;
using model::Provision;
using model::Regime;

// The kinds of condition personal data needs before it may be shared.
enum class Need { any_personal, special_category, criminal_offence };

bool meets(Regime regime, Need need, Provision p) {
  const bool gdpr = regime == Regime::uk_gdpr;
  switch (need) {
    case Need::any_personal: return p == (gdpr ? Provision::gdpr_article_6 : Provision::dpa1998_schedule_2);
    case Need::special_category: return p == (gdpr ? Provision::gdpr_article_9 : Provision::dpa1998_schedule_3);
    case Need::criminal_offence:
      return gdpr ? p == Provision::gdpr_article_10 || p == Provision::dpa2018_schedule_1
                  : p == Provision::dpa1998_schedule_3;
  }
  return false;
}

std::string condition_name(Regime regime, Need need) {
  const bool gdpr = regime == Regime::uk_gdpr;
  switch (need) {
    case Need::any_personal: return gdpr ? "a UK GDPR Article 6 basis" : "a DPA 1998 Schedule 2 condition";
    case Need::special_category: return gdpr ? "a UK GDPR Article 9 condition" : "a DPA 1998 Schedule 3 condition";
    case Need::criminal_offence:
      return gdpr ? "an Article 10 condition (UK GDPR Article 10 or DPA 2018 Schedule 1)" : "a DPA 1998 Schedule 3 condition";
  }
  return {};
}

std::string_view category_name(Need need) {
  switch (need) {
    case Need::any_personal: return "personal data";
    case Need::special_category: return "special category data";
    case Need::criminal_offence: return "criminal offence data";
  }
  return {};
}

std::string code_of(Need need) {
  switch (need) {
    case Need::any_personal: return "personal-data-condition";
    case Need::special_category: return "special-category-condition";
    case Need::criminal_offence: return "criminal-offence-condition";
  }
  return {};
}

bool regime_allows(Regime regime, Provision p) {
  const bool dpa1998 = p == Provision::dpa1998_schedule_2 || p == Provision::dpa1998_schedule_3;
  return (regime == Regime::dpa_1998) == dpa1998;
}

bool needs(const model::DataItem& item, Need need) {
  switch (need) {
    case Need::any_personal: return true;
    case Need::special_category: return item.category == DataCategory::special_category;
    case Need::criminal_offence: return item.category == DataCategory::criminal_offence;
  }
  return false;
}

const model::DataItem* find_item(const model::Protocol& p, std::string_view id) {
  for (const model::DataItem& d : p.data_items)
    if (d.id == id) return &d;
  return nullptr;
}

// Reports the first of `items` (with where each is written) needing a condition `bases` lack.
void require_conditions(Subject& s, const std::vector<std::pair<const model::DataItem*, model::Location>>& items,
                        const std::vector<const model::LawfulBasis*>& bases, const std::string& where) {
  const Regime regime = s.resolved.regime;
  for (Need need : {Need::any_personal, Need::special_category, Need::criminal_offence}) {
    const bool met = std::any_of(bases.begin(), bases.end(), [&](const auto* b) { return meets(regime, need, b->provision); });
    if (met) continue;
    for (const auto& [item, at] : items)
      if (needs(*item, need)) {
        s.out.error(at, code_of(need),
                    std::string(category_name(need)) + " ('" + item->id + "') shared" + where + " without " +
                        condition_name(regime, need) + " among the lawful bases");
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
