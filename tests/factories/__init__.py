"""Factories per app, for tests that build what they check on the migration-only database.

Migrations leave Wagtail's root, the HomePage (`home.home()`), the vocabularies
and the role groups. Pages are created under their usual parent (the section
tree of `home.sections()`, built on demand) and published the way Wagtail
publishes, through a revision, so that the `page_published` signals run
(search index, "mis à jour le", community access). Pass `live=False` to keep
a draft (a saved revision, never published).

    from tests.factories.kits import KitPageFactory
    kit = KitPageFactory(title="Kit pour tester", tags=["seniors"])

Inline objects go in at creation, so that the live revision holds them:
`TrainingModulePageFactory(sessions=[session(10)], supports=supports(document))`,
`KitPageFactory(steps=steps("Préparer"), tools=tools(document))`… (helpers beside
each factory). `pages.every_page_type()` builds one live page of each of the 15 types.
"""
