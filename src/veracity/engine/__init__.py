"""The run machinery: plugin discovery and loading (`plugins`, `plugin_settings`), the runner
that checks each claim (`runner`, with the per-claim `guard`), the verdict rule
(`aggregate`) and batches of claim sets (`batch`).

Named `engine`, not `run`: `veracity.run` is the public function that runs verifiers over a
claim set, and a sub-package of that name would shadow it. The public entry points are
re-exported by `veracity` itself (`veracity.run`, `veracity.default_verifiers`).
"""
