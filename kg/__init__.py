"""kg: build a knowledge graph of actors and their stances from news articles."""

__version__ = "0.1.0"
