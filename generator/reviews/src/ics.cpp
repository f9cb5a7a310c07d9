// The calendar as RFC 5545 asks: CRLF line ends, lines folded at 75 octets on UTF-8 character
// boundaries, and TEXT values with backslash, semicolon, comma and newline escaped.
#include <cstdio>

#include "ispgen/reviews.hpp"

namespace ispgen::reviews {
namespace {

constexpr std::size_t max_line_octets = 75;

bool continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string escape_text(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\n' || c == '\r') {
      out += "\\n";
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += c;
    }
  }
  return out;
}

// Whether `line` up to `end` closes with a backslash that escapes the character after it.
bool ends_inside_escape(std::string_view line, std::size_t end) {
  std::size_t backslashes = 0;
  while (backslashes < end && line[end - 1 - backslashes] == '\\') ++backslashes;
  return backslashes % 2 == 1;
}

// `line` folded: each physical line at most 75 octets with its CRLF left out, continuations
// starting with a space, and neither a UTF-8 sequence nor an escape split between two lines.
std::string fold(std::string_view line) {
  std::string out;
  std::size_t room = max_line_octets;
  while (line.size() > room) {
    std::size_t cut = room;
    while (cut > 0 && continuation_byte(line[cut])) --cut;
    if (cut > 0 && ends_inside_escape(line, cut)) --cut;
    if (cut == 0) cut = room;  // not UTF-8: cut anywhere rather than loop
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    room = max_line_octets - 1;
  }
  out.append(line);
  return out + "\r\n";
}

std::string compact_date(model::Date date) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d%02d%02d", date.year, date.month, date.day);
  return text;
}

// Characters RFC 5545 would make us escape, or a reader might trip on, never reach a UID.
std::string uid_part(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') || c == '-' ||
        c == '_' || c == '.') {
      out += c;
    } else {
      char escaped[4];
      std::snprintf(escaped, sizeof escaped, "%%%02X", byte);
      out += escaped;
    }
  }
  return out;
}

std::string summary(const Entry& entry) {
  return "Review of " + entry.title + (entry.lead.empty() ? "" : ", led by " + entry.lead);
}

std::string description(const Entry& entry) {
  return "Protocol " + entry.protocol_id + " in register " + entry.register_name + "\nRule: " + entry.rule +
         "\nLast reviewed: " + (entry.last_reviewed ? entry.last_reviewed->long_form() : "never") +
         "\nLead: " + (entry.lead.empty() ? "none named" : entry.lead);
}

std::string todo(const Entry& entry, const std::string& stamp) {
  const model::Date due = entry.next_due->last_day();
  std::string out = fold("BEGIN:VTODO");
  out += fold("UID:review-" + uid_part(entry.protocol_id) + "@" + uid_part(entry.register_name) + ".ispgen");
  out += fold("DTSTAMP:" + stamp);
  out += fold("DUE;VALUE=DATE:" + compact_date(due));
  out += fold("SUMMARY:" + escape_text(summary(entry)));
  out += fold("DESCRIPTION:" + escape_text(description(entry)));
  out += fold("STATUS:NEEDS-ACTION");
  out += fold("BEGIN:VALARM");
  out += fold("ACTION:DISPLAY");
  out += fold("DESCRIPTION:" + escape_text(summary(entry) + ": due on " + due.long_form()));
  out += fold("TRIGGER;RELATED=END:-P" + std::to_string(due_window_days) + "D");
  out += fold("END:VALARM");
  return out + fold("END:VTODO");
}

}  // namespace

std::string format_calendar(const std::vector<Entry>& entries, model::Date stamp) {
  const std::string dtstamp = compact_date(stamp) + "T000000Z";
  std::string out = fold("BEGIN:VCALENDAR");
  out += fold("VERSION:2.0");
  out += fold("PRODID:-//ispgen//protocol reviews//EN");
  out += fold("CALSCALE:GREGORIAN");
  out += fold("X-WR-CALNAME:Protocol reviews");
  for (const Entry& entry : entries)
    if (entry.next_due && entry.status != Status::not_in_force) out += todo(entry, dtstamp);
  return out + fold("END:VCALENDAR");
}

}  // namespace ispgen::reviews
