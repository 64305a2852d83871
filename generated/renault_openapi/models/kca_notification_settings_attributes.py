from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kca_notification_setting import KcaNotificationSetting


T = TypeVar("T", bound="KcaNotificationSettingsAttributes")


@_attrs_define
class KcaNotificationSettingsAttributes:
    """Empty in the only capture."""

    settings: list[KcaNotificationSetting] | Unset = UNSET
    """ One entry per notification kind (shape from third-party clients). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = []
            for settings_item_data in self.settings:
                settings_item = settings_item_data.to_dict()
                settings.append(settings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kca_notification_setting import KcaNotificationSetting  # noqa: PLC0415

        d = dict(src_dict)
        _settings = d.pop("settings", UNSET)
        settings: list[KcaNotificationSetting] | Unset = UNSET
        if _settings is not UNSET:
            settings = []
            for settings_item_data in _settings:
                settings_item = KcaNotificationSetting.from_dict(settings_item_data)

                settings.append(settings_item)

        kca_notification_settings_attributes = cls(
            settings=settings,
        )

        kca_notification_settings_attributes.additional_properties = d
        return kca_notification_settings_attributes

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
