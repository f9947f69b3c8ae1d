"""scripts/sizes.py: every bench reads a size such as ``4M`` the same way."""

from __future__ import annotations

import argparse

import pytest

from tests.conftest import ROOT, load_script


@pytest.fixture(autouse=True)
def _scripts_on_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))  # the benches import sizes from there


def test_benches_share_one_size_reader_in_powers_of_ten() -> None:
    # bench_scaling read 4M as 4,194,304 characters, bench_long_inputs as 4,000,000
    scaling = load_script("bench_scaling")
    long_inputs = load_script("bench_long_inputs")
    assert scaling.parse_sizes is long_inputs.parse_sizes
    assert scaling.parse_sizes("4M,256k,1.2M,5000") == [5_000, 256_000, 1_200_000, 4_000_000]


@pytest.mark.parametrize("text", ["1x", "", ",", "0", "-3K"])
def test_a_bad_size_is_a_usage_error(text: str) -> None:
    sizes = load_script("sizes")
    with pytest.raises(argparse.ArgumentTypeError, match="size"):
        sizes.parse_sizes(text)
