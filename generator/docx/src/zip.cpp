#include "zip.hpp"

#include <zip.h>

#include <cctype>

#include "ispgen/out_of_memory.hpp"

namespace ispgen::docx {
namespace {

// Ends the run when libzip failed for want of memory.
void exit_if_out_of_memory(const zip_error_t* error) {
  if (zip_error_code_zip(error) == ZIP_ER_MEMORY) out_of_memory();
}

// libzip's message ("Malloc failure") as the tail of ours.
std::string reason(const char* message) {
  std::string s = message ? message : "unknown error";
  if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

}  // namespace

std::string zip_members(const std::vector<Member>& members, std::string& error) {
  zip_error_t failure;
  zip_error_init(&failure);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &failure);
  zip_t* archive = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &failure) : nullptr;
  const auto fail = [&](const std::string& what) {
    error = "cannot write the DOCX: " + what;
    zip_error_fini(&failure);
    return std::string();
  };
  if (!archive) {
    exit_if_out_of_memory(&failure);
    if (buffer) zip_source_free(buffer);
    return fail(reason(zip_error_strerror(&failure)));
  }
  zip_source_keep(buffer);  // read the finished archive back after closing it
  constexpr zip_uint16_t dos_time = 0, dos_date = (0 << 9) | (1 << 5) | 1;  // 1980-01-01 00:00
  for (const auto& [path, bytes] : members) {
    zip_source_t* data = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    const zip_int64_t index = data ? zip_file_add(archive, path.c_str(), data, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0 || zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 6) != 0 ||
        zip_file_set_dostime(archive, static_cast<zip_uint64_t>(index), dos_time, dos_date, 0) != 0) {
      exit_if_out_of_memory(zip_get_error(archive));
      if (data && index < 0) zip_source_free(data);
      const std::string why = "cannot add " + path + ": " + reason(zip_strerror(archive));
      zip_discard(archive);
      zip_source_free(buffer);
      return fail(why);
    }
  }
  if (zip_close(archive) != 0) {
    exit_if_out_of_memory(zip_get_error(archive));
    const std::string why = reason(zip_strerror(archive));
    zip_discard(archive);
    zip_source_free(buffer);
    return fail(why);
  }
  std::string out;
  zip_stat_t stat;
  if (zip_source_stat(buffer, &stat) == 0 && zip_source_open(buffer) == 0) {
    out.resize(stat.size);
    const zip_int64_t read = zip_source_read(buffer, out.data(), out.size());
    zip_source_close(buffer);
    if (read != static_cast<zip_int64_t>(out.size())) out.clear();
  }
  zip_source_free(buffer);
  if (out.empty()) return fail("cannot read the archive back");
  zip_error_fini(&failure);
  return out;
}

}  // namespace ispgen::docx
