"""Keep secrets and personal data out of logs, exception messages and traces.

A :class:`Redactor` is an *instance* owned by a client (no module-global state). It knows

* secret values registered at runtime (password, JWT, login token, API keys, VIN, account id,
  person id, e-mail), matched literally and in their URL- and JSON-escaped forms;
* patterns that catch secrets it was never told about: JWTs, Gigya ``st2.`` login tokens, Gigya API
  keys, e-mail addresses (also ``%40``-encoded), VIN-looking 17-character words, and the values of
  sensitive fields (``apikey``, ``x-gigya-id_token``, ``password``, ``login_token``, ``ApiKey``, …)
  in headers, query strings, form bodies and JSON.

Replacements are stable placeholders: ``<VIN:1>``, ``<account:2>``, ``<person:1>`` (numbered, so a
log still shows *which* vehicle a line is about), ``<jwt>``, ``<login_token>``, ``<apikey>``,
``<password>``, ``<email>``, ``<secret>``.

:class:`RedactingFilter` plugs a redactor into :mod:`logging`. Attach it to the *handlers* (a filter
on a logger only sees records created on that exact logger, not those propagated from children)::

    handler.addFilter(RedactingFilter(redactor))
"""

from __future__ import annotations

import itertools
import json
import logging
import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, quote_plus, unquote_plus, urlsplit, urlunsplit

from renault_ext.secrets_patterns import (
    EMAIL_RE,
    GIGYA_API_KEY_RE,
    GIGYA_TOKEN_RE,
    JWT_RE,
    VIN_RE,
)

__all__ = [
    "NUMBERED_KINDS",
    "SENSITIVE_FIELDS",
    "SENSITIVE_HEADERS",
    "RedactingFilter",
    "Redactor",
]

# Path segments whose next segment is an identifier (Kamereon URLs).
_ID_AFTER_SEGMENT: dict[str, str] = {
    "accounts": "account_id",
    "persons": "person_id",
    "cars": "vin",
    "vehicles": "vin",
}

# Kinds whose placeholder carries a number: several distinct values commonly appear in one log
# (an account with two cars), and telling them apart is what makes a redacted log useful.
NUMBERED_KINDS: dict[str, str] = {"vin": "VIN", "account_id": "account", "person_id": "person"}

_GENERIC_PLACEHOLDERS: dict[str, str] = {
    "password": "<password>",
    "jwt": "<jwt>",
    "login_token": "<login_token>",
    "apikey": "<apikey>",
    "email": "<email>",
    "token": "<token>",
    "plate": "<plate>",
    "secret": "<secret>",
}

# Field names (lower-case) whose value is always secret, whatever it looks like.
SENSITIVE_FIELDS: dict[str, str] = {
    "apikey": "apikey",
    "x-gigya-id_token": "jwt",
    "id_token": "jwt",
    "gigya_jwt": "jwt",
    "password": "password",
    "newpassword": "password",
    "login_token": "login_token",
    "gigya_login_token": "login_token",
    "cookievalue": "login_token",
    "oauth_token": "login_token",
    "regtoken": "token",
    "phvtoken": "token",
    "gigyaassertion": "token",
    "providerassertion": "token",
    "uidsignature": "token",
    "loginid": "email",
    "email": "email",
    "vin": "vin",
    "accountid": "account_id",
    "personid": "person_id",
    "gigya_person_id": "person_id",
    "registrationnumber": "plate",
}

SENSITIVE_HEADERS: dict[str, str] = {
    "apikey": "apikey",
    "x-api-key": "apikey",
    "x-gigya-id_token": "jwt",
    "authorization": "secret",
    "proxy-authorization": "secret",
    "cookie": "secret",
    "set-cookie": "secret",
}

# Values shorter than this are not matched literally: replacing every "ab" in a log would garble it
# while protecting nothing (such a value is guessable anyway).
_MIN_LITERAL_LENGTH = 3

