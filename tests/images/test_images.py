"""Images: safe uploads, a text alternative (or a decorative mark), metadata-free renditions
served as responsive WebP."""

import io
import json
import struct
import zlib

import pytest
from bs4 import BeautifulSoup
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from django.template.defaultfilters import filesizeformat
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from PIL import Image
from wagtail.images.models import Filter
from wagtail.models import Collection

from demo.files import make_illustration
from images.models import CustomImage
from tests.factories.images import ImageFactory, png_bytes
from tests.factories.kits import (
    KitPageFactory,
    WorkshopContentPageFactory,
    image_block,
    text_block,
)

pytestmark = pytest.mark.django_db

TITLE = "Atelier « premiers pas » à Toulouse"
ALT = "Une médiatrice montre une tablette à deux participants."
GPS = 0x8825  # the EXIF tag of the GPS information block


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Each test stores its files and renditions apart, and leaves nothing behind."""
    settings.MEDIA_ROOT = str(tmp_path)


def fr(message: str) -> str:
    """French typography: a no-break space inside guillemets and before a colon."""
    return message.replace("« ", "«\xa0").replace(" »", "\xa0»").replace(" :", "\xa0:")


def encode(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def photo_with_gps(fmt: str = "JPEG") -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "Appareil de la médiatrice"  # Make
    exif[0x0131] = "Logiciel"  # Software
    exif.get_ifd(GPS).update({1: "N", 2: (43.0, 36.0, 16.0), 3: "E", 4: (1.0, 26.0, 40.0)})
    image = Image.new("RGB", (640, 480), "#2e6b3a")
    return encode(image, fmt, exif=exif.tobytes())


def png_bomb(side: int = 20_000) -> bytes:
    """A valid 1-bit PNG of side × side pixels, all white: 50 MB of pixels in 60 kB."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    compressor = zlib.compressobj(9)
    row = b"\x00" + b"\xff" * ((side + 7) // 8)
    data = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


def upload(client, name: str, content: bytes, **fields):
    data = {
        "title": TITLE,
        "collection": Collection.get_first_root_node().pk,
        "file": SimpleUploadedFile(name, content),
        "credit": "RhinOcc",
        "description": ALT,
    }
    data.update(fields)
    return client.post(reverse("wagtailimages:add"), data)


def assert_refused(response, errors: dict) -> None:
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors == errors
    assert form["title"].value() == TITLE
    assert form["credit"].value() == "RhinOcc"
    assert 'value="Atelier « premiers pas » à Toulouse"' in response.content.decode()
    assert not CustomImage.objects.filter(title=TITLE).exists()


def assert_accepted(response) -> CustomImage:
    assert response.status_code == 302, response.context["form"].errors
    return CustomImage.objects.get(title=TITLE)


def make_image(content: bytes, name: str = "photo.jpg", **fields) -> CustomImage:
    return CustomImage.objects.create(
        title=TITLE, file=ImageFile(io.BytesIO(content), name=name), **fields
    )


# --- refused uploads ---


def test_an_svg_with_a_script_is_refused_with_a_clear_message(admin_client):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    response = upload(admin_client, "logo.svg", svg)
    assert_refused(
        response,
        {
            "file": [
                fr(
                    "Les images SVG ne sont pas acceptées : elles peuvent contenir des scripts "
                    "qui s’exécuteraient dans le navigateur des visiteurs. Exportez l’image en "
                    "PNG, JPEG ou WebP."
                )
            ]
        },
    )


def test_a_gif_is_refused_by_its_extension(admin_client):
    gif = encode(Image.new("P", (10, 10)), "GIF")
    response = upload(admin_client, "anim.gif", gif)
    assert_refused(
        response,
        {
            "file": [
                fr(
                    "Les fichiers de type « .gif » ne sont pas acceptés. "
                    "Types acceptés : png, jpg, jpeg, webp."
                )
            ]
        },
    )


def test_a_decompression_bomb_is_refused(admin_client):
    bomb = png_bomb()
    assert len(bomb) < 200_000
    response = upload(admin_client, "plan.png", bomb)
    assert_refused(
        response,
        {
            "file": [
                fr(
                    "Cette image a trop de pixels : 40 millions de pixels au maximum sont "
                    "acceptés, pour protéger le serveur."
                )
            ]
        },
    )


@override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=2_000_000)
def test_an_image_over_the_pixel_limit_is_refused(admin_client):
    response = upload(admin_client, "photo.png", encode(Image.new("1", (2000, 1001)), "PNG"))
    assert_refused(
        response,
        {
            "file": [
                fr(
                    "Cette image est trop grande (2000 × 1001 pixels) : 2 millions de pixels au "
                    "maximum sont acceptés, pour protéger le serveur."
                )
            ]
        },
    )


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=1000)
def test_an_oversized_image_is_refused(admin_client):
    content = make_illustration(TITLE, 300, 200)
    response = upload(admin_client, "photo.jpg", content)
    with translation.override("fr"):
        sizes = filesizeformat(len(content)), filesizeformat(1000)
    assert_refused(
        response,
        {
            "file": [
                f"Ce fichier est trop gros ({sizes[0]}). "
                f"La taille de fichier maximale est de {sizes[1]}."
            ]
        },
    )


