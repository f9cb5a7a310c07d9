#include "today.hpp"

#include <chrono>

namespace ispgen::cli {

std::optional<model::Date> today_option(const ParsedArgs& parsed, std::string_view command) {
  const std::string text = parsed.value("--today");
  if (text.empty()) {
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return model::date_from_serial(static_cast<long>(std::chrono::duration_cast<std::chrono::days>(now).count()));
  }
  const auto date = model::parse_date(text, false, nullptr);
  if (!date) usage_error("--today needs a date YYYY-MM-DD, not '" + text + "'", command);
  return date;
}

}  // namespace ispgen::cli
