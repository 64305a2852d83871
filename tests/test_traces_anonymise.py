"""`renault anonymise`: no original secret survives in any output byte, formats stay readable."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest
import yaml
from fake_tokens import b64url, fake_jwt
from trace_cli import run_trace_cli

from renault_ext.traces import RawBodyOptions, TraceWriter, Validator, anonymise_file
from renault_ext.traces.formats import iter_exchanges
from renault_ext.traces.sensitive import JWT_RE

DATA = Path(__file__).parent / "data" / "traces"
MINI = DATA / "mini_spec.json"

# Invented, realistic-looking personal values and secrets.
VIN = "VF1ZZZZZ765432109"
VIN2 = "UU1DJF00123456789"
ACCOUNT = "3b9f7c1e-6d2a-4c55-9a1e-8e2f00c0ffee"
PERSON = "a1b2c3d4-e5f6-4711-8899-aabbccddeeff"
EMAIL = "jean.dupont+car@mailbox.test"
PASSWORD = "P@ss w0rd&=%!"
API_KEY = "3_e8d4g4SE_Fo8ahyHwwP7ohLGZ79HKNN2T8NjQqoNnk6Epj6ilyYwKdHUyCw3wuxz"
KAMEREON_KEY = "YjkKtHmGfaceeuExUDKGxrLZGGvtVS0J"
LOGIN_TOKEN = "st2.s.AcbHxyz0123456789.abcdefGHIJKLmnopQRSTuvwxYZ_-0123456789.sc3"
JWT = fake_jwt(
    {"sub": "1234567890", "name": "John"},
    header={"alg": "RS256", "typ": "JWT"},
    signature=b64url(b"signature-signature-123456"),
)
COOKIE = "gmid.ver4.AcbHsecretcookie000111"
PLATE = "GH-123-XY"
RADIO = "7391"
PHONE = "+33612345678"
FIRST, LAST = "Jeanne", "Dupontel"
LAT, LON = 45.7640321, 4.8356789
UID = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
SECRETS = [
    VIN,
    VIN2,
    ACCOUNT,
    PERSON,
    EMAIL,
    PASSWORD,
    API_KEY,
    KAMEREON_KEY,
    LOGIN_TOKEN,
    JWT,
    COOKIE,
    PLATE,
    RADIO,
    PHONE,
    FIRST,
    LAST,
    str(LAT),
    str(LON),
    UID,
]

BASE = f"https://api-wired-prod-1-euw1.wrd-aws.com/commerce/v1/accounts/{ACCOUNT}/kamereon/kca/car-adapter"


def assert_no_secret(data: bytes) -> None:
    for secret in SECRETS:
        for variant in {
            secret,
            quote(secret, safe=""),
            quote_plus(secret),
            json.dumps(secret)[1:-1],
        }:
            assert variant.encode() not in data, f"{secret!r} survived as {variant!r}"
    assert not JWT_RE.search(data.decode("utf-8", "replace"))  # no JWT-looking string at all


def bodies() -> dict[str, str]:
    return {
        "login_form": f"ApiKey={quote(API_KEY)}&loginID={quote(EMAIL)}&password={quote(PASSWORD)}",
        "login": json.dumps(
            {
                "errorCode": 0,
                "UID": UID,
                "profile": {"email": EMAIL, "firstName": FIRST},
                "sessionInfo": {"cookieName": f"gac_{API_KEY}", "cookieValue": LOGIN_TOKEN},
            }
        ),
        "jwt": json.dumps({"errorCode": 0, "id_token": JWT}),
        "person": json.dumps(
            {
                "personId": PERSON,
                "firstName": FIRST,
                "lastName": LAST,
                "emails": [{"emailType": "MAIN", "emailValue": EMAIL}],
                "phones": [{"phoneType": "MOBILE", "phoneValue": PHONE}],
                "accounts": [{"accountId": ACCOUNT, "accountType": "MYRENAULT"}],
            },
            indent=2,
        ),
        "vehicles": json.dumps(
            {
                "accountId": ACCOUNT,
                "vehicleLinks": [
                    {
                        "vin": VIN,
                        "vehicleDetails": {
                            "vin": VIN,
                            "registrationNumber": PLATE,
                            "radioCode": RADIO,
                            "model": {"code": "X101VE", "label": "ZOE"},
                        },
                    },
                    {"vin": VIN2},
                ],
            }
        ),
        "location": json.dumps(
            {
                "data": {
                    "type": "Car",
                    "id": VIN,
                    "attributes": {
                        "gpsLatitude": LAT,
                        "gpsLongitude": LON,
                        "lastUpdateTime": "2026-01-01T10:00:00Z",
                    },
                }
            }
        ),
        "error": json.dumps(
            {
                "errors": [
                    {
                        "errorCode": "err.func.403",
                        "errorMessage": json.dumps(
                            {"errors": [{"detail": f"vehicle {VIN} of {EMAIL} not allowed"}]}
                        ),
                    }
                ]
            }
        ),
    }


def kamereon_headers() -> dict[str, str]:
    return {
        "apikey": KAMEREON_KEY,
        "x-gigya-id_token": JWT,
        "Cookie": f"gmid={COOKIE}; hasGmid=ver4",
        "Authorization": f"Bearer {LOGIN_TOKEN}",
        "Content-Type": "application/vnd.api+json",
    }


def exchanges() -> list[tuple[str, str, dict, str | None, int, str]]:
    b = bodies()
    return [
        (
            "POST",
            "https://accounts.eu1.gigya.com/accounts.login",
            {"Content-Type": "application/x-www-form-urlencoded"},
            b["login_form"],
            200,
            b["login"],
        ),
        (
            "POST",
            f"https://accounts.eu1.gigya.com/accounts.getJWT?login_token={quote(LOGIN_TOKEN)}&ApiKey={quote(API_KEY)}",
            {},
            None,
            200,
            b["jwt"],
        ),
        (
            "GET",
            f"https://api-wired-prod-1-euw1.wrd-aws.com/commerce/v1/persons/{PERSON}?country=FR",
            kamereon_headers(),
            None,
            200,
            b["person"],
        ),
        (
            "GET",
            f"https://api-wired-prod-1-euw1.wrd-aws.com/commerce/v1/accounts/{ACCOUNT}/vehicles?country=FR",
            kamereon_headers(),
            None,
            200,
            b["vehicles"],
        ),
        (
            "GET",
            f"{BASE}/v1/cars/{VIN}/location?country=FR",
            kamereon_headers(),
            None,
            200,
            b["location"],
        ),
        (
            "GET",
            f"{BASE}/v1/cars/{VIN}/hvac-status?country=FR",
            kamereon_headers(),
            None,
            403,
            b["error"],
        ),
    ]


def write_har(path: Path) -> None:
    entries = []
    for method, url, headers, req, status, resp in exchanges():
        entry = {
            "startedDateTime": "2026-01-01T10:00:00Z",
            "time": 1,
            "comment": f"seen for {EMAIL}",
            "request": {
                "method": method,
                "url": url,
                "headers": [{"name": k, "value": v} for k, v in headers.items()],
                "queryString": [],
                "cookies": [{"name": "gmid", "value": COOKIE}],
            },
            "response": {
                "status": status,
                "headers": [{"name": "Set-Cookie", "value": f"glt_x={LOGIN_TOKEN}; Path=/"}],
                "cookies": [],
                "content": {"mimeType": "application/json", "text": resp},
            },
        }
        if req is not None:
            entry["request"]["postData"] = {
                "mimeType": "application/x-www-form-urlencoded",
                "text": req,
            }
        entries.append(entry)
    # One base64 body too (browsers do that).
    entries[-1]["response"]["content"] = {
        "mimeType": "application/json",
        "encoding": "base64",
        "text": base64.b64encode(bodies()["location"].encode()).decode(),
    }
    path.write_text(
        json.dumps(
            {
                "log": {
                    "version": "1.2",
                    "creator": {"name": "t"},
                    "pages": [{"title": f"{BASE}/v1/cars/{VIN}"}],
                    "entries": entries,
                }
            }
        )
    )


def write_cassette(path: Path) -> None:
    interactions = [
        {
            "request": {
                "method": m,
                "uri": u,
                "body": r,
                "headers": {k: [v] for k, v in h.items()},
            },
            "response": {
                "status": {"code": s, "message": "OK"},
                "body": {"string": b},
                "headers": {"Content-Length": [str(len(b))], "Set-Cookie": [f"gmid={COOKIE}"]},
            },
        }
        for m, u, h, r, s, b in exchanges()
    ]
    path.write_text(yaml.safe_dump({"interactions": interactions, "version": 1}))


def write_raw_trace(path: Path) -> None:
    """A trace log as another tool might write it, not anonymised."""
    lines = [json.dumps({"format": "renault-trace", "version": 1})]
    for m, u, h, r, s, b in exchanges():
        lines.append(
            json.dumps(
                {
                    "ts": "t",
                    "method": m,
                    "url": u,
                    "request_headers": h,
                    "request_body": r,
                    "status": s,
                    "response_headers": {},
                    "response_body": b,
                    "duration_ms": 1.0,
                    "operation": None,
                }
            )
        )
    path.write_text("\n".join(lines) + "\n")


WRITERS = {
    "capture.har": write_har,
    "cassette.yaml": write_cassette,
    "trace.jsonl": write_raw_trace,
    "vehicles.json": lambda p: p.write_text(bodies()["vehicles"]),
    "person.json": lambda p: p.write_text(bodies()["person"]),
}


@pytest.mark.parametrize("name", list(WRITERS))
def test_no_original_secret_survives_in_any_output_byte(tmp_path, name) -> None:
    source = tmp_path / name
    WRITERS[name](source)
    before = source.read_bytes()
    assert VIN.encode() in before or PERSON.encode() in before  # the input really has secrets
    result = anonymise_file(source)
    assert source.read_bytes() == before  # input untouched
    out = result.output.read_bytes()
    assert_no_secret(out)
    if name.endswith(".har"):  # the base64 body too
        for entry in json.loads(out)["log"]["entries"]:
            if entry["response"]["content"].get("encoding") == "base64":
                assert_no_secret(base64.b64decode(entry["response"]["content"]["text"]))
    # Still the same format and still readable by the validator.
    raw = RawBodyOptions(method="GET", url="/x")
    assert len([x for x in iter_exchanges(result.output, raw) if not hasattr(x, "message")]) >= 1


def test_replacements_are_format_preserving_and_consistent(tmp_path) -> None:
    source = tmp_path / "capture.har"
    write_har(source)
    out = anonymise_file(source).output
    entries = json.loads(out.read_text())["log"]["entries"]
    vehicles = json.loads(entries[3]["response"]["content"]["text"])
    fake_vin = vehicles["vehicleLinks"][0]["vin"]
    assert fake_vin.startswith("VF1AAAA") and len(fake_vin) == len(VIN)
    assert (
        len(vehicles["vehicleLinks"][1]["vin"]) == len(VIN2)
        and vehicles["vehicleLinks"][1]["vin"] != fake_vin
    )
    details = vehicles["vehicleLinks"][0]["vehicleDetails"]
    assert details["vin"] == fake_vin and details["registrationNumber"].startswith("REG-")
    assert details["radioCode"] == "1234" and details["model"] == {"code": "X101VE", "label": "ZOE"}
    # Same VIN in URL and body, same account id in two URLs and a body.
    assert f"/cars/{fake_vin}/" in entries[4]["request"]["url"]
    fake_account = vehicles["accountId"]
    assert (
        fake_account.startswith("account-id-")
        and f"/accounts/{fake_account}/" in entries[4]["request"]["url"]
    )
    assert f"/accounts/{fake_account}/vehicles" in entries[3]["request"]["url"]
    location = json.loads(base64.b64decode(entries[5]["response"]["content"]["text"]))["data"][
        "attributes"
    ]
    assert (
        abs(location["gpsLatitude"] - 48.853) < 0.1 and abs(location["gpsLongitude"] - 2.35) < 0.1
    )
    assert "country=FR" in entries[4]["request"]["url"]  # harmless values kept


def test_keep_location_and_in_place(tmp_path) -> None:
    source = tmp_path / "loc.json"
    source.write_text(bodies()["location"])
    kept = anonymise_file(source, tmp_path / "kept.json", keep_location=True).output
    attributes = json.loads(kept.read_text())["data"]["attributes"]
    assert (attributes["gpsLatitude"], attributes["gpsLongitude"]) == (LAT, LON)
    assert VIN not in kept.read_text()
    anonymise_file(source, in_place=True)
    assert VIN not in source.read_text() and str(LAT) not in source.read_text()


def test_anonymising_twice_changes_nothing(tmp_path) -> None:
    source = tmp_path / "capture.har"
    write_har(source)
    once = anonymise_file(source, tmp_path / "once.har").output
    twice = anonymise_file(once, tmp_path / "twice.har").output
    assert json.loads(once.read_text()) == json.loads(twice.read_text())


def test_trace_writer_is_safe_by_construction(tmp_path) -> None:
    log = tmp_path / "log.jsonl"
    with TraceWriter(log) as writer:
        for m, u, h, r, s, b in exchanges():
            writer.write_exchange(
                method=m, url=u, status=s, request_headers=h, request_body=r, response_body=b
            )
    assert_no_secret(log.read_bytes())
    assert len(log.read_text().splitlines()) == 1 + len(exchanges())


def run_cli(*argv: str) -> int:
    return run_trace_cli(*argv)[0]


def test_cli_output_options_and_errors(tmp_path) -> None:
    har = tmp_path / "capture.har"
    write_har(har)
    empty = tmp_path / "empty.har"
    empty.write_text("")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    assert run_cli("anonymise", "--spec", str(MINI), "-o", str(out_dir), str(har), str(empty)) == 1
    assert (out_dir / "capture.har").exists() and not (out_dir / "empty.har").exists()
    assert_no_secret((out_dir / "capture.har").read_bytes())
    assert run_cli("anonymise", "--spec", str(MINI), str(har)) == 0
    assert (tmp_path / "capture.anonymised.har").exists()
    assert run_cli("anonymise", "--in-place", "-o", "x", str(har)) == 2


def test_save_fixture_writes_bodies_and_appends_the_index(tmp_path) -> None:
    fixtures = tmp_path / "fixtures"
    (fixtures / "getBatteryStatus").mkdir(parents=True)
    (fixtures / "getBatteryStatus" / "index.yaml").write_text(
        "- file: old.json\n  status: 200\n  source: synthetic\n"
    )
    source = tmp_path / "capture.har"
    secret_body = json.dumps(
        {"data": {"type": "Car", "id": VIN, "attributes": {"batteryLevel": 42, "plugStatus": 1}}}
    )
    entries = [
        {
            "request": {
                "method": "GET",
                "url": f"{BASE}/v2/cars/{VIN}/battery-status?country=FR",
                "headers": [],
            },
            "response": {
                "status": s,
                "headers": [],
                "content": {"mimeType": "application/json", "text": t},
            },
        }
        for s, t in (
            (200, secret_body),
            (200, secret_body),
            (401, json.dumps({"errors": [{"errorCode": "err.func.wired.unauthorized"}]})),
        )
    ]
    source.write_text(json.dumps({"log": {"version": "1.2", "entries": entries}}))
    code = run_cli(
        "anonymise",
        "--spec",
        str(MINI),
        "--save-fixture",
        "--fixtures-dir",
        str(fixtures),
        str(source),
    )
    assert code == 0
    folder = fixtures / "getBatteryStatus"
    index = yaml.safe_load((folder / "index.yaml").read_text())
    assert [e["file"] for e in index] == [
        "old.json",
        "capture.json",
        "capture.error.json",
    ]  # duplicate skipped
    assert index[2]["status"] == 401 and index[1]["source"] == "capture"
    # The same capture again: every body is already there, nothing is added.
    again = ("anonymise", "--spec", str(MINI), "--save-fixture", "--fixtures-dir", str(fixtures))
    assert run_cli(*again, "-o", str(tmp_path / "again.har"), str(source)) == 0
    assert yaml.safe_load((folder / "index.yaml").read_text()) == index
    assert sorted(p.name for p in folder.glob("*.json")) == ["capture.error.json", "capture.json"]
    saved = (folder / "capture.json").read_text()
    assert VIN not in saved and json.loads(saved)["data"]["attributes"]["batteryLevel"] == 42
    validator = Validator(json.loads(MINI.read_text()))
    assert validator.validate_body("getBatteryStatus", saved).status == "ok"
    assert (
        validator.validate_body(
            "getBatteryStatus", (folder / "capture.error.json").read_text(), status=401
        ).status
        == "ok"
    )


@pytest.mark.parametrize("depth", [600, 5_000])
def test_deeply_nested_bodies_are_scrubbed_as_text(depth) -> None:
    from renault_ext.traces.anonymise import Anonymiser

    real_vin = "VF1ZZZZZ512345678"
    body = (
        "[" * depth + json.dumps({"vin": real_vin, "email": "someone@mailbox.test"}) + "]" * depth
    )
    out = Anonymiser().body(body)
    assert out is not None and out.count("[") == depth
    assert real_vin not in out and "someone@mailbox.test" not in out
    # The same as a JSON string inside a shallow document (Kamereon errorMessage style).
    inner = Anonymiser().body(json.dumps({"errorMessage": body}))
    assert inner is not None and real_vin not in inner and "someone@mailbox.test" not in inner


def test_api_keys_in_free_text_and_proxy_credentials_are_replaced() -> None:
    from renault_ext.traces import sensitive
    from renault_ext.traces.anonymise import Anonymiser

    key = "3_" + "Ab1" * 12
    anonymiser = Anonymiser()
    assert key not in anonymiser.text(json.dumps({"errorMessage": f"invalid apikey {key}"}))
    assert sensitive.category_of("Proxy-Authorization") is not None


def test_generic_personal_names_are_not_taken_by_name() -> None:
    from renault_ext.traces.anonymise import Anonymiser

    # "id", "code" and "verified" are personal in some schemas, but generic words elsewhere:
    # model and error codes stay (a trace must still validate), e-mails go by pattern, the 2FA
    # code of a Gigya form by its field.
    a = Anonymiser(personal_names=frozenset({"id", "code", "verified", "lastName"}))
    body = json.loads(
        a.body(
            json.dumps(
                {
                    "model": {"code": "X101VE"},
                    "errors": [{"code": "err.func.wired.notFound"}],
                    "verified": ["jeanne@mailbox.test"],
                    "lastName": "Dupontel",
                }
            )
        )
    )
    assert body["model"]["code"] == "X101VE"
    assert body["errors"][0]["code"] == "err.func.wired.notFound"
    assert body["verified"] != ["jeanne@mailbox.test"] and body["lastName"] != "Dupontel"
    form = a.form("gigyaAssertion=abc&phvToken=def&code=493817&regToken=ghi")
    assert "493817" not in form
    text = a.text("Wed, 01 May 2024 17:39:12 GMT: the Dupontel’s car")
    assert text.startswith("Wed, 01 May 2024 17:39:12 GMT: the ") and "Dupontel" not in text


def test_cookie_names_and_json_keys_are_anonymised() -> None:
    from renault_ext.traces.anonymise import Anonymiser

    a = Anonymiser()
    cookie = a.header("Cookie", f"gac_{API_KEY}=abc123secretvalue; gmid=xyz")
    assert API_KEY not in cookie and cookie.startswith("gac_REDACTED-API-KEY-")
    keyed = a.body(json.dumps({VIN: {"batteryLevel": 50}, EMAIL: 1, "batteryLevel": 3}))
    assert VIN not in keyed and EMAIL not in keyed
    assert json.loads(keyed)["batteryLevel"] == 3


def test_truncated_json_is_scrubbed_by_field_name_too() -> None:
    from renault_ext.traces.anonymise import Anonymiser

    account = "8a1b2c3d-4e5f-6789-abcd-ef0123456789"
    cut = '{"data": {"accountId": "' + account + '", "gpsLatitude": 45.7640321, "note": "cut he'
    out = Anonymiser().body(cut)
    assert account not in out and "45.7640321" not in out
    # The value the cut went through is hidden: a prefix of a VIN or e-mail matches no pattern.
    assert out.endswith('"note": "<cut>')


def test_gigya_profile_phone_numbers() -> None:
    from renault_ext.traces.anonymise import Anonymiser

    body = {"profile": {"phones": [{"type": "mobile", "number": "+33 6 12 34 56 78"}]}}
    out = Anonymiser().body(json.dumps(body))
    assert "12 34 56 78" not in out and json.loads(out)["profile"]["phones"][0]["type"] == "mobile"
