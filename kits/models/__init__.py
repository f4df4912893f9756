from .contents import ContentIndexPage, WorkshopContentPage
from .kits import KitIndexPage, KitPage, KitStep, KitTool
from .resources import ResourceAttachment, ResourceIndexPage, ResourcePage

__all__ = [
    "ContentIndexPage",
    "KitIndexPage",
    "KitPage",
    "KitStep",
    "KitTool",
    "ResourceAttachment",
    "ResourceIndexPage",
    "ResourcePage",
    "WorkshopContentPage",
]
