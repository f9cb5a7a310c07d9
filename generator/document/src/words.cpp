#include "ispgen/document/words.hpp"

#include <charconv>

namespace ispgen::document {
namespace {

constexpr Words english{
    .lang = "en-GB",
    .contents = "Contents",
    .section_heading = "{1}. {2}",
    .appendix_heading = "Appendix {1} \u2013 {2}",
    .page_of = "Page {1} of {2}",
    .skip_to_document = "Skip to the document",
    .update_contents = "Right-click to update the table of contents.",
    .document_subject = "Information sharing protocol, {1}",
    .document_subject_no_area = "Information sharing protocol",
    .footer_version = ", version {1}",
    .footer_digest = ", digest {1}",
    .redline_legend = "This copy marks the changes{1} since {2}: {3} is underlined, {4} is struck through.",
    .redline_made_by = " by {1}",
    .redline_made_on = " on {1}",
    .redline_since_version = "version {1}",
    .redline_since_previous = "the previous version",
    .redline_inserted = "inserted text",
    .redline_deleted = "deleted text",
    .redline_footer_new = ", new protocol: all of it marked inserted",
    .redline_footer_changes = ", changes since version {1} marked",
    .yes = "Yes",
    .no = "No",
    .tick_one = "Tick one.",
    .tick_any = "Tick all that apply.",
    .day = "Day",
    .month = "Month",
    .year = "Year",
    .day_guide = "DD",
    .month_guide = "MM",
    .year_guide = "YYYY",
    .continued = "{1} (continued)",
    .form_version = "Version {1}",
    .form_version_after = ", version {1}",
    .form_subject = "Form of the {1}",
    .form_footer = "{1} \u2013 {2}",
    .marking_when_complete = "{1} when complete",
    .table_row = "{1}, row {2}",
    .index_title = "Information sharing protocols",
    .index_skip = "Skip to the list",
    .index_protocol = "Protocol",
    .index_status = "Status",
    .index_version = "Version",
    .index_next_review = "Next review",
    .index_documents = "Documents",
    .index_forms = "Forms",
    .index_no_review = "None set",
    .index_no_forms = "None",
    .redline_made = " made{1}",
    .keywords = "marking: {1}; version {2}",
    // Dates.
    .months = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"},
    .long_date = "{1} {2} {3}",
    .month_and_year = "{1} {2}",
};

// Every table, English first (the fallback).
constexpr const Words* tables[] = {&english};

// "en" for "en-GB": the primary language subtag, lower case.
std::string primary(std::string_view lang) {
  std::string out;
  for (char c : lang.substr(0, lang.find_first_of("-_"))) out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

int number_at(std::string_view s, std::size_t pos, std::size_t width) {
  int value = 0;
  if (pos + width > s.size()) return -1;
  const auto [end, error] = std::from_chars(s.data() + pos, s.data() + pos + width, value);
  return error == std::errc() && end == s.data() + pos + width ? value : -1;
}

}  // namespace

const Words& words_for(std::string_view lang) {
  const std::string wanted = primary(lang);
  for (const Words* words : tables)
    if (primary(words->lang) == wanted) return *words;
  return english;
}

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> values) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const std::size_t index = i + 2 < pattern.size() && pattern[i] == '{' && pattern[i + 2] == '}'
                                  ? static_cast<std::size_t>(pattern[i + 1] - '1')
                                  : values.size();
    if (index < values.size()) {
      out += values.begin()[index];
      i += 2;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

std::string long_date(const Words& words, std::string_view iso) {
  const int year = number_at(iso, 0, 4), month = number_at(iso, 5, 2);
  if (year < 0 || month < 1 || month > 12 || iso[4] != '-') return std::string(iso);
  const std::string_view name = words.months[static_cast<std::size_t>(month - 1)];
  if (iso.size() == 7) return fill(words.month_and_year, {name, iso.substr(0, 4)});
  const int day = number_at(iso, 8, 2);
  if (iso.size() != 10 || iso[7] != '-' || day < 1) return std::string(iso);
  return fill(words.long_date, {std::to_string(day), name, iso.substr(0, 4)});
}

}  // namespace ispgen::document
