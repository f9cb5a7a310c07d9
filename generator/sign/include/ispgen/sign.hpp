#pragma once
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "ispgen/model/date.hpp"
#include "ispgen/model/diagnostic.hpp"
#include "ispgen/model/location.hpp"
#include "ispgen/model/protocol.hpp"

// Sign-off: a protocol's content as canonical bytes and their SHA-256 digest, Ed25519 keys, the
// sign-off ledger beside each protocol, and verifying it (docs/signing.md describes every format).
namespace ispgen::sign {

// ---- Digest ----

// SHA-256 of `bytes`, 64 lowercase hex characters.
std::string sha256_hex(std::string_view bytes);

// The files of a template set as template_set_identity() takes them: the document templates by
// their relative path (compose::Templates::files, all *.md) together with the form definitions by
// "forms/" + file name (forms::definition_files()).
std::map<std::string, std::string> template_set_files(const std::map<std::string, std::string>& templates,
                                                      const std::map<std::string, std::string>& form_definitions);

// SHA-256 (hex) identifying a set of template/form-definition files, by relative path and content.
std::string template_set_identity(const std::map<std::string, std::string>& files);

// The canonical bytes of a resolved protocol (model::resolve output) plus the template set identity.
std::string canonical_bytes(const model::Protocol& resolved, std::string_view template_identity);

// SHA-256 of canonical_bytes, 64 lowercase hex characters.
std::string digest(const model::Protocol& resolved, std::string_view template_identity);

// The short digest shown in footers (first 12 hex characters).
std::string short_digest(std::string_view digest);

// ---- Keys ----

// An Ed25519 public key.
using PublicKey = std::array<unsigned char, 32>;

// An Ed25519 secret key (its 32-byte seed) and the organisation it signs for; zeroed when it goes.
struct SecretKey {
  std::string org;
  std::array<unsigned char, 32> seed{};

  SecretKey() = default;
  SecretKey(const SecretKey&) = default;
  SecretKey& operator=(const SecretKey&) = default;
  ~SecretKey();

  // The public half of the key.
  PublicKey public_key() const;
};

// Whether `id` can name an organisation in keys and ledgers (a partner id: letters, digits, '-', '_', '.').
bool is_org_id(std::string_view id);

// A new key for `org` from the system's random source.
SecretKey generate_key(const std::string& org);

// The secret key file's text (docs/signing.md).
std::string format_secret_key(const SecretKey& key);

// A secret key file's text read back; nothing, with diagnostics at `file`, if it is not one.
std::optional<SecretKey> parse_secret_key(std::string_view text, const std::string& file, model::Diagnostics& diagnostics);

// Creates `path` with mode 0600 and writes the key to it, never replacing an existing file (nor
// writing through a symbolic link). Returns why it failed (std::errc::file_exists when the file
// was there), or no error.
std::error_code write_new_key_file(const std::string& path, const SecretKey& key);

// "ID ed25519 BASE64KEY": the line a register's signing-keys file holds for a key.
std::string public_line(const std::string& org, const PublicKey& key);

// A key a register trusts to sign for one organisation, between two dates if it says so.
struct TrustedKey {
  std::string org;
  PublicKey key{};
  std::optional<model::Date> valid_from;   // first day it may sign, inclusive
  std::optional<model::Date> valid_until;  // last day it may sign, inclusive
  model::Location at;                      // its line in signing-keys

  // Whether the key may sign on `date`: within its validity dates, where it has them.
  bool valid_on(model::Date date) const;
};

// The file of trusted keys at the root of the register holding `protocol_file`: "dir/signing-keys".
std::string signing_keys_path(const std::string& protocol_file);

// A signing-keys file read: one key per line; bad lines are diagnostics at `file` and left out.
std::vector<TrustedKey> parse_signing_keys(std::string_view text, const std::string& file, model::Diagnostics& diagnostics);

// ---- Ledger ----

// One sign-off: an organisation's signatory agreeing to one version of a protocol. As a model
// element, `at` is where the record starts in its ledger and `where(field)` where a field's value is.
struct Record : model::Element {
  std::string org;
  std::string name;  // the signatory
  std::string role;
  std::string protocol;  // the protocol's id
  std::string version;
  std::string digest;  // 64 lowercase hex characters, as digest() gives
  model::Date date;
  std::string signature;  // base64 of the Ed25519 signature, as written in the ledger
};

// The sign-off ledger file beside a protocol file: "dir/x.yaml" -> "dir/x.signoff".
std::string ledger_path(const std::string& protocol_file);

// Why `text` cannot be a signatory's name or role ("" if it can): empty, too long, not UTF-8,
// a control character (a newline would forge a ledger line), or spaces at either end.
std::string signatory_text_problem(std::string_view text);

// The bytes a record's signature covers: every field but the signature, tagged and length-prefixed.
std::string signed_message(const Record& record);

// `record` with its signature made by `key`.
Record sign_record(Record record, const SecretKey& key);

// The first lines of a new ledger: a comment saying what the file is.
std::string ledger_header(std::string_view protocol_id);

// One record as the ledger holds it: its fields, one per line, and a blank line before it.
std::string format_record(const Record& record);

// `text` (lines ending in LF) with the line ends of `file`: CRLF if its first line ends in CRLF,
// as in a Windows checkout, so an appended record matches the ledger it is appended to.
std::string in_line_ends_of(std::string_view file, std::string_view text);

// Replaces the ledger at `path` with `text` through a temporary file beside it, synced and then
// renamed, so that a crash leaves the old ledger or the new one, never half a record.
std::error_code replace_ledger(const std::string& path, std::string_view text);

// An exclusive lock on the folder that holds a ledger, so that signs onto it run one at a time
// from reading the ledger to replacing it; released when destroyed.
class LedgerLock {
 public:
  LedgerLock() = default;
  LedgerLock(LedgerLock&& other) noexcept;
  LedgerLock& operator=(LedgerLock&& other) noexcept;
  ~LedgerLock();

