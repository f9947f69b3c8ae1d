"""The desk's JSON answers (``factkit.serve.json_answer``)."""

from __future__ import annotations

import json
import math

import pytest

pytest.importorskip("fastapi", reason="needs the serve extra: pip install 'factkit[serve]'")

from factkit.serve.json_answer import JSONAnswer


def test_an_answer_escapes_del_and_c1_and_loads_back_the_same() -> None:
    # Starlette's JSONResponse wrote them raw (json.dumps with ensure_ascii=False)
    body = {"text": "said\x7f 5\x9b died", "title": "café"}
    written = JSONAnswer(body).body
    assert written == b'{"text":"said\\u007f 5\\u009b died","title":"caf\\u00e9"}'
    assert json.loads(written) == body
    assert JSONAnswer({"title": "café"}).body == '{"title":"café"}'.encode()  # as Starlette's


def test_an_answer_refuses_nan_as_starlette_does() -> None:
    with pytest.raises(ValueError):
        JSONAnswer({"score": math.nan})
