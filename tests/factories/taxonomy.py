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


class VocabularyTermFactory(factory.django.DjangoModelFactory):
    """A term of one of the vocabularies that share taxonomy.VocabularyTerm."""

    name = factory.Sequence(lambda n: f"Terme {n}")
    slug = factory.Sequence(lambda n: f"terme-{n}")

    class Meta:
        abstract = True


class PublicFactory(VocabularyTermFactory):
    class Meta:
        model = Public


class ThemeFactory(VocabularyTermFactory):
    class Meta:
        model = Theme


class SupportTypeFactory(VocabularyTermFactory):
    class Meta:
        model = SupportType


class LicenceFactory(VocabularyTermFactory):
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
