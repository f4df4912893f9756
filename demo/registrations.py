"""A few registrations on the demo's sessions, so that trainers find lists, a full session
with its waiting list, and the module pages show seats left. Fictitious people, addresses
at example.org (a domain that receives no mail).

Idempotent: a session that has any registration is left as it is.
"""

import datetime

from django.utils import timezone

from catalogue.models import Registration, TrainingSession

PEOPLE = [
    ("Amina", "Benali", "Centre social des Izards", Registration.Funding.STRUCTURE),
    ("Julien", "Carrère", "Médiathèque de Muret", Registration.Funding.OPCO),
    ("Sophie", "Delmas", "Mairie de Revel", Registration.Funding.STRUCTURE),
    ("Karim", "Haddad", "Association Trait d'union", Registration.Funding.OPCO),
    ("Élodie", "Fabre", "France services de Lavaur", Registration.Funding.STRUCTURE),
    ("Thomas", "Garcia", "CCAS d'Albi", Registration.Funding.PERSONAL),
    ("Nadia", "Lopez", "Espace public numérique de Castres", Registration.Funding.OPCO),
    ("Pierre", "Marty", "Maison de quartier Bagatelle", Registration.Funding.STRUCTURE),
    ("Lucie", "Roques", "Point d'accueil numérique de Figeac", Registration.Funding.OPCO),
    ("Mehdi", "Saïdi", "Mission locale de Montauban", Registration.Funding.STRUCTURE),
    ("Claire", "Vidal", "Centre social de Blagnac", Registration.Funding.PERSONAL),
    ("Hugo", "Bousquet", "Tiers-lieu de Saint-Girons", Registration.Funding.STRUCTURE),
    ("Inès", "Cazals", "Bibliothèque de Rodez", Registration.Funding.OPCO),
    ("Romain", "Esteve", "Association Le Lien", Registration.Funding.STRUCTURE),
    ("Manon", "Fournier", "Centre social de Colomiers", Registration.Funding.OPCO),
    ("Yanis", "Guiraud", "Médiathèque de Millau", Registration.Funding.STRUCTURE),
    ("Camille", "Laporte", "Mairie de Cahors", Registration.Funding.STRUCTURE),
    ("Samir", "Mansouri", "Régie de quartier de Nîmes", Registration.Funding.OPCO),
    ("Léa", "Pujol", "Association Cap Numérique", Registration.Funding.PERSONAL),
    ("Antoine", "Rivière", "France services d'Auch", Registration.Funding.STRUCTURE),
]
# Per session, in date order of the first sessions: how many register (a full one too).
FILLS = [5, 3, None, 8, 2]


def load_registrations() -> int:
    """Registrations on the first upcoming sessions that have seats; returns how many."""
    sessions = list(
        TrainingSession.objects.upcoming()
        .filter(seats__isnull=False, is_cancelled=False, module__live=True)
        .order_by("start_date", "pk")[: len(FILLS)]
    )
    created = 0
    now = timezone.now()
    for session, fill in zip(sessions, FILLS, strict=False):
        if session.registrations.exists():
            continue
        # None: the session is full, and two people wait.
        count = session.seats + 2 if fill is None else min(fill, session.seats)
        count = min(count, len(PEOPLE))
        for n, (first, last, structure, funding) in enumerate(PEOPLE[:count]):
            seated = n < session.seats
            Registration.objects.create(
                session=session,
                first_name=first,
                last_name=last,
                email=f"{first.lower()}.{last.lower()}@example.org".replace("é", "e")
                .replace("è", "e")
                .replace("ï", "i")
                .replace("'", ""),
                structure=structure,
                funding=funding,
                accessibility_needs="Salle accessible en fauteuil roulant." if n == 2 else "",
                status=Registration.Status.CONFIRMED if seated else Registration.Status.WAITING,
                confirmed_at=now if seated else None,
                created_at=now - datetime.timedelta(days=10, minutes=-n),
            )
            created += 1
    return created
