"""Golden files: the Markdown and HTML that `ispgen build` makes of tests/golden/register.

The expected files in tests/golden/expected/ were read and approved by a person. When a change to
the templates or a back-end changes them on purpose, look at the diff this prints, then accept it:

    python3 tests/golden/test_golden.py build/ispgen . --update

usage: test_golden.py ISPGEN_BINARY REPOSITORY_ROOT [--update]
"""
import difflib
import os
import pathlib
import subprocess
import sys
import tempfile

FILES = ["small/isp.md", "small/isp.html", "small/forms/referral.html", "index.html"]


def main():
    ispgen, root = sys.argv[1], pathlib.Path(sys.argv[2])
    update = "--update" in sys.argv[3:]
    expected_dir = root / "tests/golden/expected"
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    with tempfile.TemporaryDirectory() as tmp:
        result = subprocess.run([ispgen, "build", "--today", "2026-01-01", "-o", tmp, "tests/golden/register"],
                                cwd=root, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            print(f"build failed ({result.returncode}):\n{result.stderr}")
            return 1
        differing = 0
        for name in FILES:
            actual = (pathlib.Path(tmp) / name).read_text()
            golden = expected_dir / name.replace("/", "-")
            if update:
                golden.write_text(actual)
                continue
            expected = golden.read_text() if golden.exists() else ""
            if actual != expected:
                differing += 1
                sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                                           f"expected/{golden.name}", f"built/{name}"))
        if update:
            print(f"golden: wrote {len(FILES)} files to {expected_dir}")
            return 0
        # House wording: a partial under --templates replaces the built-in one, and only that one.
        house = pathlib.Path(tmp) / "house" / "partials"
        house.mkdir(parents=True)
        (house / "breach-reporting.md").write_text("Tell the Information Governance Team the same day.\n")
        out = pathlib.Path(tmp) / "house-build"
        subprocess.run([ispgen, "build", "--today", "2026-01-01", "--formats", "md", "--templates", str(house.parent),
                        "-o", str(out), "tests/golden/register"], cwd=root, env=env, check=True, capture_output=True)
        text = (out / "small/isp.md").read_text()
        if "Tell the Information Governance Team the same day." not in text or "within 72 hours" in text:
            print("golden: --templates did not replace the breach-reporting partial")
            differing += 1
        if "## 7. Informing the service user" not in text:
            print("golden: --templates lost a built-in section")
            differing += 1
        # --no-forms: the documents and the index, no forms folder and none listed.
        bare = pathlib.Path(tmp) / "no-forms"
        subprocess.run([ispgen, "build", "--today", "2026-01-01", "--no-forms", "-o", str(bare), "tests/golden/register"],
                       cwd=root, env=env, check=True, capture_output=True)
        if (bare / "small/forms").exists() or not (bare / "small/isp.pdf").exists():
            print("golden: --no-forms wrote forms, or no document")
            differing += 1
        if "forms/referral" in (bare / "index.html").read_text():
            print("golden: --no-forms listed a form in the index")
            differing += 1
        print(f"golden: {len(FILES) - differing} of {len(FILES)} files as expected")
        if differing:
            print("if the change is intended: python3 tests/golden/test_golden.py build/ispgen . --update")
        return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
