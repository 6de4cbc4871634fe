"""SQLAlchemy entities of RelationDesk. No Qt and no services here."""

from relationdesk.models.base import Base, Entity, SoftDeletable
from relationdesk.models.change import Change
from relationdesk.models.contact_point import ContactKind, ContactPoint
from relationdesk.models.customer import Channel, Customer, CustomerKind, Honorific, Stage
from relationdesk.models.interaction import Direction, Interaction, InteractionKind
from relationdesk.models.purchase import Purchase, PurchaseLine
from relationdesk.models.reminder import Recurrence, Reminder
from relationdesk.models.tag import Tag, customer_tags

__all__ = [
    "Base",
    "Change",
    "Channel",
    "ContactKind",
    "ContactPoint",
    "Customer",
    "CustomerKind",
    "Direction",
    "Entity",
    "Honorific",
    "Interaction",
    "InteractionKind",
    "Purchase",
    "PurchaseLine",
    "Recurrence",
    "Reminder",
    "SoftDeletable",
    "Stage",
    "Tag",
    "customer_tags",
]
