"""Writes schema/*.schema.json, the JSON Schema for editors, from the definitions below.

Keep these definitions in step with generator/load/src/schema.cpp (the loader's key tables) and
docs/schema.md; the test `schema` compares the written files with the loader.

usage: generate.py            write the four schema files next to this script
       generate.py --check    exit 1 if the files differ from what would be written
"""
import json
import pathlib
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

PARTNER_KINDS = ["local-authority", "police", "health", "probation", "housing", "fire", "education",
                 "voluntary", "youth-justice", "other"]
GATEWAY_TYPES = ["statute", "regulations", "guidance", "common-law"]
REGIMES = ["dpa-1998", "uk-gdpr"]
PROVISIONS = ["uk-gdpr-article-6", "uk-gdpr-article-9", "uk-gdpr-article-10", "dpa-2018-schedule-1",
              "dpa-1998-schedule-2", "dpa-1998-schedule-3"]
CATEGORIES = ["identifier", "personal", "special-category", "criminal-offence"]
CONSENT_MODELS = ["explicit", "where-appropriate", "not-required", "notify"]
STATUSES = ["draft", "consultation", "active", "under-review", "superseded", "withdrawn"]
MARKINGS = ["NOT PROTECTIVELY MARKED", "PROTECT", "RESTRICTED", "CONFIDENTIAL", "OFFICIAL",
            "OFFICIAL-SENSITIVE"]
FORM_KINDS = ["consent", "referral", "signing-in", "confidentiality", "other"]
CLAUSE_MODES = ["replace", "append", "prepend"]

def parties(d):
    party = {"anyOf": [{"type": ["string", "integer"], "pattern": ID_PATTERN, "minimum": 0},
                       {"$ref": "#/$defs/stage_party"}]}
    return {"description": d + ": 'all' (every partner of the protocol), or a list of partner ids or "
                               "{partner, roles} maps",
            "oneOf": [{"const": "all"}, {"type": "array", "items": party}]}

def contact_fields():
    return {
        "responsible_manager": ref("contact", "the manager answerable for the protocol in this organisation"),
        "designated_officer": ref("contact", "the officer who sorts out sharing problems"),
        "signatory": ref("contact", "who signs protocols for the organisation"),
        "breach_contact": ref("contact", "where breaches are reported"),
        "roles": texts("practitioner roles that provide and receive information"),
    }

defs = {}

defs["protocol"] = obj(
    "An information sharing protocol; the file name (without .yaml) is its id",
    ["id", "title", "regime", "status", "version", "marking", "consent"],
    {
        "id": ident("the protocol's id: must equal the file name without .yaml"),
        "title": text("the protocol's title", True),
        "area": text("the area it covers"),
        "board": text("the partnership board that owns it"),
        "tier": whole("its tier in a framework (1 charter, 2 protocol, 3 procedure)", 1, 3),
        "framework": ref("framework", "the framework it sits under"),
        "parent": ident("an overarching protocol in the same folder that this one sits under"),
        "regime": enum("the data protection law it was written under", REGIMES),
        "status": enum("where it is in its life; review warnings apply to 'active'", STATUSES),
        "version": version("the current version; equals the last 'history' entry when there is one"),
        "effective": date_or_month("when it took effect; reviews are counted from here"),
        "published": date_or_month("the date printed on its cover"),
        "quality_assured": date("when it was quality assured (WASPI)"),
        "marking": enum("the protective marking printed on every page", MARKINGS),
        "purpose": markdown("why the partners share, in the protocol's own words"),
        "scope": markdown("what the protocol covers and what it does not"),
        "objectives": texts("what sharing is for"),
        "benefits": texts("what sharing achieves"),
        "service_users": texts("the groups of people whose information is shared"),
        "informing": texts("the agreed ways of telling service users about sharing"),
        "partners": {"type": "array",
                     "description": "the partners of this protocol, by directory id: an id, or a map "
                                    "with the id and the facts that differ for this protocol "
                                    "(required unless there is a 'parent')",
                     "items": {"anyOf": [{"type": ["string", "integer"], "pattern": ID_PATTERN, "minimum": 0},
                                         {"$ref": "#/$defs/participation"}]}},
        "gateways": ids("the library's gateways this protocol relies on, by id"),
        "lawful_bases": list_of("lawful_basis", "the conditions for processing relied on"),
        "common_law": markdown("how the common law duty of confidence is met"),
        "public_interest": texts("the public interest grounds for sharing without consent"),
        "data_items": list_of("data_item", "the personal information shared"),
        "consent": ref("consent", "the consent model"),
        "stages": list_of("stage", "the stages of information flow (the information reference table)"),
        "security": ref("security", "marking levels, handling rules, transfer methods, breaches"),
        "meetings": list_of("meeting", "meetings at which information is shared"),
        "forms": list_of("form", "forms the protocol uses"),
        "review": ref("review", "the review rule and reviews held"),
        "history": list_of("version", "the version history, oldest first"),
        "glossary": list_of("term", "terms and their definitions"),
        "checklists": list_of("checklist", "checklists and rules printed as appendices"),
        "arrangements": list_of("theme", "specific sharing arrangements by theme (for an overarching protocol)"),
        "clauses": list_of("clause", "wording that changes or adds to the standard sections"),
    },
    anyOf=[{"required": ["partners"]}, {"required": ["parent"]}],
)

