"""Checks schema/*.schema.json against the loader's key tables and the example protocols.

Usage: test_schema.py DUMP_KEYS_BINARY REPOSITORY_ROOT
"""
import json
import pathlib
import subprocess
import sys

import jsonschema
import yaml


class TextDatesLoader(yaml.SafeLoader):
    """A SafeLoader that keeps dates as strings, as ispgen reads them."""


TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

# Documents the schema must reject: (what is wrong, schema file, document).
MINIMAL = {"id": "p", "title": "T", "regime": "uk-gdpr", "status": "draft", "version": "1.0",
           "marking": "OFFICIAL", "consent": {"model": "explicit"}, "partners": ["A"]}
WRONG_DOCUMENTS = [
    ("unknown key", "protocol", {**MINIMAL, "titel": "T"}),
    ("missing required key", "protocol", {k: v for k, v in MINIMAL.items() if k != "regime"}),
    ("bad enum word", "protocol", {**MINIMAL, "status": "live"}),
    ("wrong type", "protocol", {**MINIMAL, "consent": "explicit"}),
    ("bad date", "protocol", {**MINIMAL, "quality_assured": "2017-13-01"}),
    ("tier out of range", "protocol", {**MINIMAL, "tier": 4}),
    ("bad id", "protocol", {**MINIMAL, "partners": ["-A"]}),
    ("no partners and no parent", "protocol", {k: v for k, v in MINIMAL.items() if k != "partners"}),
    ("stage providers neither 'all' nor a list", "protocol",
     {**MINIMAL, "stages": [{"id": "s", "name": "S", "providers": "some"}]}),
    ("contact without name or role", "partners",
     {"partners": [{"id": "A", "name": "A", "kind": "police", "signatory": {"email": "a@b"}}]}),
    ("bad partner kind", "partners", {"partners": [{"id": "A", "name": "A", "kind": "army"}]}),
    ("unknown gateway key", "gateways", {"gateways": [{"id": "g", "title": "G", "section": "1"}]}),
    ("bad field kind", "form", {"kind": "consent", "title": "T", "sections": [
        {"heading": "H", "fields": [{"kind": "slider", "name": "x"}]}]}),
]


# Loads the three root schemas as Draft 7 validators that resolve refs between the files.
def load_validators(schema_dir):
    schemas = {}
    for name in ("protocol", "partners", "gateways", "form"):
        path = schema_dir / f"{name}.schema.json"
        schemas[name] = (path.as_uri(), json.loads(path.read_text()))
    store = {uri: schema for uri, schema in schemas.values()}
    validators = {}
    for name, (uri, schema) in schemas.items():
        jsonschema.Draft7Validator.check_schema(schema)
        resolver = jsonschema.RefResolver(base_uri=uri, referrer=schema, store=store)
        validators[name] = jsonschema.Draft7Validator(schema, resolver=resolver)
    return validators, schemas["protocol"][1]["$defs"]


# Differences between the loader's key tables and the schema's $defs, one message each.
def compare_keys(loader_tables, definitions):
    problems = []
    for name in sorted(set(loader_tables) | set(definitions)):
        if name not in definitions:
            problems.append(f"$defs has no '{name}'")
            continue
        if name not in loader_tables:
            problems.append(f"$defs/{name} is not an object the loader reads")
            continue
        table, definition = loader_tables[name], definitions[name]
        if definition.get("additionalProperties") is not False:
            problems.append(f"$defs/{name} does not set additionalProperties: false")
        for what, loader_keys, schema_keys in (
            ("key", set(table["keys"]), set(definition.get("properties", {}))),
            ("required key", set(table["required"]), set(definition.get("required", []))),
        ):
            for key in sorted(loader_keys - schema_keys):
                problems.append(f"{name}: loader {what} '{key}' missing from the schema")
            for key in sorted(schema_keys - loader_keys):
                problems.append(f"{name}: schema {what} '{key}' unknown to the loader")
    return problems


# Which root schema a YAML file is validated with.
def schema_for(path):
    if path.parent.name == "forms":
        return "form"
    return {"partners.yaml": "partners", "gateways.yaml": "gateways"}.get(path.name, "protocol")


# Validation errors in every YAML file under protocols/ and forms/, one message each; returns
# (count, problems).
def validate_examples(root, validators):
    files = sorted(p for folder in ("protocols", "forms") for p in (root / folder).rglob("*")
                   if p.suffix in (".yaml", ".yml") and p.is_file()
                   and not any(part.startswith(".") for part in p.relative_to(root).parts))
    problems = []
    for path in files:
        try:
            document = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=TextDatesLoader)
        except yaml.YAMLError as error:
            problems.append(f"{path.relative_to(root)}: not YAML: {error}")
            continue
        for error in validators[schema_for(path)].iter_errors(document):
            where = "/".join(str(step) for step in error.absolute_path) or "(root)"
            problems.append(f"{path.relative_to(root)}: {where}: {error.message}")
    return len(files), problems


# The wrong documents the schema accepts, one message each.
def check_wrong_documents(validators):
    return [f"schema accepts a document with a {what}"
            for what, schema, document in WRONG_DOCUMENTS
            if validators[schema].is_valid(document)]


# Runs every check, prints each problem and a one-line summary; exit status 1 on any problem.
def main():
    dump_keys, root = sys.argv[1], pathlib.Path(sys.argv[2])
    loader_tables = json.loads(subprocess.run([dump_keys], check=True, capture_output=True, text=True).stdout)
    validators, definitions = load_validators(root / "schema")
    problems = compare_keys(loader_tables, definitions)
    if not validators["protocol"].is_valid(MINIMAL):
        problems.append("schema rejects the minimal protocol the wrong documents start from")
    file_count, example_problems = validate_examples(root, validators)
    problems += example_problems + check_wrong_documents(validators)
    for problem in problems:
        print(problem)
    print(f"schema: {len(loader_tables)} objects compared, {file_count} files validated, "
          f"{len(WRONG_DOCUMENTS)} wrong documents checked: "
          + ("ok" if not problems else f"{len(problems)} problems"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
