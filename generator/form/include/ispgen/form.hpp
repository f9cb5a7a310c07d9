#pragma once
#include <string>
#include <vector>

#include "ispgen/document.hpp"
#include "ispgen/markdown.hpp"

// A form bound to one protocol, as the document tree's Form with the document information the
// back-ends print around it. Text is plain (never markup): back-ends escape it.
namespace ispgen::form {

using FieldKind = document::FieldKind;
using Field = document::Field;
using Section = document::FormSection;

// A form ready to render: `info` gives the page furniture and metadata: `marking` (e.g.
// "OFFICIAL-SENSITIVE when complete") at the top and bottom of every page; `footer` (form title,
// protocol title and version) beside "Page X of Y"; title, author, language and date.
struct Form : document::Form {
  markdown::DocumentInfo info;
};

// The form as a document: its information, and the form as the one block in front.
document::Document as_document(const Form& f);

}  // namespace ispgen::form
