"""RA.1–RA.3: the highest-averages heap compares quotients by integer cross-multiplication
(no Fraction built per claim); it must give exactly what the Fraction-keyed heap gave."""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from congress_app.rules.apportionment import _apportion_sizes, _Claim
from congress_app.rules.seats import DHONDT, HAMILTON, METHODS


def reference_apportion_sizes(
    sizes: Mapping[str, int], seats: int, method: str, initial: bool, caps: Mapping[str, int]
) -> dict[str, int]:
    """The implementation before issue 15 (Fraction keys), kept as the reference."""
    result = {code: (1 if initial else 0) for code in sizes}
    if method == HAMILTON:
        return _apportion_sizes(sizes, seats, method, initial, caps)  # unchanged
    step = 1 if method == DHONDT else 2

    def key(c: str) -> tuple[Fraction, int, str]:
        return (-Fraction(sizes[c], step * result[c] + 1), -sizes[c], c)

    heap = [key(c) for c in sizes if result[c] < caps.get(c, seats)]
    heapq.heapify(heap)
    for _ in range(seats - sum(result.values())):
        if not heap:
            break
        best = heapq.heappop(heap)[2]
        result[best] += 1
        if result[best] < caps.get(best, seats):
            heapq.heappush(heap, key(best))
    return result


codes = st.sampled_from([f"u{i:02d}" for i in range(12)])
# few distinct sizes, so equal quotients (ties, and n/d = m/e across units) are common
sized = st.dictionaries(codes, st.sampled_from([1, 2, 3, 4, 6, 8, 9, 12, 15, 18, 30, 45, 120]), min_size=1)


@settings(max_examples=300, deadline=None)
@given(
    sized,
    st.integers(0, 120),
    st.sampled_from(METHODS),
    st.booleans(),
    st.dictionaries(codes, st.integers(0, 15)),
)
def test_integer_claims_share_the_seats_as_the_fraction_keys_did(
    sizes: dict[str, int], seats: int, method: str, initial: bool, caps: dict[str, int]
) -> None:
    seats = max(seats, len(sizes)) if initial else seats
    assert _apportion_sizes(sizes, seats, method, initial, caps) == reference_apportion_sizes(
        sizes, seats, method, initial, caps
    )


@given(
    st.integers(1, 10**6), st.integers(1, 10**4), st.integers(1, 10**6), st.integers(1, 10**4), codes, codes
)
def test_a_claim_orders_as_its_fraction_then_size_then_code(
    a: int, d: int, b: int, e: int, x: str, y: str
) -> None:
    def old(n: int, den: int, c: str) -> tuple[Fraction, int, str]:
        return (-Fraction(n, den), -n, c)

    assert (_Claim(a, d, x) < _Claim(b, e, y)) == (old(a, d, x) < old(b, e, y))
