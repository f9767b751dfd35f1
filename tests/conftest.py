"""Shared fixtures: the real model (loaded once) and one build of the seed article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ARTICLE = sorted(SEEDS.glob("*.txt"))[0]


@pytest.fixture(scope="session")
def nlp() -> Language:
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The output folder of `kg build` on the seed article (built once per session)."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seed-build")
    build([SEED_ARTICLE], out)
    return out


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
