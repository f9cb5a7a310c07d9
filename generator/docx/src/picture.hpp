#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace pugi {
class xml_node;
}

namespace ispgen::docx {

// An image the package carries as word/media/image<N>.<extension>.
struct Picture {
  std::string bytes;
  std::string extension;  // "png" or "jpeg"
};

// The file extension of a media type Word shows inline ("png", "jpeg"), or "".
std::string picture_extension(std::string_view media_type);

// The width and height of a PNG or JPEG image in pixels, if its header says.
struct PixelSize {
  long width = 0;
  long height = 0;
};
std::optional<PixelSize> pixel_size(std::string_view bytes, std::string_view extension);

// The relationship id of the `index`th picture, and its part's path inside word/.
std::string picture_rel_id(std::size_t index);
std::string picture_target(std::size_t index, std::string_view extension);

// Appends to `paragraph` a run showing picture `index` inline, `size` scaled (at 96 pixels to
// the inch) to fit `max_width` twips, described by `alt`.
void write_inline_picture(pugi::xml_node paragraph, std::size_t index, PixelSize size, int max_width, const std::string& alt);

}  // namespace ispgen::docx
