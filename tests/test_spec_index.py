"""The shared lookups in the bundled document (renault_ext.spec.index), on a small document."""

from __future__ import annotations

from typing import Any

import pytest

from renault_ext.spec import load_spec
from renault_ext.spec.index import OperationIndex, escape, node_at, pick_media, resolve

JSON = "application/json"


def doc() -> dict[str, Any]:
    ok = {"content": {JSON: {"schema": {"$ref": "#/components/schemas/Car"}}}}
    return {
        "paths": {
            "/accounts/{accountId}/cars/{vin}": {
                "get": {
                    "operationId": "getCar",
                    "tags": ["kamereon"],
                    "responses": {
                        "200": ok,
                        "4XX": {"$ref": "#/components/responses/Error"},
                        "default": {"description": "anything else"},
                    },
                },
                "post": {
                    "operationId": "postCar",
                    "requestBody": {"$ref": "#/components/requestBodies/Car"},
                    "responses": {"200": {"description": "no body"}},
                },
            },
            "/accounts/{accountId}/cars/{vin}/cockpit": {
                "get": {"operationId": "getCockpit", "responses": {"200": ok}},
            },
        },
        "components": {
            "schemas": {
                "Car": {
                    "type": "object",
                    "properties": {
                        "vin": {"type": "string", "x-personal-data": True},
                        "alias": {"$ref": "#/components/schemas/Alias"},
                    },
                },
                "Alias": {"$ref": "#/components/schemas/Name"},
                "Name": {"type": "string"},
                "Loop": {"$ref": "#/components/schemas/Loop"},
            },
            "responses": {
                "Error": {"content": {"text/html": {}, JSON: {"schema": {"type": "object"}}}}
            },
            "requestBodies": {
                "Car": {
                    "required": True,
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {"$ref": "#/components/schemas/Car"}
                        }
                    },
                }
            },
        },
    }


@pytest.fixture
def index() -> OperationIndex:
    return OperationIndex(doc())


def test_path_templates(index: OperationIndex) -> None:
    op, params, exists = index.match_path("get", "/accounts/a-1/cars/VF1AAAAA555777001/cockpit")
    assert exists
    assert op is not None and op.operation_id == "getCockpit"
    assert params == {"accountId": "a-1", "vin": "VF1AAAAA555777001"}
    assert index.match_path("DELETE", "/accounts/a/cars/v") == (None, {}, True)  # wrong method
    assert index.match_path("GET", "/accounts/a/cars") == (None, {}, False)
    assert index.match_path("GET", "/base/accounts/a/cars/v/")[0] is None  # exact unless asked
    op, _, _ = index.match_path("GET", "https://h/base/accounts/a/cars/v/", suffix=True)
    assert op is not None and op.operation_id == "getCar"


def test_refs_are_followed(index: OperationIndex) -> None:
    assert index.follow("/components/schemas/Alias") == "/components/schemas/Name"
    assert index.resolve({"$ref": "#/components/schemas/Alias"}) == {"type": "string"}
    assert index.follow("/components/schemas/Loop") == "/components/schemas/Loop"  # no hang
    assert resolve(doc(), {"$ref": "#/components/schemas/Name"}) == {"type": "string"}
    assert node_at({"a/b": [1, {"~x": 2}]}, f"/{escape('a/b')}/1/{escape('~x')}") == 2
    with pytest.raises(KeyError):
        index.ref("other.yaml#/x")


def test_response_by_status(index: OperationIndex) -> None:
    op = index.by_id["getCar"]
    ok = index.response(op, 200)
    assert ok is not None and ok.status_key == "200" and ok.media_type == JSON
    assert (
        ok.schema_pointer
        == f"/paths/{escape('/accounts/{accountId}/cars/{vin}')}/get/responses/200/content/{escape(JSON)}/schema"
    )
    assert index.resolve(ok.schema)["properties"]["vin"]["type"] == "string"
    error = index.response(op, 404, "application/json; charset=utf-8")
    assert error is not None and error.status_key == "4XX"
    assert error.pointer == "/components/responses/Error"  # the $ref'd response object
    assert error.schema_pointer == f"/components/responses/Error/content/{escape(JSON)}/schema"
    html = index.response(op, 404)  # no Content-Type: the first declared media type
    assert html is not None and html.media_type == "text/html" and html.schema_pointer is None
    other = index.response(op, 503)
    assert other is not None and other.status_key == "default" and other.media_type is None
    assert index.response(op, None) == other  # an unrecorded status: `default` only
    assert index.response(index.by_id["getCockpit"], 500) is None


def test_request_body(index: OperationIndex) -> None:
    body = index.request_body(index.by_id["postCar"])
    assert body is not None and body.node["required"] is True
    assert body.pointer == "/components/requestBodies/Car"
    assert body.media_type == "application/x-www-form-urlencoded"
    assert index.request_body(index.by_id["getCar"]) is None


def test_pick_media() -> None:
    content = {"text/html": {}, JSON: {"schema": {}}}
    assert pick_media(content, "Application/JSON; charset=utf-8") == (JSON, {"schema": {}})
    assert pick_media(content, "text/plain") == ("text/html", {})
    assert pick_media({}, JSON) is None


def test_personal_names(index: OperationIndex) -> None:
    assert index.personal_property_names == {"vin"}


def test_bundled_document_every_operation_matches_its_own_path() -> None:
    index = OperationIndex(load_spec())
    assert len(index.operations) >= 40
    for op in index.operations:
        concrete = (
            op.path.replace("{accountId}", "a-1")
            .replace("{vin}", "VF1AAAAA555777001")
            .replace("{personId}", "p-1")
        )
        found, _, _ = index.match_path(op.method, concrete)
        assert found is op, op.operation_id
    assert "vin" in {name.lower() for name in index.personal_property_names}
