"""Format-preserving anonymisation of traces, cassettes and bodies.

Unlike a log redactor (which hides a value behind `***`), the anonymiser keeps traces usable as
fixtures: a VIN stays a 17-character VIN (``VF1AAAA…``), a plate stays a plate (``REG-001``), a
radio code becomes ``1234``, GPS moves to a public place (Paris), and the same original always gets
the same replacement within one file, in URLs, headers and bodies alike.

Values are found by name (JSON keys, headers, form fields, query parameters, URL segments after
``/accounts/``, ``/persons/``, ``/cars/``, ``/vehicles/``; plus every property the spec marks
``x-personal-data``) and by pattern in free text (JWTs, e-mails, VINs, Gigya tokens, bearer
tokens). Every original found is then also replaced wherever it occurs again in free text, as a
word or glued to other text between separators (:mod:`renault_ext.traces.known_values`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from renault_ext.secrets_patterns import mask_cut_string
from renault_ext.traces import sensitive as s
from renault_ext.traces.known_values import KnownValues

_PUBLIC_PLACE = {s.LATITUDE: 48.8530, s.LONGITUDE: 2.3499}  # parvis de Notre-Dame, Paris
_SEGMENT_AFTER = {
    "accounts": s.ACCOUNT_ID,
    "persons": s.PERSON_ID,
    "cars": s.VIN,
    "vehicles": s.VIN,
}
_SECRET_ALWAYS = frozenset({s.PASSWORD, s.JWT, s.TOKEN, s.API_KEY, s.COOKIE})
_PERSONAL = "personal"
# Names the spec marks personal in one schema but that are generic words elsewhere: "code" is the
# 2FA code in one form and a model or error code in the next body, "id" any identifier,
# "verified" a list of e-mails or a timestamp. Replacing them by name everywhere garbled model
# codes and error codes (and made the tool's own traces drift from the spec), so they are not
# taken by name; the values that matter in them are caught by pattern (e-mails, VINs) or below
# (the 2FA code of a Gigya form).
_GENERIC_PERSONAL_NAMES = frozenset(
    {"id", "code", "civility", "verified", "unverified", "obfuscated", "login"}
)
_SECRET_FORM_FIELDS = {"code": s.TOKEN}  # accounts.tfa.email.completeVerification


@dataclass
class Anonymiser:
    """Stateful: one instance per output file, so replacements are consistent within the file."""

    keep_location: bool = False
    personal_names: frozenset[str] = frozenset()
    _known: KnownValues = field(default_factory=KnownValues)
    _numbers: dict[tuple[str, float], float] = field(default_factory=dict)
    _counters: dict[str, int] = field(default_factory=dict)
    _personal_lower: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self._personal_lower = (
            frozenset(n.lower() for n in self.personal_names) - _GENERIC_PERSONAL_NAMES
        )

    # -- categories and fakes ------------------------------------------------------------
    def category(self, name: str) -> str | None:
        found = s.category_of(name)
        if found is None and name.lower() in self._personal_lower:
            return _PERSONAL
        return found

    def _next(self, category: str) -> int:
        self._counters[category] = self._counters.get(category, 0) + 1
        return self._counters[category]

    def _fake(self, category: str, original: str) -> str:
        n = self._next(category)
        if category == s.VIN:
            digits = max(len(original) - 7, 0)
            return (
                ("VF1AAAA" + str(n).zfill(digits))[: max(len(original), 1)]
                if digits
                else "VF1AAAA"[: len(original)]
            )
        if category == s.EMAIL:
            return f"user{n}@example.com"
        if category == s.PHONE:
            plus = "+" if original.startswith("+") else ""
            width = max(len(original) - len(plus), len(str(n)))
            return plus + str(n).zfill(width)
        if category == s.PLATE:
            return f"REG-{n:03d}"
        if category == s.RADIO:
            return "1234"
        if category == s.PASSWORD:
            return "REDACTED-PASSWORD"
        prefixes = {
            s.ACCOUNT_ID: "account-id-",
            s.PERSON_ID: "person-id-",
            s.USER_ID: "user-id-",
            s.OTHER_ID: "id-",
            s.NAME: "Name",
            s.ADDRESS: "address-",
            s.JWT: "REDACTED-JWT-",
            s.TOKEN: "REDACTED-TOKEN-",
            s.API_KEY: "REDACTED-API-KEY-",
            s.COOKIE: "REDACTED-COOKIE-",
        }
        return f"{prefixes.get(category, 'REDACTED-')}{n}"

    def replace_string(self, category: str, original: str) -> str:
        if category in (s.LATITUDE, s.LONGITUDE):
            try:
                return repr(self.replace_number(category, float(original)))
            except ValueError:
                category = _PERSONAL
        if not original or self._known.is_fake(original):
            return original
        if s.looks_anonymous(original) and (
            category not in _SECRET_ALWAYS or original.startswith(("REDACTED", "sample-"))
        ):
            return original
        found = self._known.get(original)
        if found is None:
            found = self._fake(category, original)
            self._known.add(original, found)
        return found

    def replace_number(self, category: str, original: float) -> float:
        if self.keep_location and category in (s.LATITUDE, s.LONGITUDE):
            return original
        key = (category, float(original))
        found = self._numbers.get(key)
        if found is None:
            found = round(_PUBLIC_PLACE.get(category, 0.0) + 0.001 * self._next(category), 6)
            self._numbers[key] = found
        return found

    def replace_scalar(self, category: str, value: Any) -> Any:
        if self.keep_location and category in (s.LATITUDE, s.LONGITUDE):
            return value
        if isinstance(value, bool) or value is None:
            return value
        if isinstance(value, (int, float)):
            if category in (s.LATITUDE, s.LONGITUDE):
                return self.replace_number(category, value)
            if category == s.RADIO:
                return 1234
            return self.replace_string(category, str(value)) if category != _PERSONAL else 0
        return self.replace_string(category, str(value))

    # -- free text -------------------------------------------------------------------------
    def text(self, value: str) -> str:
        """Replace every known original and every secret-looking pattern in free text."""
        if not value:
            return value
        value = self._known.replace_in(value)
        value = s.JWT_RE.sub(lambda m: self.replace_string(s.JWT, m.group(0)), value)
        value = s.BEARER_RE.sub(
            lambda m: "Bearer " + self.replace_string(s.TOKEN, m.group(0)[7:].strip()), value
        )
        value = s.GIGYA_TOKEN_RE.sub(lambda m: self.replace_string(s.TOKEN, m.group(0)), value)
        value = s.GIGYA_API_KEY_RE.sub(lambda m: self.replace_string(s.API_KEY, m.group(0)), value)
        value = s.EMAIL_RE.sub(lambda m: self.replace_string(s.EMAIL, m.group(0)), value)
        value = s.VIN_RE.sub(lambda m: self.replace_string(s.VIN, m.group(0)), value)
        return value

    # -- structured values ---------------------------------------------------------------------
    def json_value(self, value: Any, category: str | None = None) -> Any:
        if isinstance(value, Mapping):
            return {self._json_key(k): self._json_member(k, v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.json_value(v, category) for v in value]
        if category is not None:
            return self.replace_scalar(category, value)
        if isinstance(value, str):
            return self._string(value)
        return value

    def _json_key(self, key: Any) -> Any:
        # Field names are words; a key with a digit, "@" or "%" may be data (a VIN, an e-mail).
        if isinstance(key, str) and _KEY_MAY_BE_DATA.search(key):
            return self.text(key)
        return key

    def _json_member(self, key: str, value: Any) -> Any:
        category = self.category(key)
        if category is None or isinstance(value, Mapping):
            return self.json_value(value)
        if isinstance(value, list):  # a list of e-mails, say; lists of objects recurse normally
            return [
                self.replace_scalar(category, v)
                if not isinstance(v, (Mapping, list))
                else self.json_value(v)
                for v in value
            ]
        return self.replace_scalar(category, value)

    def _string(self, value: str) -> str:
        stripped = value.strip()
        if stripped[:1] in ("{", "[") and len(stripped) > 1:
            try:
                inner = json.loads(stripped)
                # Serialised JSON inside a string (Kamereon errorMessage): anonymise structurally.
                return json.dumps(self.json_value(inner), ensure_ascii=False, separators=(",", ":"))
            except (ValueError, RecursionError):  # not JSON, or nested too deeply to walk
                pass
        return self.text(value)

    def body(self, text: str | None, content_type: str | None = None) -> str | None:
        """An HTTP body: JSON structurally, form fields by name, anything else as free text."""
        if text is None or not text.strip():
            return text
        stripped = text.strip()
        if stripped[:1] in ("{", "["):
            try:
                value = json.loads(stripped)
                out = self.json_value(value)
            except (ValueError, RecursionError):
                # Not JSON (truncated, say), or nested too deeply to walk: its "name": value
                # pairs still name what they hold, then the rest is scrubbed as free text.
                return self.text(self._json_pairs(mask_cut_string(text)))
            if "\n" in stripped:
                return json.dumps(out, ensure_ascii=False, indent=2) + (
                    "\n" if text.endswith("\n") else ""
                )
            return json.dumps(out, ensure_ascii=False, separators=(",", ":"))
        if (content_type and "x-www-form-urlencoded" in content_type.lower()) or _looks_like_form(
            stripped
        ):
            return self.form(stripped)
        return self.text(text)

    def _json_pairs(self, text: str) -> str:
        def replace(match: re.Match[str]) -> str:
            category = self.category(match.group(1))
            raw = match.group(2)
            if category is None:
                return match.group(0)
            try:
                value = json.loads(raw)
            except ValueError:
                return match.group(0)
            fake = self.replace_scalar(category, value)
            return match.group(0)[: match.start(2) - match.start(0)] + json.dumps(
                fake, ensure_ascii=False
            )

        return _JSON_PAIR_RE.sub(replace, text)

    def form(self, text: str) -> str:
        pairs = parse_qsl(text, keep_blank_values=True)
        return urlencode([(k, self._form_value(k, v)) for k, v in pairs])

    def _form_value(self, key: str, value: str) -> str:
        category = self.category(key) or _SECRET_FORM_FIELDS.get(key.lower())
        if category is not None:
            return str(self.replace_scalar(category, value))
        return self._string(value)

    def url(self, url: str) -> str:
        parts = urlsplit(url)
        segments = parts.path.split("/")
        out: list[str] = []
        previous = ""
        for segment in segments:
            category = _SEGMENT_AFTER.get(previous)
            if segment and category is not None and segment not in _SEGMENT_AFTER:
                out.append(quote(self.replace_string(category, unquote(segment)), safe="@"))
            else:
                out.append(self.text(segment))
            previous = segment
        query = parts.query
        if query:
            query = urlencode(
                [(k, self._form_value(k, v)) for k, v in parse_qsl(query, keep_blank_values=True)],
                safe=",",
            )
        netloc = parts.netloc
        if "@" in netloc:  # user:password@host
            netloc = "REDACTED@" + netloc.rsplit("@", 1)[1]
        return urlunsplit((parts.scheme, netloc, "/".join(out), query, self.text(parts.fragment)))

    def header(self, name: str, value: str) -> str:
        lower = name.lower()
        if lower == "cookie":
            return "; ".join(self._cookie_pair(p) for p in value.split(";"))
        if lower == "set-cookie":
            first, _, rest = value.partition(";")
            return self._cookie_pair(first) + (";" + self.text(rest) if rest else "")
        category = self.category(name)
        if category is not None:
            if lower == "authorization" and " " in value:
                scheme, _, token = value.partition(" ")
                return f"{scheme} {self.replace_string(s.TOKEN, token.strip())}"
            return str(self.replace_scalar(category, value))
        return self.text(value)

    def _cookie_pair(self, pair: str) -> str:
        name, eq, value = pair.strip().partition("=")
        if not eq:
            return self.replace_string(s.COOKIE, name) if name else name
        name = self.cookie_name(name)
        return f"{name}={self.replace_string(s.COOKIE, value)}" if value else f"{name}="

    def cookie_name(self, name: str) -> str:
        """Gigya names its cookies after the API key (``gac_3_…``, ``glt_3_…``)."""
        prefix, sep, rest = name.partition("_")
        if sep and s.GIGYA_API_KEY_RE.fullmatch(rest):
            return f"{prefix}_{self.replace_string(s.API_KEY, rest)}"
        return self.text(name)

    def headers(self, headers: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, value in headers.items():
            if isinstance(value, list):
                out[name] = [self.header(name, str(v)) for v in value]
            else:
                out[name] = self.header(name, str(value)) if value is not None else None
        return out


# "name": "string" or "name": number, in JSON that could not be parsed.
_JSON_PAIR_RE = re.compile(r'"([A-Za-z_][\w.-]*)"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)')
_KEY_MAY_BE_DATA = re.compile(r"[0-9@%]")
_FORM_RE = re.compile(r"^[\w.%+~-]+=[^&\s]*(?:&[\w.%+~-]+=[^&\s]*)*$")


def _looks_like_form(text: str) -> bool:
    return bool(_FORM_RE.match(text))
