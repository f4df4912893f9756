"""core/pdf.py: PDF documents from templates, offline, and a French 503 without Pango."""

import sys

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from core import pdf
from tests.pdftext import pdf_pages, pdf_text


class PangoMissing:
    """An import finder that fails as `import weasyprint` does without Debian's Pango."""

    def find_spec(self, name, path=None, target=None):
        if name == "weasyprint" or name.startswith("weasyprint."):
            raise OSError("cannot load library 'libpango-1.0-0': cannot open shared object file")
        return None


@pytest.fixture
def pango_missing(monkeypatch):
    for name in [name for name in sys.modules if name.split(".")[0] == "weasyprint"]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(sys, "meta_path", [PangoMissing(), *sys.meta_path])
    pdf._weasyprint.cache_clear()
    yield
    pdf._weasyprint.cache_clear()


def test_a_template_is_printed_as_a_pdf_whose_text_reads_back(needs_weasyprint):
    content = pdf.html_to_pdf(
        "<html lang='fr'><body><h1>Feuille d’émargement</h1>"
        "<p>Séance du 1er décembre — « présentiel »</p></body></html>"
    )
    assert content.startswith(b"%PDF-")
    text = pdf_text(content)
    assert "Feuille d'émargement" in text
    assert "Séance du 1er décembre — « présentiel »" in text


@pytest.mark.django_db
def test_the_base_document_carries_the_hubs_name_and_page_numbers(needs_weasyprint):
    content = pdf.render_pdf("core/pdf/base.html", {})
    [page] = pdf_pages(content)
    assert "RhinOcc" in page
    assert "Réseau et Hub pour l'inclusion numérique en Occitanie" in page
    assert "1 / 1" in page


def test_a_document_never_fetches_an_outside_resource(needs_weasyprint, monkeypatch):
    fetched = []
    weasyprint = pdf.weasyprint_module()
    original = weasyprint.URLFetcher.fetch

    def spy(self, url, headers=None):
        fetched.append(url)
        return original(self, url, headers)

    monkeypatch.setattr(weasyprint.URLFetcher, "fetch", spy)
    content = pdf.html_to_pdf(
        '<p>Texte<img src="http://169.254.169.254/latest/meta-data/" alt="">'
        '<img src="file:///etc/passwd" alt=""></p>'
        "<style>@import url(https://example.org/x.css);</style>"
    )
    assert "Texte" in pdf_text(content)
    assert fetched == []


def test_without_pango_the_module_imports_and_a_pdf_raises_pdf_unavailable(pango_missing):
    with pytest.raises(pdf.PdfUnavailable, match="libpango"):
        pdf.render_pdf("core/pdf/base.html", {})


def test_a_failed_load_is_retried_once_the_library_is_there(pango_missing, monkeypatch):
    with pytest.raises(pdf.PdfUnavailable):
        pdf.weasyprint_module()
    monkeypatch.setattr(
        sys, "meta_path", [f for f in sys.meta_path if not isinstance(f, PangoMissing)]
    )
    assert pdf.weasyprint_module().__name__ == "weasyprint"


@pytest.mark.django_db
def test_the_unavailable_page_answers_503_in_french_with_a_way_back():
    request = RequestFactory().get("/", HTTP_REFERER="http://testserver/formations/")
    request.user = AnonymousUser()
    response = pdf.pdf_unavailable_response(request)
    assert response.status_code == 503
    assert response["Retry-After"] == "3600"
    page = response.content.decode()
    assert "Les documents PDF sont momentanément indisponibles" in page
    assert 'href="http://testserver/formations/"' in page


@pytest.mark.django_db
def test_the_unavailable_page_links_no_outside_referer():
    request = RequestFactory().get("/", HTTP_REFERER="https://evil.example/phish")
    request.user = AnonymousUser()
    response = pdf.pdf_unavailable_response(request)
    assert "evil.example" not in response.content.decode()


def test_file_names_are_french_words_in_ascii():
    assert (
        pdf.pdf_filename("Convention de formation", "Émilie Lefèvre")
        == "convention-de-formation-emilie-lefevre.pdf"
    )
    assert pdf.pdf_filename("", "") == "document.pdf"
