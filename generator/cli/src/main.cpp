#include <exception>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "commands.hpp"
#include "ispgen/out_of_memory.hpp"
#include "ispgen/suggest.hpp"
#include "usage.hpp"

namespace {

constexpr const char* help = R"(usage: ispgen COMMAND [OPTIONS] ARGS...

ispgen turns YAML definitions of an information sharing protocol into the
documents and forms a partnership runs on.

commands:
  check PATH...    check protocols and registers; print every problem
  build -o DIR PATH...
                   write each protocol's ISP document, its forms, and an index of them
  forms -o DIR [--form ID] PATH...
                   write only the forms (consent, referral, signing-in, confidentiality)
  diff OLD NEW     the changes between two versions of protocols, matched by id
  reviews PATH...  when each protocol's review is due; --ics FILE writes a calendar
  digest PATH...   each protocol's digest: the SHA-256 of its content, which sign-offs sign
  keygen --org ID --out KEYFILE
                   make an organisation's signing key; print its public line
  sign PROTOCOL --org ID --key KEYFILE --name NAME --role ROLE
                   sign the protocol's current version: append to its ledger (x.signoff)
  verify PATH...   each partner's sign-off: valid, stale (and the changes since), error or not signed

options:
  -h, --help       show this help (ispgen COMMAND --help for a command's)
  --version        print the version

exit status: 0 success, 1 the answer is no (errors found), 2 usage error or unreadable input
)";

int dispatch(const std::vector<std::string>& args) {
  using namespace ispgen::cli;
  if (args.empty()) {
    std::cerr << help;
    return exit_trouble;
  }
  const std::string& command = args[0];
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << help;
    return exit_ok;
  }
  if (command == "--version") {
    std::cout << "ispgen " << ISPGEN_VERSION << '\n';
    return exit_ok;
  }
  if (command == "check") return run_check(rest);
  if (command == "build") return run_build(rest);
  if (command == "forms") return run_forms(rest);
  if (command == "diff") return run_diff(rest);
  if (command == "reviews") return run_reviews(rest);
  if (command == "digest") return run_digest(rest);
  if (command == "keygen") return run_keygen(rest);
  if (command == "sign") return run_sign(rest);
  if (command == "verify") return run_verify(rest);
  if (command.starts_with('-')) return usage_error("unknown option '" + command + "'");
  return usage_error("unknown command '" + command + "'" + ispgen::did_you_mean(command, {"check", "build", "forms", "diff", "reviews", "digest", "keygen", "sign", "verify"}));
}

}  // namespace

int main(int argc, char** argv) {
  ispgen::exit_when_memory_runs_out();
  try {
    return dispatch(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const std::bad_alloc&) {
    ispgen::out_of_memory();
  } catch (const std::exception& e) {
    ispgen::cli::print_error(std::string("internal error: ") + e.what());
    return ispgen::cli::exit_trouble;
  }
}
