"""`verify extract`: turn a news article (plain text, Markdown, HTML) into a claim set.

    from veracity.extract import extract, extract_to_file
    claim_set = extract("claims/kz2024.txt")                   # in memory
    result = extract_to_file("article.html", "claims/x.yaml")  # written, or merged into

The steps, one module each: `reading` (and `from_text`, `from_markdown`, `from_html`) reduce the
file to a `Document`; `segment` cuts sentences; `split` cuts sentences into atomic statements;
`credit` reads a source line as metadata; `worthiness` marks what cannot be checked, with the
cue words of `cues.yaml` (a versioned data lexicon); `references` restates a pronoun subject;
`ids` names claims; `pipeline` ties them together; `output` writes YAML; `merge` folds a new
extraction into a curated file.
"""

from veracity.extract.document import Document
from veracity.extract.extraction import Extraction, extract, extract_to_file
from veracity.extract.overlap import coverage
from veracity.extract.reading import read_article

__all__ = ["Document", "Extraction", "coverage", "extract", "extract_to_file", "read_article"]
