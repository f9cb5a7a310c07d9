// The sign-off ledger: `x.signoff` beside `x.yaml`, append-only text, one signed record per block.
#include <sodium.h>

#include <filesystem>

#include "encoding.hpp"
#include "ispgen/sign.hpp"
#include "lines.hpp"
#include "sodium.hpp"

namespace ispgen::sign {
namespace {

constexpr std::size_t max_signatory_bytes = 200;

// The fields of a record in the order the ledger and the signed message hold them.
constexpr std::string_view field_names[] = {"org", "name", "role", "protocol", "version", "digest", "date", "signature"};

// The text of each field but the signature, in field_names order.
std::vector<std::string> signed_values(const Record& r) {
  return {r.org, r.name, r.role, r.protocol, r.version, r.digest, r.date.iso()};
}

std::string* text_field(Record& r, std::string_view name) {
  if (name == "org") return &r.org;
  if (name == "name") return &r.name;
  if (name == "role") return &r.role;
  if (name == "protocol") return &r.protocol;
  if (name == "version") return &r.version;
  if (name == "digest") return &r.digest;
  if (name == "signature") return &r.signature;
  return nullptr;
}

bool known_field(std::string_view name) {
  for (const std::string_view known : field_names)
    if (known == name) return true;
  return false;
}

// Reads records line by line; a record ends at a blank line or the end of the text.
class LedgerReader {
 public:
  LedgerReader(const std::string& file, model::Diagnostics& diagnostics) : file_(file), diagnostics_(diagnostics) {}

  void line(const Line& line) {
    if (line.text.find_first_not_of(" \t") == std::string_view::npos) {
      finish();
      return;
    }
    if (line.text.front() == '#') return;
    const std::size_t colon = line.text.find(':');
    const std::string_view name = line.text.substr(0, colon);
    if (colon == std::string_view::npos || (colon + 1 < line.text.size() && line.text[colon + 1] != ' ')) {
      error({file_, line.number, 1},
            "expected 'field: value' (a record's fields are org, name, role, protocol, version, digest, date and signature)");
      return;
    }
    const std::size_t start = std::min(colon + 2, line.text.size());
    const std::string_view value = line.text.substr(start);
    const model::Location at{file_, line.number, column_of(line.text, start)};
    if (!open_) {
      record_ = Record{};
      record_.at = {file_, line.number, 1};
      open_ = true;
      broken_ = false;
    }
    if (!known_field(name)) {
      error({file_, line.number, 1}, "unknown field '" + std::string(name) + "' in a sign-off record");
    } else if (record_.written(name)) {
      error({file_, line.number, 1}, "field '" + std::string(name) + "' is given twice in one record");
    } else if (const std::string problem = text_problem(value); !problem.empty()) {
      record_.fields.push_back({std::string(name), at, false});
      error(at, "the " + std::string(name) + " holds " + problem);
    } else {
      record_.fields.push_back({std::string(name), at, true});
      if (std::string* text = text_field(record_, name)) *text = value;
      else date_text_ = value;
    }
  }

  // Ends the record being read, keeping it if it is whole.
  void finish() {
    if (!open_) return;
    open_ = false;
    for (const std::string_view name : field_names)
      if (!record_.written(name)) error(record_.at, "sign-off record has no '" + std::string(name) + "' field");
    if (record_.written("date") && !record_.rejected("date")) {
      if (const auto date = model::parse_date(date_text_, false, nullptr)) record_.date = *date;
      else error(record_.where("date"), "'" + date_text_ + "' is not a date YYYY-MM-DD");
    }
    if (!broken_) records_.push_back(std::move(record_));
  }

  std::vector<Record> records() { return std::move(records_); }

 private:
  void error(const model::Location& at, const std::string& message) {
    diagnostics_.error(at, "ledger-syntax", message);
    broken_ = true;
  }

  const std::string& file_;
  model::Diagnostics& diagnostics_;
  std::vector<Record> records_;
  Record record_;
  std::string date_text_;
  bool open_ = false;
  bool broken_ = false;
};

}  // namespace

std::string ledger_path(const std::string& protocol_file) {
  return std::filesystem::path(protocol_file).replace_extension(".signoff").string();
}

std::string signatory_text_problem(std::string_view text) {
  if (text.empty()) return "it is empty";
  if (text.size() > max_signatory_bytes) return "it is longer than " + std::to_string(max_signatory_bytes) + " bytes";
  if (const std::string problem = text_problem(text); !problem.empty()) return "it holds " + problem;
  if (text.front() == ' ' || text.back() == ' ') return "it starts or ends with a space";
  return "";
}

std::string signed_message(const Record& record) {
  constexpr std::string_view tag = "ispgen-signoff-v1\n";
  std::string out(tag);
  const std::vector<std::string> values = signed_values(record);
  for (std::size_t i = 0; i < values.size(); ++i) {
    out += field_names[i];
    out += '=';
    append_text(out, values[i]);
    out += '\n';
  }
  return out;
}

Record sign_record(Record record, const SecretKey& key) {
  ensure_sodium();
  PublicKey pk{};
  std::array<unsigned char, crypto_sign_SECRETKEYBYTES> sk{};
  crypto_sign_seed_keypair(pk.data(), sk.data(), key.seed.data());
  const std::string message = signed_message(record);
  std::array<unsigned char, crypto_sign_BYTES> signature{};
  crypto_sign_detached(signature.data(), nullptr, reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                       sk.data());
  sodium_memzero(sk.data(), sk.size());
  record.signature = to_base64(signature);
  return record;
}

std::string ledger_header(std::string_view protocol_id) {
  return "# ispgen sign-off ledger of protocol '" + std::string(protocol_id) +
         "': records are appended by 'ispgen sign'.\n"
         "# Each record's signature covers all its fields: an edited record no longer verifies (docs/signing.md).\n";
}

std::string format_record(const Record& record) {
  std::string out = "\n";
  const std::vector<std::string> values = signed_values(record);
  for (std::size_t i = 0; i < values.size(); ++i) out += std::string(field_names[i]) + ": " + values[i] + "\n";
  return out + "signature: " + record.signature + "\n";
}

std::string in_line_ends_of(std::string_view file, std::string_view text) {
  const std::size_t first_end = file.find('\n');
  if (first_end == std::string_view::npos || first_end == 0 || file[first_end - 1] != '\r') return std::string(text);
  std::string out;
  for (const char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

std::vector<Record> parse_ledger(std::string_view text, const std::string& file, model::Diagnostics& diagnostics) {
  LedgerReader reader(file, diagnostics);
  for (const Line& line : split_lines(text)) reader.line(line);
  reader.finish();
  return reader.records();
}

}  // namespace ispgen::sign
