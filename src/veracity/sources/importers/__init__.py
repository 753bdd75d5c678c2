"""Importers that compile the bundled datasets from upstream exports.

Each is runnable: `python -m veracity.sources.importers.<name> RAW_FILE [--out FOLDER]`.
See docs/data.md for where each upstream file comes from and how to refresh it.
"""
