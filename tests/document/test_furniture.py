"""The fixed words live in the language table only: no renderer spells a furniture word of its own
(generator/document/src/words.cpp is the one place). Usage: test_furniture.py ROOT"""
import pathlib
import re
import sys

# The furniture words, as they would appear in a C++ string literal of a renderer.
WORDS = ["Contents", "Page", "Appendix", "Yes", "No", "Tick ", "Day", "Month", "Year", "DD", "MM", "YYYY",
         "continued", "Version", "inserted text", "deleted text", "This copy marks", "Skip to",
         "None set", "Next review", "when complete", "digest ", "Right-click", "Information sharing protocol",
         "January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
         "December"]
LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
LIBRARIES = ["html", "pdf", "docx", "markdown", "compose", "forms", "build", "redline"]


def main():
    root = pathlib.Path(sys.argv[1])
    found = []
    for library in LIBRARIES:
        for path in sorted((root / "generator" / library).rglob("*.[ch]pp")):
            for number, line in enumerate(path.read_text().splitlines(), 1):
                if line.lstrip().startswith("//"):
                    continue
                for literal in LITERAL.findall(line):
                    for word in WORDS:
                        # Whole words only, so "Normal" or "NoSpacing" style names are not words.
                        if re.search(r"(?<![A-Za-z])" + re.escape(word.strip()) + r"(?![A-Za-z])", literal) and \
                                (word.strip() != "No" or literal.strip() == "No"):
                            found.append(f"{path.relative_to(root)}:{number}: '{word.strip()}' in \"{literal}\"")
    for f in found:
        print(f)
    print(f"furniture: {len(found)} fixed word(s) outside the language table")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
