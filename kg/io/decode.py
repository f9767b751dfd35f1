"""Bytes to text: UTF-8 first, then byte-order marks, then detection; binary refused.

The order of the attempts, and why:

1. Byte-order marks (UTF-8, UTF-32, UTF-16): they say the encoding outright.
2. Known binary signatures (PDF, images, archives) and NUL bytes: no text file has them
   (UTF-16 without a mark is the one exception, recognised by its NUL pattern).
3. Strict UTF-8: what almost every news file is.
4. Mostly UTF-8 with a few broken sequences (a damaged download, two files pasted
   together): decoded as UTF-8 with the broken bytes replaced by U+FFFD, and reported
   as `partial`, since those characters are lost.
5. A charset declared by the file itself (`<meta charset>` in HTML), if it decodes.
6. charset-normalizer's best guess (cp1252, Latin-1, Shift-JIS, ...), with a warning.

Example:
    >>> decoded = decode_bytes("Müller sagte".encode("cp1252"))
    >>> decoded.text, decoded.encoding, decoded.warnings
    ('Müller sagte', 'cp1252', ('not UTF-8: decoded as cp1252 (detected by charset-normalizer)',))
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer

from kg.io.records import BINARY, UNDECODABLE, Rejected
from kg.io.text import control_share

# Longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document; convert it to text first, e.g. with pdftotext"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.odt/.epub); unpack or convert it first"),
    (b"\x1f\x8b", "a gzip archive; decompress it first"),
    (b"\xfd7zXZ\x00", "an xz archive; decompress it first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Microsoft Office document"),
    (b"\x7fELF", "an executable"),
)
# Among equally plausible legacy encodings, the one English text is most often in.
PREFERRED_LEGACY_ENCODING = "cp1252"
# Web pages that declare Latin-1 or ASCII mean Windows-1252 (the WHATWG Encoding
# Standard maps these labels to it); decoding them as Latin-1 would turn curly quotes
# into C1 control characters.
WEB_ALIASES: dict[str, str] = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}
# More control characters than this (as a share of all characters) means binary data.
MAX_CONTROL_SHARE = 0.05
# Broken sequences may be at most this share of the non-ASCII characters for a file to
# be read as damaged UTF-8 rather than as some other encoding.
MAX_BROKEN_UTF8_SHARE = 1 / 3
# UTF-16 without a byte-order mark: the high byte of nearly every code unit is NUL.
_UTF16_NUL_SHARE = 0.9


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes.

    Attributes:
        text: The decoded text (byte-order mark dropped).
        encoding: The codec used (`utf-8`, `cp1252`, ...).
        warnings: What the user should know (a legacy encoding, a missing mark).
        replaced: Broken byte sequences replaced with U+FFFD (their characters are lost).
        first_replaced_at: The byte offset of the first broken sequence.
    """

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()
    replaced: int = 0
    first_replaced_at: int | None = None


def binary_signature(data: bytes) -> str | None:
    """What kind of binary file `data` starts like, if it starts like one.

    Example:
        >>> binary_signature(b"%PDF-1.7 ...")
        'a PDF document; convert it to text first, e.g. with pdftotext'
    """
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            return kind
    return None


def decode_bytes(data: bytes, *, declared: str | None = None) -> Decoded | Rejected:
    """Decode `data` as text, or say why it is not text.

    Args:
        data: The raw bytes of a file (or of one JSONL line).
        declared: An encoding the file declares for itself (HTML `<meta charset>`),
            tried after UTF-8.

    Returns:
        The decoded text, or a `Rejected` with the cause (`binary`, `undecodable`).
    """
    for mark, codec in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return _decode_marked(data, codec)
    kind = binary_signature(data)
    if kind:
        return Rejected(BINARY, f"binary file ({kind})")
    if b"\x00" in data:
        return _decode_utf16_without_mark(data) or Rejected(
            BINARY, "binary file (contains NUL bytes)"
        )
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError as error:
        first_error = error
    damaged = _decode_damaged_utf8(data, first_error.start)
    if damaged:
        return _checked(damaged)
    named = _codec_name(WEB_ALIASES.get(declared.lower(), declared)) if declared else None
    declared_text = _try_decode(data, named) if named else None
    if named and declared_text is not None:
        warning = f"not UTF-8: decoded as {named} (declared as {declared!r} by the file)"
        return _checked(Decoded(declared_text, named, (warning,)))
    detected = _detect(data)
    if detected is None:
        return Rejected(
            UNDECODABLE,
            f"not UTF-8 ({first_error.reason} at byte {first_error.start}) and no other "
            "encoding fits; re-save it as UTF-8",
        )
    encoding, text = detected
    warning = f"not UTF-8: decoded as {encoding} (detected by charset-normalizer)"
    return _checked(Decoded(text, encoding, (warning,)))


def _detect(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best (encoding, text), preferring Windows-1252 when as clean.

    On short texts many code pages decode without any oddity, and charset-normalizer
    then picks one almost arbitrarily (cp1006 for a cp1252 "Müller"). kg reads English,
    whose legacy files are overwhelmingly Windows-1252, so when a match as clean as the
    best one (same chaos) could come from Windows-1252, that is the encoding used.
    """
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        if match.chaos <= best.chaos and PREFERRED_LEGACY_ENCODING in match.could_be_from_charset:
            text = _try_decode(data, PREFERRED_LEGACY_ENCODING)
            if text is not None:
                return PREFERRED_LEGACY_ENCODING, text
    return best.encoding, str(best)


def _decode_marked(data: bytes, codec: str) -> Decoded | Rejected:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        return Rejected(
            UNDECODABLE,
            f"starts with a {codec} byte-order mark but is not valid {codec} "
            f"({error.reason} at byte {error.start})",
        )
    text = text.removeprefix("\ufeff")
    name = "utf-8" if codec == "utf-8-sig" else codec
    warnings = () if name == "utf-8" else (f"decoded as {name} (byte-order mark)",)
    return _checked(Decoded(text, name, warnings))


def _decode_utf16_without_mark(data: bytes) -> Decoded | Rejected | None:
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high.count(0) >= _UTF16_NUL_SHARE * half and low.count(0) < half / 2:
            text = _try_decode(data, codec)
            if text is not None:
                warning = f"no byte-order mark: decoded as {codec} from its NUL pattern"
                return _checked(Decoded(text, codec, (warning,)))
    return None


def _decode_damaged_utf8(data: bytes, first_error: int) -> Decoded | None:
    """UTF-8 with a few broken sequences among many good ones, or None if not that."""
    lenient = data.decode("utf-8", errors="replace")
    replaced = lenient.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for char in lenient if ord(char) > 0x7F) - lenient.count("\ufffd")
    if good == 0 or replaced > MAX_BROKEN_UTF8_SHARE * (good + replaced):
        return None
    return Decoded(lenient, "utf-8", replaced=replaced, first_replaced_at=first_error)


def _codec_name(label: str) -> str | None:
    """Python's name for an encoding label (`windows-1252` -> `cp1252`), None if unknown."""
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _checked(decoded: Decoded) -> Decoded | Rejected:
    """Refuse text that is mostly control characters: binary data that happened to decode."""
    share = control_share(decoded.text)
    if share > MAX_CONTROL_SHARE:
        return Rejected(BINARY, f"binary file ({share:.0%} control characters)")
    return decoded
