"""SQLAlchemy entities of RelationDesk. No Qt and no services here."""

from relationdesk.codes import Channel, ContactKind, CustomerKind, Honorific, Stage
from relationdesk.models.base import Base, Entity, SoftDeletable
from relationdesk.models.change import Change
from relationdesk.models.contact_point import ContactPoint
from relationdesk.models.customer import Customer
from relationdesk.models.import_batch import (
    BatchKind,
    ImportBatch,
    ImportBatchItem,
    ImportMapping,
    ItemAction,
)
from relationdesk.models.interaction import Direction, Interaction, InteractionKind
from relationdesk.models.purchase import Purchase, PurchaseLine
from relationdesk.models.reminder import Recurrence, Reminder
from relationdesk.models.tag import Tag, customer_tags

__all__ = [
    "Base",
    "BatchKind",
    "Change",
    "Channel",
    "ContactKind",
    "ContactPoint",
    "Customer",
    "CustomerKind",
    "Direction",
    "Entity",
    "Honorific",
    "ImportBatch",
    "ImportBatchItem",
    "ImportMapping",
    "Interaction",
    "InteractionKind",
    "ItemAction",
    "Purchase",
    "PurchaseLine",
    "Recurrence",
    "Reminder",
    "SoftDeletable",
    "Stage",
    "Tag",
    "customer_tags",
]
