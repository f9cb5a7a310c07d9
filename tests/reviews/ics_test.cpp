#include <catch2/catch.hpp>
#include <sstream>

#include "calendar.hpp"
#include "ispgen/reviews.hpp"

using ispgen::model::Date;
using ispgen::reviews::Entry;
using ispgen::reviews::format_calendar;
using ispgen::reviews::Status;

namespace {

Entry dated(std::string id, std::string title, std::string lead, Date due) {
  return Entry{std::move(id), std::move(title), "area", "every 12 months from the effective date", std::move(lead),
               std::nullopt, due, 30, Status::due};
}

// The physical lines, without their CRLF.
std::vector<std::string> physical_lines(const std::string& calendar) {
  std::vector<std::string> lines;
  for (std::size_t start = 0; start < calendar.size();) {
    const std::size_t end = calendar.find("\r\n", start);
    if (end == std::string::npos) break;
    lines.push_back(calendar.substr(start, end - start));
    start = end + 2;
  }
  return lines;
}

// The content lines, unfolded as RFC 5545 section 3.1 says.
std::vector<std::string> content_lines(const std::string& calendar) {
  std::vector<std::string> lines;
  for (const std::string& line : physical_lines(calendar)) {
    if (!line.empty() && line[0] == ' ')
      lines.back() += line.substr(1);
    else
      lines.push_back(line);
  }
  return lines;
}

std::vector<std::string> lines_starting(const std::string& calendar, const std::string& prefix) {
  std::vector<std::string> out;
  for (const std::string& line : content_lines(calendar))
    if (line.rfind(prefix, 0) == 0) out.push_back(line.substr(prefix.size()));
  return out;
}

// Whether `text` is whole UTF-8 sequences: no sequence begins before it or runs past its end.
bool whole_utf8(const std::string& text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k)
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    i += length;
  }
  return true;
}

}  // namespace

TEST_CASE("a calendar: VERSION, PRODID, one VTODO per review to hold") {
  Entry no_rule{"draft", "Draft", "area", "", "", std::nullopt, std::nullopt, 0, Status::no_rule};
  Entry retired{"old", "Old", "area", "every 12 months from the effective date", "", std::nullopt, std::nullopt, 0,
                Status::not_in_force};
  const std::string ics = format_calendar(
      {dated("demo", "Demo protocol", "South Wales Police", Date{2027, 5, 0}), no_rule, retired}, Date{2026, 11, 23});
  const auto lines = content_lines(ics);
  REQUIRE(lines.size() > 4);
  CHECK(lines.front() == "BEGIN:VCALENDAR");
  CHECK(lines[1] == "VERSION:2.0");
  CHECK(lines_starting(ics, "PRODID:") == std::vector<std::string>{"-//ispgen//protocol reviews//EN"});
  CHECK(lines.back() == "END:VCALENDAR");
  CHECK(lines_starting(ics, "BEGIN:VTODO").size() == 1);
  CHECK(lines_starting(ics, "UID:") == std::vector<std::string>{"review-demo@area.ispgen"});
  CHECK(lines_starting(ics, "DTSTAMP:") == std::vector<std::string>{"20261123T000000Z"});
  CHECK(lines_starting(ics, "DUE;VALUE=DATE:") == std::vector<std::string>{"20270531"});
  CHECK(lines_starting(ics, "SUMMARY:") == std::vector<std::string>{"Review of Demo protocol\\, led by South Wales Police"});
  CHECK(lines_starting(ics, "BEGIN:VALARM").size() == 1);
  CHECK(lines_starting(ics, "ACTION:DISPLAY").size() == 1);
  CHECK(lines_starting(ics, "TRIGGER;RELATED=END:") == std::vector<std::string>{"-P90D"});
  CHECK(lines_starting(ics, "DESCRIPTION:").size() == 2);
}

TEST_CASE("CRLF ends every line, no line is longer than 75 octets, and folds keep UTF-8 whole") {
  // Two-, three- and four-byte characters after 0 to 3 ASCII letters, so folds fall at every
  // position inside a sequence.
  std::vector<Entry> entries;
  for (int shift = 0; shift < 4; ++shift) {
    std::string title = std::string(static_cast<std::size_t>(shift), 'x');
    for (int i = 0; i < 12; ++i) title += "Ŵ€𝄞ô";
    entries.push_back(dated("p" + std::to_string(shift), title, "Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg – ŵ", Date{2027, 1, 15}));
  }
  const std::string ics = format_calendar(entries, Date{2026, 1, 1});
  for (std::size_t i = 0; i < ics.size(); ++i) {
    if (ics[i] == '\n') CHECK((i > 0 && ics[i - 1] == '\r'));
    if (ics[i] == '\r') CHECK((i + 1 < ics.size() && ics[i + 1] == '\n'));
  }
  CHECK(ics.substr(ics.size() - 2) == "\r\n");
  std::size_t folded = 0;
  for (const std::string& line : physical_lines(ics)) {
    INFO(line);
    CHECK(line.size() <= 75);
    CHECK(whole_utf8(line));
    folded += !line.empty() && line[0] == ' ';
  }
  CHECK(folded > 8);
  const auto summaries = lines_starting(ics, "SUMMARY:");
  REQUIRE(summaries.size() == 4);
  CHECK(summaries[3] == "Review of " + entries[3].title + "\\, led by " + entries[3].lead);
}

