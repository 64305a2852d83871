"""Reading the JWT's claims: expiry and the person id (which saves a Gigya round trip)."""

from __future__ import annotations

from fake_tokens import fake_jwt as token

from renault_ext.auth import jwt_expiry, jwt_person_id


def test_person_id_is_read_from_the_jwt_claim_or_not_at_all() -> None:
    assert jwt_person_id(token({"data.personId": "p-1"})) == "p-1"
    assert jwt_person_id(token({"data": {"personId": "p-2"}})) == "p-2"
    assert jwt_person_id(token({"sub": "uid"})) is None
    assert jwt_person_id("not-a-jwt") is None


def test_expiry_comes_from_the_exp_claim() -> None:
    assert jwt_expiry(token({"exp": 1700000000})) == 1700000000.0
    assert jwt_expiry(token({"sub": "no exp"})) is None
    assert jwt_expiry("garbage") is None
