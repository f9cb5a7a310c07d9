// Diff: two versions of one register (fuzz_input.hpp: OLD, a line "#version new", then NEW),
// each loaded as `ispgen diff` loads them, compared, and reported in every format.
#include <cstddef>
#include <cstdint>

#include "fuzz_input.hpp"
#include "ispgen/diff.hpp"
#include "ispgen/load.hpp"

using namespace ispgen;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto [old_text, new_text] = fuzz::split_versions(fuzz::text_of(data, size));
  const load::Result old_version = load::load_register_texts(fuzz::folder, fuzz::split_files(old_text));
  const load::Result new_version = load::load_register_texts(fuzz::folder, fuzz::split_files(new_text));
  // `ispgen diff` compares only versions that load without an error.
  if (old_version.diagnostics.has_errors() || new_version.diagnostics.has_errors()) return -1;
  const std::vector<diff::ProtocolDiff> diffs = diff::diff_registers(old_version.registers, new_version.registers);
  (void)diff::format_text(diffs, true);
  (void)diff::format_markdown(diffs);
  (void)diff::format_json(diffs);
  for (const diff::ProtocolDiff& d : diffs) {
    (void)d.must_resign();
    (void)diff::history_entry(d, "2026-06-01");
  }
  return 0;
}
