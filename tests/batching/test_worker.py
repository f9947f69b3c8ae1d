"""factkit.batching.worker: the config a worker process builds its pipeline from."""

from __future__ import annotations

from factkit.batching.worker import worker_config
from factkit.config import Config


def test_a_worker_runs_one_encoder_thread_unless_the_config_sets_them() -> None:
    data = worker_config(Config())
    assert data["encoder"]["threads"] == 1
    assert Config.model_validate(data).encoder.threads == 1  # still a valid config
    chosen = Config.model_validate({"encoder": {"threads": 3}})
    assert worker_config(chosen)["encoder"]["threads"] == 3