TEST_CASE("a fold never separates a backslash from the character it escapes") {
  // Escapes at every offset around the 75th octet, and an escaped backslash just before it.
  for (int shift = 0; shift < 4; ++shift) {
    const std::string title = std::string(static_cast<std::size_t>(55 + shift), 'x') + ",,\\\\;;\n\n";
    const std::string ics = format_calendar({dated("p", title, "", Date{2027, 1, 15})}, Date{2026, 1, 1});
    for (const std::string& line : physical_lines(ics)) {
      std::size_t backslashes = 0;
      while (backslashes < line.size() && line[line.size() - 1 - backslashes] == '\\') ++backslashes;
      INFO(line);
      CHECK(backslashes % 2 == 0);
    }
    CHECK(ispgen::test::parse_calendar(ics).tasks.at(0).summary == "Review of " + title);
  }
}

TEST_CASE("TEXT values escape backslash, semicolon, comma and newline") {
  Entry e = dated("demo", "A \\ B; C, D\nE\r\nF", "", Date{2027, 1, 15});
  e.lead = "Police; Fire, Rescue";
  const std::string ics = format_calendar({e}, Date{2026, 1, 1});
  CHECK(lines_starting(ics, "SUMMARY:") ==
        std::vector<std::string>{"Review of A \\\\ B\\; C\\, D\\nE\\nF\\, led by Police\\; Fire\\, Rescue"});
  const auto descriptions = lines_starting(ics, "DESCRIPTION:");
  REQUIRE(descriptions.size() == 2);
  CHECK(descriptions[0] == "Protocol demo in register area\\nRule: every 12 months from the effective date\\n"
                           "Last reviewed: never\\nLead: Police\\; Fire\\, Rescue");
}

TEST_CASE("UIDs come from the protocol id and register name alone") {
  Entry e = dated("demo", "Demo", "", Date{2027, 1, 15});
  e.register_name = "Safer Stockport; 2024";
  const std::string first = format_calendar({e}, Date{2026, 1, 1});
  CHECK(lines_starting(first, "UID:") == std::vector<std::string>{"review-demo@Safer%20Stockport%3B%202024.ispgen"});
  e.next_due = Date{2028, 1, 15};
  e.last_reviewed = Date{2027, 1, 20};
  const std::string later = format_calendar({e}, Date{2027, 2, 1});
  CHECK(lines_starting(later, "UID:") == lines_starting(first, "UID:"));
  CHECK(format_calendar({e}, Date{2027, 2, 1}) == later);
}

TEST_CASE("libical reads the calendar back: no errors, the tasks, their text, due date and alarm") {
  const std::string tricky = "Cwm Taf: Prevent, Channel; ŵ \\ \"quoted\"\nsecond line " + std::string(80, 'x') + "€𝄞";
  Entry e = dated("cwm-taf", tricky, "Merthyr Tydfil County Borough Council", Date{2018, 5, 31});
  e.status = Status::overdue;
  e.last_reviewed = Date{2016, 2, 0};
  const auto parsed = ispgen::test::parse_calendar(format_calendar(
      {e, dated("stockport", "Stockport", "", Date{2027, 5, 0})}, Date{2026, 11, 23}));
  REQUIRE(parsed.parsed);
  CHECK(parsed.is_calendar);
  CHECK(parsed.errors == 0);
  REQUIRE(parsed.tasks.size() == 2);
  const auto& task = parsed.tasks[0];
  CHECK(task.uid == "review-cwm-taf@area.ispgen");
  CHECK(task.summary == "Review of " + tricky + ", led by Merthyr Tydfil County Borough Council");
  CHECK(task.description == "Protocol cwm-taf in register area\nRule: every 12 months from the effective date\n"
                            "Last reviewed: February 2016\nLead: Merthyr Tydfil County Borough Council");
  CHECK(task.due.is_date == 1);
  CHECK((task.due.year == 2018 && task.due.month == 5 && task.due.day == 31));
  CHECK((task.stamp.year == 2026 && task.stamp.month == 11 && task.stamp.day == 23 && task.stamp.hour == 0));
  CHECK(task.has_alarm);
  CHECK(task.trigger_related_to_end);
  CHECK(task.trigger.duration.is_neg == 1);
  CHECK(task.trigger.duration.days + 7 * task.trigger.duration.weeks == 90);
  CHECK((parsed.tasks[1].due.month == 5 && parsed.tasks[1].due.day == 31));
}
