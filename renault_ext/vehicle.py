"""RenaultVehicle: every read and action of one car, routed per model through the model table.

Reads return the generated models (``data.attributes`` of JSON:API answers, the flat object of KCM
answers, lists for bare arrays): typed, with every unknown field kept in
``additional_properties``. Actions return the whole parsed answer (Kamereon echoes what it
accepted, with a command id). :meth:`RenaultVehicle.refresh` reads everything the model supports at
once and adds normalised values (kW, timedelta, aware datetimes, open enums).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from renault_ext import details as vehicle_details
from renault_ext import validation
from renault_ext.endpoints import expand_path
from renault_ext.errors import EndpointNotAvailableError
from renault_ext.model_table import EndpointDefinition, ModelTable, Unsupported
from renault_ext.session import RenaultSession
from renault_ext.snapshot import (
    READ_KEYS,
    ChargeSessionView,
    VehicleSnapshot,
    build_snapshot,
    charge_sessions,
)

_LOG = logging.getLogger(__name__)


def _unwrap(parsed: Any) -> Any:
    """``data.attributes`` of a JSON:API document; the object itself otherwise."""
    data = getattr(parsed, "data", None)
    if data is None or isinstance(data, (list, str)) or not hasattr(data, "to_dict"):
        return parsed
    attributes = getattr(data, "attributes", None)
    if attributes is None or not hasattr(attributes, "to_dict"):
        return None  # "data without attributes" (facts §4.3): nothing known yet
    return attributes


def _jsonapi(body_type: str | None, attributes: dict[str, Any] | None) -> dict[str, Any]:
    data: dict[str, Any] = {"type": body_type}
    if attributes is not None:
        data["attributes"] = attributes
    return {"data": data}


class RenaultVehicle:
    """Proxy for one vehicle of one account."""

    def __init__(
        self,
        session: RenaultSession,
        account_id: str,
        vin: str,
        *,
        details: Any = None,
        model_table: ModelTable,
        refresh_concurrency: int = 8,
    ) -> None:
        # Checked here so that an empty or malformed id fails before any request (JWT mint
        # included), with a message that does not echo the value (tests/reliability).
        vin = validation.validate_vin(vin)
        account_id = validation.validate_account_id(account_id)
        self._session = session
        self._account_id = account_id
        self._vin = vin
        self._details = details
        self._table = model_table
        self._car_adapter: Any = None
        self._contracts: list[Any] | None = None
        self._model_code: tuple[Any, str | None] | None = None  # (details it was read from, code)
        self._refresh_concurrency = refresh_concurrency
        session.redactor.add_secret(vin, "vin")
        session.redactor.add_secret(account_id, "account_id")

    def __repr__(self) -> str:
        return f"<RenaultVehicle model={self._model_code_or_none()!s}>"

    @property
    def session(self) -> RenaultSession:
        return self._session

    @property
    def account_id(self) -> str:
        return self._account_id

    @property
    def vin(self) -> str:
        return self._vin

    # -- identity and routing ---------------------------------------------------------------
    def _model_code_or_none(self) -> str | None:
        return vehicle_details.model_code(self._details) if self._details is not None else None

    async def _call(self, operation_id: str, *, body: Any = None, **params: Any) -> Any:
        return await self._session.call(
            operation_id, body=body, account_id=self._account_id, vin=self._vin, **params
        )

    async def get_details(self) -> Any:
        """Vehicle details (cached; the vehicles list already carries them)."""
        if self._details is None:
            self._details = await self._call("getVehicleDetails")
        return self._details

    async def model_code(self) -> str | None:
        # Every read routes through here; reading the code turns the whole details model into a
        # dict, so it is kept as long as the details object is the same (scripts/bench profile).
        details = await self.get_details()
        if self._model_code is None or self._model_code[0] is not details:
            self._model_code = (details, vehicle_details.model_code(details))
        return self._model_code[1]

    async def get_car_adapter(self) -> Any:
        if self._car_adapter is None:
            self._car_adapter = _unwrap(await self._call("getCarAdapter"))
        return self._car_adapter

    async def get_contracts(self) -> list[Any]:
        if not self._contracts:
            self._contracts = await self._session.call(
                "getVehicleContracts",
                account_id=self._account_id,
                vin=self._vin,
                locale=self._session.settings.locale_details.locale,
                brand="RENAULT",
                connected_services_contracts=True,
                warranty=True,
                warranty_maintenance_contracts=True,
            )
        return self._contracts or []

    async def get_endpoint_definition(self, key: str) -> EndpointDefinition | None:
        return self._table.get_endpoint_definition(await self.model_code(), key)

    async def get_full_endpoint(self, key: str) -> str:
        """The path this vehicle's model uses for a logical key, ids filled in (renault-api parity)."""
        definition = await self._route(key)
        path = self._session.endpoint_names().path_of(definition.operation_id)
        return expand_path(path, accountId=self._account_id, vin=self._vin)

    async def supports_endpoint(self, key: str) -> bool:
        return self._table.supports(await self.model_code(), key)

    async def _route(self, key: str) -> EndpointDefinition:
        code = await self.model_code()
        found = self._table.lookup(code, key)
        if isinstance(found, Unsupported):
            raise EndpointNotAvailableError(
                key, code, alternative=self._table.alternative(code, key)
            )
        return found

    async def _read(self, key: str, **params: Any) -> Any:
        definition = await self._route(key)
        return _unwrap(await self._call(definition.operation_id, **params))

    async def specifications(self) -> frozenset[str]:
        gateway = None
        if self._car_adapter is not None:
            gateway = getattr(self._car_adapter, "car_gateway", None)
        return self._table.specifications(
            await self.model_code(), gateway if isinstance(gateway, str) else None
        )

    # -- reads ------------------------------------------------------------------------------
    async def get_battery_status(self) -> Any:
        return await self._read("battery-status")

    async def get_battery_soc(self) -> Any:
        return await self._read("soc-levels")

    async def get_tyre_pressure(self) -> Any:
        return await self._read("pressure")

    async def get_location(self) -> Any:
        return await self._read("location")

    async def get_hvac_status(self) -> Any:
        return await self._read("hvac-status")

    async def get_hvac_settings(self) -> Any:
        return await self._read("hvac-settings")

    async def get_charge_mode(self) -> Any:
        return await self._read("charge-mode")

    async def get_charging_settings(self) -> Any:
        return await self._read("charging-settings")

    async def get_charge_schedule(self) -> Any:
        """KCA charge-schedule, or the flat KCM ev/settings on models routed ``kcm-settings``."""
        return await self._read("charge-schedule")

    async def get_cockpit(self) -> Any:
        return await self._read("cockpit")

    async def get_lock_status(self) -> Any:
        return await self._read("lock-status")

    async def get_res_state(self) -> Any:
        return await self._read("res-state")

    async def get_notification_settings(self) -> Any:
        return await self._read("notification-settings")

    async def get_alerts(self) -> list[Any]:
        return await self._read("alerts")

    async def get_kcm_ev_settings(self) -> Any:
        return await self._call("getKcmEvSettings")

    async def get_charge_history(
        self, start: datetime, end: datetime, period: str = "month"
    ) -> Any:
        query = validation.history_query(start, end, period)
        return await self._read("charge-history", **query)

    async def get_charges(self, start: datetime, end: datetime) -> Any:
        query = validation.history_query(start, end, "day")
        return await self._read("charges", start=query["start"], end=query["end"])

    async def get_charge_sessions(self, start: datetime, end: datetime) -> list[ChargeSessionView]:
        """:meth:`get_charges` normalised: aware datetimes and durations as timedelta."""
        return charge_sessions(await self.get_charges(start, end), await self.specifications())

    async def get_hvac_history(self, start: datetime, end: datetime, period: str = "month") -> Any:
        query = validation.history_query(start, end, period)
        return await self._read("hvac-history", **query)

    async def get_hvac_sessions(self, start: datetime, end: datetime) -> Any:
        query = validation.history_query(start, end, "day")
        return await self._read("hvac-sessions", start=query["start"], end=query["end"])

    # -- refresh ----------------------------------------------------------------------------
    async def refresh(self, keys: Sequence[str] | str | None = None) -> VehicleSnapshot:
        """Read every endpoint the model supports, concurrently (bounded), into one snapshot.

        ``keys`` limits the reads to these logical keys (one key may be given as a string; an
        empty list reads nothing). A failing endpoint does not fail the refresh: its error is kept
        in ``snapshot.errors``.
        """
        selected = _read_keys(keys)
        code = await self.model_code()
        wanted = [k for k in selected if self._table.supports(code, k)]
        semaphore = asyncio.Semaphore(self._refresh_concurrency)

        async def one(key: str) -> tuple[str, Any]:
            async with semaphore:
                try:
                    return key, await self._read(key)
                except Exception as error:  # noqa: BLE001 - kept per endpoint, re-raised by callers
                    return key, error

        results = dict(await asyncio.gather(*(one(k) for k in wanted)))
        return build_snapshot(
            vin=self._vin,
            model_code=code,
            results=results,
            specifications=await self.specifications(),
        )

    # -- raw --------------------------------------------------------------------------------
    def _expand(self, path: str) -> str:
        # renault-api's placeholders are {account_id} and {vin}; a path that is not text is left
        # for the session to reject with the reason.
        if not isinstance(path, str):
            return path
        return expand_path(path, account_id=self._account_id, vin=self._vin)

    async def http_get(self, path: str) -> Any:
        return await self._session.http_request(
            "GET", self._expand(path), account_id=self._account_id
        )

    async def http_post(self, path: str, json: Any = None) -> Any:
        return await self._session.http_request(
            "POST", self._expand(path), json=json, account_id=self._account_id
        )

    # -- actions ----------------------------------------------------------------------------
    async def _post(self, definition: EndpointDefinition, document: dict[str, Any]) -> Any:
        """Send an action; returns the whole parsed answer (the car's echo: type, id, attributes)."""
        body_type = self._session.operations.body_type(definition.operation_id)
        return await self._call(definition.operation_id, body=body_type.from_dict(document))

    async def _action(self, key: str, attributes: dict[str, Any] | None = None) -> Any:
        definition = await self._route(key)
        merged = {
            **({"action": definition.action} if definition.action else {}),
            **({"target": definition.target} if definition.target else {}),
            **(attributes or {}),
        }
        return await self._post(definition, _jsonapi(definition.body_type, merged or None))

    async def set_ac_start(self, temperature: float, when: datetime | None = None) -> Any:
        attributes: dict[str, Any] = {"targetTemperature": validation.hvac_temperature(temperature)}
        if when is not None:
            attributes["startDateTime"] = validation.future_utc(when)
        return await self._action("actions/hvac-start", attributes)

    async def set_ac_stop(self) -> Any:
        """Stop preconditioning. Some models accept the stop and ignore it (``hvac-cancel-
        ignored``, ZOE phase 2): :meth:`ac_stop_is_ignored` tells, and a warning is logged."""
        answer = await self._action("actions/hvac-stop")
        if await self.ac_stop_is_ignored():
            _LOG.warning(
                "model %s accepts hvac-stop but is known to ignore it; preconditioning ends "
                "by itself at the end of its cycle",
                await self.model_code(),
            )
        return answer

    async def ac_stop_is_ignored(self) -> bool:
        """True when the model table says this model ignores the hvac-stop it is sent."""
        definition = await self._route("actions/hvac-stop")
        return definition.mode == "default" and "hvac-cancel-ignored" in (
            await self.specifications()
        )

    async def set_charge_mode(self, charge_mode: str) -> Any:
        return await self._action(
            "actions/charge-set-mode", {"action": validation.charge_mode(charge_mode)}
        )

    async def set_charge_schedules(
        self, schedules: Sequence[Any], *, allow_empty: bool = False
    ) -> Any:
        """Replace the car's charge schedules (dicts, or schedules as read). The API replaces the
        whole list: an empty one deletes them all, so it needs ``allow_empty=True``."""
        checked = validation.schedule_list(
            schedules, validation.charge_schedule, allow_empty=allow_empty
        )
        return await self._action("actions/charge-set-schedule", {"schedules": checked})

    async def set_hvac_schedules(
        self, schedules: Sequence[Any], *, allow_empty: bool = False
    ) -> Any:
        """Replace the car's HVAC schedules; as :meth:`set_charge_schedules`."""
        checked = validation.schedule_list(
            schedules, validation.hvac_schedule, allow_empty=allow_empty
        )
        return await self._action("actions/hvac-set-schedule", {"schedules": checked})

    async def set_charge_start(self, when: datetime | None = None) -> Any:
        definition = await self._route("actions/charge-start")
        attributes: dict[str, Any] = {}
        if when is not None:
            # Checked before any mode: a kcm-settings model would otherwise start charging now.
            if definition.mode != "kcm":
                raise validation.InvalidInputError(
                    "a delayed charge start is only possible on models that start charging via KCM "
                    "charge/start (Mégane E-Tech); use a charge schedule instead"
                )
            attributes["startDateTime"] = validation.future_utc(when)
        if definition.mode == "kcm-settings":
            return await self._charge_start_via_ev_settings(definition)
        return await self._action("actions/charge-start", attributes)

    async def _charge_start_via_ev_settings(self, definition: EndpointDefinition) -> Any:
        # Read-modify-write (facts §5.1 kcm-settings): charging starts when no program holds it back.
        settings = await self._call(definition.companion_operation_id or "getKcmEvSettings")
        for program in settings.programs or []:  # UNSET (absent) is falsy
            program.program_activation_status = False
        return await self._post(definition, settings.to_dict())

    async def set_charge_stop(self) -> Any:
        return await self._action("actions/charge-stop")

    async def set_battery_soc(self, *, min: int, target: int) -> Any:
        soc_min, soc_target = validation.soc_levels(min, target)
        definition = await self._route("soc-levels")
        write = EndpointDefinition(
            "soc-levels", definition.companion_operation_id or "postKcmSocLevels", "default"
        )
        return await self._post(write, {"socMin": soc_min, "socTarget": soc_target})

    async def start_horn(self) -> Any:
        return await self._action("actions/horn-start")

    async def start_lights(self) -> Any:
        return await self._action("actions/lights-start")

    async def refresh_location(self) -> Any:
        return await self._action("actions/refresh-location")

    async def refresh_battery_status(self) -> Any:
        # Not in the model table (no model is known to refuse it); the spec gives its data.type.
        return await self._session.set_vehicle_action(
            self._account_id, self._vin, "actions/refresh-battery-status", None
        )

    async def refresh_hvac_status(self) -> Any:
        return await self._session.set_vehicle_action(
            self._account_id, self._vin, "actions/refresh-hvac-status", None
        )


def _read_keys(keys: Sequence[str] | str | None) -> tuple[str, ...]:
    if keys is None:
        return tuple(READ_KEYS)
    if isinstance(keys, str):
        keys = (keys,)
    if not isinstance(keys, Iterable):
        raise validation.InvalidInputError("keys must be a list of endpoint keys.", field="keys")
    selected = tuple(keys)
    unknown = [k for k in selected if k not in READ_KEYS]
    if unknown:
        raise validation.InvalidInputError(
            f"unknown read key {unknown[0]!r} (known: {', '.join(READ_KEYS)}).", field="keys"
        )
    return selected
