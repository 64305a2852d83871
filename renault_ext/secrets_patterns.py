"""The one definition of what a secret looks like in free text.

Used by the log/exception redactor (:mod:`renault_ext.redaction`) and the trace anonymiser
(:mod:`renault_ext.traces.sensitive`). Each pattern is the broader of the forms the two used to
keep apart, so a value one of them catches the other does too. Standard library only: the client
imports this on every start.
"""

from __future__ import annotations

import re

# Start of a value: not inside a longer word, or right after a URL escape (``%20eyJ…`` in an
# encoded header, ``cars%2FVF1…`` in an encoded path).
_START = r"(?:(?<![A-Za-z0-9])|(?<=%[0-9A-Fa-f]{2}))"

# Header + payload (+ optional signature): an unsigned JWT is still an identity token.
JWT_RE = re.compile(_START + r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")

# Also URL-encoded (``%40``): e-mails travel in query strings and Gigya form bodies.
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

# 17 characters without I, O, Q, mixing letters and digits (17-digit numbers and all-letter words
# are not VINs); not part of a longer letter/digit run, but may follow "_" (``vin_VF1…``).
VIN_RE = re.compile(
    _START + r"(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])"
    r"[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])"
)

# Gigya login tokens (``st2.…``) and their relatives (``st3.``, ``glt.``, ``gltexp_.``): base64url
# with dots, sometimes plain base64 (``+/=``).
GIGYA_TOKEN_RE = re.compile(_START + r"(?:st2|st3|gltexp|glt)_?\.[A-Za-z0-9._~+/=-]{10,}")

# Gigya API keys: "3_" or "4_" then a long base64url string.
GIGYA_API_KEY_RE = re.compile(r"(?:(?<![A-Za-z0-9_-])|(?<=%[0-9A-Fa-f]{2}))[34]_[A-Za-z0-9_-]{20,}")

BEARER_RE = re.compile(r"(?i)\bBearer\s+[A-Za-z0-9._~+/=-]{8,}")

# Kamereon account and person ids, Gigya UIDs: shown values in reports must not be these.
UUID_RE = re.compile(r"(?i)\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")

_ANY_SECRET = (JWT_RE, EMAIL_RE, VIN_RE, GIGYA_TOKEN_RE, GIGYA_API_KEY_RE, BEARER_RE, UUID_RE)


def looks_secret(text: str) -> bool:
    """Whether ``text`` contains something shaped like a secret (for reports that show values)."""
    return any(pattern.search(text) for pattern in _ANY_SECRET)


_UNESCAPED_QUOTE_RE = re.compile(r'(?<!\\)"')


def mask_cut_string(text: str) -> str:
    """A body cut off inside a JSON string (a truncated answer) ends with part of a value that
    no pattern recognises (14 of a VIN's 17 characters, half an e-mail): hide that tail.

    Complete JSON has an even number of unescaped quotes, so it is returned unchanged.
    """
    quotes = [m.start() for m in _UNESCAPED_QUOTE_RE.finditer(text)]
    if len(quotes) % 2 == 0:
        return text
    return text[: quotes[-1] + 1] + "<cut>"
