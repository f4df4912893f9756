"""A session's Qualiopi documents (catalogue/qualiopi/): who may print them, what each PDF
says (read back with pypdf), the ZIP, and French file names."""

import io
import zipfile

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from catalogue.models import Registration
from catalogue.qualiopi.documents import SessionDocuments
from core import pdf
from tests.factories.accounts import (
    UserFactory,
    community_contributor,
    hub_editor,
    trainer,
)
from tests.factories.catalogue import (
    AttendanceFactory,
    RegistrationFactory,
    TrainerFactory,
    TrainingModulePageFactory,
    session,
)
from tests.factories.communities import CommunityPageFactory
from tests.pdftext import pdf_pages, pdf_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("needs_weasyprint")]

Status = Registration.Status


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def cast():
    """A two-day module session (4 half-days) with its trainer, three confirmed trainees
    (two of one structure, typed two ways), one waiting, and attendance for two."""
    own_trainer = trainer(first_name="Fanny", last_name="Formatrice")
    module = TrainingModulePageFactory(
        title="Accompagner les démarches en ligne",
        duration_hours="14.0",
        price="420 € par personne",
        sessions=[session(20, length_days=2, location="Albi", seats=8)],
        trainers=[TrainerFactory(name="Fanny Formatrice", user=own_trainer)],
    )
    other = TrainingModulePageFactory(trainers=[TrainerFactory(user=trainer())])
    training_session = module.sessions.get()
    people = {
        "emilie": RegistrationFactory(
            session=training_session,
            first_name="Émilie",
            last_name="Lefèvre",
            structure="CCAS d'Albi",
            funding=Registration.Funding.OPCO,
        ),
        "karim": RegistrationFactory(
            session=training_session,
            first_name="Karim",
            last_name="Benali",
            structure="ccas d’albi",
        ),
        "paul": RegistrationFactory(
            session=training_session,
            first_name="Paul",
            last_name="Durand",
            structure="",
            funding=Registration.Funding.PERSONAL,
        ),
        "wanda": RegistrationFactory(
            session=training_session,
            first_name="Wanda",
            last_name="Attente",
            status=Status.WAITING,
        ),
    }
    days = [training_session.start_date, training_session.end_date]
    for day in days:  # Émilie: every half-day
        for half in ("morning", "afternoon"):
            AttendanceFactory(registration=people["emilie"], date=day, half=half)
    AttendanceFactory(registration=people["karim"], date=days[0], half="morning")
    AttendanceFactory(registration=people["karim"], date=days[0], half="afternoon", present=False)
    return {
        "module": module,
        "session": training_session,
        "people": people,
        "trainer": own_trainer,
        "other_trainer": other.trainers.get().user,
        "editor": hub_editor(),
        "contributor": community_contributor(CommunityPageFactory()),
        "mediator": UserFactory(),
    }


def url(name, training_session, *args):
    return reverse(f"session_documents:{name}", args=[training_session.pk, *args])


def all_urls(cast):
    training_session, people = cast["session"], cast["people"]
    return [
        url("index", training_session),
        url("zip", training_session),
        url("signing_sheet", training_session),
        url("trainee", training_session, "convention", people["paul"].pk),
        url("trainee", training_session, "attestation", people["emilie"].pk),
        url("trainee", training_session, "certificat", people["emilie"].pk),
        url("structure_convention", training_session, "ccas-dalbi"),
    ]


def get_pdf(client, address) -> bytes:
    response = client.get(address)
    assert response.status_code == 200, (address, response.status_code)
    assert response["Content-Type"] == "application/pdf"
    return response.content


# Who may print them ---------------------------------------------------------------------


@pytest.mark.parametrize("role", ["anonymous", "other_trainer", "contributor", "mediator"])
def test_outsiders_are_refused_every_document(cast, role):
    client = client_for(cast.get(role))
    for address in all_urls(cast):
        response = client.get(address)
        assert response.status_code in (302, 403), address
        assert response.get("Content-Type") != "application/pdf"
        if response.status_code == 302 and role != "anonymous":
            assert [str(m) for m in get_messages(response.wsgi_request)], address
        if role == "anonymous":
            assert response["Location"].startswith(reverse("wagtailadmin_login"))


@pytest.mark.parametrize("role", ["trainer", "editor"])
def test_the_module_trainer_and_hub_editors_print_every_document(cast, role):
    client = client_for(cast[role])
    for address in all_urls(cast):
        assert client.get(address).status_code == 200, address


