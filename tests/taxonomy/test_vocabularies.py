import pytest

from taxonomy import vocabularies
from taxonomy.models import (
    Competency,
    CompetencyDomain,
    Department,
    Licence,
    Public,
    Referential,
    SupportType,
    Theme,
)

pytestmark = pytest.mark.django_db


def test_crcn_has_five_domains_and_sixteen_competencies():
    assert CompetencyDomain.objects.filter(referential=Referential.CRCN).count() == 5
    assert Competency.objects.filter(domain__referential=Referential.CRCN).count() == 16


def test_competency_codes_follow_the_crcn_numbering():
    codes = set(Competency.objects.values_list("code", flat=True))
    expected = {f"CRCN-{code}" for _, _, items in vocabularies.CRCN_DOMAINS for code, _ in items}
    assert codes == expected
    assert {"CRCN-1.1", "CRCN-3.4", "CRCN-5.2"} <= codes


def test_each_competency_sits_in_the_domain_of_its_code():
    for competency in Competency.objects.select_related("domain"):
        assert competency.short_code.split(".")[0] == competency.domain.code
        assert competency.version == vocabularies.CRCN_VERSION


@pytest.mark.parametrize(
    ("model", "terms"),
    [
        (Public, vocabularies.PUBLICS),
        (Theme, vocabularies.THEMES),
        (SupportType, vocabularies.SUPPORT_TYPES),
        (Licence, vocabularies.LICENCES),
    ],
)
def test_term_vocabularies_are_seeded_with_unique_slugs(model, terms):
    assert sorted(model.objects.values_list("slug", flat=True)) == sorted(t[0] for t in terms)


def test_publics_separate_people_accompanied_from_professionals():
    professionals = set(
        Public.objects.filter(category=Public.Category.PROFESSIONAL).values_list("slug", flat=True)
    )
    assert professionals == {"travailleurs-sociaux", "mediateurs-numeriques"}


def test_the_thirteen_departments_of_occitanie_are_seeded():
    assert Department.objects.count() == 13
    assert Department.objects.get(code="31").name == "Haute-Garonne"


def test_seed_migration_keeps_labels_editors_corrected():
    from importlib import import_module

    from django.apps import apps

    seed = import_module("taxonomy.migrations.0002_seed_vocabularies").seed
    competency = Competency.objects.get(code="CRCN-1.1")
    competency.label = "Libellé corrigé par un éditeur"
    competency.save()

    seed(apps, schema_editor=None)

    assert Competency.objects.get(code="CRCN-1.1").label == "Libellé corrigé par un éditeur"
    assert Competency.objects.count() == 16
