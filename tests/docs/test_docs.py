"""Checks that the documentation tells the truth about the code.

- every diagnostic code the loader, checker, composer, build and sign-off can emit is listed in docs/diagnostics.md,
  every listed code exists in the source, and every listed code has a case in tests/bad;
- every key the loader accepts appears in docs/schema.md.

usage: test_docs.py DUMP_KEYS_BINARY REPOSITORY_ROOT
"""
import json
import pathlib
import re
import subprocess
import sys


def codes_in_source(root):
    """Diagnostic codes: hyphenated literals (and 'unreadable', 'unwritable') that open an initialiser or follow an argument."""
    codes = set()
    for folder, pattern in (("generator/load/src", "*.cpp"), ("generator/check/src", "*.cpp"),
                            ("generator/compose/src", "templates.cpp"), ("generator/build/src", "*.cpp"),
                            ("generator/sign/src", "*.cpp"), ("generator/cli/src", "signoff.cpp"),
                            ("generator/cli/src", "keygen_command.cpp"), ("generator/cli/src", "sign_command.cpp")):
        for path in (root / folder).glob(pattern):
            text = path.read_text()
            codes.update(re.findall(r'[,{(]\s*"([a-z]+(?:-[a-z0-9]+)+)"', text))
            codes.update(re.findall(r',\s*"(unreadable|unwritable)"', text))
    return codes


# Codes no input can cause (a back-end library failing), so no bad case can show them.
NOT_CAUSED_BY_INPUT = {"render-failed"}
# Warnings only a run that succeeds prints, having written a file, which a bad case may not do;
# tests/cli/test_sign.py shows each.
ONLY_ON_SUCCESS = {"key-not-trusted"}


def codes_in_docs(root):
    """Codes in the first column of the tables of docs/diagnostics.md."""
    text = (root / "docs/diagnostics.md").read_text()
    return set(re.findall(r"^\| `([a-z0-9-]+)` \|", text, re.MULTILINE))


def codes_in_bad_cases(root):
    """Codes printed in the expected output of the bad-input corpus."""
    codes = set()
    for path in (root / "tests/bad").glob("*.expect"):
        codes.update(re.findall(r"\[([a-z0-9-]+)\]$", path.read_text(), re.MULTILINE))
    return codes


def keys_missing_from_schema_doc(dump_keys, root):
    """Loader keys that docs/schema.md does not mention as `key` in a table row."""
    schemas = json.loads(subprocess.run([dump_keys], check=True, capture_output=True, text=True).stdout)
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", (root / "docs/schema.md").read_text(), re.MULTILINE))
    return sorted({key for entry in schemas.values() for key in entry["keys"]} - documented)


def main():
    dump_keys, root = sys.argv[1], pathlib.Path(sys.argv[2])
    problems = []
    source, docs, cases = codes_in_source(root), codes_in_docs(root), codes_in_bad_cases(root)
    problems += [f"code '{c}' is emitted by the source but not listed in docs/diagnostics.md" for c in sorted(source - docs)]
    problems += [f"code '{c}' is listed in docs/diagnostics.md but the source never emits it" for c in sorted(docs - source)]
    problems += [f"code '{c}' has no case in tests/bad" for c in sorted(docs - cases - NOT_CAUSED_BY_INPUT - ONLY_ON_SUCCESS)]
    problems += [f"key '{k}' is not documented in docs/schema.md" for k in keys_missing_from_schema_doc(dump_keys, root)]
    for p in problems:
        print(p)
    print(f"docs: {len(docs)} codes documented, {len(source)} in the source, {len(cases)} exercised; "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
