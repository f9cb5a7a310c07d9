#pragma once
#include <string>
#include <vector>

#include "ispgen/document.hpp"
#include "picture.hpp"

// The fixed parts of the package around word/document.xml.
namespace ispgen::docx {

// An ordered list: its nesting level (0 outermost) and first number. It gets its own w:num so
// each list counts from its own start.
struct OrderedList {
  int level = 0;
  int start = 1;
};

// The w:numId of the bullet lists, and of the `index`th ordered list.
inline constexpr int bullet_num_id = 1;
inline int ordered_num_id(std::size_t index) { return 2 + static_cast<int>(index); }

// The relationship id of the `index`th hyperlink.
inline std::string link_rel_id(std::size_t index) { return "rIdLink" + std::to_string(index + 1); }

// [Content_Types].xml: the type of every part, `pictures`' among them.
std::string content_types(const std::vector<Picture>& pictures);
// _rels/.rels: the document and its properties.
std::string package_rels();
// word/_rels/document.xml.rels: styles, numbering, settings, header, footer, each link and each
// picture.
std::string document_rels(const std::vector<std::string>& links, const std::vector<Picture>& pictures);
// word/styles.xml: defaults (font, size, language) and every style the body uses.
std::string styles(const document::Info& info);
// word/numbering.xml: one bullet and one decimal scheme, and a w:num per ordered list.
std::string numbering(const std::vector<OrderedList>& ordered);
// word/settings.xml: fields (the contents) are updated when Word opens the file.
std::string settings();
// word/header1.xml: the marking.
std::string header(const document::Info& info);
// word/footer1.xml: the footer text with page X of Y (in the words of `info.lang`), then the marking.
std::string footer(const document::Info& info);
// docProps/core.xml: title, subject, author, marking and the document's date.
std::string core_properties(const document::Info& info);
// docProps/app.xml: the application.
std::string app_properties();

// Twips between the side margins of a document's A4 page (11906 less the margins of `Margins`).
inline constexpr int document_text_width = 9638;

// A page's margins in twips.
struct Margins {
  int top = 1418;     // 25 mm
  int side = 1134;    // 20 mm, left and right
  int bottom = 1418;
};

// The section properties closing the body: A4 portrait, `margins`, header and footer.
std::string section_properties(const Margins& margins = {});

}  // namespace ispgen::docx
