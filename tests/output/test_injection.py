"""Hostile text in every field that reaches HTML never becomes markup.

Each example register is copied twice: once with every text value of its YAML (protocol, partners,
gateways) ending in hostile text (closing `</style>` and `</title>`, a `<script>`, an `<img
onerror>`, a comment opener, quotes and ampersands), once ending in plain words. Values the loader
refuses with anything added (ids, references, vocabulary, dates) are found by running `ispgen
check` on the copy and left as they were; all other text values carry the suffix (770 of the
1,329 strings of the examples). Both copies are built, and a redline is made from the original to
each. Every HTML output is parsed with html5lib, which follows the HTML standard's parsing
algorithm as browsers do, and:
- the hostile build has no `script` element, no `on…` attribute and no `javascript:` link;
- every (element, attribute names) pair of a hostile output also occurs in the plain output of
  the same file, and the two have the same number of elements: the text added nothing;
- the hostile marker is in the text of every output, so each output really carried it.

usage: test_injection.py ISPGEN_BINARY REPOSITORY_ROOT WORK_DIR
"""
import pathlib
import re
import shutil
import subprocess
import sys

import html5lib
import yaml

MARKER = "ZQXJ"
HOSTILE = (f" {MARKER}</style></title><script>alert(1)</script><img src=x onerror=alert(1)>"
           "<!-- \"quoted\" 'single' &amp; & <b>b</b> ]]>")
PLAIN = f" {MARKER} plain words only"

problems = []


def problem(text):
    problems.append(text)
    print("FAIL:", text)


def scalars(node, path=()):
    """Every scalar node of a composed YAML document that is a value, with its path of keys and indexes."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from scalars(value, path + (key.value,))
    elif isinstance(node, yaml.SequenceNode):
        for index, value in enumerate(node.value):
            yield from scalars(value, path + (index,))
    elif isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str":
        yield path, node


def copy_tainted(source, target, suffix, ispgen):
    """A copy of the register `source` with `suffix` added to every text value the loader takes as
    text: values it refuses with the suffix (ids, references, vocabulary, dates) are found by
    running `ispgen check` and left as they were."""
    kept = set()  # (file, path) of values that are ids or vocabulary
    for _ in range(6):
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target)
        for path in sorted(target.rglob("*.yaml")):
            relative = path.relative_to(target).as_posix()
            document = yaml.compose(path.read_text())
            for node_path, node in scalars(document):
                if (relative, node_path) not in kept:
                    node.value = node.value.rstrip("\n") + suffix
                    node.style = '"'
            path.write_text(yaml.serialize(document, allow_unicode=True, width=100000))
        checked = run([str(ispgen), "check", "--today", "2026-06-01", str(target)])
        refused = re.findall(r"^(.*?):(\d+):(\d+): error: .*\[(invalid-id|invalid-value|invalid-date|invalid-version|"
                             r"wrong-type|undefined-[a-z-]+|unknown-[a-z-]+)\]$", checked.stderr, re.MULTILINE)
        if not refused:
            return checked
        for file, line, column, _ in refused:
            written = pathlib.Path(file)
            relative = written.relative_to(target).as_posix()
            for node_path, node in scalars(yaml.compose(written.read_text())):
                if node.start_mark.line + 1 == int(line) and node.start_mark.column + 1 == int(column):
                    kept.add((relative, node_path))
    return checked


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
            check = copy_tainted(register, source, suffix, ispgen)
            if check.returncode != 0:
                errors = [line for line in check.stderr.splitlines() if ": error: " in line]
                problem(f"{register.name} {name}: the tainted copy does not check:\n" + "\n".join(errors[:20]))
                continue
            out = work / f"out-{name}" / register.name
            built = run([str(ispgen), "build", "--today", "2026-06-01", "--formats", "html", "-o", str(out), str(source)])
            if built.returncode != 0:
                errors = [line for line in built.stderr.splitlines() if ": error: " in line]
                problem(f"{register.name} {name}: build exit {built.returncode}: " + "\n".join(errors[:20]))
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
