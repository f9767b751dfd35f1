"""The stance evaluations: loaders, matching, scoring, and the CLI on tiny gold files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError, UsageError
from kg.eval import newsmtsc, plover, sentiment
from kg.eval.measures import class_scores, macro_f1, names_match, wilson_interval
from kg.model import EntityRef, Statement

runner = CliRunner()


def _statement(
    subject: str, stance: str | None, polarity: int, obj: str, **extra: object
) -> Statement:
    fields: dict[str, object] = {
        "id": "s",
        "doc_id": "d",
        "sentence_index": 0,
        "char_start": 0,
        "char_end": 1,
        "sentence": "",
        "subject": EntityRef(f"x/{subject}", subject),
        "relation": "r",
        "relation_text": "r",
        "object": EntityRef(f"x/{obj}", obj),
        "stance": stance,
        "polarity": polarity,
        "negated": False,
        "modality": "asserted",
        "attributed_to": None,
        "confidence": 0.5,
        "rule": "clause:svo",
    }
    fields.update(extra)
    return Statement(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("gold", "predicted", "same"),
    [
        ("Mitch McConnell", "Senate Majority Leader Mitch McConnell", True),
        ("Egyptian police", "police", True),
        ("Sander", "Bernie Sanders", True),
        ("President Mugabe", "Robert Mugabe", True),
        ("Iran", "Iraq", False),
        ("the", "the", False),
        ("Trump", "Trumpism movement", False),
    ],
)
def test_actor_names_match_by_token_overlap(gold: str, predicted: str, same: bool) -> None:
    assert names_match(gold, predicted) is same


def test_wilson_interval_and_macro_f1() -> None:
    assert wilson_interval(0, 0) == (0.0, 0.0)
    low, high = wilson_interval(10, 10)
    assert high == 1.0 and 0.72 < low < 0.73
    scores = class_scores(["a", "a", "b", "c"], ["a", "b", "b", "b"], ["a", "b", "c"])
    assert [(s.precision, s.recall) for s in scores] == [(1.0, 0.5), (1 / 3, 1.0), (0.0, 0.0)]
    assert macro_f1(scores) == pytest.approx((2 / 3 + 0.5 + 0) / 3)
    with pytest.raises(ValueError, match="2 gold labels but 1 predictions"):
        class_scores(["a", "b"], ["a"], ["a", "b"])


def _plover_folder(tmp_path: Path, records: list[dict[str, object]]) -> Path:
    folder = tmp_path / "plover-gsr"
    folder.mkdir()
    data = [{"id": "DOC", "event": "DOCUMENT"}, *records]
    (folder / plover.RECORDS_FILE).write_text(json.dumps(data), encoding="utf-8")
    return folder


PLOVER_RECORDS: list[dict[str, object]] = [
    {
        "id": "R1",
        "text": "Albania on Friday denounced Serbia.",
        "event": "DISAPPROVE",
        "source": [{"actorText": "Albania"}],
        "target": [{"actorText": "Serbia"}],
    },
    {
        "id": "R2",
        # Anchored ("Tamil rebels"): bare "Rebels" is no actor (kg.extract.actors.groups).
        "text": "Tamil rebels fought government troops near the border.",
        "event": "FIGHT",
        "source": [{"actorText": "Tamil rebels"}],
        "target": "diplomatic",
    },
]


def test_plover_loader_maps_categories_and_skips_non_actor_targets(tmp_path: Path) -> None:
    records = plover.load_records(_plover_folder(tmp_path, PLOVER_RECORDS))
    assert [(r.id, r.stance, r.targets) for r in records] == [
        ("R1", "DISAPPROVE", ("Serbia",)),
        ("R2", "ASSAULT", ()),
    ]


def test_plover_loader_rejects_unknown_categories(tmp_path: Path) -> None:
    folder = _plover_folder(tmp_path, [{"id": "X", "text": "t", "event": "PARTY"}])
    with pytest.raises(InputError, match="category 'PARTY'"):
        plover.load_records(folder)


def test_plover_scoring_needs_source_polarity_and_target() -> None:
    gold = plover.PloverRecord("R", "t", "REJECT", ("Iraq",), ("U.N.",))
    wrong_sign = _statement("Iraq", "SUPPORT", 1, "U.N.")
    wrong_target = _statement("Iraq", "REJECT", -1, "Iran")
    assert not plover.score_record(gold, [wrong_sign, wrong_target]).source_polarity_target
    result = plover.score_record(gold, [wrong_target])
    assert (result.source, result.category) == (True, True)
    negated = _statement("Iraq", None, 0, "U.N.", negated=True)
    assert not plover.score_record(gold, [negated]).category


def test_sentiment_rows_unbracket_and_validate(tmp_path: Path) -> None:
    folder = tmp_path / "directed-sentiment-news"
    folder.mkdir()
    (folder / "valid.txt").write_text(
        '[Ryan] has endorsed [Trump].\tRyan\tTrump\t1\n"[A] said ""hi"" to [B]"\tA\tB\t0\n',
        encoding="utf-8",
    )
    rows = sentiment.load_rows("valid", folder)
    assert [(r.text, r.label) for r in rows] == [
        ("Ryan has endorsed Trump.", "1"),
        ('A said "hi" to B', "0"),
    ]
    with pytest.raises(UsageError, match="choose one of: valid, test"):
        sentiment.load_rows("train", folder)
    (folder / "test.txt").write_text("no tabs here\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"test\.txt:1: expected 4 tab-separated fields"):
        sentiment.load_rows("test", folder)


def test_sentiment_direction_and_sign() -> None:
    row = sentiment.SentimentRow("", "Ryan", "Trump", "0")
    assert sentiment.classify(row, [_statement("Trump", "DISAPPROVE", -1, "Paul Ryan")]) == "4"
    assert sentiment.classify(row, [_statement("Ryan", "SUPPORT", 1, "Trump")]) == "1"
    negated = _statement("Ryan", None, 0, "Trump", negated=True)
    assert sentiment.classify(row, [negated]) == "0"
    neutral = _statement("Ryan", "CONSULT", 0, "Trump")
    assert sentiment.classify(row, [neutral]) == "0"


def test_sentiment_counts_only_stances_the_holder_shows() -> None:
    # "Ryan might back Trump", "Ryan was accused of attacking Trump": no sentiment shown.
    row = sentiment.SentimentRow("", "Ryan", "Trump", "0")
    hedged = _statement("Ryan", "SUPPORT", 1, "Trump", modality="hedged")
    reported = _statement("Ryan", "ASSAULT", -1, "Trump", modality="reported")
    intended = _statement("Ryan", "SUPPORT", 1, "Trump", modality="intended")
    assert sentiment.classify(row, [hedged, reported]) == "0"
    assert sentiment.classify(row, [hedged, intended]) == "1"
    # "Ryan would not support Trump": a refusal, negative.
    refusal = _statement("Ryan", None, 0, "Trump", modality="hedged", negated=True, cue="support")
    assert sentiment.classify(row, [refusal]) == "3"


def test_a_negated_stance_towards_any_one_shows_no_sentiment() -> None:
    # "Ryan isn't endorsing any Trump ally" names Trump but opposes no one; "Ryan isn't
    # endorsing Trump" is a refusal.
    row = sentiment.SentimentRow("", "Ryan", "Trump", "0")
    nobody = _statement(
        "Ryan", None, 0, "any Trump ally", negated=True, cue="endorse", object_text="any Trump ally"
    )
    assert sentiment.classify(row, [nobody]) == "0"
    named = _statement("Ryan", None, 0, "Trump", negated=True, cue="endorse", object_text="Trump")
    assert sentiment.classify(row, [named]) == "3"


def test_newsmtsc_loader_and_classifier(tmp_path: Path) -> None:
    folder = tmp_path / "newsmtsc"
    folder.mkdir()
    item = {
        "sentence_normalized": "Democrats censured Mr. Trump.",
        "targets": [{"mention": "Mr. Trump", "from": 19, "to": 28, "polarity": 2.0}],
    }
    (folder / "devtest_rw.jsonl").write_text(json.dumps(item) + "\n", encoding="utf-8")
    sentences, [target] = newsmtsc.load_file("rw", folder)
    assert sentences == [item["sentence_normalized"]] and target.label == "negative"
    assert newsmtsc.classify(target, [_statement("Democrats", "DISAPPROVE", -1, "Trump")]) == (
        "negative"
    )
    assert newsmtsc.classify(target, [_statement("Trump", "DISAPPROVE", -1, "Democrats")]) == (
        "neutral"
    )
    (folder / "devtest_mt.jsonl").write_text('{"targets": []}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"devtest_mt\.jsonl:1: expected a NewsMTSC record"):
        newsmtsc.load_file("mt", folder)


@pytest.mark.model
def test_eval_plover_command_on_a_tiny_gold_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _plover_folder(tmp_path, PLOVER_RECORDS)
    monkeypatch.setenv("KG_BENCHMARKS", str(tmp_path))
    details = tmp_path / "details.jsonl"
    result = runner.invoke(app, ["eval", "plover", "--json", "--details", str(details)])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["records"] == 2
    assert summary["source"]["hits"] == 2
    assert summary["source_polarity_target"] == {
        "hits": 1,
        "total": 1,
        "recall": 1.0,
        "ci95": [0.2065, 1.0],
    }
    assert summary["per_category"]["FIGHT"]["category"] == 1
    rows = [json.loads(line) for line in details.read_text().splitlines()]
    assert [row["id"] for row in rows] == ["R1", "R2"]


@pytest.mark.model
def test_eval_sentiment_command_on_a_tiny_split(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "directed-sentiment-news"
    folder.mkdir()
    (folder / "test.txt").write_text(
        "[Ryan] has endorsed [Trump].\tRyan\tTrump\t1\n"
        "[Clinton] was criticized by [Sanders].\tClinton\tSanders\t4\n"
        "[Paris] is a city in [France].\tParis\tFrance\t0\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("KG_BENCHMARKS", str(tmp_path))
    result = runner.invoke(app, ["eval", "sentiment", "--split", "test"])
    assert result.exit_code == 0, result.output
    assert "directed sentiment (test, 3 rows): macro-F1" in result.output
    bad = runner.invoke(app, ["eval", "sentiment", "--split", "train"])
    assert bad.exit_code == 2 and "choose one of: valid, test" in bad.output
