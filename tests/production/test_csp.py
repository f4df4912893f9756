import pytest

from tests.factories.kits import KitPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def kit():
    return KitPageFactory(title="Kit pour tester les en-têtes")


def test_public_pages_forbid_inline_scripts_and_framing(client, kit):
    for url in ["/", kit.get_parent().url, kit.url]:
        response = client.get(url)
        assert response.status_code == 200, url
        policy = response["Content-Security-Policy"]
        directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
        assert directives["default-src"] == "'self'"
        assert "'unsafe-inline'" not in directives["script-src"]
        assert directives["frame-ancestors"] == "'none'"
        assert directives["object-src"] == "'none'"


def test_public_pages_hold_no_inline_script(client, kit):
    for url in ["/", kit.url]:
        html = client.get(url).content.decode()
        assert "<script>" not in html and "onclick=" not in html, url
