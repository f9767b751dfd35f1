"""Direct quotes: spans (split, multi-sentence, unclosed) and speakers (no model)."""

from __future__ import annotations

from kg.extract.quote_marks import QuoteSpan, quote_spans
from kg.extract.quotes import Quote, find_quotes, quote_at, speaker_of_verb
from tests.docs import make_doc


def test_quote_then_verb_gives_the_subject_of_the_verb() -> None:
    doc = make_doc(
        [
            ("“", "PUNCT", "punct", 6, "“"),
            ("I", "PRON", "nsubj", 2, "I"),
            ("agree", "VERB", "ccomp", 6, "agree"),
            (",", "PUNCT", "punct", 6, ","),
            ("”", "PUNCT", "punct", 6, "”"),
            ("McCain", "PROPN", "nsubj", 6, "McCain"),
            ("said", "VERB", "ROOT", 6, "say"),
            (".", "PUNCT", "punct", 6, "."),
        ]
    )
    [quote] = find_quotes(doc)
    assert (quote.text, quote.speaker, quote.cue, quote.rule) == ("I agree,", 5, 6, "quote:clause")
    assert quote.contains(1) and not quote.contains(5)
    assert quote_at([quote], 2) is quote and quote_at([quote], 6) is None


def test_a_split_quote_is_one_quote_with_two_spans() -> None:
    doc = make_doc(
        [
            ("``", "PUNCT", "punct", 5, "``"),
            ("No", "INTJ", "intj", 5, "no"),
            ("''", "PUNCT", "punct", 5, "''"),
            (",", "PUNCT", "punct", 5, ","),
            ("he", "PRON", "nsubj", 5, "he"),
            ("said", "VERB", "ROOT", 5, "say"),
            (",", "PUNCT", "punct", 5, ","),
            ("``", "PUNCT", "punct", 9, "``"),
            ("we", "PRON", "nsubj", 9, "we"),
            ("refuse", "VERB", "ccomp", 5, "refuse"),
            (".", "PUNCT", "punct", 5, "."),
            ("''", "PUNCT", "punct", 5, "''"),
        ]
    )
    [quote] = find_quotes(doc)
    assert [(s.start, s.end) for s in quote.spans] == [(1, 2), (8, 11)]
    assert quote.speaker == 4 and quote.text == "No … we refuse."


def test_an_unattributed_quote_continues_the_previous_one() -> None:
    doc = make_doc(
        [
            ("“", "PUNCT", "punct", 2, "“"),
            ("We", "PRON", "nsubj", 2, "we"),
            ("win", "VERB", "ccomp", 6, "win"),
            (",", "PUNCT", "punct", 6, ","),
            ("”", "PUNCT", "punct", 6, "”"),
            ("Merkel", "PROPN", "nsubj", 6, "Merkel"),
            ("said", "VERB", "ROOT", 6, "say"),
            (".", "PUNCT", "punct", 6, "."),
            ("“", "PUNCT", "punct", 10, "“"),
            ("They", "PRON", "nsubj", 10, "they"),
            ("lose", "VERB", "ROOT", 10, "lose"),
            (".", "PUNCT", "punct", 10, "."),
            ("”", "PUNCT", "punct", 10, "”"),
        ]
    )
    [quote] = find_quotes(doc)
    assert len(quote.spans) == 2 and quote.speaker == 5 and quote.contains(9)


def test_according_to_names_the_source() -> None:
    doc = make_doc(
        [
            ("“", "PUNCT", "punct", 2, "“"),
            ("Talks", "NOUN", "nsubj", 2, "talk"),
            ("failed", "VERB", "ROOT", 2, "fail"),
            (",", "PUNCT", "punct", 2, ","),
            ("”", "PUNCT", "punct", 2, "”"),
            ("according", "VERB", "prep", 2, "accord"),
            ("to", "ADP", "prep", 5, "to"),
            ("Peskov", "PROPN", "pobj", 6, "Peskov"),
        ]
    )
    [quote] = find_quotes(doc)
    assert (quote.speaker, quote.rule) == (7, "quote:according-to")


