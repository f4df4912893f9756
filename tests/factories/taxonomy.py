"""Vocabularies. Migrations seed the real ones (CRCN, publics, themes…): `term()` fetches
one of them; the factories add terms of one's own."""

import factory

from taxonomy.models import (
    Competency,
    CompetencyDomain,
    Department,
    Licence,
    Public,
    SupportType,
    Theme,
)


def competency(code: str = "CRCN-1.1") -> Competency:
    return Competency.objects.get(code=code)


def department(code: str = "31") -> Department:
    return Department.objects.get(code=code)


class PublicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Public {n}")
    slug = factory.Sequence(lambda n: f"public-{n}")

    class Meta:
        model = Public


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Thème {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")

    class Meta:
        model = Theme


class SupportTypeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Type {n}")
    slug = factory.Sequence(lambda n: f"type-{n}")

    class Meta:
        model = SupportType


class LicenceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Licence {n}")
    slug = factory.Sequence(lambda n: f"licence-{n}")

    class Meta:
        model = Licence


class CompetencyDomainFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"D{n}")
    label = factory.Sequence(lambda n: f"Domaine {n}")

    class Meta:
        model = CompetencyDomain


class CompetencyFactory(factory.django.DjangoModelFactory):
    domain = factory.SubFactory(CompetencyDomainFactory)
    code = factory.Sequence(lambda n: f"TEST-{n}")
    label = factory.Sequence(lambda n: f"Compétence {n}")

    class Meta:
        model = Competency
