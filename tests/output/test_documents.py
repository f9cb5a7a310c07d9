"""Checks the built documents of the example protocols as a reader would.

For each example protocol, from one `ispgen build`:
- the PDF passes `qpdf --check`, `pdffonts` shows every font embedded, and its text
  (`pdftotext`) holds every section heading of the Markdown, every partner's name and every
  statute's title (names and titles read from the YAML, not from ispgen);
- the DOCX, converted to PDF by LibreOffice headless, has the same section headings;
- the HTML has `lang`, a skip link, headings that never skip a level and `th` with `scope`;
- a second build is byte-identical, and no output holds the absolute path of the source;
- SOURCE_DATE_EPOCH sets the PDF's dates.

usage: test_documents.py ISPGEN_BINARY REPOSITORY_ROOT WORK_DIR
"""
import html.parser
import pathlib
import re
import shutil
import subprocess
import sys
import zipfile

import yaml

problems = []


def problem(text):
    problems.append(text)
    print("FAIL:", text)


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def normalise(text):
    """Whitespace runs as one space; typographic quotes and dashes as plain ones."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", text)


def build(ispgen, root, out, env=None):
    result = run([ispgen, "build", "-o", str(out), "protocols/"], cwd=root, env=env)
    if result.returncode != 0:
        problem(f"build failed ({result.returncode}): {result.stderr}")
        sys.exit(1)


def examples(root):
    """(protocol id, protocol YAML, partner names, statute titles) for each example."""
    for folder in sorted((root / "protocols").iterdir()):
        directory = {p["id"]: p["name"] for p in yaml.safe_load((folder / "partners.yaml").read_text())["partners"]}
        library = {g["id"]: g["title"] for g in yaml.safe_load((folder / "gateways.yaml").read_text())["gateways"]}
        for path in sorted(folder.glob("*.yaml")):
            if path.name in ("partners.yaml", "gateways.yaml"):
                continue
            protocol = yaml.safe_load(path.read_text())
            ids = [p if isinstance(p, str) else p["id"] for p in protocol.get("partners", [])]
            gateways = [g if isinstance(g, str) else g["id"] for g in protocol.get("gateways", [])]
            yield protocol["id"], protocol, [directory[i] for i in ids], [library[g] for g in gateways]


def section_headings(markdown):
    """The level-2 headings of the document's Markdown: its sections and appendices."""
    return [line[3:].strip() for line in markdown.splitlines() if line.startswith("## ")]


def unescape_markdown(text):
    return re.sub(r"\\(.)", r"\1", text)


def check_pdf(pdf, headings, partners, statutes):
    qpdf = run(["qpdf", "--check", str(pdf)])
    if qpdf.returncode != 0:
        problem(f"{pdf}: qpdf --check failed: {qpdf.stdout[-400:]}")
    fonts = run(["pdffonts", str(pdf)]).stdout.splitlines()[2:]
    if not fonts:
        problem(f"{pdf}: pdffonts lists no fonts")
    for line in fonts:
        if not re.search(r"\s+yes\s+yes\s+yes\s+", line):
            problem(f"{pdf}: font not embedded as a subset with Unicode: {line}")
    text = normalise(run(["pdftotext", "-raw", str(pdf), "-"]).stdout)
    for want in ["Contents"] + headings + partners + statutes:
        if normalise(unescape_markdown(want)) not in text:
            problem(f"{pdf}: text lacks '{want}'")
    return text


def check_docx(docx, headings, work):
    if not docx.exists():
        problem(f"{docx} was not written")
        return
    if not shutil.which("soffice"):
        problem("soffice (LibreOffice) is not installed")
        return
    with zipfile.ZipFile(docx) as z:
        if z.testzip() is not None:
            problem(f"{docx}: corrupt ZIP member")
    outdir = work / "libreoffice"
    outdir.mkdir(exist_ok=True)
    profile = (work / "lo-profile").as_uri()
    converted = run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                     "--outdir", str(outdir), str(docx)], timeout=180)
    pdf = outdir / (docx.stem + ".pdf")
    if converted.returncode != 0 or not pdf.exists():
        problem(f"{docx}: LibreOffice could not convert it: {converted.stderr[-400:]}")
        return
    text = normalise(run(["pdftotext", "-raw", str(pdf), "-"]).stdout)
    for want in headings:
        if normalise(unescape_markdown(want)) not in text:
            problem(f"{docx} (via LibreOffice): text lacks '{want}'")


class HtmlOutline(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.lang = None
        self.levels = []
        self.th_without_scope = 0
        self.skip_link = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if re.fullmatch(r"h[1-6]", tag):
            self.levels.append(int(tag[1]))
        if tag == "th" and "scope" not in attrs:
            self.th_without_scope += 1
        if tag == "a" and attrs.get("href", "").startswith("#") and not self.levels:
            self.skip_link = True


def check_html(page):
    outline = HtmlOutline()
    outline.feed(page.read_text())
    if outline.lang != "en-GB":
        problem(f"{page}: lang is {outline.lang!r}")
    if not outline.skip_link:
        problem(f"{page}: no skip link before the first heading")
    if outline.th_without_scope:
        problem(f"{page}: {outline.th_without_scope} th without scope")
    previous = 0
    for level in outline.levels:
        if level > previous + 1:
            problem(f"{page}: heading level jumps from {previous} to {level}")
            break
        previous = level
    if outline.levels[:1] != [1] or outline.levels.count(1) != 1:
        problem(f"{page}: not exactly one h1, first")


def files_under(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def main():
    ispgen, root, work = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    env = {k: v for k, v in __import__("os").environ.items() if k != "SOURCE_DATE_EPOCH"}
    first, second = work / "first", work / "second"
    build(ispgen, root, first, env)
    build(ispgen, root, second, env)

    checked = 0
    for pid, protocol, partners, statutes in examples(root):
        folder = first / pid
        headings = section_headings((folder / "isp.md").read_text())
        if len(headings) < 10:
            problem(f"{pid}: only {len(headings)} sections in isp.md")
        check_pdf(folder / "isp.pdf", headings, partners, statutes)
        check_docx(folder / "isp.docx", headings, work)
        check_html(folder / "isp.html")
        checked += 1
    if checked != 3:
        problem(f"expected the 3 example protocols, found {checked}")
    check_html(first / "index.html")

    # Same input, same bytes; nothing that names where the sources are.
    a, b = files_under(first), files_under(second)
    if a.keys() != b.keys():
        problem(f"the two builds wrote different files: {sorted(set(a) ^ set(b))}")
    for name in sorted(a.keys() & b.keys()):
        if a[name] != b[name]:
            problem(f"{name} differs between two builds of the same input")
        if str(root.resolve()).encode() in a[name] or str(work.resolve()).encode() in a[name]:
            problem(f"{name} holds an absolute path")

    # SOURCE_DATE_EPOCH (2024-03-05) sets the documents' dates.
    dated = work / "dated"
    build(ispgen, root, dated, dict(env, SOURCE_DATE_EPOCH="1709640000"))
    for pdf in sorted(dated.glob("*/isp.pdf")):
        info = run(["pdfinfo", str(pdf)]).stdout
        if "Tue Mar  5 00:00:00 2024" not in info:
            problem(f"{pdf}: CreationDate is not SOURCE_DATE_EPOCH's date: {info}")

    print(f"documents: {checked} protocols checked; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
