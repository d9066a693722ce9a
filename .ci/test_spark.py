"""The Spark recipe of docs/scale-out.md runs on a real local Spark (pyspark and Java).

Run by ``.ci/run`` in a virtualenv with ``pyspark`` and ``pyarrow`` installed; it is here,
not in ``tests/``, because pyspark (several hundred MB) and Java are no test dependency of
the package. It fails, never skips, when either is missing.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPARK = re.compile(
    r"^```\{code-block\} python\n:caption: PySpark recipe[^\n]*\n(.*?)^```$",
    re.DOTALL | re.MULTILINE,
)
EXAMPLE = ROOT / "examples" / "port-strike.txt"


def _page() -> str:
    return (ROOT / "docs" / "scale-out.md").read_text(encoding="utf-8")


def _spark_session() -> Any:
    assert shutil.which("java") or os.environ.get("JAVA_HOME"), "Java is not installed"
    import pyarrow  # noqa: F401  (mapInPandas needs it)
    import pyspark.sql as pyspark_sql

    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ["PYSPARK_PYTHON"] = sys.executable  # the workers run this interpreter
    return (
        pyspark_sql.SparkSession.builder.master("local[2]")
        .appName("laborquotes-docs")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )


@pytest.mark.filterwarnings("ignore::FutureWarning")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_scale_out_spark_recipe_runs(tmp_path: Path) -> None:
    (block,) = SPARK.findall(_page())
    spark = _spark_session()
    try:
        namespace: dict[str, Any] = {
            "__name__": "laborquotes_docs_spark",
            "spark": spark,
            "text": EXAMPLE.read_text(encoding="utf-8"),
            "out": tmp_path,
        }
        exec(compile(block, "docs/scale-out.md", "exec"), namespace)
        assert set(namespace["result"]) == {"doc-1", "doc-2", "doc-3"}
        assert namespace["result"]["doc-2"]["error"] is None
    finally:
        spark.stop()
