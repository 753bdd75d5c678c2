"""Quantities in claim text: how many of what, done how, when and by which country.

    >>> from veracity.quantities import read_quantities
    >>> [q] = read_quantities("Five hundred new fighter jets are being procured this year.", 2024)
    >>> q.amount.stated, q.category.id, q.measure, q.period.start
    (500.0, 'fighters', 'order', 2024)

One module per concept: `numbers` (digits and number words), `amounts` (qualifiers and
ranges), `categories` (what is counted, mapped to Global Firepower and SIPRI), `actions`
(ordered, delivered, overhauled, …), `periods` ("this year", "so far"), `subjects` (the
country), `parse` (all of it per claim), `ledger` (an article's quantities, indexed) and `deals`
(the SIPRI register, indexed).
"""

from veracity.quantities.actions import Action
from veracity.quantities.amounts import Amount
from veracity.quantities.categories import CATEGORIES, Category
from veracity.quantities.numbers import NumberMention, find_cardinals
from veracity.quantities.parse import Quantity, claim_quantities, read_quantities
from veracity.quantities.periods import Period
from veracity.quantities.subjects import article_country, subject_country

__all__ = [
    "CATEGORIES",
    "Action",
    "Amount",
    "Category",
    "NumberMention",
    "Period",
    "Quantity",
    "article_country",
    "claim_quantities",
    "find_cardinals",
    "read_quantities",
    "subject_country",
]
