<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>BackupRotation</name>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="26" />
      <source>The newest:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="26" />
      <source> backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="27" />
      <source>One a day for:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="27" />
      <source> days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="28" />
      <source>One a week for:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="28" />
      <source> weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="29" />
      <source>One a month for:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="29" />
      <source> months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="31" />
      <source>Back up at start-up when the newest backup is older than:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="32" />
      <source> hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="46" />
      <source>Always</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backup_rotation.py" line="49" />
      <source>Older backups are deleted after each new one; those kept by any of these rules stay.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="33" />
      <source>Backed up by hand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="34" />
      <source>At start-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="35" />
      <source>On quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="36" />
      <source>Before an import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="37" />
      <source>Before a merge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="38" />
      <source>Before an undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="39" />
      <source>Before a restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="40" />
      <source>Before an update</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="41" />
      <source>Before emptying the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="80" />
      <location filename="../../relationdesk/ui/backups_dialog.py" line="265" />
      <source>Backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="87" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="87" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="87" />
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="87" />
      <source>Customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="96" />
      <source>Reading the backups…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="100" />
      <source>&amp;Back Up Now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="102" />
      <source>&amp;Restore…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="140" />
      <source>Unreadable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="158" />
      <source>No backups yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="158" />
      <source>Newest first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="177" />
      <source>Backing up…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="191" />
      <source>Backed up to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="195" />
      <source>The backup folder chosen in Preferences is not available; the backup went to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="221" />
      <location filename="../../relationdesk/ui/backups_dialog.py" line="230" />
      <source>Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="223" />
      <source>Replace all the current data with the backup of %1?