defs["framework"] = obj("The framework a protocol sits under", ["name"], {
    "name": text("the framework's name", True),
    "tier": whole("the framework's own tier", 1, 3),
    "url": text("where to read it"),
})

defs["partner_directory"] = obj("The partner directory (partners.yaml)", ["partners"], {
    "partners": list_of("partner", "every organisation the register's protocols may name"),
})

defs["gateway_library"] = obj("The legal gateway library (gateways.yaml)", ["gateways"], {
    "gateways": list_of("gateway", "the statutes and powers the register's protocols cite"),
})

defs["partner"] = obj("An organisation in the partner directory", ["id", "name", "kind"], {
    "id": ident("the short form used in tables, e.g. MTCBC"),
    "name": text("the organisation's full name", True),
    "kind": enum("what sort of body it is; gateways name the kinds that may rely on them", PARTNER_KINDS),
    "address": text("postal address"),
    **contact_fields(),
})

participation_fields = contact_fields()
participation_fields["responsible_manager"]["description"] = \
    "who is answerable for this protocol in the organisation"
participation_fields["signatory"]["description"] = \
    "who signs this protocol for the organisation; a partner without one is a warning"
participation_fields["roles"]["description"] = "the practitioner roles that act for it under this protocol"
defs["participation"] = obj(
    "A partner's part in one protocol: the directory id and the facts that differ for this protocol "
    "(they override the directory's)",
    ["id"], {"id": ident("a partner in partners.yaml"), **participation_fields})

defs["contact"] = obj("A person or a post: at least one of 'name' and 'role'", [], {
    "name": text("the person's name"),
    "role": text("the post"),
    "email": text("email address"),
    "telephone": text("telephone number"),
    "address": text("postal address"),
}, anyOf=[{"required": ["name"]}, {"required": ["role"]}])

defs["gateway"] = obj("A statute, regulation, guidance or common law power", ["id", "title"], {
    "id": ident("the gateway's id"),
    "title": text("the statute or instrument as cited", True),
    "type": enum("what kind of instrument it is (default 'statute')", GATEWAY_TYPES),
    "sections": texts("the sections, articles or paragraphs relied on"),
    "allows": markdown("what it allows or requires, in plain words"),
    "relied_on_by": texts("the bodies that may rely on it, as the legislation names them"),
    "kinds": {"type": "array", "description": "the partner kinds that may rely on it",
              "items": {"type": "string", "enum": PARTNER_KINDS}},
    "url": text("where to read it"),
})

defs["lawful_basis"] = obj("A condition for processing relied on", ["id", "provision", "condition"], {
    "id": ident("the lawful basis's id"),
    "provision": enum("where the condition is found; must fit the 'regime'", PROVISIONS),
    "condition": text("the article, paragraph or condition, e.g. 6(1)(e)", True),
    "summary": text("what it says, in plain words"),
})

defs["data_item"] = obj("An item of personal information shared", ["id", "name", "category"], {
    "id": ident("the data item's id"),
    "name": text("the name as printed", True),
    "category": enum("the kind of personal data", CATEGORIES),
    "identifies": boolean("one of the identifiers that make sure every partner means the same person; "
                          "default true for 'identifier', false otherwise"),
    "group": text("the group it is listed under"),
    "description": text("a description of the item"),
})

defs["stage"] = obj("A stage of information flow, one column of the information reference table",
                    ["id", "name"], {
    "id": ident("the stage's id"),
    "name": text("the stage's name", True),
    "description": markdown("what happens at this stage"),
    "shares": ids("the information shared, by data item id"),
    "consent": markdown("how consent applies at this stage"),
    "providers": parties("who provides the information"),
    "recipients": parties("who receives it"),
    "forms": ids("forms used at this stage, by form id"),
    "transfer": ids("how it is sent, by transfer method id"),
    "frequency": text("when it is shared"),
    "considerations": markdown("anything else to note"),
    "meeting": ident("the meeting at which this stage happens (meeting id)"),
    "lawful_bases": ids("the lawful bases this stage relies on, by id; default all of the protocol's"),
    "referral": boolean("this is the referral stage a referral form serves"),
})

