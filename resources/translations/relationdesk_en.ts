<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>CommandPalette</name>
    <message>
      <location filename="../../relationdesk/ui/command_palette.py" line="37" />
      <source>Command Palette</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/command_palette.py" line="43" />
      <source>Type an action or a customer…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustomerListModel</name>
    <message>
      <location filename="../../relationdesk/ui/customers/list_model.py" line="37" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_model.py" line="38" />
      <source>Reading</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_model.py" line="39" />
      <source>Company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_model.py" line="40" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_model.py" line="41" />
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustomerListPane</name>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="35" />
      <source>Reading (あいうえお)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="36" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="37" />
      <source>Last contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="38" />
      <source>Date added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="45" />
      <source>Lead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="46" />
      <source>Prospect</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="47" />
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="48" />
      <source>Repeat customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="49" />
      <source>Advocate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="83" />
      <source>Search by name, reading, phone, e-mail or tag  (Ctrl+F or /)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="101" />
      <source>All stages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="105" />
      <source>All tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="108" />
      <source>Order:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="116" />
      <source>Jump to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="144" />
      <source>Loading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="270" />
      <source>Counting…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="280" />
      <source>%Ln match(es)</source>
      <translation>
        <numerusform>%Ln match</numerusform>
        <numerusform>%Ln matches</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="296" />
      <source>%Ln customer(s) in the trash</source>
      <translation>
        <numerusform>%Ln customer in the trash</numerusform>
        <numerusform>%Ln customers in the trash</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="298" />
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>%Ln customer</numerusform>
        <numerusform>%Ln customers</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DueBanner</name>
    <message>
      <location filename="../../relationdesk/ui/reminders/banner.py" line="24" />
      <source>Reminders</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/reminders/banner.py" line="36" />
      <source>%Ln reminder(s) due</source>
      <translation>
        <numerusform>%Ln reminder due</numerusform>
        <numerusform>%Ln reminders due</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="74" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="75" />
      <source>&amp;Preferences…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="78" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="84" />
      <source>&amp;Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="87" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="89" />
      <source>&amp;Customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="92" />
      <source>T&amp;oday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="97" />
      <source>&amp;Command Palette…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="101" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="102" />
      <source>&amp;Keyboard Shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="117" />
      <location filename="../../relationdesk/ui/main_window.py" line="118" />
      <source>Search customers</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="33" />
      <source>Preferences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="37" />
      <source>As the system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="46" />
      <source>10 minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="47" />
      <source>1 hour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="48" />
      <source>Until tomorrow morning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="53" />
      <source>Closing the window keeps RelationDesk running in the tray</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="58" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="64" />
      <source>Language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="65" />
      <source>Phone numbers without a country code are from:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="66" />
      <source>Snooze reminders by default for:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="68" />
      <source>Data folder:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="70" />
      <source>Language and phone region take effect when RelationDesk starts again.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReminderMenu</name>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="36" />
      <source>No reminders due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="42" />
      <source>Mark done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="47" />
      <source>Snooze 10 minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="50" />
      <source>Snooze 1 hour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="51" />
      <source>Snooze until tomorrow</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReminderTray</name>
    <message>
      <location filename="../../relationdesk/ui/reminders/tray.py" line="37" />
      <source>Show RelationDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/tray.py" line="39" />
      <source>Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/tray.py" line="46" />
      <source>Reminder due</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../relationdesk/ui/shortcuts_dialog.py" line="29" />
      <source>Keyboard Shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/shortcuts_dialog.py" line="35" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/shortcuts_dialog.py" line="35" />
      <source>Keys</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TodayPane</name>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="51" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="51" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="51" />
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="86" />
      <source>Overdue reminders (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="87" />
      <source>Due today (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="102" />
      <source>Birthdays this week (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="106" />
      <source>Turns %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="112" />
      <source>Not contacted for longer than usual (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="116" />
      <source>Last contact %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrashActions</name>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="43" />
      <source>Move to &amp;Trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="46" />
      <source>&amp;Undo Move to Trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="50" />
      <source>&amp;Restore from Trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="53" />
      <source>&amp;Trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="61" />
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="81" />
      <source>Moved %1 to the trash.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="111" />
      <source>Restored %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="121" />
      <source>That customer was changed elsewhere; the list has been reloaded.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WelcomePanel</name>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="20" />
      <source>Welcome to RelationDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="27" />
      <source>Keep every customer, every contact and every follow-up in one place on this computer. To look around first, load some sample customers; you can delete them later. Or start with an empty list and add your own.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="35" />
      <source>Load sample customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="37" />
      <source>Start empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="68" />
      <source>Loading sample customers…</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