def test_titles_in_quotes_are_not_quotes_and_scare_quotes_have_no_speaker() -> None:
    doc = make_doc(
        [
            ("He", "PRON", "nsubj", 1, "he"),
            ("watched", "VERB", "ROOT", 1, "watch"),
            ("“", "PUNCT", "punct", 4, "“"),
            ("This", "DET", "det", 4, "this"),
            ("Week", "PROPN", "dobj", 1, "week"),
            ("”", "PUNCT", "punct", 4, "”"),
            ("and", "CCONJ", "cc", 1, "and"),
            ("a", "DET", "det", 10, "a"),
            ("“", "PUNCT", "punct", 10, "“"),
            ("reckless", "ADJ", "amod", 10, "reckless"),
            ("course", "NOUN", "conj", 1, "course"),
            ("”", "PUNCT", "punct", 10, "”"),
        ]
    )
    [quote] = find_quotes(doc)
    assert (quote.text, quote.speaker, quote.rule) == (
        "reckless course",
        None,
        "quote:unattributed",
    )
    assert len(list(quote_spans(doc))) == 2


def test_an_unclosed_quote_ends_at_the_paragraph_break() -> None:
    doc = make_doc(
        [
            ("“", "PUNCT", "punct", 2, "“"),
            ("We", "PRON", "nsubj", 2, "we"),
            ("won", "VERB", "ROOT", 2, "win"),
            ("\n\n", "SPACE", "dep", 2, "\n\n"),
            ("Trump", "PROPN", "nsubj", 5, "Trump"),
            ("left", "VERB", "ROOT", 5, "leave"),
        ],
        spaces=[False, True, False, False, True, False],
    )
    [span] = list(quote_spans(doc))
    assert (span.start, span.end, span.closed) == (1, 3, False)


def test_apostrophes_are_not_single_quotes() -> None:
    doc = make_doc(
        [
            ("the", "DET", "det", 1, "the"),
            ("readouts", "NOUN", "nsubj", 3, "readout"),
            ("’", "PART", "case", 1, "’"),
            ("said", "VERB", "ROOT", 3, "say"),
            ("‘", "PUNCT", "punct", 6, "‘"),
            ("Absolutely", "ADV", "advmod", 6, "absolutely"),
            ("opposed", "ADJ", "ccomp", 3, "opposed"),
            ("’", "PUNCT", "punct", 6, "’"),
        ],
        spaces=[True, False, True, True, False, True, False, False],
    )
    [span] = list(quote_spans(doc))
    assert (span.start, span.end) == (5, 7)


def test_a_participle_of_saying_takes_the_subject_of_its_clause() -> None:
    doc = make_doc(
        [
            ("Trump", "PROPN", "nsubj", 1, "Trump"),
            ("left", "VERB", "ROOT", 1, "leave"),
            ("saying", "VERB", "advcl", 1, "say"),
        ]
    )
    assert speaker_of_verb(doc[2]).text == "Trump"  # type: ignore[union-attr]


def test_quote_records_expose_their_extent() -> None:
    quote = Quote(
        (QuoteSpan(2, 4, 5, 12), QuoteSpan(8, 9, 30, 34)), "a … b", None, None, "quote:clause"
    )
    assert (quote.start, quote.end) == (2, 9)


def test_a_straight_quote_closed_by_two_apostrophes_ends_there() -> None:
    # "I agree.'' Gurule said "we will fight.''  (mixed ASCII marks, as in wire copy)
    doc = make_doc(
        [
            ('"', "PUNCT", "punct", 2, '"'),
            ("I", "PRON", "nsubj", 2, "I"),
            ("agree", "VERB", "ccomp", 5, "agree"),
            ("''", "PUNCT", "punct", 5, "''"),
            ("Gurule", "PROPN", "nsubj", 5, "Gurule"),
            ("said", "VERB", "ROOT", 5, "say"),
            ('"', "PUNCT", "punct", 8, '"'),
            ("we", "PRON", "nsubj", 8, "we"),
            ("fight", "VERB", "ccomp", 5, "fight"),
            ("''", "PUNCT", "punct", 5, "''"),
        ],
        spaces=[False, True, False, True, True, True, False, True, False, False],
    )
    assert [(s.start, s.end) for s in quote_spans(doc)] == [(1, 3), (7, 9)]


