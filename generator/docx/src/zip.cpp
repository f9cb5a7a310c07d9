#include "zip.hpp"

#include <zip.h>

namespace ispgen::docx {

std::string zip_members(const std::vector<Member>& members, std::string& error) {
  zip_error_t failure;
  zip_error_init(&failure);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &failure);
  zip_t* archive = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &failure) : nullptr;
  const auto fail = [&](const char* what) {
    error = std::string("cannot write the DOCX: ") + what;
    zip_error_fini(&failure);
    return std::string();
  };
  if (!archive) {
    if (buffer) zip_source_free(buffer);
    return fail(zip_error_strerror(&failure));
  }
  zip_source_keep(buffer);  // read the finished archive back after closing it
  constexpr zip_uint16_t dos_time = 0, dos_date = (0 << 9) | (1 << 5) | 1;  // 1980-01-01 00:00
  for (const auto& [path, bytes] : members) {
    zip_source_t* data = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    const zip_int64_t index = data ? zip_file_add(archive, path.c_str(), data, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      if (data) zip_source_free(data);
      zip_discard(archive);
      zip_source_free(buffer);
      return fail("cannot add a part");
    }
    const auto i = static_cast<zip_uint64_t>(index);
    zip_set_file_compression(archive, i, ZIP_CM_DEFLATE, 6);
    zip_file_set_dostime(archive, i, dos_time, dos_date, 0);
  }
  if (zip_close(archive) != 0) {
    zip_discard(archive);
    zip_source_free(buffer);
    return fail("cannot finish the archive");
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
  zip_error_fini(&failure);
  if (out.empty()) error = "cannot write the DOCX: cannot read the archive back";
  return out;
}

}  // namespace ispgen::docx
