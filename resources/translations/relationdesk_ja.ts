<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
  <context>
    <name>CustomerListModel</name>
    <message>
      <location filename="../../relationdesk/ui/customers/list_model.py" line="37" />
      <source>Name</source>
      <translation>氏名</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_model.py" line="38" />
      <source>Reading</source>
      <translation>フリガナ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_model.py" line="39" />
      <source>Company</source>
      <translation>会社</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_model.py" line="40" />
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_model.py" line="41" />
      <source>E-mail</source>
      <translation>メール</translation>
    </message>
  </context>
  <context>
    <name>CustomerListPane</name>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="37" />
      <source>Search by name, reading, phone, e-mail or tag  (Ctrl+F or /)</source>
      <translation>氏名・フリガナ・電話・メール・タグで検索  (Ctrl+F または /)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="64" />
      <source>Loading…</source>
      <translation>読み込み中…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="99" />
      <source>Counting…</source>
      <translation>件数を数えています…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="109" />
      <source>%Ln match(es)</source>
      <translation>
        <numerusform>%Ln 件見つかりました</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="115" />
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>顧客 %Ln 件</numerusform>
      </translation>
    </message>
  </context>
</TS>
