"""Parses of news sentences, frozen as rows for `tests.docs.make_doc` (no model needed).

Each was produced once by en_core_web_md 3.7.1 and is kept as data, so the rule tests
run without the model and do not change when a model changes. Rows are (word, pos, dep,
head, lemma); `*_ENTS` are (start, end, label) spans; `*_TAGS` fine-grained tags.
"""

# ruff: noqa: E501

QUOTE = [  # “I’m absolutely opposed to lifting sanctions on Russia,” McConnell said. “If anything, we ought to be looking at increasing them.”
    ("“", "PUNCT", "punct", 13, '"'),
    ("I", "PRON", "nsubj", 2, "I"),
    ("’m", "VERB", "ccomp", 13, "’m"),
    ("absolutely", "ADV", "advmod", 4, "absolutely"),
    ("opposed", "ADJ", "acomp", 2, "opposed"),
    ("to", "ADP", "prep", 4, "to"),
    ("lifting", "VERB", "pcomp", 5, "lift"),
    ("sanctions", "NOUN", "dobj", 6, "sanction"),
    ("on", "ADP", "prep", 7, "on"),
    ("Russia", "PROPN", "pobj", 8, "Russia"),
    (",", "PUNCT", "punct", 13, ","),
    ("”", "PUNCT", "punct", 13, '"'),
    ("McConnell", "PROPN", "nsubj", 13, "McConnell"),
    ("said", "VERB", "ROOT", 13, "say"),
    (".", "PUNCT", "punct", 13, "."),
    ("“", "PUNCT", "punct", 20, '"'),
    ("If", "SCONJ", "mark", 20, "if"),
    ("anything", "PRON", "preconj", 16, "anything"),
    (",", "PUNCT", "punct", 20, ","),
    ("we", "PRON", "nsubj", 20, "we"),
    ("ought", "AUX", "ROOT", 20, "ought"),
    ("to", "PART", "aux", 23, "to"),
    ("be", "AUX", "aux", 23, "be"),
    ("looking", "VERB", "xcomp", 20, "look"),
    ("at", "ADP", "prep", 23, "at"),
    ("increasing", "VERB", "pcomp", 24, "increase"),
    ("them", "PRON", "dobj", 25, "they"),
    (".", "PUNCT", "punct", 20, "."),
    ("”", "PUNCT", "punct", 20, '"'),
]
QUOTE_ENTS = [(9, 10, "GPE"), (12, 13, "PERSON")]
QUOTE_TAGS = [
    "``",
    "PRP",
    "VBP",
    "RB",
    "JJ",
    "IN",
    "VBG",
    "NNS",
    "IN",
    "NNP",
    ",",
    "''",
    "NNP",
    "VBD",
    ".",
    "``",
    "IN",
    "NN",
    ",",
    "PRP",
    "MD",
    "TO",
    "VB",
    "VBG",
    "IN",
    "VBG",
    "PRP",
    ".",
    "''",
]
PESKOV = [  # The leaders didn’t discuss sanctions, Kremlin spokesman Dmitry Peskov told Interfax.
    ("The", "DET", "det", 1, "the"),
    ("leaders", "NOUN", "nsubj", 4, "leader"),
    ("did", "AUX", "aux", 4, "do"),
    ("n’t", "PART", "neg", 4, "not"),
    ("discuss", "VERB", "ccomp", 11, "discuss"),
    ("sanctions", "NOUN", "dobj", 4, "sanction"),
    (",", "PUNCT", "punct", 11, ","),
    ("Kremlin", "PROPN", "compound", 8, "Kremlin"),
    ("spokesman", "NOUN", "compound", 10, "spokesman"),
    ("Dmitry", "PROPN", "compound", 10, "Dmitry"),
    ("Peskov", "PROPN", "nsubj", 11, "Peskov"),
    ("told", "VERB", "ROOT", 11, "tell"),
    ("Interfax", "PROPN", "dobj", 11, "Interfax"),
    (".", "PUNCT", "punct", 11, "."),
]
PESKOV_ENTS = [(7, 8, "ORG"), (9, 11, "PERSON"), (12, 13, "ORG")]
PESKOV_TAGS = [
    "DT",
    "NNS",
    "VBD",
    "RB",
    "VB",
    "NNS",
    ",",
    "NNP",
    "NN",
    "NNP",
    "NNP",
    "VBD",
    "NNP",
    ".",
]
CALL_ON = [  # McCain called on Trump to reject the plan.
    ("McCain", "PROPN", "nsubj", 1, "McCain"),
    ("called", "VERB", "ROOT", 1, "call"),
    ("on", "ADP", "prep", 1, "on"),
    ("Trump", "PROPN", "pobj", 2, "Trump"),
    ("to", "PART", "aux", 5, "to"),
    ("reject", "VERB", "xcomp", 1, "reject"),
    ("the", "DET", "det", 7, "the"),
    ("plan", "NOUN", "dobj", 5, "plan"),
    (".", "PUNCT", "punct", 1, "."),
]
CALL_ON_ENTS = [(0, 1, "PERSON"), (3, 4, "PERSON")]
CALL_ON_TAGS = ["NNP", "VBD", "IN", "NNP", "TO", "VB", "DT", "NN", "."]
PASSIVE = [  # The camp was attacked by Burundian militiamen.
    ("The", "DET", "det", 1, "the"),
    ("camp", "NOUN", "nsubjpass", 3, "camp"),
    ("was", "AUX", "auxpass", 3, "be"),
    ("attacked", "VERB", "ROOT", 3, "attack"),
    ("by", "ADP", "agent", 3, "by"),
    ("Burundian", "ADJ", "amod", 6, "burundian"),
    ("militiamen", "NOUN", "pobj", 4, "militiaman"),
    (".", "PUNCT", "punct", 3, "."),
]
PASSIVE_ENTS = [(5, 6, "NORP")]
PASSIVE_TAGS = ["DT", "NN", "VBD", "VBN", "IN", "JJ", "NNS", "."]
EMBEDDED = [  # Spicer said Putin criticized Obama.
    ("Spicer", "PROPN", "nsubj", 1, "Spicer"),
    ("said", "VERB", "ROOT", 1, "say"),
    ("Putin", "PROPN", "nsubj", 3, "Putin"),
    ("criticized", "VERB", "ccomp", 1, "criticize"),
    ("Obama", "PROPN", "dobj", 3, "Obama"),
    (".", "PUNCT", "punct", 1, "."),
]
EMBEDDED_ENTS = [(0, 1, "PERSON"), (2, 3, "PERSON"), (4, 5, "PERSON")]
EMBEDDED_TAGS = ["NNP", "VBD", "NNP", "VBD", "NNP", "."]
NOMINAL = [  # They condemned Russia’s invasion of Ukraine.
    ("They", "PRON", "nsubj", 1, "they"),
    ("condemned", "VERB", "ROOT", 1, "condemn"),
    ("Russia", "PROPN", "poss", 4, "Russia"),
    ("’s", "PART", "case", 2, "’s"),
    ("invasion", "NOUN", "dobj", 1, "invasion"),
    ("of", "ADP", "prep", 4, "of"),
    ("Ukraine", "PROPN", "pobj", 5, "Ukraine"),
    (".", "PUNCT", "punct", 1, "."),
]
NOMINAL_ENTS = [(2, 3, "GPE"), (6, 7, "GPE")]
NOMINAL_TAGS = ["PRP", "VBD", "NNP", "POS", "NN", "IN", "NNP", "."]
LABEL = [  # McCain said that Putin is a thug.
    ("McCain", "PROPN", "nsubj", 1, "McCain"),
    ("said", "VERB", "ROOT", 1, "say"),
    ("that", "SCONJ", "mark", 4, "that"),
    ("Putin", "PROPN", "nsubj", 4, "Putin"),
    ("is", "AUX", "ccomp", 1, "be"),
    ("a", "DET", "det", 6, "a"),
    ("thug", "NOUN", "attr", 4, "thug"),
    (".", "PUNCT", "punct", 1, "."),
]
LABEL_ENTS = [(0, 1, "PERSON"), (3, 4, "PERSON")]
LABEL_TAGS = ["NNP", "VBD", "IN", "NNP", "VBZ", "DT", "NN", "."]
ACCORDING = [  # Hollande warned Trump of protectionism, according to his office.
    ("Hollande", "PROPN", "nsubj", 1, "Hollande"),
    ("warned", "VERB", "ROOT", 1, "warn"),
    ("Trump", "PROPN", "dobj", 1, "Trump"),
    ("of", "ADP", "prep", 2, "of"),
    ("protectionism", "NOUN", "pobj", 3, "protectionism"),
    (",", "PUNCT", "punct", 1, ","),
    ("according", "VERB", "prep", 1, "accord"),
    ("to", "ADP", "prep", 6, "to"),
    ("his", "PRON", "poss", 9, "his"),
    ("office", "NOUN", "pobj", 7, "office"),
    (".", "PUNCT", "punct", 1, "."),
]
ACCORDING_ENTS = [(0, 1, "GPE")]
ACCORDING_TAGS = ["NNP", "VBD", "NNP", "IN", "NN", ",", "VBG", "IN", "PRP$", "NN", "."]
DENIAL = [  # The Kremlin denied that it spied on Trump.
    ("The", "DET", "det", 1, "the"),
    ("Kremlin", "PROPN", "nsubj", 2, "Kremlin"),
    ("denied", "VERB", "ROOT", 2, "deny"),
    ("that", "SCONJ", "mark", 5, "that"),
    ("it", "PRON", "nsubj", 5, "it"),
    ("spied", "VERB", "ccomp", 2, "spy"),
    ("on", "ADP", "prep", 5, "on"),
    ("Trump", "PROPN", "pobj", 6, "Trump"),
    (".", "PUNCT", "punct", 2, "."),
]
DENIAL_ENTS = [(1, 2, "ORG"), (7, 8, "PERSON")]
DENIAL_TAGS = ["DT", "NNP", "VBD", "IN", "PRP", "VBD", "IN", "NNP", "."]
VOW = [  # Trump vowed to uphold the agreement with Australia.
    ("Trump", "PROPN", "nsubj", 1, "Trump"),
    ("vowed", "VERB", "ROOT", 1, "vow"),
    ("to", "PART", "aux", 3, "to"),
    ("uphold", "VERB", "xcomp", 1, "uphold"),
    ("the", "DET", "det", 5, "the"),
    ("agreement", "NOUN", "dobj", 3, "agreement"),
    ("with", "ADP", "prep", 5, "with"),
    ("Australia", "PROPN", "pobj", 6, "Australia"),
    (".", "PUNCT", "punct", 1, "."),
]
VOW_ENTS = [(0, 1, "PERSON"), (7, 8, "GPE")]
VOW_TAGS = ["NNP", "VBD", "TO", "VB", "DT", "NN", "IN", "NNP", "."]
SEEK = [  # Lawmakers are seeking to add sanctions.
    ("Lawmakers", "NOUN", "nsubj", 2, "lawmaker"),
    ("are", "AUX", "aux", 2, "be"),
    ("seeking", "VERB", "ROOT", 2, "seek"),
    ("to", "PART", "aux", 4, "to"),
    ("add", "VERB", "xcomp", 2, "add"),
    ("sanctions", "NOUN", "dobj", 4, "sanction"),
    (".", "PUNCT", "punct", 2, "."),
]
SEEK_ENTS = []
SEEK_TAGS = ["NNS", "VBP", "VBG", "TO", "VB", "NNS", "."]
CONSIDER = [  # Trump would consider easing sanctions if Russia helps.
    ("Trump", "PROPN", "nsubj", 2, "Trump"),
    ("would", "AUX", "aux", 2, "would"),
    ("consider", "VERB", "ROOT", 2, "consider"),
    ("easing", "VERB", "xcomp", 2, "ease"),
    ("sanctions", "NOUN", "dobj", 3, "sanction"),
    ("if", "SCONJ", "mark", 7, "if"),
    ("Russia", "PROPN", "nsubj", 7, "Russia"),
    ("helps", "VERB", "advcl", 3, "help"),
    (".", "PUNCT", "punct", 2, "."),
]
CONSIDER_ENTS = [(0, 1, "PERSON"), (6, 7, "GPE")]
CONSIDER_TAGS = ["NNP", "MD", "VB", "VBG", "NNS", "IN", "NNP", "VBZ", "."]
POLICE = [  # Egyptian police arrested twelve demonstrators.
    ("Egyptian", "ADJ", "amod", 1, "egyptian"),
    ("police", "NOUN", "nsubj", 2, "police"),
    ("arrested", "VERB", "ROOT", 2, "arrest"),
    ("twelve", "NUM", "nummod", 4, "twelve"),
    ("demonstrators", "NOUN", "dobj", 2, "demonstrator"),
    (".", "PUNCT", "punct", 2, "."),
]
POLICE_ENTS = [(0, 1, "NORP"), (3, 4, "CARDINAL")]
POLICE_TAGS = ["JJ", "NNS", "VBD", "CD", "NNS", "."]
ACCUSING = [  # Activists reacted, accusing Francis of lying.
    ("Activists", "NOUN", "nsubj", 1, "activist"),
    ("reacted", "VERB", "ROOT", 1, "react"),
    (",", "PUNCT", "punct", 1, ","),
    ("accusing", "VERB", "advcl", 1, "accuse"),
    ("Francis", "PROPN", "dobj", 3, "Francis"),
    ("of", "ADP", "prep", 3, "of"),
    ("lying", "VERB", "pcomp", 5, "lie"),
    (".", "PUNCT", "punct", 1, "."),
]
ACCUSING_ENTS = [(4, 5, "PERSON")]
ACCUSING_TAGS = ["NNS", "VBD", ",", "VBG", "NNP", "IN", "VBG", "."]

