"""Summary verification: is each summary sentence backed by the article?

The rules are described in :mod:`factkit.verification.verifier`. Modules:

- ``text``: word lists, tokenizers, stems and number/name context helpers;
- ``index``: the article index, built from the annotate stage's
  :class:`~factkit.annotate.Annotations` (names and numbers with their surroundings, the
  article's words and stems);
- ``align``: which article sentences support a summary sentence, and evidence windows;
- ``names``, ``numbers``, ``references``, ``boilerplate``: reading names, numbers people
  write (scorelines, ages), descriptions and boilerplate lines;
- ``checks``: one module per check (``numbers``, ``speakers``, ``dates``, ``names``) over a
  shared :class:`~factkit.verification.checks.SentenceContext`;
- ``decision``: the decision layer over the evidence of each name or number slot;
- ``score``: the calibrated score and verdict of each sentence and the summary;
- ``verifier``: the :class:`Verifier` (annotations in, one context per summary sentence, the
  checks, the verdict) and :func:`verify`.
"""

from __future__ import annotations

from factkit.verification.decision import DECISION_FILE, decision_features
from factkit.verification.verifier import Verifier, verify

__all__ = ["DECISION_FILE", "Verifier", "decision_features", "verify"]
