#include <algorithm>
#include <iostream>
#include <map>

#include "changes_since.hpp"
#include "commands.hpp"
#include "ispgen/sign.hpp"
#include "signoff.hpp"
#include "today.hpp"
#include "usage.hpp"

namespace ispgen::cli {
namespace {

constexpr const char* help = R"(usage: ispgen verify [--require-all] [--today YYYY-MM-DD] [--templates DIR] PATH...

Checks the sign-off ledger (x.signoff beside x.yaml) of each protocol under each PATH (protocol
files or register folders) against the protocol as it is now and the keys the register trusts
(signing-keys at its root). Prints, per protocol and partner, one of:
  valid       signed the current version: version, date and signatory
  stale       signed an earlier version: which, when, and the material changes since (from the
              register's git history, else from the protocol's version history)
  error       a sign-off that does not hold: altered, key unknown or outside its validity dates,
              dated after today, for another protocol or version (also printed on stderr)
  not signed  no sign-off at all

options:
  --require-all      exit 1 unless every partner has signed the current version
  --today DATE       the date sign-offs may not be after, and reviews are checked against (default: today)
  --templates DIR    the template set the documents are made with, as for build
  -h, --help         show this help

exit status: 0 no invalid sign-off (and, with --require-all, every partner signed), 1 an invalid
sign-off, a protocol or ledger with errors, or with --require-all a partner without a valid
sign-off, 2 usage error or unreadable input
docs: docs/signing.md
)";

// The changes since each signed digest of one protocol, found once however many partners signed it.
using ChangesCache = std::map<std::string, ChangesSince>;

// One partner's line: what its sign-off says, with the changes since for a stale one.
std::string partner_line(const sign::PartnerStatus& s, const Signable& now, std::string_view identity, std::size_t width,
                         ChangesCache& cache) {
  std::string line = "  " + s.org + std::string(width - s.org.size() + 2, ' ');
  const std::string word(sign::status_word(s.status));
  line += word + std::string(12 - word.size(), ' ');
  if (!s.record) return line.substr(0, line.find_last_not_of(' ') + 1) + '\n';
  const sign::Record& r = *s.record;
  switch (s.status) {
    case sign::Status::valid:
      return line + "version " + r.version + ", signed " + r.date.iso() + " by " + r.name + ", " + r.role + '\n';
    case sign::Status::stale: {
      auto found = cache.find(r.digest + r.version);
      if (found == cache.end()) found = cache.emplace(r.digest + r.version, changes_since(now, r, identity)).first;
      const ChangesSince& since = found->second;
      line += "signed version " + r.version + " on " + r.date.iso() + " by " + r.name + "; " + since.summary +
              (since.source.empty() ? "" : " (" + since.source + ")") + (since.lines.empty() ? "\n" : ":\n");
      for (const std::string& change : since.lines) line += std::string(width + 18, ' ') + change + '\n';
      return line;
    }
    default: return line + s.reason + '\n';
  }
}

}  // namespace

int run_verify(const std::vector<std::string>& args) {
  const ParsedArgs parsed = parse_args(args, {{"--require-all", false}, {"--today", true}, {"--templates", true}}, "verify");
  if (!parsed.ok) return exit_trouble;
  if (parsed.help) {
    std::cout << help;
    return exit_ok;
  }
  if (parsed.operands.empty()) return usage_error("verify needs at least one PATH (a protocol file or a folder)", "verify");
  const auto today = today_option(parsed, "verify");
  if (!today) return exit_trouble;
  const auto identity = template_identity(parsed.value("--templates"));
  if (!identity) return exit_trouble;
  const Checked checked = load_checked(parsed.operands, *today, "nothing verified");
  if (checked.status != exit_ok) return checked.status;

  bool trouble = false, errors = false, unsigned_partner = false;
  std::map<std::string, sign::TrustedKeys> registers_keys;  // by signing-keys path: read, and reported, once
  for (const Signable& s : signables(checked.registers, *identity)) {
    const std::string& file = s.written->at.file;
    model::Diagnostics problems;
    auto [entry, first] = registers_keys.try_emplace(sign::signing_keys_path(file));
    if (first) entry->second = sign::read_trusted_keys(file, problems);
    const sign::TrustedKeys& keys = entry->second;
    const sign::Ledger ledger = sign::read_ledger(file, problems);
    trouble = trouble || !keys.readable || !ledger.readable;
    const std::vector<sign::RecordCheck> checks = sign::check_records(s.resolved, s.digest, keys.keys, ledger.records, *today);
    for (const sign::RecordCheck& c : checks) {
      if (c.status != sign::Status::invalid) continue;
      const bool no_file = c.code == "key-unknown" && !keys.present;
      problems.error(c.record.where(c.field), c.code,
                     "sign-off by '" + c.record.org + "': " + c.reason + (no_file ? " (the register has no signing-keys file)" : ""));
    }
    const std::vector<sign::PartnerStatus> statuses = sign::partner_statuses(s.resolved, checks);
    std::size_t width = 0, signed_now = 0;
    for (const sign::PartnerStatus& p : statuses) {
      width = std::max(width, p.org.size());
      signed_now += p.status == sign::Status::valid;
    }
    std::cout << s.resolved.id << " version " << s.resolved.version << ", digest " << sign::short_digest(s.digest) << " ("
              << file << ")\n";
    ChangesCache cache;
    for (const sign::PartnerStatus& p : statuses) std::cout << partner_line(p, s, *identity, width, cache);
    std::cout << "  " << signed_now << " of " << statuses.size() << (statuses.size() == 1 ? " partner has" : " partners have")
              << " signed version " << s.resolved.version << '\n';
    std::cout.flush();
    errors = print_diagnostics(problems) > 0 || errors;
    unsigned_partner = unsigned_partner || signed_now < statuses.size();
  }
  if (trouble) return exit_trouble;
  return errors || (parsed.has("--require-all") && unsigned_partner) ? exit_no : exit_ok;
}

}  // namespace ispgen::cli
