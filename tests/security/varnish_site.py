"""The site of test_varnish.py's server; run in a subprocess with its production
environment (same database), as an editor's request in a worker would be.

`prepare` migrates, builds a public kit and a private community space with a content,
a session for a member of that space, and prints them as JSON on its last line;
`publish <page id> <title>` publishes a new revision of a page under that title, then
runs the queued tasks as the worker would (Wagtail's purges of the frontend cache).
"""

import io
import json
import sys

import django


def prepare() -> dict:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0, stdout=io.StringIO())
    from tests.factories.accounts import community_member
    from tests.factories.communities import CommunityPageFactory
    from tests.factories.home import site_settings
    from tests.factories.kits import KitPageFactory, WorkshopContentPageFactory
    from tests.security.nginx_site import member_session

    site_settings()
    kit = KitPageFactory(title="Devenir structure qualifiée APTIC")
    private = CommunityPageFactory(title="Réseau du Sicoval", is_private=True)
    content = WorkshopContentPageFactory(parent=private, title="Compte rendu interne")
    member = community_member(private, first_name="Camille", last_name="Rivière")
    return {
        "kit": {"id": kit.pk, "url": kit.url, "section": kit.get_parent().url},
        "private": private.url,
        "private_content": content.url,
        "member_session": member_session(member),
    }


def publish(page_id: str, title: str) -> None:
    from django.core.management import call_command
    from wagtail.models import Page

    page = Page.objects.get(pk=int(page_id)).specific
    page.title = title
    page.save_revision().publish()
    call_command("db_worker", "--batch", "--queue-name", "*", verbosity=0)


if __name__ == "__main__":
    django.setup()
    if sys.argv[1] == "prepare":
        print(json.dumps(prepare()))
    else:
        publish(*sys.argv[2:])
