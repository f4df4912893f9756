import random
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models.signals import post_save
from django.utils.translation import gettext as _
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Page
from wagtail.signal_handlers import update_reference_index_on_save

from communities.models import CommunityPage
from kits.models import ContentIndexPage, WorkshopContentPage
from taxonomy.models import Competency, Public, SupportType, Theme

SUBJECTS = [
    "la messagerie électronique",
    "le smartphone",
    "les démarches en ligne",
    "la sécurité des mots de passe",
    "la visioconférence",
    "le traitement de texte",
    "les réseaux sociaux",
    "la recherche d'emploi en ligne",
    "le coffre-fort numérique",
    "les arnaques en ligne",
]
FORMATS = ["Atelier", "Fiche pratique", "Exercice", "Déroulé", "Quiz"]
AUDIENCES = [
    "les seniors",
    "les jeunes",
    "les demandeurs d'emploi",
    "les personnes allophones",
    "les familles",
    "les aidants",
]
STEPS = [
    "Accueil du groupe et tour de table sur les usages de chacun.",
    "Démonstration pas à pas sur l'écran partagé, puis manipulation en binôme.",
    "Exercice pratique avec des cas réels apportés par les participants.",
    "Temps d'échange sur les difficultés rencontrées et les bonnes pratiques.",
    "Remise d'une fiche mémo et évaluation de fin d'atelier.",
]
TAGS = [
    "atelier collectif",
    "débutant",
    "tablette",
    "smartphone",
    "accès aux droits",
    "sécurité",
    "autonomie",
    "itinérant",
    "France Services",
    "Pix",
]


class Command(BaseCommand):
    help = "Adds generated workshop contents, for load tests and benchmarks only."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=10_000)
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, count, seed, **options):
        rng = random.Random(seed)  # noqa: S311 - reproducible sample data
        index = ContentIndexPage.objects.get()
        # One content in five is a community's contribution, as on the hub.
        parents = [index] * 4 + list(CommunityPage.objects.filter(is_private=False))
        competencies = list(Competency.objects.all())
        publics = list(Public.objects.all())
        themes = list(Theme.objects.all())
        support_types = list(SupportType.objects.all())
        existing = WorkshopContentPage.objects.filter(slug__startswith="genere-").count()
        started = time.monotonic()
        # Indexing page by page would dominate; the indexes are rebuilt once at the end.
        for model in (Page, WorkshopContentPage):
            post_save.disconnect(post_save_signal_handler, sender=model)
            post_save.disconnect(update_reference_index_on_save, sender=model)
        with transaction.atomic():
            for number in range(existing, existing + count):
                subject, audience = rng.choice(SUBJECTS), rng.choice(AUDIENCES)
                steps = "".join(f"<li>{step}</li>" for step in rng.sample(STEPS, 3))
                page = WorkshopContentPage(
                    title=f"{rng.choice(FORMATS)} n° {number + 1} : {subject} avec {audience}",
                    slug=f"genere-{number + 1}",
                    summary=f"Un atelier pour accompagner {audience} dans {subject}.",
                    level=rng.choice(WorkshopContentPage.Level.values),
                    duration_minutes=rng.choice([45, 60, 90, 120]),
                    body=[
                        (
                            "text",
                            f"<p>Objectif : rendre {audience} autonomes avec {subject}.</p>"
                            f"<ol>{steps}</ol>",
                        )
                    ],
                    support_type=rng.choice(support_types),
                )
                page.competencies = rng.sample(competencies, 2)
                page.publics = rng.sample(publics, 2)
                page.themes = rng.sample(themes, 1)
                page.tags.add(*rng.sample(TAGS, 2))
                rng.choice(parents).add_child(instance=page)
                if (number + 1 - existing) % 1000 == 0:
                    self.stdout.write(_("%(count)s contents…") % {"count": number + 1 - existing})
        call_command("update_index", verbosity=0)
        call_command("rebuild_references_index", verbosity=0)
        call_command("rebuild_search", verbosity=0)
        self.stdout.write(
            self.style.SUCCESS(
                _("%(count)s contents generated in %(elapsed)s s (under %(url)s).")
                % {
                    "count": count,
                    "elapsed": f"{time.monotonic() - started:.0f}",
                    "url": index.url,
                }
            )
        )
