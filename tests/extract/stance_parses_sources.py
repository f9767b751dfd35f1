"""Frozen parses for the stance rule tests (round four: stances received "under" a
noun whose source hangs from the verb, phrasal verbs of what should be done, a stance
noun object whose preposition hangs from the verb, framing phrases, the target of a
stance noun, a passive's agent hung from its complement,
content hung from the noun of a speech verb's adjunct, a perfect participle clause,
a verb's preposition hung from its object,
received stances "among" a group or with the source hung from the verb, "one of" a role
in apposition).

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
TARGET_OF = [  # Google was the target of criticism from Warren.
    ("Google", "PROPN", "nsubj", 1, "Google"),
    ("was", "AUX", "ROOT", 1, "be"),
    ("the", "DET", "det", 3, "the"),
    ("target", "NOUN", "attr", 1, "target"),
    ("of", "ADP", "prep", 3, "of"),
    ("criticism", "NOUN", "pobj", 4, "criticism"),
    ("from", "ADP", "prep", 5, "from"),
    ("Warren", "PROPN", "pobj", 6, "Warren"),
    (".", "PUNCT", "punct", 1, "."),
]
TARGET_OF_ENTS = [(0, 1, "ORG"), (7, 8, "PERSON")]
TARGET_OF_TAGS = ["NNP", "VBD", "DT", "NN", "IN", "NN", "IN", "NNP", "."]
TARGET_APPOS = [  # Trump, a frequent target of Pelosi's attacks, said nothing.
    ("Trump", "PROPN", "nsubj", 10, "Trump"),
    (",", "PUNCT", "punct", 0, ","),
    ("a", "DET", "det", 4, "a"),
    ("frequent", "ADJ", "amod", 4, "frequent"),
    ("target", "NOUN", "appos", 0, "target"),
    ("of", "ADP", "prep", 4, "of"),
    ("Pelosi", "PROPN", "poss", 8, "Pelosi"),
    ("'s", "PART", "case", 6, "'s"),
    ("attacks", "NOUN", "pobj", 5, "attack"),
    (",", "PUNCT", "punct", 0, ","),
    ("said", "VERB", "ROOT", 10, "say"),
    ("nothing", "PRON", "dobj", 10, "nothing"),
    (".", "PUNCT", "punct", 10, "."),
]
TARGET_APPOS_ENTS = [(0, 1, "PERSON"), (6, 7, "ORG")]
TARGET_APPOS_TAGS = ["NNP", ",", "DT", "JJ", "NN", "IN", "NNP", "POS", "NNS", ",", "VBD", "NN", "."]
BRANDED = [  # Obama was branded a traitor by Cruz.
    ("Obama", "PROPN", "nsubjpass", 2, "Obama"),
    ("was", "AUX", "auxpass", 2, "be"),
    ("branded", "VERB", "ROOT", 2, "brand"),
    ("a", "DET", "det", 4, "a"),
    ("traitor", "NOUN", "oprd", 2, "traitor"),
    ("by", "ADP", "prep", 4, "by"),
    ("Cruz", "PROPN", "pobj", 5, "Cruz"),
    (".", "PUNCT", "punct", 2, "."),
]
BRANDED_ENTS = [(0, 1, "PERSON"), (6, 7, "PERSON")]
BRANDED_TAGS = ["NNP", "VBD", "VBN", "DT", "NN", "IN", "NNP", "."]
STRANDED = [  # Pelosi said in a statement that Trump was reckless.
    ("Pelosi", "PROPN", "nsubj", 1, "Pelosi"),
    ("said", "VERB", "ROOT", 1, "say"),
    ("in", "ADP", "prep", 1, "in"),
    ("a", "DET", "det", 4, "a"),
    ("statement", "NOUN", "pobj", 2, "statement"),
    ("that", "SCONJ", "mark", 7, "that"),
    ("Trump", "PROPN", "nsubj", 7, "Trump"),
    ("was", "AUX", "acl", 4, "be"),
    ("reckless", "ADJ", "acomp", 7, "reckless"),
    (".", "PUNCT", "punct", 1, "."),
]
STRANDED_ENTS = [(6, 7, "PERSON")]
STRANDED_TAGS = ["NNP", "VBD", "IN", "DT", "NN", "IN", "NNP", "VBD", "JJ", "."]
PERFECT_ACL = [  # Pelosi issued a statement that Google had attacked Microsoft.
    ("Pelosi", "PROPN", "nsubj", 1, "Pelosi"),
    ("issued", "VERB", "ROOT", 1, "issue"),
    ("a", "DET", "det", 3, "a"),
    ("statement", "NOUN", "dobj", 1, "statement"),
    ("that", "SCONJ", "mark", 7, "that"),
    ("Google", "PROPN", "nsubj", 7, "Google"),
    ("had", "AUX", "aux", 7, "have"),
    ("attacked", "VERB", "acl", 3, "attack"),
    ("Microsoft", "PROPN", "dobj", 7, "Microsoft"),
    (".", "PUNCT", "punct", 1, "."),
]
PERFECT_ACL_ENTS = [(5, 6, "ORG"), (8, 9, "ORG")]
PERFECT_ACL_TAGS = ["NNP", "VBD", "DT", "NN", "IN", "NNP", "VBD", "VBN", "NNP", "."]
SHARED_WITH = [  # Jordan shared intelligence with Israel.
    ("Jordan", "PROPN", "nsubj", 1, "Jordan"),
    ("shared", "VERB", "ROOT", 1, "share"),
    ("intelligence", "NOUN", "dobj", 1, "intelligence"),
    ("with", "ADP", "prep", 2, "with"),
    ("Israel", "PROPN", "pobj", 3, "Israel"),
    (".", "PUNCT", "punct", 1, "."),
]
SHARED_WITH_ENTS = [(0, 1, "PERSON"), (4, 5, "GPE")]
SHARED_WITH_TAGS = ["NNP", "VBD", "NN", "IN", "NNP", "."]
SHARED_PHOTO = [  # Rivera shared the photo on Instagram.
    ("Rivera", "PROPN", "nsubj", 1, "Rivera"),
    ("shared", "VERB", "ROOT", 1, "share"),
    ("the", "DET", "det", 3, "the"),
    ("photo", "NOUN", "dobj", 1, "photo"),
    ("on", "ADP", "prep", 3, "on"),
    ("Instagram", "PROPN", "pobj", 4, "Instagram"),
    (".", "PUNCT", "punct", 1, "."),
]
SHARED_PHOTO_ENTS = [(0, 1, "PERSON"), (5, 6, "ORG")]
SHARED_PHOTO_TAGS = ["NNP", "VBD", "DT", "NN", "IN", "NNP", "."]
SUPPORT_AMONG = [  # Trump enjoys strong support among Republicans.
    ("Trump", "PROPN", "nsubj", 1, "Trump"),
    ("enjoys", "VERB", "ROOT", 1, "enjoy"),
    ("strong", "ADJ", "amod", 3, "strong"),
    ("support", "NOUN", "dobj", 1, "support"),
    ("among", "ADP", "prep", 3, "among"),
    ("Republicans", "PROPN", "pobj", 4, "Republicans"),
    (".", "PUNCT", "punct", 1, "."),
]
SUPPORT_AMONG_ENTS = [(0, 1, "PERSON"), (5, 6, "NORP")]
SUPPORT_AMONG_TAGS = ["NNP", "VBZ", "JJ", "NN", "IN", "NNPS", "."]
REBUKE_FROM = [  # Trump earned a rebuke from Pelosi.
    ("Trump", "PROPN", "nsubj", 1, "Trump"),
    ("earned", "VERB", "ROOT", 1, "earn"),
    ("a", "DET", "det", 3, "a"),
    ("rebuke", "NOUN", "dobj", 1, "rebuke"),
    ("from", "ADP", "prep", 1, "from"),
    ("Pelosi", "PROPN", "pobj", 4, "Pelosi"),
    (".", "PUNCT", "punct", 1, "."),
]
REBUKE_FROM_ENTS = [(0, 1, "ORG"), (5, 6, "ORG")]
REBUKE_FROM_TAGS = ["NNP", "VBD", "DT", "NN", "IN", "NNP", "."]
# Nancy Pelosi, one of Donald Trump's fiercest critics, said the plan would fail.
ONE_OF_CRITICS = [
    ("Nancy", "PROPN", "compound", 1, "Nancy"),
    ("Pelosi", "PROPN", "nsubj", 11, "Pelosi"),
    (",", "PUNCT", "punct", 1, ","),
    ("one", "NUM", "appos", 1, "one"),
    ("of", "ADP", "prep", 3, "of"),
    ("Donald", "PROPN", "compound", 6, "Donald"),
    ("Trump", "PROPN", "poss", 9, "Trump"),
    ("'s", "PART", "case", 6, "'s"),
    ("fiercest", "ADJ", "amod", 9, "fierce"),
    ("critics", "NOUN", "pobj", 4, "critic"),
    (",", "PUNCT", "punct", 1, ","),
    ("said", "VERB", "ROOT", 11, "say"),
    ("the", "DET", "det", 13, "the"),
    ("plan", "NOUN", "nsubj", 15, "plan"),
    ("would", "AUX", "aux", 15, "would"),
    ("fail", "VERB", "ccomp", 11, "fail"),
    (".", "PUNCT", "punct", 11, "."),
]
ONE_OF_CRITICS_ENTS = [(0, 2, "PERSON"), (3, 4, "CARDINAL"), (5, 8, "PERSON")]
ONE_OF_CRITICS_TAGS = [
    "NNP",
    "NNP",
    ",",
    "CD",
    "IN",
    "NNP",
    "NNP",
    "POS",
    "JJS",
    "NNS",
    ",",
    "VBD",
    "DT",
    "NN",
    "MD",
    "VB",
    ".",
]
