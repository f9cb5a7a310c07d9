#!/usr/bin/python3
"""Writes a pair of registers for timing the semantic diff: DIR/old and DIR/new, each a partner
directory of PARTNERS partners (default 200), a gateway library, and one protocol naming every
partner, with 60 data items, 12 stages, 3 meetings, a glossary, clauses and long prose. NEW
differs from OLD by edits of every kind: a partner renamed in the directory, one partner leaving
and another joining, a data item's id renamed, data items reordered and removed at a stage, words
changed in the purpose and a clause, the marking changed, a glossary term added.

usage: bench/diff-fixture.py DIR [PARTNERS]
"""
import pathlib
import sys

KINDS = ["local-authority", "police", "health", "probation", "housing", "fire", "education", "voluntary"]
WORDS = ("partners share personal information only where the law allows it and only as much as the purpose "
         "needs so that people at risk are found early and helped by the service best placed to help them").split()


def prose(n, seed):
    """`n` words of plain prose, varied by `seed`."""
    return " ".join(WORDS[(seed + i * 7) % len(WORDS)] for i in range(n))


def block(text, indent):
    """`text` as a YAML literal block at `indent` spaces, wrapped at about 90 columns."""
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) > 88:
            lines.append(line)
            line = ""
        line = f"{line} {word}" if line else word
    lines.append(line)
    return "|\n" + "".join(" " * indent + l + "\n" for l in lines)


def partners_yaml(ids, renamed=None):
    out = ["partners:"]
    for n, pid in enumerate(ids):
        name = f"Partner organisation number {n + 1}"
        if pid == renamed:
            name += " (merged)"
        out += [f"  - id: {pid}", f"    name: {name}", f"    kind: {KINDS[n % len(KINDS)]}",
                f"    address: {n + 1} High Street, Townsville",
                f"    responsible_manager: {{role: Head of Service {n + 1}, email: head{n + 1}@example.org}}",
                f"    signatory: {{name: Signatory {n + 1}, role: Chief Executive}}",
                f"    breach_contact: {{role: Information Governance, telephone: 0100 000 {n:04d}}}",
                f"    roles: [Practitioner {n % 9}, Manager {n % 5}]"]
    return "\n".join(out) + "\n"


def gateways_yaml():
    out = ["gateways:"]
    for g in range(20):
        out += [f"  - id: gateway-{g}", f"    title: Statute number {g} Act 20{g:02d}",
                f"    sections: [section {g + 1}, section {g + 10}]",
                f"    allows: {block(prose(60, g), 6)}".rstrip("\n"),
                f"    kinds: [{KINDS[g % len(KINDS)]}, {KINDS[(g + 3) % len(KINDS)]}]"]
    return "\n".join(out) + "\n"


def protocol_yaml(ids, new, left, joined):
    """The protocol naming `ids`; NEW without the partner `left` and with `joined`."""
    named = [i for i in ids if not (new and i == left)]
    everyone = named + ([joined] if new else [])
    items = [f"item-{i}" for i in range(60)]
    if new:
        items[7] = "renamed-item"
    purpose = prose(400, 1)
    if new:
        words = purpose.split()
        words[100] = "lawfully"
        words[250:252] = ["only", "where", "needed"]
        purpose = " ".join(words)
    out = ["id: big", "title: A protocol with many partners", "regime: uk-gdpr", "status: active", 'version: "3.4"',
           f"marking: {'OFFICIAL-SENSITIVE' if new else 'OFFICIAL'}", "effective: 2024-01-15",
           f"purpose: {block(purpose, 2)}".rstrip("\n"), f"scope: {block(prose(200, 2), 2)}".rstrip("\n"),
           "objectives:", *[f"  - Objective {o}, {prose(12, o)}" for o in range(6)], "partners:"]
    for pid in everyone:
        number = int(pid[1:])
        out.append(f"  - {{id: {pid}, signatory: {{name: Own signatory {number}, role: Director}}}}" if number % 10 == 0
                   else f"  - {pid}")
    out += ["gateways: [" + ", ".join(f"gateway-{g}" for g in range(20)) + "]", "lawful_bases:",
            '  - {id: task, provision: uk-gdpr-article-6, condition: "6(1)(e)", summary: a public task}',
            '  - {id: spi, provision: uk-gdpr-article-9, condition: "9(2)(g)"}',
            '  - {id: crime, provision: dpa-2018-schedule-1, condition: "paragraph 10"}', "data_items:"]
    for i, item in enumerate(items):
        category = ["identifier", "personal", "special-category", "criminal-offence"][i % 4]
        out.append(f"  - {{id: {item}, name: Data item {i}, category: {category}, group: Group {i % 6}, "
                   f"description: {prose(15, i)}}}")
    out += ["consent:", "  model: explicit", "  form: consent", f"  recording: {block(prose(80, 3), 4)}".rstrip("\n"),
            "forms:", "  - {id: consent, title: Consent form, kind: consent}",
            "  - {id: referral, title: Referral form, kind: referral}",
            "security:", "  transfer_methods:", "    - {id: secure-email, name: Secure email}",
            "    - {id: post, name: Recorded post}", "meetings:"]
    for m in range(3):
        attendees = [i for i in ids[m * 50:(m + 1) * 50] if i in named]
        out.append(f"  - {{id: meeting-{m}, name: Panel {m}, frequency: Monthly, attendees: [{', '.join(attendees)}]}}")
    out.append("stages:")
    for s in range(12):
        shares = [items[(s * 5 + k) % 60] for k in range(15)]
        if new and s == 0:
            shares = shares[1:]
        if new and s == 1:
            shares = shares[::-1]
        providers = "all" if s % 3 == 0 else "[" + ", ".join(i for i in ids[s * 10:s * 10 + 30] if i in named) + "]"
        out += [f"  - id: stage-{s}", f"    name: Stage {s}", f"    description: {block(prose(60, s), 6)}".rstrip("\n"),
                f"    shares: [{', '.join(shares)}]", f"    providers: {providers}",
                f"    recipients: [{', '.join(i for i in ids[s:s + 12] if i in named)}]", "    transfer: [secure-email, post]",
                f"    meeting: meeting-{s % 3}", f"    referral: {'true' if s == 0 else 'false'}"]
    out += ["review: {every_months: 24, lead: " + ids[0] + "}", "glossary:"]
    terms = [f"  - {{term: Term {t}, definition: {prose(20, t)}}}" for t in range(30)]
    if new:
        terms.append("  - {term: Added term, definition: A term the new version adds.}")
    out += terms + ["clauses:"]
    for c, section in enumerate(["introduction", "consent", "security", "records", "complaints"]):
        text = prose(300, c)
        if new and section == "records":
            text = text.replace("purpose", "stated purpose", 2)
        out += [f"  - section: {section}", f"    text: {block(text, 6)}".rstrip("\n")]
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = pathlib.Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    ids = [f"P{n:03d}" for n in range(1, count + 1)]
    joined = f"P{count + 1:03d}"
    for side, directory in (("old", ids), ("new", ids + [joined])):
        folder = root / side
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "partners.yaml").write_text(partners_yaml(directory, renamed=ids[2] if side == "new" else None))
        (folder / "gateways.yaml").write_text(gateways_yaml())
        (folder / "big.yaml").write_text(protocol_yaml(ids, side == "new", ids[5], joined))
    return 0


if __name__ == "__main__":
    sys.exit(main())
