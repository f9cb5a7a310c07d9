"""What the output-folder tests share: registers made from the examples, and trees compared by
content without following links."""
import hashlib
import os
import pathlib
import re
import shutil


def make_register(root, dest, copies, revised=False):
    """`copies` copies of the example protocols under `dest`, each with its own id; `revised`
    changes every title, so that the two registers' documents differ everywhere."""
    dest.mkdir(parents=True)
    for n in range(1, copies + 1):
        for folder in sorted((root / "protocols").iterdir()):
            target = dest / f"{folder.name}{n}"
            target.mkdir()
            for path in folder.glob("*.yaml"):
                text = path.read_text()
                match = re.search(r"^id: (\S+)$", text, re.M)
                if not match:
                    shutil.copy(path, target / path.name)
                    continue
                new_id = f"{match.group(1)}-{n}"
                text = text.replace(match.group(0), f"id: {new_id}", 1)
                if revised:
                    text = re.sub(r"^title: ", "title: Revised ", text, count=1, flags=re.M)
                (target / f"{new_id}.yaml").write_text(text)
    return dest


def snapshot(folder):
    """Every entry under `folder` (hidden ones too), links read and never followed: path ->
    ('dir',), ('link', target) or ('file', digest, mode)."""
    entries = {}
    for top, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = pathlib.Path(top) / name
            relative = str(path.relative_to(folder))
            if path.is_symlink():
                entries[relative] = ("link", os.readlink(path))
            elif path.is_dir():
                entries[relative] = ("dir",)
            else:
                entries[relative] = ("file", hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mode & 0o777)
    return entries


def difference(found, wanted):
    """A short account of how two snapshots differ."""
    missing = sorted(set(wanted) - set(found))
    extra = sorted(set(found) - set(wanted))
    changed = sorted(p for p in set(found) & set(wanted) if found[p] != wanted[p])
    return f"missing {missing[:4]}, extra {extra[:4]}, changed {changed[:4]} ({len(missing)}/{len(extra)}/{len(changed)})"


def working_files(folder):
    """ispgen's working files beside `folder` and inside it."""
    beside = [p.name for p in folder.parent.iterdir() if ".ispgen-" in p.name]
    inside = [p.name for p in folder.iterdir() if ".ispgen-" in p.name] if folder.is_dir() else []
    return beside + inside