def test_the_index_lists_each_document(cast):
    client = client_for(cast["trainer"])
    page = client.get(url("index", cast["session"])).content.decode()
    people = cast["people"]
    assert url("zip", cast["session"]) in page
    assert url("signing_sheet", cast["session"]) in page
    assert url("structure_convention", cast["session"], "ccas-dalbi") in page
    assert url("trainee", cast["session"], "certificat", people["emilie"].pk) in page
    # Paul was never marked present: no attestation nor certificate offered.
    assert url("trainee", cast["session"], "certificat", people["paul"].pk) not in page
    assert "Wanda" not in page  # on the waiting list


def test_a_waiting_person_or_another_session_s_registrant_has_no_document(cast):
    client = client_for(cast["editor"])
    waiting = cast["people"]["wanda"]
    assert client.get(url("trainee", cast["session"], "convention", waiting.pk)).status_code == 404
    stranger = RegistrationFactory(
        session=TrainingModulePageFactory(sessions=[session(5)]).sessions.get()
    )
    address = url("trainee", cast["session"], "convention", stranger.pk)
    assert client.get(address).status_code == 404
    never_present = cast["people"]["paul"]
    address = url("trainee", cast["session"], "certificat", never_present.pk)
    assert client.get(address).status_code == 404
    assert (
        client.get(url("trainee", cast["session"], "inconnu", never_present.pk)).status_code == 404
    )


# What each document says ----------------------------------------------------------------


def test_the_convention_of_a_trainee_has_the_mentions_of_d6353_1(cast):
    client = client_for(cast["trainer"])
    paul = cast["people"]["paul"]
    response = client.get(url("trainee", cast["session"], "convention", paul.pk))
    assert response["Content-Disposition"] == (
        'attachment; filename="convention-de-formation-accompagner-les-demarches-en-ligne-'
        f'{cast["session"].start_date:%Y-%m-%d}-paul-durand.pdf"'
    )
    text = pdf_text(response.content)
    for mention in [
        "Convention de formation professionnelle",
        "L6353-1",
        "D6353-1",
        "La Mêlée — Hub RhinOcc",  # the provider: name, address, SIRET, NDA
        "1 place de la Démonstration, 31000 Toulouse",
        "SIRET : 000 000 000 00000",
        "76 31 00000 31",
        "Paul Durand",
        "Accompagner les démarches en ligne",  # title
        "action de formation",  # nature
        "Objectifs pédagogiques",  # objectives and content
        "Accompagner une démarche en ligne",
        "Programme",
        "Moyens pédagogiques, techniques et d'encadrement",  # means
        "Mises en situation",
        "Fanny Formatrice",
        "14 heures",  # duration and dates
        "4 demi-journées",
        "Albi",
        "Suivi et évaluation",  # follow-up and assessment
        "feuille d'émargement",
        "Quiz de fin de journée",
        "Prix et modalités de paiement",  # price and payment
        "420 € par personne",
        "10 jours",  # personal funding: the withdrawal period (L6353-5)
        "Pour l'organisme de formation",
    ]:
        assert mention in text, mention


def test_the_convention_of_a_structure_names_its_trainees_only(cast):
    client = client_for(cast["trainer"])
    content = get_pdf(client, url("structure_convention", cast["session"], "ccas-dalbi"))
    text = pdf_text(content)
    assert "CCAS d'Albi" in text
    assert "pour 2 stagiaires" in text
    assert "Émilie Lefèvre" in text
    assert "Karim Benali" in text
    assert "Paul Durand" not in text
    assert "OPCO" in text  # Émilie's funding: the subrogation terms
    assert client.get(url("structure_convention", cast["session"], "inconnue")).status_code == 404


def test_the_signing_sheet_has_a_row_per_confirmed_trainee_and_a_box_per_half_day(cast):
    client = client_for(cast["trainer"])
    text = pdf_text(get_pdf(client, url("signing_sheet", cast["session"])))
    start, end = cast["session"].start_date, cast["session"].end_date
    for mention in [
        "Feuille d'émargement",
        "Accompagner les démarches en ligne",
        "Albi",
        "Fanny Formatrice",
        "Émilie Lefèvre",
        "Karim Benali",
        "Paul Durand",
        f"{start:%d/%m/%Y} Matin",
        f"{start:%d/%m/%Y} Après-midi",
        f"{end:%d/%m/%Y} Matin",
        f"{end:%d/%m/%Y} Après-midi",
        "Signature du formateur",
    ]:
        assert mention in text, mention
    assert "Wanda" not in text


