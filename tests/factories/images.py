"""Images: small PNG files drawn by Pillow, with their alternative text."""

import io

import factory
from django.core.files.images import ImageFile
from PIL import Image

from images.models import CustomImage
from tests.factories.documents import root_collection


def png_bytes(width: int = 64, height: int = 48, colour: str = "#1f4e79") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


class ImageFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Image {n}")
    file = factory.LazyFunction(lambda: ImageFile(io.BytesIO(png_bytes()), name="image.png"))
    description = factory.LazyAttribute(lambda image: f"Illustration : {image.title}")
    credit = "Équipe de test"
    collection = factory.LazyFunction(root_collection)

    class Meta:
        model = CustomImage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        image = model_class(*args, **kwargs)
        image._set_image_file_metadata()
        image.save()
        return image
