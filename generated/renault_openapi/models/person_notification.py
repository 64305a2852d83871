from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_notification_action_type import KnownNotificationActionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person_notification_command_response import (
        PersonNotificationCommandResponse,
    )
    from ..models.person_notification_srp_response import PersonNotificationSrpResponse


T = TypeVar("T", bound="PersonNotification")


@_attrs_define
class PersonNotification:
    """One KMR notification (outcome of a remote command or an SRP exchange step)."""

    notification_id: str | Unset = UNSET
    """ UUID of the notification (the query parameter). """
    notif_date: str | Unset = UNSET
    """ Notification time, ISO 8601 local time without zone, milliseconds (`2022-02-01T19:01:51.622`). """
    vin: str | Unset = UNSET
    """ VIN of the vehicle concerned. """
    person_id: str | Unset = UNSET
    """ Kamereon person id. """
    kmr_user_id: str | Unset = UNSET
    """ Id of the user in the KMR system. """
    action_type: KnownNotificationActionType | str | Unset = UNSET
    """ Kind of notification (open set): `COMMAND_RESPONSE` (see `commandType`, `commandResponse`) or
    `SRP_SALT_REQUEST` (see `srpResponse`). """
    command_type: str | Unset = UNSET
    """ Command the response belongs to (with `COMMAND_RESPONSE`). """
    command_response: PersonNotificationCommandResponse | Unset = UNSET
    """ Outcome of a remote command. """
    srp_response: PersonNotificationSrpResponse | Unset = UNSET
    """ Answer of the vehicle to an SRP (secure remote password) salt request. Secret values. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_id = self.notification_id

        notif_date = self.notif_date

        vin = self.vin

        person_id = self.person_id

        kmr_user_id = self.kmr_user_id

        action_type: str | Unset
        if isinstance(self.action_type, Unset):
            action_type = UNSET
        elif isinstance(self.action_type, KnownNotificationActionType):
            action_type = self.action_type.value
        else:
            action_type = self.action_type

        command_type = self.command_type

        command_response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.command_response, Unset):
            command_response = self.command_response.to_dict()

        srp_response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.srp_response, Unset):
            srp_response = self.srp_response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification_id is not UNSET:
            field_dict["notificationId"] = notification_id
        if notif_date is not UNSET:
            field_dict["notifDate"] = notif_date
        if vin is not UNSET:
            field_dict["vin"] = vin
        if person_id is not UNSET:
            field_dict["personId"] = person_id
        if kmr_user_id is not UNSET:
            field_dict["kmrUserId"] = kmr_user_id
        if action_type is not UNSET:
            field_dict["actionType"] = action_type
        if command_type is not UNSET:
            field_dict["commandType"] = command_type
        if command_response is not UNSET:
            field_dict["commandResponse"] = command_response
        if srp_response is not UNSET:
            field_dict["srpResponse"] = srp_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_notification_command_response import (
            PersonNotificationCommandResponse,  # noqa: PLC0415
        )
        from ..models.person_notification_srp_response import (
            PersonNotificationSrpResponse,  # noqa: PLC0415
        )

        d = dict(src_dict)
        notification_id = d.pop("notificationId", UNSET)

        notif_date = d.pop("notifDate", UNSET)

        vin = d.pop("vin", UNSET)

        person_id = d.pop("personId", UNSET)

        kmr_user_id = d.pop("kmrUserId", UNSET)

        def _parse_action_type(
            data: object,
        ) -> KnownNotificationActionType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_type_0 = KnownNotificationActionType(data)

                return action_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownNotificationActionType | str | Unset, data)

        action_type = _parse_action_type(d.pop("actionType", UNSET))

        command_type = d.pop("commandType", UNSET)

        _command_response = d.pop("commandResponse", UNSET)
        command_response: PersonNotificationCommandResponse | Unset
        if isinstance(_command_response, Unset):
            command_response = UNSET
        else:
            command_response = PersonNotificationCommandResponse.from_dict(
                _command_response
            )

        _srp_response = d.pop("srpResponse", UNSET)
        srp_response: PersonNotificationSrpResponse | Unset
        if isinstance(_srp_response, Unset):
            srp_response = UNSET
        else:
            srp_response = PersonNotificationSrpResponse.from_dict(_srp_response)

        person_notification = cls(
            notification_id=notification_id,
            notif_date=notif_date,
            vin=vin,
            person_id=person_id,
            kmr_user_id=kmr_user_id,
            action_type=action_type,
            command_type=command_type,
            command_response=command_response,
            srp_response=srp_response,
        )

        person_notification.additional_properties = d
        return person_notification

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
