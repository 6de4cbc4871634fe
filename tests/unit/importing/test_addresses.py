"""Splitting a one-cell Japanese address (relationdesk.importing.addresses)."""

from __future__ import annotations

import pytest

from relationdesk.importing.addresses import PREFECTURES, AddressParts, split_address


def test_all_47_prefectures() -> None:
    """Every prefecture is known once, and each is found at the start of an address."""
    assert len(PREFECTURES) == len(set(PREFECTURES)) == 47
    for prefecture in PREFECTURES:
        assert split_address(f"{prefecture}どこか1-1").prefecture == prefecture


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "〒100-0001 東京都千代田区千代田1-1",
            AddressParts("100-0001", "東京都", "", "千代田区千代田1-1", ""),
        ),
        (
            "１００－０００１東京都千代田区丸の内１－１－１　丸ビル３Ｆ",
            AddressParts(
                "１００－０００１", "東京都", "", "千代田区丸の内１－１－１", "丸ビル３Ｆ"
            ),
        ),
        (
            "東京都 千代田区 丸の内1-1-1 丸の内ビル5F",
            AddressParts("", "東京都", "千代田区", "丸の内1-1-1", "丸の内ビル5F"),
        ),
        (
            "神奈川県横浜市 中区 山下町1-1",
            AddressParts("", "神奈川県", "横浜市中区", "山下町1-1", ""),
        ),
        (
            "東京都西多摩郡 瑞穂町 箱根ケ崎2335",
            AddressParts("", "東京都", "西多摩郡瑞穂町", "箱根ケ崎2335", ""),
        ),
        (
            "北海道札幌市中央区北1条西2丁目1番 ",
            AddressParts("", "北海道", "", "札幌市中央区北1条西2丁目1番", ""),
        ),
        ("1丁目2番3号 サンハイツ101", AddressParts("", "", "", "1丁目2番3号", "サンハイツ101")),
        # no space after the city: without a municipality list the city stays in the street
        ("三重県四日市市諏訪町1-5", AddressParts("", "三重県", "", "四日市市諏訪町1-5", "")),
        ("ロンドン", AddressParts("", "", "", "ロンドン", "")),
    ],
)
def test_split_address(text: str, parts: AddressParts) -> None:
    """Only what is certain is split."""
    assert split_address(text) == parts
