#include "picture.hpp"

#include <pugixml.hpp>

#include <algorithm>

#include "xml.hpp"

namespace ispgen::docx {
namespace {

constexpr long emu_per_pixel = 9525;  // English Metric Units at 96 pixels to the inch
constexpr long emu_per_twip = 635;
constexpr const char* drawing_namespace = "http://schemas.openxmlformats.org/drawingml/2006/main";
constexpr const char* picture_namespace = "http://schemas.openxmlformats.org/drawingml/2006/picture";

long big_endian(std::string_view bytes, std::size_t at, int size) {
  long value = 0;
  for (int i = 0; i < size; ++i) value = value << 8 | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
  return value;
}

std::optional<PixelSize> png_size(std::string_view bytes) {
  if (bytes.size() < 24 || bytes.substr(0, 8) != "\x89PNG\r\n\x1a\n" || bytes.substr(12, 4) != "IHDR") return std::nullopt;
  return PixelSize{big_endian(bytes, 16, 4), big_endian(bytes, 20, 4)};
}

// A JPEG's size is in its first start-of-frame segment (SOF0-SOF15 but DHT, JPG and DAC).
std::optional<PixelSize> jpeg_size(std::string_view bytes) {
  if (bytes.size() < 4 || bytes.substr(0, 2) != "\xFF\xD8") return std::nullopt;
  std::size_t at = 2;
  while (at + 9 < bytes.size() && static_cast<unsigned char>(bytes[at]) == 0xFF) {
    const unsigned marker = static_cast<unsigned char>(bytes[at + 1]);
    const long length = big_endian(bytes, at + 2, 2);
    if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
      return PixelSize{big_endian(bytes, at + 7, 2), big_endian(bytes, at + 5, 2)};
    if (length < 2) return std::nullopt;
    at += 2 + static_cast<std::size_t>(length);
  }
  return std::nullopt;
}

}  // namespace

std::string picture_extension(std::string_view media_type) {
  if (media_type == "image/png") return "png";
  if (media_type == "image/jpeg") return "jpeg";
  return "";
}

std::optional<PixelSize> pixel_size(std::string_view bytes, std::string_view extension) {
  const std::optional<PixelSize> size = extension == "png" ? png_size(bytes) : extension == "jpeg" ? jpeg_size(bytes) : std::nullopt;
  if (!size || size->width <= 0 || size->height <= 0) return std::nullopt;
  return size;
}

std::string picture_rel_id(std::size_t index) { return "rIdPicture" + std::to_string(index + 1); }

std::string picture_target(std::size_t index, std::string_view extension) {
  return "media/image" + std::to_string(index + 1) + "." + std::string(extension);
}

void write_inline_picture(pugi::xml_node paragraph, std::size_t index, PixelSize size, int max_width, const std::string& alt) {
  long cx = size.width * emu_per_pixel, cy = size.height * emu_per_pixel;
  const long widest = static_cast<long>(max_width) * emu_per_twip;
  if (cx > widest) {
    cy = std::max(1L, cy * widest / cx);
    cx = widest;
  }
  const std::string description = xml_text(alt), name = "Picture " + std::to_string(index + 1);
  pugi::xml_node inline_ = paragraph.append_child("w:r").append_child("w:drawing").append_child("wp:inline");
  for (const char* side : {"distT", "distB", "distL", "distR"}) inline_.append_attribute(side) = 0;
  pugi::xml_node extent = inline_.append_child("wp:extent");
  extent.append_attribute("cx") = cx;
  extent.append_attribute("cy") = cy;
  pugi::xml_node doc_pr = inline_.append_child("wp:docPr");
  doc_pr.append_attribute("id") = index + 1;
  doc_pr.append_attribute("name") = name.c_str();
  doc_pr.append_attribute("descr") = description.c_str();
  pugi::xml_node locks = inline_.append_child("wp:cNvGraphicFramePr").append_child("a:graphicFrameLocks");
  locks.append_attribute("xmlns:a") = drawing_namespace;
  locks.append_attribute("noChangeAspect") = 1;
  pugi::xml_node graphic = inline_.append_child("a:graphic");
  graphic.append_attribute("xmlns:a") = drawing_namespace;
  pugi::xml_node data = graphic.append_child("a:graphicData");
  data.append_attribute("uri") = picture_namespace;
  pugi::xml_node pic = data.append_child("pic:pic");
  pic.append_attribute("xmlns:pic") = picture_namespace;
  pugi::xml_node nv = pic.append_child("pic:nvPicPr");
  pugi::xml_node c_nv = nv.append_child("pic:cNvPr");
  c_nv.append_attribute("id") = 0;
  c_nv.append_attribute("name") = name.c_str();
  c_nv.append_attribute("descr") = description.c_str();
  nv.append_child("pic:cNvPicPr");
  pugi::xml_node fill = pic.append_child("pic:blipFill");
  fill.append_child("a:blip").append_attribute("r:embed") = picture_rel_id(index).c_str();
  fill.append_child("a:stretch").append_child("a:fillRect");
  pugi::xml_node shape = pic.append_child("pic:spPr");
  pugi::xml_node xfrm = shape.append_child("a:xfrm");
  pugi::xml_node off = xfrm.append_child("a:off");
  off.append_attribute("x") = 0;
  off.append_attribute("y") = 0;
  pugi::xml_node ext = xfrm.append_child("a:ext");
  ext.append_attribute("cx") = cx;
  ext.append_attribute("cy") = cy;
  pugi::xml_node geometry = shape.append_child("a:prstGeom");
  geometry.append_attribute("prst") = "rect";
  geometry.append_child("a:avLst");
}

}  // namespace ispgen::docx
