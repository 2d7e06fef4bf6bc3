"""Example package for `python -m reports.build` (see examples/pyproject.toml)."""
