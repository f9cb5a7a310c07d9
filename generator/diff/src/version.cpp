#include <algorithm>
#include <cctype>

#include "ispgen/diff.hpp"

namespace ispgen::diff {
namespace {

bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// A whole number written in decimal, plus one, however long it is.
std::string plus_one(std::string number) {
  for (auto it = number.rbegin(); it != number.rend(); ++it) {
    if (*it != '9') {
      ++*it;
      return number;
    }
    *it = '0';
  }
  return "1" + number;
}

// `version` with its first (major) or second (minor) number raised and those after it zeroed:
// "1.2" -> "2.0" or "1.3", "1" -> "2" or "1.1", "v1.2" -> "v2.0"; text after the numbers
// ("-draft") is dropped, and a version without a number becomes "1.0".
std::string raised(const std::string& version, bool major) {
  const auto first = std::find_if(version.begin(), version.end(), digit);
  if (first == version.end()) return "1.0";
  const std::string prefix(version.begin(), first);
  std::vector<std::string> numbers(1);
  for (auto it = first; it != version.end(); ++it) {
    if (digit(*it)) numbers.back() += *it;
    else if (*it == '.' && it + 1 != version.end() && digit(*(it + 1))) numbers.emplace_back();
    else break;
  }
  const std::size_t raise = major ? 0 : 1;
  if (numbers.size() <= raise) numbers.emplace_back("0");
  std::string out = prefix;
  for (std::size_t i = 0; i < numbers.size(); ++i) {
    if (i) out += '.';
    out += i < raise ? numbers[i] : i == raise ? plus_one(numbers[i]) : std::string(1, '0');
  }
  return out;
}

}  // namespace

std::string ProtocolDiff::bump() const {
  if (changes.empty()) return "";
  const bool material = std::any_of(changes.begin(), changes.end(),
                                    [](const Change& c) { return c.change_class == ChangeClass::material; });
  return material ? "major" : "minor";
}

std::string ProtocolDiff::next_version() const {
  const std::string b = bump();
  if (b.empty() || removed) return "";
  if (added) return new_version;
  return raised(old_version, b == "major");
}

std::vector<std::string> ProtocolDiff::must_resign() const {
  std::vector<std::string> out;
  for (const Change& c : changes)
    if (c.change_class == ChangeClass::material) out.insert(out.end(), c.affected.begin(), c.affected.end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace ispgen::diff