_FIELD_NAMES_RE = "|".join(
    re.escape(name) for name in sorted(SENSITIVE_FIELDS, key=len, reverse=True) if name != "email"
)
# key, then separator (= or :, optional quotes), then a quoted or bare value.
_FIELD_RE = re.compile(
    # "<" in the look-behind keeps placeholders such as "<VIN:1>" from being read as "VIN: 1".
    rf"(?P<key>(?<![A-Za-z0-9_<-])(?:{_FIELD_NAMES_RE}))"
    r"(?P<sep>[\"']?\s*[:=]\s*(?P<quote>[\"']?))"
    r"(?P<val>(?<=\")(?:[^\"\\]|\\.)*|(?<=')[^']*|[^\s&\"',;}<>]+)",
    re.IGNORECASE,
)


class Redactor:
    """Replace known secrets and secret-looking text with placeholders.

    Thread-safe: placeholders are assigned under a lock, so two threads logging the same VIN get
    the same ``<VIN:n>``.
    """

    def __init__(self, secrets: Mapping[str, str] | None = None) -> None:
        self._lock = threading.Lock()
        self._placeholders: dict[str, str] = {}  # literal variant -> placeholder
        self._counters: dict[str, int] = {}
        self._by_value: dict[tuple[str, str], str] = {}  # (kind, value) -> placeholder
        self._literal_re: re.Pattern[str] | None = None
        for value, kind in (secrets or {}).items():
            self.add_secret(value, kind)

    # -- registration ---------------------------------------------------------------------------

    def add_secret(self, value: object, kind: str = "secret") -> str:
        """Register a secret value; return the placeholder that will replace it."""
        text = "" if value is None else str(value)
        kind = kind if (kind in NUMBERED_KINDS or kind in _GENERIC_PLACEHOLDERS) else "secret"
        with self._lock:
            return self._add_locked(text, kind)

    def _add_locked(self, text: str, kind: str) -> str:
        key = (kind, text)
        placeholder = self._by_value.get(key)
        if placeholder is None:
            if kind in NUMBERED_KINDS:
                number = self._counters.get(kind, 0) + 1
                self._counters[kind] = number
                placeholder = f"<{NUMBERED_KINDS[kind]}:{number}>"
            else:
                placeholder = _GENERIC_PLACEHOLDERS[kind]
            self._by_value[key] = placeholder
        if len(text) >= _MIN_LITERAL_LENGTH:
            for variant in {text, quote(text, safe=""), quote_plus(text), json.dumps(text)[1:-1]}:
                if variant not in self._placeholders:
                    self._placeholders[variant] = placeholder
                    self._literal_re = None
        return placeholder

    def placeholder_for(self, value: object, kind: str) -> str:
        """Placeholder for ``value`` (registering it, so later free-text mentions are caught too)."""
        return self.add_secret(value, kind)

    # -- redaction ------------------------------------------------------------------------------

    def redact_text(self, text: str) -> str:
        """Redact a free-form string (log line, URL, form body, serialised JSON, traceback)."""
        if not text:
            return text
        text = self._replace_literals(text)
        text = _FIELD_RE.sub(self._field_sub, text)
        text = JWT_RE.sub("<jwt>", text)
        text = GIGYA_TOKEN_RE.sub("<login_token>", text)
        text = GIGYA_API_KEY_RE.sub("<apikey>", text)
        text = EMAIL_RE.sub("<email>", text)
        return VIN_RE.sub(self._vin_sub, text)

    def redact_json(self, value: Any) -> Any:
        """Return a redacted deep copy of a parsed JSON value."""
        if isinstance(value, Mapping):
            out: dict[str, Any] = {}
            for key, item in value.items():
                kind = SENSITIVE_FIELDS.get(str(key).lower())
                if kind is not None and isinstance(item, (str, int, float)) and item != "":
                    out[key] = self.placeholder_for(item, kind)
                else:
                    out[key] = self.redact_json(item)
            return out
        if isinstance(value, list | tuple):
            return [self.redact_json(item) for item in value]
        if isinstance(value, str):
            return self.redact_text(value)
        return value

    def redact_headers(
        self, headers: Mapping[str, str] | Iterable[tuple[str, str]]
    ) -> dict[str, str]:
        """Redact HTTP headers; secret headers lose their whole value."""
        pairs = headers.items() if isinstance(headers, Mapping) else headers
        out: dict[str, str] = {}
        for name, value in pairs:
            kind = SENSITIVE_HEADERS.get(name.lower())
            out[name] = self.placeholder_for(value, kind) if kind else self.redact_text(value)
        return out

    def redact_url(self, url: str) -> str:
        """Redact a URL: user-info, path (ids, VIN) and every query parameter."""
        parts = urlsplit(url)
        netloc = parts.netloc
        if "@" in netloc:
            netloc = "<secret>@" + netloc.rsplit("@", 1)[1]
        query = "&".join(self._redact_query_item(item) for item in parts.query.split("&") if item)
        segments = parts.path.split("/")
        for before, segment in itertools.pairwise(segments):
            # The segment after accounts/persons/cars/vehicles is an id even when this redactor
            # was never told about it (another account, a typed path, a lower-case VIN).
            kind = _ID_AFTER_SEGMENT.get(before)
            if kind is not None and segment and not segment.startswith("{"):
                self.add_secret(segment, kind)
        return urlunsplit(
            (parts.scheme, netloc, self.redact_text(parts.path), query, parts.fragment)
        )

    def redact_form(self, body: str) -> str:
        """Redact an ``application/x-www-form-urlencoded`` body."""
        return "&".join(self._redact_query_item(item) for item in body.split("&") if item)

    # -- internals ------------------------------------------------------------------------------

    def _redact_query_item(self, item: str) -> str:
        name, sep, raw_value = item.partition("=")
        kind = SENSITIVE_FIELDS.get(unquote_plus(name).lower())
        if kind is not None and raw_value:
            return f"{name}={self.placeholder_for(unquote_plus(raw_value), kind)}"
        return f"{self.redact_text(name)}{sep}{self.redact_text(raw_value)}"

    def _replace_literals(self, text: str) -> str:
        with self._lock:
            if not self._placeholders:
                return text
            if self._literal_re is None:
                # Longest first, so a JWT that contains a shorter registered value wins as a whole.
                variants = sorted(self._placeholders, key=len, reverse=True)
                self._literal_re = re.compile("|".join(re.escape(v) for v in variants))
            pattern, table = self._literal_re, dict(self._placeholders)
        return pattern.sub(lambda m: table[m.group(0)], text)

    def _field_sub(self, match: re.Match[str]) -> str:
        value = match.group("val")
        if not value or (value.startswith("<") and value.endswith(">")):
            return match.group(0)
        kind = SENSITIVE_FIELDS[match.group("key").lower()]
        stored = unquote_plus(value) if not match.group("quote") else value
        return f"{match.group('key')}{match.group('sep')}{self.placeholder_for(stored, kind)}"

    def _vin_sub(self, match: re.Match[str]) -> str:
        return self.placeholder_for(match.group(0), "vin")


class RedactingFilter(logging.Filter):
    """Logging filter that redacts the message, its arguments, tracebacks and stack info.

    The record is rewritten in place (``msg`` becomes the final redacted string, ``args`` is
    cleared, the traceback is pre-formatted into a redacted ``exc_text``), so every handler and
    formatter downstream sees only the redacted form.
    """

    def __init__(self, redactor: Redactor, name: str = "") -> None:
        super().__init__(name)
        self.redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError, KeyError):  # a bad format must not leak raw arguments
            message = f"{record.msg!s} {record.args!r}"
        record.msg = self.redactor.redact_text(message)
        record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            text = record.exc_text or logging.Formatter().formatException(record.exc_info)
            record.exc_text = self.redactor.redact_text(text)
            # Formatters re-render exc_info only when exc_text is empty; dropping it stops any
            # handler that formats the exception itself from seeing the raw values.
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = self.redactor.redact_text(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redactor.redact_text(record.stack_info)
        return True