defs["stage_party"] = obj("A partner acting at a stage, with the roles acting for it", ["partner"], {
    "partner": ident("one of the protocol's partners (partner id)"),
    "roles": texts("the roles acting at this stage, if not the partner's usual ones"),
})

defs["consent"] = obj("The consent model", ["model"], {
    "model": enum("explicit: consent is required; where-appropriate: sought where appropriate, otherwise "
                  "a legal basis is relied on; not-required; notify: told but not asked", CONSENT_MODELS),
    "basis": markdown("why consent is not required (needed in practice for 'not-required')"),
    "form": ident("the consent form, by form id (needed for 'explicit')"),
    "capacity": markdown("service users who lack mental capacity"),
    "children": markdown("children and young people"),
    "recording": markdown("how consent is recorded"),
    "refusal": markdown("when consent is refused"),
    "withdrawal": markdown("when consent is withdrawn"),
    "review": markdown("revisiting consent over time"),
    "without_consent": ref("without_consent", "sharing without consent"),
})

defs["without_consent"] = obj("Sharing without consent", [], {
    "criteria": texts("the situations in which information may be shared without consent"),
    "decided_by": text("who decides"),
    "recording": text("how the decision is recorded"),
})

defs["security"] = obj("Marking levels, handling rules, transfer methods and breaches", [], {
    "levels": list_of("marking_level", "restriction levels for shared information and their handling rules"),
    "transfer_methods": list_of("transfer_method", "agreed secure ways to move information"),
    "breaches": markdown("how breaches are reported"),
})

defs["marking_level"] = obj("A restriction level for shared information", ["id", "name"], {
    "id": ident("the level's id"),
    "name": text("the name as printed", True),
    "definition": text("what release of such information would cause"),
    "summary": text("one line for a signing-in sheet"),
    "handling": ref("handling", "the handling rules at this level"),
})

defs["handling"] = obj("The handling rules at a level: one row of the handling rules table each", [], {
    "marking": text("Marking"),
    "storage": text("Storage of papers"),
    "disposal": text("Disposal of papers, including photographs"),
    "media_disposal": text("Disposal of magnetic media"),
    "movement": text("Movement between partner agencies"),
    "telephone": text("Telephone and mobile, including text messages"),
    "email": text("Email"),
    "internet": text("Internet"),
})

defs["transfer_method"] = obj("An agreed secure way to move information", ["id", "name"], {
    "id": ident("the transfer method's id"),
    "name": text("the name as printed", True),
    "description": text("a description of the method"),
})

defs["meeting"] = obj("A meeting at which information is shared", ["id", "name"], {
    "id": ident("the meeting's id"),
    "name": text("the meeting's name", True),
    "chair": text("who chairs it"),
    "chair_partner": ident("the partner that chairs it (partner id)"),
    "frequency": text("how often it meets"),
    "location": text("where it meets"),
    "level": ident("the restriction level of what is shared (marking level id); absent: the chair "
                   "sets it at each meeting"),
    "purposes": texts("what the meeting is for"),
    "attendees": ids("partners that attend, by partner id"),
    "declaration": markdown("what attendees agree to by signing in"),
    "equality_statement": markdown("the meeting's equality statement"),
    "record_email": boolean("the signing-in sheet asks for an email address"),
})

defs["form"] = obj("A form the protocol uses", ["id", "title", "kind"], {
    "id": ident("the form's id"),
    "title": text("the form's title", True),
    "kind": enum("what ispgen generates for it; 'other' names a document it does not generate", FORM_KINDS),
    "reference": text("where it appears in the document, e.g. Appendix D"),
    "meeting": ident("for signing-in and confidentiality forms: the meeting (default: every meeting)"),
    "stage": ident("for a referral form: the stage (default: the stage marked 'referral')"),
    "note": text("a note about the form"),
})

defs["review"] = obj("The review rule (every_months, optionally first_after_months) or a fixed due date, "
                     "and the reviews held", [], {
    "every_months": whole("reviews fall every this many months, counted from 'effective'", 1, 120),
    "first_after_months": whole("the first review falls this many months after 'effective', later ones "
                                "every 'every_months'", 1, 120),
    "due": date("a fixed date for the next review, instead of a rule"),
    "lead": ident("the partner that leads the review (partner id)"),
    "by": text("who carries it out"),
    "considers": texts("what the review has regard to"),
    "minor_changes": text("who agrees minor amendments"),
    "major_changes": text("who agrees major amendments"),
    "reviews": list_of("review_record", "reviews held"),
})

