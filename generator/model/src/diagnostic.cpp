#include "ispgen/model/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace ispgen::model {

std::string format(const Diagnostic& d) {
  std::string out = d.at.file.empty() ? std::string("ispgen") : d.at.file.str();
  if (d.at.line > 0) {
    out += ':' + std::to_string(d.at.line);
    if (d.at.column > 0) out += ':' + std::to_string(d.at.column);
  }
  out += d.severity == Severity::error ? ": error: " : ": warning: ";
  out += d.message;
  if (!d.code.empty()) out += " [" + d.code + ']';
  return out;
}

void Diagnostics::error(const Location& at, std::string code, std::string message) {
  items_.push_back({Severity::error, at, std::move(message), std::move(code)});
}

void Diagnostics::warning(const Location& at, std::string code, std::string message) {
  items_.push_back({Severity::warning, at, std::move(message), std::move(code)});
}

void Diagnostics::add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

bool Diagnostics::has_errors() const { return count(Severity::error) > 0; }

std::size_t Diagnostics::count(Severity severity) const {
  return static_cast<std::size_t>(std::count_if(
      items_.begin(), items_.end(), [&](const Diagnostic& d) { return d.severity == severity; }));
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  auto key = [](const Diagnostic& d) {
    return std::tie(d.at.file, d.at.line, d.at.column, d.severity, d.code, d.message);
  };
  std::vector<Diagnostic> out = items_;
  std::stable_sort(out.begin(), out.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  out.erase(std::unique(out.begin(), out.end(),
                        [&](const Diagnostic& a, const Diagnostic& b) { return key(a) == key(b); }),
            out.end());
  return out;
}

}  // namespace ispgen::model
