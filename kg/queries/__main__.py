"""`python -m kg.queries` prints the README section of the analyst questions."""

from kg.queries import questions_markdown

print(questions_markdown(), end="")
