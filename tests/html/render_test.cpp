// The HTML of a document tree built by hand: structure, inline runs, redline marks and escaping.
#include <catch2/catch.hpp>
#include <string>

#include "ispgen/html.hpp"

using namespace ispgen;
using Catch::Matchers::Contains;
using document::Block;
using document::Change;
using document::Face;
using document::Run;

namespace {

Run run(std::string text, Face face = Face::regular, Change change = Change::none) {
  Run r;
  r.text = std::move(text);
  r.face = face;
  r.change = change;
  return r;
}

Block paragraph(std::vector<Run> runs) { return Block{document::Paragraph{std::move(runs), {}, {}}}; }

document::Section section(std::string number, std::string title, std::vector<Block> blocks, bool appendix = false) {
  document::Section s;
  s.number = number;
  s.title = title;
  s.appendix = s.new_page = appendix;
  s.heading = {run(appendix ? "Appendix " + number + " \u2013 " + title : number + ". " + title)};
  s.blocks = std::move(blocks);
  return s;
}

// A small ISP: a title page, two sections and an appendix.
document::Document small_document() {
  document::Document doc;
  doc.info.title = "Small protocol";
  doc.info.marking = "OFFICIAL";
  doc.info.footer = "Small protocol";
  doc.info.footer_end = ", version 1.0";
  doc.front = {Block{document::Heading{1, {run("Small protocol")}}}, paragraph({run("Tŷ Coch Partnership")})};
  doc.contents = true;
  doc.sections.push_back(section("1", "Purpose", {paragraph({run("Why we share.")})}));
  doc.sections.push_back(section("2", "Security", {Block{document::Heading{3, {run("Sending")}}},
                                                   paragraph({run("By secure email.")})}));
  doc.sections.push_back(section("A", "Glossary", {paragraph({run("Terms.")})}, true));
  return doc;
}

std::string page(const document::Document& doc) {
  const document::Rendered r = html::render(doc);
  REQUIRE(r.error.empty());
  return r.bytes;
}

std::string body_of(const std::string& html) { return html.substr(html.find("<body>")); }

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

}  // namespace

TEST_CASE("a document is a title page, a contents list of its sections, and the sections") {
  const std::string html = page(small_document());
  CHECK_THAT(html, Contains("<html lang=\"en-GB\">"));
  CHECK_THAT(html, Contains("<a class=\"skip-link\" href=\"#main\">Skip to the document</a>"));
  CHECK_THAT(html, Contains("<header class=\"title-page\">\n<h1 id=\"small-protocol\">Small protocol</h1>\n"
                            "<p>Tŷ Coch Partnership</p>\n</header>\n"));
  CHECK_THAT(html, Contains("<h2 id=\"contents\">Contents</h2>\n<ul>\n<li><a href=\"#s-1-purpose\">1. Purpose</a></li>\n"
                            "<li><a href=\"#s-2-security\">2. Security</a></li>\n"
                            "<li><a href=\"#appendix-a-glossary\">Appendix A \u2013 Glossary</a></li>\n</ul>\n"));
  CHECK_THAT(html, Contains("<main id=\"main\">\n<h2 id=\"s-1-purpose\">1. Purpose</h2>\n<p>Why we share.</p>\n"
                            "<h2 id=\"s-2-security\">2. Security</h2>\n<h3 id=\"sending\">Sending</h3>\n"));
  // An appendix starts a page.
  CHECK_THAT(html, Contains("<hr class=\"page-break\">\n<h2 id=\"appendix-a-glossary\">Appendix A \u2013 Glossary</h2>"));
  CHECK(count(html, "page-break\">") == 1);
  CHECK_THAT(html, Contains("<footer>\n<p class=\"marking\">OFFICIAL</p>\n<p>Small protocol, version 1.0</p>\n</footer>"));
  CHECK(count(html, "<p class=\"marking\">OFFICIAL</p>") == 2);
  CHECK_THAT(html, Contains("@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages);"));
  CHECK_THAT(html, !Contains("class=\"legend\""));
}

