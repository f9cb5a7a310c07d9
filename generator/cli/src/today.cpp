#include "today.hpp"

#include <charconv>
#include <chrono>
#include <cstdlib>
#include <string>

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

SourceDateEpoch source_date_epoch(std::string_view command) {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (!epoch || !*epoch) return {};
  long value = 0;
  const char* end = epoch + std::char_traits<char>::length(epoch);
  const auto [ptr, ec] = std::from_chars(epoch, end, value);
  if (ec != std::errc() || ptr != end || value < 0) {
    usage_error(std::string("SOURCE_DATE_EPOCH must be a number of seconds, not '") + epoch + "'", command);
    return {std::nullopt, false};
  }
  return {value, true};
}

}  // namespace ispgen::cli
