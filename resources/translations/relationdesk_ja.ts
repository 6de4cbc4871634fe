<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
  <context>
    <name>BackupRotation</name>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="26" />
      <source>The newest:</source>
      <translation>最新のもの:</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="26" />
      <source> backups</source>
      <translation> 件</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="27" />
      <source>One a day for:</source>
      <translation>1 日 1 件を:</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="27" />
      <source> days</source>
      <translation> 日分</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="28" />
      <source>One a week for:</source>
      <translation>1 週 1 件を:</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="28" />
      <source> weeks</source>
      <translation> 週分</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="29" />
      <source>One a month for:</source>
      <translation>1 か月 1 件を:</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="29" />
      <source> months</source>
      <translation> か月分</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="31" />
      <source>Back up at start-up when the newest backup is older than:</source>
      <translation>起動時、最新のバックアップがこれより古ければバックアップ:</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="32" />
      <source> hours</source>
      <translation> 時間</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="46" />
      <source>Always</source>
      <translation>毎回</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="49" />
      <source>Older backups are deleted after each new one; those kept by any of these rules stay.</source>
      <translation>新しいバックアップを取るたびに古いものを削除します。どれかの決まりで残るものは削除しません。</translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="33" />
      <source>Backed up by hand</source>
      <translation>手動バックアップ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="34" />
      <source>At start-up</source>
      <translation>起動時</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="35" />
      <source>On quit</source>
      <translation>終了時</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="36" />
      <source>Before an import</source>
      <translation>取り込みの前</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="37" />
      <source>Before a merge</source>
      <translation>統合の前</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="38" />
      <source>Before an undo</source>
      <translation>取り消しの前</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="39" />
      <source>Before a restore</source>
      <translation>復元の前</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="40" />
      <source>Before an update</source>
      <translation>アップデートの前</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="41" />
      <source>Before emptying the trash</source>
      <translation>ゴミ箱を空にする前</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="80" />
      <location filename="../../relationdesk/ui/backups_dialog.py" line="265" />
      <source>Backups</source>
      <translation>バックアップ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="87" />
      <source>Date</source>
      <translation>日時</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="87" />
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="87" />
      <source>Size</source>
      <translation>サイズ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="87" />
      <source>Customers</source>
      <translation>顧客数</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="96" />
      <source>Reading the backups…</source>
      <translation>バックアップを読み込んでいます…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="100" />
      <source>&amp;Back Up Now</source>
      <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="102" />
      <source>&amp;Restore…</source>
      <translation>復元(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="140" />
      <source>Unreadable</source>
      <translation>読み取れません</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="158" />
      <source>No backups yet.</source>
      <translation>まだバックアップはありません。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="158" />
      <source>Newest first.</source>
      <translation>新しい順に表示しています。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="177" />
      <source>Backing up…</source>
      <translation>バックアップしています…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="191" />
      <source>Backed up to %1</source>
      <translation>%1 にバックアップしました</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="195" />
      <source>The backup folder chosen in Preferences is not available; the backup went to %1</source>
      <translation>環境設定で選んだバックアップ先が見つからないため、%1 にバックアップしました</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="221" />
      <location filename="../../relationdesk/ui/backups_dialog.py" line="230" />
      <source>Restore</source>
      <translation>復元</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="223" />
      <source>Replace all the current data with the backup of %1?

The current data is backed up first, so this can be undone by restoring that backup.</source>
      <translation>現在のデータをすべて %1 のバックアップで置き換えますか？

現在のデータは先にバックアップされるので、そのバックアップを復元すれば元に戻せます。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="234" />
      <source>Restoring…</source>
      <translation>復元しています…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="245" />
      <source>Restored the backup of %1 (%2 customers).</source>
      <translation>%1 のバックアップを復元しました（顧客 %2 件）。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="264" />
      <source>That did not work: %1</source>
      <translation>うまくいきませんでした: %1</translation>
    </message>
  </context>
  <context>
    <name>CommandPalette</name>
    <message>
      <location filename="../../relationdesk/ui/command_palette.py" line="38" />
      <source>Command Palette</source>
      <translation>コマンドパレット</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/command_palette.py" line="44" />
      <source>Type an action or a customer…</source>
      <translation>操作名または顧客名を入力…</translation>
    </message>
  </context>
  <context>
    <name>ContactRows</name>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="45" />
      <source>Mobile</source>
      <translation>携帯</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="46" />
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="193" />
      <source>Home</source>
      <translation>自宅</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="47" />
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="57" />
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="194" />
      <source>Work</source>
      <translation>勤務先</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="48" />
      <source>Main</source>
      <translation>代表</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="49" />
      <source>Fax</source>
      <translation>FAX</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="56" />
      <source>Personal</source>
      <translation>個人</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="143" />
      <source>Phone number</source>
      <translation>電話番号</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="167" />
      <source>E-mail address</source>
      <translation>メールアドレス</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="354" />
      <source>Add phone</source>
      <translation>電話番号を追加</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="363" />
      <source>Add e-mail</source>
      <translation>メールアドレスを追加</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="372" />
      <source>Add address</source>
      <translation>住所を追加</translation>
    </message>
  </context>
  <context>
    <name>CustomerListModel</name>
    <message>
      <location filename="../../relationdesk/ui/customers/list_model.py" line="51" />
      <source>Name</source>
      <translation>氏名</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_model.py" line="52" />
      <source>Reading</source>
      <translation>フリガナ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_model.py" line="53" />
      <source>Company</source>
      <translation>会社</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_model.py" line="54" />
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_model.py" line="55" />
      <source>E-mail</source>
      <translation>メール</translation>
    </message>
  </context>
  <context>
    <name>CustomerListPane</name>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="39" />
      <source>Reading (あいうえお)</source>
      <translation>フリガナ順（あいうえお）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="40" />
      <source>Name</source>
      <translation>氏名順</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="41" />
      <source>Last contact</source>
      <translation>最終接触日順</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="42" />
      <source>Date added</source>
      <translation>登録日順</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="49" />
      <source>Lead</source>
      <translation>見込み客</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="50" />
      <source>Prospect</source>
      <translation>商談中</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="51" />
      <source>Customer</source>
      <translation>顧客</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="52" />
      <source>Repeat customer</source>
      <translation>リピーター</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="53" />
      <source>Advocate</source>
      <translation>紹介者・ファン</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="87" />
      <source>Search by name, reading, phone, e-mail or tag  (Ctrl+F or /)</source>
      <translation>氏名・フリガナ・電話・メール・タグで検索  (Ctrl+F または /)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="110" />
      <source>All stages</source>
      <translation>すべての段階</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="114" />
      <source>All tags</source>
      <translation>すべてのタグ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="117" />
      <source>Order:</source>
      <translation>並び順:</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="127" />
      <source>Jump to %1</source>
      <translation>「%1」行へ移動</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="189" />
      <source>Loading…</source>
      <translation>読み込み中…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="324" />
      <source>Counting…</source>
      <translation>件数を数えています…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="334" />
      <source>%Ln match(es)</source>
      <translation>
        <numerusform>%Ln 件見つかりました</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="350" />
      <source>%Ln customer(s) in the trash</source>
      <translation>
        <numerusform>ごみ箱に %Ln 件</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="352" />
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>顧客 %Ln 件</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CustomerPanel</name>
    <message>
      <location filename="../../relationdesk/ui/customers/customer_panel.py" line="47" />
      <source>&amp;Timeline</source>
      <translation>履歴(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/customer_panel.py" line="48" />
      <source>&amp;Profile</source>
      <translation>プロフィール(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/customer_panel.py" line="50" />
      <source>&amp;History</source>
      <translation>変更履歴(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/customer_panel.py" line="52" />
      <location filename="../../relationdesk/ui/main_window.py" line="72" />
      <source>Choose a customer on the left, or add one with Ctrl+N.</source>
      <translation>左の一覧からお客様を選ぶか、Ctrl+N で新しく登録してください。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/customer_panel.py" line="100" />
      <source>New customer</source>
      <translation>新しいお客様</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/customer_panel.py" line="101" />
      <source>Fill in at least a name, then Save (Ctrl+S).</source>
      <translation>少なくとも氏名を入力して、保存（Ctrl+S）してください。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/customer_panel.py" line="116" />
      <source>In the trash: restore it to edit.</source>
      <translation>ごみ箱にあります。編集するには元に戻してください。</translation>
    </message>
  </context>
  <context>
    <name>DataCheck</name>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="86" />
      <source>Checking the customer data…</source>
      <translation>顧客データをチェックしています…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="86" />
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="88" />
      <location filename="../../relationdesk/ui/data_check.py" line="160" />
      <location filename="../../relationdesk/ui/data_check.py" line="169" />
      <location filename="../../relationdesk/ui/data_check.py" line="185" />
      <location filename="../../relationdesk/ui/data_check.py" line="205" />
      <source>Check Data</source>
      <translation>データのチェック</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="127" />
      <source>The data check was cancelled.</source>
      <translation>データのチェックを中止しました。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="148" />
      <source>Data check: no problems found.</source>
      <translation>データのチェック: 問題はありません。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="158" />
      <source>The data check could not run: %1</source>
      <translation>データをチェックできませんでした: %1</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="170" />
      <source>No problems found.</source>
      <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="173" />
      <source>Checked the whole data file (SQLite's integrity check), the links between records and the search index in %1 seconds.</source>
      <translation>データファイル全体（SQLite の整合性チェック）、記録どうしのつながり、検索用の索引を%1 秒でチェックしました。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="188" />
      <source>The check found problems only in the search index: some customers may not be found by searching. The customer data itself is fine. Rebuild the search index now? (About a minute for a million customers.)</source>
      <translation>検索用の索引にだけ問題が見つかりました。検索で見つからない顧客があるかもしれません。顧客データそのものは無事です。今すぐ検索用の索引を作り直しますか？（顧客 100 万件でおよそ 1 分かかります）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="194" />
      <source>Rebuild the Index</source>
      <translation>索引を作り直す</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="195" />
      <source>Later</source>
      <translation>後で</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="204" />
      <source>Rebuilding the search index…</source>
      <translation>検索用の索引を作り直しています…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="218" />
      <source>Rebuilt the search index (%1 customers).</source>
      <translation>検索用の索引を作り直しました（顧客 %1 件）。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="227" />
      <source>The search index could not be rebuilt: %1</source>
      <translation>検索用の索引を作り直せませんでした: %1</translation>
    </message>
  </context>
  <context>
    <name>DueBanner</name>
    <message>
      <location filename="../../relationdesk/ui/reminders/banner.py" line="24" />
      <source>Reminders</source>
      <translation>リマインダー</translation>
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/reminders/banner.py" line="36" />
      <source>%Ln reminder(s) due</source>
      <translation>
        <numerusform>期限のリマインダー %Ln 件</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Duplicates</name>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="38" />
      <source>same e-mail</source>
      <translation>メールアドレスが同じ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="39" />
      <source>same phone</source>
      <translation>電話番号が同じ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="40" />
      <source>same name and reading</source>
      <translation>氏名とフリガナが同じ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="41" />
      <source>same name</source>
      <translation>氏名が同じ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="48" />
      <source>Very likely</source>
      <translation>ほぼ確実</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="49" />
      <source>Likely</source>
      <translation>可能性が高い</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="50" />
      <source>Possible</source>
      <translation>可能性あり</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="57" />
      <source>Family name</source>
      <translation>姓</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="58" />
      <source>Given name</source>
      <translation>名</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="59" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="60" />
      <source>Reading</source>
      <translation>フリガナ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="61" />
      <source>Honorific</source>
      <translation>敬称</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="62" />
      <source>Company</source>
      <translation>会社</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="63" />
      <source>Title</source>
      <translation>役職</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="64" />
      <source>Birthday</source>
      <translation>誕生日</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="65" />
      <source>Stage</source>
      <translation>段階</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="66" />
      <source>Source</source>
      <translation>きっかけ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="67" />
      <source>Prefers</source>
      <translation>希望の連絡方法</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="68" />
      <source>May send direct mail</source>
      <translation>DM 送付可</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="69" />
      <source>May e-mail</source>
      <translation>メール送付可</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="70" />
      <source>May send LINE</source>
      <translation>LINE 送付可</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="71" />
      <source>LINE ID</source>
      <translation>LINE ID</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="72" />
      <source>Note</source>
      <translation>メモ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="81" />
      <source>Yes</source>
      <translation>はい</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="95" />
      <source>Find Duplicates</source>
      <translation>重複の確認</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="102" />
      <source>Customer</source>
      <translation>顧客</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="103" />
      <source>Perhaps the same as</source>
      <translation>同じ人かもしれない顧客</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="104" />
      <source>Why</source>
      <translation>理由</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="105" />
      <source>How sure</source>
      <translation>確からしさ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="116" />
      <source>Find More</source>
      <translation>さらに探す</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="118" />
      <source>Merge…</source>
      <translation>統合…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="120" />
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="148" />
      <source>Looking…</source>
      <translation>探しています…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="171" />
      <source>%1 pair(s) found.</source>
      <translation>%1 組見つかりました。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="173" />
      <source>No likely duplicates.</source>
      <translation>重複らしい顧客はありません。</translation>
    </message>
  </context>
  <context>
    <name>EmptyTrash</name>
    <message>
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="33" />
      <source>&amp;Empty Trash…</source>
      <translation>ごみ箱を空にする(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="49" />
      <source>%1 and %2 in the trash will be deleted for good. A backup of all data is taken first (File → Backups).</source>
      <translation>ごみ箱の%1と%2を完全に削除します。削除の前に、すべてのデータのバックアップを取ります（ファイル → バックアップ）。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="52" />
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="90" />
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>顧客 %Ln 件</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="53" />
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="91" />
      <source>%Ln timeline entry(ies)</source>
      <translation>
        <numerusform>履歴 %Ln 件</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="59" />
      <source>The trash is empty.</source>
      <translation>ごみ箱は空です。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="63" />
      <source>Empty the trash?</source>
      <translation>ごみ箱を空にしますか？</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="68" />
      <source>Empty Trash</source>
      <translation>空にする</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="75" />
      <source>Backing up, then emptying the trash…</source>
      <translation>バックアップを取ってから、ごみ箱を空にしています…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="89" />
      <source>Emptied the trash: %1 and %2 deleted for good (backed up first).</source>
      <translation>ごみ箱を空にしました。%1と%2を完全に削除しました（削除前にバックアップ済み）。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="100" />
      <source>The trash was not emptied: the backup failed (%1).</source>
      <translation>バックアップに失敗したため、ごみ箱を空にしませんでした（%1）。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="102" />
      <source>The trash was not emptied: %1</source>
      <translation>ごみ箱を空にできませんでした: %1</translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="74" />
      <source>Edit %1</source>
      <translation>%1を編集</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="91" />
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="126" />
      <source>When</source>
      <translation>日時</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="93" />
      <source>Product</source>
      <translation>商品・サービス</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="93" />
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="93" />
      <source>Unit price</source>
      <translation>単価</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="98" />
      <source>Add line</source>
      <translation>行を追加</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="100" />
      <source>Remove line</source>
      <translation>行を削除</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="109" />
      <source>Lines</source>
      <translation>明細</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="110" />
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="117" />
      <source>Note</source>
      <translation>メモ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="112" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="113" />
      <source>What to do</source>
      <translation>やること</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="39" />
      <source>Once</source>
      <translation>1回だけ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="40" />
      <source>Every day</source>
      <translation>毎日</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="41" />
      <source>Every week</source>
      <translation>毎週</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="42" />
      <source>Every month</source>
      <translation>毎月</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="43" />
      <source>Every year</source>
      <translation>毎年</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="116" />
      <source>Repeats</source>
      <translation>繰り返し</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="50" />
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="51" />
      <source>From the customer</source>
      <translation>お客様から</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="52" />
      <source>From us</source>
      <translation>こちらから</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="125" />
      <source>Kind</source>
      <translation>種類</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="127" />
      <source>Who started it</source>
      <translation>きっかけ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="128" />
      <source>Subject</source>
      <translation>件名</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="129" />
      <source>Details</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="130" />
      <source>Outcome</source>
      <translation>結果</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="167" />
      <source>Line %1: quantity and price must be whole numbers.</source>
      <translation>%1 行目: 数量と単価は整数で入力してください。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="209" />
      <source>Could not save: %1</source>
      <translation>保存できませんでした: %1</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="77" />
      <source>Export Customers</source>
      <translation>顧客の書き出し</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="84" />
      <source>All customers</source>
      <translation>すべての顧客</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="86" />
      <source>The customers found by “%1”</source>
      <translation>「%1」の検索結果の顧客</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="89" />
      <source>Only %1</source>
      <translation>%1 のみ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="99" />
      <source>CSV for Excel (UTF-8)</source>
      <translation>CSV（Excel 向け・UTF-8）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="100" />
      <source>CSV in Shift_JIS (older Excel, other programs)</source>
      <translation>CSV（Shift_JIS・古い Excel やほかのソフト向け）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="101" />
      <source>Excel workbook (.xlsx)</source>
      <translation>Excel ブック（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="102" />
      <source>vCard for phones and mail programs (.vcf)</source>
      <translation>vCard（スマートフォン・メールソフト向け .vcf）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="107" />
      <source>Japanese headers (姓, 名, フリガナ …)</source>
      <translation>日本語の見出し（姓、名、フリガナ …）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="108" />
      <source>English headers</source>
      <translation>英語の見出し</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="113" />
      <source>Browse…</source>
      <translation>参照…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="124" />
      <location filename="../../relationdesk/ui/export_dialog.py" line="133" />
      <source>Export</source>
      <translation>書き出し</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="134" />
      <source>Format</source>
      <translation>形式</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="135" />
      <source>Columns</source>
      <translation>列の見出し</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="136" />
      <source>File</source>
      <translation>ファイル</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="167" />
      <source>Export to</source>
      <translation>書き出し先</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="176" />
      <source>Choose a file to write.</source>
      <translation>書き出すファイルを選んでください。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="192" />
      <source>Exporting…</source>
      <translation>書き出しています…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="211" />
      <source>Exporting… %1 of %2</source>
      <translation>書き出しています… %2 件中 %1 件</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="220" />
      <source>Cancelling…</source>
      <translation>中止しています…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="226" />
      <source>Exported %1 customer(s) to %2.</source>
      <translation>%1 件の顧客を %2 に書き出しました。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="232" />
      <source>%1 field(s) held characters Shift_JIS cannot: they were written as 〓.</source>
      <translation>%1 項目に Shift_JIS で表せない文字があり、〓 として書き出しました。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="242" />
      <source>Cancelled: no file was written.</source>
      <translation>中止しました。ファイルは作られていません。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="247" />
      <source>Could not write the file: %1</source>
      <translation>ファイルを書き込めませんでした: %1</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="250" />
      <source>Could not export: %1</source>
      <translation>書き出せませんでした: %1</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="259" />
      <source>Characters Shift_JIS cannot hold</source>
      <translation>Shift_JIS で表せない文字</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="261" />
      <source>%1 field(s) hold characters that Shift_JIS cannot hold, for example %2. Write them as 〓? Choose No to keep the file unwritten (UTF-8 holds every character).</source>
      <translation>%1 項目に Shift_JIS で表せない文字があります（例: %2）。〓 に置き換えて書き出しますか？「いいえ」を選ぶとファイルは作られません（UTF-8 ならすべての文字を書き出せます）。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="271" />
      <source>Nothing was written.</source>
      <translation>何も書き出していません。</translation>
    </message>
  </context>
  <context>
    <name>FieldErrors</name>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="14" />
      <source>Required.</source>
      <translation>入力してください。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="15" />
      <source>Too long (at most %1 characters).</source>
      <translation>長すぎます（%1 文字まで）。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="18" />
      <source>Write the reading in kana (hiragana or katakana), not kanji.</source>
      <translation>フリガナはひらがなかカタカナで入力してください（漢字は使えません）。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="21" />
      <source>Not one of the choices.</source>
      <translation>選択肢にない値です。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="22" />
      <source>Not a date. Try 1980/7/15, 1980年7月15日 or S55.7.15.</source>
      <translation>日付として読めません。1980/7/15、1980年7月15日、S55.7.15 などの形で入力してください。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="25" />
      <source>Not a phone number. Check the digits (e.g. 090-1234-5678).</source>
      <translation>電話番号として正しくありません。桁数をご確認ください（例: 090-1234-5678）。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="28" />
      <source>Not an e-mail address (e.g. name@example.jp).</source>
      <translation>メールアドレスとして正しくありません（例: name@example.jp）。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="31" />
      <source>A postal code has 7 digits (e.g. 100-0001).</source>
      <translation>郵便番号は7桁で入力してください（例: 100-0001）。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="34" />
      <source>That company no longer exists.</source>
      <translation>その会社は登録されていません。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="37" />
      <source>Must be more than 0.</source>
      <translation>0 より大きい値にしてください。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="38" />
      <source>Must not be negative.</source>
      <translation>マイナスにはできません。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="42" />
      <source>Not accepted (%1).</source>
      <translation>受け付けられない値です（%1）。</translation>
    </message>
  </context>
  <context>
    <name>HistoryTab</name>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="45" />
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="82" />
      <source>Kind</source>
      <translation>種別</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="46" />
      <source>Family name</source>
      <translation>姓</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="47" />
      <source>Given name</source>
      <translation>名</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="48" />
      <source>Display name</source>
      <translation>表示名</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="49" />
      <source>Reading</source>
      <translation>フリガナ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="50" />
      <source>Honorific</source>
      <translation>敬称</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="51" />
      <source>Company</source>
      <translation>会社</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="52" />
      <source>Job title</source>
      <translation>役職</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="53" />
      <source>Birthday</source>
      <translation>誕生日</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="54" />
      <source>Stage</source>
      <translation>段階</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="55" />
      <source>Source</source>
      <translation>流入元</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="56" />
      <source>Preferred contact</source>
      <translation>希望連絡手段</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="57" />
      <source>Direct mail consent</source>
      <translation>DM 同意</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="58" />
      <source>E-mail consent</source>
      <translation>メール同意</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="59" />
      <source>LINE consent</source>
      <translation>LINE 同意</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="60" />
      <source>LINE ID</source>
      <translation>LINE ID</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="61" />
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="91" />
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="95" />
      <source>Note</source>
      <translation>メモ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="62" />
      <source>Tags</source>
      <translation>タグ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="63" />
      <source>Phone numbers</source>
      <translation>電話番号</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="64" />
      <source>E-mail addresses</source>
      <translation>メール</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="65" />
      <source>Addresses</source>
      <translation>住所</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="66" />
      <source>In the trash</source>
      <translation>ごみ箱</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="73" />
      <source>Activity</source>
      <translation>対応履歴</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="74" />
      <source>Purchase</source>
      <translation>購入</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="75" />
      <source>Reminder</source>
      <translation>リマインダー</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="83" />
      <source>Who started it</source>
      <translation>きっかけ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="84" />
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="88" />
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="168" />
      <source>When</source>
      <translation>日時</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="85" />
      <source>Subject</source>
      <translation>件名</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="86" />
      <source>Details</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="87" />
      <source>Outcome</source>
      <translation>結果</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="89" />
      <source>Lines</source>
      <translation>明細</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="90" />
      <source>Total</source>
      <translation>合計</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="92" />
      <source>What to do</source>
      <translation>やること</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="93" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="94" />
      <source>Repeats</source>
      <translation>繰り返し</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="96" />
      <source>Snoozed until</source>
      <translation>再通知</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="97" />
      <source>Done</source>
      <translation>完了</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="109" />
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="124" />
      <source>Yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="125" />
      <source>No</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="169" />
      <source>By</source>
      <translation>担当者</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="170" />
      <source>Field</source>
      <translation>項目</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="171" />
      <source>From</source>
      <translation>変更前</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="172" />
      <source>To</source>
      <translation>変更後</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="181" />
      <source>No changes recorded yet.</source>
      <translation>まだ変更の記録はありません。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="182" />
      <source>&amp;Export…</source>
      <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="255" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="255" />
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="258" />
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="285" />
      <source>Export Change History</source>
      <translation>変更履歴の書き出し</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="286" />
      <source>Could not export: %1</source>
      <translation>書き出せませんでした: %1</translation>
    </message>
  </context>
  <context>
    <name>ImportHistoryDialog</name>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="44" />
      <source>Import History</source>
      <translation>取り込み履歴</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="50" />
      <source>When</source>
      <translation>日時</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="50" />
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="50" />
      <source>New</source>
      <translation>新規</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="50" />
      <source>Merged</source>
      <translation>統合</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="50" />
      <source>State</source>
      <translation>状態</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="58" />
      <source>Undo</source>
      <translation>取り消す</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="60" />
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="83" />
      <source>Import of %1</source>
      <translation>%1 の取り込み</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="85" />
      <source>Merge into %1</source>
      <translation>%1 への統合</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="87" />
      <source>Undone</source>
      <translation>取り消し済み</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="101" />
      <source>Nothing has been imported yet.</source>
      <translation>まだ何も取り込んでいません。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="126" />
      <source>Undone.</source>
      <translation>取り消しました。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="136" />
      <source>Changed since the import</source>
      <translation>取り込み後に変更された顧客</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="138" />
      <source>%1 customer(s) were changed after this import (%2). Undo the rest and leave those as they are now?</source>
      <translation>%1 件の顧客が取り込み後に変更されています（%2）。それらは今のまま残し、ほかを取り消しますか？</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="147" />
      <source>It was undone already.</source>
      <translation>すでに取り消されています。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="150" />
      <source>Could not undo: %1</source>
      <translation>取り消せませんでした: %1</translation>
    </message>
  </context>
  <context>
    <name>ImportLabels</name>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="15" />
      <source>(Do not import)</source>
      <translation>（取り込まない）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="18" />
      <source>Full name (split at the space)</source>
      <translation>氏名（空白で姓と名に分ける）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="20" />
      <source>Family name</source>
      <translation>姓</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="21" />
      <source>Given name</source>
      <translation>名</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="22" />
      <source>Reading of the full name</source>
      <translation>フリガナ（氏名）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="25" />
      <source>Reading of the family name</source>
      <translation>フリガナ（姓）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="29" />
      <source>Reading of the given name</source>
      <translation>フリガナ（名）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="31" />
      <source>Company</source>
      <translation>会社名</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="34" />
      <source>Reading of the company</source>
      <translation>フリガナ（会社名）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="36" />
      <source>Title</source>
      <translation>役職</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="37" />
      <source>Phone</source>
      <translation>電話番号</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="38" />
      <source>Mobile phone</source>
      <translation>携帯電話</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="39" />
      <source>Home phone</source>
      <translation>自宅電話</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="40" />
      <source>Work phone</source>
      <translation>勤務先電話</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="41" />
      <source>Fax</source>
      <translation>FAX</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="42" />
      <source>Label of the phone</source>
      <translation>電話番号の種類</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="43" />
      <source>E-mail</source>
      <translation>メールアドレス</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="44" />
      <source>Label of the e-mail</source>
      <translation>メールアドレスの種類</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="45" />
      <source>Postal code</source>
      <translation>郵便番号</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="46" />
      <source>Prefecture</source>
      <translation>都道府県</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="47" />
      <source>City</source>
      <translation>市区町村</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="48" />
      <source>Town and street number</source>
      <translation>町名・番地</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="49" />
      <source>Building</source>
      <translation>建物名</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="52" />
      <source>Whole address (split on import)</source>
      <translation>住所（まとめて1列・取り込み時に分ける）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="54" />
      <source>Label of the address</source>
      <translation>住所の種類</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="55" />
      <source>Birthday</source>
      <translation>誕生日</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="56" />
      <source>Note</source>
      <translation>メモ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="57" />
      <source>Tags</source>
      <translation>タグ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="58" />
      <source>Stage</source>
      <translation>段階</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="59" />
      <source>LINE ID</source>
      <translation>LINE ID</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="66" />
      <source>New</source>
      <translation>新規</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="67" />
      <source>Merged</source>
      <translation>統合</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="68" />
      <source>Skipped (duplicate)</source>
      <translation>スキップ（重複）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="69" />
      <source>New (despite a duplicate)</source>
      <translation>新規（重複があっても作成）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="70" />
      <source>Not imported</source>
      <translation>取り込まない</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="78" />
      <source>No name: the row has no name and no company, so it is not imported.</source>
      <translation>氏名も会社名もないため、この行は取り込みません。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="81" />
      <source>Too long (at most %1 characters).</source>
      <translation>長すぎます（%1 文字まで）。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="84" />
      <source>Not a phone number; imported without it.</source>
      <translation>電話番号として読めないため、除いて取り込みます。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="87" />
      <source>Not an e-mail address; imported without it.</source>
      <translation>メールアドレスとして読めないため、除いて取り込みます。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="90" />
      <source>Not a date; imported without it.</source>
      <translation>日付として読めないため、除いて取り込みます。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="93" />
      <source>A birthday without a year; imported without it.</source>
      <translation>年のない誕生日のため、除いて取り込みます。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="96" />
      <source>Not a 7-digit postal code; imported without it.</source>
      <translation>7桁の郵便番号ではないため、除いて取り込みます。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="99" />
      <source>The reading is not in kana; imported without it.</source>
      <translation>フリガナがかなではないため、除いて取り込みます。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="102" />
      <source>Not a known choice; imported without it.</source>
      <translation>選択肢にない値のため、除いて取り込みます。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="105" />
      <source>More cells than columns (%1); the extra ones are left out.</source>
      <translation>列より多いセルがあります（%1）。余分なセルは取り込みません。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="108" />
      <source>A quote opened here is never closed; the row is not imported.</source>
      <translation>ここで始まる引用符が閉じていないため、この行は取り込みません。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="111" />
      <source>The row cannot be read; it is not imported.</source>
      <translation>この行は読めないため、取り込みません。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="114" />
      <source>The card has no END:VCARD; read up to the end of the file.</source>
      <translation>END:VCARD がないため、ファイルの終わりまでを1件として読みました。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="117" />
      <source>Characters that cannot be read were left out.</source>
      <translation>読めない文字を除きました。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="123" />
      <source>Problem: %1</source>
      <translation>問題: %1</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="130" />
      <source>The file cannot be opened (%1).</source>
      <translation>ファイルを開けません（%1）。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="133" />
      <source>The file is empty.</source>
      <translation>ファイルが空です。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="134" />
      <source>The file is neither UTF-8 nor Shift_JIS (first unreadable line: %1).</source>
      <translation>ファイルが UTF-8 でも Shift_JIS でもありません（最初に読めない行: %1）。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="137" />
      <source>This kind of file (%1) cannot be read: save it as .xlsx or CSV first.</source>
      <translation>この種類のファイル（%1）は読めません。.xlsx か CSV で保存し直してください。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="140" />
      <source>The workbook is damaged or not an .xlsx file.</source>
      <translation>ブックが壊れているか、.xlsx ファイルではありません。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="143" />
      <source>The workbook has no sheet named %1.</source>
      <translation>ブックに「%1」というシートがありません。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="146" />
      <source>The file holds no contacts (no BEGIN:VCARD).</source>
      <translation>ファイルに連絡先がありません（BEGIN:VCARD がありません）。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="152" />
      <source>The file cannot be imported (%1).</source>
      <translation>ファイルを取り込めません（%1）。</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="81" />
      <source>Import Contacts</source>
      <translation>連絡先の取り込み</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="103" />
      <source>&lt; Back</source>
      <translation>&lt; 戻る</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="104" />
      <location filename="../../relationdesk/ui/imports/wizard.py" line="240" />
      <source>Next &gt;</source>
      <translation>次へ &gt;</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="106" />
      <location filename="../../relationdesk/ui/imports/wizard.py" line="242" />
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="128" />
      <source>Import customers from a CSV file (Excel, Google Contacts, Outlook; UTF-8 or Shift_JIS), an Excel workbook or vCards from a phone. Nothing is stored until you have seen the preview, and an import can be undone.</source>
      <translation>CSV ファイル（Excel・Google コンタクト・Outlook、UTF-8 または Shift_JIS）、Excel ブック、スマートフォンの vCard から顧客を取り込みます。プレビューを確認するまで何も保存されず、取り込みは後から取り消せます。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="136" />
      <source>Browse…</source>
      <translation>参照…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="142" />
      <source>Detect</source>
      <translation>自動判定</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="144" />
      <source>Shift_JIS (Windows, Excel)</source>
      <translation>Shift_JIS（Windows・Excel）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="148" />
      <source>File</source>
      <translation>ファイル</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="149" />
      <source>Characters (CSV)</source>
      <translation>文字コード（CSV）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="150" />
      <source>Sheet (Excel)</source>
      <translation>シート（Excel）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="163" />
      <source>Column in the file</source>
      <translation>ファイルの列</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="163" />
      <source>First values</source>
      <translation>先頭の値</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="163" />
      <source>Import as</source>
      <translation>取り込み先</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="175" />
      <source>Merge: fill in what the existing customer lacks (recommended)</source>
      <translation>統合: 登録済みの顧客に足りない項目を補う（おすすめ）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="177" />
      <source>Skip: leave the existing customer alone</source>
      <translation>スキップ: 登録済みの顧客はそのままにする</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="178" />
      <source>Create: add a new customer anyway</source>
      <translation>作成: それでも新しい顧客として追加する</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="193" />
      <location filename="../../relationdesk/ui/imports/wizard.py" line="205" />
      <source>Line</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="194" />
      <source>What happens</source>
      <translation>処理</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="195" />
      <source>Name</source>
      <translation>氏名</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="196" />
      <source>Reading</source>
      <translation>フリガナ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="197" />
      <source>Phone / e-mail</source>
      <translation>電話・メール</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="198" />
      <source>Same customer as</source>
      <translation>同じ顧客</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="205" />
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="205" />
      <source>Problem</source>
      <translation>問題</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="205" />
      <source>Value</source>
      <translation>値</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="210" />
      <source>When a row is a customer you already have:</source>
      <translation>すでに登録済みの顧客と同じ行は:</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="215" />
      <source>Problems (they never stop the import):</source>
      <translation>問題（取り込みは止まりません）:</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="223" />
      <source>Undo This Import</source>
      <translation>この取り込みを取り消す</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="240" />
      <source>Import</source>
      <translation>取り込む</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="242" />
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="271" />
      <source>Cancelling…</source>
      <translation>中止しています…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="280" />
      <source>Import from</source>
      <translation>取り込むファイル</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="282" />
      <source>Contacts (%1)</source>
      <translation>連絡先（%1）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="324" />
      <source>Choose a file first.</source>
      <translation>先にファイルを選んでください。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="332" />
      <source>Reading the file…</source>
      <translation>ファイルを読んでいます…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="362" />
      <source>The columns as you set them last time for files like this one.</source>
      <translation>前回、同じ形のファイルで設定した列の割り当てです。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="364" />
      <source>Check where each column goes; the guesses come from the headers.</source>
      <translation>各列の取り込み先を確認してください。見出しから推定しています。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="401" />
      <source>Checking every row…</source>
      <translation>すべての行を確認しています…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="424" />
      <source>%1 rows read: %2 new, %3 merged, %4 skipped, %5 new despite a duplicate, %6 not imported.</source>
      <translation>%1 行を読みました: 新規 %2、統合 %3、スキップ %4、重複のまま新規 %5、取り込まない %6。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="460" />
      <source>Nothing has been stored yet. Press Import to store it.</source>
      <translation>まだ何も保存していません。「取り込む」を押すと保存します。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="462" />
      <source>The file has no rows to import.</source>
      <translation>取り込む行がありません。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="483" />
      <source>Backing up, then importing…</source>
      <translation>バックアップを取ってから取り込んでいます…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="498" />
      <source>Imported: %1 new customers, %2 merged into customers you had, %3 skipped, %4 rows not imported, %5 problems noted. You can undo this import here or later from File → Import History.</source>
      <translation>取り込みました: 新規 %1 件、登録済みの顧客へ統合 %2 件、スキップ %3 件、取り込まなかった行 %4 件、問題 %5 件。この取り込みは、ここか「ファイル → 取り込み履歴」から取り消せます。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="523" />
      <source>Undoing…</source>
      <translation>取り消しています…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="529" />
      <source>The import was undone: nothing of it is left.</source>
      <translation>取り込みを取り消しました。何も残っていません。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="535" />
      <source>Cancelled: nothing was stored.</source>
      <translation>中止しました。何も保存していません。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="541" />
      <source>The file cannot be read: %1</source>
      <translation>ファイルを読めません: %1</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="544" />
      <source>Something went wrong: %1</source>
      <translation>うまくいきませんでした: %1</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="108" />
      <source>&amp;File</source>
      <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="175" />
      <source>&amp;Preferences…</source>
      <translation>設定(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="178" />
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="181" />
      <source>&amp;Import Contacts…</source>
      <translation>連絡先を取り込む…(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="184" />
      <source>Import &amp;History…</source>
      <translation>取り込み履歴…(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="189" />
      <source>&amp;Export Customers…</source>
      <translation>顧客を書き出す…(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="193" />
      <source>&amp;Backups…</source>
      <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="109" />
      <source>&amp;Customer</source>
      <translation>顧客(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="210" />
      <source>&amp;New Customer</source>
      <translation>新規顧客(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="213" />
      <source>&amp;Save Customer</source>
      <translation>顧客を保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="217" />
      <source>Re&amp;vert Changes</source>
      <translation>変更を取り消す(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="222" />
      <source>&amp;Log Activity…</source>
      <translation>対応を記録…(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="225" />
      <source>Edit &amp;Profile</source>
      <translation>プロフィールを編集(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="241" />
      <source>Find &amp;Duplicates…</source>
      <translation>重複を探す…(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="110" />
      <source>&amp;View</source>
      <translation>表示(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="261" />
      <source>&amp;Customers</source>
      <translation>顧客一覧(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="264" />
      <source>T&amp;oday</source>
      <translation>今日(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="269" />
      <source>&amp;Command Palette…</source>
      <translation>コマンドパレット(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="111" />
      <source>&amp;Help</source>
      <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="200" />
      <source>Check &amp;Data…</source>
      <translation>データのチェック(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="228" />
      <source>Change &amp;History</source>
      <translation>変更履歴(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="273" />
      <source>&amp;Keyboard Shortcuts</source>
      <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="394" />
      <location filename="../../relationdesk/ui/main_window.py" line="395" />
      <source>Search customers</source>
      <translation>顧客を検索</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="398" />
      <source>Quick add kind: Alt+1 note, 2 call, 3 visit, 4 e-mail, 5 LINE, 6 purchase, 7 reminder</source>
      <translation>記録の種類: Alt+1 メモ、2 電話、3 来店・訪問、4 メール、5 LINE、6 購入、7 リマインダー</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="403" />
      <source>Quick add: add the entry</source>
      <translation>記録欄: 記録を追加</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="404" />
      <source>Timeline: edit the entry</source>
      <translation>履歴: 記録を編集</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="406" />
      <source>Timeline: delete the entry</source>
      <translation>履歴: 記録を削除</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="454" />
      <source>Start-up maintenance failed: %1</source>
      <translation>起動時の保守作業に失敗しました: %1</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="468" />
      <source>Restoring the backup…</source>
      <translation>バックアップを復元しています…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="482" />
      <source>Restored the backup of %1 (%2 customers); the damaged file was kept.</source>
      <translation>%1 のバックアップ（顧客 %2 件）を復元しました。壊れたファイルは保管してあります。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="497" />
      <source>The customer data is damaged</source>
      <translation>顧客データが壊れています</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="498" />
      <source>The backup could not be restored: %1</source>
      <translation>バックアップを復元できませんでした: %1</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="505" />
      <source>The start-up backup failed: %1</source>
      <translation>起動時のバックアップに失敗しました: %1</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="510" />
      <source>The backup folder chosen in Preferences is not available; the backup went to %1</source>
      <translation>環境設定で選んだバックアップ先が見つからないため、%1 にバックアップしました</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="519" />
      <source>The data folder is on a network share (%1): keep it on this computer.</source>
      <translation>データフォルダーがネットワーク共有（%1）にあります。このパソコン内に置いてください。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="521" />
      <source>The data folder is in a cloud-sync folder (%1): keep it outside it.</source>
      <translation>データフォルダーがクラウド同期フォルダー（%1）の中にあります。その外に置いてください。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="625" />
      <source>Merged. File → Import History can undo it.</source>
      <translation>統合しました。「ファイル → 取り込み履歴」から取り消せます。</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="215" />
      <source>Merge Customers</source>
      <translation>顧客の統合</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="229" />
      <source>Choose the value to keep where they differ. Phones, e-mails, addresses, tags and the whole history of both are kept; the other record goes to the trash. A backup is taken first, and File → Import History can undo the merge.</source>
      <translation>違いのある項目ごとに残す値を選んでください。電話番号・メール・住所・タグと両方の履歴はすべて残り、もう一方はごみ箱に移ります。先にバックアップを取り、「ファイル → 取り込み履歴」から統合を取り消せます。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="237" />
      <source>Keep the Other Record</source>
      <translation>もう一方を残す</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="242" />
      <source>Merge</source>
      <translation>統合</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="280" />
      <source>&lt;b&gt;Keep&lt;/b&gt;</source>
      <translation>&lt;b&gt;残す顧客&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="281" />
      <source>&lt;b&gt;Merge into it&lt;/b&gt;</source>
      <translation>&lt;b&gt;統合される顧客&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="295" />
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="305" />
      <source>The two records agree on every field.</source>
      <translation>2件はすべての項目で一致しています。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="327" />
      <source>Merging…</source>
      <translation>統合しています…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="336" />
      <source>Could not merge: %1</source>
      <translation>統合できませんでした: %1</translation>
    </message>
  </context>
  <context>
    <name>PersonNames</name>
    <message>
      <location filename="../../relationdesk/ui/names.py" line="19" />
      <source>GIVEN_FIRST</source>
      <comment>Translate as FAMILY_FIRST if your language writes a person's family name first (山田 太郎), else leave GIVEN_FIRST (John Smith).</comment>
      <translation>FAMILY_FIRST</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="39" />
      <location filename="../../relationdesk/ui/preferences.py" line="140" />
      <source>Preferences</source>
      <translation>設定</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="43" />
      <source>As the system</source>
      <translation>システムに合わせる</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="52" />
      <source>10 minutes</source>
      <translation>10分</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="53" />
      <source>1 hour</source>
      <translation>1時間</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="54" />
      <source>Until tomorrow morning</source>
      <translation>明日の朝まで</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="59" />
      <source>Closing the window keeps RelationDesk running in the tray</source>
      <translation>ウィンドウを閉じてもトレイで動作を続ける</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="63" />
      <source>Start RelationDesk in the tray when I log in to this computer</source>
      <translation>このパソコンにログインしたら RelationDesk をトレイで起動する</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="70" />
      <source>Open</source>
      <translation>開く</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="76" />
      <source>The computer's user name</source>
      <translation>パソコンのユーザー名</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="78" />
      <source>The data folder's backups folder</source>
      <translation>データフォルダー内の backups フォルダー</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="79" />
      <source>Browse…</source>
      <translation>参照…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="88" />
      <source> days</source>
      <translation> 日</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="90" />
      <source>Language:</source>
      <translation>言語:</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="91" />
      <source>Phone numbers without a country code are from:</source>
      <translation>国番号のない電話番号の国・地域:</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="92" />
      <source>Snooze reminders by default for:</source>
      <translation>リマインダーの既定の再通知:</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="95" />
      <source>Log my changes as:</source>
      <translation>変更履歴に記録する担当者名:</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="96" />
      <source>Back up to:</source>
      <translation>バックアップ先:</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="97" />
      <source>Keep backups:</source>
      <translation>残すバックアップ:</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="98" />
      <source>Empty the trash of items older than:</source>
      <translation>ゴミ箱から完全に削除するまでの日数:</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="99" />
      <source>Data folder:</source>
      <translation>データフォルダー:</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="101" />
      <source>Language and phone region take effect when RelationDesk starts again.</source>
      <translation>言語と電話番号の地域は、RelationDesk を次に起動したときに反映されます。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="141" />
      <source>Could not change starting at login (%1): %2</source>
      <translation>ログイン時の起動を変更できませんでした（%1）: %2</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="153" />
      <source>Back up to</source>
      <translation>バックアップ先</translation>
    </message>
  </context>
  <context>
    <name>PrivacyActions</name>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="40" />
      <source>E&amp;xport This Customer's Data…</source>
      <translation>この顧客のデータを書き出す(&amp;X)…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="42" />
      <source>Erase This Customer &amp;Completely…</source>
      <translation>この顧客を完全に消去(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="48" />
      <source>Choose a customer first.</source>
      <translation>先に顧客を選んでください。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="60" />
      <source>Export This Customer's Data To</source>
      <translation>この顧客のデータの書き出し先</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="66" />
      <source>Exporting…</source>
      <translation>書き出しています…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="76" />
      <source>Exported to %1 and %2</source>
      <translation>%1 と %2 に書き出しました</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="102" />
      <source>Erase %1 completely? This cannot be undone.</source>
      <translation>%1 を完全に消去しますか？ 元に戻すことはできません。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="105" />
      <source>Erased: the customer record, %1 contact details, %2 activities, %3 purchases, %4 reminders and %5 recorded changes.</source>
      <translation>消去されるもの: 顧客の記録、連絡先 %1 件、対応履歴 %2 件、購入 %3 件、リマインダー %4 件、変更履歴 %5 件。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="114" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="118" />
      <source>Erased with it: %1, merged into this customer and still in the trash.</source>
      <translation>この顧客に統合され、ごみ箱にある %1 も一緒に消去されます。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="124" />
      <source>The import and merge history's %1 copies of this customer go too; those imports can still be undone for the other customers.</source>
      <translation>取り込み・統合の記録に残るこの顧客のコピー %1 件も削除されます。それらの取り込みは、ほかの顧客について引き続き取り消せます。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="131" />
      <source>Not erased: %1, once merged into this customer and restored from the trash since. Erase it too if the request covers it.</source>
      <translation>%1 は、この顧客に統合された後ごみ箱から戻されたため消去されません。請求の対象であれば、そちらも消去してください。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="138" />
      <source>This record was merged into %1, which keeps the details and history it took from it. Erase that record too if the request covers it.</source>
      <translation>この記録は %1 に統合されており、統合先には引き継いだ情報と履歴が残ります。請求の対象であれば、統合先も消去してください。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="145" />
      <source>No backup holds a copy of this customer.</source>
      <translation>この顧客のコピーを含むバックアップはありません。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="149" />
      <source>%1 backups still hold a copy; they keep it until they expire. The last copy expires on %2.</source>
      <translation>%1 個のバックアップにまだコピーが残っており、期限が来るまで保持されます。最後のコピーの期限は %2 です。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="158" />
      <source>%1 backups still hold a copy; with the current backup settings they are kept for more than three years. Delete them by hand if needed.</source>
      <translation>%1 個のバックアップにまだコピーが残っており、現在のバックアップ設定では 3 年以上保持されます。必要なら手動で削除してください。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="164" />
      <source>Damaged files kept aside in the data folder may also hold it: %1</source>
      <translation>データフォルダーに保管された破損ファイルにも含まれている可能性があります: %1</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="173" />
      <source>Erase Customer</source>
      <translation>顧客の消去</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="178" />
      <source>Erase</source>
      <translation>消去</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="183" />
      <source>Erasing…</source>
      <translation>消去しています…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="190" />
      <source>%1 was erased completely.</source>
      <translation>%1 を完全に消去しました。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="195" />
      <source>That did not work: %1</source>
      <translation>うまくいきませんでした: %1</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="197" />
      <source>Customer</source>
      <translation>顧客</translation>
    </message>
  </context>
  <context>
    <name>ProfileEditor</name>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="57" />
      <source>No preference</source>
      <translation>指定なし</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="58" />
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="59" />
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="165" />
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="204" />
      <source>E-mail</source>
      <translation>メール</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="60" />
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="166" />
      <source>LINE</source>
      <translation>LINE</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="61" />
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="164" />
      <source>Direct mail</source>
      <translation>DM（郵送）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="62" />
      <source>Visit</source>
      <translation>訪問</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="80" />
      <source>%1 (%2) · age %3</source>
      <translation>%1（%2）・%3 歳</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="49" />
      <source>Person</source>
      <translation>個人</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="50" />
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="193" />
      <source>Company</source>
      <translation>会社</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="140" />
      <source>In kana, e.g. ヤマダ タロウ</source>
      <translation>カナで入力（例: ヤマダ タロウ）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="147" />
      <source>Type to pick or add a company</source>
      <translation>入力して会社を選ぶか、新しく追加</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="154" />
      <source>1980/7/15, 昭和55年7月15日 or S55.7.15</source>
      <translation>1980/7/15、昭和55年7月15日、S55.7.15 など</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="160" />
      <source>Separate with commas, e.g. VIP, 紹介</source>
      <translation>読点かカンマで区切る（例: VIP、紹介）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="172" />
      <source>How they found us, e.g. 紹介, チラシ</source>
      <translation>きっかけ（例: 紹介、チラシ）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="180" />
      <source>Kind</source>
      <translation>区分</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="181" />
      <source>Family name</source>
      <translation>姓</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="182" />
      <source>Given name</source>
      <translation>名</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="184" />
      <source>Company name</source>
      <translation>会社名</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="191" />
      <source>Reading (フリガナ)</source>
      <translation>フリガナ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="192" />
      <source>Honorific</source>
      <translation>敬称</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="194" />
      <source>Title</source>
      <translation>役職</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="200" />
      <source>Birthday</source>
      <translation>誕生日</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="201" />
      <source>Stage</source>
      <translation>段階</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="202" />
      <source>Tags</source>
      <translation>タグ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="203" />
      <source>Phones</source>
      <translation>電話番号</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="205" />
      <source>Addresses</source>
      <translation>住所</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="210" />
      <source>May contact by</source>
      <translation>連絡の許可</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="211" />
      <source>LINE ID</source>
      <translation>LINE ID</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="212" />
      <source>Prefers</source>
      <translation>希望の連絡方法</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="213" />
      <source>Source</source>
      <translation>きっかけ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="214" />
      <source>Note</source>
      <translation>メモ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="224" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="225" />
      <source>Save changes (Ctrl+S)</source>
      <translation>変更を保存（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="227" />
      <source>Revert</source>
      <translation>元に戻す</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="228" />
      <source>Undo every change since the last save</source>
      <translation>最後に保存してからの変更をすべて取り消します</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="401" />
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="402" />
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="487" />
      <source>Unsaved changes</source>
      <translation>未保存の変更があります</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="427" />
      <source>Saving…</source>
      <translation>保存しています…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="438" />
      <source>Saved</source>
      <translation>保存しました</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="450" />
      <source>Please correct the fields marked in red.</source>
      <translation>赤で示した項目を直してください。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="452" />
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="455" />
      <source>Changed elsewhere</source>
      <translation>ほかで変更されています</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="457" />
      <source>This customer was changed elsewhere after you opened it. Load the stored version? Your edits here will be lost.</source>
      <translation>このお客様は、開いた後にほかで変更されました。保存されている内容を読み込みますか？ここでの編集内容は失われます。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="464" />
      <source>Could not save: %1</source>
      <translation>保存できませんでした: %1</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="488" />
      <source>Save the changes to this customer?</source>
      <translation>このお客様への変更を保存しますか？</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="557" />
      <source>Suggested from the name: please check it.</source>
      <translation>氏名から推定しました。正しいかご確認ください。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="573" />
      <source>Not a date yet</source>
      <translation>まだ日付として読めません</translation>
    </message>
  </context>
  <context>
    <name>QuickAddBar</name>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="76" />
      <source>Kind of entry (Alt+1 … Alt+7)</source>
      <translation>記録の種類（Alt+1 … Alt+7）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="83" />
      <source>Amount</source>
      <translation>金額</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="85" />
      <source>When? e.g. 15:30, 明日 10時, 30分後</source>
      <translation>いつ？ 例: 15:30、明日 10時、30分後</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="86" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="89" />
      <source>Add</source>
      <translation>追加</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="130" />
      <source>Write a note…</source>
      <translation>メモを入力…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="131" />
      <source>What was the call about?</source>
      <translation>電話の内容は？</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="132" />
      <source>What happened at the visit?</source>
      <translation>来店・訪問の内容は？</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="133" />
      <source>Subject of the e-mail</source>
      <translation>メールの件名</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="134" />
      <source>What was said on LINE?</source>
      <translation>LINE でのやり取りは？</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="135" />
      <source>What did they buy?</source>
      <translation>お買い上げの商品は？</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="136" />
      <source>What to do, e.g. call back about the estimate</source>
      <translation>やること（例: 見積もりの件で折り返し電話）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="138" />
      <source>(Enter adds)</source>
      <translation>（Enter で追加）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="158" />
      <source>Write what happened first.</source>
      <translation>先に内容を入力してください。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="166" />
      <source>How much was it? Type the amount, then Enter.</source>
      <translation>金額はいくらですか？ 金額を入力して Enter を押してください。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="178" />
      <source>When is it due? Try 15:30, 明日 10時 or 30分後.</source>
      <translation>期限はいつですか？ 15:30、明日 10時、30分後 のように入力してください。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="208" />
      <source>Not a time yet</source>
      <translation>まだ日時として読めません</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="214" />
      <source>Due %1</source>
      <translation>期限: %1</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="232" />
      <source>Could not add: %1</source>
      <translation>追加できませんでした: %1</translation>
    </message>
  </context>
  <context>
    <name>Recovery</name>
    <message>
      <location filename="../../relationdesk/ui/recovery.py" line="36" />
      <source>RelationDesk cannot start</source>
      <translation>RelationDesk を起動できません</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/recovery.py" line="50" />
      <source>The customer data is damaged</source>
      <translation>顧客データが壊れています</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/recovery.py" line="54" />
      <source>The customer data file is damaged and there is no good backup to restore. Nothing was changed: the file is left as it is for a repair.</source>
      <translation>顧客データのファイルが壊れていて、戻せる正常なバックアップがありません。何も変更していません。修復のため、ファイルはそのまま残しています。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/recovery.py" line="68" />
      <source>The customer data file is damaged. Restore the newest good backup, from %1 (%2 customers)? The damaged file is kept beside it as “.damaged”; nothing is deleted. Changes made after that backup are not in it.</source>
      <translation>顧客データのファイルが壊れています。最新の正常なバックアップ（%1、顧客 %2 件）を復元しますか？壊れたファイルは「.damaged」として残し、何も削除しません。そのバックアップより後の変更は含まれません。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/recovery.py" line="79" />
      <source>Restore the Backup</source>
      <translation>バックアップを復元</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/recovery.py" line="82" />
      <source>Quit</source>
      <translation>終了</translation>
    </message>
  </context>
  <context>
    <name>ReminderMenu</name>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="45" />
      <source>No reminders due</source>
      <translation>期限のリマインダーはありません</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="53" />
      <source>Open %1</source>
      <translation>%1 を開く</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="58" />
      <source>Mark done</source>
      <translation>完了にする</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="63" />
      <source>Snooze 10 minutes</source>
      <translation>10分後に再通知</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="66" />
      <source>Snooze 1 hour</source>
      <translation>1時間後に再通知</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="67" />
      <source>Snooze until tomorrow</source>
      <translation>明日の朝に再通知</translation>
    </message>
  </context>
  <context>
    <name>ReminderTray</name>
    <message>
      <location filename="../../relationdesk/ui/reminders/tray.py" line="87" />
      <source>Show RelationDesk</source>
      <translation>RelationDesk を表示</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/tray.py" line="89" />
      <source>Quit</source>
      <translation>終了</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/tray.py" line="97" />
      <source>Reminder due</source>
      <translation>リマインダーの期限です</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../relationdesk/ui/shortcuts_dialog.py" line="29" />
      <source>Keyboard Shortcuts</source>
      <translation>キーボードショートカット</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/shortcuts_dialog.py" line="35" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/shortcuts_dialog.py" line="35" />
      <source>Keys</source>
      <translation>キー</translation>
    </message>
  </context>
  <context>
    <name>TimelineKinds</name>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="29" />
      <source>Call</source>
      <translation>電話</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="30" />
      <source>Visit</source>
      <translation>来店・訪問</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="31" />
      <source>Meeting</source>
      <translation>打ち合わせ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="32" />
      <source>E-mail</source>
      <translation>メール</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="33" />
      <source>LINE</source>
      <translation>LINE</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="34" />
      <source>Letter</source>
      <translation>手紙</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="35" />
      <source>Note</source>
      <translation>メモ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="36" />
      <source>Feedback</source>
      <translation>お客様の声</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="37" />
      <source>Purchase</source>
      <translation>購入</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="38" />
      <source>Reminder</source>
      <translation>リマインダー</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="39" />
      <source>Stage</source>
      <translation>段階</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="46" />
      <source>C</source>
      <comment>badge letter for a call</comment>
      <translation>電</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="47" />
      <source>V</source>
      <comment>badge letter for a visit</comment>
      <translation>訪</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="48" />
      <source>M</source>
      <comment>badge letter for a meeting</comment>
      <translation>会</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="49" />
      <source>@</source>
      <comment>badge letter for an e-mail</comment>
      <translation>メ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="50" />
      <source>L</source>
      <comment>badge letter for LINE</comment>
      <translation>L</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="51" />
      <source>✉</source>
      <comment>badge letter for a letter</comment>
      <translation>手</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="52" />
      <source>N</source>
      <comment>badge letter for a note</comment>
      <translation>記</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="53" />
      <source>F</source>
      <comment>badge letter for feedback</comment>
      <translation>声</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="54" />
      <source>¥</source>
      <comment>badge letter for a purchase</comment>
      <translation>¥</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="55" />
      <source>R</source>
      <comment>badge letter for a reminder</comment>
      <translation>予</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="56" />
      <source>S</source>
      <comment>badge letter for a stage</comment>
      <translation>段</translation>
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <location filename="../../relationdesk/ui/timeline/model.py" line="57" />
      <source>%1 → %2</source>
      <translation>%1 → %2</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/model.py" line="65" />
      <source>%1 (done)</source>
      <translation>%1（完了）</translation>
    </message>
  </context>
  <context>
    <name>TimelinePane</name>
    <message>
      <location filename="../../relationdesk/ui/timeline/pane.py" line="61" />
      <source>Nothing here yet. Add the first note or call above.</source>
      <translation>まだ記録がありません。上の欄から最初のメモや電話を記録しましょう。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/pane.py" line="64" />
      <source>Edit…</source>
      <translation>編集…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/pane.py" line="66" />
      <source>Delete</source>
      <translation>削除</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/pane.py" line="71" />
      <source>Undo</source>
      <translation>元に戻す</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/pane.py" line="180" />
      <source>Entry deleted.</source>
      <translation>記録を削除しました。</translation>
    </message>
  </context>
  <context>
    <name>TodayPane</name>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="52" />
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="52" />
      <source>When</source>
      <translation>日時</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="52" />
      <source>Customer</source>
      <translation>顧客</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="88" />
      <source>Overdue reminders (%1)</source>
      <translation>期限切れのリマインダー（%1）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="89" />
      <source>Due today (%1)</source>
      <translation>今日が期限（%1）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="105" />
      <source>Birthdays this week (%1)</source>
      <translation>今週の誕生日（%1）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="109" />
      <source>Turns %1</source>
      <translation>%1 歳になります</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="116" />
      <source>Not contacted for longer than usual (%1)</source>
      <translation>いつもより長く連絡のないお客様（%1）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="120" />
      <source>Last contact %1</source>
      <translation>最終接触 %1</translation>
    </message>
  </context>
  <context>
    <name>TrashActions</name>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="46" />
      <source>Move to &amp;Trash</source>
      <translation>ごみ箱へ移動(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="49" />
      <source>&amp;Undo Move to Trash</source>
      <translation>ごみ箱への移動を元に戻す(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="53" />
      <source>&amp;Restore from Trash</source>
      <translation>ごみ箱から戻す(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="56" />
      <source>&amp;Trash</source>
      <translation>ごみ箱(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="64" />
      <source>Undo</source>
      <translation>元に戻す</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="89" />
      <source>Moved %1 to the trash.</source>
      <translation>%1 をごみ箱へ移動しました。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="121" />
      <source>Restored %1.</source>
      <translation>%1 を元に戻しました。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="131" />
      <source>That customer was changed elsewhere; the list has been reloaded.</source>
      <translation>この顧客は別の操作で変更されていました。一覧を読み込み直しました。</translation>
    </message>
  </context>
  <context>
    <name>TrashView</name>
    <message>
      <location filename="../../relationdesk/ui/trash/trash_view.py" line="40" />
      <source>Customers</source>
      <translation>顧客</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/trash_view.py" line="41" />
      <source>Timeline entries</source>
      <translation>履歴</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/trash_view.py" line="46" />
      <source>Restore</source>
      <translation>元に戻す</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/trash_view.py" line="47" />
      <source>Restore the selected item (Ctrl+R)</source>
      <translation>選んだ項目を元に戻します (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/trash_view.py" line="48" />
      <source>Empty Trash…</source>
      <translation>ごみ箱を空にする…</translation>
    </message>
  </context>
  <context>
    <name>TrashedEntriesModel</name>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_model.py" line="51" />
      <source>Deleted</source>
      <translation>削除日時</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_model.py" line="52" />
      <source>Customer</source>
      <translation>顧客</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_model.py" line="53" />
      <source>Kind</source>
      <translation>種別</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_model.py" line="54" />
      <source>Date</source>
      <translation>日時</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_model.py" line="55" />
      <source>Entry</source>
      <translation>内容</translation>
    </message>
  </context>
  <context>
    <name>TrashedEntriesPane</name>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_pane.py" line="68" />
      <source>Loading…</source>
      <translation>読み込み中…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_pane.py" line="98" />
      <source>“%1”</source>
      <translation>「%1」</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_pane.py" line="100" />
      <source>“%1” of %2</source>
      <translation>%2 の「%1」</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_pane.py" line="104" />
      <source>Restored %1.</source>
      <translation>%1 を元に戻しました。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_pane.py" line="110" />
      <source>That entry is no longer in the trash; the list has been reloaded.</source>
      <translation>その項目はもうごみ箱にありません。一覧を読み込み直しました。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/trash/entries_pane.py" line="124" />
      <source>%Ln timeline entry(ies) in the trash so far</source>
      <translation>
        <numerusform>ごみ箱の履歴 %Ln 件（続きあり）</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_pane.py" line="126" />
      <source>No timeline entries in the trash.</source>
      <translation>ごみ箱に履歴はありません。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/trash/entries_pane.py" line="128" />
      <source>%Ln timeline entry(ies) in the trash</source>
      <translation>
        <numerusform>ごみ箱に履歴 %Ln 件</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UpgradeWindow</name>
    <message>
      <location filename="../../relationdesk/ui/upgrade_progress.py" line="48" />
      <source>Updating your data for this version of RelationDesk… A backup is taken first.</source>
      <translation>このバージョンの RelationDesk に合わせてデータを更新しています…
更新の前にバックアップを取ります。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/upgrade_progress.py" line="57" />
      <source>Please wait: RelationDesk opens by itself when the update is done.</source>
      <translation>しばらくお待ちください。
更新が終わると RelationDesk が自動的に開きます。</translation>
    </message>
  </context>
  <context>
    <name>WelcomePanel</name>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="22" />
      <source>Welcome to RelationDesk</source>
      <translation>RelationDesk へようこそ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="29" />
      <source>Keep every customer, every contact and every follow-up in one place on this computer. To look around first, load some sample customers; you can delete them later. Or start with an empty list and add your own.</source>
      <translation>お客様の情報、やり取り、フォローアップをこのパソコンの中でひとつにまとめて管理します。まずは操作を試したい場合はサンプル顧客を読み込んでください（後で削除できます）。空の状態から始めて、ご自分のお客様を登録することもできます。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="37" />
      <source>Load sample customers</source>
      <translation>サンプル顧客を読み込む</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="39" />
      <source>Start empty</source>
      <translation>空の状態で始める</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="40" />
      <source>Import contacts…</source>
      <translation>連絡先を取り込む…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="74" />
      <source>Loading sample customers…</source>
      <translation>サンプル顧客を読み込んでいます…</translation>
    </message>
  </context>
  <context>
    <name>_AddressRow</name>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="199" />
      <source>〒 100-0001</source>
      <translation>〒 100-0001</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="200" />
      <source>Postal code</source>
      <translation>郵便番号</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="203" />
      <source>Prefecture</source>
      <translation>都道府県</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="205" />
      <source>City</source>
      <translation>市区町村</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="207" />
      <source>Town and street number</source>
      <translation>町名・番地</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="209" />
      <source>Building, room</source>
      <translation>建物名・部屋番号</translation>
    </message>
  </context>
  <context>
    <name>_Row</name>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="87" />
      <source>Primary</source>
      <translation>メイン</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="91" />
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="92" />
      <source>Remove</source>
      <translation>削除</translation>
    </message>
  </context>
</TS>
