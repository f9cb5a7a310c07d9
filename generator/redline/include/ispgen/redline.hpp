#pragma once
#include "ispgen/document.hpp"

// The redline: the document of a protocol's NEW version with the changes from its OLD version
// marked, for signatories. The marks are the runs' `change` (inserted or deleted) in an ordinary
// document tree, so every back-end renders a redline as it renders any document.
namespace ispgen::redline {

// NEW's document (its information, title page and sections) with what only OLD has put back where
// it was and the words that changed inside matched blocks marked inserted or deleted. Sections
// pair by id: one only in OLD comes back wholly deleted, one only in NEW is wholly inserted, and a
// section's heading is merged word by word. Blocks pair by their text, lists item by item and
// tables row by row; a whole block inserted or deleted has each of its runs marked. The marks'
// author, date and starting version are NEW's `revisions`; `revisions.marked` says whether any run
// carries a change.
document::Document merge(const document::Document& old_doc, const document::Document& new_doc);

}  // namespace ispgen::redline
