import factory

from taxonomy.models import Licence, Public, SupportType, Theme


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
