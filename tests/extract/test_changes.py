"""Re-extraction tells which claims of the file moved, changed, or no longer match."""

from __future__ import annotations

from veracity.claims.models import Claim
from veracity.extract.changes import changed, moved


def claim(identifier: str, text: str) -> Claim:
    return Claim(id=identifier, text=text, quote=text.rstrip("."))


A = claim("a", "Poland ordered 32 F-35A jets in 2020.")
B = claim("b", "Romania flies 17 F-16s.")
C = claim("c", "Norway ordered four submarines.")


def test_claims_out_of_the_file_order_moved() -> None:
    article = f"{C.text} {A.text} {B.text}"
    assert moved([A, B, C], article) == (C,)
    assert moved([A, B, C], f"{A.text} {B.text} {C.text}") == ()
    assert moved([A, B, C], "Nothing of it.") == ()


def test_an_edited_statement_is_changed_not_gone() -> None:
    edited = claim("b2", "Romania flies 18 F-16s.")
    other = claim("d", "Bulgaria bought eight F-16 Block 70 jets.")
    assert changed([B], [other, edited]) == ((B, edited),)
    assert changed([C], [other, edited]) == ()
