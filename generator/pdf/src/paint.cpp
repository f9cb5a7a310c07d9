#include "paint.hpp"

#include "fit.hpp"

#include <hpdf.h>
#include <zlib.h>

#include <cstdio>
#include <cstdlib>

#include "ispgen/document/words.hpp"
#include "ispgen/out_of_memory.hpp"

namespace ispgen::pdf {
namespace {

// The faces embedded: regular, bold and mono (Liberation: Arial's metrics, the usual face of UK
// public-sector documents). Italic is the regular or bold face slanted: each embedded face costs
// libharu about 10 ms (it maps all 65,536 code points), and Liberation Sans Italic is close to
// an oblique anyway.
constexpr const char* font_files[] = {"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                                      "LiberationMono-Regular.ttf"};
constexpr double slant = 0.2126;  // tan 12°

std::size_t font_of(Face face) {
  switch (face) {
    case Face::regular:
    case Face::italic: return 0;
    case Face::bold:
    case Face::bold_italic: return 1;
    case Face::mono: return 2;
  }
  return 0;
}

bool slanted(Face face) { return face == Face::italic || face == Face::bold_italic; }

// A colour as red, green and blue from 0 to 1.
struct Colour {
  HPDF_REAL r, g, b;
  bool operator==(const Colour&) const = default;
};

constexpr Colour black{0, 0, 0};
constexpr Colour rule_grey{0.35f, 0.35f, 0.35f};
constexpr Colour inserted_blue{0, 0.2f, 0.75f};
constexpr Colour deleted_red{0.8f, 0, 0};

// The colour a line is stroked in.
Colour stroke_of(Ink ink) {
  switch (ink) {
    case Ink::plain: return rule_grey;
    case Ink::inserted: return inserted_blue;
    case Ink::deleted: return deleted_red;
    case Ink::change_bar: return black;
  }
  return rule_grey;
}

// The colour text is filled in: a redline's inserted text blue, its deleted text red.
Colour fill_of(Change change) {
  switch (change) {
    case Change::none: return black;
    case Change::inserted: return inserted_blue;
    case Change::deleted: return deleted_red;
  }
  return black;
}

// libharu reports errors through a C callback: record the first, never throw through C.
void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
  if (error == HPDF_FAILD_TO_ALLOC_MEM || (error == HPDF_ZLIB_ERROR && static_cast<int>(detail) == Z_MEM_ERROR))
    out_of_memory();
  auto* message = static_cast<std::string*>(user);
  if (!message->empty()) return;
  char text[96];
  std::snprintf(text, sizeof text, "libharu error 0x%04X (detail %u)", static_cast<unsigned>(error),
                static_cast<unsigned>(detail));
  *message = text;
}

void* allocate(HPDF_UINT bytes) { return checked_malloc(bytes); }

}  // namespace

Painter::Painter(const std::string& font_dir, bool with_mono) {
  // libharu goes on after a failed allocation before it reports it: its allocator exits at once.
  doc_ = HPDF_NewEx(on_error, allocate, std::free, 0, &error_);
  if (!doc_) out_of_memory();  // it fails only to allocate
  HPDF_SetCompressionMode(doc_, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(doc_);
  HPDF_SetCurrentEncoder(doc_, "UTF-8");
  for (std::size_t i = 0; i < fonts_.size(); ++i) {
    if (i == font_of(Face::mono) && !with_mono) continue;
    const std::string path = font_dir + "/" + font_files[i];
    const char* name = HPDF_LoadTTFontFromFile(doc_, path.c_str(), HPDF_TRUE);
    if (!name) {
      error_ = "cannot load the font " + path;
      return;
    }
    fonts_[i] = HPDF_GetFont(doc_, name, "UTF-8");
  }
}

Painter::~Painter() {
  if (doc_) HPDF_Free(doc_);
}

int Painter::advance(char32_t c, std::string_view utf8, std::size_t face) const {
  const auto [it, added] = advances_[face].try_emplace(c, 0);
  if (added)
    it->second = static_cast<int>(HPDF_Font_TextWidth(fonts_[face], reinterpret_cast<const HPDF_BYTE*>(utf8.data()),
                                                      static_cast<HPDF_UINT>(utf8.size())).width);
  return it->second;
}

double Painter::width(std::string_view text, Face face, double size) const {
  const std::size_t f = fonts_[font_of(face)] ? font_of(face) : 0;
  if (!fonts_[f] || text.empty()) return 0;
  // libharu sets TrueType text without kerning, so a text's width is the sum of its characters'.
  long total = 0;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    const std::string_view one = text.substr(i, length);
    char32_t c = length == 1 ? lead : lead & (0x3F >> (length - 1));
    for (std::size_t k = 1; k < one.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(one[k]) & 0x3F);
    total += advance(c, one, f);
    i += one.size();
  }
  return static_cast<double>(total) * size / 1000.0;
}

void Painter::set_info(const document::Info& info) {
  HPDF_SetInfoAttr(doc_, HPDF_INFO_TITLE, info.title.c_str());
  HPDF_SetInfoAttr(doc_, HPDF_INFO_SUBJECT, info.subject.c_str());
  HPDF_SetInfoAttr(doc_, HPDF_INFO_AUTHOR, info.author.c_str());
  HPDF_SetInfoAttr(doc_, HPDF_INFO_CREATOR, "ispgen");
  HPDF_SetInfoAttr(doc_, HPDF_INFO_PRODUCER, "ispgen with libharu");
  HPDF_SetInfoAttr(doc_, HPDF_INFO_KEYWORDS,
                   document::fill(document::words_for(info.lang).keywords, {info.marking, info.version}).c_str());
  int year = 0, month = 0, day = 0;
  if (std::sscanf(info.date_iso.c_str(), "%4d-%2d-%2d", &year, &month, &day) == 3) {
    HPDF_Date date{};
    date.year = year;
    date.month = month;
    date.day = day;
    date.ind = 'Z';
    HPDF_SetInfoDateAttr(doc_, HPDF_INFO_CREATION_DATE, date);
    HPDF_SetInfoDateAttr(doc_, HPDF_INFO_MOD_DATE, date);
  }
}

void Painter::furniture(HPDF_Page page, const Geometry& g, int number, int total, const document::Info& info) {
  const double h = g.height;
  const auto text = [&](double x, double y_from_top, const std::string& s, Face face, double size) {
    HPDF_Page_SetFontAndSize(page, fonts_[font_of(face)], static_cast<HPDF_REAL>(size));
    HPDF_Page_TextOut(page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(h - y_from_top), s.c_str());
  };
  const double marking_width = width(info.marking, Face::bold, 10);
  const std::string page_label =
      document::fill(document::words_for(info.lang).page_of, {std::to_string(number), std::to_string(total)});
  const double label_width = width(page_label, Face::regular, 8);
  HPDF_Page_SetGrayFill(page, 0);
  HPDF_Page_BeginText(page);
  text((g.width - marking_width) / 2, 34, info.marking, Face::bold, 10);
  text((g.width - marking_width) / 2, h - 22, info.marking, Face::bold, 10);
  const double footer_width = g.text_width() - label_width - 18;
  auto fitted = fitted_footers_.find(footer_width);
  if (fitted == fitted_footers_.end())
    fitted = fitted_footers_.emplace(footer_width, fit_footer(info, footer_width, *this, Face::regular, 8)).first;
  text(g.left, h - 42, fitted->second, Face::regular, 8);
  text(g.width - g.right - label_width, h - 42, page_label, Face::regular, 8);
  HPDF_Page_EndText(page);
  HPDF_Page_SetGrayStroke(page, 0.6f);
  HPDF_Page_SetLineWidth(page, 0.5f);
  HPDF_Page_MoveTo(page, static_cast<HPDF_REAL>(g.left), static_cast<HPDF_REAL>(56));
  HPDF_Page_LineTo(page, static_cast<HPDF_REAL>(g.width - g.right), static_cast<HPDF_REAL>(56));
  HPDF_Page_Stroke(page);
}

std::string Painter::paint(const Layout& layout, const document::Info& info) {
  if (!error_.empty()) return {};
  set_info(info);
  HPDF_SetPageMode(doc_, HPDF_PAGE_MODE_USE_OUTLINE);
  const Geometry portrait;
  std::vector<HPDF_Page> pages;
  for (const Page& p : layout.pages) {
    HPDF_Page page = HPDF_AddPage(doc_);
    HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, p.landscape ? HPDF_PAGE_LANDSCAPE : HPDF_PAGE_PORTRAIT);
    pages.push_back(page);
  }
  const int total = static_cast<int>(pages.size());
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const Page& p = layout.pages[i];
    HPDF_Page page = pages[i];
    const Geometry g = p.landscape ? portrait.landscape() : portrait;
    const auto y = [&](double from_top) { return static_cast<HPDF_REAL>(g.height - from_top); };
    for (const FillItem& f : p.fills) {
      HPDF_Page_SetGrayFill(page, static_cast<HPDF_REAL>(f.grey));
      HPDF_Page_Rectangle(page, static_cast<HPDF_REAL>(f.x), y(f.y + f.h), static_cast<HPDF_REAL>(f.w),
                          static_cast<HPDF_REAL>(f.h));
      HPDF_Page_Fill(page);
    }
    HPDF_Page_SetGrayStroke(page, 0.35f);
    double thickness = -1;
    Ink ink = Ink::plain;
    for (const LineItem& l : p.lines) {
      if (l.thickness != thickness || l.ink != ink) {
        if (thickness >= 0) HPDF_Page_Stroke(page);
        if (l.ink != ink) {
          const Colour c = stroke_of(l.ink);
          HPDF_Page_SetRGBStroke(page, c.r, c.g, c.b);
        }
        thickness = l.thickness;
        ink = l.ink;
        HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(thickness));
      }
      HPDF_Page_MoveTo(page, static_cast<HPDF_REAL>(l.x1), y(l.y1));
      HPDF_Page_LineTo(page, static_cast<HPDF_REAL>(l.x2), y(l.y2));
    }
    if (thickness >= 0) HPDF_Page_Stroke(page);
    HPDF_Page_SetGrayFill(page, 0);
    HPDF_Page_BeginText(page);
    Face face = Face::regular;
    double size = -1;
    Colour colour = black;
    for (const TextItem& t : p.texts) {
      if (const Colour wanted = fill_of(t.change); wanted != colour) {
        colour = wanted;
        HPDF_Page_SetRGBFill(page, colour.r, colour.g, colour.b);
      }
      if (t.face != face || t.size != size) {
        face = t.face;
        size = t.size;
        HPDF_Page_SetFontAndSize(page, fonts_[font_of(face)] ? fonts_[font_of(face)] : fonts_[0],
                                 static_cast<HPDF_REAL>(size));
      }
      HPDF_Page_SetTextMatrix(page, 1, 0, slanted(t.face) ? static_cast<HPDF_REAL>(slant) : 0, 1,
                              static_cast<HPDF_REAL>(t.x), y(t.y));
      HPDF_Page_ShowText(page, t.text.c_str());
    }
    HPDF_Page_EndText(page);
    if (colour != black) HPDF_Page_SetGrayFill(page, 0);
    for (const LinkItem& l : p.links) {
      const HPDF_Rect rect{static_cast<HPDF_REAL>(l.x), y(l.y + l.h), static_cast<HPDF_REAL>(l.x + l.w), y(l.y)};
      HPDF_Annotation a = HPDF_Page_CreateURILinkAnnot(page, rect, l.url.c_str());
      HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
    }
    for (const JumpItem& j : p.jumps) {
      if (j.page < 0 || j.page >= total) continue;
      HPDF_Destination dst = HPDF_Page_CreateDestination(pages[static_cast<std::size_t>(j.page)]);
      HPDF_Destination_SetFitH(dst, HPDF_Page_GetHeight(pages[static_cast<std::size_t>(j.page)]));
      const HPDF_Rect rect{static_cast<HPDF_REAL>(j.x), y(j.y + j.h), static_cast<HPDF_REAL>(j.x + j.w), y(j.y)};
      HPDF_Annotation a = HPDF_Page_CreateLinkAnnot(page, rect, dst);
      HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
    }
    furniture(page, g, static_cast<int>(i) + 1, total, info);
  }
  // Bookmarks: sections at the top level, subsections under the section before them.
  HPDF_Encoder utf8 = HPDF_GetEncoder(doc_, "UTF-8");
  HPDF_Outline section = nullptr;
  for (const Bookmark& b : layout.bookmarks) {
    HPDF_Outline parent = b.level == 1 || !section ? nullptr : section;
    HPDF_Outline outline = HPDF_CreateOutline(doc_, parent, b.title.c_str(), utf8);
    HPDF_Page page = pages.at(static_cast<std::size_t>(b.page));
    HPDF_Destination dst = HPDF_Page_CreateDestination(page);
    HPDF_Destination_SetFitH(dst, static_cast<HPDF_REAL>(HPDF_Page_GetHeight(page) - b.y + 8));
    HPDF_Outline_SetDestination(outline, dst);
    if (b.level == 1) section = outline;
  }
  if (!error_.empty()) return {};
  if (HPDF_SaveToStream(doc_) != HPDF_OK) return {};
  std::string bytes;
  for (;;) {
    HPDF_BYTE buffer[65536];
    HPDF_UINT32 size = sizeof buffer;
    const HPDF_STATUS status = HPDF_ReadFromStream(doc_, buffer, &size);
    bytes.append(reinterpret_cast<const char*>(buffer), size);
    if (status == HPDF_STREAM_EOF || size == 0) break;
    if (status != HPDF_OK) {
      error_ = "cannot read the PDF stream";
      return {};
    }
  }
  return bytes;
}

}  // namespace ispgen::pdf
