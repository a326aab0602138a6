#!/usr/bin/env python3
"""Checks that the outputs pasted in README.md are what the commands print now.

Every ```console block is read as `$ command` lines, each followed by the output the
README shows for it. Each command is run from the repository root with `tageval`
standing for the release binary (`cargo build --release` first), in the order the
README gives them (later commands read files earlier ones wrote under /tmp/cmds).
Blocks may be abridged: each shown output line must appear in the real output, in
the same order; lines the README leaves out are allowed.

A command that needs a file that is not there (the development data in
../shared/data, or a peer's predictions) is skipped with a message, never silently.

Usage: python3 scripts/check_readme.py [--fix] [README.md]   (exit 1 when a block differs)

--fix writes the real output in place of every block that differs (the block is then
the whole output: abridge in the command itself, with grep or head, not by hand).
"""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def blocks(text):
    """Yields (line number, command, shown output lines) for each `$ ` command."""
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        if lines[i].strip() == "```console":
            i += 1
            current = None
            while i < len(lines) and lines[i].strip() != "```":
                line = lines[i]
                if line.startswith("$ "):
                    if current:
                        yield current
                    current = (i + 1, line[2:], [])
                elif current:
                    current[2].append(line)
                i += 1
            if current:
                yield current
        i += 1


def normalise(line):
    """Timings vary from run to run: `(0.1s)` and `in 2.3 s` compare as equal."""
    return re.sub(r"\d+(\.\d+)? ?s\b\)?", lambda m: "Ns)" if m.group(0).endswith(")") else "Ns", line)


def missing_input(command):
    """The first path the command reads that does not exist, if any."""
    for token in re.findall(r"(\.\./shared/\S+|/tmp/cmds/\S+\.(?:jsonl|json|model))", command):
        token = token.rstrip("'\";)")
        # Files a command writes itself (after -o, --pred-out, --counts-out) are not inputs.
        if re.search(r"(-o|--pred-out|--counts-out|--errors)\s+" + re.escape(token), command):
            continue
        if not (ROOT / token).exists() and not Path(token).exists():
            return token
    return None


def main():
    args = sys.argv[1:]
    fix = "--fix" in args
    args = [a for a in args if a != "--fix"]
    readme = Path(args[0]) if args else ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    replacements = {}
    binary = ROOT / "target" / "release" / "tageval"
    if not binary.exists():
        sys.exit("check_readme: build the release binary first (cargo build --release)")
    bindir = ROOT / "target" / "check_readme_bin"
    bindir.mkdir(parents=True, exist_ok=True)
    link = bindir / "tageval"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(binary)
    env = dict(os.environ, PATH=f"{bindir}:{os.environ['PATH']}")
    Path("/tmp/cmds").mkdir(exist_ok=True)

    failures = skipped = checked = 0
    for lineno, command, shown in blocks(text):
        absent = missing_input(command)
        if absent:
            print(f"SKIP  {readme.name}:{lineno}: needs {absent}")
            skipped += 1
            continue
        run = subprocess.run(["bash", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True)
        raw = (run.stdout + run.stderr).splitlines()
        actual = [normalise(line) for line in raw]
        if not shown and raw:
            print(f"DIFF  {readme.name}:{lineno}: `{command[:80]}` shows no output but prints {len(raw)} line(s)")
            failures += 1
            replacements[lineno] = (0, raw)
            continue
        position = 0
        for want in shown:
            while position < len(actual) and actual[position].rstrip() != normalise(want).rstrip():
                position += 1
            if position == len(actual):
                print(f"DIFF  {readme.name}:{lineno}: `{command[:80]}`\n      shown:  {want}\n      actual output:")
                for line in raw[:40]:
                    print(f"        {line}")
                failures += 1
                replacements[lineno] = (len(shown), raw)
                break
            position += 1
        else:
            checked += 1
    if fix and replacements:
        lines = text.splitlines()
        for lineno in sorted(replacements, reverse=True):
            count, actual = replacements[lineno]
            lines[lineno : lineno + count] = actual
        readme.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"check_readme: rewrote {len(replacements)} block(s) in {readme}")
    print(f"check_readme: {checked} outputs equal, {failures} differ, {skipped} skipped")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
