"""Derive a draft template from documents that describe who does what.

``documents`` reads text, Markdown, HTML, .docx, PDF (``pdf``) and OpenDocument text
(``odf``) into blocks; ``roles`` finds
the roles they name; ``extract`` turns lists, tables and sentences into
responsibilities; ``draft`` merges them into activities, chooses letters and
keeps the provenance of every cell. Everything is deterministic and offline.
"""
