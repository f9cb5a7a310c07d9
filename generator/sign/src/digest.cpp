// SHA-256 digests: of a template set, and of a protocol's canonical bytes.
#include <sodium.h>

#include "encoding.hpp"
#include "ispgen/sign.hpp"
#include "sodium.hpp"

namespace ispgen::sign {

std::string sha256_hex(std::string_view bytes) {
  ensure_sodium();
  std::array<unsigned char, crypto_hash_sha256_BYTES> hash{};
  crypto_hash_sha256(hash.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return to_hex(hash);
}

std::map<std::string, std::string> template_set_files(const std::map<std::string, std::string>& templates,
                                                      const std::map<std::string, std::string>& form_definitions) {
  std::map<std::string, std::string> files = templates;
  files.insert(form_definitions.begin(), form_definitions.end());  // templates are *.md: no path is in both
  return files;
}

std::string template_set_identity(const std::map<std::string, std::string>& files) {
  constexpr std::string_view tag = "ispgen-templates-v1\n";
  std::string bytes(tag);
  bytes += "[" + std::to_string(files.size()) + "\n";
  for (const auto& [path, text] : files) {  // std::map: sorted by path, byte by byte
    append_text(bytes, path);
    append_text(bytes, text);
    bytes += '\n';
  }
  bytes += "]\n";
  return sha256_hex(bytes);
}

std::string digest(const model::Protocol& resolved, std::string_view template_identity) {
  return sha256_hex(canonical_bytes(resolved, template_identity));
}

std::string short_digest(std::string_view digest) { return std::string(digest.substr(0, 12)); }

}  // namespace ispgen::sign
