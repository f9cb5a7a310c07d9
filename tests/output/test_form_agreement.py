"""The three formats of each example form agree on the rules of the one form table
(generator/document/include/ispgen/document/form_rules.hpp): the same hints under the same
fields, Yes-to-No spacing of 25.4 mm and the page margins. Usage: test_form_agreement.py ISPGEN ROOT"""
import html as html_lib
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HINTS = ("Tick one.", "Tick all that apply.")
YES_NO_MM = 25.4
problems = []


def problem(text):
    problems.append(text)
    print("FAIL: " + text)


def html_text(path):
    body = path.read_text()
    body = re.sub(r"<style>.*?</style>", " ", body, flags=re.S)
    return html_lib.unescape(re.sub(r"<[^>]+>", " ", body))


def docx_text(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    return html_lib.unescape(" ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))), xml


def pdf_words(path):
    """The words of a PDF with their left edges in points, from pdftotext -bbox."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True).stdout
    return [(float(m.group(1)), float(m.group(2)), html_lib.unescape(m.group(3)))
            for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', out)]


def check_form(stem):
    name = f"{stem.parent.parent.name}/{stem.name}"
    html_page = html_text(stem.with_suffix(".html"))
    docx_words, docx_xml = docx_text(stem.with_suffix(".docx"))
    words = pdf_words(stem.with_suffix(".pdf"))
    pdf_text = " ".join(w for _, _, w in words)
    for hint in HINTS:
        counts = [text.count(hint) for text in (html_page, docx_words, pdf_text)]
        if len(set(counts)) != 1:
            problem(f"{name}: '{hint}' appears {counts[0]} (HTML), {counts[1]} (DOCX), {counts[2]} (PDF) times")
    # Yes and No: in the PDF the No box (and so its word) is 25.4 mm right of the Yes box's.
    yes_no = [(x, y) for x, y, w in words if w == "Yes"], [(x, y) for x, y, w in words if w == "No"]
    for yes_x, yes_y in yes_no[0]:
        on_line = [x for x, y in yes_no[1] if abs(y - yes_y) < 1 and x > yes_x]
        if on_line and abs((min(on_line) - yes_x) / 72 * 25.4 - YES_NO_MM) > 0.2:
            problem(f"{name}: PDF Yes to No is {(min(on_line) - yes_x) / 72 * 25.4:.1f} mm, not {YES_NO_MM}")
    if "Yes" in html_page.split():
        if f"{YES_NO_MM}mm" not in stem.with_suffix(".html").read_text():
            problem(f"{name}: the HTML's Yes and No are not {YES_NO_MM} mm apart")
        if f'w:pos="{round(YES_NO_MM / 25.4 * 1440)}"' not in docx_xml:
            problem(f"{name}: the DOCX's No box is not {YES_NO_MM} mm after its Yes box")
    # Margins: 25.4 mm top and bottom, 20 mm at the sides.
    if 'w:top="1440" w:right="1134" w:bottom="1440" w:left="1134"' not in docx_xml:
        problem(f"{name}: the DOCX page margins are not 25.4 mm and 20 mm")
    if "margin: 25.4mm 20mm 25.4mm" not in stem.with_suffix(".html").read_text():
        problem(f"{name}: the HTML print margins are not 25.4 mm and 20 mm")
    left_edges = [x for x, _, w in words if w in HINTS[0].split() + ["Tick"]]
    if left_edges and min(left_edges) < 20 / 25.4 * 72 - 0.5:
        problem(f"{name}: PDF text starts inside the 20 mm side margin")


def main():
    if not shutil.which("pdftotext"):
        print("skipped: pdftotext is not installed (.ci/deps installs poppler-utils)")
        return 0
    ispgen, root = sys.argv[1], pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "forms"
        subprocess.run([ispgen, "forms", "--today", "2026-01-01", "-o", str(out), str(root / "protocols")],
                       check=True, capture_output=True)
        stems = sorted({p.with_suffix("") for p in out.glob("*/forms/*.pdf")})
        if not stems:
            problem("no forms were made")
        for stem in stems:
            check_form(stem)
        print(f"form agreement: {len(stems)} forms in three formats, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
