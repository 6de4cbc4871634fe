"""Customer use cases: create, update, trash, restore, get (the list's reads: customer_list)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from relationdesk.ids import uuid7
from relationdesk.models import ContactKind, ContactPoint, Customer, CustomerKind, Tag
from relationdesk.normalize.kana import fold
from relationdesk.normalize.phones import DEFAULT_REGION, PhoneDisplay, phone_search_digits
from relationdesk.services import change_log, search_index
from relationdesk.services.change_log import default_actor
from relationdesk.services.customer_data import (
    AddressOut,
    CustomerDetail,
    CustomerInput,
    EmailOut,
    PhoneOut,
)
from relationdesk.services.customer_list import CustomerList
from relationdesk.services.customer_validation import CheckedCustomer, check_customer
from relationdesk.services.errors import (
    ConcurrencyConflict,
    CustomerNotFound,
    FieldError,
    ValidationError,
)
from relationdesk.services.rows import micros
from relationdesk.services.unit_of_work import Database, UnitOfWork


class CustomerService(CustomerList):
    """Customer records: the profile, its contact points and tags, the trash and the list
    (the list's reads are ``CustomerList``'s)."""

    def __init__(
        self, db: Database, region: str = DEFAULT_REGION, actor: str | None = None
    ) -> None:
        super().__init__(db, region)
        self.actor = default_actor() if actor is None else actor

    # -- writes ------------------------------------------------------------------------

    def create(self, data: CustomerInput, now: datetime) -> CustomerDetail:
        """Create a customer; raise ValidationError with every field problem."""
        checked = check_customer(data, self.region)
        with self._db.write() as uow:
            company = self._company(uow, data, None, now)
            customer = self._insert(uow, checked, company, now)
            uow.commit()
            return to_detail(customer, self.region)

    def _insert(
        self, uow: UnitOfWork, checked: CheckedCustomer, company: Customer | None, now: datetime
    ) -> Customer:
        session = uow.session
        customer = Customer(
            id=uuid7(),
            doc_id=search_index.DocIdAllocator(uow.connection).allocate(checked.sort_key),
            kind=checked.data.kind,
            created_at=now,
            updated_at=now,
        )
        customer.company = company
        self._apply(session, customer, checked, now)
        customer.search_text = self._document(customer)
        session.add(customer)
        session.flush()
        search_index.add_documents(uow.connection, [(customer.doc_id, customer.search_text)])
        after = change_log.snapshot(customer)
        blank = {name: "" for name in change_log.TRACKED} | {
            key: after[key]
            for key in ("kind", "honorific", "preferred_channel", "display_name", "note")
        }
        blank |= {"consent_dm": "0", "consent_email": "0", "consent_line": "0"}
        change_log.record(session, customer.id, blank, after, now, self.actor)
        return customer

    def update(
        self,
        customer_id: uuid.UUID,
        data: CustomerInput,
        now: datetime,
        expected_version: int | None = None,
    ) -> CustomerDetail:
        """Save a new state of a customer's profile.

        *expected_version* is the version the editor loaded; when the record has changed
        since, ConcurrencyConflict is raised and nothing is written.
        """
        checked = check_customer(data, self.region)
        with self._db.write() as uow:
            session = uow.session
            customer = self._load(session, customer_id)
            if expected_version is not None and customer.version != expected_version:
                raise ConcurrencyConflict(customer_id)
            before = change_log.snapshot(customer)
            customer.company = self._company(uow, data, customer_id, now)
            old_doc, old_name = customer.search_text, customer.display_name
            old_doc_id, old_sort_key = customer.doc_id, customer.sort_key
            customer.kind = data.kind
            customer.updated_at = now
            self._apply(session, customer, checked, now)
            new_doc = self._document(customer)
            if customer.sort_key != old_sort_key:
                # A new place in 五十音 order means a new doc id (see search_index).
                allocator = search_index.DocIdAllocator(uow.connection)
                customer.doc_id = allocator.allocate(customer.sort_key)
            if new_doc != old_doc or customer.doc_id != old_doc_id:
                search_index.remove_documents(uow.connection, [(old_doc_id, old_doc)])
                customer.search_text = new_doc
                search_index.add_documents(uow.connection, [(customer.doc_id, new_doc)])
            try:
                session.flush()
            except StaleDataError as exc:
                raise ConcurrencyConflict(customer_id) from exc
            if customer.kind == CustomerKind.COMPANY and customer.display_name != old_name:
                self._reindex_members(session, customer.id)
            change_log.record(
                session, customer.id, before, change_log.snapshot(customer), now, self.actor
            )
            session.flush()
            uow.commit()
            return to_detail(customer, self.region)

    def delete(self, customer_id: uuid.UUID, now: datetime) -> None:
        """Move a customer to the trash (it can be restored; its history stays with it)."""
        with self._db.write() as uow:
            customer = self._load(uow.session, customer_id)
            customer.deleted_at = now
            customer.updated_at = now
            search_index.remove_documents(uow.connection, [(customer.doc_id, customer.search_text)])
            uow.session.flush()
            change_log.write(
                uow.connection,
                change_log.trash_rows(customer_id.bytes, True, micros(now), self.actor),
            )
            uow.commit()

    def restore(self, customer_id: uuid.UUID, now: datetime) -> CustomerDetail:
        """Bring a customer back from the trash."""
        with self._db.write() as uow:
            customer = self._load(uow.session, customer_id, trashed=True)
            customer.deleted_at = None
            customer.updated_at = now
            search_index.add_documents(uow.connection, [(customer.doc_id, customer.search_text)])
            uow.session.flush()
            change_log.write(
                uow.connection,
                change_log.trash_rows(customer_id.bytes, False, micros(now), self.actor),
            )
            uow.commit()
            return to_detail(customer, self.region)

    # -- reads -------------------------------------------------------------------------

    def get(self, customer_id: uuid.UUID, include_trashed: bool = False) -> CustomerDetail:
        """Return one customer's profile; raise CustomerNotFound."""
        with self._db.read() as uow:
            customer = self._load(
                uow.session, customer_id, trashed=None if include_trashed else False
            )
            return to_detail(customer, self.region)

    # -- helpers -----------------------------------------------------------------------

    @staticmethod
    def _load(session: Session, customer_id: uuid.UUID, trashed: bool | None = False) -> Customer:
        """Load a customer with its contact points and tags; *trashed* None means either."""
        customer = session.execute(
            select(Customer)
            .where(Customer.id == customer_id)
            .options(selectinload(Customer.contact_points), selectinload(Customer.tags))
        ).scalar_one_or_none()
        if customer is None:
            raise CustomerNotFound(customer_id)
        if trashed is not None and (customer.deleted_at is not None) != trashed:
            raise CustomerNotFound(customer_id)
        return customer

    def _company(
        self, uow: UnitOfWork, data: CustomerInput, self_id: uuid.UUID | None, now: datetime
    ) -> Customer | None:
        """The company a person works for: the one chosen, else the one named (made if new)."""
        session = uow.session
        company_id = data.company_id
        if company_id is None:
            name = data.company_name.strip()
            if not name or data.kind == CustomerKind.COMPANY:
                return None
            found = session.execute(
                select(Customer)
                .where(
                    Customer.name_key == fold(name),
                    Customer.kind == CustomerKind.COMPANY,
                    Customer.deleted_at.is_(None),
                )
                .order_by(Customer.created_at)
                .limit(1)
            ).scalar_one_or_none()
            if found is not None:
                return found
            checked = check_customer(
                CustomerInput(kind=CustomerKind.COMPANY, display_name=name, stage=data.stage),
                self.region,
            )
            return self._insert(uow, checked, None, now)
        company = session.get(Customer, company_id)
        if (
            company is None
            or company.deleted_at is not None
            or company.kind != CustomerKind.COMPANY
            or company_id == self_id
        ):
            raise ValidationError([FieldError("company_id", "company_not_found")])
        return company

    def _apply(
        self, session: Session, customer: Customer, checked: CheckedCustomer, now: datetime
    ) -> None:
        data = checked.data
        customer.family_name = checked.family_name
        customer.given_name = checked.given_name
        customer.display_name = checked.display_name
        customer.reading = checked.reading
        customer.reading_key = checked.reading_key
        customer.name_key = checked.name_key
        customer.sort_key = checked.sort_key
        customer.honorific = checked.honorific
        customer.title = data.title.strip()
        customer.birthday = checked.birthday
        customer.birthday_md = checked.birthday.strftime("%m-%d") if checked.birthday else None
        customer.stage = data.stage
        customer.source = data.source.strip()
        customer.preferred_channel = data.preferred_channel
        customer.consent_dm = data.consent_dm
        customer.consent_email = data.consent_email
        customer.consent_line = data.consent_line
        customer.line_id = data.line_id.strip()
        customer.note = data.note
        customer.custom_fields = dict(data.custom_fields)
        customer.tags = self._tags(session, checked.tags, now)
        self._contact_points(customer, checked, now)

    @staticmethod
    def _tags(session: Session, names: Sequence[str], now: datetime) -> list[Tag]:
        tags = []
        for name in names:
            key = search_index.fold_tag(name)
            tag = session.execute(select(Tag).where(Tag.name_key == key)).scalar_one_or_none()
            if tag is None:
                tag = Tag(id=uuid7(), name=name, name_key=key, created_at=now, updated_at=now)
                session.add(tag)
            elif tag.deleted_at is not None:
                tag.deleted_at = None
                tag.updated_at = now
            tags.append(tag)
        return tags

    @staticmethod
    def _contact_points(customer: Customer, checked: CheckedCustomer, now: datetime) -> None:
        existing = {cp.id: cp for cp in customer.contact_points}
        kept: list[ContactPoint] = []

        def take(item_id: uuid.UUID | None, kind: str) -> ContactPoint:
            point = existing.pop(item_id, None) if item_id is not None else None
            if point is None or point.kind != kind:
                point = ContactPoint(id=uuid7(), kind=kind, created_at=now, updated_at=now)
            kept.append(point)
            return point

        for position, phone in enumerate(checked.phones):
            point = take(phone.id, ContactKind.PHONE)
            _set(
                point,
                now,
                label=phone.label.strip(),
                is_primary=phone.primary,
                position=position,
                phone_raw=phone.phone.raw,
                phone_e164=phone.phone.e164,
                phone_national=phone.phone.national,
            )
        for position, mail in enumerate(checked.emails):
            point = take(mail.id, ContactKind.EMAIL)
            _set(
                point,
                now,
                label=mail.label.strip(),
                is_primary=mail.primary,
                position=position,
                email=mail.address,
            )
        chosen = next((i for i, a in enumerate(checked.addresses) if a.source.primary), 0)
        for position, address in enumerate(checked.addresses):
            point = take(address.id, ContactKind.ADDRESS)
            source = address.source
            is_primary = position == chosen
            _set(
                point,
                now,
                label=source.label.strip(),
                is_primary=is_primary,
                position=position,
                postal_code=address.postal_code,
                prefecture=source.prefecture.strip(),
                city=source.city.strip(),
                street=source.street.strip(),
                building=source.building.strip(),
                country=(source.country or "JP").upper(),
            )
        customer.contact_points = kept

    def _document(self, customer: Customer) -> str:
        company_key = customer.company.name_key if customer.company is not None else ""
        phones = [
            phone_search_digits(cp.phone_e164, self.region)
            for cp in customer.contact_points
            if cp.kind == ContactKind.PHONE
        ]
        emails = [cp.email for cp in customer.contact_points if cp.kind == ContactKind.EMAIL]
        return search_index.search_document(
            customer.name_key,
            customer.reading_key,
            company_key,
            [t.name_key for t in customer.tags],
            phones,
            emails,
        )

    def _reindex_members(self, session: Session, company_id: uuid.UUID) -> None:
        members: Iterable[Customer] = session.execute(
            select(Customer)
            .where(Customer.company_id == company_id)
            .options(selectinload(Customer.contact_points), selectinload(Customer.tags))
        ).scalars()
        connection = session.connection()
        for member in members:
            new_doc = self._document(member)
            if new_doc == member.search_text:
                continue
            if member.deleted_at is None:
                search_index.remove_documents(connection, [(member.doc_id, member.search_text)])
                search_index.add_documents(connection, [(member.doc_id, new_doc)])
            member.search_text = new_doc
        session.flush()


