#include <iostream>

#include "commands.hpp"
#include "ispgen/files.hpp"
#include "ispgen/sign.hpp"
#include "signoff.hpp"
#include "usage.hpp"

namespace ispgen::cli {
namespace {

constexpr const char* help = R"(usage: ispgen keygen --org ID --out KEYFILE

Makes an Ed25519 key for the organisation ID to sign protocols with. Writes the secret key to
KEYFILE, readable by its owner only (mode 0600), and prints the public key line, `ID ed25519
KEY`, for the register's signing-keys file. KEYFILE must not exist: keygen never replaces a key.

options:
  --org ID         the organisation's partner id, as the protocols name it (e.g. SWP)
  --out KEYFILE    the secret key file to create
  -h, --help       show this help

Keep KEYFILE private: whoever holds it can sign for ID. To retire it, give its signing-keys
line a valid-until date.
exit status: 0 written, 2 usage error, or KEYFILE exists or cannot be written
docs: docs/signing.md
)";

}  // namespace

int run_keygen(const std::vector<std::string>& args) {
  const ParsedArgs parsed = parse_args(args, {{"--org", true}, {"--out", true}}, "keygen");
  if (!parsed.ok) return exit_trouble;
  if (parsed.help) {
    std::cout << help;
    return exit_ok;
  }
  if (!parsed.operands.empty()) return usage_error("keygen takes no PATH: name the key file with --out KEYFILE", "keygen");
  const std::string org = parsed.value("--org"), out = parsed.value("--out");
  if (org.empty()) return usage_error("keygen needs the organisation: --org ID", "keygen");
  if (out.empty()) return usage_error("keygen needs the key file to write: --out KEYFILE", "keygen");
  if (!sign::is_org_id(org))
    return usage_error("'" + org + "' is not an organisation id (letters, digits, '-', '_' and '.')", "keygen");

  const sign::SecretKey key = sign::generate_key(org);
  if (const std::error_code error = sign::write_new_key_file(out, key)) {
    model::Diagnostics problem;
    if (error == std::errc::file_exists)
      problem.error({out, 0, 0}, "key-exists", "the file exists: keygen never replaces a key file");
    else
      problem.error({out, 0, 0}, "unwritable", "cannot write the key file: " + lowercase_reason(error));
    print_diagnostics(problem);
    return exit_trouble;
  }
  std::cout << sign::public_line(org, key.public_key()) << '\n';
  std::cerr << "wrote the secret key for " << org << " to " << out
            << " (mode 0600): keep it private; add the line above to the register's signing-keys\n";
  return exit_ok;
}

}  // namespace ispgen::cli
