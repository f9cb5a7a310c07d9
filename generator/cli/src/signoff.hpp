#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "ispgen/model/date.hpp"
#include "ispgen/model/diagnostic.hpp"
#include "ispgen/model/protocol.hpp"
#include "ispgen/sign.hpp"

// What digest, sign and verify share: the template set's identity, protocols loaded and
// checked, and the small sign-off files read whole.
namespace ispgen::cli {

// The identity of the built-in templates (with `templates_dir`'s files replacing theirs) and the
// built-in form definitions; nothing, with the problems printed, if a template cannot be read.
std::optional<std::string> template_identity(const std::string& templates_dir);

// A protocol asked for on the command line, resolved, with its digest.
struct Signable {
  const model::Register* reg = nullptr;
  const model::Protocol* written = nullptr;  // as its file says
  model::Protocol resolved;
  std::string digest;
};

// Registers loaded from `paths` and checked. If any has an error, the errors are printed with
// "ispgen: <refusal>: N errors" and `status` is exit_no (exit_trouble for unreadable input).
struct Checked {
  std::vector<model::Register> registers;
  int status = 0;
};
Checked load_checked(const std::vector<std::string>& paths, model::Date today, std::string_view refusal);

// Every protocol of `registers` named on the command line (not parents loaded for context).
std::vector<Signable> signables(const std::vector<model::Register>& registers, std::string_view template_identity);

// A small sign-off file read whole (sign::read_signoff_file).
using TextFile = sign::TextFile;
TextFile read_text_file(const std::string& path, model::Diagnostics& diagnostics);

// The keys of the register `protocol_file` is in; a missing signing-keys file gives none.
// `present` says whether it exists.
struct KeyList {
  std::vector<sign::TrustedKey> keys;
  bool present = false;
  bool readable = true;  // false when it exists but cannot be read (reported)
};
KeyList read_signing_keys(const std::string& protocol_file, model::Diagnostics& diagnostics);

// `e` as a lowercase reason, as diagnostics print it.
std::string reason(const std::error_code& e);

// Prints every diagnostic, sorted; returns how many are errors.
std::size_t print_diagnostics(const model::Diagnostics& diagnostics);

}  // namespace ispgen::cli
