#include "script.hpp"

#include <algorithm>

#include "align.hpp"
#include "words.hpp"

namespace ispgen::redline {
namespace {

class Script {
 public:
  Script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b, const std::vector<std::uint32_t>& a_ids,
         const std::vector<std::uint32_t>& b_ids)
      : a_(a), b_(b), a_ids_(a_ids), b_ids_(b_ids) {}

  std::vector<Segment> segments() {
    std::vector<Segment> out;
    std::size_t a = 0, b = 0;
    for (Edit op : edit_script(a_ids_, b_ids_, max_edits)) {
      const bool keep = op == Edit::keep;
      if (out.empty() || out.back().keep != keep) out.push_back({keep, a, a, b, b});
      if (op != Edit::insert) out.back().a1 = ++a;
      if (op != Edit::remove) out.back().b1 = ++b;
    }
    // Joining two changes can make the words kept beside them short enough to join in turn.
    for (std::size_t before = out.size() + 1; out.size() < before;) {
      before = out.size();
      out = absorb(out);
    }
    return slide(trim(out));
  }

 private:
  static std::size_t chars(const std::vector<std::string_view>& tokens, std::size_t from, std::size_t to) {
    std::size_t n = 0;
    for (std::size_t i = from; i < to; ++i) n += tokens[i].size();
    return n;
  }

  std::size_t changed(const Segment& s) const { return std::max(chars(a_, s.a0, s.a1), chars(b_, s.b0, s.b1)); }

  // Words kept between two changes join them when they are only spaces and punctuation, or short
  // beside both: "<del>the quick</del><ins>a slow</ins>" rather than word by word.
  std::vector<Segment> absorb(const std::vector<Segment>& in) const {
    std::vector<Segment> out;
    for (Segment s : in) {
      if (!s.keep && out.size() >= 2 && out.back().keep) {
        const Segment& kept = out[out.size() - 1];
        const Segment& left = out[out.size() - 2];
        const std::size_t size = chars(b_, kept.b0, kept.b1);
        const bool words = std::any_of(b_.begin() + static_cast<long>(kept.b0), b_.begin() + static_cast<long>(kept.b1),
                                       [](std::string_view t) { return is_word(t); });
        if (!words || (2 * size <= changed(left) && 2 * size <= changed(s))) {
          s = {false, left.a0, s.a1, left.b0, s.b1};
          out.resize(out.size() - 2);
        }
      }
      out.push_back(s);
    }
    return out;
  }

  // Tokens a change removes and inserts again at its start or end (a space after an absorbed word)
  // are kept instead: "to <del>fulfil</del><ins>carry out</ins> their".
  std::vector<Segment> trim(const std::vector<Segment>& in) const {
    std::vector<Segment> out;
    const auto keep = [&](std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1) {
      if (a0 == a1) return;
      if (!out.empty() && out.back().keep) {
        out.back().a1 = a1;
        out.back().b1 = b1;
      } else {
        out.push_back({true, a0, a1, b0, b1});
      }
    };
    for (const Segment& s : in) {
      if (s.keep) {
        keep(s.a0, s.a1, s.b0, s.b1);
        continue;
      }
      std::size_t prefix = 0, suffix = 0;
      while (s.a0 + prefix < s.a1 && s.b0 + prefix < s.b1 && a_ids_[s.a0 + prefix] == b_ids_[s.b0 + prefix]) ++prefix;
      while (s.a1 - suffix > s.a0 + prefix && s.b1 - suffix > s.b0 + prefix &&
             a_ids_[s.a1 - suffix - 1] == b_ids_[s.b1 - suffix - 1])
        ++suffix;
      keep(s.a0, s.a0 + prefix, s.b0, s.b0 + prefix);
      if (s.a1 - s.a0 > prefix + suffix || s.b1 - s.b0 > prefix + suffix)
        out.push_back({false, s.a0 + prefix, s.a1 - suffix, s.b0 + prefix, s.b1 - suffix});
      keep(s.a1 - suffix, s.a1, s.b1 - suffix, s.b1);
    }
    return out;
  }

  // A change that only inserts (or only removes) can sit at several places when the tokens around
  // it repeat; it goes where it starts with a word: "share <ins>personal </ins>data".
  std::vector<Segment> slide(std::vector<Segment> segments) const {
    for (std::size_t i = 1; i + 1 < segments.size(); ++i) {
      Segment& before = segments[i - 1];
      Segment& change = segments[i];
      Segment& after = segments[i + 1];
      const bool insertion = change.a0 == change.a1;
      if (change.keep || (!insertion && change.b0 != change.b1)) continue;
      const std::vector<std::uint32_t>& ids = insertion ? b_ids_ : a_ids_;
      const std::vector<std::string_view>& tokens = insertion ? b_ : a_;
      std::size_t& from = insertion ? change.b0 : change.a0;
      std::size_t& to = insertion ? change.b1 : change.a1;
      const auto move = [&](int by) {
        from += static_cast<std::size_t>(by);
        to += static_cast<std::size_t>(by);
        before.a1 += static_cast<std::size_t>(by);
        before.b1 += static_cast<std::size_t>(by);
        after.a0 += static_cast<std::size_t>(by);
        after.b0 += static_cast<std::size_t>(by);
        (insertion ? change.a0 : change.b0) = insertion ? before.a1 : before.b1;
        (insertion ? change.a1 : change.b1) = insertion ? before.a1 : before.b1;
      };
      const std::size_t start = insertion ? before.b0 : before.a0;
      const std::size_t end = insertion ? after.b1 : after.a1;
      while (from > start && ids[from - 1] == ids[to - 1]) move(-1);
      while (to < end && !is_word(tokens[from]) && ids[from] == ids[to]) move(+1);
    }
    return segments;
  }

  const std::vector<std::string_view>& a_;
  const std::vector<std::string_view>& b_;
  const std::vector<std::uint32_t>& a_ids_;
  const std::vector<std::uint32_t>& b_ids_;
};

}  // namespace

std::vector<Segment> segments(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b,
                              const std::vector<std::uint32_t>& a_ids, const std::vector<std::uint32_t>& b_ids) {
  return Script(a, b, a_ids, b_ids).segments();
}

}  // namespace ispgen::redline
