"""Checks the built documents of the example protocols as a reader would.

For each example protocol, from one `ispgen build`:
- the PDF passes `qpdf --check`, `pdffonts` shows every font embedded, and its text
  (`pdftotext`) holds every section heading of the Markdown, every partner's name and every
  statute's title (names and titles read from the YAML, not from ispgen);
- the DOCX, converted to PDF by LibreOffice headless, has the same section headings;
- the HTML has `lang`, a skip link, headings that never skip a level and `th` with `scope`;
- a second build is byte-identical, and no output holds the absolute path of the source;
- SOURCE_DATE_EPOCH sets the PDF's dates;
- each form a protocol lists is written in PDF, HTML and DOCX: the consent form's PDF text holds
  every label of forms/consent.yaml and every partner's name, its DOCX (via LibreOffice) every
  partner's name, and every input of an HTML form has a label.

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


def check_pdf(pdf, headings, partners, statutes, contents=True):
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
    for want in (["Contents"] if contents else []) + headings + partners + statutes:
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


class HtmlForm(html.parser.HTMLParser):
    """The ids of a form page's inputs, the `for` of its labels, and its fieldsets and legends."""
    def __init__(self):
        super().__init__()
        self.inputs, self.labelled, self.fieldsets, self.legends, self.scripts = [], set(), 0, 0, 0
        self.lang = None
        self.in_label = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag == "label":
            self.in_label += 1
            if attrs.get("for"):
                self.labelled.add(attrs["for"])
        if tag in ("input", "textarea", "select"):
            if self.in_label or attrs.get("aria-label"):
                self.labelled.add(attrs.get("id") or f"(inside a label {len(self.inputs)})")
                attrs.setdefault("id", f"(inside a label {len(self.inputs)})")
            self.inputs.append(attrs.get("id"))
        self.fieldsets += tag == "fieldset"
        self.legends += tag == "legend"
        self.scripts += tag == "script"

    def handle_endtag(self, tag):
        if tag == "label":
            self.in_label -= 1


def static_labels(definition):
    """The labels and headings of a form definition that hold no template, in fields always shown."""
    texts = []
    for section in definition["sections"]:
        if "{{" not in section["heading"] and "when" not in section:
            texts.append(section["heading"])
        for field in section["fields"]:
            label = field.get("label", "")
            if label and "{{" not in label and "when" not in field:
                texts.append(label)
    return texts


def form_files(protocol):
    """The form ids a protocol's forms are written under: per meeting for a sheet naming none."""
    meetings = [m["id"] for m in protocol.get("meetings", [])]
    for entry in protocol.get("forms", []):
        if entry["kind"] in ("signing-in", "confidentiality") and "meeting" not in entry and len(meetings) > 1:
            yield entry, [f"{entry['id']}-{m}" for m in meetings]
        elif entry["kind"] != "other":
            yield entry, [entry["id"]]


def check_form_pages(pdf, marking):
    """Every page of a form: the marking first and last, "Page X of Y" and some ink."""
    pages = int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", str(pdf)]).stdout).group(1))
    for n in range(1, pages + 1):
        lines = [l.strip() for l in run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"]).stdout.splitlines()
                 if l.strip()]
        if not lines or normalise(lines[0]) != marking or normalise(lines[-1]) != marking:
            problem(f"{pdf} page {n}: the marking is not the first and last line: {lines[:1]} {lines[-1:]}")
        if not any(f"Page {n} of {pages}" in l for l in lines):
            problem(f"{pdf} page {n}: no 'Page {n} of {pages}'")
    # The pages rasterise (pdftoppm) and are not blank.
    image = run(["pdftoppm", "-r", "12", "-gray", "-f", "1", "-l", "1", str(pdf)], encoding="latin-1").stdout
    if not image.startswith("P5") or image.count("\xff") > len(image) * 0.995:
        problem(f"{pdf}: page 1 does not rasterise to a page with ink on it")


def check_forms(root, folder, protocol, partners, work):
    consent_labels = static_labels(yaml.safe_load((root / "forms" / "consent.yaml").read_text()))
    checked = 0
    for entry, ids in form_files(protocol):
        for form_id in ids:
            base = folder / "forms" / form_id
            for suffix in (".pdf", ".html", ".docx"):
                if not base.with_suffix(suffix).exists():
                    problem(f"{base}{suffix} was not written")
            if not base.with_suffix(".pdf").exists():
                continue
            wanted = consent_labels + partners if entry["kind"] == "consent" else []
            text = check_pdf(base.with_suffix(".pdf"), [], wanted, [], contents=False)
            marking = protocol["marking"]
            expected = marking if marking == "NOT PROTECTIVELY MARKED" else marking + " when complete"
            if normalise(expected) not in text:
                problem(f"{base}.pdf: the marking is not '{expected}'")
            check_form_pages(base.with_suffix(".pdf"), expected)
            page = HtmlForm()
            page.feed(base.with_suffix(".html").read_text())
            unlabelled = [i for i in page.inputs if i not in page.labelled]
            if unlabelled or not page.inputs:
                problem(f"{base}.html: inputs without a label: {unlabelled[:5]} (of {len(page.inputs)})")
            if page.lang != "en-GB" or page.scripts or page.fieldsets == 0 or page.legends < page.fieldsets:
                problem(f"{base}.html: lang {page.lang!r}, {page.scripts} scripts, "
                        f"{page.fieldsets} fieldsets, {page.legends} legends")
            if entry["kind"] == "consent":
                check_docx(base.with_suffix(".docx"), partners, work)
            checked += 1
    return checked


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

    checked = forms_checked = 0
    for pid, protocol, partners, statutes in examples(root):
        folder = first / pid
        headings = section_headings((folder / "isp.md").read_text())
        if len(headings) < 10:
            problem(f"{pid}: only {len(headings)} sections in isp.md")
        check_pdf(folder / "isp.pdf", headings, partners, statutes)
        check_docx(folder / "isp.docx", headings, work)
        check_html(folder / "isp.html")
        forms_checked += check_forms(root, folder, protocol, partners, work)
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

    if forms_checked < 4:
        problem(f"expected the examples' forms, checked {forms_checked}")
    print(f"documents: {checked} protocols and {forms_checked} forms checked; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
