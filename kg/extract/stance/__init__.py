"""Stance typing: cue lexicon (data), stance types (DESIGN §4)."""

from kg.extract.stance.lexicon import load_cues, lookup
from kg.extract.stance.types import STANCE_TYPES, StanceType

__all__ = ["STANCE_TYPES", "StanceType", "load_cues", "lookup"]
