import pytest

pytestmark = [pytest.mark.usefixtures("demo_site"), pytest.mark.django_db]


def test_public_pages_forbid_inline_scripts_and_framing(client):
    policy = client.get("/kits/")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert "'unsafe-inline'" not in directives["script-src"]
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"


def test_public_pages_hold_no_inline_script(client):
    html = client.get("/").content.decode()
    assert "<script>" not in html and "onclick=" not in html
