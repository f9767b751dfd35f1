"""More frozen parses for the stance rule tests (round two: reported judgements,
raised subjects, authored texts, attribution breaks, duplicates, pro-adverbs).

Produced once by en_core_web_md 3.7.1 and kept as data, like `tests.extract.parses`:
rows are (word, pos, dep, head, lemma); `*_ENTS` are (start, end, label) spans;
`*_TAGS` fine-grained tags.
"""

# ruff: noqa: E501

JUDGED = [  # John Redwood said the Bank had been wrong to cut rates.
    ("John", "PROPN", "compound", 1, "John"),
    ("Redwood", "PROPN", "nsubj", 2, "Redwood"),
    ("said", "VERB", "ROOT", 2, "say"),
    ("the", "DET", "det", 4, "the"),
    ("Bank", "PROPN", "nsubj", 6, "Bank"),
    ("had", "AUX", "aux", 6, "have"),
    ("been", "AUX", "ccomp", 2, "be"),
    ("wrong", "ADJ", "acomp", 6, "wrong"),
    ("to", "PART", "aux", 9, "to"),
    ("cut", "VERB", "xcomp", 7, "cut"),
    ("rates", "NOUN", "dobj", 9, "rate"),
    (".", "PUNCT", "punct", 2, "."),
]
JUDGED_ENTS = [(0, 2, "PERSON"), (4, 5, "ORG")]
JUDGED_TAGS = ["NNP", "NNP", "VBD", "DT", "NNP", "VBD", "VBN", "JJ", "TO", "VB", "NNS", "."]
JUDGED_AFTER = [  # “Merkel has done an excellent job,” said Juncker.
    ("“", "PUNCT", "punct", 9, '"'),
    ("Merkel", "PROPN", "nsubj", 3, "Merkel"),
    ("has", "AUX", "aux", 3, "have"),
    ("done", "VERB", "ccomp", 9, "do"),
    ("an", "DET", "det", 6, "an"),
    ("excellent", "ADJ", "amod", 6, "excellent"),
    ("job", "NOUN", "dobj", 3, "job"),
    (",", "PUNCT", "punct", 9, ","),
    ("”", "PUNCT", "punct", 9, '"'),
    ("said", "VERB", "ROOT", 9, "say"),
    ("Juncker", "PROPN", "nsubj", 9, "Juncker"),
    (".", "PUNCT", "punct", 9, "."),
]
JUDGED_AFTER_ENTS = [(1, 2, "PERSON"), (10, 11, "PERSON")]
JUDGED_AFTER_TAGS = ["``", "NNP", "VBZ", "VBN", "DT", "JJ", "NN", ",", "''", "VBD", "NNP", "."]
JUDGED_NEGATED = [  # Craig stated that Arlene was not good at her job.
    ("Craig", "PROPN", "nsubj", 1, "Craig"),
    ("stated", "VERB", "ROOT", 1, "state"),
    ("that", "SCONJ", "mark", 4, "that"),
    ("Arlene", "PROPN", "nsubj", 4, "Arlene"),
    ("was", "AUX", "ccomp", 1, "be"),
    ("not", "PART", "neg", 4, "not"),
    ("good", "ADJ", "acomp", 4, "good"),
    ("at", "ADP", "prep", 6, "at"),
    ("her", "PRON", "poss", 9, "her"),
    ("job", "NOUN", "pobj", 7, "job"),
    (".", "PUNCT", "punct", 1, "."),
]
JUDGED_NEGATED_ENTS = [(0, 1, "PERSON"), (3, 4, "PERSON")]
JUDGED_NEGATED_TAGS = ["NNP", "VBD", "IN", "NNP", "VBD", "RB", "JJ", "IN", "PRP$", "NN", "."]
VICTIM = [  # Amnesty said the refugees were killed by the guards.
    ("Amnesty", "PROPN", "nsubj", 1, "Amnesty"),
    ("said", "VERB", "ROOT", 1, "say"),
    ("the", "DET", "det", 3, "the"),
    ("refugees", "NOUN", "nsubjpass", 5, "refugee"),
    ("were", "AUX", "auxpass", 5, "be"),
    ("killed", "VERB", "ccomp", 1, "kill"),
    ("by", "ADP", "agent", 5, "by"),
    ("the", "DET", "det", 8, "the"),
    ("guards", "NOUN", "pobj", 6, "guard"),
    (".", "PUNCT", "punct", 1, "."),
]
VICTIM_ENTS = [(0, 1, "ORG")]
VICTIM_TAGS = ["NNP", "VBD", "DT", "NNS", "VBD", "VBN", "IN", "DT", "NNS", "."]
RAISED = [  # Most Americans are set to blame Republicans.
    ("Most", "ADJ", "amod", 1, "Most"),
    ("Americans", "PROPN", "nsubjpass", 3, "Americans"),
    ("are", "AUX", "auxpass", 3, "be"),
    ("set", "VERB", "ROOT", 3, "set"),
    ("to", "PART", "aux", 5, "to"),
    ("blame", "VERB", "xcomp", 3, "blame"),
    ("Republicans", "PROPN", "dobj", 5, "Republicans"),
    (".", "PUNCT", "punct", 3, "."),
]
RAISED_ENTS = [(1, 2, "NORP"), (6, 7, "NORP")]
RAISED_TAGS = ["JJS", "NNPS", "VBP", "VBN", "TO", "VB", "NNPS", "."]
LIKELY = [  # Democrats are more likely to blame Republicans.
    ("Democrats", "PROPN", "nsubj", 1, "Democrats"),
    ("are", "AUX", "ROOT", 1, "be"),
    ("more", "ADV", "advmod", 3, "more"),
    ("likely", "ADJ", "acomp", 1, "likely"),
    ("to", "PART", "aux", 5, "to"),
    ("blame", "VERB", "xcomp", 3, "blame"),
    ("Republicans", "PROPN", "dobj", 5, "Republicans"),
    (".", "PUNCT", "punct", 1, "."),
]
LIKELY_ENTS = [(0, 1, "NORP"), (6, 7, "NORP")]
LIKELY_TAGS = ["NNPS", "VBP", "RBR", "JJ", "TO", "VB", "NNPS", "."]
LAWSUIT = [  # Andrew Stone filed a lawsuit accusing Karim Hutson of fraud.
    ("Andrew", "PROPN", "compound", 1, "Andrew"),
    ("Stone", "PROPN", "nsubj", 2, "Stone"),
    ("filed", "VERB", "ROOT", 2, "file"),
    ("a", "DET", "det", 4, "a"),
    ("lawsuit", "NOUN", "dobj", 2, "lawsuit"),
    ("accusing", "VERB", "acl", 4, "accuse"),
    ("Karim", "PROPN", "compound", 7, "Karim"),
    ("Hutson", "PROPN", "dobj", 5, "Hutson"),
    ("of", "ADP", "prep", 7, "of"),
    ("fraud", "NOUN", "pobj", 8, "fraud"),
    (".", "PUNCT", "punct", 2, "."),
]
LAWSUIT_ENTS = [(0, 2, "PERSON"), (6, 8, "PERSON")]
LAWSUIT_TAGS = ["NNP", "NNP", "VBD", "DT", "NN", "VBG", "NNP", "NNP", "IN", "NN", "."]
RELEASED = [  # Obama released a statement criticizing Ted Cruz.
    ("Obama", "PROPN", "nsubj", 1, "Obama"),
    ("released", "VERB", "ROOT", 1, "release"),
    ("a", "DET", "det", 3, "a"),
    ("statement", "NOUN", "dobj", 1, "statement"),
    ("criticizing", "VERB", "acl", 3, "criticize"),
    ("Ted", "PROPN", "compound", 6, "Ted"),
    ("Cruz", "PROPN", "dobj", 4, "Cruz"),
    (".", "PUNCT", "punct", 1, "."),
]
RELEASED_ENTS = [(0, 1, "PERSON"), (5, 7, "PERSON")]
RELEASED_TAGS = ["NNP", "VBD", "DT", "NN", "VBG", "NNP", "NNP", "."]
BREAK = [  # The White House said they discussed Ukraine; Merkel has said she wants peace.
    ("The", "DET", "det", 2, "the"),
    ("White", "PROPN", "compound", 2, "White"),
    ("House", "PROPN", "nsubj", 3, "House"),
    ("said", "VERB", "ccomp", 10, "say"),
    ("they", "PRON", "nsubj", 5, "they"),
    ("discussed", "VERB", "ccomp", 3, "discuss"),
    ("Ukraine", "PROPN", "dobj", 5, "Ukraine"),
    (";", "PUNCT", "punct", 10, ";"),
    ("Merkel", "PROPN", "nsubj", 10, "Merkel"),
    ("has", "AUX", "aux", 10, "have"),
    ("said", "VERB", "ROOT", 10, "say"),
    ("she", "PRON", "nsubj", 12, "she"),
    ("wants", "VERB", "ccomp", 10, "want"),
    ("peace", "NOUN", "dobj", 12, "peace"),
    (".", "PUNCT", "punct", 10, "."),
]
BREAK_ENTS = [(0, 3, "ORG"), (6, 7, "GPE"), (8, 9, "PERSON")]
BREAK_TAGS = [
    "DT",
    "NNP",
    "NNP",
    "VBD",
    "PRP",
    "VBD",
    "NNP",
    ":",
    "NNP",
    "VBZ",
    "VBD",
    "PRP",
    "VBZ",
    "NN",
    ".",
]
THERE = [  # Islamic State fighters are based there.
    ("Islamic", "PROPN", "compound", 1, "Islamic"),
    ("State", "PROPN", "compound", 2, "State"),
    ("fighters", "NOUN", "nsubjpass", 4, "fighter"),
    ("are", "AUX", "auxpass", 4, "be"),
    ("based", "VERB", "ROOT", 4, "base"),
    ("there", "ADV", "advmod", 4, "there"),
    (".", "PUNCT", "punct", 4, "."),
]
THERE_ENTS = [(0, 2, "ORG")]
THERE_TAGS = ["NNP", "NNP", "NNS", "VBP", "VBN", "RB", "."]
CONTRACTED = [  # Spicer said he’s a world-class negotiator.
    ("Spicer", "PROPN", "nsubj", 1, "Spicer"),
    ("said", "VERB", "ROOT", 1, "say"),
    ("he", "PRON", "nsubj", 3, "he"),
    ("’s", "VERB", "ccomp", 1, "’"),
    ("a", "DET", "det", 8, "a"),
    ("world", "NOUN", "compound", 7, "world"),
    ("-", "PUNCT", "punct", 7, "-"),
    ("class", "NOUN", "compound", 8, "class"),
    ("negotiator", "NOUN", "attr", 3, "negotiator"),
    (".", "PUNCT", "punct", 1, "."),
]
CONTRACTED_ENTS = [(0, 1, "PERSON")]
CONTRACTED_TAGS = ["NNP", "VBD", "PRP", "VBZ", "DT", "NN", "HYPH", "NN", "NN", "."]
BULLETS = [  # "  • New U.S. president speaks with leaders of five countries\n  • Republican lawmakers warn against easing Russia sanctions\n"
    ("  ", "SPACE", "dep", 1, "  "),
    ("•", "PUNCT", "meta", 5, "•"),
    ("New", "PROPN", "compound", 3, "New"),
    ("U.S.", "PROPN", "compound", 4, "U.S."),
    ("president", "NOUN", "nsubj", 5, "president"),
    ("speaks", "VERB", "ccomp", 15, "speak"),
    ("with", "ADP", "prep", 5, "with"),
    ("leaders", "NOUN", "pobj", 6, "leader"),
    ("of", "ADP", "prep", 7, "of"),
    ("five", "NUM", "nummod", 10, "five"),
    ("countries", "NOUN", "pobj", 8, "country"),
    ("\n  ", "SPACE", "dep", 10, "\n  "),
    ("•", "PUNCT", "punct", 15, "•"),
    ("Republican", "ADJ", "amod", 14, "republican"),
    ("lawmakers", "NOUN", "nsubj", 15, "lawmaker"),
    ("warn", "VERB", "ROOT", 15, "warn"),
    ("against", "ADP", "prep", 15, "against"),
    ("easing", "VERB", "pcomp", 16, "ease"),
    ("Russia", "PROPN", "compound", 19, "Russia"),
    ("sanctions", "NOUN", "dobj", 17, "sanction"),
    ("\n", "SPACE", "dep", 19, "\n"),
]
BULLETS_ENTS = [(3, 4, "GPE"), (9, 10, "CARDINAL"), (13, 14, "NORP"), (18, 19, "GPE")]
BULLETS_TAGS = [
    "_SP",
    ":",
    "NNP",
    "NNP",
    "NN",
    "VBZ",
    "IN",
    "NNS",
    "IN",
    "CD",
    "NNS",
    "_SP",
    ":",
    "JJ",
    "NNS",
    "VBP",
    "IN",
    "VBG",
    "NNP",
    "NNS",
    "_SP",
]
ENCOUNTER = [  # In the call with Merkel, Trump agreed on the importance of the NATO alliance and the need for allies to contribute their fair share, according to readouts from both sides.
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
    ("the", "DET", "det", 14, "the"),
    ("NATO", "PROPN", "compound", 14, "NATO"),
    ("alliance", "NOUN", "pobj", 11, "alliance"),
    ("and", "CCONJ", "cc", 10, "and"),
    ("the", "DET", "det", 17, "the"),
    ("need", "NOUN", "conj", 10, "need"),
    ("for", "SCONJ", "mark", 21, "for"),
    ("allies", "NOUN", "nsubj", 21, "ally"),
    ("to", "PART", "aux", 21, "to"),
    ("contribute", "VERB", "advcl", 17, "contribute"),
    ("their", "PRON", "poss", 24, "their"),
    ("fair", "ADJ", "amod", 24, "fair"),
    ("share", "NOUN", "dobj", 21, "share"),
    (",", "PUNCT", "punct", 7, ","),
    ("according", "VERB", "prep", 7, "accord"),
    ("to", "ADP", "prep", 26, "to"),
    ("readouts", "NOUN", "pobj", 27, "readout"),
    ("from", "ADP", "prep", 28, "from"),
    ("both", "DET", "det", 31, "both"),
    ("sides", "NOUN", "pobj", 29, "side"),
    (".", "PUNCT", "punct", 7, "."),
]
ENCOUNTER_ENTS = [(4, 5, "PERSON"), (6, 7, "PERSON"), (13, 14, "ORG")]
ENCOUNTER_TAGS = [
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
    "DT",
    "NNP",
    "NN",
    "CC",
    "DT",
    "NN",
    "IN",
    "NNS",
    "TO",
    "VB",
    "PRP$",
    "JJ",
    "NN",
    ",",
    "VBG",
    "IN",
    "NNS",
    "IN",
    "DT",
    "NNS",
    ".",
]
EMERGED = [  # Cotton has emerged as one of Trump’s strongest supporters.
    ("Cotton", "PROPN", "nsubj", 2, "Cotton"),
    ("has", "AUX", "aux", 2, "have"),
    ("emerged", "VERB", "ROOT", 2, "emerge"),
    ("as", "ADP", "prep", 2, "as"),
    ("one", "NUM", "pobj", 3, "one"),
    ("of", "ADP", "prep", 4, "of"),
    ("Trump", "PROPN", "poss", 9, "Trump"),
    ("’s", "PART", "case", 6, "’s"),
    ("strongest", "ADJ", "amod", 9, "strong"),
    ("supporters", "NOUN", "pobj", 5, "supporter"),
    (".", "PUNCT", "punct", 2, "."),
]
EMERGED_ENTS = [(0, 1, "ORG"), (4, 5, "CARDINAL"), (6, 7, "ORG")]
EMERGED_TAGS = ["NNP", "VBZ", "VBN", "IN", "CD", "IN", "NNP", "POS", "JJS", "NNS", "."]
SHOW = [  # The Russian delegation was a show of support for Assad.
    ("The", "DET", "det", 2, "the"),
    ("Russian", "ADJ", "amod", 2, "russian"),
    ("delegation", "NOUN", "nsubj", 3, "delegation"),
    ("was", "AUX", "ROOT", 3, "be"),
    ("a", "DET", "det", 5, "a"),
    ("show", "NOUN", "attr", 3, "show"),
    ("of", "ADP", "prep", 5, "of"),
    ("support", "NOUN", "pobj", 6, "support"),
    ("for", "ADP", "prep", 7, "for"),
    ("Assad", "PROPN", "pobj", 8, "Assad"),
    (".", "PUNCT", "punct", 3, "."),
]
SHOW_ENTS = [(1, 2, "NORP"), (9, 10, "PERSON")]
SHOW_TAGS = ["DT", "JJ", "NN", "VBD", "DT", "NN", "IN", "NN", "IN", "NNP", "."]
STAND = [  # The British union took a stand against Netflix.
    ("The", "DET", "det", 2, "the"),
    ("British", "ADJ", "amod", 2, "british"),
    ("union", "NOUN", "nsubj", 3, "union"),
    ("took", "VERB", "ROOT", 3, "take"),
    ("a", "DET", "det", 5, "a"),
    ("stand", "NOUN", "dobj", 3, "stand"),
    ("against", "ADP", "prep", 5, "against"),
    ("Netflix", "PROPN", "pobj", 6, "Netflix"),
    (".", "PUNCT", "punct", 3, "."),
]
STAND_ENTS = [(1, 2, "NORP"), (7, 8, "ORG")]
STAND_TAGS = ["DT", "JJ", "NN", "VBD", "DT", "NN", "IN", "NNP", "."]
USED = [  # Trump used the rally to praise Kavanaugh.
    ("Trump", "PROPN", "nsubj", 1, "Trump"),
    ("used", "VERB", "ROOT", 1, "use"),
    ("the", "DET", "det", 3, "the"),
    ("rally", "NOUN", "dobj", 1, "rally"),
    ("to", "PART", "aux", 5, "to"),
    ("praise", "VERB", "xcomp", 1, "praise"),
    ("Kavanaugh", "PROPN", "dobj", 5, "Kavanaugh"),
    (".", "PUNCT", "punct", 1, "."),
]
USED_ENTS = [(0, 1, "PERSON"), (6, 7, "PERSON")]
USED_TAGS = ["NNP", "VBD", "DT", "NN", "TO", "VB", "NNP", "."]
APPOSED = [  # Glenn Beck, a Cruz supporter, spoke.
    ("Glenn", "PROPN", "compound", 1, "Glenn"),
    ("Beck", "PROPN", "nsubj", 7, "Beck"),
    (",", "PUNCT", "punct", 1, ","),
    ("a", "DET", "det", 5, "a"),
    ("Cruz", "PROPN", "compound", 5, "Cruz"),
    ("supporter", "NOUN", "appos", 1, "supporter"),
    (",", "PUNCT", "punct", 1, ","),
    ("spoke", "VERB", "ROOT", 7, "speak"),
    (".", "PUNCT", "punct", 7, "."),
]
APPOSED_ENTS = [(0, 2, "PERSON"), (4, 5, "PERSON")]
APPOSED_TAGS = ["NNP", "NNP", ",", "DT", "NNP", "NN", ",", "VBD", "."]
WELCOMED = [  # Tillerson’s decision is likely to be welcomed by the Republican majority.
    ("Tillerson", "PROPN", "poss", 2, "Tillerson"),
    ("’s", "PART", "case", 0, "’s"),
    ("decision", "NOUN", "nsubj", 3, "decision"),
    ("is", "AUX", "ROOT", 3, "be"),
    ("likely", "ADJ", "acomp", 3, "likely"),
    ("to", "PART", "aux", 7, "to"),
    ("be", "AUX", "auxpass", 7, "be"),
    ("welcomed", "VERB", "xcomp", 4, "welcome"),
    ("by", "ADP", "agent", 7, "by"),
    ("the", "DET", "det", 11, "the"),
    ("Republican", "ADJ", "amod", 11, "republican"),
    ("majority", "NOUN", "pobj", 8, "majority"),
    (".", "PUNCT", "punct", 3, "."),
]
WELCOMED_ENTS = [(0, 1, "ORG"), (10, 11, "NORP")]
WELCOMED_TAGS = ["NNP", "POS", "NN", "VBZ", "JJ", "TO", "VB", "VBN", "IN", "DT", "JJ", "NN", "."]
UNDER = [  # Manziel remains under investigation by the NFL.
    ("Manziel", "PROPN", "nsubj", 1, "Manziel"),
    ("remains", "VERB", "ROOT", 1, "remain"),
    ("under", "ADP", "prep", 1, "under"),
    ("investigation", "NOUN", "pobj", 2, "investigation"),
    ("by", "ADP", "prep", 3, "by"),
    ("the", "DET", "det", 6, "the"),
    ("NFL", "PROPN", "pobj", 4, "NFL"),
    (".", "PUNCT", "punct", 1, "."),
]
UNDER_ENTS = [(0, 1, "PERSON"), (6, 7, "ORG")]
UNDER_TAGS = ["NNP", "VBZ", "IN", "NN", "IN", "DT", "NNP", "."]
DREW = [  # Trump’s remarks drew sharp criticism from Democrats.
    ("Trump", "PROPN", "poss", 2, "Trump"),
    ("’s", "PART", "case", 0, "’s"),
    ("remarks", "NOUN", "nsubj", 3, "remark"),
    ("drew", "VERB", "ROOT", 3, "draw"),
    ("sharp", "ADJ", "amod", 5, "sharp"),
    ("criticism", "NOUN", "dobj", 3, "criticism"),
    ("from", "ADP", "prep", 5, "from"),
    ("Democrats", "PROPN", "pobj", 6, "Democrats"),
    (".", "PUNCT", "punct", 3, "."),
]
DREW_ENTS = [(0, 1, "PERSON"), (7, 8, "NORP")]
DREW_TAGS = ["NNP", "POS", "NNS", "VBD", "JJ", "NN", "IN", "NNPS", "."]
NAMED_HOLDER = [  # Russian attacks on Aleppo continued.
    ("Russian", "ADJ", "amod", 1, "russian"),
    ("attacks", "NOUN", "nsubj", 4, "attack"),
    ("on", "ADP", "prep", 1, "on"),
    ("Aleppo", "PROPN", "pobj", 2, "Aleppo"),
    ("continued", "VERB", "ROOT", 4, "continue"),
    (".", "PUNCT", "punct", 4, "."),
]
NAMED_HOLDER_ENTS = [(0, 1, "NORP"), (3, 4, "NORP")]
NAMED_HOLDER_TAGS = ["JJ", "NNS", "IN", "NNP", "VBD", "."]
PARTICIPLE = [  # Google began to push back, criticizing Trump’s order.
    ("Google", "PROPN", "nsubj", 1, "Google"),
    ("began", "VERB", "ROOT", 1, "begin"),
    ("to", "PART", "aux", 3, "to"),
    ("push", "VERB", "xcomp", 1, "push"),
    ("back", "ADV", "advmod", 3, "back"),
    (",", "PUNCT", "punct", 3, ","),
    ("criticizing", "VERB", "advcl", 3, "criticize"),
    ("Trump", "PROPN", "poss", 9, "Trump"),
    ("’s", "PART", "case", 7, "’s"),
    ("order", "NOUN", "dobj", 6, "order"),
    (".", "PUNCT", "punct", 1, "."),
]
PARTICIPLE_ENTS = [(0, 1, "ORG"), (7, 8, "PERSON")]
PARTICIPLE_TAGS = ["NNP", "VBD", "TO", "VB", "RB", ",", "VBG", "NNP", "POS", "NN", "."]
CONJ_CONTROLLED = [  # Republicans are refusing to support Trump but endorsing Clinton.
    ("Republicans", "PROPN", "nsubj", 2, "Republicans"),
    ("are", "AUX", "aux", 2, "be"),
    ("refusing", "VERB", "ROOT", 2, "refuse"),
    ("to", "PART", "aux", 4, "to"),
    ("support", "VERB", "xcomp", 2, "support"),
    ("Trump", "PROPN", "dobj", 4, "Trump"),
    ("but", "CCONJ", "cc", 4, "but"),
    ("endorsing", "VERB", "conj", 4, "endorse"),
    ("Clinton", "PROPN", "dobj", 7, "Clinton"),
    (".", "PUNCT", "punct", 2, "."),
]
CONJ_CONTROLLED_ENTS = [(0, 1, "NORP"), (5, 6, "PERSON"), (8, 9, "PERSON")]
CONJ_CONTROLLED_TAGS = ["NNPS", "VBP", "VBG", "TO", "VB", "NNP", "CC", "VBG", "NNP", "."]
REPORT = [  # A Human Rights Watch report accused Saudi Arabia of discrimination.
    ("A", "DET", "det", 4, "a"),
    ("Human", "PROPN", "compound", 2, "Human"),
    ("Rights", "PROPN", "compound", 3, "Rights"),
    ("Watch", "PROPN", "compound", 4, "Watch"),
    ("report", "NOUN", "nsubj", 5, "report"),
    ("accused", "VERB", "ROOT", 5, "accuse"),
    ("Saudi", "PROPN", "compound", 7, "Saudi"),
    ("Arabia", "PROPN", "dobj", 5, "Arabia"),
    ("of", "ADP", "prep", 5, "of"),
    ("discrimination", "NOUN", "pobj", 8, "discrimination"),
    (".", "PUNCT", "punct", 5, "."),
]
REPORT_ENTS = [(1, 4, "ORG"), (6, 8, "GPE")]  # NER missed the ORG; set by hand
REPORT_TAGS = ["DT", "NNP", "NNPS", "NNP", "NN", "VBD", "NNP", "NNP", "IN", "NN", "."]
REPORT_FROM = [  # A report from the State Department was critical of Clinton.
    ("A", "DET", "det", 1, "a"),
    ("report", "NOUN", "nsubj", 6, "report"),
    ("from", "ADP", "prep", 1, "from"),
    ("the", "DET", "det", 5, "the"),
    ("State", "PROPN", "compound", 5, "State"),
    ("Department", "PROPN", "pobj", 2, "Department"),
    ("was", "AUX", "ROOT", 6, "be"),
    ("critical", "ADJ", "acomp", 6, "critical"),
    ("of", "ADP", "prep", 7, "of"),
    ("Clinton", "PROPN", "pobj", 8, "Clinton"),
    (".", "PUNCT", "punct", 6, "."),
]
REPORT_FROM_ENTS = [(3, 6, "ORG"), (9, 10, "PERSON")]
REPORT_FROM_TAGS = ["DT", "NN", "IN", "DT", "NNP", "NNP", "VBD", "JJ", "IN", "NNP", "."]
URGED = [  # Obama urged Congress to support Ukraine.
    ("Obama", "PROPN", "nsubj", 1, "Obama"),
    ("urged", "VERB", "ROOT", 1, "urge"),
    ("Congress", "PROPN", "dobj", 1, "Congress"),
    ("to", "PART", "aux", 4, "to"),
    ("support", "VERB", "xcomp", 1, "support"),
    ("Ukraine", "PROPN", "dobj", 4, "Ukraine"),
    (".", "PUNCT", "punct", 1, "."),
]
URGED_ENTS = [(0, 1, "PERSON"), (2, 3, "ORG"), (5, 6, "GPE")]
URGED_TAGS = ["NNP", "VBD", "NNP", "TO", "VB", "NNP", "."]
UNTAGGED = [  # Sanders blasted Clinton over her ties to Wall Street.
    ("Sanders", "PROPN", "nsubj", 1, "Sanders"),
    ("blasted", "VERB", "ROOT", 1, "blast"),
    ("Clinton", "PROPN", "dobj", 1, "Clinton"),
    ("over", "ADP", "prep", 1, "over"),
    ("her", "PRON", "poss", 5, "her"),
    ("ties", "NOUN", "pobj", 3, "tie"),
    ("to", "ADP", "prep", 5, "to"),
    ("Wall", "PROPN", "compound", 8, "Wall"),
    ("Street", "PROPN", "pobj", 6, "Street"),
    (".", "PUNCT", "punct", 1, "."),
]
UNTAGGED_ENTS = [(2, 3, "PERSON")]
UNTAGGED_TAGS = ["NNP", "VBD", "NNP", "IN", "PRP$", "NNS", "IN", "NNP", "NNP", "."]
THE_US = [  # The Turkish president lashed out at the US.
    ("The", "DET", "det", 2, "the"),
    ("Turkish", "ADJ", "amod", 2, "turkish"),
    ("president", "NOUN", "nsubj", 3, "president"),
    ("lashed", "VERB", "ROOT", 3, "lash"),
    ("out", "ADP", "prt", 3, "out"),
    ("at", "ADP", "prep", 3, "at"),
    ("the", "DET", "det", 7, "the"),
    ("US", "PROPN", "pobj", 5, "US"),
    (".", "PUNCT", "punct", 3, "."),
]
THE_US_ENTS = [(1, 2, "NORP"), (7, 8, "GPE")]
THE_US_TAGS = ["DT", "JJ", "NN", "VBD", "RP", "IN", "DT", "NNP", "."]
WON = [  # Clinton won the endorsement of Obama.
    ("Clinton", "PROPN", "nsubj", 1, "Clinton"),
    ("won", "VERB", "ROOT", 1, "win"),
    ("the", "DET", "det", 3, "the"),
    ("endorsement", "NOUN", "dobj", 1, "endorsement"),
    ("of", "ADP", "prep", 3, "of"),
    ("Obama", "PROPN", "pobj", 4, "Obama"),
    (".", "PUNCT", "punct", 1, "."),
]
WON_ENTS = [(0, 1, "PERSON"), (5, 6, "PERSON")]
WON_TAGS = ["NNP", "VBD", "DT", "NN", "IN", "NNP", "."]
BACKING = [  # Clinton has the backing of Obama.
    ("Clinton", "PROPN", "nsubj", 1, "Clinton"),
    ("has", "VERB", "ROOT", 1, "have"),
    ("the", "DET", "det", 3, "the"),
    ("backing", "NOUN", "dobj", 1, "backing"),
    ("of", "ADP", "prep", 3, "of"),
    ("Obama", "PROPN", "pobj", 4, "Obama"),
    (".", "PUNCT", "punct", 1, "."),
]
BACKING_ENTS = [(0, 1, "PERSON"), (5, 6, "PERSON")]
BACKING_TAGS = ["NNP", "VBZ", "DT", "NN", "IN", "NNP", "."]
BARRAGE = [  # Clinton faced a barrage of attacks from Trump.
    ("Clinton", "PROPN", "nsubj", 1, "Clinton"),
    ("faced", "VERB", "ROOT", 1, "face"),
    ("a", "DET", "det", 3, "a"),
    ("barrage", "NOUN", "dobj", 1, "barrage"),
    ("of", "ADP", "prep", 3, "of"),
    ("attacks", "NOUN", "pobj", 4, "attack"),
    ("from", "ADP", "prep", 5, "from"),
    ("Trump", "PROPN", "pobj", 6, "Trump"),
    (".", "PUNCT", "punct", 1, "."),
]
BARRAGE_ENTS = [(0, 1, "PERSON"), (7, 8, "GPE")]
BARRAGE_TAGS = ["NNP", "VBD", "DT", "NN", "IN", "NNS", "IN", "NNP", "."]
SKEWERED = [  # SNL skewered Cruz for attacking Trump.
    ("SNL", "PROPN", "nsubj", 1, "SNL"),
    ("skewered", "VERB", "ROOT", 1, "skewer"),
    ("Cruz", "PROPN", "dobj", 1, "Cruz"),
    ("for", "ADP", "prep", 1, "for"),
    ("attacking", "VERB", "pcomp", 3, "attack"),
    ("Trump", "PROPN", "dobj", 4, "Trump"),
    (".", "PUNCT", "punct", 1, "."),
]
SKEWERED_ENTS = [(0, 1, "ORG"), (2, 3, "PERSON"), (5, 6, "PERSON")]
SKEWERED_TAGS = ["NNP", "VBD", "NNP", "IN", "VBG", "NNP", "."]
ACCUSED_OF = [  # Cosby was accused of drugging and assaulting Constand.
    ("Cosby", "PROPN", "nsubjpass", 2, "Cosby"),
    ("was", "AUX", "auxpass", 2, "be"),
    ("accused", "VERB", "ROOT", 2, "accuse"),
    ("of", "ADP", "prep", 2, "of"),
    ("drugging", "VERB", "pcomp", 3, "drug"),
    ("and", "CCONJ", "cc", 4, "and"),
    ("assaulting", "VERB", "conj", 4, "assault"),
    ("Constand", "PROPN", "dobj", 6, "Constand"),
    (".", "PUNCT", "punct", 2, "."),
]
ACCUSED_OF_ENTS = [(0, 1, "PERSON"), (7, 8, "PERSON")]
ACCUSED_OF_TAGS = ["NNP", "VBD", "VBN", "IN", "VBG", "CC", "VBG", "NNP", "."]
ACCUSED_APPOSED = [  # Jones, accused of attacking Smith, spoke.
    ("Jones", "PROPN", "nsubj", 7, "Jones"),
    (",", "PUNCT", "punct", 0, ","),
    ("accused", "VERB", "acl", 0, "accuse"),
    ("of", "ADP", "prep", 2, "of"),
    ("attacking", "VERB", "pcomp", 3, "attack"),
    ("Smith", "PROPN", "dobj", 4, "Smith"),
    (",", "PUNCT", "punct", 0, ","),
    ("spoke", "VERB", "ROOT", 7, "speak"),
    (".", "PUNCT", "punct", 7, "."),
]
ACCUSED_APPOSED_ENTS = [(0, 1, "PERSON"), (5, 6, "PERSON")]
ACCUSED_APPOSED_TAGS = ["NNP", ",", "VBN", "IN", "VBG", "NNP", ",", "VBD", "."]
