"""What a client derives from a vehicle's details: model code, brand, energy, picture.

Works on the generated ``VehicleDetails`` model (or anything with its ``to_dict``), and keeps the
rules of facts §5.4 in one place.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

ELECTRIC_ENERGY = frozenset({"ELEC", "ELECX", "PHEV"})
FUEL_ENERGY = frozenset({"OTHER", "PHEV", "HEV", "ESS", "GASLN"})


class PictureSize(str, Enum):
    SMALL = "ONE_MYRENAULT_SMALL"
    LARGE = "ONE_MYRENAULT_LARGE"


def _as_dict(details: Any) -> dict[str, Any]:
    if details is None:
        return {}
    if isinstance(details, dict):
        return details
    return details.to_dict()


def _label(node: Any, key: str) -> str | None:
    value = node.get(key) if isinstance(node, dict) else None
    return value if isinstance(value, str) and value else None


def model_code(details: Any) -> str | None:
    return _label(_as_dict(details).get("model"), "code")


def model_label(details: Any) -> str | None:
    return _label(_as_dict(details).get("model"), "label")


def brand_label(details: Any) -> str | None:
    return _label(_as_dict(details).get("brand"), "label")


def energy_code(details: Any) -> str | None:
    data = _as_dict(details)
    return data.get("engineEnergyType") or _label(data.get("energy"), "code")


def uses_electricity(details: Any) -> bool:
    return energy_code(details) in ELECTRIC_ENERGY


def uses_fuel(details: Any) -> bool:
    # ESS and GASLN (petrol, LPG) count as fuel here; renault-api forgets them when
    # engineEnergyType is missing (facts §5.4).
    return energy_code(details) in FUEL_ENERGY


def picture_url(details: Any, size: PictureSize = PictureSize.LARGE) -> str | None:
    """URL of the vehicle picture, or None (never raises when the asset is missing)."""
    for asset in _as_dict(details).get("assets") or []:
        if not isinstance(asset, dict) or asset.get("assetType") != "PICTURE":
            continue
        for rendition in asset.get("renditions") or []:
            if isinstance(rendition, dict) and rendition.get("resolutionType") == size.value:
                url = rendition.get("url")
                if isinstance(url, str):
                    return url
    return None
