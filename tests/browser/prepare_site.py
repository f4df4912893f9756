"""Prepares the browser tests' own site; run by conftest.py in a subprocess.

The subprocess has the production settings and an environment that points at a
fresh temporary database and media folder. This script migrates, loads the demo
(`manage.py load_demo`, so the demo's accounts, search index and whatever else
the command sets up come along), adds a trainer account whose password the
tests know (the demo's passwords are random and printed once), and prints, as
its last line, JSON describing the pages the tests visit: one URL per public
page type, and the targets of the user journeys. Nothing here is an expected
result: the tests reach these pages through the site's own links and forms.
"""

import io
import json
import os
import sys
from collections import Counter

import django


def main() -> None:
    django.setup()
    from django.core.management import call_command

    quiet = io.StringIO()
    call_command("migrate", interactive=False, verbosity=0, stdout=quiet)
    call_command("load_demo", verbosity=0, stdout=quiet)
    create_trainer(os.environ["BROWSER_TRAINER_USERNAME"], os.environ["BROWSER_TRAINER_PASSWORD"])
    set_demo_passwords(os.environ["BROWSER_DEMO_PASSWORD"])
    print(json.dumps(describe_site()))


def create_trainer(username: str, password: str) -> None:
    """A trainer exactly like the demo's: in the Formateurs group, and nothing more."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from accounts.roles import TRAINERS

    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@rhinocc.example",
        password=password,
        first_name="Fanny",
        last_name="Formatrice",
    )
    user.groups.add(Group.objects.get(name=TRAINERS))


def set_demo_passwords(password: str) -> None:
    """One password, which the tests know, for every demo account (printed once otherwise)."""
    from django.contrib.auth import get_user_model

    from demo.accounts import DEMO_ACCOUNTS

    for user in get_user_model().objects.filter(
        username__in=[account[0] for account in DEMO_ACCOUNTS]
    ):
        user.set_password(password)
        user.save(update_fields=["password"])


def first_url(queryset) -> str:
    page = queryset.live().public().order_by("path").first()
    if page is None:
        raise SystemExit(f"The demo has no live public page of {queryset.model.__name__}")
    return page.url


def file_documents(page):
    return [block.value["document"] for block in page.body if block.block_type == "file"]


def describe_site() -> dict:
    from catalogue.models import TrainingCataloguePage, TrainingIndexPage, TrainingModulePage
    from communities.models import CommunityIndexPage, CommunityPage
    from home.models import SelectionPage, StandardPage
    from kits.models import (
        ContentIndexPage,
        KitIndexPage,
        KitPage,
        ResourceIndexPage,
        ResourcePage,
        WorkshopContentPage,
    )
    from taxonomy.models import Competency, SupportType
    from tests.demo.landmarks import NO_RESULT_SEARCH_WORD, SEARCH_WORD, SEARCH_WORD_AS_WRITTEN

    content_index = ContentIndexPage.objects.live().public().get()
    catalogue = TrainingCataloguePage.objects.live().public().order_by("path").first()
    workshops = (
        WorkshopContentPage.objects.live()
        .public()
        .descendant_of(content_index)
        .order_by("path")
        .prefetch_related("publics", "competencies")
    )

    # The mediator's journey: a workshop content about "numérique" that has a public,
    # a competency and an editable tool (not a PDF, which browsers open in place).
    journey = None
    for workshop in workshops:
        tools = [doc for doc in file_documents(workshop) if not doc.filename.endswith(".pdf")]
        searchable = f"{workshop.title} {workshop.summary} {workshop.body.raw_data}"
        classified = workshop.publics.exists() and workshop.competencies.exists()
        if tools and classified and SEARCH_WORD_AS_WRITTEN in searchable.lower():
            journey = (workshop, tools[0])
            break
    if journey is None:
        raise SystemExit("No workshop content of the demo fits the mediator's journey")
    workshop, tool = journey
    public = workshop.publics.order_by("name").first()
    competency = workshop.competencies.order_by("code").first()

    # A term listing (publics, themes and tags are listed by the search, support
    # types, licences and départements by a page of their own): the support type
    # of the most workshop contents.
    support_types = Counter(w.support_type_id for w in workshops if w.support_type_id)
    listed_type = SupportType.objects.get(pk=support_types.most_common(1)[0][0])
    first_competency = Competency.objects.order_by("code").first()

    pages = {
        "home": "/",
        "training-index": first_url(TrainingIndexPage.objects.all()),
        "catalogue": catalogue.url,
        "module": first_url(TrainingModulePage.objects.child_of(catalogue)),
        "kit-index": first_url(KitIndexPage.objects.all()),
        "kit": first_url(KitPage.objects.all()),
        "content-index": content_index.url,
        "workshop-content": workshop.url,
        "resource-index": first_url(ResourceIndexPage.objects.all()),
        "resource": first_url(
            ResourcePage.objects.descendant_of(ResourceIndexPage.objects.live().get())
        ),
        "community-index": first_url(CommunityIndexPage.objects.all()),
        "community": first_url(CommunityPage.objects.filter(is_private=False)),
        "standard-page": first_url(StandardPage.objects.all()),
        "selection": first_url(SelectionPage.objects.all()),
        "search-results": f"/recherche/?q={SEARCH_WORD}",
        "search-no-result": f"/recherche/?q={NO_RESULT_SEARCH_WORD}",
        "competency-index": "/competences/",
        "competency": f"/competences/{first_competency.code}/",
        "term-listing": f"/types/{listed_type.slug}/",
        "login": "/connexion/",
        "signup": "/inscription/",
        "not-found": "/cette-page-n-existe-pas/",
    }
    return {
        "pages": pages,
        "mediator": {
            "workshop_url": workshop.url,
            "workshop_title": workshop.title,
            "public_name": public.name,
            "public_slug": public.slug,
            "competency_code": competency.code,
            "tool_url": tool.url,
            "tool_filename": tool.filename,
            "tool_size": tool.file.size,
        },
        "catalogue": {"title": catalogue.title, "url": catalogue.url},
    }


if __name__ == "__main__":
    sys.exit(main())
