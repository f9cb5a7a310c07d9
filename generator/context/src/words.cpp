#include "words.hpp"

#include <array>

namespace ispgen::context {

std::string kind_name(model::PartnerKind kind) {
  switch (kind) {
    case model::PartnerKind::local_authority: return "Local authority";
    case model::PartnerKind::police: return "Police";
    case model::PartnerKind::health: return "Health";
    case model::PartnerKind::probation: return "Probation";
    case model::PartnerKind::housing: return "Housing";
    case model::PartnerKind::fire: return "Fire and rescue";
    case model::PartnerKind::education: return "Education";
    case model::PartnerKind::voluntary: return "Voluntary sector";
    case model::PartnerKind::youth_justice: return "Youth justice";
    case model::PartnerKind::other: return "Other";
  }
  return {};
}

std::string category_name(model::DataCategory category) {
  switch (category) {
    case model::DataCategory::identifier: return "Identifier";
    case model::DataCategory::personal: return "Personal";
    case model::DataCategory::special_category: return "Special category";
    case model::DataCategory::criminal_offence: return "Criminal offence";
  }
  return {};
}

std::string provision_name(model::Provision provision) {
  switch (provision) {
    case model::Provision::gdpr_article_6: return "UK GDPR Article 6";
    case model::Provision::gdpr_article_9: return "UK GDPR Article 9";
    case model::Provision::gdpr_article_10: return "UK GDPR Article 10";
    case model::Provision::dpa2018_schedule_1: return "Data Protection Act 2018, Schedule 1";
    case model::Provision::dpa1998_schedule_2: return "Data Protection Act 1998, Schedule 2";
    case model::Provision::dpa1998_schedule_3: return "Data Protection Act 1998, Schedule 3";
  }
  return {};
}

std::string status_name(model::Status status) {
  switch (status) {
    case model::Status::draft: return "Draft";
    case model::Status::consultation: return "Consultation";
    case model::Status::active: return "Active";
    case model::Status::under_review: return "Under review";
    case model::Status::superseded: return "Superseded";
    case model::Status::withdrawn: return "Withdrawn";
  }
  return {};
}

std::string regime_name(model::Regime regime) {
  return regime == model::Regime::uk_gdpr ? "the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018"
                                          : "the Data Protection Act 1998";
}

std::string gateway_type_name(model::GatewayType type) {
  switch (type) {
    case model::GatewayType::statute: return "Statute";
    case model::GatewayType::regulations: return "Regulations";
    case model::GatewayType::guidance: return "Statutory guidance";
    case model::GatewayType::common_law: return "Common law";
  }
  return {};
}

std::string months_in_words(int months) {
  static constexpr std::array<const char*, 13> numbers = {"no",    "one",   "two",  "three", "four", "five", "six",
                                                          "seven", "eight", "nine", "ten",   "eleven", "twelve"};
  if (months == 12) return "a year";
  if (months % 12 == 0 && months / 12 <= 12) return std::string(numbers[months / 12]) + " years";
  if (months == 1) return "a month";
  if (months <= 12) return std::string(numbers[months]) + " months";
  return std::to_string(months) + " months";
}

std::string review_rule(const model::Review& review) {
  if (review.due) return "on " + review.due->long_form();
  if (!review.every_months) return {};
  const std::string every = "every " + (*review.every_months == 12 ? std::string("year") : months_in_words(*review.every_months));
  if (!review.first_after_months) return every + " from the date it takes effect";
  return months_in_words(*review.first_after_months) + " after it takes effect, then " + every;
}

std::string contact_text(const std::optional<model::Contact>& contact) {
  if (!contact) return {};
  if (contact->name.empty()) return contact->role;
  if (contact->role.empty()) return contact->name;
  return contact->name + ", " + contact->role;
}

std::string contact_details(const std::optional<model::Contact>& contact) {
  if (!contact) return {};
  std::vector<std::string> ways;
  for (const std::string* way : {&contact->email, &contact->telephone})
    if (!way->empty()) ways.push_back(*way);
  return join(ways, "; ");
}

std::string join(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? separator : "") + items[i];
  return out;
}

}  // namespace ispgen::context
