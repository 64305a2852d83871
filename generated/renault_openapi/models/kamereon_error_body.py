from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kamereon_error_item import KamereonErrorItem
    from ..models.kamereon_message import KamereonMessage


T = TypeVar("T", bound="KamereonErrorBody")


@_attrs_define
class KamereonErrorBody:
    """Error body of every Kamereon service. Clients read `errors[0]` first, before the HTTP status
    (the status is not always meaningful). A body with only `messages` (no `errors`) also occurs.

        Example:
            {'type': 'FUNCTIONAL', 'messages': [{'code': 'err.func.wired.overloaded', 'message': 'You have reached your
                quota limit'}], 'errors': [{'errorCode': 'err.func.wired.overloaded', 'errorMessage': 'You have reached your
                quota limit'}], 'error_reference': 'FUNCTIONAL'}

    """

    type_: str | Unset = UNSET
    """ `FUNCTIONAL` or `TECHNICAL` (open set). """
    messages: list[KamereonMessage] | Unset = UNSET
    errors: list[KamereonErrorItem] | Unset = UNSET
    error_reference: str | Unset = UNSET
    """ `FUNCTIONAL` / `TECHNICAL` or a reference id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        error_reference = self.error_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if messages is not UNSET:
            field_dict["messages"] = messages
        if errors is not UNSET:
            field_dict["errors"] = errors
        if error_reference is not UNSET:
            field_dict["error_reference"] = error_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kamereon_error_item import KamereonErrorItem  # noqa: PLC0415
        from ..models.kamereon_message import KamereonMessage  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[KamereonMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = KamereonMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        _errors = d.pop("errors", UNSET)
        errors: list[KamereonErrorItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = KamereonErrorItem.from_dict(errors_item_data)

                errors.append(errors_item)

        error_reference = d.pop("error_reference", UNSET)

        kamereon_error_body = cls(
            type_=type_,
            messages=messages,
            errors=errors,
            error_reference=error_reference,
        )

        kamereon_error_body.additional_properties = d
        return kamereon_error_body

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
