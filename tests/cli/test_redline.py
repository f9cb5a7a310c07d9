"""`ispgen diff --redline OLD NEW -o DIR` as a signatory's secretary would run it.

Two registers (Cwm Taf and Stockport) are copied; Cwm Taf's NEW copy changes a clause's words,
a partner's name in the shared directory, a gateway's title in the shared library, drops a data
item and records version 2.0 in its history. Stockport is left alone. The test checks that:

- only the changed protocol gets a redline, in HTML and DOCX, and exit status 1 says so;
- the HTML marks the old and new words with <del> and <ins>, escapes the author, and never lets
  a mark cross a paragraph or cell;
- the DOCX has Word tracked changes with the author and date of NEW's history entry, and
  LibreOffice, converting it, shows both the inserted and the deleted words;
- the same two versions give byte-identical files; other files in the output folder are kept;
- a NEW with an error writes nothing, no changes writes nothing, and --git REV works.

usage: test_redline.py ISPGEN_BINARY REPOSITORY_ROOT
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from helpers import edit, problem, problems, run
from xml.etree import ElementTree

AUTHOR = "Cwm Taf Prevent Board <Review> & Co"


def make_versions(root, tmp):
    old, new = tmp / "old", tmp / "new"
    for name in ("cwm-taf", "stockport"):
        shutil.copytree(root / "protocols" / name, old / name)
        shutil.copytree(root / "protocols" / name, new / name)
    register = new / "cwm-taf"
    protocol = register / "cwm-taf-prevent-channel.yaml"
    edit(protocol, "routine sharing of personal information", "regular, lawful sharing of personal information")
    edit(protocol, 'version: "1.0"', 'version: "2.0"')
    edit(protocol, "  - id: religious-beliefs\n    name: Religious Beliefs\n    category: special-category\n"
                   "    group: Demographic information\n", "")
    text = protocol.read_text().replace("      - religious-beliefs\n", "")
    text = text.replace("\nglossary:\n", "\nhistory:\n  - version: \"2.0\"\n    date: 2026-11-01\n"
                                         f"    author: \"{AUTHOR}\"\n    summary: Health board renamed\n\nglossary:\n", 1)
    protocol.write_text(text)
    edit(register / "partners.yaml", "name: Cwm Taf Health Board", "name: Cwm Taf Morgannwg University Health Board")
    edit(register / "gateways.yaml", "title: Social Services and Well-being (Wales) Act 2014",
         "title: Social Services and Well-being (Wales) Act 2014 (as amended)")
    return old, new


def marked(html, tag):
    return [re.sub(r"<[^>]+>", "", m) for m in re.findall(rf"<{tag}>(.*?)</{tag}>", html, re.S)]


def check_html(html):
    inserted, deleted = marked(html, "ins"), marked(html, "del")
    for words in ("regular, lawful", "Morgannwg University", "(as amended)", "2.0"):
        if not any(words in m for m in inserted):
            problem(f"HTML: '{words}' not marked inserted; inserted: {inserted[:20]}")
    for words in ("routine", "Religious Beliefs", "1.0"):
        if not any(words in m for m in deleted):
            problem(f"HTML: '{words}' not marked deleted; deleted: {deleted[:20]}")
    for m in re.findall(r"<(ins|del)>(.*?)</\1>", html, re.S):
        if re.search(r"</?(p|td|th|li|h\d)[ >]", m[1]):
            problem(f"HTML: a <{m[0]}> crosses a block: {m[1][:200]}")
    if "Cwm Taf Prevent Board &lt;Review&gt; &amp; Co" not in html or "<Review>" in html:
        problem("HTML: the author in the legend is not escaped text")
    if "since version 1.0" not in html:
        problem("HTML: the legend does not name the version the changes start from")


def check_docx(path):
    with zipfile.ZipFile(path) as z:
        tree = ElementTree.fromstring(z.read("word/document.xml"))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for tag in ("ins", "del"):
        marks = list(tree.iter(w + tag))
        if not marks:
            problem(f"DOCX: no <w:{tag}>")
        wrong = [m.attrib for m in marks if m.get(w + "author") != AUTHOR or m.get(w + "date") != "2026-11-01T00:00:00Z"]
        if wrong:
            problem(f"DOCX: {len(wrong)} <w:{tag}> without the history entry's author and date, e.g. {wrong[0]}")
    deleted = "".join(t.text or "" for t in tree.iter(w + "delText"))
    if "routine" not in deleted or "Religious Beliefs" not in deleted:
        problem(f"DOCX: deleted words not in w:delText: {deleted[:300]}")


def check_libreoffice(docx, tmp):
    soffice, pdftotext = shutil.which("soffice"), shutil.which("pdftotext")
    if not soffice or not pdftotext:
        print("skipped LibreOffice: soffice or pdftotext is not installed (.ci/deps installs both)")
        return
    out = tmp / "lo"
    profile = f"-env:UserInstallation=file://{tmp / 'lo-profile'}"
    result = subprocess.run([soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(out), str(docx)],
                            capture_output=True, text=True, timeout=240)
    pdf = out / "redline.pdf"
    if not pdf.exists():
        problem(f"LibreOffice did not convert the DOCX redline: {result.stderr[-500:]}")
        return
    text = " ".join(subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True).stdout.split())
    # LibreOffice prints tracked changes in place: deleted words struck through beside the new.
    for words in ("routineregular, lawful", "Cwm Taf Morgannwg University Health Board", "Religious Beliefs",
                  "(as amended)"):
        if words not in text:
            problem(f"LibreOffice's PDF of the DOCX redline lacks '{words}'")


def check_pdf(pdf, plain_pdf):
    """The PDF redline as a reader sees it: both the deleted and the inserted words of a changed
    clause, and the plain document's page count, give or take the legend's page."""
    pdftotext, pdfinfo = shutil.which("pdftotext"), shutil.which("pdfinfo")
    if not pdftotext or not pdfinfo:
        print("skipped the PDF redline: poppler-utils is not installed (.ci/deps installs it)")
        return
    text = " ".join(subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True).stdout.split())
    # The deleted word struck through, then the inserted words, as LibreOffice prints them too.
    for words in ("routineregular, lawful sharing", "Religious Beliefs", "(as amended)",
                  "This copy marks the changes"):
        if words not in text:
            problem(f"PDF redline: pdftotext lacks '{words}'")

    def pages(path):
        info = subprocess.run([pdfinfo, str(path)], capture_output=True, text=True).stdout
        return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))

    marked, plain = pages(pdf), pages(plain_pdf)
    if not plain <= marked <= plain + 2:
        problem(f"PDF redline: {marked} pages, the plain document {plain}: more than the legend's difference")


def main():
    ispgen, root = str(pathlib.Path(sys.argv[1]).resolve()), pathlib.Path(sys.argv[2]).resolve()
    with tempfile.TemporaryDirectory() as name:
        tmp = pathlib.Path(name)
        old, new = make_versions(root, tmp)
        out = tmp / "out"
        (out / "cwm-taf-prevent-channel").mkdir(parents=True)
        (out / "cwm-taf-prevent-channel" / "isp.html").write_text("built earlier")

        first = run([ispgen, "diff", "--redline", "-o", str(out), str(old), str(new)], tmp)
        if first.returncode != 1:
            problem(f"redline: exit {first.returncode}, expected 1 (changes); stderr: {first.stderr}")
        folder = out / "cwm-taf-prevent-channel"
        files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
        expected = ["cwm-taf-prevent-channel/isp.html", "cwm-taf-prevent-channel/redline.docx",
                    "cwm-taf-prevent-channel/redline.html", "cwm-taf-prevent-channel/redline.pdf"]
        if files != expected:
            problem(f"redline: files {files}, expected {expected} (Stockport did not change)")
        if (folder / "isp.html").exists() and (folder / "isp.html").read_text() != "built earlier":
            problem("redline: a file it does not write was changed")
        if not (folder / "redline.html").exists() or not (folder / "redline.docx").exists():
            raise SystemExit("\n".join(problems))
        html = (folder / "redline.html").read_text()
        check_html(html)
        check_docx(folder / "redline.docx")

        again = tmp / "again"
        run([ispgen, "diff", "--redline", "-o", str(again), str(old), str(new)], tmp)
        plain = tmp / "plain"
        run([ispgen, "build", "--formats", "pdf", "--no-forms", "-o", str(plain), str(new)], tmp)
        check_pdf(folder / "redline.pdf", plain / "cwm-taf-prevent-channel" / "isp.pdf")
        for f in ("redline.html", "redline.pdf", "redline.docx"):
            if (again / "cwm-taf-prevent-channel" / f).read_bytes() != (folder / f).read_bytes():
                problem(f"redline: {f} differs between two runs on the same input")

        same = run([ispgen, "diff", "--redline", "-o", str(tmp / "none"), str(old), str(old)], tmp)
        if same.returncode != 0 or (tmp / "none").exists():
            problem(f"no changes: exit {same.returncode} (expected 0) or an output folder was made")

        broken = tmp / "broken"
        shutil.copytree(new, broken)
        edit(broken / "cwm-taf" / "cwm-taf-prevent-channel.yaml", "      - alias\n", "      - no-such-item\n")
        before = sorted((p.relative_to(out), p.read_bytes()) for p in out.rglob("*") if p.is_file())
        bad = run([ispgen, "diff", "--redline", "-o", str(out), str(old), str(broken)], tmp)
        after = sorted((p.relative_to(out), p.read_bytes()) for p in out.rglob("*") if p.is_file())
        if bad.returncode != 1 or "no-such-item" not in bad.stderr or before != after:
            problem(f"NEW with an error: exit {bad.returncode}, output changed: {before != after}; stderr: {bad.stderr}")

        repo = tmp / "repo"
        shutil.copytree(old / "cwm-taf", repo / "cwm-taf")
        run(["git", "init", "-q", "-b", "main"], repo)
        run(["git", "add", "-A"], repo)
        run(["git", "commit", "-q", "-m", "1.0"], repo)
        shutil.rmtree(repo / "cwm-taf")
        shutil.copytree(new / "cwm-taf", repo / "cwm-taf")
        git = run([ispgen, "diff", "--redline", "--git", "HEAD", "-o", str(tmp / "git-out"), "cwm-taf"], cwd=repo)
        git_html = tmp / "git-out" / "cwm-taf-prevent-channel" / "redline.html"
        if git.returncode != 1 or not git_html.exists() or git_html.read_text() != html:
            problem(f"--git HEAD: exit {git.returncode}, or its redline differs from the folders'; stderr: {git.stderr}")

        check_libreoffice(folder / "redline.docx", tmp)
    if problems:
        sys.exit(f"{len(problems)} problem(s)")
    print("redline: all checks passed")


main()
