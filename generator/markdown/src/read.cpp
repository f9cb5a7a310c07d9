// The reader: a cmark-gfm tree as document blocks. The only place the document tree's structure is
// taken from Markdown; walked with cmark's iterator, never by recursion.
#include <algorithm>

#include "ispgen/markdown.hpp"
#include "ispgen/utf8.hpp"

namespace ispgen::markdown {
namespace {

using document::Block;
using document::Run;

constexpr std::size_t rows_kept_together = 12;  // a table this short stays on one page…
constexpr std::size_t short_cell = 400;         // …if no cell is longer than this (code points)

// A header row with no text (a key-value table's `| | |`) is left out.
void drop_blank_header(document::Table& t) {
  if (t.header_rows != 1 || t.rows.empty()) return;
  for (const document::Cell& c : t.rows.front().cells)
    if (document::text_of(c.runs).find_first_not_of(" \t") != std::string::npos) return;
  t.rows.erase(t.rows.begin());
  t.header_rows = 0;
}

bool short_enough_to_keep(const document::Table& t) {
  if (t.rows.size() > rows_kept_together) return false;
  for (const document::Row& row : t.rows)
    for (const document::Cell& cell : row.cells)
      if (count_code_points(document::text_of(cell.runs)) > short_cell) return false;
  return true;
}

// Whether a paragraph is all bold text: a run-in heading, such as a signatory's name.
bool bold_only(cmark_node* paragraph) {
  cmark_node* only = cmark_node_first_child(paragraph);
  return only && !cmark_node_next(only) && kind_of(only) == Kind::strong;
}

class Reader {
 public:
  std::vector<Block> read(cmark_node* root) {
    containers_.push_back(&blocks_);
    cmark_iter* it = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;)
      node(cmark_iter_get_node(it), ev == CMARK_EVENT_ENTER);
    cmark_iter_free(it);
    return std::move(blocks_);
  }

 private:
  void node(cmark_node* n, bool entering) {
    const char* literal = cmark_node_get_literal(n);
    switch (kind_of(n)) {
      case Kind::document:
      case Kind::other:
      case Kind::html_block:
      case Kind::html_inline:
      case Kind::image: break;  // its alternative text, its children, is read as text
      case Kind::paragraph:
        if (entering) {
          document::Paragraph p;
          if (bold_only(n)) p.role = document::Paragraph::Role::run_in_heading;
          runs_ = &std::get<document::Paragraph>(add(std::move(p)).content).runs;
        } else {
          runs_ = nullptr;
        }
        break;
      case Kind::heading:
        if (entering) {
          const int level = cmark_node_get_heading_level(n);
          runs_ = &std::get<document::Heading>(add(document::Heading{level == 2 ? 3 : level, {}}).content).runs;
        } else {
          runs_ = nullptr;
        }
        break;
      case Kind::code_block: {
        std::string text = literal ? literal : "";
        if (text.ends_with('\n')) text.pop_back();
        add(document::Code{std::move(text)});
        break;
      }
      case Kind::thematic_break: add(document::PageBreak{}); break;
      case Kind::list:
        if (entering) {
          document::List list{cmark_node_get_list_type(n) == CMARK_ORDERED_LIST, cmark_node_get_list_start(n),
                              cmark_node_get_list_tight(n) != 0, {}};
          open(std::move(list));
        } else {
          close();
        }
        break;
      case Kind::item:
        if (entering) {
          if (auto* list = open_list()) {
            list->items.emplace_back();
            containers_.push_back(&list->items.back().blocks);
          } else {
            containers_.push_back(containers_.back());  // too deep: the item's blocks join the container
          }
        } else {
          containers_.pop_back();
        }
        break;
      case Kind::block_quote:
        if (entering)
          open(document::Quote{});
        else
          close();
        break;
      case Kind::table:
        if (entering) {
          document::Table t;
          t.columns = Document::table_columns(n);
          t.align = Document::table_alignments(n);
          table_ = &std::get<document::Table>(add(std::move(t)).content);
        } else {
          drop_blank_header(*table_);
          table_->keep_together = short_enough_to_keep(*table_);
          table_ = nullptr;
        }
        break;
      case Kind::table_row:
        if (entering) {
          table_->rows.emplace_back();
          if (Document::is_header_row(n)) table_->header_rows = static_cast<int>(table_->rows.size());
        }
        break;
      case Kind::table_cell:
        if (entering) {
          table_->rows.back().cells.emplace_back();
          runs_ = &table_->rows.back().cells.back().runs;
        } else {
          runs_ = nullptr;
        }
        break;
      case Kind::text: add_text(literal ? literal : "", face()); break;
      case Kind::soft_break: add_text(" ", face()); break;
      case Kind::line_break:
        if (runs_) runs_->push_back(Run{"", face(), link(), true, struck_ > 0, document::Change::none});
        break;
      case Kind::code: add_text(literal ? literal : "", document::Face::mono); break;
      case Kind::emphasis: emphasis_ += entering ? 1 : -1; break;
      case Kind::strong: strong_ += entering ? 1 : -1; break;
      case Kind::strikethrough: struck_ += entering ? 1 : -1; break;
      case Kind::link:
        if (entering) {
          const char* url = cmark_node_get_url(n);
          links_.push_back(url && document::is_web_link(url) ? url : "");
        } else {
          links_.pop_back();
        }
        break;
    }
  }

