<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
  <context>
    <name>CustomerTableModel</name>
    <message>
      <location filename="../../relationdesk/ui/customers/table_model.py" line="23" />
      <source>Name</source>
      <translation>氏名</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/table_model.py" line="24" />
      <source>Reading</source>
      <translation>フリガナ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/table_model.py" line="25" />
      <source>Company</source>
      <translation>会社</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/table_model.py" line="26" />
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/table_model.py" line="27" />
      <source>E-mail</source>
      <translation>メール</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/main_window.py" line="43" />
      <source>%n customer(s)</source>
      <translation>
        <numerusform>顧客 %n 件</numerusform>
      </translation>
    </message>
  </context>
</TS>
