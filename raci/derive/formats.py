"""The document types derivation reads, named once for the reader, the command line and
the app's file dialog (a module of its own, so the app lists them without loading the
readers)."""

from __future__ import annotations

# (suffix, what it is), in the order a user is told them
FORMATS = (
    (".txt", "plain text"), (".text", "plain text"), (".md", "Markdown"),
    (".markdown", "Markdown"), (".adoc", "AsciiDoc"), (".asciidoc", "AsciiDoc"),
    (".html", "HTML"), (".htm", "HTML"), (".docx", "Word"), (".pptx", "PowerPoint"),
    (".pdf", "PDF"), (".odt", "OpenDocument text"), (".fodt", "flat OpenDocument text"),
    (".csv", "a table as CSV"), (".tsv", "a table with tabs"),
    (".rst", "reStructuredText"), (".org", "Org mode"), (".tex", "LaTeX"),
    (".json", "JSON"), (".yaml", "YAML"), (".yml", "YAML"),
    (".feature", "a Gherkin feature file"), (".puml", "PlantUML"), (".plantuml", "PlantUML"),
    (".mmd", "a Mermaid diagram"),
)
SUPPORTED = tuple(suffix for suffix, _what in FORMATS)
# what a message tells a user to use: one suffix of each kind
SUPPORTED_NAMES = (".txt, .md, .adoc, .html, .docx, .pptx, .pdf, .odt, .csv, .tsv, .rst, .org, "
                   ".tex, .json or .yaml")
# the filter of a file dialog that picks documents to derive from
DIALOG_FILTER = "Documents (" + " ".join(f"*{s}" for s in SUPPORTED) + ");;All files (*)"