  document::Face face() const {
    if (strong_ > 0 && emphasis_ > 0) return document::Face::bold_italic;
    if (strong_ > 0) return document::Face::bold;
    if (emphasis_ > 0) return document::Face::italic;
    return document::Face::regular;
  }

  std::string link() const { return links_.empty() ? std::string() : links_.back(); }

  void add_text(const std::string& text, document::Face face) {
    if (!runs_ || text.empty()) return;
    const std::string url = link();
    const bool struck = struck_ > 0;
    if (!runs_->empty() && runs_->back().face == face && runs_->back().link == url && runs_->back().struck == struck &&
        !runs_->back().line_break)
      runs_->back().text += text;
    else
      runs_->push_back(Run{text, face, url, false, struck, document::Change::none});
  }

  Block& add(auto content) {
    containers_.back()->push_back(Block{std::move(content)});
    return containers_.back()->back();
  }

  // Opens a list or quote: its blocks are read into it, unless containers are already nested
  // `max_nesting` deep, when they join the container it is in.
  void open(auto container) {
    if (depth_++ >= document::max_nesting) {
      containers_.push_back(containers_.back());
      opened_.push_back(nullptr);
      return;
    }
    Block& block = add(std::move(container));
    opened_.push_back(&block);
    if (auto* quote = std::get_if<document::Quote>(&block.content))
      containers_.push_back(&quote->blocks);
    else
      containers_.push_back(containers_.back());  // a list's blocks are its items'
  }

  void close() {
    --depth_;
    opened_.pop_back();
    containers_.pop_back();
  }

  // The list being read, if it was not flattened.
  document::List* open_list() {
    return opened_.empty() || !opened_.back() ? nullptr : std::get_if<document::List>(&opened_.back()->content);
  }

  std::vector<Block> blocks_;
  std::vector<std::vector<Block>*> containers_;  // where blocks go: innermost last
  std::vector<Block*> opened_;                    // the open lists and quotes (nullptr: flattened)
  std::vector<Run>* runs_ = nullptr;              // where text goes
  document::Table* table_ = nullptr;
  std::vector<std::string> links_;
  int depth_ = 0;
  int emphasis_ = 0;
  int strong_ = 0;
  int struck_ = 0;
};

}  // namespace

std::vector<document::Block> read_blocks(const Document& doc) { return Reader().read(doc.root()); }

std::vector<document::Block> read_blocks(std::string_view text) { return read_blocks(Document::parse(text)); }

}  // namespace ispgen::markdown
