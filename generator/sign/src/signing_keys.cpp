// A register's trusted keys: `signing-keys` at its root, one key per line, like ssh's allowed_signers.
#include <filesystem>

#include "ispgen/sign.hpp"
#include "lines.hpp"
#include "sodium.hpp"

namespace ispgen::sign {

std::string signing_keys_path(const std::string& protocol_file) {
  return (std::filesystem::path(protocol_file).parent_path() / "signing-keys").string();
}

std::vector<TrustedKey> parse_signing_keys(std::string_view text, const std::string& file, model::Diagnostics& diagnostics) {
  std::vector<TrustedKey> keys;
  for (const Line& line : split_lines(text)) {
    if (is_blank_or_comment(line.text)) continue;
    bool ok = true;
    auto fail = [&](std::size_t offset, const std::string& message) {
      diagnostics.error({file, line.number, column_of(line.text, offset)}, "signing-keys-syntax", message);
      ok = false;
    };
    if (const std::string problem = text_problem(line.text, true); !problem.empty()) {
      fail(0, "the line holds " + problem);
      continue;
    }
    const std::vector<Word> words = split_words(line.text);
    if (words.size() < 3) {
      fail(words[0].offset, "expected 'ID ed25519 KEY [valid-from=DATE] [valid-until=DATE]'");
      continue;
    }
    TrustedKey key;
    key.org = words[0].text;
    key.at = {file, line.number, column_of(line.text, words[0].offset)};
    if (!is_org_id(key.org)) fail(words[0].offset, "'" + key.org + "' is not an organisation id");
    if (words[1].text != "ed25519")
      fail(words[1].offset, "unknown key type '" + std::string(words[1].text) + "': signing-keys holds ed25519 keys");
    const auto bytes = from_base64(words[2].text);
    if (!bytes || bytes->size() != key.key.size())
      fail(words[2].offset, "the public key is not base64 of 32 bytes");
    else
      std::copy(bytes->begin(), bytes->end(), key.key.begin());
    for (std::size_t i = 3; i < words.size(); ++i) {
      const std::string_view option = words[i].text;
      const std::size_t eq = option.find('=');
      const std::string_view name = option.substr(0, eq);
      std::optional<model::Date>* bound = name == "valid-from" ? &key.valid_from : name == "valid-until" ? &key.valid_until : nullptr;
      if (!bound || eq == std::string_view::npos) {
        fail(words[i].offset, "unknown option '" + std::string(option) + "': use valid-from=YYYY-MM-DD or valid-until=YYYY-MM-DD");
        continue;
      }
      if (bound->has_value()) {
        fail(words[i].offset, "'" + std::string(name) + "' is given twice");
        continue;
      }
      const std::string_view value = option.substr(eq + 1);
      *bound = model::parse_date(value, false, nullptr);
      if (!*bound) fail(words[i].offset + eq + 1, "'" + std::string(value) + "' is not a date YYYY-MM-DD");
    }
    if (key.valid_from && key.valid_until && *key.valid_until < *key.valid_from)
      fail(words[0].offset, "valid-until " + key.valid_until->iso() + " is before valid-from " + key.valid_from->iso());
    if (ok) keys.push_back(std::move(key));
  }
  return keys;
}

}  // namespace ispgen::sign
