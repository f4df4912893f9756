"""A workshop content, kit or resource as Markdown, for mediators who remix it.

The licence and the source come first, then the page's text (rich text converted by
markdownify), then its files as absolute links to the download views, which check
each visitor's rights themselves. The export is a route of the page (`markdown/`), so
Wagtail's page privacy answers first: a private page's export answers exactly what
the page answers (login, 404).
"""

from urllib.parse import urljoin

from bs4 import BeautifulSoup
from django.http import HttpResponse
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from markdownify import markdownify
from wagtail.contrib.routable_page.models import path

from core.typography import french_date, human_file_size, typeset_text
from images.privacy import may_see

HUB = "RhinOcc — Réseau et Hub pour l'inclusion numérique en Occitanie"


def html_to_markdown(html: str, base_url: str) -> str:
    """Rich text as Markdown, its links made absolute so they work outside the site."""
    soup = BeautifulSoup(html, "html.parser")
    for tag, attribute in (("a", "href"), ("img", "src")):
        for element in soup.find_all(tag, **{attribute: True}):
            element[attribute] = urljoin(base_url, element[attribute])
    return markdownify(str(soup), heading_style="ATX", bullets="-").strip()


def plain(text: str) -> str:
    """Typed text as Markdown: its `*`, `_`… escaped, its line breaks kept."""
    lines = [markdownify(escape(line)).strip() for line in str(text).splitlines()]
    return "  \n".join(line for line in lines if line)


def document_line(request, document, note: str = "") -> str:
    facts = [document.short_format]
    if size := document.get_file_size():
        facts.append(human_file_size(size))
    line = f"- [{plain(document.title)}]({request.build_absolute_uri(document.url)}) "
    line += f"({', '.join(facts)})"
    if document.licence:
        line += " — " + _("Licence:") + " " + plain(str(document.licence))
    if document.source:
        line += " — " + _("Source: %(source)s") % {"source": plain(document.source)}
    if note:
        line += f" — {plain(note)}"
    return line


def facts_list(facts: list[tuple[str, object]]) -> str:
    """`- **Niveau** : Débutant` lines, for the facts that have a value; a value is typed
    text, or a `Link`."""
    return "\n".join(
        "- " + _("%(label)s: %(value)s") % {"label": f"**{label}**", "value": markdown(value)}
        for label, value in facts
        if value
    )


class Link(str):
    """An address to show as a link, not as text."""


def markdown(value) -> str:
    return f"<{value}>" if isinstance(value, Link) else plain(value)


class MarkdownExportMixin:
    """A `markdown/` route for a content page (with RoutablePageMixin in its bases).

    A page type says what its text is with `markdown_sections(request)`.
    """

    def markdown_sections(self, request) -> list[str]:
        raise NotImplementedError

    def markdown_url(self) -> str:
        return self.url + self.reverse_subpage("markdown")

    def markdown_header(self, request) -> str:
        """The title, then licence, source and date, as a quote on lines of their own."""
        licence = self.licence
        if licence is None:
            licence_text = pgettext("licence", "not specified")
        elif licence.url:
            licence_text = f"[{plain(str(licence))}]({licence.url})"
        else:
            licence_text = plain(str(licence))
        source = f"« {plain(self.title)} », {HUB}, <{self.get_full_url(request)}>"
        facts = [_("Licence:") + " " + licence_text, _("Source: %(source)s") % {"source": source}]
        if self.content_updated_at:
            facts.append(_("Updated on") + " " + french_date(self.content_updated_at))
        # Two spaces end a line without ending the quote's paragraph.
        return f"# {plain(self.title)}\n\n" + "  \n".join(f"> {fact}" for fact in facts)

    def render_markdown(self, request) -> str:
        parts = [self.markdown_header(request), plain(self.summary)]
        parts += self.markdown_sections(request)
        # French spaces as on the page: « Pour qui ? » keeps its « ? » on its line.
        return typeset_text("\n\n".join(part for part in parts if part)) + "\n"

    def rich_text_markdown(self, request, value) -> str:
        # The filter the page uses, so the export hides the same document links; imported
        # here as template tag modules load models, which this module must not at import.
        from core.templatetags.rhinocc_tags import richtext_for

        return html_to_markdown(str(richtext_for(value, request)), self.get_full_url(request))

    def downloads_markdown(self, request, heading: str) -> str:
        documents = [
            item.document for item in self.page_downloads if may_see(request, item.document)
        ]
        if not documents:
            return ""
        lines = [document_line(request, document) for document in documents]
        return f"## {heading}\n\n" + "\n".join(lines)

    @path("markdown/", name="markdown")
    def markdown_export(self, request):
        response = HttpResponse(
            self.render_markdown(request), content_type="text/markdown; charset=utf-8"
        )
        response["Content-Disposition"] = f'inline; filename="{self.slug}.md"'
        response["X-Content-Type-Options"] = "nosniff"
        return response
