// The canonical encoding, checked against bytes written by hand from docs/signing.md's grammar.
#include <catch2/catch.hpp>

#include "ispgen/sign.hpp"

using namespace ispgen;

namespace {

// A small protocol with one value of each kind: text, whole number, date, word, flag, absent
// and present optionals, and lists empty and not.
model::Protocol tiny() {
  model::Protocol p;
  p.id = "demo";
  p.title = "Demo";
  p.tier = 2;
  p.version = "1.0";
  p.effective = model::Date{2024, 1, 15};
  p.published = model::Date{2024, 5, 0};
  model::Partner swp;
  swp.id = "SWP";
  swp.name = "South Wales Police";
  swp.kind = model::PartnerKind::police;
  p.partners.push_back(swp);
  model::DataItem name;
  name.id = "name";
  name.name = "Name";
  name.category = model::DataCategory::identifier;
  name.identifies = true;
  p.data_items.push_back(name);
  return p;
}

// Written by hand from the grammar in docs/signing.md, not produced by the code.
const std::string tiny_bytes = R"(ispgen-digest-v1
templates=s3:abc
protocol={Protocol
id=s4:demo
title=s4:Demo
area=s0:
board=s0:
tier=+i2;
framework=-
parent=-
regime=w7:uk-gdpr
status=w5:draft
version=s3:1.0
effective=+d2024-01-15;
published=+d2024-05;
quality_assured=-
marking=w8:OFFICIAL
purpose=s0:
scope=s0:
objectives=[0
]
benefits=[0
]
service_users=[0
]
informing=[0
]
partners=[1
{Partner
id=s3:SWP
name=s18:South Wales Police
kind=+w6:police
address=s0:
responsible_manager=-
designated_officer=-
signatory=-
breach_contact=-
roles=[0
]
}
]
gateway_ids=[0
]
gateways=[0
]
lawful_bases=[0
]
common_law=s0:
public_interest=[0
]
data_items=[1
{DataItem
id=s4:name
name=s4:Name
category=w10:identifier
identifies=b1
group=s0:
description=s0:
}
]
consent={Consent
model=w8:explicit
basis=s0:
form=-
capacity=s0:
children=s0:
recording=s0:
refusal=s0:
withdrawal=s0:
review=s0:
without_consent=-
}
stages=[0
]
security={Security
levels=[0
]
transfer_methods=[0
]
breaches=s0:
}
meetings=[0
]
forms=[0
]
review={Review
every_months=-
first_after_months=-
due=-
lead=-
by=s0:
considers=[0
]
minor_changes=s0:
major_changes=s0:
reviews=[0
]
}
history=[0
]
glossary=[0
]
checklists=[0
]
arrangements=[0
]
clauses=[0
]
}
)";

// sha256sum of tiny_bytes saved to a file (printf '%s' "$bytes" | sha256sum).
constexpr const char* tiny_sha256 = "8015415028bb32e093f3662b43f8a8f7ae3ce191a5a56b0cd6f9e6e321eae6fb";

}  // namespace

TEST_CASE("a tiny protocol's canonical bytes are the documented ones, byte for byte") {
  CHECK(sign::canonical_bytes(tiny(), "abc") == tiny_bytes);
  CHECK(sign::digest(tiny(), "abc") == tiny_sha256);
}

TEST_CASE("source locations and the keys written are not part of the content") {
  model::Protocol moved = tiny();
  moved.at = {"elsewhere/demo.yaml", 40, 3};
  moved.fields.push_back({"title", {"elsewhere/demo.yaml", 41, 8}, true});
  moved.partners[0].at = {"partners.yaml", 7, 5};
  CHECK(sign::digest(moved, "abc") == sign::digest(tiny(), "abc"));
}

TEST_CASE("absent and empty, lists and their order, and text boundaries never collide") {
  const std::string base = sign::digest(tiny(), "abc");
  auto differs = [&](auto change) {
    model::Protocol p = tiny();
    change(p);
    return sign::digest(p, "abc") != base;
  };
  // An optional present but empty is not an optional absent.
  CHECK(differs([](model::Protocol& p) { p.partners[0].signatory = model::Contact{}; }));
  CHECK(differs([](model::Protocol& p) { p.framework = model::Framework{}; }));
  // A list holding one empty text is not an empty list.
  CHECK(differs([](model::Protocol& p) { p.objectives.push_back(""); }));
  // Order is meaning: partners and data items in another order are another protocol.
  model::Protocol two = tiny();
  two.objectives = {"a", "b"};
  model::Protocol swapped = two;
  swapped.objectives = {"b", "a"};
  CHECK(sign::digest(two, "abc") != sign::digest(swapped, "abc"));
  // Text moved from one field to the next changes the bytes: every text carries its length.
  model::Protocol left = tiny(), right = tiny();
  left.area = "ab";
  left.board = "c";
  right.area = "a";
  right.board = "bc";
  CHECK(sign::digest(left, "abc") != sign::digest(right, "abc"));
  // A whole month is not its first day.
  model::Protocol day = tiny();
  day.published = model::Date{2024, 5, 1};
  CHECK(sign::digest(day, "abc") != base);
}

TEST_CASE("another template set makes another digest") {
  CHECK(sign::digest(tiny(), "abc") != sign::digest(tiny(), "abd"));
}