The current data is backed up first, so this can be undone by restoring that backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="234" />
      <source>Restoring…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="245" />
      <source>Restored the backup of %1 (%2 customers).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/backups_dialog.py" line="264" />
      <source>That did not work: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CommandPalette</name>
    <message>
      <location filename="../../relationdesk/ui/command_palette.py" line="38" />
      <source>Command Palette</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/command_palette.py" line="44" />
      <source>Type an action or a customer…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactRows</name>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="45" />
      <source>Mobile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="46" />
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="193" />
      <source>Home</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="47" />
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="57" />
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="194" />
      <source>Work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="48" />
      <source>Main</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="49" />
      <source>Fax</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="56" />
      <source>Personal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="143" />
      <source>Phone number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="167" />
      <source>E-mail address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="354" />
      <source>Add phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="363" />
      <source>Add e-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="372" />
      <source>Add address</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustomerListModel</name>
    <message>
      <location filename="../../relationdesk/ui/customers/list_model.py" line="51" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_model.py" line="52" />
      <source>Reading</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_model.py" line="53" />
      <source>Company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_model.py" line="54" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_model.py" line="55" />
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustomerListPane</name>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="39" />
      <source>Reading (あいうえお)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="40" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="41" />
      <source>Last contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="42" />
      <source>Date added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="49" />
      <source>Lead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="50" />
      <source>Prospect</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="51" />
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="52" />
      <source>Repeat customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="53" />
      <source>Advocate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="87" />
      <source>Search by name, reading, phone, e-mail or tag  (Ctrl+F or /)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="110" />
      <source>All stages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="114" />
      <source>All tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="117" />
      <source>Order:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="127" />
      <source>Jump to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="189" />
      <source>Loading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="324" />
      <source>Counting…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="334" />
      <source>%Ln match(es)</source>
      <translation>
        <numerusform>%Ln match</numerusform>
        <numerusform>%Ln matches</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="350" />
      <source>%Ln customer(s) in the trash</source>
      <translation>
        <numerusform>%Ln customer in the trash</numerusform>
        <numerusform>%Ln customers in the trash</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/customers/list_pane.py" line="352" />
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>%Ln customer</numerusform>
        <numerusform>%Ln customers</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CustomerPanel</name>
    <message>
      <location filename="../../relationdesk/ui/customers/customer_panel.py" line="47" />
      <source>&amp;Timeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/customer_panel.py" line="48" />
      <source>&amp;Profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/customer_panel.py" line="50" />
      <source>&amp;History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/customer_panel.py" line="52" />
      <location filename="../../relationdesk/ui/main_window.py" line="72" />
      <source>Choose a customer on the left, or add one with Ctrl+N.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/customer_panel.py" line="100" />
      <source>New customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/customer_panel.py" line="101" />
      <source>Fill in at least a name, then Save (Ctrl+S).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/customer_panel.py" line="116" />
      <source>In the trash: restore it to edit.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DataCheck</name>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="86" />
      <source>Checking the customer data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="86" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="88" />
      <location filename="../../relationdesk/ui/data_check.py" line="160" />
      <location filename="../../relationdesk/ui/data_check.py" line="169" />
      <location filename="../../relationdesk/ui/data_check.py" line="185" />
      <location filename="../../relationdesk/ui/data_check.py" line="205" />
      <source>Check Data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="127" />
      <source>The data check was cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="148" />
      <source>Data check: no problems found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="158" />
      <source>The data check could not run: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="170" />
      <source>No problems found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="173" />
      <source>Checked the whole data file (SQLite's integrity check), the links between records and the search index in %1 seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="188" />
      <source>The check found problems only in the search index: some customers may not be found by searching. The customer data itself is fine. Rebuild the search index now? (About a minute for a million customers.)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="194" />
      <source>Rebuild the Index</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="195" />
      <source>Later</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="204" />
      <source>Rebuilding the search index…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="218" />
      <source>Rebuilt the search index (%1 customers).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/data_check.py" line="227" />
      <source>The search index could not be rebuilt: %1</source>
      <translation type="unfinished" />
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
    <name>Duplicates</name>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="38" />
      <source>same e-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="39" />
      <source>same phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="40" />
      <source>same name and reading</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="41" />
      <source>same name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="48" />
      <source>Very likely</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="49" />
      <source>Likely</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="50" />
      <source>Possible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="57" />
      <source>Family name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="58" />
      <source>Given name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="59" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="60" />
      <source>Reading</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="61" />
      <source>Honorific</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="62" />
      <source>Company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="63" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="64" />
      <source>Birthday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="65" />
      <source>Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="66" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="67" />
      <source>Prefers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="68" />
      <source>May send direct mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="69" />
      <source>May e-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="70" />
      <source>May send LINE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="71" />
      <source>LINE ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="72" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="81" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="95" />
      <source>Find Duplicates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="102" />
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="103" />
      <source>Perhaps the same as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="104" />
      <source>Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="105" />
      <source>How sure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="116" />
      <source>Find More</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="118" />
      <source>Merge…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="120" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="148" />
      <source>Looking…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="171" />
      <source>%1 pair(s) found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="173" />
      <source>No likely duplicates.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EmptyTrash</name>
    <message>
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="33" />
      <source>&amp;Empty Trash…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="49" />
      <source>%1 and %2 in the trash will be deleted for good. A backup of all data is taken first (File → Backups).</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="52" />
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="90" />
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>%Ln customer</numerusform>
        <numerusform>%Ln customers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="53" />
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="91" />
      <source>%Ln timeline entry(ies)</source>
      <translation>
        <numerusform>%Ln timeline entry</numerusform>
        <numerusform>%Ln timeline entries</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="59" />
      <source>The trash is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="63" />
      <source>Empty the trash?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="68" />
      <source>Empty Trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="75" />
      <source>Backing up, then emptying the trash…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="89" />
      <source>Emptied the trash: %1 and %2 deleted for good (backed up first).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="100" />
      <source>The trash was not emptied: the backup failed (%1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/empty_trash.py" line="102" />
      <source>The trash was not emptied: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="74" />
      <source>Edit %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="91" />
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="126" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="93" />
      <source>Product</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="93" />
      <source>Quantity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="93" />
      <source>Unit price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="98" />
      <source>Add line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="100" />
      <source>Remove line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="109" />
      <source>Lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="110" />
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="117" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="112" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="113" />
      <source>What to do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="39" />
      <source>Once</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="40" />
      <source>Every day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="41" />
      <source>Every week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="42" />
      <source>Every month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="43" />
      <source>Every year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="116" />
      <source>Repeats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="50" />
      <source>—</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="51" />
      <source>From the customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="52" />
      <source>From us</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="125" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="127" />
      <source>Who started it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="128" />
      <source>Subject</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="129" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="130" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="167" />
      <source>Line %1: quantity and price must be whole numbers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/entry_dialog.py" line="209" />
      <source>Could not save: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="77" />
      <source>Export Customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="84" />
      <source>All customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="86" />
      <source>The customers found by “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="89" />
      <source>Only %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="99" />
      <source>CSV for Excel (UTF-8)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="100" />
      <source>CSV in Shift_JIS (older Excel, other programs)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="101" />
      <source>Excel workbook (.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="102" />
      <source>vCard for phones and mail programs (.vcf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="107" />
      <source>Japanese headers (姓, 名, フリガナ …)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="108" />
      <source>English headers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="113" />
      <source>Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="124" />
      <location filename="../../relationdesk/ui/export_dialog.py" line="133" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="134" />
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="135" />
      <source>Columns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="136" />
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="167" />
      <source>Export to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="176" />
      <source>Choose a file to write.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="192" />
      <source>Exporting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="211" />
      <source>Exporting… %1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="220" />
      <source>Cancelling…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="226" />
      <source>Exported %1 customer(s) to %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="232" />
      <source>%1 field(s) held characters Shift_JIS cannot: they were written as 〓.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="242" />
      <source>Cancelled: no file was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="247" />
      <source>Could not write the file: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="250" />
      <source>Could not export: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="259" />
      <source>Characters Shift_JIS cannot hold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="261" />
      <source>%1 field(s) hold characters that Shift_JIS cannot hold, for example %2. Write them as 〓? Choose No to keep the file unwritten (UTF-8 holds every character).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/export_dialog.py" line="271" />
      <source>Nothing was written.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FieldErrors</name>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="14" />
      <source>Required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="15" />
      <source>Too long (at most %1 characters).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="18" />
      <source>Write the reading in kana (hiragana or katakana), not kanji.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="21" />
      <source>Not one of the choices.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="22" />
      <source>Not a date. Try 1980/7/15, 1980年7月15日 or S55.7.15.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="25" />
      <source>Not a phone number. Check the digits (e.g. 090-1234-5678).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="28" />
      <source>Not an e-mail address (e.g. name@example.jp).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="31" />
      <source>A postal code has 7 digits (e.g. 100-0001).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="34" />
      <source>That company no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="37" />
      <source>Must be more than 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="38" />
      <source>Must not be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/field_errors.py" line="42" />
      <source>Not accepted (%1).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HistoryTab</name>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="45" />
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="82" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="46" />
      <source>Family name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="47" />
      <source>Given name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="48" />
      <source>Display name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="49" />
      <source>Reading</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="50" />
      <source>Honorific</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="51" />
      <source>Company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="52" />
      <source>Job title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="53" />
      <source>Birthday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="54" />
      <source>Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="55" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="56" />
      <source>Preferred contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="57" />
      <source>Direct mail consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="58" />
      <source>E-mail consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="59" />
      <source>LINE consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="60" />
      <source>LINE ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="61" />
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="91" />
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="95" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="62" />
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="63" />
      <source>Phone numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="64" />
      <source>E-mail addresses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="65" />
      <source>Addresses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="66" />
      <source>In the trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="73" />
      <source>Activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="74" />
      <source>Purchase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="75" />
      <source>Reminder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="83" />
      <source>Who started it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="84" />
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="88" />
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="168" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="85" />
      <source>Subject</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="86" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="87" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="89" />
      <source>Lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="90" />
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="92" />
      <source>What to do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="93" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="94" />
      <source>Repeats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="96" />
      <source>Snoozed until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="97" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="109" />
      <source>%1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="124" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="125" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="169" />
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="170" />
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="171" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="172" />
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="181" />
      <source>No changes recorded yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="182" />
      <source>&amp;Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="255" />
      <source>CSV (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="255" />
      <source>JSON (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="258" />
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="285" />
      <source>Export Change History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/history_tab.py" line="286" />
      <source>Could not export: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportHistoryDialog</name>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="44" />
      <source>Import History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="50" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="50" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="50" />
      <source>New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="50" />
      <source>Merged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="50" />
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="58" />
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="60" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="83" />
      <source>Import of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="85" />
      <source>Merge into %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="87" />
      <source>Undone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="101" />
      <source>Nothing has been imported yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="126" />
      <source>Undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="136" />
      <source>Changed since the import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="138" />
      <source>%1 customer(s) were changed after this import (%2). Undo the rest and leave those as they are now?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="147" />
      <source>It was undone already.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/history.py" line="150" />
      <source>Could not undo: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportLabels</name>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="15" />
      <source>(Do not import)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="18" />
      <source>Full name (split at the space)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="20" />
      <source>Family name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="21" />
      <source>Given name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="22" />
      <source>Reading of the full name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="25" />
      <source>Reading of the family name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="29" />
      <source>Reading of the given name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="31" />
      <source>Company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="34" />
      <source>Reading of the company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="36" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="37" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="38" />
      <source>Mobile phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="39" />
      <source>Home phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="40" />
      <source>Work phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="41" />
      <source>Fax</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="42" />
      <source>Label of the phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="43" />
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="44" />
      <source>Label of the e-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="45" />
      <source>Postal code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="46" />
      <source>Prefecture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="47" />
      <source>City</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="48" />
      <source>Town and street number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="49" />
      <source>Building</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="52" />
      <source>Whole address (split on import)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="54" />
      <source>Label of the address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="55" />
      <source>Birthday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="56" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="57" />
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="58" />
      <source>Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="59" />
      <source>LINE ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="66" />
      <source>New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="67" />
      <source>Merged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="68" />
      <source>Skipped (duplicate)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="69" />
      <source>New (despite a duplicate)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="70" />
      <source>Not imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="78" />
      <source>No name: the row has no name and no company, so it is not imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="81" />
      <source>Too long (at most %1 characters).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="84" />
      <source>Not a phone number; imported without it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="87" />
      <source>Not an e-mail address; imported without it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="90" />
      <source>Not a date; imported without it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="93" />
      <source>A birthday without a year; imported without it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="96" />
      <source>Not a 7-digit postal code; imported without it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="99" />
      <source>The reading is not in kana; imported without it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="102" />
      <source>Not a known choice; imported without it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="105" />
      <source>More cells than columns (%1); the extra ones are left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="108" />
      <source>A quote opened here is never closed; the row is not imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="111" />
      <source>The row cannot be read; it is not imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="114" />
      <source>The card has no END:VCARD; read up to the end of the file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="117" />
      <source>Characters that cannot be read were left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="123" />
      <source>Problem: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="130" />
      <source>The file cannot be opened (%1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="133" />
      <source>The file is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="134" />
      <source>The file is neither UTF-8 nor Shift_JIS (first unreadable line: %1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="137" />
      <source>This kind of file (%1) cannot be read: save it as .xlsx or CSV first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="140" />
      <source>The workbook is damaged or not an .xlsx file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="143" />
      <source>The workbook has no sheet named %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="146" />
      <source>The file holds no contacts (no BEGIN:VCARD).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/labels.py" line="152" />
      <source>The file cannot be imported (%1).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="81" />
      <source>Import Contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="103" />
      <source>&lt; Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="104" />
      <location filename="../../relationdesk/ui/imports/wizard.py" line="240" />
      <source>Next &gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="106" />
      <location filename="../../relationdesk/ui/imports/wizard.py" line="242" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="128" />
      <source>Import customers from a CSV file (Excel, Google Contacts, Outlook; UTF-8 or Shift_JIS), an Excel workbook or vCards from a phone. Nothing is stored until you have seen the preview, and an import can be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="136" />
      <source>Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="142" />
      <source>Detect</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="144" />
      <source>Shift_JIS (Windows, Excel)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="148" />
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="149" />
      <source>Characters (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="150" />
      <source>Sheet (Excel)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="163" />
      <source>Column in the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="163" />
      <source>First values</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="163" />
      <source>Import as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="175" />
      <source>Merge: fill in what the existing customer lacks (recommended)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="177" />
      <source>Skip: leave the existing customer alone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="178" />
      <source>Create: add a new customer anyway</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="193" />
      <location filename="../../relationdesk/ui/imports/wizard.py" line="205" />
      <source>Line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="194" />
      <source>What happens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="195" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="196" />
      <source>Reading</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="197" />
      <source>Phone / e-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="198" />
      <source>Same customer as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="205" />
      <source>Column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="205" />
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="205" />
      <source>Value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="210" />
      <source>When a row is a customer you already have:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="215" />
      <source>Problems (they never stop the import):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="223" />
      <source>Undo This Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="240" />
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="242" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="271" />
      <source>Cancelling…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="280" />
      <source>Import from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="282" />
      <source>Contacts (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="324" />
      <source>Choose a file first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="332" />
      <source>Reading the file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="362" />
      <source>The columns as you set them last time for files like this one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="364" />
      <source>Check where each column goes; the guesses come from the headers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="401" />
      <source>Checking every row…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="424" />
      <source>%1 rows read: %2 new, %3 merged, %4 skipped, %5 new despite a duplicate, %6 not imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="460" />
      <source>Nothing has been stored yet. Press Import to store it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="462" />
      <source>The file has no rows to import.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="483" />
      <source>Backing up, then importing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="498" />
      <source>Imported: %1 new customers, %2 merged into customers you had, %3 skipped, %4 rows not imported, %5 problems noted. You can undo this import here or later from File → Import History.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="523" />
      <source>Undoing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="529" />
      <source>The import was undone: nothing of it is left.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="535" />
      <source>Cancelled: nothing was stored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="541" />
      <source>The file cannot be read: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/imports/wizard.py" line="544" />
      <source>Something went wrong: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="108" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="175" />
      <source>&amp;Preferences…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="178" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="181" />
      <source>&amp;Import Contacts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="184" />
      <source>Import &amp;History…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="189" />
      <source>&amp;Export Customers…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="193" />
      <source>&amp;Backups…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="109" />
      <source>&amp;Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="210" />
      <source>&amp;New Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="213" />
      <source>&amp;Save Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="217" />
      <source>Re&amp;vert Changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="222" />
      <source>&amp;Log Activity…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="225" />
      <source>Edit &amp;Profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="241" />
      <source>Find &amp;Duplicates…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="110" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="261" />
      <source>&amp;Customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="264" />
      <source>T&amp;oday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="269" />
      <source>&amp;Command Palette…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="111" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="200" />
      <source>Check &amp;Data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="228" />
      <source>Change &amp;History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="273" />
      <source>&amp;Keyboard Shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="394" />
      <location filename="../../relationdesk/ui/main_window.py" line="395" />
      <source>Search customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="398" />
      <source>Quick add kind: Alt+1 note, 2 call, 3 visit, 4 e-mail, 5 LINE, 6 purchase, 7 reminder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="403" />
      <source>Quick add: add the entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="404" />
      <source>Timeline: edit the entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="406" />
      <source>Timeline: delete the entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="454" />
      <source>Start-up maintenance failed: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="468" />
      <source>Restoring the backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="482" />
      <source>Restored the backup of %1 (%2 customers); the damaged file was kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="497" />
      <source>The customer data is damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="498" />
      <source>The backup could not be restored: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="505" />
      <source>The start-up backup failed: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="510" />
      <source>The backup folder chosen in Preferences is not available; the backup went to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="519" />
      <source>The data folder is on a network share (%1): keep it on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="521" />
      <source>The data folder is in a cloud-sync folder (%1): keep it outside it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/main_window.py" line="625" />
      <source>Merged. File → Import History can undo it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="215" />
      <source>Merge Customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="229" />
      <source>Choose the value to keep where they differ. Phones, e-mails, addresses, tags and the whole history of both are kept; the other record goes to the trash. A backup is taken first, and File → Import History can undo the merge.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="237" />
      <source>Keep the Other Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="242" />
      <source>Merge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="280" />
      <source>&lt;b&gt;Keep&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="281" />
      <source>&lt;b&gt;Merge into it&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="295" />
      <source>(empty)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="305" />
      <source>The two records agree on every field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="327" />
      <source>Merging…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/duplicates.py" line="336" />
      <source>Could not merge: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonNames</name>
    <message>
      <location filename="../../relationdesk/ui/names.py" line="19" />
      <source>GIVEN_FIRST</source>
      <comment>Translate as FAMILY_FIRST if your language writes a person's family name first (山田 太郎), else leave GIVEN_FIRST (John Smith).</comment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="39" />
      <location filename="../../relationdesk/ui/preferences.py" line="140" />
      <source>Preferences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="43" />
      <source>As the system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="52" />
      <source>10 minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="53" />
      <source>1 hour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="54" />
      <source>Until tomorrow morning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="59" />
      <source>Closing the window keeps RelationDesk running in the tray</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="63" />
      <source>Start RelationDesk in the tray when I log in to this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="70" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="76" />
      <source>The computer's user name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="78" />
      <source>The data folder's backups folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="79" />
      <source>Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="88" />
      <source> days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="90" />
      <source>Language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="91" />
      <source>Phone numbers without a country code are from:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="92" />
      <source>Snooze reminders by default for:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="95" />
      <source>Log my changes as:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="96" />
      <source>Back up to:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="97" />
      <source>Keep backups:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="98" />
      <source>Empty the trash of items older than:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="99" />
      <source>Data folder:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="101" />
      <source>Language and phone region take effect when RelationDesk starts again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="141" />
      <source>Could not change starting at login (%1): %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/preferences.py" line="153" />
      <source>Back up to</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PrivacyActions</name>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="40" />
      <source>E&amp;xport This Customer's Data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="42" />
      <source>Erase This Customer &amp;Completely…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="48" />
      <source>Choose a customer first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="60" />
      <source>Export This Customer's Data To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="66" />
      <source>Exporting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="76" />
      <source>Exported to %1 and %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="102" />
      <source>Erase %1 completely? This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="105" />
      <source>Erased: the customer record, %1 contact details, %2 activities, %3 purchases, %4 reminders and %5 recorded changes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="114" />
      <source>, </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="118" />
      <source>Erased with it: %1, merged into this customer and still in the trash.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="124" />
      <source>The import and merge history's %1 copies of this customer go too; those imports can still be undone for the other customers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="131" />
      <source>Not erased: %1, once merged into this customer and restored from the trash since. Erase it too if the request covers it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="138" />
      <source>This record was merged into %1, which keeps the details and history it took from it. Erase that record too if the request covers it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="145" />
      <source>No backup holds a copy of this customer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="149" />
      <source>%1 backups still hold a copy; they keep it until they expire. The last copy expires on %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="158" />
      <source>%1 backups still hold a copy; with the current backup settings they are kept for more than three years. Delete them by hand if needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="164" />
      <source>Damaged files kept aside in the data folder may also hold it: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="173" />
      <source>Erase Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="178" />
      <source>Erase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="183" />
      <source>Erasing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="190" />
      <source>%1 was erased completely.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="195" />
      <source>That did not work: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/privacy_actions.py" line="197" />
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProfileEditor</name>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="57" />
      <source>No preference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="58" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="59" />
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="165" />
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="204" />
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="60" />
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="166" />
      <source>LINE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="61" />
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="164" />
      <source>Direct mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="62" />
      <source>Visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="80" />
      <source>%1 (%2) · age %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="49" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="50" />
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="193" />
      <source>Company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="140" />
      <source>In kana, e.g. ヤマダ タロウ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="147" />
      <source>Type to pick or add a company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="154" />
      <source>1980/7/15, 昭和55年7月15日 or S55.7.15</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="160" />
      <source>Separate with commas, e.g. VIP, 紹介</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="172" />
      <source>How they found us, e.g. 紹介, チラシ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="180" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="181" />
      <source>Family name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="182" />
      <source>Given name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="184" />
      <source>Company name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="191" />
      <source>Reading (フリガナ)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="192" />
      <source>Honorific</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="194" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="200" />
      <source>Birthday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="201" />
      <source>Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="202" />
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="203" />
      <source>Phones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="205" />
      <source>Addresses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="210" />
      <source>May contact by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="211" />
      <source>LINE ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="212" />
      <source>Prefers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="213" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="214" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="224" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="225" />
      <source>Save changes (Ctrl+S)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="227" />
      <source>Revert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="228" />
      <source>Undo every change since the last save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="401" />
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="402" />
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="487" />
      <source>Unsaved changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="427" />
      <source>Saving…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="438" />
      <source>Saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="450" />
      <source>Please correct the fields marked in red.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="452" />
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="455" />
      <source>Changed elsewhere</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="457" />
      <source>This customer was changed elsewhere after you opened it. Load the stored version? Your edits here will be lost.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="464" />
      <source>Could not save: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="488" />
      <source>Save the changes to this customer?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="557" />
      <source>Suggested from the name: please check it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/profile_editor.py" line="573" />
      <source>Not a date yet</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QuickAddBar</name>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="76" />
      <source>Kind of entry (Alt+1 … Alt+7)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="83" />
      <source>Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="85" />
      <source>When? e.g. 15:30, 明日 10時, 30分後</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="86" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="89" />
      <source>Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="130" />
      <source>Write a note…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="131" />
      <source>What was the call about?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="132" />
      <source>What happened at the visit?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="133" />
      <source>Subject of the e-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="134" />
      <source>What was said on LINE?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="135" />
      <source>What did they buy?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="136" />
      <source>What to do, e.g. call back about the estimate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="138" />
      <source>(Enter adds)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="158" />
      <source>Write what happened first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="166" />
      <source>How much was it? Type the amount, then Enter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="178" />
      <source>When is it due? Try 15:30, 明日 10時 or 30分後.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="208" />
      <source>Not a time yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="214" />
      <source>Due %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/quick_add.py" line="232" />
      <source>Could not add: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Recovery</name>
    <message>
      <location filename="../../relationdesk/ui/recovery.py" line="36" />
      <source>RelationDesk cannot start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/recovery.py" line="50" />
      <source>The customer data is damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/recovery.py" line="54" />
      <source>The customer data file is damaged and there is no good backup to restore. Nothing was changed: the file is left as it is for a repair.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/recovery.py" line="68" />
      <source>The customer data file is damaged. Restore the newest good backup, from %1 (%2 customers)? The damaged file is kept beside it as “.damaged”; nothing is deleted. Changes made after that backup are not in it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/recovery.py" line="79" />
      <source>Restore the Backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/recovery.py" line="82" />
      <source>Quit</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReminderMenu</name>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="45" />
      <source>No reminders due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="53" />
      <source>Open %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="58" />
      <source>Mark done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="63" />
      <source>Snooze 10 minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="66" />
      <source>Snooze 1 hour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/menu.py" line="67" />
      <source>Snooze until tomorrow</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReminderTray</name>
    <message>
      <location filename="../../relationdesk/ui/reminders/tray.py" line="87" />
      <source>Show RelationDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/tray.py" line="89" />
      <source>Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/reminders/tray.py" line="97" />
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
    <name>TimelineKinds</name>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="29" />
      <source>Call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="30" />
      <source>Visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="31" />
      <source>Meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="32" />
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="33" />
      <source>LINE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="34" />
      <source>Letter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="35" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="36" />
      <source>Feedback</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="37" />
      <source>Purchase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="38" />
      <source>Reminder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="39" />
      <source>Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="46" />
      <source>C</source>
      <comment>badge letter for a call</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="47" />
      <source>V</source>
      <comment>badge letter for a visit</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="48" />
      <source>M</source>
      <comment>badge letter for a meeting</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="49" />
      <source>@</source>
      <comment>badge letter for an e-mail</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="50" />
      <source>L</source>
      <comment>badge letter for LINE</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="51" />
      <source>✉</source>
      <comment>badge letter for a letter</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="52" />
      <source>N</source>
      <comment>badge letter for a note</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="53" />
      <source>F</source>
      <comment>badge letter for feedback</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="54" />
      <source>¥</source>
      <comment>badge letter for a purchase</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="55" />
      <source>R</source>
      <comment>badge letter for a reminder</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/kinds.py" line="56" />
      <source>S</source>
      <comment>badge letter for a stage</comment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <location filename="../../relationdesk/ui/timeline/model.py" line="57" />
      <source>%1 → %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/model.py" line="65" />
      <source>%1 (done)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TimelinePane</name>
    <message>
      <location filename="../../relationdesk/ui/timeline/pane.py" line="61" />
      <source>Nothing here yet. Add the first note or call above.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/pane.py" line="64" />
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/pane.py" line="66" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/pane.py" line="71" />
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/timeline/pane.py" line="180" />
      <source>Entry deleted.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TodayPane</name>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="52" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="52" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="52" />
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="88" />
      <source>Overdue reminders (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="89" />
      <source>Due today (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="105" />
      <source>Birthdays this week (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="109" />
      <source>Turns %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="116" />
      <source>Not contacted for longer than usual (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/today_pane.py" line="120" />
      <source>Last contact %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrashActions</name>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="46" />
      <source>Move to &amp;Trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="49" />
      <source>&amp;Undo Move to Trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="53" />
      <source>&amp;Restore from Trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="56" />
      <source>&amp;Trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="64" />
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="89" />
      <source>Moved %1 to the trash.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="121" />
      <source>Restored %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/trash_actions.py" line="131" />
      <source>That customer was changed elsewhere; the list has been reloaded.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrashView</name>
    <message>
      <location filename="../../relationdesk/ui/trash/trash_view.py" line="40" />
      <source>Customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/trash_view.py" line="41" />
      <source>Timeline entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/trash_view.py" line="46" />
      <source>Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/trash_view.py" line="47" />
      <source>Restore the selected item (Ctrl+R)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/trash_view.py" line="48" />
      <source>Empty Trash…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrashedEntriesModel</name>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_model.py" line="51" />
      <source>Deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_model.py" line="52" />
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_model.py" line="53" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_model.py" line="54" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_model.py" line="55" />
      <source>Entry</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrashedEntriesPane</name>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_pane.py" line="68" />
      <source>Loading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_pane.py" line="98" />
      <source>“%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_pane.py" line="100" />
      <source>“%1” of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_pane.py" line="104" />
      <source>Restored %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_pane.py" line="110" />
      <source>That entry is no longer in the trash; the list has been reloaded.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/trash/entries_pane.py" line="124" />
      <source>%Ln timeline entry(ies) in the trash so far</source>
      <translation>
        <numerusform>%Ln timeline entry in the trash so far</numerusform>
        <numerusform>%Ln timeline entries in the trash so far</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../relationdesk/ui/trash/entries_pane.py" line="126" />
      <source>No timeline entries in the trash.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../relationdesk/ui/trash/entries_pane.py" line="128" />
      <source>%Ln timeline entry(ies) in the trash</source>
      <translation>
        <numerusform>%Ln timeline entry in the trash</numerusform>
        <numerusform>%Ln timeline entries in the trash</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UpgradeWindow</name>
    <message>
      <location filename="../../relationdesk/ui/upgrade_progress.py" line="48" />
      <source>Updating your data for this version of RelationDesk… A backup is taken first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/upgrade_progress.py" line="57" />
      <source>Please wait: RelationDesk opens by itself when the update is done.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WelcomePanel</name>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="22" />
      <source>Welcome to RelationDesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="29" />
      <source>Keep every customer, every contact and every follow-up in one place on this computer. To look around first, load some sample customers; you can delete them later. Or start with an empty list and add your own.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="37" />
      <source>Load sample customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="39" />
      <source>Start empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="40" />
      <source>Import contacts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/welcome.py" line="74" />
      <source>Loading sample customers…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>_AddressRow</name>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="199" />
      <source>〒 100-0001</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="200" />
      <source>Postal code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="203" />
      <source>Prefecture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="205" />
      <source>City</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="207" />
      <source>Town and street number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="209" />
      <source>Building, room</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>_Row</name>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="87" />
      <source>Primary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="91" />
      <location filename="../../relationdesk/ui/customers/contact_rows.py" line="92" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