TEST_CASE("headings never skip a level, and their ids are unique in the page") {
  document::Document doc = small_document();
  doc.sections[0].blocks.push_back(Block{document::Heading{5, {run("Purpose")}}});
  doc.sections[1].blocks.push_back(Block{document::Heading{3, {run("Sending")}}});
  const std::string html = page(doc);
  CHECK_THAT(html, Contains("<h3 id=\"purpose\">Purpose</h3>"));
  CHECK_THAT(html, Contains("<h3 id=\"sending-2\">Sending</h3>"));
}

TEST_CASE("a document without contents lists none") {
  document::Document doc = small_document();
  doc.contents = false;
  CHECK_THAT(page(doc), Contains("<h2 id=\"contents\">Contents</h2>\n<ul>\n</ul>"));
}

TEST_CASE("runs: faces, the author's strikethrough, links to the web only, line breaks") {
  Run link = run("the site");
  link.link = "https://example.org/?a=1&b=\"2\"";
  Run script = run("a trap");
  script.link = "javascript:alert(1)";
  Run struck = run("not this");
  struck.struck = true;
  Run br;
  br.line_break = true;
  document::Document doc = small_document();
  doc.sections[0].blocks = {paragraph({run("Plain "), run("bold", Face::bold), run(" and "), run("both", Face::bold_italic),
                                       run(" "), run("italic", Face::italic), run(" "), run("code()", Face::mono), run(", "),
                                       link, run(", "), script, run(", "), struck, br, run("next line")})};
  CHECK_THAT(page(doc), Contains("<p>Plain <strong>bold</strong> and <strong><em>both</em></strong> <em>italic</em> "
                                 "<code>code()</code>, <a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\">the "
                                 "site</a>, a trap, <s>not this</s><br>\nnext line</p>"));
}

TEST_CASE("runs that share a face share one element") {
  document::Document doc = small_document();
  doc.sections[0].blocks = {paragraph({run("a ", Face::bold), run("b", Face::bold_italic), run(" c", Face::bold)})};
  CHECK_THAT(page(doc), Contains("<p><strong>a <em>b</em> c</strong></p>"));
}

TEST_CASE("lists, quotes, code, tables and page breaks") {
  document::List tight{false, 1, true, {{{paragraph({run("one")})}}, {{paragraph({run("two")})}}}};
  document::List loose{true, 3, false, {{{paragraph({run("three")})}}}};
  document::Table table;
  table.columns = 2;
  table.header_rows = 1;
  table.align = "lr";
  table.rows = {{{{{run("Name")}}, {{run("Count")}}}}, {{{{run("Jo")}}, {{run("2")}}}}};
  document::Table headless;
  headless.columns = 1;
  headless.rows = {{{{{run("Only")}}}}};
  document::Document doc = small_document();
  doc.sections[0].blocks = {Block{tight},
                            Block{loose},
                            Block{document::Quote{{paragraph({run("Quoted.")})}}},
                            Block{document::Code{"line <1>\nline 2", Change::none}},
                            Block{table},
                            Block{document::PageBreak{}},
                            Block{headless}};
  const std::string html = page(doc);
  CHECK_THAT(html, Contains("<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ol start=\"3\">\n<li><p>three</p>\n</li>\n</ol>\n"
                            "<blockquote>\n<p>Quoted.</p>\n</blockquote>\n<pre><code>line &lt;1&gt;\nline 2\n</code></pre>\n"));
  CHECK_THAT(html, Contains("<div class=\"table-wrap\"><table>\n<thead>\n<tr><th scope=\"col\">Name</th>"
                            "<th scope=\"col\" class=\"right\">Count</th></tr>\n</thead>\n<tbody>\n"
                            "<tr><td>Jo</td><td class=\"right\">2</td></tr>\n</tbody>\n</table></div>\n"
                            "<hr class=\"page-break\">\n<div class=\"table-wrap\"><table>\n<tbody>\n<tr><td>Only</td></tr>\n"
                            "</tbody>\n</table></div>\n"));
}

