"""Prepares the nginx test's site; run by test_nginx.py in a subprocess.

The subprocess has the production settings and an environment pointing at a fresh
temporary database and media folder. It migrates, builds a private and a public
community space with the factories, a document in each (and one stored at an old,
guessable path), a public image's rendition, a session for a member of the private
space, and prints, as its last line, JSON describing them.
"""

import json
from importlib import import_module

import django


def member_session(user) -> str:
    """A logged-in session for `user`, as the login view would open it."""
    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        load_backend,
    )

    backend = next(
        path
        for path in settings.AUTHENTICATION_BACKENDS
        if hasattr(load_backend(path), "get_user")
    )
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = backend
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return session.session_key


def main() -> None:
    django.setup()
    from django.core.files.base import ContentFile
    from django.core.management import call_command

    from tests.factories.accounts import community_member
    from tests.factories.communities import CommunityPageFactory
    from tests.factories.documents import DocumentFactory, pdf_bytes
    from tests.factories.images import ImageFactory

    call_command("migrate", interactive=False, verbosity=0)
    private = CommunityPageFactory(title="Réseau du Sicoval", is_private=True)
    public = CommunityPageFactory(title="Concertation 31400")
    private_document = DocumentFactory(
        title="Compte rendu interne",
        file=ContentFile(pdf_bytes("Compte rendu interne"), name="compte-rendu-réunion.pdf"),
        collection=private.access.collection,
    )
    public_document = DocumentFactory(
        title="Fiche de liaison",
        file=ContentFile(b"Accueillir, ecouter, orienter.\n" * 40, name="fiche-de-liaison.txt"),
        collection=public.access.collection,
    )
    # Uploaded before stored names were unguessable: the upload name, at the top.
    old_document = DocumentFactory(title="Ancien guide", collection=private.access.collection)
    old_name = old_document.file.storage.save("documents/ancien-guide.pdf", old_document.file)
    old_document.file.name = old_name
    old_document.save()
    image = ImageFactory(title="Photo publique", collection=public.access.collection)
    rendition = image.get_rendition("width-40")

    def described(document) -> dict:
        return {"url": document.url, "path": document.file.name, "size": document.file.size}

    print(
        json.dumps(
            {
                "private": described(private_document),
                "public": described(public_document),
                "old": described(old_document),
                "rendition": rendition.file.name,
                "original": image.file.name,
                "member_session": member_session(community_member(private)),
            }
        )
    )


if __name__ == "__main__":
    main()
