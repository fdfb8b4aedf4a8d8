from decimal import Decimal

import pytest

from shop.pricing import Cart, DiscountError, apply_coupon


@pytest.fixture
def cart() -> Cart:
    c = Cart(currency="EUR")
    c.add("mug", Decimal("12.50"), qty=2)
    c.add("tshirt", Decimal("19.00"))
    return c


def test_subtotal(cart: Cart) -> None:
    assert cart.subtotal() == Decimal("44.00")


@pytest.mark.parametrize(
    ("code", "expected"),
    [("WELCOME10", Decimal("39.60")), ("FREESHIP", Decimal("44.00")), ("HALF", Decimal("22.00"))],
)
def test_coupons(cart: Cart, code: str, expected: Decimal) -> None:
    assert apply_coupon(cart, code).total() == expected


def test_unknown_coupon_is_rejected(cart: Cart) -> None:
    with pytest.raises(DiscountError, match="unknown coupon"):
        apply_coupon(cart, "NOPE")
