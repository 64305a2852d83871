"""A minimal raw HTTP session against a fake backend, for tests and benchmarks.

Deliberately independent of the project's client: it checks the fake, not the client.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx

from renault_ext.fake.server import FakeHandle

JWT_FIELDS = "data.personId,data.gigyaDataCenter"


@dataclass
class RawSession:
    fake: FakeHandle
    client: httpx.Client = field(init=False)
    login_token: str | None = None
    person_id: str | None = None
    jwt: str | None = None
    country: str = "FR"
    auto_refresh: bool = True

    def __post_init__(self) -> None:
        self.client = httpx.Client(base_url=self.fake.base_url, timeout=10)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> RawSession:  # noqa: PYI034 - final dataclass, not subclassed
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- Gigya ----------------------------------------------------------------------------
    def gigya(self, method: str, **form: str) -> dict[str, Any]:
        form.setdefault("ApiKey", self.fake.demo.gigya_api_key)
        response = self.client.post(f"/{method}", data=form)
        assert response.status_code == 200, response.text
        return response.json()

    def login(self, email: str | None = None, password: str | None = None) -> RawSession:
        body = self.gigya(
            "accounts.login",
            loginID=email or self.fake.demo.email,
            password=password or self.fake.demo.password,
        )
        if body["errorCode"] != 0:
            raise AssertionError(f"login failed: {body['errorCode']}")
        self.login_token = body["sessionInfo"]["cookieValue"]
        return self.fetch_jwt()

    def fetch_jwt(self) -> RawSession:
        assert self.login_token
        info = self.gigya("accounts.getAccountInfo", login_token=self.login_token)
        self.person_id = info["data"]["personId"]
        jwt = self.gigya(
            "accounts.getJWT", login_token=self.login_token, fields=JWT_FIELDS, expiration="900"
        )
        self.jwt = jwt["id_token"]
        return self

    # -- Kamereon -------------------------------------------------------------------------
    def headers(self) -> dict[str, str]:
        return {
            "apikey": self.fake.demo.kamereon_api_key,
            "x-gigya-id_token": self.jwt or "",
            "Content-Type": "application/vnd.api+json",
        }

    def get(self, path: str, **params: str) -> httpx.Response:
        return self._send("GET", path, {"country": self.country, **params}, None)

    def post(self, path: str, body: Any) -> httpx.Response:
        return self._send("POST", path, {"country": self.country}, body)

    def _send(self, method: str, path: str, params: dict[str, str], body: Any) -> httpx.Response:
        # Like a real client: a 401 (the JWT expired in simulated time) mints a new JWT, once.
        for attempt in range(2):
            response = self.client.request(
                method, path, params=params, json=body, headers=self.headers()
            )
            if (
                response.status_code != 401
                or attempt
                or not self.login_token
                or not self.auto_refresh
            ):
                return response
            self.fetch_jwt()
        return response

    def account_path(self, account_id: str | None = None) -> str:
        return f"/commerce/v1/accounts/{account_id or self.fake.demo.main.account_ids[0]}"

    def kca(self, vin: str, endpoint: str, version: int = 1, account_id: str | None = None) -> str:
        base = f"{self.account_path(account_id)}/kamereon/kca/car-adapter/v{version}/cars/{vin}"
        return f"{base}/{endpoint}" if endpoint else base

    def kcm(self, vin: str, endpoint: str, account_id: str | None = None) -> str:
        return f"{self.account_path(account_id)}/kamereon/kcm/v1/vehicles/{vin}/{endpoint}"

    def attributes(
        self, vin: str, endpoint: str, version: int = 1, **params: str
    ) -> dict[str, Any]:
        response = self.get(self.kca(vin, endpoint, version), **params)
        assert response.status_code == 200, response.text
        return response.json()["data"].get("attributes", {})