def test_a_closing_mark_first_in_its_paragraph_closes_a_quote_opened_before_it() -> None:
    # I agree,” Bolton said, “it is true.”  (an excerpt that starts inside a quote)
    doc = make_doc(
        [
            ("I", "PRON", "nsubj", 1, "I"),
            ("agree", "VERB", "ccomp", 5, "agree"),
            (",", "PUNCT", "punct", 5, ","),
            ("”", "PUNCT", "punct", 5, "”"),
            ("Bolton", "PROPN", "nsubj", 5, "Bolton"),
            ("said", "VERB", "ROOT", 5, "say"),
            (",", "PUNCT", "punct", 5, ","),
            ("“", "PUNCT", "punct", 9, "“"),
            ("it", "PRON", "nsubj", 9, "it"),
            ("is", "AUX", "ccomp", 5, "be"),
            ("true", "ADJ", "acomp", 9, "true"),
            ("”", "PUNCT", "punct", 9, "”"),
        ],
        spaces=[True, False, False, True, True, False, True, False, True, True, False, False],
    )
    spans = [(span.start, span.end) for span in quote_spans(doc)]
    assert spans == [(0, 3), (8, 11)]
    assert [doc[q.speaker].text for q in find_quotes(doc) if q.speaker is not None] == ["Bolton"]


def test_a_closing_mark_typed_for_an_opening_one_opens_the_quote() -> None:
    # ”I agree,” said Amash.
    doc = make_doc(
        [
            ("”", "PUNCT", "punct", 5, "”"),
            ("I", "PRON", "nsubj", 2, "I"),
            ("agree", "VERB", "ccomp", 5, "agree"),
            (",", "PUNCT", "punct", 5, ","),
            ("”", "PUNCT", "punct", 5, "”"),
            ("said", "VERB", "ROOT", 5, "say"),
            ("Amash", "PROPN", "nsubj", 5, "Amash"),
        ],
        spaces=[False, True, False, False, True, True, False],
    )
    assert [(span.start, span.end) for span in quote_spans(doc)] == [(1, 4)]


def test_a_closing_mark_after_an_opening_one_is_no_new_quote() -> None:
    # “We won,” he said. Later ” stray.  - only the first pair is a quote
    doc = make_doc(
        [
            ("“", "PUNCT", "punct", 2, "“"),
            ("We", "PRON", "nsubj", 2, "we"),
            ("won", "VERB", "ccomp", 6, "win"),
            (",", "PUNCT", "punct", 6, ","),
            ("”", "PUNCT", "punct", 6, "”"),
            ("he", "PRON", "nsubj", 6, "he"),
            ("said", "VERB", "ROOT", 6, "say"),
            ("”", "PUNCT", "punct", 6, "”"),
        ],
        spaces=[False, True, False, False, True, True, True, False],
    )
    assert [(span.start, span.end) for span in quote_spans(doc)] == [(1, 4)]


def test_a_gerund_after_a_preposition_takes_the_subject_of_the_verb_above() -> None:
    # Rubio ended it by saying ...
    doc = make_doc(
        [
            ("Rubio", "PROPN", "nsubj", 1, "Rubio"),
            ("ended", "VERB", "ROOT", 1, "end"),
            ("it", "PRON", "dobj", 1, "it"),
            ("by", "ADP", "prep", 1, "by"),
            ("saying", "VERB", "pcomp", 3, "say"),
        ]
    )
    assert speaker_of_verb(doc[4]).text == "Rubio"  # type: ignore[union-attr]
    # A preposition under a noun passes nothing on: "the call for saying ..."
    noun = make_doc(
        [
            ("Rubio", "PROPN", "nsubj", 1, "Rubio"),
            ("ended", "VERB", "ROOT", 1, "end"),
            ("the", "DET", "det", 3, "the"),
            ("call", "NOUN", "dobj", 1, "call"),
            ("by", "ADP", "prep", 3, "by"),
            ("saying", "VERB", "pcomp", 4, "say"),
        ]
    )
    assert speaker_of_verb(noun[5]) is None
