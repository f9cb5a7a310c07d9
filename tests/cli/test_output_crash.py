"""The output folder through kill -9 and concurrent builds, with the real `ispgen` binary:

- builds killed at random moments (and just as the output folder starts to change) leave it
  exactly as one complete build made it, old or new, compared by content against two reference
  trees; the next build removes what a killed one left and restores nothing;
- a stale copy left by a killed build with the same PID (PID 1 in a container) is not put back;
- two builds into one folder at once, each with its own input, both succeed and leave the
  output of one of them, whole; a build started while another is writing waits for it.

usage: test_output_crash.py ISPGEN_BINARY REPOSITORY_ROOT [KILLS]
"""
import os
import pathlib
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from helpers import problem, problems, run
from output_trees import difference, make_register, snapshot, working_files

FORMATS = ["--formats", "html,md"]


def build_command(ispgen, register, out):
    return [ispgen, "build", "-o", str(out), *FORMATS, str(register)]


def signature(out):
    """What a reader of the output folder sees at its top: the folder and its entries' inodes."""
    try:
        with os.scandir(out) as entries:
            return os.stat(out).st_ino, sorted((e.name, e.inode()) for e in entries if not e.name.startswith("."))
    except FileNotFoundError:
        return None


def start(command, cwd):
    return subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_for_change(process, out, before):
    while process.poll() is None and signature(out) == before:
        pass


def whose(out, refs):
    found = snapshot(out)
    for name, ref in refs.items():
        if found == ref:
            return name
    return None


def check_kills(ispgen, tmp, registers, refs, kills):
    out = tmp / "out"
    run(build_command(ispgen, registers["A"], out), tmp)
    started = time.monotonic()
    run(build_command(ispgen, registers["B"], out), tmp)
    build_time = time.monotonic() - started
    rng = random.Random(int(os.environ.get("ISPGEN_TEST_SEED", time.time())))
    seen = {"A": 0, "B": 0, "finished": 0}
    started = time.monotonic()
    for i in range(kills):
        name = "AB"[i % 2]
        before = signature(out)
        process = start(build_command(ispgen, registers[name], out), tmp)
        if (i // 2) % 2:
            wait_for_change(process, out, before)
            end = time.monotonic() + rng.uniform(0, 0.002)
            while time.monotonic() < end:
                pass
        else:
            time.sleep(rng.uniform(0, build_time * 1.1))
        process.send_signal(signal.SIGKILL)
        if process.wait() == 0:
            seen["finished"] += 1
        state = whose(out, refs)
        if state is None:
            visible = {p: e for p, e in snapshot(out).items() if ".ispgen-" not in p}
            state = "working files left" if visible in refs.values() else "mixed"
            if not seen.get(state):
                problem(f"kill {i + 1}: the output folder is neither build's ({state}): {difference(snapshot(out), refs[name])}")
        seen[state] = seen.get(state, 0) + 1
    elapsed = time.monotonic() - started
    print(f"{kills} kills in {elapsed:.1f} s (a build takes {build_time:.2f} s): {seen}")
    result = run(build_command(ispgen, registers["A"], out), tmp)
    if result.returncode != 0 or whose(out, refs) != "A" or working_files(out):
        problem(f"the build after the kills: exit {result.returncode}, working files {working_files(out)}, "
                f"{difference(snapshot(out), refs['A'])}\n{result.stderr[-2000:]}")


def check_same_pid_leftovers(ispgen, tmp, registers, refs):
    """A build that was PID 1 and killed left its staging and retired copies in the folder; the
    next PID 1 removes them and restores nothing."""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        print("skipped the PID 1 case: needs root and unshare")
        return
    out = tmp / "pid1"
    run(build_command(ispgen, registers["A"], out), tmp)
    some_id = sorted(p.name for p in out.iterdir() if p.is_dir())[0]
    for leftover in (".ispgen-retired-1", ".ispgen-staging-1"):
        (out / leftover / some_id).mkdir(parents=True)
        (out / leftover / some_id / "isp.html").write_text("stale copy of a killed build")
    result = run(["unshare", "--pid", "--fork", *build_command(ispgen, registers["B"], out)], tmp)
    if result.returncode != 0 or whose(out, refs) != "B":
        problem(f"a build as PID 1 over a killed PID 1's leftovers: exit {result.returncode}, "
                f"{difference(snapshot(out), refs['B'])}\n{result.stderr[-2000:]}")


def check_concurrent(ispgen, tmp, registers, refs, rounds=3):
    out = tmp / "both"
    for i in range(rounds):
        first, second = start(build_command(ispgen, registers["A"], out), tmp), start(build_command(ispgen, registers["B"], out), tmp)
        codes = first.wait(), second.wait()
        if codes != (0, 0) or whose(out, refs) is None:
            problem(f"two builds at once, round {i + 1}: exits {codes}; {difference(snapshot(out), refs['A'])}")
    # A is stopped just after it changed the folder; B, started then, must wait for A and be last.
    for i in range(rounds):
        before = signature(out)
        first = start(build_command(ispgen, registers["A"], out), tmp)
        wait_for_change(first, out, before)
        first.send_signal(signal.SIGSTOP)
        second = start(build_command(ispgen, registers["B"], out), tmp)
        try:
            second.wait(timeout=1)
        except subprocess.TimeoutExpired:
            pass
        first.send_signal(signal.SIGCONT)
        codes = first.wait(), second.wait()
        if codes != (0, 0) or whose(out, refs) != "B":
            problem(f"a build started while another was writing, round {i + 1}: exits {codes}; "
                    f"{difference(snapshot(out), refs['B'])}")


def main():
    ispgen, root = str(pathlib.Path(sys.argv[1]).resolve()), pathlib.Path(sys.argv[2]).resolve()
    kills = int(sys.argv[3]) if len(sys.argv) > 3 else 120
    with tempfile.TemporaryDirectory() as name:
        tmp = pathlib.Path(name)
        registers = {"A": make_register(root, tmp / "a", 3), "B": make_register(root, tmp / "b", 3, revised=True)}
        refs = {}
        for key, register in registers.items():
            result = run(build_command(ispgen, register, tmp / f"ref-{key}"), tmp)
            if result.returncode != 0:
                problem(f"reference build {key}: exit {result.returncode}\n{result.stderr[-2000:]}")
                return 1
            refs[key] = snapshot(tmp / f"ref-{key}")
        check_kills(ispgen, tmp, registers, refs, kills)
        check_same_pid_leftovers(ispgen, tmp, registers, refs)
        check_concurrent(ispgen, tmp, registers, refs)
    print(f"the output folder through kills and concurrent builds: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
