#pragma once
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "ispgen/document.hpp"

namespace ispgen::model {

enum class PartnerKind {
  local_authority, police, health, probation, housing, fire, education, voluntary, youth_justice, other
};
enum class GatewayType { statute, regulations, guidance, common_law };
enum class Regime { dpa_1998, uk_gdpr };
// Where a lawful basis comes from: UK GDPR articles with DPA 2018 Schedule 1, or DPA 1998 schedules.
enum class Provision {
  gdpr_article_6, gdpr_article_9, gdpr_article_10, dpa2018_schedule_1, dpa1998_schedule_2,
  dpa1998_schedule_3
};
enum class DataCategory { identifier, personal, special_category, criminal_offence };
enum class ConsentModel { explicit_consent, where_appropriate, not_required, notify };
enum class Status { draft, consultation, active, under_review, superseded, withdrawn };
// Protective markings: the 2009 scheme (PROTECT, RESTRICTED, CONFIDENTIAL) and the 2014 one.
enum class Marking { not_protectively_marked, protect, restricted, confidential, official, official_sensitive };
enum class FormKind { consent, referral, signing_in, confidentiality, other };
enum class ClauseMode { replace, append, prepend };
// What a form field asks for, and so how it is drawn: the document tree's kinds.
using FieldKind = document::FieldKind;

// One enum value and the word that spells it in YAML.
template <class E>
struct Word {
  E value;
  std::string_view word;
};

// Every value of E with its YAML word, in the order documentation lists them.
template <class E>
std::span<const Word<E>> vocabulary();

#define ISPGEN_VOCABULARY(E, ...)                        \
  template <>                                            \
  inline std::span<const Word<E>> vocabulary<E>() {      \
    static constexpr Word<E> words[] = {__VA_ARGS__};    \
    return words;                                        \
  }

ISPGEN_VOCABULARY(PartnerKind, {PartnerKind::local_authority, "local-authority"},
                  {PartnerKind::police, "police"}, {PartnerKind::health, "health"},
                  {PartnerKind::probation, "probation"}, {PartnerKind::housing, "housing"},
                  {PartnerKind::fire, "fire"}, {PartnerKind::education, "education"},
                  {PartnerKind::voluntary, "voluntary"},
                  {PartnerKind::youth_justice, "youth-justice"}, {PartnerKind::other, "other"})
ISPGEN_VOCABULARY(GatewayType, {GatewayType::statute, "statute"},
                  {GatewayType::regulations, "regulations"}, {GatewayType::guidance, "guidance"},
                  {GatewayType::common_law, "common-law"})
ISPGEN_VOCABULARY(Regime, {Regime::dpa_1998, "dpa-1998"}, {Regime::uk_gdpr, "uk-gdpr"})
ISPGEN_VOCABULARY(Provision, {Provision::gdpr_article_6, "uk-gdpr-article-6"},
                  {Provision::gdpr_article_9, "uk-gdpr-article-9"},
                  {Provision::gdpr_article_10, "uk-gdpr-article-10"},
                  {Provision::dpa2018_schedule_1, "dpa-2018-schedule-1"},
                  {Provision::dpa1998_schedule_2, "dpa-1998-schedule-2"},
                  {Provision::dpa1998_schedule_3, "dpa-1998-schedule-3"})
ISPGEN_VOCABULARY(DataCategory, {DataCategory::identifier, "identifier"},
                  {DataCategory::personal, "personal"},
                  {DataCategory::special_category, "special-category"},
                  {DataCategory::criminal_offence, "criminal-offence"})
ISPGEN_VOCABULARY(ConsentModel, {ConsentModel::explicit_consent, "explicit"},
                  {ConsentModel::where_appropriate, "where-appropriate"},
                  {ConsentModel::not_required, "not-required"}, {ConsentModel::notify, "notify"})
ISPGEN_VOCABULARY(Status, {Status::draft, "draft"}, {Status::consultation, "consultation"},
                  {Status::active, "active"}, {Status::under_review, "under-review"},
                  {Status::superseded, "superseded"}, {Status::withdrawn, "withdrawn"})
ISPGEN_VOCABULARY(Marking, {Marking::not_protectively_marked, "NOT PROTECTIVELY MARKED"},
                  {Marking::protect, "PROTECT"}, {Marking::restricted, "RESTRICTED"},
                  {Marking::confidential, "CONFIDENTIAL"}, {Marking::official, "OFFICIAL"},
                  {Marking::official_sensitive, "OFFICIAL-SENSITIVE"})
ISPGEN_VOCABULARY(FormKind, {FormKind::consent, "consent"}, {FormKind::referral, "referral"},
                  {FormKind::signing_in, "signing-in"},
                  {FormKind::confidentiality, "confidentiality"}, {FormKind::other, "other"})
ISPGEN_VOCABULARY(ClauseMode, {ClauseMode::replace, "replace"}, {ClauseMode::append, "append"},
                  {ClauseMode::prepend, "prepend"})
ISPGEN_VOCABULARY(FieldKind, {FieldKind::text, "text"}, {FieldKind::box, "box"}, {FieldKind::date, "date"},
                  {FieldKind::yes_no, "yes-no"}, {FieldKind::choice, "choice"},
                  {FieldKind::checkboxes, "checkboxes"}, {FieldKind::signature, "signature"},
                  {FieldKind::table, "table"}, {FieldKind::fixed, "fixed"})
#undef ISPGEN_VOCABULARY

// The YAML word for an enum value.
template <class E>
std::string_view word_of(E value) {
  for (const auto& w : vocabulary<E>())
    if (w.value == value) return w.word;
  return {};
}

// The enum value a YAML word spells, if any.
template <class E>
std::optional<E> from_word(std::string_view word) {
  for (const auto& w : vocabulary<E>())
    if (w.word == word) return w.value;
  return std::nullopt;
}

// All the words of E, for "did you mean" and documentation.
template <class E>
std::vector<std::string_view> words_of() {
  std::vector<std::string_view> out;
  for (const auto& w : vocabulary<E>()) out.push_back(w.word);
  return out;
}

}  // namespace ispgen::model
