"""Reading inputs end to end: one record per input, a reason for anything not ok."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kg.errors import UsageError
from kg.ids import document_id
from kg.io import Read, read_inputs
from kg.model import DocumentPart

GERMAN = "Wladimir Putin hat am Samstag mit Donald Trump telefoniert, teilte der Kreml mit."


def _one(path: Path, **kwargs: int) -> Read:
    [read] = read_inputs([path], **kwargs)
    return read


def _table(paths: list[str | Path]) -> list[tuple[str, str, str | None]]:
    records = [read.record for read in read_inputs(paths)]
    return [(Path(r.source).name, r.status, r.cause) for r in records]


def test_text_file_gets_content_hash_id_and_title(tmp_path: Path) -> None:
    text = "Putin Calls Trump\n\nVladimir Putin called Donald Trump on Saturday."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    read = _one(tmp_path / "a.txt")
    [doc] = read.documents
    assert (read.record.status, read.record.doc_id, read.record.encoding) == ("ok", doc.id, "utf-8")
    assert read.record.language == "en" and read.record.warnings == ()
    assert doc.id == document_id(text) and doc.text == text
    assert doc.title == "Putin Calls Trump" and doc.source_path == str(tmp_path / "a.txt")


def test_same_text_gives_same_id_in_any_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Same text.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Same text.", encoding="utf-8")
    assert len({read.documents[0].id for read in read_inputs([tmp_path])}) == 1


@pytest.mark.parametrize(
    ("name", "data", "cause", "reason"),
    [
        ("empty.txt", b"", "empty", "empty or whitespace-only"),
        ("blank.txt", b"  \n\t\n", "empty", "empty or whitespace-only"),
        ("ctrl.txt", b"\x0c\x0c \x00", "binary", "binary file (contains NUL bytes)"),
        ("bin.txt", b"abc\x00def", "binary", "binary file (contains NUL bytes)"),
        ("doc.txt", b"%PDF-1.4\n", "binary", "binary file (a PDF document"),
        ("image.png", b"\x89PNG", "unsupported-type", "unsupported file type '.png'"),
        ("README", b"text", "unsupported-type", "unsupported file type '(none)'"),
        ("empty.jsonl", b"\n\n", "empty", "empty JSONL file"),
        ("zip.jsonl", b"PK\x03\x04...", "binary", "binary file (a ZIP archive"),
        ("menu.html", b"<nav><a href='/'>Home</a></nav>", "no-main-text", "HTML page has no"),
        ("de.txt", GERMAN.encode(), "not-english", "not English: detected 'de'"),
    ],
)
def test_bad_files_are_skipped_with_cause_and_reason(
    tmp_path: Path, name: str, data: bytes, cause: str, reason: str
) -> None:
    (tmp_path / name).write_bytes(data)
    read = _one(tmp_path / name)
    assert read.documents == ()
    assert (read.record.status, read.record.cause) == ("skipped", cause)
    assert read.record.reason is not None and read.record.reason.startswith(reason)


def test_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("Putin called Trump.")

    def refuse(self: Path) -> bytes:  # root ignores chmod 000, so refuse the read here
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    record = _one(tmp_path / "a.txt").record
    assert (record.status, record.cause, record.reason) == (
        "skipped",
        "unreadable",
        "unreadable: Permission denied",
    )


def test_legacy_encoding_is_read_with_a_warning(tmp_path: Path) -> None:
    text = "Chancellor Merkel’s talks with François Hollande were “constructive”."
    (tmp_path / "a.txt").write_bytes(text.encode("cp1252"))
    read = _one(tmp_path / "a.txt")
    assert read.documents[0].text == text
    assert (read.record.status, read.record.encoding) == ("ok", "cp1252")
    [warning] = read.record.warnings
    assert warning == "not UTF-8: decoded as cp1252 (detected by charset-normalizer)"


def test_damaged_utf8_is_partial_with_the_loss_counted(tmp_path: Path) -> None:
    data = "Chancellor Merkel’s talks with François Hollande were “constructive”.".encode()
    (tmp_path / "a.txt").write_bytes(data[:10] + b"\xc0" + data[10:])
    read = _one(tmp_path / "a.txt")
    assert (read.record.status, read.record.cause) == ("partial", "replaced-bytes")
    assert read.record.reason == (
        "1 invalid UTF-8 byte sequence(s) replaced with U+FFFD (first at byte 10)"
    )
    assert read.documents[0].text.count("\ufffd") == 1


def test_control_characters_are_replaced_and_warned_about(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Page one.\x0cPage two says Putin called \x1bTrump.")
    read = _one(tmp_path / "a.txt")
    assert read.record.status == "ok"
    assert read.documents[0].text == "Page one.\nPage two says Putin called  Trump."
    assert read.record.warnings == ("2 control character(s) replaced with spaces or newlines",)


def test_html_file_gives_main_text_and_metadata(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="windows-1252"><title>Talks</title>'
        '<link rel="canonical" href="https://news.example/talks"></head><body>'
        "<nav>Home | World</nav><article><h1>Talks in Zürich</h1>"
        "<p>Merkel’s talks with Hollande were “constructive”, officials said.</p>"
        "</article><footer>© News</footer></body></html>"
    )
    (tmp_path / "a.html").write_bytes(page.encode("cp1252"))
    read = _one(tmp_path / "a.html")
    [doc] = read.documents
    assert doc.text == (
        "Talks in Zürich\n\nMerkel’s talks with Hollande were “constructive”, officials said."
    )
    assert (doc.title, doc.url) == ("Talks in Zürich", "https://news.example/talks")
    assert read.record.encoding == "cp1252"


def test_markdown_file(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Talks\n\nMerkel **praised** [Macron](http://x).")
    [doc] = _one(tmp_path / "a.md").documents
    assert (doc.text, doc.title) == ("Talks\n\nMerkel praised Macron.", "Talks")


def test_jsonl_lines_each_accounted(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "n1", "text": "Merkel met Trump.", "title": "T", "url": "http://x"}),
        "",
        "{not json",
        json.dumps({"id": "n2"}),
        json.dumps(["a list"]),
        json.dumps({"text": "No id given.", "published": "2017-01-28"}),
        json.dumps({"text": "Bad title.", "title": {"a": 1}}),
        json.dumps({"text": GERMAN}),
        json.dumps({"text": "Lone \ud800 surrogate."}),  # json.dumps escapes it: legal JSON
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    reads = list(read_inputs([path]))
    rows = [(r.record.source.rsplit(":", 1)[1], r.record.status, r.record.cause) for r in reads]
    assert rows == [
        ("1", "ok", None),
        ("3", "skipped", "invalid-json"),
        ("4", "skipped", "missing-text"),
        ("5", "skipped", "not-an-object"),
        ("6", "ok", None),
        ("7", "partial", "bad-field"),
        ("8", "skipped", "not-english"),
        ("9", "partial", "replaced-bytes"),
    ]
    first, sixth = reads[0].documents[0], reads[4].documents[0]
    assert (first.id, first.url, first.title) == ("n1", "http://x", "T")
    assert sixth.id == document_id("No id given.") and sixth.published == "2017-01-28"
    assert reads[5].record.reason == "ignored 'title': expected a string, got object"
    assert reads[7].documents[0].text == "Lone \ufffd surrogate."


def test_jsonl_encoding_is_per_line(tmp_path: Path) -> None:
    good = json.dumps({"text": "Merkel’s talks went well."}, ensure_ascii=False).encode()
    legacy = json.dumps({"text": "Hollande’s talks went well."}, ensure_ascii=False)
    (tmp_path / "c.jsonl").write_bytes(b"\xef\xbb\xbf" + good + b"\n" + legacy.encode("cp1252"))
    first, second = read_inputs([tmp_path / "c.jsonl"])
    assert first.record.encoding == "utf-8" and first.record.warnings == ()
    assert second.documents[0].text == "Hollande’s talks went well."
    assert second.record.encoding == "cp1252" and second.record.warnings


def test_utf16_jsonl_with_mark(tmp_path: Path) -> None:
    text = json.dumps({"text": "Abe met Trump."}) + "\r\n" + json.dumps({"text": "Xi met Putin."})
    (tmp_path / "c.jsonl").write_bytes(text.encode("utf-16"))
    reads = list(read_inputs([tmp_path / "c.jsonl"]))
    assert [r.documents[0].text for r in reads] == ["Abe met Trump.", "Xi met Putin."]


def test_oversize_document_is_split_and_the_parts_recorded(tmp_path: Path) -> None:
    paragraph = "Putin called Trump on Saturday. The two leaders discussed sanctions.\n\n"
    text = paragraph * 40
    (tmp_path / "long.txt").write_text(text)
    read = _one(tmp_path / "long.txt", max_chars=1000)
    record = read.record
    assert record.status == "ok" and len(read.documents) == len(record.parts) >= 3
    assert "".join(doc.text for doc in read.documents) == text  # nothing truncated
    assert record.parts[0] == DocumentPart(read.documents[0].id, 0, len(read.documents[0].text))
    assert record.parts[-1].char_end == len(text)
    assert record.doc_id == document_id(text)
    assert record.warnings[0].startswith(f"split into {len(record.parts)} parts")
    assert all(len(doc.text) <= 1000 for doc in read.documents)


def test_stdin_bytes_and_text(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.TextIOWrapper(io.BytesIO("Müller met Abe.".encode("cp1252")))
    monkeypatch.setattr("sys.stdin", stream)
    [read] = read_inputs(["-"])
    assert read.record.source == "<stdin>" and read.documents[0].text == "Müller met Abe."
    monkeypatch.setattr("sys.stdin", io.StringIO("Abe visited Washington."))
    [read] = read_inputs(["-"])
    assert read.documents[0].text == "Abe visited Washington."


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeffMüller spoke.".encode())
    [doc] = _one(tmp_path / "bom.txt").documents
    assert doc.text == "Müller spoke."


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="does not exist"):
        list(read_inputs([tmp_path / "nope.txt"]))


def test_every_file_of_a_messy_folder_has_exactly_one_record(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "ok.txt").write_text("Putin called Trump.")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / "de.md").write_text(GERMAN)
    assert _table([tmp_path]) == [
        (".DS_Store", "skipped", "hidden"),
        ("de.md", "skipped", "not-english"),
        ("photo.jpg", "skipped", "unsupported-type"),
        ("loop", "skipped", "symlink-loop"),
        ("ok.txt", "ok", None),
    ]


def test_jsonl_is_read_line_by_line_in_bounded_memory(tmp_path: Path) -> None:
    """A corpus file is streamed: memory holds a line, not the file (here 20 MB)."""
    import tracemalloc

    path = tmp_path / "big.jsonl"
    filler = "x" * 10_000
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": "Putin called Trump on Saturday."}) + "\n")
        for _ in range(2_000):  # lines without text: skipped, and cheap to read
            handle.write(json.dumps({"note": filler}) + "\n")
    tracemalloc.start()
    try:
        reads = read_inputs([path])
        first = next(reads)
        after_first, _ = tracemalloc.get_traced_memory()
        causes = {read.record.cause for read in reads}
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert first.documents[0].text == "Putin called Trump on Saturday."
    assert causes == {"missing-text"}
    assert path.stat().st_size > 20_000_000
    assert after_first < 1_000_000 and peak < 2_000_000


def test_jsonl_with_utf8_bom_and_crlf(tmp_path: Path) -> None:
    lines = [json.dumps({"text": "Abe met Trump."}), "", json.dumps({"text": "Xi met Putin."})]
    (tmp_path / "c.jsonl").write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode())
    reads = list(read_inputs([tmp_path / "c.jsonl"]))
    assert [(Path(r.record.source).name, r.documents[0].text) for r in reads] == [
        ("c.jsonl:1", "Abe met Trump."),
        ("c.jsonl:3", "Xi met Putin."),
    ]


def test_unreadable_jsonl_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": "Abe met Trump."}))

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    record = _one(tmp_path / "c.jsonl").record
    assert (record.status, record.cause, record.reason) == (
        "skipped",
        "unreadable",
        "unreadable: Permission denied",
    )
