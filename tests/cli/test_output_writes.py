"""What the commands write into an output folder, with the real `ispgen` binary:

- a link inside the output folder is never followed: `forms` and `diff --redline` replace a
  linked OUT/<id> (or OUT/<id>/forms) with a real folder and leave the link's target as it was;
  links they do not touch stay links;
- a full disk (a 200 KiB tmpfs, when run as root) and a file size limit: exit 2, the message
  names the file and says why ("no space left on device", "file too large"), the output folder
  is unchanged, nothing is left beside it; a failed first build leaves no output folder, nor
  the folders above it that it made;
- an output folder that is a mount point is written in place (entry by entry), nothing left.

usage: test_output_writes.py ISPGEN_BINARY REPOSITORY_ROOT
"""
import contextlib
import os
import pathlib
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile

from helpers import edit, problem, problems, run
from output_trees import difference, snapshot, working_files

STOCKPORT = "stockport-overarching"
CWM = "cwm-taf-prevent-channel"


def expect_unchanged(before, folder, what):
    after = snapshot(folder)
    if after != before:
        problem(f"{what}: {folder} changed: {difference(after, before)}")


def link(path, target):
    """Replaces `path` (a folder or a link) with a link to `target`."""
    if path.is_symlink():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path)
    path.symlink_to(target)


def check_links(ispgen, root, tmp):
    out, outside = tmp / "links", tmp / "outside"
    run([ispgen, "build", "-o", str(out), "--formats", "html", str(root / "protocols")], tmp)
    shutil.copytree(out / STOCKPORT, outside / "stockport")
    # Files the commands would replace or delete if they wrote through the links.
    (outside / "stockport" / "forms" / "consent.html").write_text("the link's target")
    (outside / "stockport" / "redline.html").write_text("the link's target")
    link(out / STOCKPORT, outside / "stockport")
    shutil.copytree(out / CWM / "forms", outside / "cwm-forms")
    (outside / "cwm-forms" / "consent.html").write_text("the link's target")
    link(out / CWM / "forms", outside / "cwm-forms")
    (outside / "notes.txt").write_text("notes kept outside")
    (out / CWM / "notes.txt").symlink_to(outside / "notes.txt")
    (out / "archive").symlink_to(outside / "stockport")
    before = snapshot(outside)

    result = run([ispgen, "forms", "-o", str(out), "--formats", "html", str(root / "protocols")], tmp)
    if result.returncode != 0:
        problem(f"forms with linked folders: exit {result.returncode}\n{result.stderr}")
    expect_unchanged(before, outside, "forms through a linked OUT/<id> and OUT/<id>/forms")
    for folder in (out / STOCKPORT, out / STOCKPORT / "forms", out / CWM / "forms"):
        if folder.is_symlink() or not folder.is_dir():
            problem(f"forms: {folder} is not a real folder")
    if not (out / STOCKPORT / "forms" / "consent.html").is_file() or not (out / CWM / "forms" / "consent.html").is_file():
        problem("forms: the new forms are not in the output folder")
    for kept, target in ((out / CWM / "notes.txt", outside / "notes.txt"), (out / "archive", outside / "stockport")):
        if not kept.is_symlink() or pathlib.Path(os.readlink(kept)) != target:
            problem(f"forms: the untouched link {kept} was not kept as a link to {target}")

    old, new = tmp / "old", tmp / "new"
    shutil.copytree(root / "protocols" / "stockport", old)
    shutil.copytree(old, new)
    edit(new / f"{STOCKPORT}.yaml", "share information securely", "share information safely and securely")
    link(out / STOCKPORT, outside / "stockport")
    result = run([ispgen, "diff", "--redline", "-o", str(out), str(old), str(new)], tmp)
    if result.returncode != 1:
        problem(f"redline with a linked OUT/<id>: exit {result.returncode} (expected 1)\n{result.stderr}")
    expect_unchanged(before, outside, "diff --redline through a linked OUT/<id>")
    if (out / STOCKPORT).is_symlink() or not (out / STOCKPORT / "redline.html").is_file():
        problem("redline: OUT/<id> is still a link, or the redline is not in the output folder")


def failing_write(reason, output, result):
    """Whether `result` is the exit-2 failure to write a file under `output`, named, for `reason`."""
    pattern = rf"^{re.escape(str(output))}/[^:\n]+\.(html|pdf|docx|md): error: cannot write the file: {reason} \[unwritable\]$"
    return result.returncode == 2 and re.search(pattern, result.stderr, re.M)


