"""Normalisation of what users type: kana and width folding, phones, e-mails, postal codes, dates.

Everything here is pure Python with no Qt and no database, so the same rules serve the
services, the importers, the search index and the tests. What the user typed is kept as
typed; these functions derive keys from it or validate it.
"""
