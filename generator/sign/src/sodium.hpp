#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// The few libsodium services sign uses, wrapped: initialisation, hex and strict base64.
namespace ispgen::sign {

// Initialises libsodium once; throws if it cannot be.
void ensure_sodium();

// Lowercase hex of `bytes`.
std::string to_hex(std::span<const unsigned char> bytes);

// Base64 (the original alphabet, with padding) of `bytes`.
std::string to_base64(std::span<const unsigned char> bytes);

// The bytes `text` encodes in base64 (original alphabet, padded), or nothing if it is not exactly
// that: no spaces, no trailing characters, no non-zero padding bits.
std::optional<std::vector<unsigned char>> from_base64(std::string_view text);

}  // namespace ispgen::sign
