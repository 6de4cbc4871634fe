"""Demo data: realistic, searchable, consistent, reproducible."""

from __future__ import annotations

from relationdesk.app import open_app
from relationdesk.services.demo import CHUNK, DemoGenerator


def test_demo_data_is_consistent_and_searchable(app, now):
    """Demo customers come with history, pass every integrity check and can be searched."""
    result = DemoGenerator(app.db, seed=3).generate(CHUNK + 300, now)
    assert result.customers == CHUNK + 300
    assert result.interactions > result.customers * 4
    assert result.purchases > result.customers
    stats = app.maintenance.stats()
    assert (stats.customers, stats.interactions, stats.purchases, stats.reminders) == (
        result.customers,
        result.interactions,
        result.purchases,
        result.reminders,
    )
    assert app.maintenance.check().healthy
    hits = app.search.search("やまだ", limit=5)
    assert hits and all(h.reading.startswith("ヤマダ") for h in hits)
    assert app.search.search("090", limit=3)
    assert app.search.search("example.jp", limit=3)
    first = app.customers.list_page(limit=3).rows
    assert first[0].reading <= first[1].reading or first[0].reading.startswith(("ア", "A"))
    page = app.timeline.feed(hits[0].id)
    assert all(a.at >= b.at for a, b in zip(page.entries, page.entries[1:], strict=False))


def test_same_seed_gives_the_same_customers(tmp_path, now):
    """Two runs with one seed produce the same names in the same order."""
    names = []
    for run in ("a", "b"):
        app = open_app(tmp_path / run, now)
        DemoGenerator(app.db, seed=42).generate(500, now)
        names.append([r.display_name for r in app.customers.list_page(limit=500).rows])
        app.close()
    assert names[0] == names[1] and len(names[0]) == 500


def test_progress_can_stop_between_chunks(app, now):
    """Returning False from progress stops after a whole chunk; nothing half-written."""
    seen = []

    def progress(done, total):
        seen.append(done)
        return False

    result = DemoGenerator(app.db, seed=1).generate(CHUNK * 3, now, progress)
    assert seen == [CHUNK] and result.customers == CHUNK
    assert app.maintenance.stats().customers == CHUNK
    assert app.maintenance.check().healthy


def test_demo_phone_format_is_libphonenumbers():
    """The demo's cached phone formats are exactly what libphonenumber writes."""
    import random

    from relationdesk.normalize.phones import national_format
    from relationdesk.services import demo, demo_names

    rng = random.Random(4)
    for _ in range(3_000):
        prefix = rng.choice((*demo_names.MOBILE, *demo_names.AREA_CODES))
        length = 11 if prefix in demo_names.MOBILE else 10
        national = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix)))
        assert demo._national_format(national) == national_format("+81" + national[1:]), national


def test_demo_rows_carry_their_gram_tokens_and_order_buckets(now):
    """What the helper process computes for the writer matches the search index's own."""
    from relationdesk.services import demo, search_index

    chunk = demo._build_chunk(1, 0, 0, 50, 1_700_000_000_000_000, {t: b"" for t in demo.names.TAGS})
    assert chunk.grams == [search_index.grams_of(d) for d in chunk.documents]
    assert chunk.buckets == [search_index.order_bucket(c[7]) for c in chunk.customers]


def test_demo_phone_numbers_are_numbers_in_use(app, now):
    """Every demo phone passes the profile's validation, so a demo customer can be saved."""
    import phonenumbers

    DemoGenerator(app.db, seed=11).generate(1500, now)
    with app.db.read() as uow:
        numbers = [
            r[0]
            for r in uow.connection.exec_driver_sql(
                "SELECT phone_raw FROM contact_points WHERE kind = 'phone'"
            )
        ]
    assert len(numbers) > 1500
    invalid = [n for n in numbers if not phonenumbers.is_valid_number(phonenumbers.parse(n, "JP"))]
    assert invalid == []
