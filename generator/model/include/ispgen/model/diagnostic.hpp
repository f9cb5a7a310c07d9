#pragma once
#include <string>
#include <vector>

#include "ispgen/model/location.hpp"

namespace ispgen::model {

enum class Severity { error, warning };

// One problem found in the input, printed as `file:line:col: error: message [code]`.
struct Diagnostic {
  Severity severity = Severity::error;
  Location at;
  std::string message;
  std::string code;
};

// The diagnostic as one line, without a trailing newline.
std::string format(const Diagnostic& diagnostic);

// Diagnostics collected over a run, in the order they were found.
class Diagnostics {
 public:
  void error(const Location& at, std::string code, std::string message);
  void warning(const Location& at, std::string code, std::string message);
  void add(Diagnostic diagnostic);
  void append(const Diagnostics& other);

  bool has_errors() const;
  std::size_t count(Severity severity) const;
  const std::vector<Diagnostic>& items() const { return items_; }

  // Sorted by file, line and column, with exact repeats removed.
  std::vector<Diagnostic> sorted() const;

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace ispgen::model
