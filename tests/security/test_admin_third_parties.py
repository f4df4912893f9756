"""Finding 17 of the audit: the admin makes no request to a third party.

Wagtail's admin asked Gravatar for every user's avatar (an image from another
host, with a hash of the e-mail) and, for superusers, releases.wagtail.org for
its upgrade notice. Every admin screen a role opens is read here as a browser
would: every resource it loads (img, script, link, iframe, source, video,
audio, object, embed) and every address in the JSON that the admin's scripts
turn into images (the sidebar's avatar) must be on this site. Links (<a>) may
point elsewhere: following one is the user's choice.
"""

import json
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.test import TestCase
from django.urls import reverse

from tests.factories.accounts import SuperuserFactory, role_users
from tests.factories.catalogue import TrainingModulePageFactory
from tests.factories.communities import CommunityPageFactory
from tests.factories.documents import DocumentFactory
from tests.factories.images import ImageFactory
from tests.factories.kits import KitPageFactory, WorkshopContentPageFactory

RESOURCE_ATTRIBUTES = {
    "img": ["src", "srcset"],
    "script": ["src"],
    "link": ["href"],
    "iframe": ["src"],
    "source": ["src", "srcset"],
    "video": ["src", "poster"],
    "audio": ["src"],
    "object": ["data"],
    "embed": ["src"],
    "image": ["href"],
}
# In the admin's JSON props, these keys hold the targets of links, not resources.
LINK_KEYS = {"url", "href", "editUrl", "helpUrl"}
SITE_HOST = "testserver"


def is_third_party(address: str) -> bool:
    host = urlsplit(address.strip()).hostname
    return host is not None and host != SITE_HOST


def addresses_in(value: str) -> list[str]:
    """The addresses of a src or srcset ("a.png 1x, b.png 2x")."""
    return [candidate.split()[0] for candidate in value.split(",") if candidate.strip()]


def json_resources(data, key=None):
    """The addresses of a JSON document, except those under link keys."""
    if isinstance(data, dict):
        for name, value in data.items():
            yield from json_resources(value, name)
    elif isinstance(data, list):
        for value in data:
            yield from json_resources(value, key)
    elif isinstance(data, str) and key not in LINK_KEYS:
        yield key, data


class ThirdPartyRequests(HTMLParser):
    """Collects what a browser would fetch from another host to show the page."""

    def __init__(self):
        super().__init__()
        self.found = []
        self.json_script = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in RESOURCE_ATTRIBUTES.get(tag, []):
            for address in addresses_in(attrs.get(name) or ""):
                if is_third_party(address):
                    self.found.append(f"<{tag} {name}={address}>")
        if tag == "script" and attrs.get("type") == "application/json":
            self.json_script = []

    def handle_data(self, data):
        if self.json_script is not None:
            self.json_script.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self.json_script is not None:
            data = json.loads("".join(self.json_script) or "null")
            self.found += [
                f"{key}: {address}"
                for key, address in json_resources(data)
                if is_third_party(address)
            ]
            self.json_script = None


def third_party_requests(html: str) -> list[str]:
    parser = ThirdPartyRequests()
    parser.feed(html)
    return parser.found


class AdminThirdPartyTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.community_a = CommunityPageFactory(title="Réseau A", is_private=True)
        cls.community_b = CommunityPageFactory(title="Réseau B")
        cls.users = role_users(cls.community_a, cls.community_b)
        cls.users["superuser"] = SuperuserFactory()
        del cls.users["anonymous"], cls.users["mediator"]
        kit = KitPageFactory()
        cls.editable = {
            "trainer": TrainingModulePageFactory(owner=cls.users["trainer"], live=False),
            "contributor_a": WorkshopContentPageFactory(
                parent=cls.community_a, owner=cls.users["contributor_a"], live=False
            ),
            "admin_a": cls.community_a,
            "contributor_b": WorkshopContentPageFactory(
                parent=cls.community_b, owner=cls.users["contributor_b"], live=False
            ),
            "hub_editor": kit,
            "superuser": kit,
        }
        DocumentFactory()
        ImageFactory()

    def admin_urls(self, role):
        page = self.editable[role]
        urls = [
            reverse("wagtailadmin_home"),
            reverse("wagtailadmin_explore_root"),
            reverse("wagtailadmin_explore", args=[page.get_parent().pk]),
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            reverse("wagtailadmin_pages:history", args=[page.pk]),
            reverse("wagtailadmin_account"),
            reverse("wagtailadmin_choose_page"),
            reverse("wagtaildocs:index"),
            reverse("wagtailimages:index"),
        ]
        if role == "superuser":
            urls += [
                reverse("wagtailusers_users:index"),
                reverse("wagtailusers_users:edit", args=[self.users["trainer"].pk]),
                reverse("wagtailusers_groups:index"),
                reverse("wagtailadmin_reports:site_history"),
            ]
        return urls

    def test_no_admin_screen_loads_anything_from_another_host(self):
        for role, user in self.users.items():
            self.client.force_login(user)
            for url in self.admin_urls(role):
                with self.subTest(role=role, url=url):
                    # The explorer's root, for instance, redirects to the role's own section.
                    response = self.client.get(url, follow=True)
                    self.assertEqual(response.status_code, 200)
                    content = response.content.decode()
                    if response["Content-Type"].startswith("application/json"):
                        content = json.loads(content).get("html", "")
                    self.assertEqual(third_party_requests(content), [])

    def test_superusers_get_no_upgrade_check(self):
        # Its script asks releases.wagtail.org for the latest version.
        self.client.force_login(self.users["superuser"])
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertNotContains(response, 'data-controller="w-upgrade')
