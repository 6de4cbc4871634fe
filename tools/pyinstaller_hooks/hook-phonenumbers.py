"""PyInstaller hook for phonenumbers, used instead of the contributed one (tools/pyinstaller_hooks
is on build.spec's hookspath, which takes precedence).

The contributed hook collects every submodule, including the geocoder's 40 MB of location
names, the carrier names and the time zones. RelationDesk parses, validates and formats
numbers only (phonenumbers.parse, format_number, is_valid_number, region_code_for_number), so
we collect the numbering metadata that those load lazily and leave the rest out.
"""

from PyInstaller.utils.hooks import collect_submodules

UNUSED = ("phonenumbers.geodata", "phonenumbers.carrierdata", "phonenumbers.tzdata")
UNUSED_MODULES = ("phonenumbers.geocoder", "phonenumbers.carrier", "phonenumbers.timezone")

hiddenimports = collect_submodules(
    "phonenumbers",
    filter=lambda name: not name.startswith(UNUSED) and name not in UNUSED_MODULES,
)
