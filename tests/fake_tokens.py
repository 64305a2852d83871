"""JWT-shaped test tokens, built at run time from readable claims.

No token literal sits in the test sources: what a test needs is the shape (three base64url parts),
and the claims say plainly that nothing real is inside.
"""

from __future__ import annotations

import base64
import json
from typing import Any


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def fake_jwt(
    claims: dict[str, Any],
    *,
    header: dict[str, Any] | None = None,
    signature: str = "fake-signature",
) -> str:
    parts = (header or {"alg": "HS256", "typ": "JWT"}, claims)
    encoded = [b64url(json.dumps(part, separators=(",", ":")).encode()) for part in parts]
    return ".".join([*encoded, signature])


# A long signature part, as real tokens have (redaction patterns must cover all three parts).
LONG_SIGNATURE = b64url(b"signature-signature-signature")
