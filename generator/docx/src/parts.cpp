#include "parts.hpp"

#include <algorithm>

#include "ispgen/document/words.hpp"
#include "xml.hpp"

namespace ispgen::docx {
namespace {

constexpr const char* declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const std::string w_ns = std::string("xmlns:w=\"") + w_namespace + "\"";
const std::string r_ns = std::string("xmlns:r=\"") + r_namespace + "\"";

// A paragraph style: `ppr` and `rpr` are the inner XML of its w:pPr and w:rPr.
std::string paragraph_style(const std::string& id, const std::string& name, const std::string& ppr,
                            const std::string& rpr, const std::string& based_on = "Normal",
                            const std::string& next = "") {
  std::string s = "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>";
  if (!based_on.empty()) s += "<w:basedOn w:val=\"" + based_on + "\"/>";
  if (!next.empty()) s += "<w:next w:val=\"" + next + "\"/>";
  s += "<w:qFormat/>";
  if (!ppr.empty()) s += "<w:pPr>" + ppr + "</w:pPr>";
  if (!rpr.empty()) s += "<w:rPr>" + rpr + "</w:rPr>";
  return s + "</w:style>";
}

std::string character_style(const std::string& id, const std::string& name, const std::string& rpr) {
  return "<w:style w:type=\"character\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/><w:rPr>" + rpr +
         "</w:rPr></w:style>";
}

// Courier New for Word; LibreOffice sets it in Liberation Mono (same metrics), as the PDF does.
const std::string mono = "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/>";

// The marking, centred and bold, as a header or footer paragraph.
std::string marking_paragraph(const document::Info& info) {
  return "<w:p><w:pPr><w:pStyle w:val=\"Marking\"/></w:pPr><w:r><w:t>" + xml_escape(info.marking) + "</w:t></w:r></w:p>";
}

}  // namespace

std::string content_types(const std::vector<Picture>& pictures) {
  std::string media;
  for (const char* extension : {"jpeg", "png"})
    if (std::any_of(pictures.begin(), pictures.end(), [&](const Picture& p) { return p.extension == extension; }))
      media += std::string("<Default Extension=\"") + extension + "\" ContentType=\"image/" + extension + "\"/>";
  return std::string(declaration) +
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" + media +
         "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
         "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
         "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
         "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
         "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
         "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
         "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
         "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
         "</Types>";
}

std::string package_rels() {
  return std::string(declaration) +
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
         "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
         "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
         "</Relationships>";
}

std::string document_rels(const std::vector<std::string>& links, const std::vector<Picture>& pictures) {
  const std::string type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  std::string s = std::string(declaration) +
                  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  "<Relationship Id=\"rIdStyles\" Type=\"" + type + "styles\" Target=\"styles.xml\"/>"
                  "<Relationship Id=\"rIdNumbering\" Type=\"" + type + "numbering\" Target=\"numbering.xml\"/>"
                  "<Relationship Id=\"rIdSettings\" Type=\"" + type + "settings\" Target=\"settings.xml\"/>"
                  "<Relationship Id=\"rIdHeader\" Type=\"" + type + "header\" Target=\"header1.xml\"/>"
                  "<Relationship Id=\"rIdFooter\" Type=\"" + type + "footer\" Target=\"footer1.xml\"/>";
  for (std::size_t i = 0; i < links.size(); ++i)
    s += "<Relationship Id=\"" + link_rel_id(i) + "\" Type=\"" + type + "hyperlink\" Target=\"" + xml_escape(links[i]) +
         "\" TargetMode=\"External\"/>";
  for (std::size_t i = 0; i < pictures.size(); ++i)
    s += "<Relationship Id=\"" + picture_rel_id(i) + "\" Type=\"" + type + "image\" Target=\"" +
         picture_target(i, pictures[i].extension) + "\"/>";
  return s + "</Relationships>";
}

std::string styles(const document::Info& info) {
  const std::string heading = "<w:keepNext/><w:keepLines/>";
  std::string s = std::string(declaration) + "<w:styles " + w_ns + ">";
  // Arial for Word; LibreOffice sets it in Liberation Sans (same metrics), the PDF's face.
  s += "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:eastAsia=\"Arial\" w:hAnsi=\"Arial\" "
       "w:cs=\"Arial\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang w:val=\"" + xml_escape(info.lang) +
       "\" w:eastAsia=\"" + xml_escape(info.lang) + "\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
       "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
       "</w:docDefaults>";
  s += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>";
  s += paragraph_style("Title", "Title", "<w:spacing w:before=\"2400\" w:after=\"360\"/>",
                       "<w:b/><w:bCs/><w:sz w:val=\"48\"/><w:szCs w:val=\"48\"/>", "Normal", "Normal");
  s += paragraph_style("Heading1", "heading 1", heading + "<w:spacing w:before=\"360\" w:after=\"160\"/><w:outlineLvl w:val=\"0\"/>",
                       "<w:b/><w:bCs/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>", "Normal", "Normal");
  s += paragraph_style("Heading2", "heading 2", heading + "<w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"1\"/>",
                       "<w:b/><w:bCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>", "Normal", "Normal");
  s += paragraph_style("Heading3", "heading 3", heading + "<w:spacing w:before=\"200\" w:after=\"80\"/><w:outlineLvl w:val=\"2\"/>",
                       "<w:b/><w:bCs/><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>", "Normal", "Normal");
  s += paragraph_style("TOCHeading", "TOC Heading", heading + "<w:spacing w:before=\"0\" w:after=\"240\"/>",
                       "<w:b/><w:bCs/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>", "Normal", "Normal");
  const std::string toc_tab = "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9638\"/></w:tabs>";
  s += paragraph_style("TOC1", "toc 1", toc_tab + "<w:spacing w:before=\"80\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>", "<w:b/><w:bCs/>");
  s += paragraph_style("TOC2", "toc 2", toc_tab + "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:left=\"284\"/>", "");
  s += paragraph_style("ListBullet", "List Bullet", "<w:spacing w:after=\"60\"/>", "");
  s += paragraph_style("ListNumber", "List Number", "<w:spacing w:after=\"60\"/>", "");
  s += paragraph_style("ListContinue", "List Continue", "<w:spacing w:after=\"60\"/>", "");
  s += paragraph_style("Quote", "Quote", "<w:pBdr><w:left w:val=\"single\" w:sz=\"12\" w:space=\"8\" w:color=\"808080\"/></w:pBdr><w:ind w:left=\"397\"/>", "");
  s += paragraph_style("CodeBlock", "Code Block", "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>", mono + "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>");
  s += paragraph_style("TableText", "Table Text", "<w:spacing w:before=\"40\" w:after=\"40\" w:line=\"240\" w:lineRule=\"auto\"/>",
                       "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>");
  s += paragraph_style("Marking", "Protective Marking", "<w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/>", "<w:b/><w:bCs/>");
  s += paragraph_style("Footer", "footer", "<w:tabs><w:tab w:val=\"right\" w:pos=\"9638\"/></w:tabs><w:spacing w:before=\"120\" w:after=\"60\"/>",
                       "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>");
  s += character_style("Code", "Code", mono + "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>");
  s += character_style("Hyperlink", "Hyperlink", "<w:color w:val=\"1F4E9A\"/><w:u w:val=\"single\"/>");
  s += "<w:style w:type=\"table\" w:styleId=\"ISPTable\"><w:name w:val=\"ISP Table\"/><w:qFormat/>"
       "<w:tblPr><w:tblBorders>"
       "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"595959\"/>"
       "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"595959\"/>"
       "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"595959\"/>"
       "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"595959\"/>"
       "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"595959\"/>"
       "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"595959\"/>"
       "</w:tblBorders><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
       "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr>"
       "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E0E0E0\"/></w:tcPr></w:tblStylePr>"
       "</w:style>";
  return s + "</w:styles>";
}

std::string numbering(const std::vector<OrderedList>& ordered) {
  static const char* const bullets[] = {"\u2022", "\u2013", "\u25E6"};
  std::string s = std::string(declaration) + "<w:numbering " + w_ns + ">";
  const auto level = [](int l, const std::string& format, const std::string& text) {
    const std::string left = std::to_string(360 * (l + 1));
    return "<w:lvl w:ilvl=\"" + std::to_string(l) + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + format +
           "\"/><w:lvlText w:val=\"" + text + "\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"" + left +
           "\" w:hanging=\"360\"/></w:pPr></w:lvl>";
  };
  s += "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>";
  for (int l = 0; l < 9; ++l) s += level(l, "bullet", bullets[l % 3]);
  s += "</w:abstractNum><w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"multilevel\"/>";
  for (int l = 0; l < 9; ++l) s += level(l, "decimal", "%" + std::to_string(l + 1) + ".");
  s += "</w:abstractNum>";
  s += "<w:num w:numId=\"" + std::to_string(bullet_num_id) + "\"><w:abstractNumId w:val=\"0\"/></w:num>";
  for (std::size_t i = 0; i < ordered.size(); ++i)
    s += "<w:num w:numId=\"" + std::to_string(ordered_num_id(i)) + "\"><w:abstractNumId w:val=\"1\"/>"
         "<w:lvlOverride w:ilvl=\"" + std::to_string(ordered[i].level) + "\"><w:startOverride w:val=\"" +
         std::to_string(ordered[i].start) + "\"/></w:lvlOverride></w:num>";
  return s + "</w:numbering>";
}

std::string settings() {
  return std::string(declaration) + "<w:settings " + w_ns +
         "><w:defaultTabStop w:val=\"720\"/><w:evenAndOddHeaders w:val=\"false\"/>"
         "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:updateFields w:val=\"true\"/><w:compat>"
         "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
         "</w:compat></w:settings>";
}

std::string header(const document::Info& info) {
  return std::string(declaration) + "<w:hdr " + w_ns + " " + r_ns + ">" + marking_paragraph(info) + "</w:hdr>";
}

std::string footer(const document::Info& info) {
  const auto field = [](const char* name) {
    return std::string("<w:fldSimple w:instr=\" ") + name + " \"><w:r><w:t>1</w:t></w:r></w:fldSimple>";
  };
  const auto words = [](std::string_view text) {
    return text.empty() ? std::string() : "<w:r><w:t xml:space=\"preserve\">" + xml_escape(text) + "</w:t></w:r>";
  };
  // "Page {1} of {2}": the words between the fields, in the language's order.
  const std::string_view pattern = document::words_for(info.lang).page_of;
  std::string page_of;
  std::size_t from = 0;
  for (std::size_t at = pattern.find('{'); at != std::string_view::npos && at + 2 < pattern.size(); at = pattern.find('{', from)) {
    page_of += words(pattern.substr(from, at - from));
    page_of += field(pattern[at + 1] == '1' ? "PAGE" : "NUMPAGES");
    from = at + 3;
  }
  page_of += words(pattern.substr(from));
  return std::string(declaration) + "<w:ftr " + w_ns + " " + r_ns + "><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" +
         xml_escape(document::footer_line(info)) + "</w:t></w:r><w:r><w:tab/></w:r>" + page_of + "</w:p>" + marking_paragraph(info) +
         "</w:ftr>";
}

std::string core_properties(const document::Info& info) {
  std::string s = std::string(declaration) +
                  "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                  "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                  "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                  "<dc:title>" + xml_escape(info.title) + "</dc:title><dc:subject>" + xml_escape(info.subject) +
                  "</dc:subject><dc:creator>" + xml_escape(info.author) + "</dc:creator><cp:keywords>" +
                  xml_escape(document::fill(document::words_for(info.lang).keywords, {info.marking, info.version})) +
                  "</cp:keywords><dc:language>" +
                  xml_escape(info.lang) + "</dc:language><cp:version>" + xml_escape(info.version) + "</cp:version>";
  if (!info.date_iso.empty())
    s += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + xml_escape(info.date_iso) + "T00:00:00Z</dcterms:created>"
         "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + xml_escape(info.date_iso) + "T00:00:00Z</dcterms:modified>";
  return s + "</cp:coreProperties>";
}

std::string app_properties() {
  return std::string(declaration) +
         "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
         "<Application>ispgen</Application></Properties>";
}

std::string section_properties(const Margins& margins) {
  const std::string top = std::to_string(margins.top), side = std::to_string(margins.side),
                    bottom = std::to_string(margins.bottom);
  return "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"
         "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
         "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
         "<w:pgMar w:top=\"" + top + "\" w:right=\"" + side + "\" w:bottom=\"" + bottom + "\" w:left=\"" + side +
         "\" w:header=\"567\" w:footer=\"454\" w:gutter=\"0\"/>"
         "</w:sectPr>";
}

}  // namespace ispgen::docx
