"""From a parsed document to statements: triples, actors, stances (DESIGN §2.3-4)."""

from kg.extract.document import DocumentExtraction, extract_document, extract_triples

__all__ = ["DocumentExtraction", "extract_document", "extract_triples"]
