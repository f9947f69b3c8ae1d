"""factkit.verification.number_per_unit: a count the article gives per unit ("the first 100
customers at each of the stores") is no total where the article gives the total too ("500
customers around the country")."""

from __future__ import annotations

from tests.verification.conftest import number_mismatches

DOLLS = (
    "The original 1959 Barbie doll goes back on sale this Saturday in Australia. "
    "The first 100 customers at each of the Melbourne, Sydney, Perth, Brisbane and Adelaide "
    "stores can buy the doll for the special heritage price. "
    "Myer stores will offer the first 100 customers the doll for the original price of $3.00. "
    "'We expect a lot of interest as 500 lucky Myer customers around the country will be able "
    "to buy the doll at her original price of $3.00.'"
)


SUMMARY = "The first 100 dolls will be sold for the original 1959 price of $3.00."


def test_a_count_per_unit_is_no_total() -> None:
    details = number_mismatches(SUMMARY, DOLLS)
    assert [g for d, g in details if "per unit" in d] == ["500"], details
    # the summary's own per-unit word keeps the count per unit
    kept = "The first 100 customers at each store can buy the doll for $3.00."
    assert not any("per unit" in d for d, _ in number_mismatches(kept, DOLLS))


def test_a_count_per_unit_needs_a_larger_total_of_its_noun() -> None:
    # no total of customers ("many lucky Myer shoppers"): the 100 may be all there is
    article = DOLLS.replace("500 lucky Myer customers", "many lucky Myer shoppers")
    assert not any("per unit" in d for d, _ in number_mismatches(SUMMARY, article))
    assert [g for d, g in number_mismatches(SUMMARY, DOLLS) if "per unit" in d] == ["500"]
