from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hvac_schedule_slot_echo import HvacScheduleSlotEcho


T = TypeVar("T", bound="HvacScheduleActionResponseAttributes")


@_attrs_define
class HvacScheduleActionResponseAttributes:
    """Attributes of an hvac-schedule echo."""

    schedules: list[HvacScheduleSlotEcho] | Unset = UNSET
    """ The HVAC schedule slots as stored (echo of the request). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedules, Unset):
            schedules = []
            for schedules_item_data in self.schedules:
                schedules_item = schedules_item_data.to_dict()
                schedules.append(schedules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schedules is not UNSET:
            field_dict["schedules"] = schedules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hvac_schedule_slot_echo import HvacScheduleSlotEcho  # noqa: PLC0415

        d = dict(src_dict)
        _schedules = d.pop("schedules", UNSET)
        schedules: list[HvacScheduleSlotEcho] | Unset = UNSET
        if _schedules is not UNSET:
            schedules = []
            for schedules_item_data in _schedules:
                schedules_item = HvacScheduleSlotEcho.from_dict(schedules_item_data)

                schedules.append(schedules_item)

        hvac_schedule_action_response_attributes = cls(
            schedules=schedules,
        )

        hvac_schedule_action_response_attributes.additional_properties = d
        return hvac_schedule_action_response_attributes

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
