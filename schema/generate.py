"""Writes schema/*.schema.json, the JSON Schema for editors, from the model's description.

The keys, whether each is required, its kind, vocabulary, range and the line editors see come from
generator/model/include/ispgen/model/description.hpp, printed as JSON by tests/schema/dump_keys
(built with the project); only the constraints between keys are written here (CONSTRAINTS).

usage: generate.py DUMP_KEYS            write the four schema files next to this script
       generate.py --check DUMP_KEYS    exit 1 if the files differ from what would be written
"""
import json
import pathlib
import subprocess
import sys

ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
DAY = "(0[1-9]|[12][0-9]|3[01])"
MONTH = "(0[1-9]|1[0-2])"
YEAR = "(19|[2-9][0-9])[0-9]{2}"

# Each helper below returns the schema of one kind of value, with `d` as its description.


def text(d, required=False):
    s = {"type": ["string", "number", "boolean"], "description": d}
    if required:
        s["minLength"] = 1
    return s

def markdown(d, required=False):
    return text(d + " (Markdown)", required)

def texts(d):
    return {"type": "array", "description": d, "items": {"type": ["string", "number", "boolean"]}}

def ident(d):
    return {"type": ["string", "integer"], "description": d, "pattern": ID_PATTERN, "minimum": 0}

def ids(d):
    return {"type": "array", "description": d,
            "items": {"type": ["string", "integer"], "pattern": ID_PATTERN, "minimum": 0}}

def enum(d, words):
    return {"type": "string", "description": d, "enum": words}

def date(d):
    return {"type": "string", "description": d + " (YYYY-MM-DD)",
            "pattern": f"^{YEAR}-{MONTH}-{DAY}$"}

def date_or_month(d):
    return {"type": "string", "description": d + " (YYYY-MM-DD or YYYY-MM)",
            "pattern": f"^{YEAR}-{MONTH}(-{DAY})?$"}

def boolean(d):
    return {"type": ["boolean", "string"], "description": d + " (true/false, also yes/no)",
            "pattern": "^([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo])$"}

def whole(d, lo, hi):
    return {"type": "integer", "description": f"{d} (whole number {lo}-{hi})", "minimum": lo, "maximum": hi}

def version(d):
    return {"type": ["string", "number"], "description": d + ' (whole numbers joined by dots, e.g. "2.1")',
            "pattern": r"^[0-9]+(\.[0-9]+)*$", "minimum": 0}

def ref(name, d):
    return {"$ref": f"#/$defs/{name}", "description": d}

def list_of(name, d):
    return {"type": "array", "description": d, "items": {"$ref": f"#/$defs/{name}"}}

def obj(d, required, props, **extra):
    s = {"type": "object", "description": d, "properties": props, "required": required,
         "additionalProperties": False}
    s.update(extra)
    return s

def parties(d):
    party = {"anyOf": [{"type": ["string", "integer"], "pattern": ID_PATTERN, "minimum": 0},
                       {"$ref": "#/$defs/stage_party"}]}
    return {"description": d + ": 'all' (every partner of the protocol), or a list of partner ids or "
                               "{partner, roles} maps",
            "oneOf": [{"const": "all"}, {"type": "array", "items": party}]}

def lines(d):
    return {"description": d,
            "anyOf": [{"type": ["string", "number", "boolean"]},
                      {"type": "array", "items": {"type": ["string", "number", "boolean"]}}]}

def choices(d, words):
    return {"type": "array", "description": d, "items": {"type": "string", "enum": words}}

def shorthand(kind):
    """The schema of the scalar that may stand for an object: an id, or a text."""
    if kind in ("id", "ref"):
        return {"type": ["string", "integer"], "pattern": ID_PATTERN, "minimum": 0}
    return {"type": ["string", "number", "boolean"]}

def items(name, d, objects):
    short = objects[name]["shorthand"]
    if short is None:
        return list_of(name, d)
    return {"type": "array", "description": d, "items": {"anyOf": [shorthand(short), {"$ref": f"#/$defs/{name}"}]}}

