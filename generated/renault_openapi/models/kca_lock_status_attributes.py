from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_lock_status import KnownLockStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="KcaLockStatusAttributes")


@_attrs_define
class KcaLockStatusAttributes:
    lock_status: KnownLockStatus | str | Unset = UNSET
    """ Central locking state (open set). """
    door_status_rear_left: str | Unset = UNSET
    """ Door or hatch state (`closed` seen; `open` assumed). """
    door_status_rear_right: str | Unset = UNSET
    """ Door or hatch state (`closed` seen; `open` assumed). """
    door_status_driver: str | Unset = UNSET
    """ Door or hatch state (`closed` seen; `open` assumed). """
    door_status_passenger: str | Unset = UNSET
    """ Door or hatch state (`closed` seen; `open` assumed). """
    hatch_status: str | Unset = UNSET
    """ Door or hatch state (`closed` seen; `open` assumed). """
    last_update_time: str | Unset = UNSET
    """ When the car reported these values, ISO 8601. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lock_status: str | Unset
        if isinstance(self.lock_status, Unset):
            lock_status = UNSET
        elif isinstance(self.lock_status, KnownLockStatus):
            lock_status = self.lock_status.value
        else:
            lock_status = self.lock_status

        door_status_rear_left = self.door_status_rear_left

        door_status_rear_right = self.door_status_rear_right

        door_status_driver = self.door_status_driver

        door_status_passenger = self.door_status_passenger

        hatch_status = self.hatch_status

        last_update_time = self.last_update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lock_status is not UNSET:
            field_dict["lockStatus"] = lock_status
        if door_status_rear_left is not UNSET:
            field_dict["doorStatusRearLeft"] = door_status_rear_left
        if door_status_rear_right is not UNSET:
            field_dict["doorStatusRearRight"] = door_status_rear_right
        if door_status_driver is not UNSET:
            field_dict["doorStatusDriver"] = door_status_driver
        if door_status_passenger is not UNSET:
            field_dict["doorStatusPassenger"] = door_status_passenger
        if hatch_status is not UNSET:
            field_dict["hatchStatus"] = hatch_status
        if last_update_time is not UNSET:
            field_dict["lastUpdateTime"] = last_update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_lock_status(data: object) -> KnownLockStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lock_status_type_0 = KnownLockStatus(data)

                return lock_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownLockStatus | str | Unset, data)

        lock_status = _parse_lock_status(d.pop("lockStatus", UNSET))

        door_status_rear_left = d.pop("doorStatusRearLeft", UNSET)

        door_status_rear_right = d.pop("doorStatusRearRight", UNSET)

        door_status_driver = d.pop("doorStatusDriver", UNSET)

        door_status_passenger = d.pop("doorStatusPassenger", UNSET)

        hatch_status = d.pop("hatchStatus", UNSET)

        last_update_time = d.pop("lastUpdateTime", UNSET)

        kca_lock_status_attributes = cls(
            lock_status=lock_status,
            door_status_rear_left=door_status_rear_left,
            door_status_rear_right=door_status_rear_right,
            door_status_driver=door_status_driver,
            door_status_passenger=door_status_passenger,
            hatch_status=hatch_status,
            last_update_time=last_update_time,
        )

        kca_lock_status_attributes.additional_properties = d
        return kca_lock_status_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
