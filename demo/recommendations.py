"""Members' recommendations on a few public demo contents, with a thread where the author
answers, so that the content pages, the « Les mieux recommandés » sort and the editors'
moderation list have something to show.

The members are fictitious accounts that cannot log in (addresses at example.org, no
password), as the demo's registrations and join requests are. Loading again adds nothing.
"""

from django.contrib.auth import get_user_model

from catalogue.models import TrainingModulePage
from kits.models import KitPage, WorkshopContentPage
from social.models import FeedbackReply, Recommendation

Level = Recommendation.Level

MEMBERS = [
    ("nadia-benali", "Nadia", "Benali"),
    ("pierre-costes", "Pierre", "Costes"),
    ("sophie-marty", "Sophie", "Marty"),
    ("yanis-roux", "Yanis", "Roux"),
    ("claire-fabre", "Claire", "Fabre"),
]

# Per content (by its rank among the public pages of its type): (member, level, comment).
KIT_FEEDBACK = [
    [
        (
            0,
            Level.HIGHLY_RECOMMENDED,
            "La fiche de liaison nous a fait gagner un temps fou "
            "avec le CCAS : on l'a adoptée telle quelle.",
        ),
        (1, Level.RECOMMENDED, "Très clair. Il manque un exemple de convention signée."),
        (2, Level.HIGHLY_RECOMMENDED, ""),
        (3, Level.RECOMMENDED, ""),
    ],
    [
        (0, Level.RECOMMENDED, "Utile pour préparer la réunion avec les partenaires."),
        (4, Level.LITTLE_RECOMMENDED, "Un peu long pour une première rencontre."),
    ],
]
CONTENT_FEEDBACK = [
    [
        (
            2,
            Level.HIGHLY_RECOMMENDED,
            "Atelier testé avec un groupe de seniors : ils ont adoré l'exercice final.",
        ),
        (
            3,
            Level.NOT_RECOMMENDED,
            "Les captures d'écran ne correspondent plus à la dernière version de l'application.",
        ),
        (4, Level.RECOMMENDED, ""),
    ],
]
MODULE_FEEDBACK = [
    [
        (
            1,
            Level.HIGHLY_RECOMMENDED,
            "Formation très concrète, les mises en situation m'ont servi dès la semaine suivante.",
        ),
        (0, Level.RECOMMENDED, ""),
    ],
]
# (feedback list, content rank, comment rank, replier: a member's rank, or None for the
# content's owner when it has one, body)
REPLIES = [
    (
        KIT_FEEDBACK,
        0,
        1,
        None,
        "Merci ! Un exemple anonymisé de convention arrive dans la prochaine version du kit.",
    ),
    (KIT_FEEDBACK, 0, 1, 2, "Je peux partager la nôtre si cela aide."),
    (CONTENT_FEEDBACK, 0, 1, None, "Bien vu, les captures seront refaites ce mois-ci."),
    (CONTENT_FEEDBACK, 0, 1, 3, "Merci, je repasserai voir."),
]


def members() -> list:
    User = get_user_model()
    accounts = []
    for username, first_name, last_name in MEMBERS:
        user, created = User._default_manager.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@example.org",
            },
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        accounts.append(user)
    return accounts


def public_contents(model, count: int) -> list:
    pages = model.objects.live().public().order_by("path")
    return list(pages[:count])


def load_recommendations(log=None) -> None:
    accounts = members()
    plan = [
        (KIT_FEEDBACK, public_contents(KitPage, len(KIT_FEEDBACK))),
        (CONTENT_FEEDBACK, public_contents(WorkshopContentPage, len(CONTENT_FEEDBACK))),
        (MODULE_FEEDBACK, public_contents(TrainingModulePage, len(MODULE_FEEDBACK))),
    ]
    pages_of = {}
    created = 0
    for feedback, pages in plan:
        pages_of[id(feedback)] = pages
        for page, ratings in zip(pages, feedback, strict=False):
            for member, level, comment in ratings:
                _rating, new = Recommendation.objects.get_or_create(
                    page=page,
                    author=accounts[member],
                    defaults={"level": level, "comment": comment},
                )
                created += new
    for feedback, content_rank, comment_rank, replier, body in REPLIES:
        pages = pages_of[id(feedback)]
        if content_rank >= len(pages):
            continue
        page = pages[content_rank]
        comment = feedback[content_rank][comment_rank][2]
        thread = Recommendation.objects.filter(page=page, comment=comment).first()
        author = page.owner if replier is None else accounts[replier]
        if thread is None or author is None:
            continue
        FeedbackReply.objects.get_or_create(
            recommendation=thread, body=body, defaults={"author": author}
        )
    if log and created:
        log(f"{created} recommandations de démonstration")
