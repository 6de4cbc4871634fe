<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
  <context>
    <name>CommandPalette</name>
    <message>
      <location filename="../../relationdesk/ui/command_palette.py" line="37" />
      <source>Command Palette</source>
      <translation>コマンドパレット</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/command_palette.py" line="43" />
      <source>Type an action or a customer…</source>
      <translation>操作名または顧客名を入力…</translation>
    </message>
  </context>
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
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="35" />
      <source>Reading (あいうえお)</source>
      <translation>フリガナ順（あいうえお）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="36" />
      <source>Name</source>
      <translation>氏名順</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="37" />
      <source>Last contact</source>
      <translation>最終接触日順</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="38" />
      <source>Date added</source>
      <translation>登録日順</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="45" />
      <source>Lead</source>
      <translation>見込み客</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="46" />
      <source>Prospect</source>
      <translation>商談中</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="47" />
      <source>Customer</source>
      <translation>顧客</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="48" />
      <source>Repeat customer</source>
      <translation>リピーター</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="49" />
      <source>Advocate</source>
      <translation>紹介者・ファン</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="83" />
      <source>Search by name, reading, phone, e-mail or tag  (Ctrl+F or /)</source>
      <translation>氏名・フリガナ・電話・メール・タグで検索  (Ctrl+F または /)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="101" />
      <source>All stages</source>
      <translation>すべての段階</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="105" />
      <source>All tags</source>
      <translation>すべてのタグ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="108" />
      <source>Order:</source>
      <translation>並び順:</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="116" />
      <source>Jump to %1</source>
      <translation>「%1」行へ移動</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="144" />
      <source>Loading…</source>
      <translation>読み込み中…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="270" />
      <source>Counting…</source>
      <translation>件数を数えています…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="280" />
      <source>%Ln match(es)</source>
      <translation>
        <numerusform>%Ln 件見つかりました</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="296" />
      <source>%Ln customer(s) in the trash</source>
      <translation>
        <numerusform>ごみ箱に %Ln 件</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="298" />
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>顧客 %Ln 件</numerusform>
      </translation>
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
    <name>MainWindow</name>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="74" />
      <source>&amp;File</source>
      <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="75" />
      <source>&amp;Preferences…</source>
      <translation>設定(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="78" />
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="84" />
      <source>&amp;Customer</source>
      <translation>顧客(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="87" />
      <source>&amp;View</source>
      <translation>表示(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="89" />
      <source>&amp;Customers</source>
      <translation>顧客一覧(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="92" />
      <source>T&amp;oday</source>
      <translation>今日(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="97" />
      <source>&amp;Command Palette…</source>
      <translation>コマンドパレット(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="101" />
      <source>&amp;Help</source>
      <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="102" />
      <source>&amp;Keyboard Shortcuts</source>
      <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="117" />
      <location filename="../../relationdesk/ui/main_window.py" line="118" />
      <source>Search customers</source>
      <translation>顧客を検索</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="33" />
      <source>Preferences</source>
      <translation>設定</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="37" />
      <source>As the system</source>
      <translation>システムに合わせる</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="46" />
      <source>10 minutes</source>
      <translation>10分</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="47" />
      <source>1 hour</source>
      <translation>1時間</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="48" />
      <source>Until tomorrow morning</source>
      <translation>明日の朝まで</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="53" />
      <source>Closing the window keeps RelationDesk running in the tray</source>
      <translation>ウィンドウを閉じてもトレイで動作を続ける</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="58" />
      <source>Open</source>
      <translation>開く</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="64" />
      <source>Language:</source>
      <translation>言語:</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="65" />
      <source>Phone numbers without a country code are from:</source>
      <translation>国番号のない電話番号の国・地域:</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="66" />
      <source>Snooze reminders by default for:</source>
      <translation>リマインダーの既定の再通知:</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="68" />
      <source>Data folder:</source>
      <translation>データフォルダー:</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="70" />
      <source>Language and phone region take effect when RelationDesk starts again.</source>
      <translation>言語と電話番号の地域は、RelationDesk を次に起動したときに反映されます。</translation>
    </message>
  </context>
  <context>
    <name>ReminderMenu</name>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="36" />
      <source>No reminders due</source>
      <translation>期限のリマインダーはありません</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="42" />
      <source>Mark done</source>
      <translation>完了にする</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="47" />
      <source>Snooze 10 minutes</source>
      <translation>10分後に再通知</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="50" />
      <source>Snooze 1 hour</source>
      <translation>1時間後に再通知</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="51" />
      <source>Snooze until tomorrow</source>
      <translation>明日の朝に再通知</translation>
    </message>
  </context>
  <context>
    <name>ReminderTray</name>
    <message>
      <location filename="../../relationdesk/ui/reminders/tray.py" line="37" />
      <source>Show RelationDesk</source>
      <translation>RelationDesk を表示</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/tray.py" line="39" />
      <source>Quit</source>
      <translation>終了</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/tray.py" line="46" />
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
    <name>TodayPane</name>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="51" />
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="51" />
      <source>When</source>
      <translation>日時</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="51" />
      <source>Customer</source>
      <translation>顧客</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="86" />
      <source>Overdue reminders (%1)</source>
      <translation>期限切れのリマインダー（%1）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="87" />
      <source>Due today (%1)</source>
      <translation>今日が期限（%1）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="102" />
      <source>Birthdays this week (%1)</source>
      <translation>今週の誕生日（%1）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="106" />
      <source>Turns %1</source>
      <translation>%1 歳になります</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="112" />
      <source>Not contacted for longer than usual (%1)</source>
      <translation>いつもより長く連絡のないお客様（%1）</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="116" />
      <source>Last contact %1</source>
      <translation>最終接触 %1</translation>
    </message>
  </context>
  <context>
    <name>TrashActions</name>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="43" />
      <source>Move to &amp;Trash</source>
      <translation>ごみ箱へ移動(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="46" />
      <source>&amp;Undo Move to Trash</source>
      <translation>ごみ箱への移動を元に戻す(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="50" />
      <source>&amp;Restore from Trash</source>
      <translation>ごみ箱から戻す(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="53" />
      <source>&amp;Trash</source>
      <translation>ごみ箱(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="61" />
      <source>Undo</source>
      <translation>元に戻す</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="81" />
      <source>Moved %1 to the trash.</source>
      <translation>%1 をごみ箱へ移動しました。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="111" />
      <source>Restored %1.</source>
      <translation>%1 を元に戻しました。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="121" />
      <source>That customer was changed elsewhere; the list has been reloaded.</source>
      <translation>この顧客は別の操作で変更されていました。一覧を読み込み直しました。</translation>
    </message>
  </context>
  <context>
    <name>WelcomePanel</name>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="20" />
      <source>Welcome to RelationDesk</source>
      <translation>RelationDesk へようこそ</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="27" />
      <source>Keep every customer, every contact and every follow-up in one place on this computer. To look around first, load some sample customers; you can delete them later. Or start with an empty list and add your own.</source>
      <translation>お客様の情報、やり取り、フォローアップをこのパソコンの中でひとつにまとめて管理します。まずは操作を試したい場合はサンプル顧客を読み込んでください（後で削除できます）。空の状態から始めて、ご自分のお客様を登録することもできます。</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="35" />
      <source>Load sample customers</source>
      <translation>サンプル顧客を読み込む</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="37" />
      <source>Start empty</source>
      <translation>空の状態で始める</translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="68" />
      <source>Loading sample customers…</source>
      <translation>サンプル顧客を読み込んでいます…</translation>
    </message>
  </context>
</TS>
