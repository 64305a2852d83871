"""JWTs and opaque tokens issued by the fake Gigya.

HS256 with a per-run secret is enough: clients never verify the signature (they only read ``exp``),
while the server does, so a forged or foreign token is refused like a real one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import random
from typing import Any


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class JwtError(ValueError):
    """The token is malformed or its signature does not match."""


class TokenFactory:
    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._secret = rng.randbytes(32)

    def random_hex(self, nbytes: int = 16) -> str:
        return self._rng.randbytes(nbytes).hex()

    def login_token(self) -> str:
        # Real login tokens (sessionInfo.cookieValue) start with "st2.s.".
        return "st2.s." + _b64(self._rng.randbytes(36))

    def jwt(self, claims: dict[str, Any]) -> str:
        header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
        signature = hmac.new(self._secret, f"{header}.{payload}".encode(), hashlib.sha256).digest()
        return f"{header}.{payload}.{_b64(signature)}"

    def decode(self, token: str) -> dict[str, Any]:
        """Claims of a token this factory signed; raises JwtError otherwise."""
        parts = token.split(".")
        if len(parts) != 3:
            raise JwtError("not a JWT")
        header, payload, signature = parts
        expected = hmac.new(self._secret, f"{header}.{payload}".encode(), hashlib.sha256).digest()
        try:
            given = _unb64(signature)
            claims = json.loads(_unb64(payload))
        except (ValueError, json.JSONDecodeError) as exc:
            raise JwtError("undecodable JWT") from exc
        if not hmac.compare_digest(expected, given) or not isinstance(claims, dict):
            raise JwtError("bad signature")
        return claims
