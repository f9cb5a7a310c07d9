"""Hostile text in every field that reaches HTML never becomes markup.

Each example register is copied twice: once with every prose string of its YAML (protocol,
partners, gateways) ending in hostile text (closing `</style>` and `</title>`, a `<script>`, an
`<img onerror>`, a comment opener, quotes and ampersands), once ending in plain words. Both are
built, and a redline is made from the original to each. Every HTML output is parsed with html5lib,
which follows the HTML standard's parsing algorithm as browsers do, and:
- the hostile build has no `script` element, no `on…` attribute and no `javascript:` link;
- every (element, attribute names) pair of a hostile output also occurs in the plain output of
  the same file, and the two have the same number of elements: the text added nothing;
- the hostile marker is in the text of every output, so each output really carried it.

usage: test_injection.py ISPGEN_BINARY REPOSITORY_ROOT WORK_DIR
"""
import pathlib
import shutil
import subprocess
import sys

import html5lib
import yaml

MARKER = "ZQXJ"
HOSTILE = (f" {MARKER}</style></title><script>alert(1)</script><img src=x onerror=alert(1)>"
           "<!-- \"quoted\" 'single' &amp; & <b>b</b> ]]>")
PLAIN = f" {MARKER} plain words only"
# Keys whose values are identifiers, references, dates or vocabulary: they cannot carry prose.
NOT_PROSE = {"id", "kind", "kinds", "regime", "status", "marking", "version", "effective", "published",
             "quality_assured", "date", "partner", "partners", "items", "forms", "stage", "stages",
             "gateways", "lawful_bases", "category", "parent", "rule", "lead", "tier", "frequency_code",
             "model", "level", "reviewed", "provides", "receives", "providers", "recipients", "from", "to",
             "basis", "bases", "article", "articles", "condition", "conditions", "data_items", "meeting",
             "meetings", "form", "section", "mode", "url", "email", "telephone", "data_items_are"}

problems = []


def problem(text):
    problems.append(text)
    print("FAIL:", text)


def taint(node, suffix, key=None):
    """`node` with `suffix` added to every prose string (one with a space in it)."""
    if isinstance(node, dict):
        return {k: taint(v, suffix, k) for k, v in node.items()}
    if isinstance(node, list):
        return [taint(v, suffix, key) for v in node]
    if isinstance(node, str) and key not in NOT_PROSE and " " in node.strip():
        return node.rstrip("\n") + suffix
    return node


def copy_tainted(source, target, suffix):
    shutil.copytree(source, target)
    for path in sorted(target.rglob("*.yaml")):
        data = yaml.safe_load(path.read_text())
        path.write_text(yaml.safe_dump(taint(data, suffix), allow_unicode=True, sort_keys=False, width=1000))


def shape(path):
    """The elements of an HTML file as a browser parses it: (tag, attribute names) per element, and
    the document's text."""
    tree = html5lib.parse(path.read_bytes(), treebuilder="etree", namespaceHTMLElements=False)
    elements = [(e.tag, tuple(sorted(e.attrib))) for e in tree.iter() if isinstance(e.tag, str)]
    text = " ".join(t for e in tree.iter() for t in (e.text, e.tail) if t)
    hrefs = [e.attrib.get("href", "") for e in tree.iter() if isinstance(e.tag, str)]
    return elements, text, hrefs


def run(args):
    return subprocess.run(args, capture_output=True, text=True)


def main():
    ispgen, root, work = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    checked = 0
    for register in sorted(p for p in (root / "protocols").iterdir() if p.is_dir()):
        outputs = {}
        for name, suffix in (("plain", PLAIN), ("hostile", HOSTILE)):
            source = work / name / register.name
            copy_tainted(register, source, suffix)
            out = work / f"out-{name}" / register.name
            built = run([str(ispgen), "build", "--today", "2026-06-01", "--formats", "html", "-o", str(out), str(source)])
            if built.returncode != 0:
                problem(f"{register.name} {name}: build exit {built.returncode}: {built.stderr.strip()[:2000]}")
                continue
            red = work / f"red-{name}" / register.name
            redline = run([str(ispgen), "diff", "--redline", "--formats", "html", "-o", str(red), str(register), str(source)])
            if redline.returncode not in (0, 1):
                problem(f"{register.name} {name}: redline exit {redline.returncode}: {redline.stderr.strip()[:2000]}")
            outputs[name] = {p.relative_to(out).as_posix(): p for p in out.rglob("*.html")}
            outputs[name].update({"redline/" + p.relative_to(red).as_posix(): p for p in red.rglob("*.html")})
        if len(outputs) != 2:
            continue
        if sorted(outputs["plain"]) != sorted(outputs["hostile"]):
            problem(f"{register.name}: the two builds wrote different files")
        for relative, hostile_path in sorted(outputs["hostile"].items()):
            plain_path = outputs["plain"].get(relative)
            if plain_path is None:
                continue
            label = f"{register.name}/{relative}"
            elements, text, hrefs = shape(hostile_path)
            plain_elements, _, _ = shape(plain_path)
            checked += 1
            if any(tag == "script" for tag, _ in elements):
                problem(f"{label}: a script element")
            if any(a.lower().startswith("on") for _, attrs in elements for a in attrs):
                problem(f"{label}: an event-handler attribute")
            if any(h.strip().lower().startswith("javascript:") for h in hrefs):
                problem(f"{label}: a javascript: link")
            extra = sorted(set(elements) - set(plain_elements))
            if extra:
                problem(f"{label}: elements the plain build does not have: {extra[:5]}")
            if not relative.startswith("redline/") and len(elements) != len(plain_elements):
                problem(f"{label}: {len(elements)} elements, the plain build has {len(plain_elements)}")
            if MARKER not in text:
                problem(f"{label}: the hostile text is not in the page's text")
    if checked == 0:
        problem("no HTML output was checked")
    print(f"{checked} HTML outputs checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
