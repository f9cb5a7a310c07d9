#pragma once
#include <optional>
#include <string>
#include <vector>

#include "ispgen/model/protocol.hpp"

// Names and phrases for printing model values.
namespace ispgen::context {

std::string kind_name(model::PartnerKind kind);
std::string category_name(model::DataCategory category);
std::string provision_name(model::Provision provision);
std::string status_name(model::Status status);
std::string regime_name(model::Regime regime);
std::string gateway_type_name(model::GatewayType type);

// "a year", "two years", "six months": a number of months in words.
std::string months_in_words(int months);

// The review rule as a sentence fragment: "one year after it takes effect, then every two years".
std::string review_rule(const model::Review& review);

// "Name, Role", or whichever of the two is known.
std::string contact_text(const std::optional<model::Contact>& contact);

// How to reach the contact: "email; telephone", or whichever of the two is known.
std::string contact_details(const std::optional<model::Contact>& contact);

// The items joined with `separator`.
std::string join(const std::vector<std::string>& items, const std::string& separator);

}  // namespace ispgen::context
