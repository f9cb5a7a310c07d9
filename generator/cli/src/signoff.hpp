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

}  // namespace ispgen::cli
