#include "layout.hpp"

namespace ispgen::pdf {
namespace {

// A stretch of a word in one face, link and mark.
struct Piece {
  std::string text;
  Face face;
  std::string link;
  Change change = Change::none;
  bool struck = false;

  bool same_style(const Piece& other) const {
    return face == other.face && link == other.link && change == other.change && struck == other.struck;
  }
};

// A word: text between spaces, perhaps in several faces.
struct Word {
  std::vector<Piece> pieces;
  bool space_before = false;
  Face space_face = Face::regular;  // the face of the space before it
  bool break_before = false;        // a forced line break comes first
};

// A role's face applied to a run's: headings are bold whatever the run says.
Face effective_face(Face run, Role role) {
  if (style_of(role).face != Face::bold || run == Face::mono) return run;
  return run == Face::italic || run == Face::bold_italic ? Face::bold_italic : Face::bold;
}

std::vector<Word> words_of(const Paragraph& p) {
  std::vector<Word> words;
  Word current;
  bool space = false, forced = false;
  Face space_face = Face::regular;
  const auto close = [&] {
    if (current.pieces.empty()) return;
    words.push_back(std::move(current));
    current = Word{};
  };
  for (const Run& run : p.runs) {
    if (run.line_break) {
      close();
      forced = true;
      space = false;
      continue;
    }
    const Face face = effective_face(run.face, p.role);
    for (char c : run.text) {
      if (c == ' ') {
        close();
        space = true;
        space_face = face;
        continue;
      }
      if (current.pieces.empty()) {
        current.space_before = space;
        current.space_face = space_face;
        current.break_before = forced;
        space = forced = false;
      }
      const Piece style{"", face, run.link, run.change, run.struck};
      if (current.pieces.empty() || !current.pieces.back().same_style(style)) current.pieces.push_back(style);
      current.pieces.back().text += c;
    }
  }
  close();
  return words;
}

std::size_t next_code_point(const std::string& s, std::size_t i) {
  ++i;
  while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  return i;
}

class LineBreaker {
 public:
  LineBreaker(double width, double size, const Measurer& m) : width_(width), size_(size), measure_(m) {}

  void add(const Word& w) {
    if (w.break_before) finish(true);
    double word_width = 0;
    for (const Piece& p : w.pieces) word_width += measure_.width(p.text, p.face, size_);
    const double space = line_.pieces.empty() || !w.space_before ? 0 : measure_.width(" ", w.space_face, size_);
    if (x_ + space + word_width > width_ + 0.01 && !line_.pieces.empty()) {
      finish(false);
      add_to_line(w, 0, word_width);
    } else {
      add_to_line(w, space, word_width);
    }
  }

  std::vector<Line> done() {
    if (!line_.pieces.empty() || lines_.empty() || pending_forced_) finish(false);
    return std::move(lines_);
  }

 private:
  void add_to_line(const Word& w, double space, double word_width) {
    if (word_width > width_ + 0.01) {
      split(w);
      return;
    }
    x_ += space;
    bool first = true;
    for (const Piece& p : w.pieces) {
      place(p, first && space > 0);
      first = false;
    }
  }

  // Places a piece at the current position, joining the previous text item when it can.
  void place(const Piece& p, bool after_space) {
    const double w = measure_.width(p.text, p.face, size_);
    if (!line_.pieces.empty() && line_.pieces.back().face == p.face && last_link_ == p.link &&
        line_.pieces.back().change == p.change && line_.pieces.back().struck == p.struck) {
      line_.pieces.back().text += (after_space ? " " : "") + p.text;
    } else {
      line_.pieces.push_back({x_, 0, p.text, p.face, size_, p.change, p.struck, 0});
    }
    line_.pieces.back().width = x_ + w - line_.pieces.back().x;
    line_.changed = line_.changed || p.change != Change::none;
    if (!p.link.empty()) {
      if (!line_.links.empty() && line_.links.back().url == p.link && last_link_ == p.link)
        line_.links.back().w = x_ + w - line_.links.back().x;
      else
        line_.links.push_back({x_, 0, w, size_, p.link});
    }
    last_link_ = p.link;
    x_ += w;
    line_.width = x_;
  }

  // A word longer than a whole line: as many characters as fit on each line.
  void split(const Word& w) {
    for (const Piece& p : w.pieces) {
      std::size_t start = 0;
      while (start < p.text.size()) {
        std::size_t end = start;
        double used = 0;
        while (end < p.text.size()) {
          const std::size_t next = next_code_point(p.text, end);
          const double cw = measure_.width(std::string_view(p.text).substr(end, next - end), p.face, size_);
          if (x_ + used + cw > width_ + 0.01 && (end > start || !line_.pieces.empty())) break;
          used += cw;
          end = next;
        }
        if (end == start) {
          finish(false);
          continue;
        }
        place({p.text.substr(start, end - start), p.face, p.link, p.change, p.struck}, false);
        start = end;
        if (start < p.text.size()) finish(false);
      }
    }
  }

  void finish(bool forced) {
    line_.forced_break = forced;
    lines_.push_back(std::move(line_));
    line_ = Line{};
    x_ = 0;
    last_link_.clear();
    pending_forced_ = forced;
  }

  double width_, size_;
  const Measurer& measure_;
  std::vector<Line> lines_;
  Line line_;
  double x_ = 0;
  std::string last_link_;
  bool pending_forced_ = false;
};

}  // namespace

std::vector<Line> break_lines(const Paragraph& p, double width, const Measurer& measure) {
  LineBreaker breaker(width, style_of(p.role).size, measure);
  for (const Word& w : words_of(p)) breaker.add(w);
  return breaker.done();
}

}  // namespace ispgen::pdf
