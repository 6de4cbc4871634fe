"""Customers out to files: CSV (UTF-8 with BOM or CP932), Excel (.xlsx) and vCard 3.0.

No Qt and no database here: each writer takes an iterable of ``CustomerDetail`` and a
binary stream and writes as the customers come, so any number of them streams through.
``relationdesk.services.exports`` feeds them from the database in pages, reports
progress, and puts the file in place only when it is complete.

Modules: ``labels`` (headers and value names, ja/en), ``columns`` (the table layout and
each customer's values), ``injection`` (formula-injection neutralisation), ``cp932``
(what CP932 cannot hold, reported), ``csv_writer``, ``xlsx_writer``, ``vcard``,
``options``, ``report`` and ``formats`` (format by extension, the writer of each).
"""
