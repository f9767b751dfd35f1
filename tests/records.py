"""Hand-made records for graph and export tests (no model), hostile strings included."""

from __future__ import annotations

from dataclasses import replace

from kg.export import GraphData
from kg.model import Document, Entity, EntityRef, Statement

# Quotes, backslash, CR/LF/tab, markup, emoji, CJK, a line separator, a leading hyphen
# and digit: every export format must give this string back exactly.
HOSTILE = '-1 O\'Neill "the\\ \r\n\ttab" </script><img src=x onerror=alert(1)> 🙂 中文 \u2028 end'


def statement(
    number: int,
    subject: EntityRef,
    obj: EntityRef,
    *,
    stance: str | None = "REJECT",
    polarity: int = -1,
    negated: bool = False,
    doc_id: str = "doc-1",
) -> Statement:
    return Statement(
        id=f"st-{number}",
        doc_id=doc_id,
        sentence_index=0,
        char_start=0,
        char_end=10,
        sentence="Müller rejected it.",
        subject=subject,
        relation="reject",
        relation_text="rejected",
        object=obj,
        stance=stance,
        polarity=polarity,
        negated=negated,
        modality="asserted",
        attributed_to=subject,
        confidence=0.8,
        rule="clause:svo",
        cue="reject",
        about=(),
    )


def sample_data() -> GraphData:
    muller = Entity("person/müller", "Müller", "person", ("Herr Müller",), 2, ("Chancellor",))
    hostile = Entity("organization/1-hostile", HOSTILE, "organization", (HOSTILE,), 1)
    russia = Entity("place/russia", "Russia", "place", (), 3)
    issue = EntityRef(None, "lifting sanctions on " + HOSTILE)
    statements = (
        statement(1, muller.ref(), hostile.ref()),
        statement(2, muller.ref(), hostile.ref(), stance="SUPPORT", polarity=1),
        statement(3, hostile.ref(), issue, stance=None, polarity=0, negated=True),
        statement(4, russia.ref(), muller.ref(), doc_id="doc-2"),
    )
    documents = (
        Document(
            "doc-1", "Müller rejected it. " + HOSTILE, title=HOSTILE, url="http://x.org/?a=1&b=<2>"
        ),
        Document("doc-2", "Russia rejected Müller.", published="2017-01-28"),
    )
    return GraphData(documents, (hostile, muller, russia), statements)


def hostile_data() -> GraphData:
    """`sample_data` plus names that break naive exporters.

    An entity type and ids that start with a digit or a hyphen, an alias holding the
    CSV array delimiter `;`, a statement with a hostile sentence and `about` list.
    """
    base = sample_data()
    odd = Entity(
        "1st-tier group/-9-lives",
        '9 Lives; "Ltd"',
        "1st-tier group",
        ("a;b", HOSTILE, "-"),
        4,
        ('CEO, "acting"',),
    )
    extra = replace(
        statement(5, odd.ref(), base.entities[0].ref(), stance="DISAPPROVE"),
        sentence=HOSTILE,
        relation_text=HOSTILE,
        about=(odd.ref(), base.entities[0].ref()),
    )
    return GraphData(base.documents, (odd, *base.entities), (*base.statements, extra))
