"""Column headers and value labels of the tabular exports, in Japanese and English.

The headers are the ones an importer guesses (姓, 名, フリガナ, 電話番号, メール, 郵便番号,
都道府県, 誕生日, メモ and their English equivalents), so an exported file reads back in.
Repeated columns take a number from the second on: 電話番号, 電話番号2, 電話番号3.
"""

from __future__ import annotations

LANGUAGES = ("ja", "en")

HEADERS: dict[str, dict[str, str]] = {
    "kind": {"ja": "種別", "en": "Type"},
    "family_name": {"ja": "姓", "en": "Family name"},
    "given_name": {"ja": "名", "en": "Given name"},
    "display_name": {"ja": "表示名", "en": "Display name"},
    "reading": {"ja": "フリガナ", "en": "Reading"},
    "honorific": {"ja": "敬称", "en": "Honorific"},
    "company": {"ja": "会社名", "en": "Company"},
    "title": {"ja": "役職", "en": "Title"},
    "phone": {"ja": "電話番号", "en": "Phone"},
    "email": {"ja": "メール", "en": "Email"},
    "postal_code": {"ja": "郵便番号", "en": "Postal code"},
    "prefecture": {"ja": "都道府県", "en": "Prefecture"},
    "city": {"ja": "市区町村", "en": "City"},
    "street": {"ja": "番地", "en": "Street"},
    "building": {"ja": "建物名", "en": "Building"},
    "birthday": {"ja": "誕生日", "en": "Birthday"},
    "stage": {"ja": "ステージ", "en": "Stage"},
    "tags": {"ja": "タグ", "en": "Tags"},
    "line_id": {"ja": "LINE ID", "en": "LINE ID"},
    "preferred_channel": {"ja": "希望連絡方法", "en": "Preferred channel"},
    "consent_dm": {"ja": "DM送付可否", "en": "DM allowed"},
    "consent_email": {"ja": "メール配信可否", "en": "Email allowed"},
    "consent_line": {"ja": "LINE配信可否", "en": "LINE allowed"},
    "source": {"ja": "獲得経路", "en": "Source"},
    "note": {"ja": "メモ", "en": "Note"},
    "created_at": {"ja": "登録日時", "en": "Created"},
    "updated_at": {"ja": "更新日時", "en": "Updated"},
    "id": {"ja": "顧客ID", "en": "Customer ID"},
}

# Stored codes and how they read in each language (the window's own words for stages).
KINDS: dict[str, dict[str, str]] = {
    "person": {"ja": "個人", "en": "Person"},
    "company": {"ja": "法人", "en": "Company"},
}
STAGES: dict[str, dict[str, str]] = {
    "lead": {"ja": "見込み客", "en": "Lead"},
    "prospect": {"ja": "商談中", "en": "Prospect"},
    "customer": {"ja": "顧客", "en": "Customer"},
    "repeat": {"ja": "リピーター", "en": "Repeat customer"},
    "advocate": {"ja": "紹介者・ファン", "en": "Advocate"},
}
CHANNELS: dict[str, dict[str, str]] = {
    "none": {"ja": "", "en": ""},
    "phone": {"ja": "電話", "en": "Phone"},
    "email": {"ja": "メール", "en": "Email"},
    "line": {"ja": "LINE", "en": "LINE"},
    "dm": {"ja": "DM", "en": "DM"},
    "visit": {"ja": "来店", "en": "Visit"},
}

# Separates several tags in one cell; a tag holding it is written as it is (tags are
# short labels such as 常連 or VIP; the importer splits on this and on commas).
TAG_SEPARATOR = ", "


def check_language(language: str) -> str:
    """Return *language* if exports can be written in it; raise ValueError otherwise."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {language!r}")
    return language


def header(key: str, language: str, number: int = 1) -> str:
    """Return the header of column *key*; the *number*-th of a repeated column from 2 on."""
    text = HEADERS[key][language]
    if number == 1:
        return text
    return f"{text}{number}" if language == "ja" else f"{text} {number}"


def label(table: dict[str, dict[str, str]], code: str, language: str) -> str:
    """Return the label of a stored *code* in *language* (an unknown code as it is)."""
    labels = table.get(code)
    return labels[language] if labels is not None else code
