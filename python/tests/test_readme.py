"""The outputs pasted in python/README.md are what its examples print now.

Each ```python block that is followed by a plain ``` block (its output) is run as a
script from the repository root with this interpreter, and its standard output must
equal the block, line for line (trailing spaces aside). The Python twin of
scripts/check_readme.py, which checks the CLI's pasted outputs in README.md: a
changed model or rule that moves a figure fails here until the README is updated.
"""

import importlib.util
import re
import subprocess
import sys

import pytest

from conftest import ROOT

README = ROOT / "python" / "README.md"


def examples():
    """(line number of the code block, code, shown output) for each example."""
    lines = README.read_text(encoding="utf-8").splitlines()
    found = []
    i = 0
    while i < len(lines):
        if lines[i].strip() != "```python":
            i += 1
            continue
        start = i + 1
        end = lines.index("```", start)
        code = "\n".join(lines[start:end]) + "\n"
        j = end + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j < len(lines) and lines[j].strip() == "```":
            out_end = lines.index("```", j + 1)
            found.append((start, code, [line.rstrip() for line in lines[j + 1 : out_end]]))
            i = out_end + 1
        else:
            i = end + 1
    return found


EXAMPLES = examples()


def test_the_readme_has_examples_with_outputs():
    assert len(EXAMPLES) >= 4, f"found {len(EXAMPLES)} examples with outputs in {README}"


@pytest.mark.parametrize("line,code,shown", EXAMPLES, ids=[f"README.md:{e[0]}" for e in EXAMPLES])
def test_example_prints_what_the_readme_shows(line, code, shown):
    for module in sorted(set(re.findall(r"^import (\w+)", code, flags=re.M))):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"README.md:{line} imports {module}, which is not installed")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, f"README.md:{line} failed:\n{run.stderr}"
    printed = [line.rstrip() for line in run.stdout.splitlines()]
    assert printed == shown, f"README.md:{line} prints:\n" + "\n".join(printed)