def test_a_long_session_s_sheet_continues_on_more_pages(cast):
    long_session = TrainingModulePageFactory(
        sessions=[session(30, length_days=5)], trainers=[]
    ).sessions.get()
    RegistrationFactory(session=long_session, first_name="Lina", last_name="Longue")
    documents = SessionDocuments(long_session.pk)
    content = documents.render("emargement", documents.signing_sheet())
    pages = pdf_pages(content)
    assert len(pages) >= 2  # 10 half-days: 8 on the first table, 2 on the next
    assert "Lina Longue" in pages[-1]


def test_the_attestation_gives_objectives_nature_duration_and_attendance(cast):
    client = client_for(cast["trainer"])
    karim = cast["people"]["karim"]
    text = pdf_text(get_pdf(client, url("trainee", cast["session"], "attestation", karim.pk)))
    for mention in [
        "Attestation de fin de formation",
        "L6353-1",
        "Karim Benali",
        "Accompagner les démarches en ligne",
        "Action de formation",
        "Objectifs pédagogiques",
        "Accompagner une démarche en ligne",
        "14 heures",
        "Résultats de l'évaluation",
        "présence à 1 des 4 demi-journées, soit 3,5 heures sur 14",
        "formation suivie en partie",
        "Quiz de fin de journée",
    ]:
        assert mention in text, mention


def test_the_certificate_follows_the_ministry_s_model(cast):
    client = client_for(cast["editor"])
    emilie = cast["people"]["emilie"]
    response = client.get(url("trainee", cast["session"], "certificat", emilie.pk))
    text = pdf_text(response.content)
    start, end = cast["session"].start_date, cast["session"].end_date
    for mention in [
        "Certificat de réalisation",
        "représentant légal du dispensateur de l'action concourant au développement des "
        "compétences La Mêlée — Hub RhinOcc",
        "Émilie Lefèvre",
        "CCAS d'Albi",
        "Accompagner les démarches en ligne",
        "☒ action de formation",
        "☐ bilan de compétences",
        "pour une durée de 14 heures",
        "3 ans",
        "Fait à : Toulouse",
        "Cachet et signature du responsable du dispensateur de formation",
    ]:
        assert mention in text, mention
    assert f"{start.day}" in text and f"{end.year}" in text
    assert response["Content-Disposition"].startswith(
        'attachment; filename="certificat-de-realisation-accompagner-'
    )
    assert response["Content-Disposition"].endswith('-emilie-lefevre.pdf"')


def test_the_zip_holds_every_document_with_french_ascii_names(cast):
    client = client_for(cast["trainer"])
    response = client.get(url("zip", cast["session"]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = archive.namelist()
    day = f"{cast['session'].start_date:%Y-%m-%d}"
    stem = f"accompagner-les-demarches-en-ligne-{day}"
    assert sorted(names) == sorted(
        [
            f"feuille-demargement-{stem}.pdf",
            f"convention-de-formation-{stem}-ccas-dalbi.pdf",
            f"convention-de-formation-{stem}-paul-durand.pdf",
            f"attestation-de-fin-de-formation-{stem}-emilie-lefevre.pdf",
            f"certificat-de-realisation-{stem}-emilie-lefevre.pdf",
            f"attestation-de-fin-de-formation-{stem}-karim-benali.pdf",
            f"certificat-de-realisation-{stem}-karim-benali.pdf",
            "LISEZMOI.txt",
        ]
    )
    certificate = archive.read(f"certificat-de-realisation-{stem}-karim-benali.pdf")
    assert "pour une durée de 3,5 heures" in pdf_text(certificate)


def test_reading_a_session_s_documents_takes_constant_queries(cast):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            documents = SessionDocuments(cast["session"].pk)
            list(documents.all_files())
        return len(captured)

    before = queries()
    for number in range(4):
        registration = RegistrationFactory(
            session=cast["session"], structure=f"Structure {number}"
        )
        AttendanceFactory(registration=registration)
    assert queries() == before


def test_without_pango_a_document_answers_a_french_503(cast, monkeypatch):
    def unavailable():
        raise pdf.PdfUnavailable("cannot load library 'libpango-1.0-0'")

    monkeypatch.setattr(pdf, "weasyprint_module", unavailable)
    client = client_for(cast["trainer"])
    for address in [url("signing_sheet", cast["session"]), url("zip", cast["session"])]:
        response = client.get(address)
        assert response.status_code == 503
        assert "Les documents PDF sont momentanément indisponibles" in response.content.decode()


def test_the_session_s_registrants_page_links_its_documents(cast):
    client = client_for(cast["trainer"])
    page = client.get(reverse("registrants:session", args=[cast["session"].pk])).content.decode()
    assert f'href="{url("index", cast["session"])}"' in page
    assert "Documents (PDF)" in page
