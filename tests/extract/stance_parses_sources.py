"""Frozen parses for the stance rule tests (round four: stances received "under" a
noun whose source hangs from the verb, phrasal verbs of what should be done, a stance
noun object whose preposition hangs from the verb, framing phrases).

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
SWIPE = [  # Cruz took a swipe at Obama over the deal.
    ("Cruz", "PROPN", "nsubj", 1, "Cruz"),
    ("took", "VERB", "ROOT", 1, "take"),
    ("a", "DET", "det", 3, "a"),
    ("swipe", "NOUN", "dobj", 1, "swipe"),
    ("at", "ADP", "prep", 1, "at"),
    ("Obama", "PROPN", "pobj", 4, "Obama"),
    ("over", "ADP", "prep", 1, "over"),
    ("the", "DET", "det", 8, "the"),
    ("deal", "NOUN", "pobj", 6, "deal"),
    (".", "PUNCT", "punct", 1, "."),
]
SWIPE_ENTS = [(0, 1, "PERSON"), (5, 6, "PERSON")]
SWIPE_TAGS = ["NNP", "VBD", "DT", "NN", "IN", "NNP", "IN", "DT", "NN", "."]
REBUKE_FRAMED = [  # In a rebuke of Obama, Cruz voted against the deal.
    ("In", "ADP", "prep", 7, "in"),
    ("a", "DET", "det", 2, "a"),
    ("rebuke", "NOUN", "pobj", 0, "rebuke"),
    ("of", "ADP", "prep", 2, "of"),
    ("Obama", "PROPN", "pobj", 3, "Obama"),
    (",", "PUNCT", "punct", 7, ","),
    ("Cruz", "PROPN", "nsubj", 7, "Cruz"),
    ("voted", "VERB", "ROOT", 7, "vote"),
    ("against", "ADP", "prep", 7, "against"),
    ("the", "DET", "det", 10, "the"),
    ("deal", "NOUN", "pobj", 8, "deal"),
    (".", "PUNCT", "punct", 7, "."),
]
REBUKE_FRAMED_ENTS = [(4, 5, "PERSON"), (6, 7, "PERSON")]
REBUKE_FRAMED_TAGS = ["IN", "DT", "NN", "IN", "NNP", ",", "NNP", "VBD", "IN", "DT", "NN", "."]