def _set(point: ContactPoint, now: datetime, **values: Any) -> None:
    changed = False
    for name, value in values.items():
        if getattr(point, name) != value:
            setattr(point, name, value)
            changed = True
    if changed:
        point.updated_at = now


def to_detail(customer: Customer, region: str) -> CustomerDetail:
    """Return the plain profile of a loaded customer."""
    points = customer.contact_points
    return CustomerDetail(
        id=customer.id,
        version=customer.version,
        kind=customer.kind,
        family_name=customer.family_name,
        given_name=customer.given_name,
        display_name=customer.display_name,
        reading=customer.reading,
        honorific=customer.honorific,
        company_id=customer.company_id if customer.company is None else customer.company.id,
        company_name=customer.company.display_name if customer.company is not None else "",
        title=customer.title,
        birthday=customer.birthday,
        stage=customer.stage,
        source=customer.source,
        preferred_channel=customer.preferred_channel,
        consent_dm=customer.consent_dm,
        consent_email=customer.consent_email,
        consent_line=customer.consent_line,
        line_id=customer.line_id,
        note=customer.note,
        tags=tuple(t.name for t in customer.tags),
        custom_fields=dict(customer.custom_fields or {}),
        phones=tuple(
            PhoneOut(
                p.id,
                p.label,
                p.phone_raw,
                p.phone_e164,
                PhoneDisplay(region).show(p.phone_e164, p.phone_national),
                p.is_primary,
            )
            for p in points
            if p.kind == ContactKind.PHONE
        ),
        emails=tuple(
            EmailOut(p.id, p.label, p.email, p.is_primary)
            for p in points
            if p.kind == ContactKind.EMAIL
        ),
        addresses=tuple(
            AddressOut(
                p.id,
                p.label,
                p.postal_code,
                p.prefecture,
                p.city,
                p.street,
                p.building,
                p.country,
                p.is_primary,
            )
            for p in points
            if p.kind == ContactKind.ADDRESS
        ),
        created_at=customer.created_at,
        updated_at=customer.updated_at,
        deleted_at=customer.deleted_at,
        last_contact_at=customer.last_contact_at,
    )


__all__ = ["CustomerService", "to_detail"]
