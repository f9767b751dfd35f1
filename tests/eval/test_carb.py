"""The CaRB scorer on tiny hand-made cases, and gold scored against itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.eval.carb import (
    CarbTuple,
    match,
    parse_predictions,
    read_gold,
    score_corpus,
    sentence_key,
)
from kg.eval.data import benchmark_dir


def _t(relation: str, *arguments: str, confidence: float = 1.0) -> CarbTuple:
    return CarbTuple(relation, arguments, confidence)


def test_sentence_key_ignores_spaces_brackets_and_punctuation() -> None:
    assert sentence_key("Obama -LRB- D -RRB- won .") == sentence_key("Obama (D) won")
    assert sentence_key("It 's `` fine '' .") == "Itsfine"


def test_exact_prediction_scores_one() -> None:
    assert match(_t("was born in", "Obama", "Hawaii"), _t("was born in", "Obama", "Hawaii")) == (
        1.0,
        1.0,
    )


def test_relation_must_share_a_token() -> None:
    assert match(_t("was born in", "Obama", "Hawaii"), _t("lived", "Obama", "Hawaii")) == (0, 0)


def test_partial_overlap_counts_tokens_as_multisets() -> None:
    # gold: 3 + 1 + 2 = 6 tokens; predicted: 2 + 1 + 3 = 6 tokens; shared: 2 + 1 + 2 = 5.
    precision, recall = match(
        _t("was born in", "Obama", "Honolulu Hawaii"), _t("born in", "Obama", "in Honolulu Hawaii")
    )
    assert (precision, recall) == (5 / 6, 5 / 6)


def test_be_matches_any_form_of_be_once() -> None:
    precision, recall = match(_t("is", "Paris", "a city"), _t("be", "Paris", "a city"))
    assert (precision, recall) == (1.0, 1.0)
    assert match(_t("lives in", "Paris", "a city"), _t("be", "Paris", "a city")) == (0, 0)


def test_missing_object_scores_zero() -> None:
    assert match(_t("met", "Trump", "Abe"), _t("met", "Trump")) == (0.0, 0.0)


def test_arguments_after_the_subject_are_joined_into_one_object() -> None:
    gold = _t("taught at", "Rodan", "the University", "from 1970")
    predicted = _t("taught at", "Rodan", "from 1970 the University")
    assert match(gold, predicted) == (1.0, 1.0)


def test_speech_relations_are_also_scored_with_arguments_swapped() -> None:
    gold = _t("said", "the minister", "taxes will rise")
    swapped = _t("said", "taxes will rise", "the minister")
    assert match(gold, swapped) == (1.0, 1.0)
    # Not a speech relation: only the relation's token is shared (1 of 5).
    assert match(_t("wrote", "the minister", "a book"), _t("wrote", "a book", "the minister")) == (
        1 / 5,
        1 / 5,
    )


def test_recall_is_many_to_one_and_precision_one_to_one() -> None:
    gold = {"s": [_t("met", "Trump", "Abe"), _t("met", "Trump", "Abe in Tokyo")]}
    # One prediction serves both gold tuples for recall, but only one for precision.
    one = score_corpus(gold, {"s": [_t("met", "Trump", "Abe in Tokyo", confidence=0.5)]})
    assert (one.recall, one.precision) == (1.0, 1.0)
    # A copy is paired with the other gold tuple: 3 of its 5 tokens are in it.
    two = {"s": [_t("met", "Trump", "Abe in Tokyo", confidence=0.5)] * 2}
    assert score_corpus(gold, two).precision == pytest.approx((1.0 + 3 / 5) / 2)


def test_best_threshold_and_area_under_curve() -> None:
    gold = {"a": [_t("met", "Trump", "Abe")], "b": [_t("left", "Abe", "Tokyo")]}
    predicted = {
        "a": [_t("met", "Trump", "Abe", confidence=0.9)],
        "b": [_t("ate", "Abe", "sushi", confidence=0.2)],
    }
    score = score_corpus(gold, predicted)
    # At 0.9: P 1, R 0.5 (F1 2/3). At 0.2: P 0.5, R 0.5 (F1 0.5).
    assert (score.threshold, score.precision, score.recall) == (0.9, 1.0, 0.5)
    assert score.f1 == pytest.approx(2 / 3)
    assert score.curve == ((0.2, 0.5, 0.5), (0.9, 1.0, 0.5))
    # Points (0.5, 0.5), (0.5, 1), (0, 1): the area is 0.5 * 1.
    assert score.auc == pytest.approx(0.5)


def test_sentences_without_gold_are_ignored_and_no_prediction_scores_zero() -> None:
    gold = {"a": [_t("met", "Trump", "Abe")]}
    assert score_corpus(gold, {"zz": [_t("met", "Trump", "Abe")]}).f1 == 0.0
    assert score_corpus(gold, {}).f1 == 0.0


def test_reading_drops_context_fields_and_reports_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "gold.tsv"
    path.write_text("He said it rained .\train\tit \tC: He said\n", encoding="utf-8")
    assert read_gold(path) == {"Hesaiditrained": [_t("rain", "it")]}
    lines = ["He said it rained .\t0.5\train\tit", "", "He said it rained .\tsure\train\tit"]
    with pytest.raises(InputError, match=r"<predictions>:3: .*'sure'"):
        parse_predictions(lines)
    assert parse_predictions(lines[:2]) == {"Hesaiditrained": [_t("rain", "it", confidence=0.5)]}


@pytest.mark.parametrize("split", ["dev", "test"])
def test_gold_against_itself_scores_about_0_995(split: str) -> None:
    """The README's check: the gold file as predictions (context fields kept as args)."""
    path = benchmark_dir("carb") / "gold" / f"{split}.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    as_predictions = [line.replace("\t", "\t1\t", 1) for line in lines]
    score = score_corpus(read_gold(path), parse_predictions(as_predictions))
    assert score.f1 == pytest.approx(0.995, abs=0.006)
    assert score.recall > 0.99
