"""The notebook runs top to bottom with a real kernel."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import ROOT

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_seed_notebook_executes(tmp_path: Path) -> None:
    workdir = tmp_path / "notebooks"
    workdir.mkdir()
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    notebook = nbformat.read(ROOT / "notebooks" / "seed_graph.ipynb", as_version=4)
    NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(workdir)}}
    ).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "Donald Trump | CONSULT | Angela Merkel" in printed
    assert any("text/html" in o.get("data", {}) for o in outputs)
    assert (tmp_path / "output" / "notebook" / "graph.html").exists()