 private:
  friend std::error_code lock_ledger(const std::string& path, LedgerLock& lock);
  int fd_ = -1;
};

// Takes `lock` on the folder of the ledger at `path`, waiting while another sign holds it.
std::error_code lock_ledger(const std::string& path, LedgerLock& lock);

// A ledger's records, in file order; malformed lines or records are diagnostics at `file` and
// the record is left out.
std::vector<Record> parse_ledger(std::string_view text, const std::string& file, model::Diagnostics& diagnostics);

// ---- Files ----

// A sign-off file (a ledger or signing-keys) read whole: `missing` when it is not there; a file
// that is there but unreadable, not a regular file or over 4 MiB is a diagnostic and not `ok`.
struct TextFile {
  bool missing = false;
  bool ok = false;
  std::string text;
};
TextFile read_signoff_file(const std::string& path, model::Diagnostics& diagnostics);

// A register's trusted keys, read from the signing-keys at its root.
struct TrustedKeys {
  std::vector<TrustedKey> keys;
  bool present = false;   // the register has a signing-keys file
  bool readable = true;   // false when the file is there but could not be read
};

// The keys of the register holding `protocol_file`: none when it has no signing-keys; bad lines
// and an unreadable file are diagnostics.
TrustedKeys read_trusted_keys(const std::string& protocol_file, model::Diagnostics& diagnostics);

// A protocol's sign-off ledger, read from beside its file.
struct Ledger {
  std::vector<Record> records;
  bool readable = true;  // false when the file is there but could not be read
};

// The records of the ledger beside `protocol_file`: none when there is none; malformed records and
// an unreadable file are diagnostics.
Ledger read_ledger(const std::string& protocol_file, model::Diagnostics& diagnostics);

// ---- Verify ----

// What the ledger says about a partner (or a record says, for check_records).
enum class Status { valid, stale, invalid, not_signed };

// "valid", "stale", "error" or "not signed": the word verify prints.
std::string_view status_word(Status status);

// One record judged against the protocol: valid (signed this digest), stale (a good signature
// on an earlier version) or invalid, with why and the code of the diagnostic for it.
struct RecordCheck {
  Record record;
  Status status = Status::invalid;
  std::string reason;  // for invalid: lowercase, no final period
  std::string code;    // for invalid: the diagnostic code, e.g. "signature-invalid"
  std::string field;   // for invalid: the record's field the reason is about, e.g. "signature"
};

// Every record in ledger order, judged: signature valid under a trusted key of the record's
// organisation whose validity window holds the record's date, the date not after `today`, the
// protocol id the protocol's, the organisation one of its partners; then valid if the digest is
// `digest`, invalid if the version is the current one but the digest is not, else stale.
std::vector<RecordCheck> check_records(const model::Protocol& resolved, std::string_view digest,
                                       const std::vector<TrustedKey>& keys, const std::vector<Record>& records,
                                       model::Date today);

// A partner's standing: valid if a record of it signed the current digest (the newest such),
// else invalid if any record of it is invalid, else stale (the newest stale record), else not signed.
struct PartnerStatus {
  std::string org;
  Status status = Status::not_signed;
  std::optional<Record> record;        // the record that decided it
  std::string reason;                  // for invalid: the reason of that record
  std::vector<RecordCheck> invalid;    // every invalid record of this partner, reported even when valid
};

// Per partner of the resolved protocol (in the protocol's partner order), what its records,
// already judged by check_records(), say.
std::vector<PartnerStatus> partner_statuses(const model::Protocol& resolved, const std::vector<RecordCheck>& checks);

// Per partner of the resolved protocol (in the protocol's partner order), what the ledger says,
// given the trusted keys: partner_statuses() of check_records(). `today` bounds record dates.
std::vector<PartnerStatus> verify(const model::Protocol& resolved, std::string_view digest,
                                  const std::vector<TrustedKey>& keys, const std::vector<Record>& records, model::Date today);

}  // namespace ispgen::sign