defs["review_record"] = obj("A review held", ["date"], {
    "date": date("when the review was held"),
    "by": text("who held it"),
    "outcome": text("what it decided"),
})

defs["version"] = obj("An entry of the version history; versions must increase and dates not go backwards",
                      ["version"], {
    "version": version("the version number"),
    "date": date("when the version was issued"),
    "author": text("who wrote it"),
    "summary": text("what changed"),
})

defs["term"] = obj("A glossary entry", ["term", "definition"], {
    "term": text("the term", True),
    "definition": text("what it means", True),
})

defs["checklist"] = obj("A checklist or set of rules printed as an appendix", ["id", "title", "items"], {
    "id": ident("the checklist's id"),
    "title": text("the checklist's title", True),
    "introduction": markdown("text printed before the items"),
    "items": {"type": "array", "description": "the items: the text of each, or a {text, prompts} map",
              "items": {"anyOf": [{"type": ["string", "number", "boolean"]},
                                  {"$ref": "#/$defs/checklist_item"}]}},
})

defs["checklist_item"] = obj("A checklist item with prompts", ["text"], {
    "text": markdown("the question or rule", True),
    "prompts": texts("the prompts under it"),
})

defs["theme"] = obj("A theme of specific sharing arrangements", ["name"], {
    "name": text("the theme's name", True),
    "forums": list_of("forum", "the forums under this theme"),
})

defs["forum"] = obj("A forum under a theme", ["name"], {
    "name": text("the forum's name", True),
    "shares_individual_information": boolean("it shares information about individuals"),
    "arrangement": text("the agreement that governs its sharing"),
})

defs["clause"] = obj("Wording that changes a standard section, or adds a section", ["section", "text"], {
    "section": ident("a standard section, or the id of a new one"),
    "mode": enum("for a standard section: replace its wording, or add after or before it (default 'append')",
                 CLAUSE_MODES),
    "title": text("for a new section: its heading"),
    "after": ident("for a new section: the section it follows (section id)"),
    "text": markdown("the wording", True),
})

FIELD_KINDS = ["text", "box", "date", "yes-no", "choice", "checkboxes", "signature", "table", "fixed"]

defs["form_definition"] = obj("A standard form (forms/*.yaml); its texts are Mustache templates over the protocol (docs/forms.md)",
                              ["kind", "title", "sections"], {
    "kind": enum("the kind of protocol form it makes", FORM_KINDS),
    "title": text("the form's title when the protocol gives none (template)", True),
    "when_complete": boolean("the blank form is not sensitive: its marking reads '... when complete'"),
    "sections": list_of("form_section", "the form's groups of fields, in order"),
})

defs["form_section"] = obj("A titled group of fields", ["heading", "fields"], {
    "heading": text("the group's heading (template)", True),
    "when": text("a context key: the group is left out unless it is set ('!key': unless it is not)"),
    "fields": list_of("form_field", "the fields, in order"),
})

defs["form_field"] = obj("A field of a form", ["kind", "name"], {
    "kind": enum("what the field asks for", FIELD_KINDS),
    "name": ident("the field's name, unique in the form"),
    "label": text("what the field asks (template)"),
    "hint": text("a line of help under the label (template)"),
    "text": markdown("fixed: the paragraphs and list to print (template)"),
    "options": {"description": "choice and checkboxes: a list of templates, or one template; each line they render to is an option",
                "anyOf": [{"type": ["string", "number", "boolean"]},
                          {"type": "array", "items": {"type": ["string", "number", "boolean"]}}]},
    "lines": whole("box: lines to write on", 1, 40),
    "columns": texts("table: the column headings (templates; an empty one is left out)"),
    "rows": whole("table: blank rows", 0, 200),
    "fill": boolean("table: then rows to the foot of the last page"),
    "when": text("a context key: the field is left out unless it is set ('!key': unless it is not)"),
    "each": text("a context list: the field is repeated for each element, its label rendered with it"),
})

DRAFT = "http://json-schema.org/draft-07/schema#"

FILES = {
    "protocol.schema.json": {
        "$schema": DRAFT,
        "title": "ispgen protocol",
        "description": "An information sharing protocol for ispgen; docs/schema.md describes every key.",
        "allOf": [{"$ref": "#/$defs/protocol"}],
        "$defs": defs,
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
        print(f"schema/{name} differs from schema/generate.py: run python3 schema/generate.py")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
