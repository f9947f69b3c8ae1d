"""``factkit serve``: a review desk in the browser, with saved reviews and a searchable archive.

Small modules, one job each: :mod:`settings` (what the server runs with), :mod:`migrations` and
:mod:`storage` (the SQLite archive), :mod:`search` (archive queries), :mod:`pool` (analysis in
worker processes), :mod:`reports` (stored report -> exports), :mod:`security` (body limit, token,
headers), :mod:`api` and :mod:`pages` (routes), :mod:`app` (the FastAPI app factory) and
:mod:`importer` (``factkit batch --db``). FastAPI is only imported by ``app``, ``api`` and
``pages``; storage and the importer need only the standard library.
"""

from __future__ import annotations