def limit_file_size():
    resource.setrlimit(resource.RLIMIT_FSIZE, (20000, 20000))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def check_file_size_limit(ispgen, root, tmp):
    """Writes fail with EFBIG past RLIMIT_FSIZE: a failure any user can cause."""
    out = tmp / "limited"
    run([ispgen, "build", "-o", str(out), "--formats", "md", "--no-forms", str(root / "protocols" / "stockport")], tmp)
    before = snapshot(out)
    command = [ispgen, "build", "-o", str(out), "--formats", "html", str(root / "protocols")]
    result = subprocess.run(command, cwd=tmp, capture_output=True, text=True, preexec_fn=limit_file_size, restore_signals=False)
    if not failing_write("file too large", out, result):
        problem(f"past the file size limit: exit {result.returncode}, the file or the reason not named:\n{result.stderr}")
    expect_unchanged(before, out, "a build past the file size limit")
    if working_files(out):
        problem(f"a build past the file size limit left {working_files(out)}")

    first = tmp / "made" / "by" / "first"
    command = [ispgen, "build", "-o", str(first), "--formats", "html", str(root / "protocols")]
    result = subprocess.run(command, cwd=tmp, capture_output=True, text=True, preexec_fn=limit_file_size, restore_signals=False)
    if not failing_write("file too large", first, result) or (tmp / "made").exists():
        problem(f"a failed first build: exit {result.returncode}, left {tmp / 'made'}: {(tmp / 'made').exists()}\n{result.stderr}")


@contextlib.contextmanager
def tmpfs(folder, size, what):
    """`folder` made and a tmpfs of `size` mounted on it for the block; yields False (and says the
    check named `what` is skipped) where mounting is not allowed (not root)."""
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True).returncode != 0:
        print(f"skipped {what}: cannot mount a tmpfs (needs root)")
        yield False
        return
    try:
        yield True
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def check_full_disk(ispgen, root, tmp):
    disk = tmp / "disk"
    with tmpfs(disk, "200k", "the full disk") as mounted:
        if not mounted:
            return
        out = disk / "out"
        small = run([ispgen, "build", "-o", str(out), "--formats", "md", "--no-forms", str(root / "protocols" / "stockport")], tmp)
        if small.returncode != 0:
            problem(f"a small build on the 200 KiB disk: exit {small.returncode}\n{small.stderr}")
        before = snapshot(out)
        result = run([ispgen, "build", "-o", str(out), "--formats", "html,docx", str(root / "protocols")], tmp)
        if not failing_write("no space left on device", out, result):
            problem(f"a full disk: exit {result.returncode}, the file or the reason not named:\n{result.stderr}")
        expect_unchanged(before, out, "a build on a full disk")
        if working_files(out):
            problem(f"a build on a full disk left {working_files(out)}")

        first = disk / "first"
        result = run([ispgen, "build", "-o", str(first), "--formats", "html,docx", str(root / "protocols")], tmp)
        if not failing_write("no space left on device", first, result) or first.exists():
            problem(f"a failed first build on a full disk: exit {result.returncode}, left {first}: {first.exists()}\n{result.stderr}")


def check_mount_point(ispgen, root, tmp):
    """An output folder that is a mount point (a container's volume) cannot be renamed: its
    entries are switched one by one, and the working files stay inside it until removed."""
    out = tmp / "volume"
    with tmpfs(out, "4m", "the mount point") as mounted:
        if not mounted:
            return
        (out / "README.md").write_text("kept")
        for formats in ("md", "html"):
            result = run([ispgen, "build", "-o", str(out), "--formats", formats, str(root / "protocols")], tmp)
            reference = tmp / f"volume-{formats}"
            run([ispgen, "build", "-o", str(reference), "--formats", formats, str(root / "protocols")], tmp)
            (reference / "README.md").write_text("kept")
            if result.returncode != 0 or snapshot(out) != snapshot(reference) or working_files(out):
                problem(f"a build into a mount point ({formats}): exit {result.returncode}, working files {working_files(out)}, "
                        f"{difference(snapshot(out), snapshot(reference))}\n{result.stderr}")


def main():
    ispgen, root = str(pathlib.Path(sys.argv[1]).resolve()), pathlib.Path(sys.argv[2]).resolve()
    with tempfile.TemporaryDirectory() as name:
        tmp = pathlib.Path(name)
        check_links(ispgen, root, tmp)
        check_file_size_limit(ispgen, root, tmp)
        check_full_disk(ispgen, root, tmp)
        check_mount_point(ispgen, root, tmp)
    print(f"writing the output folder: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
