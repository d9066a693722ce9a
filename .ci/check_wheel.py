"""Check the built distributions in dist/: what the wheel and the sdist must (not) hold."""

from __future__ import annotations

import glob
import sys
import tarfile
import zipfile


def main() -> int:
    (wheel,) = glob.glob("dist/*.whl")
    (sdist,) = glob.glob("dist/*.tar.gz")
    names = zipfile.ZipFile(wheel).namelist()
    problems = []
    for needed in ("laborquotes/py.typed", "laborquotes/article.schema.json"):
        if needed not in names:
            problems.append(f"wheel lacks {needed}")
    if any(n.startswith("tests/") or "/tests/" in n for n in names):
        problems.append("wheel ships tests")
    stray = sorted({n.split("/")[0] for n in names} - {"laborquotes"})
    if [s for s in stray if not s.endswith(".dist-info")]:
        problems.append(f"wheel has unexpected top-level entries: {stray}")
    if not any(n.endswith(".dist-info/licenses/LICENSE") for n in names):
        problems.append("wheel lacks the LICENSE file")
    with tarfile.open(sdist) as tar:
        members = tar.getnames()
    for needed in (
        "/tests/",
        "/LICENSE",
        "/CHANGELOG.md",
        "/CITATION.cff",
        "/docs/",
        "/examples/port-strike.txt",
    ):
        if not any(needed in m for m in members):
            problems.append(f"sdist lacks {needed}")
    for problem in problems:
        print(f"ci: {problem}", file=sys.stderr)
    if not problems:
        print(f"ci: wheel ok, {len(names)} files; sdist ok, {len(members)} files")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
