"""Property-based tests of reading: any bytes, any text, any folder; never a crash.

Bounded and reproducible: a fixed number of examples, derandomized, no example database.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kg.io import InputLedger, clean_text, decode_bytes, read_inputs, split_text
from kg.io.decode import Decoded
from kg.io.jsonl import JsonArticle, parse_line
from kg.io.records import CAUSES, Rejected

BOUNDED = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# Text as a file could hold it: any code point but surrogates and the controls that
# mark binary data (tab, newline and carriage return are allowed).
FILE_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
    | st.sampled_from("\t\n\r")
)
SUFFIXES = st.sampled_from([".txt", ".md", ".html", ".jsonl", ".png", ""])


@BOUNDED
@given(st.text(), st.integers(min_value=2, max_value=300))
def test_split_tiles_the_text_in_parts_no_longer_than_the_limit(text: str, limit: int) -> None:
    cuts = split_text(text, limit)
    assert "".join(text[cut.start : cut.end] for cut in cuts) == text
    assert all(cut.end - cut.start <= limit for cut in cuts)
    assert all(cut.end > cut.start for cut in cuts) or text == ""
    assert [c.start for c in cuts[1:]] == [c.end for c in cuts[:-1]]


@BOUNDED
@given(st.text())
def test_clean_text_is_safe_for_every_output_and_keeps_offsets(text: str) -> None:
    cleaned = clean_text(text)
    assert len(cleaned.text) == len(text)
    cleaned.text.encode("utf-8")  # no surrogates left
    assert clean_text(cleaned.text).text == cleaned.text
    assert all(ch in "\t\n\r" or ord(ch) >= 0x20 for ch in cleaned.text)


@BOUNDED
@given(FILE_TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_unicode_text_decodes_back_exactly(text: str, encoding: str) -> None:
    # U+FEFF first, written as UTF-8 without a mark, is byte for byte a UTF-8 byte-order
    # mark, which is dropped: no decoder can give that text back.
    assume(not (encoding == "utf-8" and text.startswith("\ufeff")))
    decoded = decode_bytes(text.encode(encoding))
    assert isinstance(decoded, Decoded) and decoded.text == text and decoded.replaced == 0


@BOUNDED
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_are_rejected_with_a_known_cause(data: bytes) -> None:
    result = decode_bytes(data)
    if isinstance(result, Rejected):
        assert result.cause in CAUSES and result.reason
    else:
        assert isinstance(result.text, str)


@BOUNDED
@given(
    st.text(max_size=300)
    | st.builds(
        json.dumps,
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=20),
            lambda inner: (
                st.lists(inner, max_size=3)
                | st.dictionaries(
                    st.sampled_from(["id", "text", "title", "url", "published", "x"]),
                    inner,
                    max_size=4,
                )
            ),
            max_leaves=8,
        ),
    )
)
def test_any_jsonl_line_parses_or_says_why(line: str) -> None:
    result = parse_line(line)
    if isinstance(result, Rejected):
        assert result.cause in CAUSES and result.reason
    else:
        assert isinstance(result, JsonArticle) and result.text.strip()


@settings(BOUNDED, max_examples=40)
@given(
    st.lists(st.tuples(SUFFIXES, st.binary(max_size=400) | FILE_TEXT.map(str.encode)), max_size=8)
)
def test_a_folder_of_anything_gives_one_record_per_input_and_counts_reconcile(
    files: list[tuple[str, bytes]],
) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for number, (suffix, data) in enumerate(files):
            (folder / f"f{number:02d}{suffix}").write_bytes(data)
        ledger = InputLedger(max_chars=100)
        documents = list(ledger.documents([folder]))
        counts = ledger.counts()
        jsonl_lines = sum(
            len([line for line in data.split(b"\n") if line.strip()]) or 1
            for suffix, data in files
            if suffix == ".jsonl"
        )
        non_jsonl = sum(1 for suffix, _ in files if suffix != ".jsonl")
        # A binary .jsonl is one record; otherwise one per non-blank line (or one if none).
        assert non_jsonl <= counts["inputs"] <= non_jsonl + jsonl_lines
        assert (
            counts["inputs"]
            == counts["inputs_ok"] + counts["inputs_skipped"] + counts["inputs_partial"]
        )
        assert sum(counts["skipped_by_cause"].values()) == counts["inputs_skipped"]
        assert len(documents) == counts["documents_read"]
        for record in ledger.records:
            assert (record.status == "ok") == (record.reason is None)
            assert record.status == "ok" or record.cause in CAUSES
        for document in documents:
            assert document.text.strip() and len(document.text) <= 100
            document.text.encode("utf-8")


@BOUNDED
@given(FILE_TEXT.filter(str.strip))
def test_a_text_file_is_read_whole_or_skipped_never_altered(text: str) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        path = Path(temporary) / "a.txt"
        path.write_bytes(text.encode("utf-8"))
        [read] = read_inputs([path], max_chars=50)
        if read.record.status == "ok":
            assert "".join(document.text for document in read.documents) == text
        else:
            assert read.record.cause in {"not-english"}
