"""The records that flow through `kg` (DESIGN §3).

All records are frozen dataclasses: once extracted, a fact does not change. Each has a
`to_dict` that gives the public JSON shape written to `statements.jsonl` and
`entities.jsonl`; that shape is a documented, stable interface (see the README).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Modality = Literal["asserted", "hedged", "conditional", "intended", "reported"]
MODALITIES: tuple[Modality, ...] = ("asserted", "hedged", "conditional", "intended", "reported")

InputStatus = Literal["ok", "skipped", "partial"]


@dataclass(frozen=True, slots=True)
class Document:
    """One input article.

    Attributes:
        id: Stable id: the JSONL `id` when given, else a hash of the text.
        text: The full text; every character offset in `kg` indexes this string.
        title: Headline, when known.
        url: Where the article came from, when known.
        published: Publication date or datetime (ISO 8601), when known.
        source_path: The file (and for JSONL the line, as `path:line`) it was read from.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source_path: str | None = None


def document_to_dict(document: Document) -> dict[str, Any]:
    """The JSON form of a document (a line of `documents.jsonl`)."""
    return asdict(document)


def document_from_dict(data: dict[str, Any]) -> Document:
    """Read back a line of `documents.jsonl`."""
    return Document(**data)


@dataclass(frozen=True, slots=True)
class DocumentPart:
    """One part of an input too long to parse whole, split at a sentence boundary.

    Attributes:
        doc_id: The part's document id (`<whole id>-part<n>`).
        char_start: Where the part starts in the whole input's text.
        char_end: Where it ends; the parts tile the whole text, nothing left out.
    """

    doc_id: str
    char_start: int
    char_end: int


@dataclass(frozen=True, slots=True)
class InputRecord:
    """What happened to one input (a file, a JSONL line, stdin): reported in report.json.

    Attributes:
        source: The path, `path:line` for a JSONL line, or `<stdin>`.
        status: `ok` (read whole), `skipped` (nothing came out of it) or `partial`
            (read, but something was lost: `reason` says what).
        reason: Why it was not simply `ok`; None when it was.
        doc_id: The document id when a document came out of it.
        cause: A short stable code for `reason` (`binary`, `not-english`, ...), for
            counting and filtering; None when ok.
        encoding: The encoding the bytes were decoded with, when they were.
        language: The detected language (ISO 639-1), None when too short to tell.
        parts: The documents it was split into when too long to parse whole.
        warnings: Things the user should know about an input that was read whole
            (decoded from a legacy encoding, split, control characters replaced).
    """

    source: str
    status: InputStatus
    reason: str | None = None
    doc_id: str | None = None
    cause: str | None = None
    encoding: str | None = None
    language: str | None = None
    parts: tuple[DocumentPart, ...] = ()
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class EntityRef:
    """The `{id, label, type}` triple used for subjects, objects and speakers.

    `id` is None for a literal (an issue such as "lifting sanctions on Russia");
    `type` is then None too.
    """

    id: str | None
    label: str
    type: str | None = None

    @property
    def is_entity(self) -> bool:
        return self.id is not None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "type": self.type}


@dataclass(frozen=True, slots=True)
class Entity:
    """A real-world actor, place or thing, one per canonical id.

    Attributes:
        id: Deterministic from type and canonical label, e.g. `person/donald-trump`.
        label: The canonical name.
        type: One of `kg.ids.ENTITY_TYPES`.
        aliases: Other names it was mentioned by, sorted.
        mention_count: How many mentions (names, pronouns, nominals) resolved to it.
        roles: Titles and roles stripped from its mentions ("Senate Majority Leader").
        affiliations: Ids of the entities it is linked to by its roles or modifiers:
            "French President Francois Hollande" -> France, "Russian hackers" -> Russia.
    """

    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    mention_count: int = 0
    roles: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()

    def ref(self) -> EntityRef:
        return EntityRef(self.id, self.label, self.type)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "type": self.type,
            "aliases": list(self.aliases),
            "mention_count": self.mention_count,
            "roles": list(self.roles),
            "affiliations": list(self.affiliations),
        }


@dataclass(frozen=True, slots=True)
class Statement:
    """One extracted fact with its provenance (DESIGN §3).

    `text[char_start:char_end]` of document `doc_id` is the evidence; it lies within
    `sentence`, the sentence number `sentence_index` of that document.

    Besides the DESIGN §3 fields: `intensity` is the stance's Goldstein-like weight
    times any intensifier ("absolutely opposed"), 0 without a stance; `issue` what the
    stance is about besides its target ("warned Trump [of protectionism]"); `speech`
    how the speaker is known (`reported`, `quote`, `according-to`); `path` the
    dependency path from holder to target, for `kg explain`; `subject_text` and
    `object_text` the holder and target as written ("Senate Majority Leader Mitch
    McConnell", "Mr. Trump"), where the labels are canonical.
    """

    id: str
    doc_id: str
    sentence_index: int
    char_start: int
    char_end: int
    sentence: str
    subject: EntityRef
    relation: str
    relation_text: str
    object: EntityRef
    stance: str | None
    polarity: int
    negated: bool
    modality: Modality
    attributed_to: EntityRef | None
    confidence: float
    rule: str
    cue: str | None = None
    about: tuple[EntityRef, ...] = field(default=())
    intensity: float = 0.0
    issue: str | None = None
    speech: str | None = None
    path: str = ""
    subject_text: str = ""
    object_text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "sentence": self.sentence,
            "subject": self.subject.to_dict(),
            "relation": self.relation,
            "relation_text": self.relation_text,
            "object": self.object.to_dict(),
            "stance": self.stance,
            "polarity": self.polarity,
            "negated": self.negated,
            "modality": self.modality,
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "confidence": self.confidence,
            "rule": self.rule,
            "cue": self.cue,
            "about": [ref.to_dict() for ref in self.about],
            "intensity": self.intensity,
            "issue": self.issue,
            "speech": self.speech,
            "path": self.path,
            "subject_text": self.subject_text,
            "object_text": self.object_text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Statement:
        """Read back a line of `statements.jsonl`."""
        speaker = data.get("attributed_to")
        return cls(
            id=data["id"],
            doc_id=data["doc_id"],
            sentence_index=data["sentence_index"],
            char_start=data["char_start"],
            char_end=data["char_end"],
            sentence=data["sentence"],
            subject=EntityRef(**data["subject"]),
            relation=data["relation"],
            relation_text=data["relation_text"],
            object=EntityRef(**data["object"]),
            stance=data["stance"],
            polarity=data["polarity"],
            negated=data["negated"],
            modality=data["modality"],
            attributed_to=EntityRef(**speaker) if speaker else None,
            confidence=data["confidence"],
            rule=data["rule"],
            cue=data.get("cue"),
            about=tuple(EntityRef(**ref) for ref in data.get("about", [])),
            intensity=data.get("intensity", 0.0),
            issue=data.get("issue"),
            speech=data.get("speech"),
            path=data.get("path", ""),
            subject_text=data.get("subject_text", ""),
            object_text=data.get("object_text", ""),
        )


def entity_from_dict(data: dict[str, Any]) -> Entity:
    """Read back a line of `entities.jsonl`."""
    return Entity(
        id=data["id"],
        label=data["label"],
        type=data["type"],
        aliases=tuple(data.get("aliases", ())),
        mention_count=data.get("mention_count", 0),
        roles=tuple(data.get("roles", ())),
        affiliations=tuple(data.get("affiliations", ())),
    )
