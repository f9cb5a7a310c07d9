#include "edits.hpp"

namespace ispgen::diff {

using Ids = std::vector<std::uint32_t>;

std::pair<Ids, Ids> number(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  Interner ids;
  const auto convert = [&](const std::vector<std::string>& items) {
    Ids out;
    out.reserve(items.size());
    for (const std::string& s : items) out.push_back(ids.id(s));
    return out;
  };
  Ids first = convert(a);
  return {std::move(first), convert(b)};
}

}  // namespace ispgen::diff
