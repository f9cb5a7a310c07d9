#include <algorithm>
#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "ispgen/files.hpp"
#include "ispgen/sign.hpp"
#include "ispgen/suggest.hpp"
#include "signoff.hpp"
#include "today.hpp"
#include "usage.hpp"

namespace ispgen::cli {
namespace {

constexpr const char* help = R"(usage: ispgen sign PROTOCOL --org ID --key KEYFILE --name NAME --role ROLE [--date YYYY-MM-DD]

Records that ID's signatory agrees to the protocol as it is now: appends a record to the
protocol's sign-off ledger (x.signoff beside x.yaml) holding the organisation, the signatory's
name and role, the protocol's id, version and digest, the date, and an Ed25519 signature over
all of them made with KEYFILE (from ispgen keygen). The protocol must check without errors and
ID must be one of its partners. The ledger is replaced whole, never left with half a record.

options:
  --org ID           the partner signing; KEYFILE must be its key
  --key KEYFILE      the secret key file ispgen keygen wrote
  --name NAME        the signatory's name
  --role ROLE        the signatory's role, e.g. "Chief Executive"
  --date DATE        the date of the sign-off (default: today, or SOURCE_DATE_EPOCH's date)
  --templates DIR    the template set the documents are made with, as for build
  -h, --help         show this help

exit status: 0 signed, 1 the protocol has errors, ID is not a partner or KEYFILE is another
organisation's key (nothing written), 2 usage error, unreadable input or unwritable ledger
docs: docs/signing.md
)";

// The sign-off date: --date, else SOURCE_DATE_EPOCH's date, else today; never after today.
std::optional<model::Date> signing_date(const ParsedArgs& parsed, model::Date today) {
  const std::string text = parsed.value("--date");
  if (text.empty()) {
    const SourceDateEpoch epoch = source_date_epoch("sign");
    if (!epoch.ok) return std::nullopt;
    return epoch.seconds ? model::date_from_serial(*epoch.seconds / 86400) : today;
  }
  const auto date = model::parse_date(text, false, nullptr);
  if (!date) {
    usage_error("--date needs a date YYYY-MM-DD, not '" + text + "'", "sign");
    return std::nullopt;
  }
  if (today < *date) {
    usage_error("--date " + text + " is after today: a sign-off cannot be dated ahead", "sign");
    return std::nullopt;
  }
  return date;
}

// Whether `key` is in the register's signing-keys for its organisation on `date`; a warning if not.
void warn_if_untrusted(const std::string& protocol_file, const sign::SecretKey& key, model::Date date,
                       model::Diagnostics& diagnostics) {
  model::Diagnostics ignored;  // verify reports signing-keys' own problems
  const sign::TrustedKeys trusted = sign::read_trusted_keys(protocol_file, ignored);
  const sign::PublicKey mine = key.public_key();
  for (const sign::TrustedKey& t : trusted.keys)
    if (t.org == key.org && t.key == mine && t.valid_on(date)) return;
  diagnostics.warning({sign::signing_keys_path(protocol_file), 0, 0}, "key-not-trusted",
                      "this key is not trusted for '" + key.org + "' on " + date.iso() +
                          ": verify reports the sign-off as an error until signing-keys holds the line '" +
                          sign::public_line(key.org, mine) + "'");
}

// The secret key in `path`, for `org`; nothing, with the problem in `diagnostics` and `status`.
std::optional<sign::SecretKey> read_key(const std::string& path, const std::string& org, model::Diagnostics& diagnostics,
                                        int& status) {
  const sign::TextFile file = sign::read_signoff_file(path, diagnostics);
  if (file.missing) diagnostics.error({path, 0, 0}, "unreadable", "no such file");
  std::optional<sign::SecretKey> key;
  if (file.ok) key = sign::parse_secret_key(file.text, path, diagnostics);
  if (!key) {
    status = exit_trouble;
  } else if (key->org != org) {
    diagnostics.error({path, 0, 0}, "wrong-key", "this key signs for '" + key->org + "', not '" + org + "'");
    key.reset();
  }
  return key;
}

}  // namespace

int run_sign(const std::vector<std::string>& args) {
  const ParsedArgs parsed = parse_args(
      args, {{"--org", true}, {"--key", true}, {"--name", true}, {"--role", true}, {"--date", true}, {"--templates", true}},
      "sign");
  if (!parsed.ok) return exit_trouble;
  if (parsed.help) {
    std::cout << help;
    return exit_ok;
  }
  if (parsed.operands.size() != 1) return usage_error("sign needs one PROTOCOL file", "sign");
  const std::string& file = parsed.operands.front();
  if (std::filesystem::is_directory(file)) return usage_error("sign needs one PROTOCOL file, not a folder: " + file, "sign");
  for (const char* option : {"--org", "--key", "--name", "--role"})
    if (parsed.value(option).empty()) return usage_error(std::string("sign needs ") + option, "sign");
  const std::string org = parsed.value("--org");
  for (const char* option : {"--name", "--role"})
    if (const std::string problem = sign::signatory_text_problem(parsed.value(option)); !problem.empty())
      return usage_error(std::string(option) + " cannot be used: " + problem, "sign");
  const auto today = today_option(parsed, "sign");
  const auto date = signing_date(parsed, *today);
  if (!date) return exit_trouble;
  const auto identity = template_identity(parsed.value("--templates"));
  if (!identity) return exit_trouble;

  const Checked checked = load_checked({file}, *today, "nothing signed");
  if (checked.status != exit_ok) return checked.status;
  std::vector<Signable> found = signables(checked.registers, *identity);
  if (found.size() != 1) return usage_error("sign needs one PROTOCOL file", "sign");
  const Signable& s = found.front();
  const std::string& protocol_file = s.written->at.file;

  model::Diagnostics problems;
  std::vector<std::string_view> partners;
  for (const model::Partner& p : s.resolved.partners) partners.push_back(p.id);
  if (std::find(partners.begin(), partners.end(), org) == partners.end())
    problems.error(s.written->where("partners"), "not-a-partner",
                   "'" + org + "' is not a partner of protocol '" + s.resolved.id + "'" + did_you_mean(org, partners));
  int status = exit_ok;
  const std::optional<sign::SecretKey> key = read_key(parsed.value("--key"), org, problems, status);
  const std::string ledger = sign::ledger_path(protocol_file);
  sign::LedgerLock lock;
  if (const std::error_code error = sign::lock_ledger(ledger, lock)) {
    problems.error({ledger, 0, 0}, "unwritable", "cannot lock the ledger's folder: " + lowercase_reason(error));
    status = exit_trouble;
  }
  const sign::TextFile existing = sign::read_signoff_file(ledger, problems);
  if (existing.ok) sign::parse_ledger(existing.text, ledger, problems);
  else if (!existing.missing) status = exit_trouble;
  if (key && !problems.has_errors()) warn_if_untrusted(protocol_file, *key, *date, problems);
  if (const std::size_t errors = print_diagnostics(problems); errors > 0) {
    std::cerr << "ispgen: nothing signed: " << errors << (errors == 1 ? " error\n" : " errors\n");
    return status != exit_ok ? status : exit_no;
  }

  sign::Record record;
  record.org = org;
  record.name = parsed.value("--name");
  record.role = parsed.value("--role");
  record.protocol = s.resolved.id;
  record.version = s.resolved.version;
  record.digest = s.digest;
  record.date = *date;
  record = sign::sign_record(std::move(record), *key);
  std::string text = existing.ok ? existing.text : sign::ledger_header(s.resolved.id);
  if (!text.empty() && text.back() != '\n') text += '\n';
  if (const std::error_code error = sign::replace_ledger(ledger, text + sign::in_line_ends_of(text, sign::format_record(record)))) {
    model::Diagnostics unwritable;
    unwritable.error({ledger, 0, 0}, "unwritable", "cannot write the ledger: " + lowercase_reason(error));
    print_diagnostics(unwritable);
    return exit_trouble;
  }
  std::cout << "signed " << s.resolved.id << " version " << s.resolved.version << " (digest "
            << sign::short_digest(s.digest) << ") for " << org << ": " << record.name << ", " << record.role << ", "
            << date->iso() << "\nappended to " << ledger << '\n';
  return exit_ok;
}

}  // namespace ispgen::cli
