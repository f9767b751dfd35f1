"""Bytes to text: UTF-8, byte-order marks, legacy encodings, damage, binary."""

from __future__ import annotations

import codecs

import pytest

from kg.io.decode import Decoded, decode_bytes
from kg.io.records import Rejected

ARTICLE = (
    "Angela Merkel’s spokesman said on Monday that the chancellor’s talks with François "
    "Hollande in Zürich were “constructive” – but no agreement was reached."
)


def _decoded(data: bytes, **kwargs: str) -> Decoded:
    result = decode_bytes(data, **kwargs)
    assert isinstance(result, Decoded), result
    return result


def test_utf8_is_read_without_warning() -> None:
    result = _decoded(ARTICLE.encode())
    assert (result.text, result.encoding, result.warnings, result.replaced) == (
        ARTICLE,
        "utf-8",
        (),
        0,
    )


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + ARTICLE.encode(), "utf-8"),
        (ARTICLE.encode("utf-16"), "utf-16"),  # Python writes a BOM
        (ARTICLE.encode("utf-32"), "utf-32"),
    ],
)
def test_byte_order_marks_decide_the_encoding(data: bytes, encoding: str) -> None:
    result = _decoded(data)
    assert result.text == ARTICLE and result.encoding == encoding


def test_utf16_without_mark_is_recognised_by_its_nul_pattern() -> None:
    result = _decoded(ARTICLE.encode("utf-16-le"))
    assert result.text == ARTICLE
    assert result.warnings == ("no byte-order mark: decoded as utf-16-le from its NUL pattern",)


@pytest.mark.parametrize("text", [ARTICLE, "Müller sagte", "café", "He said “no” – then left."])
def test_windows_1252_is_detected_decoded_and_warned_about(text: str) -> None:
    result = _decoded(text.encode("cp1252"))
    assert result.text == text and result.encoding == "cp1252"
    assert result.warnings == ("not UTF-8: decoded as cp1252 (detected by charset-normalizer)",)


def test_other_scripts_are_detected() -> None:
    russian = "Президент России Владимир Путин провел телефонный разговор с президентом США."
    result = _decoded(russian.encode("cp1251"))
    assert result.text == russian and result.encoding == "cp1251"


def test_declared_charset_is_tried_after_utf8_with_web_aliases() -> None:
    # A page that says Latin-1 means Windows-1252: its curly quotes are not C1 controls.
    result = _decoded("He said “no”.".encode("cp1252"), declared="ISO-8859-1")
    assert result.text == "He said “no”." and result.encoding == "cp1252"
    assert "declared as 'ISO-8859-1'" in result.warnings[0]


def test_damaged_utf8_keeps_the_good_text_and_counts_the_loss() -> None:
    data = ARTICLE.encode()
    damaged = data[:20] + b"\xff" + data[20:]
    result = _decoded(damaged)
    assert result.encoding == "utf-8" and result.replaced == 1 and result.first_replaced_at == 20
    assert result.text.replace("\ufffd", "", 1) == ARTICLE


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", "binary file (a PDF document; convert it to text first"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (a PNG image)"),
        (b"PK\x03\x04rest", "binary file (a ZIP archive"),
        (b"abc\x00def\x00\x01", "binary file (contains NUL bytes)"),
        (bytes(range(1, 32)) * 4 + b"some text", "binary file (78% control characters)"),
    ],
)
def test_binary_data_is_refused(data: bytes, reason: str) -> None:
    result = decode_bytes(data)
    assert isinstance(result, Rejected) and result.cause == "binary"
    assert result.reason.startswith(reason)


def test_bad_data_after_a_byte_order_mark_is_undecodable() -> None:
    result = decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone high surrogate
    assert isinstance(result, Rejected) and result.cause == "undecodable"
    assert "utf-16 byte-order mark" in result.reason
