#pragma once
#include <string>

#include "ispgen/document.hpp"

// What a block is, as strings to compare.
namespace ispgen::redline {

// Everything that makes `block` and what is under it look as it does (kind, text, faces, links,
// levels, list style, table shape), as one string: equal strings, equal blocks.
std::string signature(const document::Block& block);
std::string signature(const document::Row& row, bool header);

// The text of `block` or `row`, a line between blocks and a tab between cells: what its words are
// read from.
std::string plain_text(const document::Block& block);
std::string plain_text(const document::Row& row);

}  // namespace ispgen::redline