@pytest.mark.parametrize(
    ("name", "content", "label"),
    [
        ("photo.png", make_illustration(TITLE, 120, 80), "PNG"),  # a JPEG named .png
        ("photo.jpg", b"Ceci est du texte, pas une photo.", "JPEG"),
        ("photo.webp", encode(Image.new("RGB", (20, 20)), "PNG"), "WEBP"),
    ],
)
def test_an_image_whose_content_does_not_match_its_extension_is_refused(
    admin_client, name, content, label
):
    ext = name.rsplit(".", 1)[1]
    response = upload(admin_client, name, content)
    message = (
        f"Ce fichier n’est pas un vrai fichier {label} : son contenu ne correspond pas à son "
        f"extension « .{ext} »."
    )
    assert_refused(response, {"file": [fr(message)]})


def test_a_web_page_renamed_png_is_refused(admin_client):
    response = upload(admin_client, "photo.png", b"<html><script>alert(1)</script></html>")
    message = "Ce fichier contient du code web (HTML, SVG ou script) au lieu d’un contenu PNG : il est refusé."  # noqa: E501
    assert_refused(response, {"file": [fr(message)]})


def test_a_damaged_png_is_refused(admin_client):
    content = bytearray(encode(Image.new("RGB", (50, 50), "#7a2e5c"), "PNG"))
    content[-20] ^= 0xFF  # in the image data: its chunk's CRC no longer matches
    response = upload(admin_client, "photo.png", bytes(content))
    assert_refused(response, {"file": ["Ce fichier est endommagé et ne peut pas être lu."]})


# --- the alternative text ---


def test_an_image_without_alt_text_nor_decorative_mark_is_refused(admin_client):
    response = upload(
        admin_client, "photo.jpg", make_illustration(TITLE, 300, 200), description=""
    )
    assert_refused(
        response,
        {
            "description": [
                fr(
                    "Décrivez l’image pour les personnes qui ne peuvent pas la voir, ou cochez "
                    "« image décorative » si elle n’apporte aucune information."
                )
            ]
        },
    )


def test_a_meaningful_image_is_accepted_and_its_alt_text_rendered(admin_client):
    image = assert_accepted(upload(admin_client, "photo.jpg", make_illustration(TITLE, 300, 200)))
    assert image.description == ALT
    assert image.is_decorative is False
    html = Template("{% load wagtailimages_tags %}{% image img width-100 %}").render(
        Context({"img": image})
    )
    assert BeautifulSoup(html, "html.parser").img["alt"] == ALT


def test_a_decorative_image_needs_no_alt_text_and_renders_an_empty_one(admin_client):
    png = encode(Image.new("RGB", (300, 200), "#4b3f8f"), "PNG")
    image = assert_accepted(
        upload(admin_client, "fond.png", png, description="", is_decorative="on")
    )
    assert image.is_decorative is True
    html = Template(
        "{% load wagtailimages_tags %}{% srcset_image img width-{100,200} format-webp %}"
    ).render(Context({"img": image}))
    assert BeautifulSoup(html, "html.parser").img["alt"] == ""


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("photo.jpg", make_illustration(TITLE, 300, 200)),
        ("photo.jpeg", make_illustration(TITLE, 300, 200)),
        ("fond.png", encode(Image.new("RGBA", (300, 200), (0, 0, 0, 0)), "PNG")),
        ("fond.webp", encode(Image.new("RGB", (300, 200), "#005f6b"), "WEBP")),
    ],
)
def test_real_images_are_accepted(admin_client, name, content):
    image = assert_accepted(upload(admin_client, name, content))
    assert (image.width, image.height) == (300, 200)


