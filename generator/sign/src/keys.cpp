// Ed25519 secret keys: made from the system's random source, kept in a small text file (mode 0600).
#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>

#include "ispgen/files.hpp"
#include "ispgen/sign.hpp"
#include "lines.hpp"
#include "sodium.hpp"

namespace ispgen::sign {
namespace {

constexpr std::string_view key_file_tag = "ispgen-secret-key-v1";

}  // namespace

SecretKey::~SecretKey() { sodium_memzero(seed.data(), seed.size()); }

PublicKey SecretKey::public_key() const {
  ensure_sodium();
  PublicKey pk{};
  std::array<unsigned char, crypto_sign_SECRETKEYBYTES> sk{};
  crypto_sign_seed_keypair(pk.data(), sk.data(), seed.data());
  sodium_memzero(sk.data(), sk.size());
  return pk;
}

bool is_org_id(std::string_view id) {
  if (id.empty() || id.size() > 64 || !std::isalnum(static_cast<unsigned char>(id[0]))) return false;
  for (const char c : id)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') return false;
  return true;
}

SecretKey generate_key(const std::string& org) {
  ensure_sodium();
  SecretKey key;
  key.org = org;
  randombytes_buf(key.seed.data(), key.seed.size());
  return key;
}

std::string format_secret_key(const SecretKey& key) {
  return std::string(key_file_tag) + "\n# keep this file private: whoever holds it can sign for " + key.org +
         " (docs/signing.md)\n# public: " + public_line(key.org, key.public_key()) + "\norg " + key.org + "\nseed " +
         to_base64(key.seed) + "\n";
}

std::optional<SecretKey> parse_secret_key(std::string_view text, const std::string& file, model::Diagnostics& diagnostics) {
  SecretKey key;
  bool tagged = false, has_org = false, has_seed = false, ok = true;
  auto fail = [&](const Line& line, std::size_t offset, const std::string& message) {
    diagnostics.error({file, line.number, column_of(line.text, offset)}, "key-file-syntax", message);
    ok = false;
  };
  for (const Line& line : split_lines(text)) {
    if (is_blank_or_comment(line.text)) continue;
    const std::vector<Word> words = split_words(line.text);
    if (!tagged) {
      if (line.text != key_file_tag) {
        fail(line, 0, "not an ispgen secret key file: its first line must be '" + std::string(key_file_tag) + "'");
        return std::nullopt;
      }
      tagged = true;
      continue;
    }
    const std::string_view name = words[0].text;
    if (name != "org" && name != "seed") {
      fail(line, words[0].offset, "expected 'org ID' or 'seed BASE64' in a secret key file");
    } else if ((name == "org" && has_org) || (name == "seed" && has_seed)) {
      fail(line, words[0].offset, "'" + std::string(name) + "' is given twice");
    } else if (words.size() != 2) {
      (name == "org" ? has_org : has_seed) = true;
      fail(line, words[0].offset, name == "org" ? "expected 'org ID'" : "expected 'seed BASE64'");
    } else if (name == "org") {
      has_org = true;
      key.org = words[1].text;
      if (!is_org_id(key.org)) fail(line, words[1].offset, "'" + key.org + "' is not an organisation id");
    } else {
      has_seed = true;
      const auto seed = from_base64(words[1].text);
      if (!seed || seed->size() != key.seed.size())
        fail(line, words[1].offset, "the seed is not base64 of 32 bytes");
      else
        std::copy(seed->begin(), seed->end(), key.seed.begin());
    }
  }
  const Line whole_file{0, {}};
  if (!tagged) fail(whole_file, 0, "not an ispgen secret key file: it is empty");
  else if (!has_org) fail(whole_file, 0, "the key file has no 'org ID' line");
  else if (!has_seed) fail(whole_file, 0, "the key file has no 'seed BASE64' line");
  if (!ok) return std::nullopt;
  return key;
}

std::error_code write_new_key_file(const std::string& path, const SecretKey& key) {
  // O_EXCL: never replace a key (or anything else); O_NOFOLLOW: never write through a link.
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) return {errno, std::generic_category()};
  std::string text = format_secret_key(key);
  const int error = write_synced_and_close(fd, text);
  sodium_memzero(text.data(), text.size());
  if (error) ::unlink(path.c_str());
  return {error, std::generic_category()};
}

std::string public_line(const std::string& org, const PublicKey& key) { return org + " ed25519 " + to_base64(key); }

}  // namespace ispgen::sign
