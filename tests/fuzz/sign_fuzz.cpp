// Sign-off: files named "signing-keys", "*.signoff" and "*.key" (fuzz_input.hpp) parsed as
// `ispgen verify` and `ispgen sign` parse them; each ledger verified against the protocol of the
// sign-off fixtures (tests/bad/signoff) its name names, or the first. Whatever parses must
// read back the same once written out again.
#include <cstddef>
#include <cstdint>
#include <filesystem>

#include "fuzz_input.hpp"
#include "ispgen/build.hpp"
#include "ispgen/load.hpp"
#include "ispgen/model/resolve.hpp"
#include "ispgen/sign.hpp"

using namespace ispgen;

namespace {

// A protocol of the fixtures, resolved, and its digest.
struct Signed {
  model::Protocol resolved;
  std::string digest;
};

const std::vector<Signed>& protocols() {
  static const std::vector<Signed> out = [] {
    model::Diagnostics problems;
    const std::string identity = build::template_identity("", problems);
    const load::Result loaded = load::load_paths({ISPGEN_SOURCE_DIR "/tests/bad/signoff"});
    std::vector<Signed> v;
    for (const model::Register& reg : loaded.registers)
      for (const model::Protocol& p : reg.protocols) {
        model::Protocol resolved = model::resolve(reg, p);
        std::string digest = sign::digest(resolved, identity);
        v.push_back({std::move(resolved), std::move(digest)});
      }
    if (v.empty()) __builtin_trap();  // the fixtures must load
    return v;
  }();
  return out;
}

const Signed& protocol_named(const std::string& id) {
  for (const Signed& s : protocols())
    if (s.resolved.id == id) return s;
  return protocols().front();
}

void require(bool condition) {
  if (!condition) __builtin_trap();
}

bool same(const sign::Record& a, const sign::Record& b) {
  return a.org == b.org && a.name == b.name && a.role == b.role && a.protocol == b.protocol && a.version == b.version &&
         a.digest == b.digest && a.date == b.date && a.signature == b.signature;
}

// A record written as `ispgen sign` appends it reads back as it was.
void round_trip(const sign::Record& r) {
  model::Diagnostics d;
  const std::vector<sign::Record> back = sign::parse_ledger(sign::ledger_header(r.protocol) + sign::format_record(r), "x", d);
  require(back.size() == 1 && same(back.front(), r));
  (void)sign::signed_message(r);
}

// A trusted key written as a signing-keys line, with its dates, reads back as it was.
void round_trip(const sign::TrustedKey& k) {
  std::string line = sign::public_line(k.org, k.key);
  if (k.valid_from) line += " valid-from=" + k.valid_from->iso();
  if (k.valid_until) line += " valid-until=" + k.valid_until->iso();
  model::Diagnostics d;
  const std::vector<sign::TrustedKey> back = sign::parse_signing_keys(line + "\n", "signing-keys", d);
  require(back.size() == 1 && back[0].org == k.org && back[0].key == k.key && back[0].valid_from == k.valid_from &&
          back[0].valid_until == k.valid_until);
}

// A secret key file written out again reads back as the same key.
void round_trip(const sign::SecretKey& k) {
  model::Diagnostics d;
  const auto back = sign::parse_secret_key(sign::format_secret_key(k), "k.key", d);
  require(back && back->org == k.org && back->seed == k.seed);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  model::Diagnostics diags;
  std::vector<sign::TrustedKey> keys;
  std::vector<std::pair<std::string, std::vector<sign::Record>>> ledgers;
  for (const load::NamedText& f : fuzz::split_files(fuzz::text_of(data, size))) {
    const std::filesystem::path name(f.name);
    if (f.name == "signing-keys") {
      for (sign::TrustedKey& k : sign::parse_signing_keys(f.text, f.name, diags)) {
        round_trip(k);
        keys.push_back(std::move(k));
      }
    } else if (name.extension() == ".signoff") {
      ledgers.emplace_back(name.stem().string(), sign::parse_ledger(f.text, f.name, diags));
      for (const sign::Record& r : ledgers.back().second) round_trip(r);
    } else if (name.extension() == ".key") {
      if (const auto key = sign::parse_secret_key(f.text, f.name, diags)) round_trip(*key);
    }
  }
  for (const auto& [id, records] : ledgers) {
    const Signed& p = protocol_named(id);
    for (const sign::PartnerStatus& s : sign::verify(p.resolved, p.digest, keys, records, fuzz::today)) {
      (void)sign::status_word(s.status);
      require(s.status != sign::Status::valid || (s.record && s.record->digest == p.digest));
    }
  }
  for (const model::Diagnostic& d : diags.sorted()) (void)model::format(d);
  return 0;
}
