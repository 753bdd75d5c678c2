"""One analysis per claim, built once and read by every verifier.

`ClaimDoc` is what the claim's text was read as: its tokens, the words that turn it around
(negation, possibility, a question), the year "this year" means, its quantities, the names of
systems, makers, organisations, countries and regions it holds, its role and class words, the
former states it names, and the transfer assertions (who orders, receives or supplies which
system). Each of these is a *stage* (`veracity.analysis.stages`): a small function of the claim
and the stages before it, computed the first time a verifier asks and then shared by every
verifier of the claim. A verifier reads it with `context.analysis(claim)`.

`reading(doc)` gives the part of the analysis a report shows ("read as").
"""

from veracity.analysis.doc import ClaimDoc
from veracity.analysis.features import FEATURES, Feature
from veracity.analysis.reading import Reading, reading
from veracity.analysis.stages import STAGES, Stage

__all__ = ["FEATURES", "STAGES", "ClaimDoc", "Feature", "Reading", "Stage", "reading"]
