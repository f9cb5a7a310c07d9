"""What the documents say of their own sign-off, built as a partnership would build them.

A copy of the Cwm Taf register gets three keys (SWP, CTHB, MTCBC) in its signing-keys. SWP signs version
1.0; the protocol is then changed to 1.1 and CTHB signs that; a third record, CTHB's copied under
MTCBC's name, is forged. The test checks that:

- the signatories appendix names the full digest that `ispgen digest` prints, says 1 of 15
  partners have signed this version, shows CTHB signed (name, role, date), SWP awaiting with the
  version it signed, and MTCBC awaiting; the forged record is a warning, not a signature;
- every page of the document's PDF and of each form's PDF ends with the version and the short
  digest, whole, even where the footer had to be cut; the HTML and the DOCX footers have them;
- a register with no ledger says no partner has signed yet;
- outside git, with no history entry for the signed version, verify says the changes since are
  unknown rather than listing none.

usage: test_signed_documents.py ISPGEN_BINARY REPOSITORY_ROOT
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from helpers import edit, problem, problems, run

PROTOCOL = "cwm-taf-prevent-channel"


def pdf_pages(pdf):
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    return [page for page in text.split("\f") if page.strip()]


def check_footers(folder, short, version):
    stamp = f"version {version}, digest {short}"
    pdfs = [folder / "isp.pdf"] + sorted((folder / "forms").glob("*.pdf"))
    for pdf in pdfs:
        pages = pdf_pages(pdf)
        missing = [n + 1 for n, page in enumerate(pages) if stamp not in page]
        if not pages or missing:
            problem(f"{pdf.name}: pages {missing[:5]} of {len(pages)} lack '{stamp}' in the footer")
    for html in [folder / "isp.html"] + sorted((folder / "forms").glob("*.html")):
        if stamp not in html.read_text():
            problem(f"{html.name}: no '{stamp}'")
    for docx in [folder / "isp.docx"] + sorted((folder / "forms").glob("*.docx")):
        with zipfile.ZipFile(docx) as z:
            footers = "".join(z.read(n).decode() for n in z.namelist() if re.match(r"word/footer\d*\.xml", n))
        if stamp not in re.sub(r"<[^>]+>", "", footers):
            problem(f"{docx.name}: no '{stamp}' in its footers")


def appendix(markdown):
    return markdown[markdown.index("Signatories\n"):]


def main():
    ispgen, root = str(pathlib.Path(sys.argv[1]).resolve()), pathlib.Path(sys.argv[2]).resolve()
    with tempfile.TemporaryDirectory() as name:
        tmp = pathlib.Path(name)
        register = tmp / "cwm-taf"
        shutil.copytree(root / "protocols" / "cwm-taf", register)
        protocol = register / f"{PROTOCOL}.yaml"

        unsigned = run([ispgen, "build", "--today", "2026-11-22", "--formats", "md", "--no-forms", "-o", str(tmp / "unsigned"),
                        str(register)], tmp)
        text = (tmp / "unsigned" / PROTOCOL / "isp.md").read_text() if unsigned.returncode == 0 else ""
        if "No partner has signed this version yet." not in text:
            problem(f"without a ledger: the appendix does not say no partner has signed; exit {unsigned.returncode}")

        lines = []
        for org in ("SWP", "CTHB", "MTCBC"):
            made = run([ispgen, "keygen", "--org", org, "--out", str(tmp / f"{org}.key")], tmp)
            lines.append(made.stdout.strip())
        (register / "signing-keys").write_text("\n".join(lines) + "\n")
        signed = run([ispgen, "sign", str(protocol), "--org", "SWP", "--key", str(tmp / "SWP.key"), "--name", "Jane Roe",
                      "--role", "Chief Constable", "--date", "2026-11-20"], tmp)
        edit(protocol, 'version: "1.0"', 'version: "1.1"')
        edit(protocol, "routine sharing of personal information", "regular sharing of personal information")
        signed_again = run([ispgen, "sign", str(protocol), "--org", "CTHB", "--key", str(tmp / "CTHB.key"), "--name",
                            "Dr A. Jones", "--role", "Caldicott Guardian", "--date", "2026-11-21"], tmp)
        if signed.returncode or signed_again.returncode:
            raise SystemExit(f"sign failed: {signed.stderr}{signed_again.stderr}")
        ledger = register / f"{PROTOCOL}.signoff"
        records = ledger.read_text().split("\n\n")
        ledger.write_text(ledger.read_text() + "\n" + records[-1].replace("org: CTHB", "org: MTCBC"))

        digest = run([ispgen, "digest", str(protocol)], tmp).stdout.split()[0]
        out = tmp / "out"
        built = run([ispgen, "build", "--today", "2026-11-22", "-o", str(out), str(register)], tmp)
        if built.returncode != 0:
            raise SystemExit(f"build failed: {built.stderr}")
        if not re.search(rf"{PROTOCOL}\.signoff:\d+:\d+: warning: sign-off by 'MTCBC': .*\[signature-invalid\]", built.stderr):
            problem(f"the forged record is not a warning: {[l for l in built.stderr.splitlines() if 'signoff' in l]}")
        folder = out / PROTOCOL
        signatories = appendix((folder / "isp.md").read_text())
        expected = [f"`{digest}`", "1 of 15 partners have signed this version.",
                    "| Name | Dr A. Jones |", "| Role | Caldicott Guardian |",
                    "| Status | Signed version 1.1 on 21 November 2026 |", "| Date | 21 November 2026 |",
                    "| Status | Awaiting signature of version 1.1 (signed version 1.0 on 20 November 2026) |"]
        for needle in expected:
            if needle not in signatories:
                problem(f"signatories appendix lacks {needle!r}")
        mtcbc = signatories[signatories.index("(MTCBC)"):signatories.index("(RCTCBC)")]
        if "| Status | Awaiting signature |" not in mtcbc:
            problem(f"the forged MTCBC record shows as something other than awaiting: {mtcbc}")
        if digest not in (folder / "isp.html").read_text():
            problem("the HTML document does not show the full digest")
        check_footers(folder, digest[:12], "1.1")

        verified = run([ispgen, "verify", "--today", "2026-11-22", str(register)], tmp)
        swp = [line for line in verified.stdout.splitlines() if line.strip().startswith("SWP")]
        if verified.returncode != 1 or not swp or "stale" not in swp[0] or \
                "the changes since are unknown: version 1.0 is not in the version history" not in swp[0]:
            problem(f"verify outside git, version not in history: exit {verified.returncode} (expected 1: a forged "
                    f"record), SWP line {swp}")
    if problems:
        sys.exit(f"{len(problems)} problem(s)")
    print("signed documents: all checks passed")


main()