TEST_CASE("a figure is an image with its bytes inline, its alternative text and caption") {
  document::Document doc = small_document();
  doc.sections[0].blocks = {Block{document::Figure{"\x89PNG\r\n", "image/png", "A \"flow\" <chart>", "Figure 1 & 2"}}};
  CHECK_THAT(page(doc), Contains("<figure><img src=\"data:image/png;base64,iVBORw0K\" alt=\"A &quot;flow&quot; "
                                 "&lt;chart&gt;\"><figcaption>Figure 1 &amp; 2</figcaption></figure>\n"));
}

TEST_CASE("a redline marks inserted and deleted runs, lists headings as accepted, and has a legend") {
  document::Document doc = small_document();
  doc.sections[0].heading = {run("1. "), run("Purpose", Face::regular, Change::deleted),
                             run("Aims", Face::regular, Change::inserted)};
  doc.sections[1].heading = {run("2. Security", Face::regular, Change::deleted)};
  doc.sections[0].blocks = {paragraph({run("For "), run("seven", Face::regular, Change::deleted),
                                       run("eight", Face::regular, Change::inserted), run(" years"),
                                       run(" & a day", Face::bold, Change::inserted), run(".")})};
  doc.revisions = {true, "Jo Bloggs <IG lead>", "2024-06-01", ""};
  const std::string html = page(doc);
  CHECK_THAT(html, Contains("<p class=\"legend\">This copy marks the changes made by Jo Bloggs &lt;IG lead&gt; on 1 June 2024 "
                            "since the previous version: <ins>inserted text</ins> is underlined, <del>deleted text</del> "
                            "is struck through.</p>"));
  CHECK_THAT(html, Contains("<h2 id=\"s-1-aims\">1. <del>Purpose</del><ins>Aims</ins></h2>"));
  CHECK_THAT(html, Contains("<li><a href=\"#s-1-aims\">1. Aims</a></li>"));
  // A section deleted whole keeps an id from its old text and is not in the contents.
  CHECK_THAT(html, Contains("<h2 id=\"s-2-security\"><del>2. Security</del></h2>"));
  CHECK(count(html, "Security") == 1);
  CHECK_THAT(html, !Contains("href=\"#s-2-security\""));
  CHECK_THAT(html, Contains("<p>For <del>seven</del><ins>eight</ins> years<ins><strong> &amp; a day</strong></ins>.</p>"));

  doc.revisions = {true, "", "", "1.2"};
  doc.info.author = "";
  CHECK_THAT(page(doc), Contains("<p class=\"legend\">This copy marks the changes since version 1.2: <ins>"));
  doc.revisions = {true, "", "2024-06", ""};
  doc.info.author = "The board";
  CHECK_THAT(page(doc), Contains("This copy marks the changes made by The board on June 2024 since the previous version:"));
}

TEST_CASE("hostile text in every field of a document stays text") {
  const std::string evil = "<script>alert('x')</script>\"&";
  const std::string escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;";
  Run link = run(evil);
  link.link = "https://example.org/\"><script>";
  document::Document doc;
  doc.info.title = doc.info.marking = doc.info.footer = doc.info.footer_end = doc.info.author = evil;
  doc.info.lang = "en\"><script>";
  doc.front = {Block{document::Heading{1, {run(evil)}}}, paragraph({run(evil)})};
  doc.contents = true;
  document::Paragraph clause{{run(evil, Face::mono)}, document::Paragraph::Role::body, evil};
  document::Table table;
  table.columns = 1;
  table.header_rows = 1;
  table.align = "<";
  table.rows = {{{{{run(evil)}}}}, {{{{run(evil)}}}}};
  document::Section s = section("1", evil, {Block{clause}, paragraph({link}), Block{document::Code{evil, Change::deleted}},
                                            Block{document::List{false, 1, true, {{{paragraph({run(evil)})}}}}},
                                            Block{document::Quote{{paragraph({run(evil, Face::bold)})}}}, Block{table},
                                            Block{document::Figure{evil, evil, evil, evil}}});
  s.heading = {run(evil, Face::regular, Change::inserted)};
  doc.sections = {s};
  doc.revisions = {true, evil, evil, evil};
  const std::string html = page(doc);
  const std::string body = body_of(html);
  CHECK_THAT(html, !Contains("<script>"));
  CHECK_THAT(html, !Contains("<scrip"));
  CHECK(count(body, escaped) >= 12);
  CHECK_THAT(body, Contains("<a href=\"https://example.org/&quot;&gt;&lt;script&gt;\">"));
  CHECK_THAT(body, Contains("<span class=\"clause\">" + escaped + "</span> <code>" + escaped + "</code>"));
  CHECK_THAT(body, Contains("<li><a href=\"#script-alert-x-script-2\">" + escaped + "</a></li>"));
  CHECK_THAT(html, Contains("<html lang=\"en&quot;&gt;&lt;script&gt;\">"));
  CHECK_THAT(html, Contains("<title>" + escaped + "</title>"));
}

