"""Places of digital mediation (published by default; `status="proposed"` for a proposal)."""

import factory

from places.models import Place


class PlaceFactory(factory.django.DjangoModelFactory):
    local_id = factory.Sequence(lambda n: f"lieu-{n}")
    # A fictitious SIRET with a valid Luhn key: 99999 + a number + the key (see demo).
    pivot = "43493312300029"
    nom = factory.Sequence(lambda n: f"Espace numérique {n}")
    commune = "Toulouse"
    code_postal = "31000"
    code_insee = "31555"
    adresse = factory.Sequence(lambda n: f"{n} rue du Taur")
    horaires = "Mo-Fr 09:00-12:00,14:00-18:00"
    services = ["Aide aux démarches administratives"]
    frais_a_charge = ["Gratuit"]
    date_maj = factory.Faker("date_between", start_date="-2y", end_date="-1d")
    status = Place.Status.PUBLISHED

    class Meta:
        model = Place
        skip_postgeneration_save = True

    @factory.post_generation
    def communities(self, create, extracted, **kwargs):
        if create and extracted:
            self.communities.add(*extracted)
