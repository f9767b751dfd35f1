"""Per-document tables that the rule families share: tokens, their texts, children.

spaCy makes a new `Token` on every index, iteration and `head`/`children` step, and
`Token.children` walks every token between the token's left and right edge (for a
sentence's root, the whole sentence). The rules ask the same questions of the same
tokens again and again (a predicate's subject, objects, particles; every token's text
to find quote marks), so each table is made once per document, on first use, and
looked up by token index after that. The tables are kept for the last document asked
about only (the rules work on one document at a time); they hold the document, so its
identity cannot be reused by another. The rules stay pure: a table is a function of the
document alone.

Example:
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Trump", "called", "Putin"],
    ...           heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
    >>> [t.text for t in children_of(doc[1])], children_of(doc[0])
    (['Trump', 'Putin'], ())
    >>> texts_of(doc), [t.text for t in sentence_tokens(next(doc.sents))]
    (['Trump', 'called', 'Putin'], ['Trump', 'called', 'Putin'])
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_NO_CHILDREN: tuple[Token, ...] = ()


class _Tables:
    """The tables of one document, each made on first use."""

    __slots__ = (
        "_children",
        "_deps",
        "_ents",
        "_lowers",
        "_pos",
        "_sentences",
        "_starts",
        "_text",
        "_texts",
        "doc",
        "tokens",
    )

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens: list[Token] = list(doc)
        self._children: list[tuple[Token, ...]] | None = None
        self._texts: list[str] | None = None
        self._text: str | None = None
        self._ents: tuple[Span, ...] | None = None
        self._starts: list[int] | None = None
        self._sentences: list[tuple[int, int]] | None = None
        self._pos: list[str] | None = None
        self._deps: list[str] | None = None
        self._lowers: list[str] | None = None

    def children(self) -> list[tuple[Token, ...]]:
        if self._children is None:
            self._children = children_table(self.doc, self.tokens)
        return self._children

    def texts(self) -> list[str]:
        if self._texts is None:
            self._read_texts()
        assert self._texts is not None
        return self._texts

    def _read_texts(self) -> None:
        # One pass for the token texts, the document text and the offsets: a token's
        # `text_with_ws` is its text and `whitespace_` (" " or ""), `Doc.text` joins
        # those, and `Token.idx` is where each starts in it.
        texts: list[str] = []
        parts: list[str] = []
        starts: list[int] = []
        offset = 0
        for token in self.tokens:
            text = token.text
            space = token.whitespace_
            texts.append(text)
            parts.append(text + space if space else text)
            starts.append(offset)
            offset += len(text) + len(space)
        starts.append(offset)
        self._texts, self._text, self._starts = texts, "".join(parts), starts

    def text(self) -> str:
        if self._text is None:
            self._read_texts()
        assert self._text is not None
        return self._text

    def starts(self) -> list[int]:
        if self._starts is None:
            self._read_texts()
        assert self._starts is not None
        return self._starts

    def pos(self) -> list[str]:
        if self._pos is None:
            self._pos = [token.pos_ for token in self.tokens]
        return self._pos

    def deps(self) -> list[str]:
        if self._deps is None:
            self._deps = [token.dep_ for token in self.tokens]
        return self._deps

    def lowers(self) -> list[str]:
        if self._lowers is None:
            # `Token.lower_` is the lexeme's text lowercased (spaCy's LOWER getter).
            self._lowers = [text.lower() for text in self.texts()]
        return self._lowers

    def sentences(self) -> list[tuple[int, int]]:
        if self._sentences is None:
            bounds: list[tuple[int, int]] = [(0, 0)] * len(self.tokens)
            for sentence in self.doc.sents:
                start, end = sentence.start, sentence.end
                bounds[start:end] = [(start, end)] * (end - start)
            self._sentences = bounds
        return self._sentences

    def ents(self) -> tuple[Span, ...]:
        if self._ents is None:
            self._ents = tuple(self.doc.ents)
        return self._ents


# The tables of the last document asked about.
_last: _Tables | None = None


def _tables(doc: Doc) -> _Tables:
    global _last
    tables = _last
    if tables is None or tables.doc is not doc:
        tables = _last = _Tables(doc)
    return tables


def tokens_of(doc: Doc) -> list[Token]:
    """The document's tokens, made once (index it instead of `doc[i]`; do not change it)."""
    return _tables(doc).tokens


def sentence_tokens(sentence: Span) -> list[Token]:
    """The tokens of a sentence (or any span), from the document's token table."""
    return _tables(sentence.doc).tokens[sentence.start : sentence.end]


def children_of(token: Token) -> tuple[Token, ...]:
    """The token's syntactic children in text order, as `Token.children` gives them."""
    # Asked hundreds of thousands of times: the last document's table is read inline.
    tables = _last
    doc = token.doc
    if tables is None or tables.doc is not doc:
        tables = _tables(doc)
    table = tables._children
    if table is None:
        table = tables.children()
    return table[token.i]


def texts_of(doc: Doc) -> list[str]:
    """Every token's text, by token index (do not change the list)."""
    return _tables(doc).texts()


def pos_of(doc: Doc) -> list[str]:
    """Every token's `pos_`, by token index (do not change the list)."""
    return _tables(doc).pos()


def deps_of(doc: Doc) -> list[str]:
    """Every token's `dep_`, by token index (do not change the list)."""
    return _tables(doc).deps()


def lowers_of(doc: Doc) -> list[str]:
    """Every token's `lower_`, by token index (do not change the list)."""
    return _tables(doc).lowers()


def text_of(doc: Doc) -> str:
    """`doc.text`, joined once (spaCy joins every token's text again on each call)."""
    return _tables(doc).text()


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, made once (spaCy makes every entity's `Span` anew on each call)."""
    return _tables(doc).ents()


def sentence_bounds(doc: Doc, index: int) -> tuple[int, int]:
    """(start, end) token indices of the sentence of `doc[index]`: `Token.sent`'s bounds
    without walking back to the sentence start and making the `Span`."""
    return _tables(doc).sentences()[index]


def offsets_of(doc: Doc) -> tuple[str, list[int]]:
    """The document's text and every token's character offset, with the text's length
    after the last (`text[starts[i] : starts[i + 1]]` is `doc[i].text_with_ws`)."""
    tables = _tables(doc)
    return tables.text(), tables.starts()


def text_with_ws(doc: Doc, index: int) -> str:
    """`doc[index].text_with_ws`, cut from the document's text: a token's text and its
    trailing whitespace run from its offset to the next token's (or the text's end)."""
    tables = _tables(doc)
    starts = tables.starts()
    return tables.text()[starts[index] : starts[index + 1]]


def tokens_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` (start < end), without making the `Span`."""
    tables = _tables(doc)
    starts, last = tables.starts(), tables.texts()[end - 1]
    return tables.text()[starts[start] : starts[end - 1] + len(last)]


def span_text(span: Span) -> str:
    """`span.text`, cut from the document's text: the tokens' own characters from the
    first to the end of the last (spaCy's `Span.text` joins the tokens again)."""
    return text_of(span.doc)[span.start_char : span.end_char]


def children_table(doc: Doc, tokens: list[Token] | None = None) -> list[tuple[Token, ...]]:
    """The children of every token of `doc`, by token index, in text order."""
    found: list[list[Token]] = [[] for _ in range(len(doc))]
    for token in tokens if tokens is not None else doc:
        head = token.head.i
        if head != token.i:
            found[head].append(token)
    return [tuple(each) if each else _NO_CHILDREN for each in found]