TEST_CASE("a form document is the form's page") {
  document::Form form;
  form.id = "consent";
  form.title = "Consent <to share>";
  form.protocol_title = "Small protocol";
  form.version = "1.0";
  document::Field yes_no;
  yes_no.kind = document::FieldKind::yes_no;
  yes_no.name = "agree";
  yes_no.label = "Do you agree?";
  form.sections = {{"Agreement", {yes_no}}};
  document::Document doc;
  doc.info.marking = "OFFICIAL-SENSITIVE when complete";
  doc.front = {Block{form}};
  const std::string html = page(doc);
  CHECK_THAT(html, Contains("<h1>Consent &lt;to share&gt;</h1>\n<p>Small protocol, version 1.0</p>\n</header>\n<main>\n"
                            "<form class=\"isp-form\""));
  CHECK_THAT(html, Contains("<ul class=\"options inline\">\n<li><input type=\"radio\" id=\"f-agree-1\" name=\"agree\" "
                            "value=\"Yes\"><label for=\"f-agree-1\">Yes</label></li>\n<li><input type=\"radio\" "
                            "id=\"f-agree-2\" name=\"agree\" value=\"No\"><label for=\"f-agree-2\">No</label></li>"));
  CHECK_THAT(html, !Contains("class=\"contents\""));
}

TEST_CASE("the index lists every protocol with its documents and forms, in the words of its language") {
  const std::vector<html::IndexEntry> entries = {
      {"small", "Small <protocol>", "Active", "1.0", "", {{"html", "HTML"}, {"md", "Markdown"}}, {{"consent", "Consent & sharing"}}, {{"pdf", "PDF"}}},
      {"other", "Other", "Draft", "0.1", "1 April 2026", {}, {}, {}}};
  const std::string html = html::render_index(entries, "en-GB");
  CHECK_THAT(html, Contains("<html lang=\"en-GB\">"));
  CHECK_THAT(html, Contains("<title>Information sharing protocols</title>"));
  CHECK_THAT(html, Contains("<tr><th scope=\"col\">Protocol</th><th scope=\"col\">Status</th><th scope=\"col\">Version</th>"
                            "<th scope=\"col\">Next review</th><th scope=\"col\">Documents</th><th scope=\"col\">Forms</th></tr>"));
  CHECK_THAT(html, Contains("<tr><td><a href=\"small/isp.html\">Small &lt;protocol&gt;</a></td><td>Active</td><td>1.0</td>"
                            "<td>None set</td><td><a href=\"small/isp.html\">HTML</a> · <a href=\"small/isp.md\">Markdown</a>"
                            "</td><td><ul class=\"forms\">\n<li>Consent &amp; sharing<br><a href=\"small/forms/consent.pdf\">"
                            "PDF</a></li>\n</ul>\n</td></tr>"));
  CHECK_THAT(html, Contains("<td>1 April 2026</td><td></td><td>None</td></tr>"));
}
