#include <iostream>

#include "commands.hpp"
#include "signoff.hpp"
#include "today.hpp"
#include "usage.hpp"

namespace ispgen::cli {
namespace {

constexpr const char* help = R"(usage: ispgen digest [--templates DIR] PATH...

Prints the digest of each protocol under each PATH (protocol files or register folders), one
line each: the SHA-256 of its content, two spaces, its id, two spaces, its version. The digest
covers the protocol as it applies (partners from the directory, gateways from the library,
inheritance from parents resolved) and the template set the documents are made with, not the
YAML's formatting, key order or comments. Documents show its first 12 characters; `ispgen sign`
signs it. The protocols must check without errors.

options:
  --templates DIR    templates that replace the built-in ones, as for build: another template
                     set makes another document, and so another digest
  -h, --help         show this help

exit status: 0 printed, 1 a protocol has errors (nothing printed), 2 usage error or unreadable input
docs: docs/signing.md
)";

}  // namespace

int run_digest(const std::vector<std::string>& args) {
  const ParsedArgs parsed = parse_args(args, {{"--templates", true}}, "digest");
  if (!parsed.ok) return exit_trouble;
  if (parsed.help) {
    std::cout << help;
    return exit_ok;
  }
  if (parsed.operands.empty()) return usage_error("digest needs at least one PATH (a protocol file or a folder)", "digest");
  const auto identity = template_identity(parsed.value("--templates"));
  if (!identity) return exit_trouble;
  const auto today = today_option(parsed, "digest");
  const Checked checked = load_checked(parsed.operands, *today, "no digest printed");
  if (checked.status != exit_ok) return checked.status;
  for (const Signable& s : signables(checked.registers, *identity))
    std::cout << s.digest << "  " << s.resolved.id << "  " << s.resolved.version << '\n';
  return exit_ok;
}

}  // namespace ispgen::cli