# The schema of a key of each kind: f is the key as dump_keys prints it.
KINDS = {
    "text": lambda f, o: text(f["help"], f["required"]),
    "prose": lambda f, o: text(f["help"], f["required"]),
    "markdown": lambda f, o: markdown(f["help"], f["required"]),
    "version": lambda f, o: version(f["help"]),
    "id": lambda f, o: ident(f["help"]),
    "ref": lambda f, o: ident(f["help"]),
    "refs": lambda f, o: ids(f["help"]),
    "names": lambda f, o: texts(f["help"]),
    "texts": lambda f, o: texts(f["help"]),
    "lines": lambda f, o: lines(f["help"]),
    "choice": lambda f, o: enum(f["help"], f["words"]),
    "choices": lambda f, o: choices(f["help"], f["words"]),
    "flag": lambda f, o: boolean(f["help"]),
    "integer": lambda f, o: whole(f["help"], f["min"], f["max"]),
    "date": lambda f, o: date(f["help"]),
    "month_date": lambda f, o: date_or_month(f["help"]),
    "object": lambda f, o: ref(f["object"], f["help"]),
    "objects": lambda f, o: items(f["object"], f["help"], o),
    "parties": lambda f, o: parties(f["help"]),
}

# What the keys of an object must satisfy together, beyond each key on its own.
CONSTRAINTS = {
    "protocol": {"anyOf": [{"required": ["partners"]}, {"required": ["parent"]}]},
    "contact": {"anyOf": [{"required": ["name"]}, {"required": ["role"]}]},
}

def definitions(objects):
    """The $defs: one object schema per object the description defines, in its order."""
    return {name: obj(o["about"], o["required"], {f["key"]: KINDS[f["kind"]](f, objects) for f in o["fields"]},
                      **CONSTRAINTS.get(name, {}))
            for name, o in objects.items()}

DRAFT = "http://json-schema.org/draft-07/schema#"

FILES = {
    "protocol.schema.json": {
        "$schema": DRAFT,
        "title": "ispgen protocol",
        "description": "An information sharing protocol for ispgen; docs/schema.md describes every key.",
        "allOf": [{"$ref": "#/$defs/protocol"}],
        "$defs": None,  # filled from the description
    },
    "partners.schema.json": {
        "$schema": DRAFT,
        "title": "ispgen partner directory",
        "description": "partners.yaml: every organisation a register's protocols may name; docs/schema.md describes every key.",
        "allOf": [{"$ref": "protocol.schema.json#/$defs/partner_directory"}],
    },
    "form.schema.json": {
        "$schema": DRAFT,
        "title": "ispgen form definition",
        "description": "forms/*.yaml: a standard form ispgen binds to each protocol that uses it; docs/forms.md describes every key.",
        "allOf": [{"$ref": "protocol.schema.json#/$defs/form_definition"}],
    },
    "gateways.schema.json": {
        "$schema": DRAFT,
        "title": "ispgen gateway library",
        "description": "gateways.yaml: the statutes and powers a register's protocols cite; docs/schema.md describes every key.",
        "allOf": [{"$ref": "protocol.schema.json#/$defs/gateway_library"}],
    },
}


def render(schema):
    """The file's text: two-space indents, UTF-8 as written, a final newline."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def main():
    arguments = [a for a in sys.argv[1:] if a != "--check"]
    if len(arguments) != 1:
        print("usage: generate.py [--check] DUMP_KEYS", file=sys.stderr)
        return 2
    dump = subprocess.run([arguments[0]], check=True, capture_output=True, text=True).stdout
    FILES["protocol.schema.json"]["$defs"] = definitions(json.loads(dump))
    folder = pathlib.Path(__file__).resolve().parent
    stale = []
    for name, schema in FILES.items():
        path = folder / name
        if "--check" in sys.argv[1:]:
            if not path.exists() or path.read_text() != render(schema):
                stale.append(name)
        else:
            path.write_text(render(schema))
    for name in stale:
        print(f"schema/{name} differs from the model's description: run python3 schema/generate.py DUMP_KEYS")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
