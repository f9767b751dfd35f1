"""Frozen parses for the stance rule tests (round four: stances received "under" a
noun whose source hangs from the verb, phrasal verbs of what should be done).

Produced once by en_core_web_md 3.7.1 and kept as data, like `tests.extract.parses`:
rows are (word, pos, dep, head, lemma); `*_ENTS` are (start, end, label) spans;
`*_TAGS` the fine-grained tags.
"""

UNDER_FIRE = [  # Kerry came under fire from Republicans over the deal.
    ("Kerry", "PROPN", "nsubj", 1, "Kerry"),
    ("came", "VERB", "ROOT", 1, "come"),
    ("under", "ADP", "prep", 1, "under"),
    ("fire", "NOUN", "pobj", 2, "fire"),
    ("from", "ADP", "prep", 1, "from"),
    ("Republicans", "PROPN", "pobj", 4, "Republicans"),
    ("over", "ADP", "prep", 1, "over"),
    ("the", "DET", "det", 8, "the"),
    ("deal", "NOUN", "pobj", 6, "deal"),
    (".", "PUNCT", "punct", 1, "."),
]
UNDER_FIRE_ENTS = [(0, 1, "PERSON"), (5, 6, "NORP")]
UNDER_FIRE_TAGS = ["NNP", "VBD", "IN", "NN", "IN", "NNPS", "IN", "DT", "NN", "."]
LOCKED_UP = [  # Ohio prosecutors said Thompson should be locked up.
    ("Ohio", "PROPN", "compound", 1, "Ohio"),
    ("prosecutors", "NOUN", "nsubj", 2, "prosecutor"),
    ("said", "VERB", "ROOT", 2, "say"),
    ("Thompson", "PROPN", "nsubjpass", 6, "Thompson"),
    ("should", "AUX", "aux", 6, "should"),
    ("be", "AUX", "auxpass", 6, "be"),
    ("locked", "VERB", "ccomp", 2, "lock"),
    ("up", "ADP", "prt", 6, "up"),
    (".", "PUNCT", "punct", 2, "."),
]
LOCKED_UP_ENTS = [(0, 1, "GPE"), (3, 4, "ORG")]
LOCKED_UP_TAGS = ["NNP", "NNS", "VBD", "NNP", "MD", "VB", "VBN", "RP", "."]
