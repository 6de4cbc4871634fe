"""The import indexes its documents in batches while it runs: customers indexed in an
earlier batch and changed since (merged into) end up indexed once, as they are now."""

from __future__ import annotations

from relationdesk.services import import_engine, import_pipeline
from relationdesk.services.customer_data import CustomerInput, EmailInput
from relationdesk.services.import_data import ImportOptions
from tests.unit.imports.helpers import rows_of, write_csv

QUERIES = ("山田", "佐藤", "09011112222", "0311112222", "0333334444", "taro", "hanako", "ス")


def _index_state(app):
    sizes = {
        table: rows_of(app, f"SELECT id, sz FROM {table}_docsize ORDER BY id")
        for table in ("customer_fts", "customer_grams")
    }
    found = {q: sorted(str(h.id) for h in app.search.search(q)) for q in QUERIES}
    return sizes, found


def test_customers_changed_after_their_batch_was_indexed(app, now, tmp_path, monkeypatch):
    """With a batch every three documents and chunks of two records, a created customer
    merged into after it was indexed and a stored customer changed twice across batches
    are found by what they hold now, once: the index equals one built afresh."""
    monkeypatch.setattr(import_pipeline, "CHUNK", 2)
    monkeypatch.setattr(import_engine, "INDEX_BATCH", 3)
    stored = app.customers.create(
        CustomerInput(
            family_name="佐藤", given_name="花子", emails=(EmailInput("hanako@example.jp"),)
        ),
        now,
    )
    people = [f"鈴木 {n}郎" for n in "一二三四五六七"]
    rows = [
        ("山田 太郎", "ヤマダ タロウ", "", "taro@example.jp", "", "", "", "", ""),
        *[(name, "スズキ", "", "", "", "", "", "", "") for name in people[:4]],
        ("山田 太郎", "", "090-1111-2222", "taro@example.jp", "", "", "", "", ""),
        ("佐藤 花子", "サトウ ハナコ", "03-1111-2222", "hanako@example.jp", "", "", "", "", ""),
        *[(name, "スズキ", "", "", "", "", "", "", "") for name in people[4:]],
        ("佐藤 花子", "", "03-3333-4444", "hanako@example.jp", "", "", "", "", ""),
    ]
    result = app.imports.run(write_csv(tmp_path / "people.csv", rows), ImportOptions(), now)
    assert (result.counts.new, result.counts.merged) == (8, 3)
    assert [h.id for h in app.search.search("09011112222")] == [
        h.id for h in app.search.search("山田")
    ]
    assert [h.id for h in app.search.search("0333334444")] == [stored.id]
    assert [h.id for h in app.search.search("サトウ")] == [stored.id]
    assert app.maintenance.search_index_problems() == []
    as_imported = _index_state(app)
    assert len(as_imported[0]["customer_fts"]) == 9
    app.maintenance.rebuild_search_index()
    assert _index_state(app) == as_imported


def test_a_preview_leaves_the_index_alone(app, now, tmp_path, monkeypatch):
    """A preview (rolled back anyway) does not index its documents as it goes."""
    monkeypatch.setattr(import_engine, "INDEX_BATCH", 1)
    calls = []
    monkeypatch.setattr(
        import_engine.search_index,
        "add_documents_with_grams",
        lambda *args: calls.append(args),
    )
    path = write_csv(tmp_path / "one.csv", [("山田 太郎", "", "", "", "", "", "", "", "")])
    app.imports.preview(path, None, now)
    assert calls == []
    app.imports.run(path, None, now)
    assert len(calls) == 1
