"""The hub's demo content, written from its activity report (shared/seed).

Each module holds plain data (dicts, lists, strings) read by
``manage.py load_demo``; the loader owns every database concern. Pages are
identified by their ``slug`` (unique among their siblings), which makes the
loader idempotent.

Conventions shared by every module:

- vocabulary references are slugs or codes seeded by the taxonomy migration:
  competencies ``"CRCN-1.1"`` … ``"CRCN-5.2"``; publics, themes, support types,
  licences and departments by the slugs listed in ``taxonomy.vocabularies``;
- rich text is a string of simple HTML (``<p>``, ``<ul><li>``, ``<strong>``,
  ``<h3>`` inside body text only);
- a downloadable file is described, not shipped: ``{"title", "format",
  "description", "paragraphs"}`` where ``format`` is ``"odt"``, ``"docx"`` or
  ``"pdf"``; the loader generates a real file of that format holding the title
  and paragraphs;
- session dates are offsets in days from the day the demo is loaded
  (``"starts_in_days"``), so that a freshly loaded site always has upcoming
  sessions.
"""
