# Writes OUTPUT: a C++ table of the files under SOURCE matching PATTERN, by relative path, as
# `const std::vector<std::pair<std::string_view, std::string_view>>& NAMESPACE::FUNCTION()`
# (declared in the including folder's src/embedded.hpp). Used for templates/ and forms/.
file(GLOB_RECURSE files RELATIVE ${SOURCE} ${SOURCE}/${PATTERN})
list(SORT files)
get_filename_component(folder ${SOURCE} NAME)
set(body "// Generated from ${folder}/ by generator/embed_files.cmake; do not edit.\n")
string(APPEND body "#include \"embedded.hpp\"\n\nnamespace ${NAMESPACE} {\n\n")
string(APPEND body "const std::vector<std::pair<std::string_view, std::string_view>>& ${FUNCTION}() {\n")
string(APPEND body "  static const std::vector<std::pair<std::string_view, std::string_view>> files = {\n")
foreach(f ${files})
  file(READ ${SOURCE}/${f} text)
  string(APPEND body "      {\"${f}\", R\"ispgen_embedded(${text})ispgen_embedded\"},\n")
endforeach()
string(APPEND body "  };\n  return files;\n}\n\n}  // namespace ${NAMESPACE}\n")
file(WRITE ${OUTPUT}.tmp "${body}")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
