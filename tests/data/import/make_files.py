"""Write the import test files in their real encodings (run once; the files are committed).

    .venv/bin/python tests/data/import/make_files.py

Each file is what a Japanese small business would hand us: an Excel CSV in CP932, a
feature phone's vCard 2.1 in Shift_JIS with quoted-printable, Google's and Outlook's
contact exports.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent


def excel_cp932() -> None:
    """Excel 「CSV (コンマ区切り)」: CP932, CRLF, a quoted cell over two lines, broken rows."""
    lines = [
        "氏名,フリガナ,電話番号,携帯電話,メールアドレス,郵便番号,住所,生年月日,備考,会社名",
        # line 2-3: a note over two lines; ① ㈱ 髙; half-width kana; full-width digits
        "髙橋　一郎,ﾀｶﾊｼ ｲﾁﾛｳ,０３－１２３４－５６７８,090-1234-5678,ichiro@example.co.jp,"
        '100-0001,東京都千代田区千代田１－１ ①号館,昭和55年7月15日,"いつもの\r\nお客様",㈱髙橋商事',
        # line 4: 﨑; 和暦 short form; phone with brackets and a long-vowel dash
        "山﨑 花子,ﾔﾏｻﾞｷ ﾊﾅｺ,06(6123)4567,０９０ー９８７６ー５４３２,hanako@example.jp,"
        "5300001,大阪府大阪市北区梅田1-1-1,S55.7.15,,",
        # line 5: every field bad but the name
        "佐藤 次郎,佐藤じろう,123,0901234567x,jiro@@example,12345,,H31.5.1,,",
        # line 6: blank (Excel writes the commas)
        ",,,,,,,,,",
        # line 7: no name and no company: an error
        ",,03-1111-2222,,,,,,メモだけ,",
        # line 8: a company only
        ",,03-5555-6666,,info@yamazaki.example.jp,,,,,㈲山﨑工務店",
        # line 9: a leading-zero postal code that Excel turned into a number
        "鈴木 三郎,ｽｽﾞｷ ｻﾌﾞﾛｳ,,080-1111-2222,,600001,北海道札幌市中央区北一条西2-1,1975/3/3,,",
    ]
    (HERE / "excel_cp932.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("cp932"))


def _qp(text: str) -> str:
    """Quoted-printable of CP932 bytes, with soft line breaks ("=" CRLF) every ~60 characters."""
    data = text.encode("cp932")
    tokens = [chr(b) if 0x21 <= b <= 0x7E and b != 0x3D else f"={b:02X}" for b in data]
    lines, current = [], ""
    for token in tokens:
        if len(current) + len(token) > 60:
            lines.append(current)
            current = ""
        current += token
    lines.append(current)
    return "=\r\n".join(lines)


def phone_vcard21() -> None:
    """A feature phone / Android export: vCard 2.1, Shift_JIS, quoted-printable, folding."""
    sjis = "CHARSET=SHIFT_JIS"
    qp = "ENCODING=QUOTED-PRINTABLE"
    card1 = [
        "BEGIN:VCARD",
        "VERSION:2.1",
        f"N;{sjis};{qp}:{_qp('髙橋;一郎;;;')}",
        f"FN;{sjis};{qp}:{_qp('髙橋 一郎')}",
        f"SOUND;X-IRMC-N;{sjis};{qp}:{_qp('ﾀｶﾊｼ;ｲﾁﾛｳ;;;')}",
        "TEL;CELL;PREF:090-1234-5678",
        "TEL;HOME;VOICE:03-1234-5678",
        "EMAIL;INTERNET:ichiro@example.co.jp",
        f"ADR;HOME;{sjis};{qp}:{_qp(';;東京都千代田区千代田1-1 ①号館;;;100-0001;日本')}",
        "BDAY:19800715",
        f"ORG;{sjis};{qp}:{_qp('㈱髙橋商事;営業部')}",
        f"TITLE;{sjis};{qp}:{_qp('部長')}",
        f"NOTE;{sjis};{qp}:{_qp('長いメモです。' * 6 + chr(13) + chr(10) + '二行目')}",
        "END:VCARD",
    ]
    raw1 = "\r\n".join(card1).encode("ascii") + b"\r\n"
    # A second card with 8-bit Shift_JIS values (no QP) and a folded NOTE line.
    raw2 = (
        b"\r\n".join(
            [
                b"BEGIN:VCARD",
                b"VERSION:2.1",
                b"N;CHARSET=SHIFT_JIS:" + "山﨑;花子;;;".encode("cp932"),
                b"X-PHONETIC-LAST-NAME;CHARSET=SHIFT_JIS:" + "ヤマサキ".encode("cp932"),
                b"X-PHONETIC-FIRST-NAME;CHARSET=SHIFT_JIS:" + "ハナコ".encode("cp932"),
                b"TEL;WORK;FAX:06-6123-4568",
                b"TEL;WORK:06-6123-4567",
                b"EMAIL;INTERNET;WORK:hanako@example.jp",
                b"BDAY:1990-02-30",
                b"NOTE;CHARSET=SHIFT_JIS:" + "折り返し".encode("cp932"),
                b" " + "の行".encode("cp932"),
                b"END:VCARD",
            ]
        )
        + b"\r\n"
    )
    (HERE / "phone_21.vcf").write_bytes(raw1 + raw2)


def google_contacts() -> None:
    """Google Contacts "Google CSV" export (the current header set), UTF-8, CRLF."""
    headers = (
        "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
        "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,"
        "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,"
        "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
        "Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,"
        "Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
        "Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,"
        "Address 1 - Extended Address"
    )
    rows = [
        "一郎,,髙橋,いちろう,,たかはし,,,,,㈱髙橋商事,部長,営業部,1980-07-15,常連さん,,"
        "* myContacts ::: 友人,* Home,ichiro@example.co.jp,Work,ichiro@takahashi.example.jp,"
        'Mobile,090-1234-5678 ::: 090-8765-4321,Work,03-1234-5678,Home,"〒100-0001\n東京都千代田区'
        '千代田1-1",千代田1-1,千代田区,,東京都,100-0001,日本,①号館',
        "花子,,山﨑,はなこ,,やまさき,,,,,,,,--07-15,,,* starred,,hanako@example.jp,,,"
        "Home Fax,06-6123-4568,,,,,,,,,,,",
    ]
    (HERE / "google_contacts.csv").write_bytes(
        ("\r\n".join([headers, *rows]) + "\r\n").encode("utf-8")
    )


def outlook() -> None:
    """Outlook's CSV export (English header set), written in the ANSI code page (CP932)."""
    headers = [
        "Title",
        "First Name",
        "Middle Name",
        "Last Name",
        "Suffix",
        "Company",
        "Department",
        "Job Title",
        "Business Street",
        "Business Street 2",
        "Business Street 3",
        "Business City",
        "Business State",
        "Business Postal Code",
        "Business Country/Region",
        "Home Street",
        "Home City",
        "Home State",
        "Home Postal Code",
        "Business Fax",
        "Business Phone",
        "Business Phone 2",
        "Home Phone",
        "Mobile Phone",
        "Other Phone",
        "Birthday",
        "E-mail Address",
        "E-mail Type",
        "E-mail Display Name",
        "E-mail 2 Address",
        "Notes",
    ]
    row = [
        "Mr.",
        "一郎",
        "",
        "髙橋",
        "",
        "㈱髙橋商事",
        "営業部",
        "部長",
        "千代田1-1",
        "①号館",
        "",
        "千代田区",
        "東京都",
        "100-0001",
        "日本",
        "",
        "",
        "",
        "",
        "03-1234-5679",
        "03-1234-5678",
        "",
        "",
        "090-1234-5678",
        "",
        "1980/7/15",
        "ichiro@example.co.jp",
        "SMTP",
        "髙橋 一郎 (ichiro@example.co.jp)",
        "",
        "",
    ]
    text = ",".join(f'"{h}"' for h in headers) + "\r\n" + ",".join(f'"{c}"' for c in row) + "\r\n"
    (HERE / "outlook.csv").write_bytes(text.encode("cp932"))


if __name__ == "__main__":
    excel_cp932()
    phone_vcard21()
    google_contacts()
    outlook()
