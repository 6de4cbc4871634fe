"""The front half of importing: read a file, map its columns, turn records into customer input.

Pure Python with no Qt and no database: the readers (``csv_reader``, ``xlsx_reader``,
``vcard``, dispatched by ``readers``) give rows or cards with the physical line each starts
on; ``mapping`` guesses which column holds which customer field; ``values`` turns one mapped
record into a ``CustomerInput`` plus the problems found, as codes for the UI and CLI to
translate. Writing to the database is the services' job.
"""