MODAL = [  # Russia said that Sudan must return the helicopter.
    ("Russia", "PROPN", "nsubj", 1, "Russia"),
    ("said", "VERB", "ROOT", 1, "say"),
    ("that", "SCONJ", "mark", 5, "that"),
    ("Sudan", "PROPN", "nsubj", 5, "Sudan"),
    ("must", "AUX", "aux", 5, "must"),
    ("return", "VERB", "ccomp", 1, "return"),
    ("the", "DET", "det", 7, "the"),
    ("helicopter", "NOUN", "dobj", 5, "helicopter"),
    (".", "PUNCT", "punct", 1, "."),
]
MODAL_ENTS = [(0, 1, "GPE"), (3, 4, "GPE")]
MODAL_TAGS = ["NNP", "VBD", "IN", "NNP", "MD", "VB", "DT", "NN", "."]
WILLING = [  # Norway is willing to send medical aid to Sudan.
    ("Norway", "PROPN", "nsubj", 1, "Norway"),
    ("is", "AUX", "ROOT", 1, "be"),
    ("willing", "ADJ", "acomp", 1, "willing"),
    ("to", "PART", "aux", 4, "to"),
    ("send", "VERB", "xcomp", 2, "send"),
    ("medical", "ADJ", "amod", 6, "medical"),
    ("aid", "NOUN", "dobj", 4, "aid"),
    ("to", "ADP", "prep", 4, "to"),
    ("Sudan", "PROPN", "pobj", 7, "Sudan"),
    (".", "PUNCT", "punct", 1, "."),
]
WILLING_ENTS = [(0, 1, "GPE"), (8, 9, "GPE")]
WILLING_TAGS = ["NNP", "VBZ", "JJ", "TO", "VB", "JJ", "NN", "IN", "NNP", "."]
NO_DETAILS = [  # The White House provided no details.
    ("The", "DET", "det", 2, "the"),
    ("White", "PROPN", "compound", 2, "White"),
    ("House", "PROPN", "nsubj", 3, "House"),
    ("provided", "VERB", "ROOT", 3, "provide"),
    ("no", "DET", "det", 5, "no"),
    ("details", "NOUN", "dobj", 3, "detail"),
    (".", "PUNCT", "punct", 3, "."),
]
NO_DETAILS_ENTS = [(0, 3, "ORG")]
NO_DETAILS_TAGS = ["DT", "NNP", "NNP", "VBD", "DT", "NNS", "."]
COUNTERPART = [  # In the call with Merkel, Trump agreed on the importance of NATO.
    ("In", "ADP", "prep", 7, "in"),
    ("the", "DET", "det", 2, "the"),
    ("call", "NOUN", "pobj", 0, "call"),
    ("with", "ADP", "prep", 2, "with"),
    ("Merkel", "PROPN", "pobj", 3, "Merkel"),
    (",", "PUNCT", "punct", 7, ","),
    ("Trump", "PROPN", "nsubj", 7, "Trump"),
    ("agreed", "VERB", "ROOT", 7, "agree"),
    ("on", "ADP", "prep", 7, "on"),
    ("the", "DET", "det", 10, "the"),
    ("importance", "NOUN", "pobj", 8, "importance"),
    ("of", "ADP", "prep", 10, "of"),
    ("NATO", "PROPN", "pobj", 11, "NATO"),
    (".", "PUNCT", "punct", 7, "."),
]
COUNTERPART_ENTS = [(4, 5, "PERSON"), (6, 7, "PERSON"), (12, 13, "ORG")]
COUNTERPART_TAGS = [
    "IN",
    "DT",
    "NN",
    "IN",
    "NNP",
    ",",
    "NNP",
    "VBD",
    "IN",
    "DT",
    "NN",
    "IN",
    "NNP",
    ".",
]
NAMING = [  # Trump called Clinton a liar.
    ("Trump", "PROPN", "nsubj", 1, "Trump"),
    ("called", "VERB", "ROOT", 1, "call"),
    ("Clinton", "PROPN", "dobj", 1, "Clinton"),
    ("a", "DET", "det", 4, "a"),
    ("liar", "NOUN", "oprd", 1, "liar"),
    (".", "PUNCT", "punct", 1, "."),
]
NAMING_ENTS = [(0, 1, "PERSON"), (2, 3, "PERSON")]
NAMING_TAGS = ["NNP", "VBD", "NNP", "DT", "NN", "."]
REGARDING = [  # Putin sees the U.S. as a partner.
    ("Putin", "PROPN", "nsubj", 1, "Putin"),
    ("sees", "VERB", "ROOT", 1, "see"),
    ("the", "DET", "det", 3, "the"),
    ("U.S.", "PROPN", "dobj", 1, "U.S."),
    ("as", "ADP", "prep", 1, "as"),
    ("a", "DET", "det", 6, "a"),
    ("partner", "NOUN", "pobj", 4, "partner"),
    (".", "PUNCT", "punct", 1, "."),
]
REGARDING_ENTS = [(0, 1, "PERSON"), (3, 4, "GPE")]
REGARDING_TAGS = ["NNP", "VBZ", "DT", "NNP", "IN", "DT", "NN", "."]
NO_INDICATION = [  # There was no indication that Putin discussed the sanctions.
    ("There", "PRON", "expl", 1, "there"),
    ("was", "VERB", "ROOT", 1, "be"),
    ("no", "DET", "det", 3, "no"),
    ("indication", "NOUN", "attr", 1, "indication"),
    ("that", "SCONJ", "mark", 6, "that"),
    ("Putin", "PROPN", "nsubj", 6, "Putin"),
    ("discussed", "VERB", "acl", 3, "discuss"),
    ("the", "DET", "det", 8, "the"),
    ("sanctions", "NOUN", "dobj", 6, "sanction"),
    (".", "PUNCT", "punct", 1, "."),
]
NO_INDICATION_ENTS = [(5, 6, "PERSON")]
NO_INDICATION_TAGS = ["EX", "VBD", "DT", "NN", "IN", "NNP", "VBD", "DT", "NNS", "."]
RECEIVED = [  # Trump faced sharp criticism from Republicans.
    ("Trump", "PROPN", "nsubj", 1, "Trump"),
    ("faced", "VERB", "ROOT", 1, "face"),
    ("sharp", "ADJ", "amod", 3, "sharp"),
    ("criticism", "NOUN", "dobj", 1, "criticism"),
    ("from", "ADP", "prep", 3, "from"),
    ("Republicans", "PROPN", "pobj", 4, "Republicans"),
    (".", "PUNCT", "punct", 1, "."),
]
RECEIVED_ENTS = [(0, 1, "PERSON"), (5, 6, "NORP")]
RECEIVED_TAGS = ["NNP", "VBD", "JJ", "NN", "IN", "NNPS", "."]
