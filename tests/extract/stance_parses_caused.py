"""Frozen parses for the stance rule tests (round three: caused acts, attributed
judgements, participle holders of stance nouns).

Produced once by en_core_web_md 3.7.1 and kept as data, like `tests.extract.parses`:
rows are (word, pos, dep, head, lemma); `*_ENTS` are (start, end, label) spans;
`*_TAGS` fine-grained tags. ALLEGATIONS is the one hand-corrected parse: the model
hangs "made" from "Trump"; the rule is about the reading where it describes
"allegations".
"""

PROMPTED = [  # Republicans blocked the bill, prompting Democrats to accuse them of obstruction.
    ("Republicans", "PROPN", "nsubj", 1, "Republicans"),
    ("blocked", "VERB", "ROOT", 1, "block"),
    ("the", "DET", "det", 3, "the"),
    ("bill", "NOUN", "dobj", 1, "bill"),
    (",", "PUNCT", "punct", 1, ","),
    ("prompting", "VERB", "advcl", 1, "prompt"),
    ("Democrats", "PROPN", "dobj", 5, "Democrats"),
    ("to", "PART", "aux", 8, "to"),
    ("accuse", "VERB", "xcomp", 5, "accuse"),
    ("them", "PRON", "dobj", 8, "they"),
    ("of", "ADP", "prep", 8, "of"),
    ("obstruction", "NOUN", "pobj", 10, "obstruction"),
    (".", "PUNCT", "punct", 1, "."),
]
PROMPTED_ENTS = [(0, 1, "NORP"), (6, 7, "NORP")]
PROMPTED_TAGS = ["NNPS", "VBD", "DT", "NN", ",", "VBG", "NNPS", "TO", "VB", "PRP", "IN", "NN", "."]
ACCORDING = [  # Trump lied about the economy, according to Pelosi.
    ("Trump", "PROPN", "nsubj", 1, "Trump"),
    ("lied", "VERB", "ROOT", 1, "lie"),
    ("about", "ADP", "prep", 1, "about"),
    ("the", "DET", "det", 4, "the"),
    ("economy", "NOUN", "pobj", 2, "economy"),
    (",", "PUNCT", "punct", 1, ","),
    ("according", "VERB", "prep", 1, "accord"),
    ("to", "ADP", "prep", 6, "to"),
    ("Pelosi", "PROPN", "pobj", 7, "Pelosi"),
    (".", "PUNCT", "punct", 1, "."),
]
ACCORDING_ENTS = [(0, 1, "PERSON"), (8, 9, "ORG")]
ACCORDING_TAGS = ["NNP", "VBD", "IN", "DT", "NN", ",", "VBG", "IN", "NNP", "."]
TOLD = [  # Trump has done a terrible job, Pelosi told reporters.
    ("Trump", "PROPN", "nsubj", 2, "Trump"),
    ("has", "AUX", "aux", 2, "have"),
    ("done", "VERB", "ccomp", 8, "do"),
    ("a", "DET", "det", 5, "a"),
    ("terrible", "ADJ", "amod", 5, "terrible"),
    ("job", "NOUN", "dobj", 2, "job"),
    (",", "PUNCT", "punct", 8, ","),
    ("Pelosi", "PROPN", "nsubj", 8, "Pelosi"),
    ("told", "VERB", "ROOT", 8, "tell"),
    ("reporters", "NOUN", "dobj", 8, "reporter"),
    (".", "PUNCT", "punct", 8, "."),
]
TOLD_ENTS = [(0, 1, "PERSON"), (7, 8, "ORG")]
TOLD_TAGS = ["NNP", "VBZ", "VBN", "DT", "JJ", "NN", ",", "NNP", "VBD", "NNS", "."]
ALLEGATIONS = [  # Pelosi repeated the allegations against Trump made by Schumer.
    ("Pelosi", "PROPN", "nsubj", 1, "Pelosi"),
    ("repeated", "VERB", "ROOT", 1, "repeat"),
    ("the", "DET", "det", 3, "the"),
    ("allegations", "NOUN", "dobj", 1, "allegation"),
    ("against", "ADP", "prep", 3, "against"),
    ("Trump", "PROPN", "pobj", 4, "Trump"),
    ("made", "VERB", "acl", 3, "make"),
    ("by", "ADP", "agent", 6, "by"),
    ("Schumer", "PROPN", "pobj", 7, "Schumer"),
    (".", "PUNCT", "punct", 1, "."),
]
ALLEGATIONS_ENTS = [(5, 6, "PERSON"), (8, 9, "PERSON")]
ALLEGATIONS_TAGS = ["NNP", "VBD", "DT", "NNS", "IN", "NNP", "VBN", "IN", "NNP", "."]
EXPRESSED = [  # Trump expressed support for the tax, according to Carper.
    ("Trump", "PROPN", "nsubj", 1, "Trump"),
    ("expressed", "VERB", "ROOT", 1, "express"),
    ("support", "NOUN", "dobj", 1, "support"),
    ("for", "ADP", "prep", 2, "for"),
    ("the", "DET", "det", 5, "the"),
    ("tax", "NOUN", "pobj", 3, "tax"),
    (",", "PUNCT", "punct", 1, ","),
    ("according", "VERB", "prep", 1, "accord"),
    ("to", "ADP", "prep", 7, "to"),
    ("Carper", "PROPN", "pobj", 8, "Carper"),
    (".", "PUNCT", "punct", 1, "."),
]
EXPRESSED_ENTS = [(0, 1, "PERSON"), (9, 10, "PERSON")]
EXPRESSED_TAGS = ["NNP", "VBD", "NN", "IN", "DT", "NN", ",", "VBG", "IN", "NNP", "."]
INTERRUPTED = [  # Trump, Pelosi said, has done a terrible job.
    ("Trump", "PROPN", "nsubj", 6, "Trump"),
    (",", "PUNCT", "punct", 3, ","),
    ("Pelosi", "PROPN", "nsubj", 3, "Pelosi"),
    ("said", "VERB", "parataxis", 6, "say"),
    (",", "PUNCT", "punct", 3, ","),
    ("has", "AUX", "aux", 6, "have"),
    ("done", "VERB", "ROOT", 6, "do"),
    ("a", "DET", "det", 9, "a"),
    ("terrible", "ADJ", "amod", 9, "terrible"),
    ("job", "NOUN", "dobj", 6, "job"),
    (".", "PUNCT", "punct", 6, "."),
]
INTERRUPTED_ENTS = [(0, 1, "PERSON"), (2, 3, "ORG")]
INTERRUPTED_TAGS = ["NNP", ",", "NNP", "VBD", ",", "VBZ", "VBN", "DT", "JJ", "NN", "."]
SAID_OF = [  # “He is a terrible president,” Pelosi said of Trump.
    ("“", "PUNCT", "punct", 9, '"'),
    ("He", "PRON", "nsubj", 2, "he"),
    ("is", "AUX", "ccomp", 9, "be"),
    ("a", "DET", "det", 5, "a"),
    ("terrible", "ADJ", "amod", 5, "terrible"),
    ("president", "NOUN", "attr", 2, "president"),
    (",", "PUNCT", "punct", 9, ","),
    ("”", "PUNCT", "punct", 9, '"'),
    ("Pelosi", "PROPN", "nsubj", 9, "Pelosi"),
    ("said", "VERB", "ROOT", 9, "say"),
    ("of", "ADP", "prep", 9, "of"),
    ("Trump", "PROPN", "pobj", 10, "Trump"),
    (".", "PUNCT", "punct", 9, "."),
]
SAID_OF_ENTS = [(11, 12, "GPE")]
SAID_OF_TAGS = ["``", "PRP", "VBZ", "DT", "JJ", "NN", ",", "''", "NNP", "VBD", "IN", "NNP", "."]
BACKED = [  # Trump, backed by Pelosi, won the vote.
    ("Trump", "PROPN", "nsubj", 6, "Trump"),
    (",", "PUNCT", "punct", 6, ","),
    ("backed", "VERB", "advcl", 6, "back"),
    ("by", "ADP", "agent", 2, "by"),
    ("Pelosi", "PROPN", "pobj", 3, "Pelosi"),
    (",", "PUNCT", "punct", 6, ","),
    ("won", "VERB", "ROOT", 6, "win"),
    ("the", "DET", "det", 8, "the"),
    ("vote", "NOUN", "dobj", 6, "vote"),
    (".", "PUNCT", "punct", 6, "."),
]
BACKED_ENTS = [(0, 1, "PERSON"), (4, 5, "ORG")]
BACKED_TAGS = ["NNP", ",", "VBN", "IN", "NNP", ",", "VBD", "DT", "NN", "."]
DISTANCED = [  # Trump has distanced himself from Pelosi.
    ("Trump", "PROPN", "nsubj", 2, "Trump"),
    ("has", "AUX", "aux", 2, "have"),
    ("distanced", "VERB", "ROOT", 2, "distance"),
    ("himself", "PRON", "dobj", 2, "himself"),
    ("from", "ADP", "prep", 2, "from"),
    ("Pelosi", "PROPN", "pobj", 4, "Pelosi"),
    (".", "PUNCT", "punct", 2, "."),
]
DISTANCED_ENTS = [(0, 1, "PERSON"), (5, 6, "ORG")]
DISTANCED_TAGS = ["NNP", "VBZ", "VBN", "PRP", "IN", "NNP", "."]
URGED = [  # Trump urged voters to reject Pelosi.
    ("Trump", "PROPN", "nsubj", 1, "Trump"),
    ("urged", "VERB", "ROOT", 1, "urge"),
    ("voters", "NOUN", "dobj", 1, "voter"),
    ("to", "PART", "aux", 4, "to"),
    ("reject", "VERB", "xcomp", 1, "reject"),
    ("Pelosi", "PROPN", "dobj", 4, "Pelosi"),
    (".", "PUNCT", "punct", 1, "."),
]
URGED_ENTS = [(0, 1, "PERSON")]
URGED_TAGS = ["NNP", "VBD", "NNS", "TO", "VB", "NNP", "."]
HARMED = [  # A Trump retreat would damage trust, Pelosi says.
    ("A", "DET", "det", 2, "a"),
    ("Trump", "PROPN", "compound", 2, "Trump"),
    ("retreat", "NOUN", "nsubj", 4, "retreat"),
    ("would", "AUX", "aux", 4, "would"),
    ("damage", "VERB", "ccomp", 8, "damage"),
    ("trust", "NOUN", "dobj", 4, "trust"),
    (",", "PUNCT", "punct", 8, ","),
    ("Pelosi", "PROPN", "nsubj", 8, "Pelosi"),
    ("says", "VERB", "ROOT", 8, "say"),
    (".", "PUNCT", "punct", 8, "."),
]
HARMED_ENTS = [(1, 2, "NORP"), (7, 8, "ORG")]
HARMED_TAGS = ["DT", "NNP", "NN", "MD", "VB", "NN", ",", "NNP", "VBZ", "."]
MEMBERS = [  # Trump's critics, including Pelosi, met on Monday.
    ("Trump", "PROPN", "poss", 2, "Trump"),
    ("'s", "PART", "case", 0, "'s"),
    ("critics", "NOUN", "nsubj", 7, "critic"),
    (",", "PUNCT", "punct", 2, ","),
    ("including", "VERB", "prep", 2, "include"),
    ("Pelosi", "PROPN", "pobj", 4, "Pelosi"),
    (",", "PUNCT", "punct", 2, ","),
    ("met", "VERB", "ROOT", 7, "meet"),
    ("on", "ADP", "prep", 7, "on"),
    ("Monday", "PROPN", "pobj", 8, "Monday"),
    (".", "PUNCT", "punct", 7, "."),
]
MEMBERS_ENTS = [(0, 1, "PERSON"), (5, 6, "ORG"), (9, 10, "DATE")]
MEMBERS_TAGS = ["NNP", "POS", "NNS", ",", "VBG", "NNP", ",", "VBD", "IN", "NNP", "."]
DESCRIBED = [  # Trump, who Pelosi described as dangerous, spoke.
    ("Trump", "PROPN", "nsubj", 8, "Trump"),
    (",", "PUNCT", "punct", 0, ","),
    ("who", "PRON", "dobj", 4, "who"),
    ("Pelosi", "PROPN", "nsubj", 4, "Pelosi"),
    ("described", "VERB", "relcl", 0, "describe"),
    ("as", "ADP", "prep", 4, "as"),
    ("dangerous", "ADJ", "amod", 5, "dangerous"),
    (",", "PUNCT", "punct", 8, ","),
    ("spoke", "VERB", "ROOT", 8, "speak"),
    (".", "PUNCT", "punct", 8, "."),
]
DESCRIBED_ENTS = [(0, 1, "PERSON"), (3, 4, "PERSON")]
DESCRIBED_TAGS = ["NNP", ",", "WP", "NNP", "VBD", "IN", "JJ", ",", "VBD", "."]
IN_STATEMENT = [  # Trump is a great leader, Pelosi said in a statement.
    ("Trump", "PROPN", "nsubj", 1, "Trump"),
    ("is", "AUX", "ccomp", 7, "be"),
    ("a", "DET", "det", 4, "a"),
    ("great", "ADJ", "amod", 4, "great"),
    ("leader", "NOUN", "attr", 1, "leader"),
    (",", "PUNCT", "punct", 7, ","),
    ("Pelosi", "PROPN", "nsubj", 7, "Pelosi"),
    ("said", "VERB", "ROOT", 7, "say"),
    ("in", "ADP", "prep", 7, "in"),
    ("a", "DET", "det", 10, "a"),
    ("statement", "NOUN", "pobj", 8, "statement"),
    (".", "PUNCT", "punct", 7, "."),
]
IN_STATEMENT_ENTS = [(0, 1, "PERSON"), (6, 7, "ORG")]
IN_STATEMENT_TAGS = ["NNP", "VBZ", "DT", "JJ", "NN", ",", "NNP", "VBD", "IN", "DT", "NN", "."]
SAID_FROM = [  # Pelosi said from Brisbane that Trump is a great leader.
    ("Pelosi", "PROPN", "nsubj", 1, "Pelosi"),
    ("said", "VERB", "ROOT", 1, "say"),
    ("from", "ADP", "prep", 1, "from"),
    ("Brisbane", "PROPN", "pobj", 2, "Brisbane"),
    ("that", "SCONJ", "mark", 6, "that"),
    ("Trump", "PROPN", "nsubj", 6, "Trump"),
    ("is", "AUX", "ccomp", 1, "be"),
    ("a", "DET", "det", 9, "a"),
    ("great", "ADJ", "amod", 9, "great"),
    ("leader", "NOUN", "attr", 6, "leader"),
    (".", "PUNCT", "punct", 1, "."),
]
SAID_FROM_ENTS = [(3, 4, "GPE"), (5, 6, "GPE")]
SAID_FROM_TAGS = ["NNP", "VBD", "IN", "NNP", "IN", "NNP", "VBZ", "DT", "JJ", "NN", "."]
DEMANDED = [  # Trump must be punished, Pelosi said.
    ("Trump", "PROPN", "nsubjpass", 3, "Trump"),
    ("must", "AUX", "aux", 3, "must"),
    ("be", "AUX", "auxpass", 3, "be"),
    ("punished", "VERB", "ccomp", 6, "punish"),
    (",", "PUNCT", "punct", 6, ","),
    ("Pelosi", "PROPN", "nsubj", 6, "Pelosi"),
    ("said", "VERB", "ROOT", 6, "say"),
    (".", "PUNCT", "punct", 6, "."),
]
DEMANDED_ENTS = [(0, 1, "PERSON"), (5, 6, "ORG")]
DEMANDED_TAGS = ["NNP", "MD", "VB", "VBN", ",", "NNP", "VBD", "."]
PLAIN_PASSIVE = [  # Pelosi said Trump was arrested.
    ("Pelosi", "PROPN", "nsubj", 1, "Pelosi"),
    ("said", "VERB", "ROOT", 1, "say"),
    ("Trump", "PROPN", "nsubjpass", 4, "Trump"),
    ("was", "AUX", "auxpass", 4, "be"),
    ("arrested", "VERB", "ccomp", 1, "arrest"),
    (".", "PUNCT", "punct", 1, "."),
]
PLAIN_PASSIVE_ENTS = [(2, 3, "PERSON")]
PLAIN_PASSIVE_TAGS = ["NNP", "VBD", "NNP", "VBD", "VBN", "."]
