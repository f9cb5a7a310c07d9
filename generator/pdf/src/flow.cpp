#include <algorithm>
#include <optional>

#include "flow.hpp"

namespace ispgen::pdf {
namespace {

using markdown::Kind;

constexpr double list_indent = 18;
constexpr double quote_indent = 14;
constexpr double max_indent = 180;  // deeper lists and quotes stay at this indent

struct ListState {
  bool ordered = false;
  int number = 0;  // the number of the current item
  bool tight = false;
};

// A header row with no text (a key-value table's `| | |`) is left out.
void drop_blank_header(Table& t) {
  if (t.header_rows != 1 || t.rows.empty()) return;
  for (const Cell& c : t.rows.front())
    for (const Paragraph& p : c.paragraphs)
      if (!paragraph_text(p).empty()) return;
  t.rows.erase(t.rows.begin());
  t.header_rows = 0;
}

class FlowBuilder {
 public:
  Flow build(const markdown::Document& doc) {
    target_ = &flow_.title_page;
    cmark_iter* it = cmark_iter_new(doc.root());
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;)
      node(cmark_iter_get_node(it), ev == CMARK_EVENT_ENTER);
    cmark_iter_free(it);
    return std::move(flow_);
  }

 private:
  void node(cmark_node* n, bool entering) {
    const char* literal = cmark_node_get_literal(n);
    switch (markdown::kind_of(n)) {
      case Kind::document:
      case Kind::other:
      case Kind::html_block:
      case Kind::html_inline:
      case Kind::image:
      case Kind::strikethrough:
      case Kind::revision: break;
      case Kind::heading:
        if (entering) {
          const int level = cmark_node_get_heading_level(n);
          if (level == 2 && target_ == &flow_.title_page) target_ = &flow_.body;
          Paragraph p = start_paragraph();
          p.role = level == 1 ? Role::title : level == 2 ? Role::heading1 : level == 3 ? Role::heading2 : Role::heading3;
          p.outline_level = level == 2 ? 1 : level == 3 ? 2 : 0;
          p.indent = 0;
          p.label.clear();
          open_ = std::move(p);
        } else {
          finish_paragraph();
        }
        break;
      case Kind::paragraph:
        if (entering)
          open_ = start_paragraph();
        else
          finish_paragraph();
        break;
      case Kind::list:
        if (entering)
          lists_.push_back({cmark_node_get_list_type(n) == CMARK_ORDERED_LIST, cmark_node_get_list_start(n) - 1,
                            cmark_node_get_list_tight(n) != 0});
        else
          lists_.pop_back();
        break;
      case Kind::item:
        if (entering) {
          ListState& list = lists_.back();
          ++list.number;
          static const char* const bullets[] = {"\u2022", "\u2013", "\u25E6"};
          pending_label_ = list.ordered ? std::to_string(list.number) + "." : bullets[(lists_.size() - 1) % 3];
        } else if (!pending_label_.empty()) {
          open_ = start_paragraph();  // an empty item still shows its bullet
          finish_paragraph();
        }
        break;
      case Kind::block_quote: quote_depth_ += entering ? 1 : -1; break;
      case Kind::code_block: {
        Paragraph p = start_paragraph();
        p.role = Role::code;
        std::string text = literal ? literal : "";
        if (text.ends_with('\n')) text.pop_back();
        std::size_t start = 0;
        while (true) {
          const std::size_t end = text.find('\n', start);
          p.runs.push_back({text.substr(start, end - start), Face::mono, ""});
          if (end == std::string::npos) break;
          p.runs.push_back({"", Face::mono, "", true});
          start = end + 1;
        }
        open_ = std::move(p);
        finish_paragraph();
        break;
      }
      case Kind::thematic_break: emit(PageBreak{}); break;
      case Kind::table:
        if (entering) {
          table_ = Table{};
          table_->columns = markdown::Document::table_columns(n);
          table_->indent = current_indent();
          alignments_ = markdown::Document::table_alignments(n);
        } else {
          drop_blank_header(*table_);
          emit(std::move(*table_));
          table_.reset();
        }
        break;
      case Kind::table_row:
        if (entering) {
          table_->rows.emplace_back();
          if (markdown::Document::is_header_row(n)) table_->header_rows = static_cast<int>(table_->rows.size());
        }
        break;
      case Kind::table_cell:
        if (entering) {
          Paragraph p;
          p.role = markdown::Document::is_header_row(cmark_node_parent(n)) ? Role::table_header : Role::table;
          open_ = std::move(p);
        } else {
          Cell cell;
          const std::size_t column = table_->rows.back().size();
          cell.align = column < alignments_.size() ? alignments_[column] : 0;
          cell.paragraphs.push_back(std::move(*open_));
          open_.reset();
          table_->rows.back().push_back(std::move(cell));
        }
        break;
      case Kind::text: add_text(literal ? literal : "", face()); break;
      case Kind::soft_break: add_text(" ", face()); break;
      case Kind::line_break:
        if (open_) open_->runs.push_back({"", face(), "", true});
        break;
      case Kind::code: add_text(literal ? literal : "", Face::mono); break;
      case Kind::emphasis: emphasis_ += entering ? 1 : -1; break;
      case Kind::strong: strong_ += entering ? 1 : -1; break;
      case Kind::link:
        if (entering) {
          const char* url = cmark_node_get_url(n);
          links_.push_back(url && markdown::is_web_link(url) ? url : "");
        } else {
          links_.pop_back();
        }
        break;
    }
  }

  Face face() const {
    if (strong_ > 0 && emphasis_ > 0) return Face::bold_italic;
    if (strong_ > 0) return Face::bold;
    if (emphasis_ > 0) return Face::italic;
    return Face::regular;
  }

  double current_indent() const {
    return std::min(max_indent, quote_depth_ * quote_indent + static_cast<double>(lists_.size()) * list_indent);
  }

  Paragraph start_paragraph() {
    Paragraph p;
    p.indent = current_indent();
    p.quote_depth = quote_depth_;
    p.label = pending_label_;
    p.tight = !lists_.empty() && lists_.back().tight;
    pending_label_.clear();
    return p;
  }

  void add_text(const std::string& text, Face face) {
    if (!open_ || text.empty()) return;
    const std::string link = links_.empty() ? std::string() : links_.back();
    std::vector<Run>& runs = open_->runs;
    if (!runs.empty() && runs.back().face == face && runs.back().link == link && !runs.back().line_break)
      runs.back().text += text;
    else
      runs.push_back({text, face, link});
  }

  void finish_paragraph() {
    if (!open_) return;
    emit(std::move(*open_));
    open_.reset();
  }

  // Adds a block to the title page or the body. Not inlined: GCC 12 warns falsely about
  // std::variant's move when a vector of them grows inside the big switch above.
  [[gnu::noinline]] void emit(Block block) { target_->push_back(std::move(block)); }

  Flow flow_;
  std::vector<Block>* target_ = nullptr;
  std::optional<Paragraph> open_;
  std::optional<Table> table_;
  std::string alignments_;
  std::vector<ListState> lists_;
  std::vector<std::string> links_;
  std::string pending_label_;
  int quote_depth_ = 0;
  int emphasis_ = 0;
  int strong_ = 0;
};

}  // namespace

Flow build_flow(const markdown::Document& doc) { return FlowBuilder().build(doc); }

std::string paragraph_text(const Paragraph& p) {
  std::string out;
  for (const Run& r : p.runs) out += r.line_break ? " " : r.text;
  return out;
}

}  // namespace ispgen::pdf
