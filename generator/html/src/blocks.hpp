#pragma once
#include <string>
#include <utility>
#include <vector>

#include "ispgen/document.hpp"
#include "ispgen/document/words.hpp"
#include "page.hpp"

namespace ispgen::html {

// Writes blocks of the document tree as HTML, in document order, giving each heading an id from
// `ids` and keeping heading levels from skipping (an h4 straight after an h2 is written h3).
class BlockWriter {
 public:
  BlockWriter(Ids& ids, const document::Words& words) : ids_(ids), words_(words) {}

  // `blocks`; in a tight list's item, paragraphs without <p>.
  void blocks(const std::vector<document::Block>& blocks, bool tight = false);

  // A heading of `level` with its id; returns the id.
  std::string heading(int level, const std::vector<document::Run>& runs);

  // What has been written since the last take.
  std::string take() { return std::exchange(out_, {}); }

 private:
  void block(const document::Block& block, bool tight);
  void table(const document::Table& t);
  void figure(const document::Figure& f);

  Ids& ids_;
  const document::Words& words_;
  std::string out_;
  int last_level_ = 0;
};

}  // namespace ispgen::html
