"""Which names and values hold personal data or secrets.

Shared by the validator (never print such values) and the anonymiser (rewrite them). The
anonymiser adds the names the spec marks ``x-personal-data``; these built-in rules cover traffic
the spec does not describe (headers, Gigya fields, unknown properties).
"""

from __future__ import annotations

from functools import lru_cache

# The anonymiser's free-text patterns, defined once for it and the log redactor.
from renault_ext.secrets_patterns import (  # noqa: F401 - re-exported
    BEARER_RE,
    EMAIL_RE,
    GIGYA_API_KEY_RE,
    GIGYA_TOKEN_RE,
    JWT_RE,
    VIN_RE,
)

# Category of a key / header / form field / query parameter name (compared lower-cased).
VIN = "vin"
ACCOUNT_ID = "account-id"
PERSON_ID = "person-id"
USER_ID = "user-id"
OTHER_ID = "id"
EMAIL = "email"
NAME = "name"
PHONE = "phone"
ADDRESS = "address"
PLATE = "plate"
RADIO = "radio"
PASSWORD = "password"
JWT = "jwt"
TOKEN = "token"
API_KEY = "api-key"
COOKIE = "cookie"
LATITUDE = "latitude"
LONGITUDE = "longitude"

_NAME_CATEGORIES: dict[str, str] = {
    "vin": VIN,
    "accountid": ACCOUNT_ID,
    "account_id": ACCOUNT_ID,
    "personid": PERSON_ID,
    "person_id": PERSON_ID,
    "uid": USER_ID,
    "userid": USER_ID,
    "user_id": USER_ID,
    "kmruserid": USER_ID,
    "idpid": USER_ID,
    "partyid": OTHER_ID,
    "mdmid": OTHER_ID,
    "externalid": OTHER_ID,
    "gigyaid": USER_ID,
    "email": EMAIL,
    "emailvalue": EMAIL,
    "loginid": EMAIL,
    "login": EMAIL,
    "username": EMAIL,
    "firstname": NAME,
    "lastname": NAME,
    "fullname": NAME,
    "givenname": NAME,
    "familyname": NAME,
    "surname": NAME,
    "nickname": NAME,
    "phone": PHONE,
    "phonevalue": PHONE,
    "phonenumber": PHONE,
    "mobile": PHONE,
    # Gigya's profile.phones[].number; no Renault payload has another "number" field.
    "number": PHONE,
    "addressline1": ADDRESS,
    "addressline2": ADDRESS,
    "addressline3": ADDRESS,
    "street": ADDRESS,
    "postalcode": ADDRESS,
    "zipcode": ADDRESS,
    "registrationnumber": PLATE,
    "plate": PLATE,
    "licenseplate": PLATE,
    "radiocode": RADIO,
    "password": PASSWORD,
    "newpassword": PASSWORD,
    "id_token": JWT,
    "x-gigya-id_token": JWT,
    "idtoken": JWT,
    "authorization": TOKEN,
    "proxy-authorization": TOKEN,
    "login_token": TOKEN,
    "logintoken": TOKEN,
    "cookievalue": TOKEN,
    "regtoken": TOKEN,
    "uidsignature": TOKEN,
    "gigyaassertion": TOKEN,
    "provideassertion": TOKEN,
    "providerassertion": TOKEN,
    "phvtoken": TOKEN,
    "loginb": TOKEN,
    "loginsalt": TOKEN,
    "secret": TOKEN,
    "apikey": API_KEY,
    "api_key": API_KEY,
    "x-api-key": API_KEY,
    "cookie": COOKIE,
    "set-cookie": COOKIE,
    "gmid": COOKIE,
    "ucid": COOKIE,
    "hasgmid": COOKIE,
    "gpslatitude": LATITUDE,
    "latitude": LATITUDE,
    "lat": LATITUDE,
    "gpslongitude": LONGITUDE,
    "longitude": LONGITUDE,
    "lon": LONGITUDE,
    "lng": LONGITUDE,
}


@lru_cache(maxsize=4096)
def category_of(name: str) -> str | None:
    """Category of a field/header name, or None when the name says nothing."""
    key = name.strip().lower()
    found = _NAME_CATEGORIES.get(key)
    if found is not None:
        return found
    # Suffix rules catch vendor variants (`vehicleVin`, `ownerEmail`, `x-foo-token`).
    if key.endswith("vin") and len(key) <= 12:
        return VIN
    if key.endswith(("email", "emails")):
        return EMAIL
    if key.endswith(("token", "password", "secret")):
        return TOKEN if not key.endswith("password") else PASSWORD
    if key.endswith("apikey"):
        return API_KEY
    return None


def is_sensitive_name(name: str) -> bool:
    return category_of(name) is not None


_PLACEHOLDER_PREFIXES = (
    "VF1AAAA",
    "UU1AAAA",
    "VYSP000",
    "REG-",
    "REDACTED",
    "account-id",
    "person-id",
    "user-id",
    "*PRIVATE*",
    "sample-",
)


def looks_anonymous(value: str) -> bool:
    """Values that are already project placeholders (left alone, so anonymising is idempotent)."""
    return (
        value.startswith(_PLACEHOLDER_PREFIXES)
        or value.endswith(("@example.com", "%40example.com"))
        or value in ("", "1234")
    )
