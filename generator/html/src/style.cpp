#include "ispgen/html.hpp"

namespace ispgen::html {

std::string_view style_sheet() {
  return R"css(:root { --ink: #1b1b1b; --muted: #505a5f; --rule: #b1b4b6; --band: #f3f2f1; --link: #1d70b8; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 1rem 1.5rem 3rem; color: var(--ink); background: #fff;
       font: 1rem/1.5 "Liberation Sans", Arial, "DejaVu Sans", sans-serif; }
a { color: var(--link); }
a:focus { outline: 3px solid #fd0; outline-offset: 0; background: #fd0; color: #0b0c0c; }
.skip-link { position: absolute; left: -9999px; }
.skip-link:focus { position: static; display: inline-block; padding: .5rem; }
.marking { margin: 0; padding: .25rem; text-align: center; font-weight: bold; letter-spacing: .05em;
           border: 2px solid var(--ink); }
.title-page { padding: 3rem 0 2rem; border-bottom: 1px solid var(--rule); }
.title-page h1 { font-size: 2.2rem; line-height: 1.2; margin: 0 0 1.5rem; }
h1, h2, h3, h4 { line-height: 1.25; margin: 2rem 0 .75rem; }
h2 { font-size: 1.5rem; border-bottom: 1px solid var(--rule); padding-bottom: .25rem; }
h3 { font-size: 1.2rem; }
h4, h5, h6 { font-size: 1rem; }
.contents ul { list-style: none; padding-left: 0; columns: 2 18rem; }
.contents li { margin: .2rem 0; break-inside: avoid; }
.table-wrap { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid var(--rule); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--band); }
.right { text-align: right; }
.centre { text-align: center; }
blockquote { margin: 1rem 0; padding: .25rem 1rem; border-left: 4px solid var(--rule); color: var(--muted); }
code, pre { font-family: "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: .9em; }
pre { background: var(--band); padding: .75rem; overflow-x: auto; }
hr.page-break { border: 0; border-top: 1px dashed var(--rule); margin: 2.5rem 0; }
footer { margin-top: 3rem; color: var(--muted); font-size: .9rem; }
ins { text-decoration: underline; text-decoration-thickness: .08em; text-underline-offset: .15em;
      color: #005a30; background: #e3f1e8; }
del { text-decoration: line-through; text-decoration-thickness: .08em; color: #a4161a; background: #fbe7e6; }
ins, del { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
del + ins { margin-left: .2em; }
.legend { padding: .5rem .75rem; border: 1px solid var(--rule); background: var(--band); font-size: .9rem; }
@media print {
  @page { size: A4; margin: 22mm 18mm 24mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  .skip-link, .marking, footer { display: none; }
  .title-page { min-height: 200mm; border: 0; break-after: page; }
  .contents { break-after: page; }
  .contents ul { columns: 1; }
  .table-wrap { overflow: visible; }
  thead { display: table-header-group; }
  tr, th, td { break-inside: avoid; }
  h1, h2, h3, h4 { break-after: avoid; }
  hr.page-break { border: 0; margin: 0; break-after: page; }
}
)css";
}

}  // namespace ispgen::html
