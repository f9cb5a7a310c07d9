#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

// ispgen's own document tree: what `compose` and `forms::bind` make and every back-end (HTML,
// PDF, DOCX, Markdown) walks. Plain values; text is plain (never markup): back-ends escape it.
// Nesting is bounded (read_markdown flattens containers past `max_nesting`), so back-ends may
// recurse over it.
namespace ispgen::document {

// Metadata and page furniture: what every back-end prints around the content.
struct Info {
  std::string title;
  std::string subject;    // e.g. "Information sharing protocol, Cwm Taf"
  std::string author;     // the board or area that owns it
  std::string marking;    // printed at the top and bottom of every page
  std::string version;
  std::string status;
  std::string lang = "en-GB";  // BCP 47; also chooses the fixed words (document/words.hpp)
  std::string date_iso;   // "2013-12-18" or "": the document's date for metadata (never the clock)
  std::string footer;      // what the footer names, e.g. "Community Safety ISP": shortened if need be
  std::string footer_end;  // what ends it, never shortened: e.g. ", version 1.0, digest 1adf8a8b2bd8"
};

// The footer's whole text: `footer` then `footer_end`.
std::string footer_line(const Info& info);

// How a run of text is set.
enum class Face : std::uint8_t { regular, bold, italic, bold_italic, mono };

// What a redline says about a run: unchanged, or inserted or deleted since the previous version.
enum class Change : std::uint8_t { none, inserted, deleted };

// A stretch of text in one face. `link` is an absolute web or email address, or "".
struct Run {
  std::string text;
  Face face = Face::regular;
  std::string link;
  bool line_break = false;  // a forced line break (the text is empty)
  bool struck = false;      // struck through by the author (Markdown ~~text~~), not a revision
  Change change = Change::none;

  bool operator==(const Run&) const = default;
};

// A paragraph: body text, or a run-in heading (a short bold line that leads the text after it
// and is kept with it). `clause` is its clause number ("3.2") or "".
struct Paragraph {
  enum class Role : std::uint8_t { body, run_in_heading };
  std::vector<Run> runs;
  Role role = Role::body;
  std::string clause;

  bool operator==(const Paragraph&) const = default;
};

// A heading inside the title page or a section: level 1 is the document's title, 3 a
// subsection, 4 and more below it (level 2 is the section's own heading, which `Section` holds).
struct Heading {
  int level = 3;
  std::vector<Run> runs;

  bool operator==(const Heading&) const = default;
};

// Preformatted text, its lines kept.
struct Code {
  std::string text;  // lines joined by '\n', no final newline
  Change change = Change::none;

  bool operator==(const Code&) const = default;
};

struct Block;

// An item of a list: blocks (usually one paragraph).
struct Item {
  std::vector<Block> blocks;

  bool operator==(const Item&) const = default;
};

struct List {
  bool ordered = false;
  int start = 1;        // an ordered list's first number
  bool tight = false;   // no space between items
  std::vector<Item> items;

  bool operator==(const List&) const = default;
};

// A block quotation.
struct Quote {
  std::vector<Block> blocks;

  bool operator==(const Quote&) const = default;
};

// A table cell: one line of inline text (it may wrap).
struct Cell {
  std::vector<Run> runs;

  bool operator==(const Cell&) const = default;
};

struct Row {
  std::vector<Cell> cells;

  bool operator==(const Row&) const = default;
};

// A table; rows may have fewer cells than `columns`. Widths and keep-together are hints.
struct Table {
  std::vector<Row> rows;
  int header_rows = 0;        // the first rows are headers (repeated on each page)
  int columns = 0;
  std::string align;          // per column: 'l', 'c', 'r' or 0 (none)
  std::vector<double> widths; // per column, relative; empty = the back-end chooses from the text
  bool keep_together = false; // short enough to keep on one page

  bool operator==(const Table&) const = default;
};

// An image with its alternative text and an optional caption. `source` is the image's bytes.
struct Figure {
  std::string source;
  std::string media_type;  // "image/png", "image/jpeg"
  std::string alt;
  std::string caption;