# --- the multiple upload uses the same form ---


def test_the_multiple_upload_refuses_bad_files_and_asks_for_the_alt_text(admin_client):
    url = reverse("wagtailimages:add_multiple")
    refused = admin_client.post(url, {"files[]": SimpleUploadedFile("logo.svg", b"<svg/>")})
    assert json.loads(refused.content)["success"] is False
    assert json.loads(refused.content)["error_message"].startswith("Les images SVG")

    # A good file without its alternative text waits for it, instead of becoming an image.
    pending = admin_client.post(
        url, {"files[]": SimpleUploadedFile("photo.jpg", make_illustration(TITLE, 300, 200))}
    )
    data = json.loads(pending.content)
    assert data["success"] is True
    assert "uploaded_file_id" in data
    assert "image_id" not in data
    assert (
        'name="uploaded-image-{}-is_decorative"'.format(data["uploaded_file_id"]) in data["form"]
    )
    assert not CustomImage.objects.filter(title="photo.jpg").exists()


# --- renditions ---


@pytest.mark.parametrize("spec", ["width-200", "width-200|format-webp", "width-200|format-png"])
def test_renditions_carry_no_exif_nor_gps(spec):
    original = photo_with_gps()
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(GPS)  # the test photo has GPS
    image = make_image(original, description=ALT)

    rendition = image.get_rendition(spec)

    with rendition.file.open() as file:
        result = Image.open(io.BytesIO(file.read()))
    assert result.width == 200
    assert "exif" not in result.info
    assert not result.getexif()
    assert not result.getexif().get_ifd(GPS)


def test_without_the_stripping_wagtail_would_keep_the_exif():
    """Why the stripping exists: Willow writes the original's EXIF into JPEG renditions."""
    image = make_image(photo_with_gps(), description=ALT)
    output = io.BytesIO()
    Filter("width-200").run(image, output)
    assert Image.open(io.BytesIO(output.getvalue())).getexif().get_ifd(GPS)


# --- responsive renditions on the public pages ---


def illustration(title: str) -> CustomImage:
    """A photo large enough for every rendition of the cards and the page (960 × 540)."""
    return ImageFactory(
        title=title, file=ImageFile(io.BytesIO(png_bytes(1200, 800)), name="photo.png")
    )


def test_cards_and_body_images_are_lazy_webp_srcsets_and_the_top_image_is_not_lazy(client):
    kit = KitPageFactory(title="Kit illustré", image=illustration("Atelier tablette"))
    KitPageFactory(title="Autre kit illustré", image=illustration("Atelier smartphone"))
    KitPageFactory(title="Kit sans image")
    soup = BeautifulSoup(client.get(kit.url).content, "html.parser")
    top = soup.select_one(".page-image img")
    assert top is not None
    assert "loading" not in top.attrs
    assert top["width"] and top["height"]
    sources = [entry.split() for entry in top["srcset"].split(",")]
    assert [width for _, width in sources] == ["480w", "960w"]
    assert all(url.endswith(".webp") for url, _ in sources)
    assert top["src"].endswith(".webp")
    assert top["sizes"]

    listing = BeautifulSoup(client.get(kit.get_parent().url).content, "html.parser")
    cards = listing.select(".card__image img")
    # One image per illustrated kit, none for the kit without one.
    assert len(cards) == 2
    for card in cards:
        assert card["alt"] == ""
        assert card["loading"] == "lazy"
        assert card["width"] == "480" and card["height"] == "270"
        assert card["srcset"].count(".webp") == 2


def test_body_images_are_lazy_webp_srcsets_with_their_alt_text(client):
    image = illustration("Une médiatrice et deux participants")
    page = WorkshopContentPageFactory(
        body=[text_block(), image_block(image, caption="En atelier")]
    )
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    body_image = soup.select_one(".block-image img")
    assert body_image["loading"] == "lazy"
    assert body_image["srcset"].count(".webp") == 2
    assert (
        body_image["alt"]
        == image.description
        == "Illustration : Une médiatrice et deux participants"
    )
