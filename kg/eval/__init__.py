"""Evaluation on external gold data (`kg eval ...`); see `kg.eval.data` for where it lives."""