  bool operator==(const Figure&) const = default;
};

// A forced page break.
struct PageBreak {
  bool operator==(const PageBreak&) const = default;
};

// What a form field asks for, and so how it is drawn.
enum class FieldKind : std::uint8_t {
  text,        // one line to write on
  box,         // a box of several lines to write in
  date,        // a date
  yes_no,      // Yes or No: a box each, tick one
  choice,      // one of the options: a box each, tick one
  checkboxes,  // any of the options: a box each
  signature,   // a line to sign on, taller than a text line
  table,       // a table with column headings and blank rows to write in
  fixed,       // text to read, no answer
};

// One field of a form; every text already filled in from the protocol.
struct Field {
  FieldKind kind = FieldKind::text;
  std::string name;                     // unique within the form; HTML input names and ids
  std::string label;                    // what the field asks; may be empty for fixed text
  std::string hint;                     // a line of help under the label, or ""
  std::vector<std::string> paragraphs;  // fixed: paragraphs of text
  std::vector<std::string> items;       // fixed: a bulleted list after the paragraphs
  std::vector<std::string> options;     // choice and checkboxes
  int lines = 1;                        // box: lines to write on
  std::vector<std::string> columns;     // table: column headings
  int rows = 0;                         // table: blank rows to write in
  bool fill = false;                    // table: then more rows to the foot of the last page

  bool operator==(const Field&) const = default;
};

// A titled group of fields (an HTML fieldset, a bordered group on paper).
struct FormSection {
  std::string heading;
  std::vector<Field> fields;

  bool operator==(const FormSection&) const = default;
};

// A form bound to one protocol, to print and fill in.
struct Form {
  std::string id;              // names its files: DIR/<protocol>/forms/<id>.*
  std::string title;           // e.g. "Consent to share information"
  std::string reference;       // e.g. "Appendix 5", or ""
  std::string protocol_title;  // printed under the title
  std::string version;         // the protocol's version
  std::vector<FormSection> sections;

  bool operator==(const Form&) const = default;
};

// One block of content.
struct Block {
  std::variant<Paragraph, Heading, Code, List, Quote, Table, Figure, PageBreak, Form> content;

  bool operator==(const Block&) const = default;
};

// A numbered section or a lettered appendix, with its heading as printed ("3. Purpose",
// "Appendix A – Glossary", from the language's words) so a redline can mark changes in it.
struct Section {
  std::string id;              // the template section or clause id, e.g. "purpose"
  bool appendix = false;
  std::string number;          // "3" or "A"
  std::string title;           // "Purpose"
  std::vector<Run> heading;    // what is printed: number and title
  bool new_page = false;       // starts on a new page (every appendix does)
  std::vector<Block> blocks;

  bool operator==(const Section&) const = default;
};

// A whole document: a protocol's ISP (title page, contents, sections) or a form (one Form block
// in `front`, no contents, no sections).
struct Document {
  Info info;
  std::vector<Block> front;    // the title page, or the form
  bool contents = false;       // a contents list after `front`, of the sections
  std::vector<Section> sections;
  // A redline's marks: who made the changes and when, and the version they start from.
  struct Revisions {
    bool marked = false;       // some run has a change
    std::string author;
    std::string date_iso;      // "2024-03-05" or ""
    std::string since;         // the version the marks start from ("" = the previous version)
  } revisions;
};

// Whether two documents have the same content (front and sections), whatever their information.
bool same_content(const Document& a, const Document& b);

// A rendered file, or why there is none.
struct Rendered {
  std::string bytes;
  std::string error;  // "" on success
};

// The text of `runs` (line breaks as spaces), deleted runs included.
std::string text_of(const std::vector<Run>& runs);

// The text of `runs` as it reads with every change accepted: deleted runs left out.
std::string accepted_text(const std::vector<Run>& runs);

// The change every run of `runs` carries, if they all carry the same one (a block inserted or
// deleted whole); none otherwise or when there are no runs.
Change whole_change(const std::vector<Run>& runs);

// Whether `url` is an absolute web or email address (http, https or mailto, in any case): the only
// links a document keeps, so a clause cannot link to javascript: or a local file.
bool is_web_link(std::string_view url);

// The form, if `doc` is one (its first front block is a Form).
const Form* form_of(const Document& doc);

// Containers (lists, quotes) nested deeper than this are flattened into the deepest one.
inline constexpr int max_nesting = 16;

}  // namespace ispgen::document
