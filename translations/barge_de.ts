<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EndpointScanner</name>
    <message>
        <source>%1 does not exist yet; it will be created.</source>
        <translation>%1 gibt es noch nicht; die Datei wird angelegt.</translation>
    </message>
    <message>
        <source>Each table will be written as &lt;table&gt;.csv in %1.</source>
        <translation>Jede Tabelle wird als &lt;Tabelle&gt;.csv in %1 geschrieben.</translation>
    </message>
    <message>
        <source>The table will be written to %1.</source>
        <translation>Die Tabelle wird nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>%1 lässt sich nicht öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n table(s).</source>
        <translation>
            <numerusform>Verbunden mit %1: %n Tabelle.</numerusform>
            <numerusform>Verbunden mit %1: %n Tabellen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPreview</name>
    <message>
        <source>%1 cannot be read by this build.</source>
        <translation>%1 kann von dieser Version nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Barge migration report</source>
        <translation>Barge-Migrationsbericht</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;, started %3, took %4 s. Status: &lt;b&gt;%5&lt;/b&gt;.</source>
        <translation>Von &lt;b&gt;%1&lt;/b&gt; nach &lt;b&gt;%2&lt;/b&gt;, gestartet %3, Dauer %4 s. Status: &lt;b&gt;%5&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Rejects file or error</source>
        <translation>Datei der abgewiesenen Zeilen oder Fehler</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>barge::CsvEndpointForm</name>
    <message>
        <source>One &amp;file</source>
        <translation>Eine &amp;Datei</translation>
    </message>
    <message>
        <source>A f&amp;older of .csv files (one table each)</source>
        <translation>Ein &amp;Ordner mit .csv-Dateien (je eine Tabelle)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Senkrechter Strich |</translation>
    </message>
    <message>
        <source>Double quote &quot;</source>
        <translation>Doppeltes Anführungszeichen "</translation>
    </message>
    <message>
        <source>Single quote &apos;</source>
        <translation>Einfaches Anführungszeichen '</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keins</translation>
    </message>
    <message>
        <source>First line holds the column &amp;names</source>
        <translation>Erste Zeile enthält die Spalten&amp;namen</translation>
    </message>
    <message>
        <source>empty field</source>
        <translation>leeres Feld</translation>
    </message>
    <message>
        <source>Source CSV path</source>
        <translation>Pfad der Quell-CSV</translation>
    </message>
    <message>
        <source>Target CSV path</source>
        <translation>Pfad der Ziel-CSV</translation>
    </message>
    <message>
        <source>One CSV file</source>
        <translation>Eine CSV-Datei</translation>
    </message>
    <message>
        <source>A folder of CSV files</source>
        <translation>Ein Ordner mit CSV-Dateien</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Quote character</source>
        <translation>Anführungszeichen</translation>
    </message>
    <message>
        <source>First line holds the column names</source>
        <translation>Erste Zeile enthält die Spaltennamen</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <source>Text that means NULL</source>
        <translation>Text, der NULL bedeutet</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>&amp;Delimiter, quote, encoding:</source>
        <translation>&amp;Trennzeichen, Anführung, Kodierung:</translation>
    </message>
    <message>
        <source>NU&amp;LL is written as:</source>
        <translation>NU&amp;LL wird geschrieben als:</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>folder holding .csv files</source>
        <translation>Ordner mit .csv-Dateien</translation>
    </message>
    <message>
        <source>file.csv</source>
        <translation>datei.csv</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation>Wählen Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose “A folder of .csv files” or a file name.</source>
        <translation>%1 ist ein Ordner; wählen Sie „Ein Ordner mit .csv-Dateien“ oder einen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>barge::CsvPreview</name>
    <message>
        <source>First lines of the file as written</source>
        <translation>Erste Zeilen der Datei, wie sie geschrieben sind</translation>
    </message>
    <message>
        <source>First rows as Barge reads them</source>
        <translation>Erste Zeilen, wie Barge sie liest</translation>
    </message>
    <message>
        <source>Choose a CSV file to see its first lines here.</source>
        <translation>Wählen Sie eine CSV-Datei, um hier ihre ersten Zeilen zu sehen.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message numerus="yes">
        <source>%1: first %n row(s)</source>
        <translation>
            <numerusform>%1: erste Zeile</numerusform>
            <numerusform>%1: erste %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>delimiter “%1”.</source>
        <translation>Trennzeichen „%1“.</translation>
    </message>
</context>
<context>
    <name>barge::EndpointForm</name>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>CSV file or folder</source>
        <translation>CSV-Datei oder -Ordner</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>MariaDB / MySQL server</source>
        <translation>MariaDB-/MySQL-Server</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Art der Quelle</translation>
    </message>
    <message>
        <source>Target kind</source>
        <translation>Art des Ziels</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Source database file</source>
        <translation>Quelldatenbankdatei</translation>
    </message>
    <message>
        <source>Target database file</source>
        <translation>Zieldatenbankdatei</translation>
    </message>
    <message>
        <source>shop.db</source>
        <translation>shop.db</translation>
    </message>
    <message>
        <source>a new or existing .db file</source>
        <translation>eine neue oder vorhandene .db-Datei</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>A file that does not exist yet is created.</source>
        <translation>Eine Datei, die es noch nicht gibt, wird angelegt.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Read from:</source>
        <translation>&amp;Lesen aus:</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>&amp;Schreiben nach:</translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation>Wählen Sie eine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut …</translation>
    </message>
</context>
<context>
    <name>barge::FieldMappingModel</name>
    <message>
        <source>The target column %1 is NOT NULL; map a source column or give a default.</source>
        <translation>Die Zielspalte %1 ist NOT NULL; ordnen Sie eine Quellspalte zu oder geben Sie einen Standardwert an.</translation>
    </message>
    <message>
        <source>The target column %1 is NOT NULL but gets no value.</source>
        <translation>Die Zielspalte %1 ist NOT NULL, bekommt aber keinen Wert.</translation>
    </message>
    <message>
        <source>A copied field has no target column name.</source>
        <translation>Ein kopiertes Feld hat keinen Namen für die Zielspalte.</translation>
    </message>
    <message>
        <source>The target column %1 appears twice.</source>
        <translation>Die Zielspalte %1 kommt zweimal vor.</translation>
    </message>
    <message>
        <source>No field is copied into %1.</source>
        <translation>In %1 wird kein Feld kopiert.</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>Konstante</translation>
    </message>
    <message>
        <source>nothing (NULL)</source>
        <translation>nichts (NULL)</translation>
    </message>
    <message>
        <source>Copied. Uncheck to leave this field out.</source>
        <translation>Wird kopiert. Haken entfernen, um das Feld auszulassen.</translation>
    </message>
    <message>
        <source>Not copied. Check to copy this field.</source>
        <translation>Wird nicht kopiert. Anhaken, um das Feld zu kopieren.</translation>
    </message>
    <message>
        <source>(constant or NULL)</source>
        <translation>(Konstante oder NULL)</translation>
    </message>
    <message>
        <source>Written as %1.</source>
        <translation>Geschrieben als %1.</translation>
    </message>
    <message>
        <source>Lossy: %1</source>
        <translation>Verlustbehaftet: %1</translation>
    </message>
    <message>
        <source>Part of the primary key.</source>
        <translation>Teil des Primärschlüssels.</translation>
    </message>
    <message>
        <source>Checked: the target column refuses NULL; such rows are rejected.</source>
        <translation>Angehakt: Die Zielspalte lehnt NULL ab; solche Zeilen werden abgewiesen.</translation>
    </message>
    <message>
        <source>Written instead of NULL when the source has no value.</source>
        <translation>Wird statt NULL geschrieben, wenn die Quelle keinen Wert hat.</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>Quellspalte</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Zielspalte</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Zieltyp</translation>
    </message>
    <message>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstante</translation>
    </message>
    <message>
        <source>Default for NULL</source>
        <translation>Standardwert für NULL</translation>
    </message>
</context>
<context>
    <name>barge::FieldMappingPage</name>
    <message>
        <source>Field mapping</source>
        <translation>Feldzuordnung</translation>
    </message>
    <message>
        <source>Choose what goes into each target column. The preview shows the first rows exactly as they will be written; red cells would be rejected.</source>
        <translation>Legen Sie fest, was in jede Zielspalte kommt. Die Vorschau zeigt die ersten Zeilen genau so, wie sie geschrieben werden; rote Zellen würden abgewiesen.</translation>
    </message>
    <message>
        <source>Table to map</source>
        <translation>Zuzuordnende Tabelle</translation>
    </message>
    <message>
        <source>&amp;Match by name</source>
        <translation>Nach &amp;Namen zuordnen</translation>
    </message>
    <message>
        <source>Pair every target column with the source column of the same name again.</source>
        <translation>Jede Zielspalte wieder der gleichnamigen Quellspalte zuordnen.</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Feldzuordnungen</translation>
    </message>
    <message>
        <source>Preview of the rows as they will be written</source>
        <translation>Vorschau der Zeilen, wie sie geschrieben werden</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet …</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>✖ rejected</source>
        <translation>✖ abgewiesen</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: the first %n row(s) as they will be written.</source>
        <translation>
            <numerusform>Vorschau: die erste Zeile, wie sie geschrieben wird.</numerusform>
            <numerusform>Vorschau: die ersten %n Zeilen, wie sie geschrieben werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n cell(s) would be rejected; hover over a red cell for the reason.</source>
        <translation>
            <numerusform>Vorschau: %n Zelle würde abgewiesen; der Grund steht im Tooltip der roten Zelle.</numerusform>
            <numerusform>Vorschau: %n Zellen würden abgewiesen; der Grund steht im Tooltip der roten Zellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>To continue: %1</source>
        <translation>Zum Fortfahren: %1</translation>
    </message>
</context>
<context>
    <name>barge::FilePathEdit</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 auswählen</translation>
    </message>
</context>
<context>
    <name>barge::MigrationWizard</name>
    <message>
        <source>Barge</source>
        <translation>Barge</translation>
    </message>
</context>
<context>
    <name>barge::OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>How the rows are written. The defaults suit most migrations.</source>
        <translation>Wie die Zeilen geschrieben werden. Die Voreinstellungen passen für die meisten Migrationen.</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>Rows per commit</source>
        <translation>Zeilen pro Commit</translation>
    </message>
    <message>
        <source>Stop the table at the first bad row</source>
        <translation>Tabelle bei der ersten fehlerhaften Zeile abbrechen</translation>
    </message>
    <message>
        <source>Skip bad rows and write them to a rejects file</source>
        <translation>Fehlerhafte Zeilen überspringen und in eine Datei schreiben</translation>
    </message>
    <message>
        <source>When a row cannot be written</source>
        <translation>Wenn eine Zeile nicht geschrieben werden kann</translation>
    </message>
    <message>
        <source>Rejects folder</source>
        <translation>Ordner für abgewiesene Zeilen</translation>
    </message>
    <message>
        <source>folder for &lt;table&gt;.rejects.csv files</source>
        <translation>Ordner für &lt;Tabelle&gt;.rejects.csv-Dateien</translation>
    </message>
    <message>
        <source>Tables in parallel</source>
        <translation>Tabellen gleichzeitig</translation>
    </message>
    <message>
        <source>&amp;Verify row counts after the load</source>
        <translation>Zeilenanzahl nach dem Laden &amp;prüfen</translation>
    </message>
    <message>
        <source>Verify row counts after the load</source>
        <translation>Zeilenanzahl nach dem Laden prüfen</translation>
    </message>
    <message>
        <source>&amp;Commit every:</source>
        <translation>&amp;Commit alle:</translation>
    </message>
    <message>
        <source>When a row &amp;fails:</source>
        <translation>Wenn eine Zeile &amp;fehlschlägt:</translation>
    </message>
    <message>
        <source>&amp;Rejects folder:</source>
        <translation>&amp;Ordner für Abgewiesenes:</translation>
    </message>
    <message>
        <source>Tables in &amp;parallel:</source>
        <translation>Tabellen &amp;gleichzeitig:</translation>
    </message>
    <message>
        <source>To continue: choose a folder for the rejected rows.</source>
        <translation>Zum Fortfahren: Wählen Sie einen Ordner für die abgewiesenen Zeilen.</translation>
    </message>
</context>
<context>
    <name>barge::ReportPage</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK, with rejected rows</source>
        <translation>OK, mit abgewiesenen Zeilen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>What the migration did, table by table.</source>
        <translation>Was die Migration getan hat, Tabelle für Tabelle.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Rejected rows, notes</source>
        <translation>Abgewiesene Zeilen, Hinweise</translation>
    </message>
    <message>
        <source>Report per table</source>
        <translation>Bericht je Tabelle</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>Als &amp;JSON speichern …</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Als &amp;HTML speichern …</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Save as &amp;profile…</source>
        <translation>Als &amp;Profil speichern …</translation>
    </message>
    <message>
        <source>All done: %1 rows written into %2 in %3 s.</source>
        <translation>Fertig: %1 Zeilen in %3 s nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Done, but some rows were rejected: %1 rows written into %2 in %3 s.</source>
        <translation>Fertig, aber einige Zeilen wurden abgewiesen: %1 Zeilen in %3 s nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Stopped: %1 rows were written into %2 in %3 s; the table list shows exactly where each table stands.</source>
        <translation>Angehalten: %1 Zeilen wurden in %3 s nach %2 geschrieben; die Liste zeigt genau, wie weit jede Tabelle ist.</translation>
    </message>
    <message>
        <source>The migration failed: %1 rows were written into %2 in %3 s.</source>
        <translation>Die Migration ist fehlgeschlagen: %1 Zeilen wurden in %3 s nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Open the rejected rows of %1</source>
        <translation>Abgewiesene Zeilen von %1 öffnen</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>barge::RunPage</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>done, with rejects</source>
        <translation>fertig, mit Abweisungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Barge is copying the rows. You can keep using your computer; stopping keeps what is already committed.</source>
        <translation>Barge kopiert die Zeilen. Sie können weiterarbeiten; beim Anhalten bleibt erhalten, was bereits festgeschrieben ist.</translation>
    </message>
    <message>
        <source>Show &amp;report</source>
        <translation>&amp;Bericht anzeigen</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Rows, speed and time left</source>
        <translation>Zeilen, Geschwindigkeit und Restzeit</translation>
    </message>
    <message>
        <source>&amp;Stop…</source>
        <translation>&amp;Anhalten …</translation>
    </message>
    <message>
        <source>Stop the migration</source>
        <translation>Migration anhalten</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Zeilen/s</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>Copying from %1 to %2…</source>
        <translation>Kopiere von %1 nach %2 …</translation>
    </message>
    <message numerus="yes">
        <source>Started: %n table(s).</source>
        <translation>
            <numerusform>Gestartet: %n Tabelle.</numerusform>
            <numerusform>Gestartet: %n Tabellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the migration?</source>
        <translation>Migration anhalten?</translation>
    </message>
    <message>
        <source>Tables that are being copied keep the rows committed so far; tables not started yet are not touched. Stop now?</source>
        <translation>Tabellen, die gerade kopiert werden, behalten die bisher festgeschriebenen Zeilen; noch nicht begonnene Tabellen bleiben unberührt. Jetzt anhalten?</translation>
    </message>
    <message>
        <source>Stopping… each table commits what it has written.</source>
        <translation>Wird angehalten … jede Tabelle schreibt fest, was sie geschrieben hat.</translation>
    </message>
    <message>
        <source>Stop requested.</source>
        <translation>Anhalten angefordert.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>%1: started.</source>
        <translation>%1: gestartet.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 rows read, %2 written, %3 rejected · %4 rows/s</source>
        <translation>%1 Zeilen gelesen, %2 geschrieben, %3 abgewiesen · %4 Zeilen/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>%1: %2 read, %3 written, %4 rejected (%5).</source>
        <translation>%1: %2 gelesen, %3 geschrieben, %4 abgewiesen (%5).</translation>
    </message>
    <message>
        <source>Stopped after %1. Click Next for the report.</source>
        <translation>Nach %1 angehalten. Weiter zeigt den Bericht.</translation>
    </message>
    <message>
        <source>The migration failed. Click Next for the report.</source>
        <translation>Die Migration ist fehlgeschlagen. Weiter zeigt den Bericht.</translation>
    </message>
    <message>
        <source>Finished: %1 rows written in %2. Click Next for the report.</source>
        <translation>Fertig: %1 Zeilen in %2 geschrieben. Weiter zeigt den Bericht.</translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation>Beendet: %1.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>barge::ServerEndpointForm</name>
    <message>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>not saved in profiles</source>
        <translation>wird nicht in Profilen gespeichert</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>socket folder, e.g. /var/run/postgresql</source>
        <translation>Socket-Ordner, z. B. /var/run/postgresql</translation>
    </message>
    <message>
        <source>socket file, e.g. /run/mysqld/mysqld.sock</source>
        <translation>Socket-Datei, z. B. /run/mysqld/mysqld.sock</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>&amp;TLS-Modus:</translation>
    </message>
    <message>
        <source>&amp;Socket:</source>
        <translation>&amp;Socket:</translation>
    </message>
    <message>
        <source>S&amp;chema:</source>
        <translation>S&amp;chema:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS-Modus</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Geben Sie den Datenbanknamen ein.</translation>
    </message>
    <message>
        <source>The socket must be an absolute path.</source>
        <translation>Der Socket muss ein absoluter Pfad sein.</translation>
    </message>
</context>
<context>
    <name>barge::SourcePage</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Where does the data come from?</source>
        <translation>Woher kommen die Daten?</translation>
    </message>
    <message>
        <source>To continue: %1</source>
        <translation>Zum Fortfahren: %1</translation>
    </message>
</context>
<context>
    <name>barge::StartPage</name>
    <message>
        <source>Welcome to Barge</source>
        <translation>Willkommen bei Barge</translation>
    </message>
    <message>
        <source>Move tables between SQLite, CSV, PostgreSQL and MariaDB. You will see what will be written before anything is.</source>
        <translation>Tabellen zwischen SQLite, CSV, PostgreSQL und MariaDB bewegen. Sie sehen, was geschrieben wird, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>&amp;New migration</source>
        <translation>&amp;Neue Migration</translation>
    </message>
    <message>
        <source>Open a saved &amp;profile…</source>
        <translation>Gespeichertes &amp;Profil öffnen …</translation>
    </message>
    <message>
        <source>Try the &amp;demo shop database</source>
        <translation>&amp;Demo-Shop-Datenbank ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Recent profiles (double-click to open):</source>
        <translation>&amp;Zuletzt verwendete Profile (Doppelklick öffnet):</translation>
    </message>
    <message>
        <source>Recent profiles</source>
        <translation>Zuletzt verwendete Profile</translation>
    </message>
    <message>
        <source>Tip: drop a profile, a .csv file or an SQLite database on this window to start from it.</source>
        <translation>Tipp: Ziehen Sie ein Profil, eine .csv-Datei oder eine SQLite-Datenbank auf dieses Fenster, um damit zu beginnen.</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>Barge profiles (*.barge.json *.json)</source>
        <translation>Barge-Profile (*.barge.json *.json)</translation>
    </message>
    <message>
        <source>Choose a profile file to continue.</source>
        <translation>Wählen Sie eine Profildatei, um fortzufahren.</translation>
    </message>
    <message>
        <source>Could not open the profile: %1</source>
        <translation>Das Profil konnte nicht geöffnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Profile %1: from %2 to %3, %n table(s). Click Next to check each step.</source>
        <translation>
            <numerusform>Profil %1: von %2 nach %3, %n Tabelle. Mit Weiter prüfen Sie jeden Schritt.</numerusform>
            <numerusform>Profil %1: von %2 nach %3, %n Tabellen. Mit Weiter prüfen Sie jeden Schritt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation>Die Demo-Datenbank konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The demo shop database is ready: %1. Barge will copy it into %2.</source>
        <translation>Die Demo-Shop-Datenbank ist bereit: %1. Barge kopiert sie nach %2.</translation>
    </message>
    <message>
        <source>New migration from %1.</source>
        <translation>Neue Migration aus %1.</translation>
    </message>
</context>
<context>
    <name>barge::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>This is what Barge will do. Nothing has been written yet.</source>
        <translation>Das wird Barge tun. Noch ist nichts geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Tables and columns</source>
        <translation>Tabellen und Spalten</translation>
    </message>
    <message>
        <source>Statements that prepare the target</source>
        <translation>Anweisungen, die das Ziel vorbereiten</translation>
    </message>
    <message>
        <source>SQL that prepares the target</source>
        <translation>SQL, das das Ziel vorbereitet</translation>
    </message>
    <message>
        <source>&amp;Save profile…</source>
        <translation>Profil &amp;speichern …</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Checking the plan against %1 and %2…</source>
        <translation>Der Plan wird gegen %1 und %2 geprüft …</translation>
    </message>
    <message>
        <source>This plan cannot run: %1</source>
        <translation>Dieser Plan kann nicht laufen: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please note:&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Bitte beachten:&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>-- No statements: the tables are used as they are.</source>
        <translation>-- Keine Anweisungen: Die Tabellen werden verwendet, wie sie sind.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown number of rows</source>
        <translation>eine unbekannte Zahl von Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n table(s), %1, from %2 to %3.</source>
        <translation>
            <numerusform>%n Tabelle mit %1 von %2 nach %3 kopieren.</numerusform>
            <numerusform>%n Tabellen mit %1 von %2 nach %3 kopieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>create %n table(s)</source>
        <translation>
            <numerusform>%n Tabelle anlegen</numerusform>
            <numerusform>%n Tabellen anlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>append to %n existing table(s)</source>
        <translation>
            <numerusform>an %n vorhandene Tabelle anhängen</numerusform>
            <numerusform>an %n vorhandene Tabellen anhängen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>empty %n existing table(s) first</source>
        <translation>
            <numerusform>%n vorhandene Tabelle zuerst leeren</numerusform>
            <numerusform>%n vorhandene Tabellen zuerst leeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>drop and re-create %n table(s)</source>
        <translation>
            <numerusform>%n Tabelle löschen und neu anlegen</numerusform>
            <numerusform>%n Tabellen löschen und neu anlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Barge will %1.</source>
        <translation>Barge wird %1.</translation>
    </message>
    <message>
        <source>%1.%2 may lose information: %3</source>
        <translation>%1.%2 kann Information verlieren: %3</translation>
    </message>
    <message>
        <source>The existing table %1 will be dropped with all its rows.</source>
        <translation>Die vorhandene Tabelle %1 wird mit allen Zeilen gelöscht.</translation>
    </message>
    <message>
        <source>The existing rows of %1 will be deleted first.</source>
        <translation>Die vorhandenen Zeilen von %1 werden zuerst gelöscht.</translation>
    </message>
    <message>
        <source>Passwords are not saved in profiles; you will be asked again.</source>
        <translation>Passwörter werden nicht in Profilen gespeichert; sie werden erneut abgefragt.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Barge profiles (*.barge.json)</source>
        <translation>Barge-Profile (*.barge.json)</translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>barge::TableSelectionModel</name>
    <message>
        <source>Append</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>Empty, then load</source>
        <translation>Leeren, dann laden</translation>
    </message>
    <message>
        <source>Drop and re-create</source>
        <translation>Löschen und neu anlegen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>The target already has a table named %1; the mode decides what happens to it.</source>
        <translation>Das Ziel hat bereits eine Tabelle namens %1; der Modus bestimmt, was mit ihr geschieht.</translation>
    </message>
    <message>
        <source>Barge creates this table in the target.</source>
        <translation>Barge legt diese Tabelle im Ziel an.</translation>
    </message>
    <message>
        <source>Source table</source>
        <translation>Quelltabelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>Zieltabelle</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>In target</source>
        <translation>Im Ziel</translation>
    </message>
</context>
<context>
    <name>barge::TablesPage</name>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Check the tables to copy. Double-click a target name or a mode to change it.</source>
        <translation>Haken Sie die zu kopierenden Tabellen an. Ein Doppelklick auf Zielname oder Modus ändert ihn.</translation>
    </message>
    <message>
        <source>Filter tables</source>
        <translation>Tabellen filtern</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Source tables</source>
        <translation>Quelltabellen</translation>
    </message>
    <message>
        <source>Reading tables</source>
        <translation>Tabellen werden gelesen</translation>
    </message>
    <message>
        <source>Reading the tables of %1 and %2…</source>
        <translation>Die Tabellen von %1 und %2 werden gelesen …</translation>
    </message>
    <message>
        <source>Reading the tables…</source>
        <translation>Die Tabellen werden gelesen …</translation>
    </message>
    <message>
        <source>%1 has no tables.</source>
        <translation>%1 hat keine Tabellen.</translation>
    </message>
    <message>
        <source>Check at least one table.</source>
        <translation>Haken Sie mindestens eine Tabelle an.</translation>
    </message>
    <message>
        <source>Two tables would be written into %1.</source>
        <translation>Zwei Tabellen würden nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>To continue: %1</source>
        <translation>Zum Fortfahren: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n table(s) selected.</source>
        <translation>
            <numerusform>%1 von %n Tabelle ausgewählt.</numerusform>
            <numerusform>%1 von %n Tabellen ausgewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::TargetPage</name>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Where should the data go? Tables that do not exist there yet are created.</source>
        <translation>Wohin sollen die Daten? Tabellen, die es dort noch nicht gibt, werden angelegt.</translation>
    </message>
    <message>
        <source>When a target table already exists</source>
        <translation>Wenn eine Zieltabelle bereits existiert</translation>
    </message>
    <message>
        <source>&amp;Use it and append the rows</source>
        <translation>Verwenden und Zeilen &amp;anhängen</translation>
    </message>
    <message>
        <source>Use it, but &amp;empty it first</source>
        <translation>Verwenden, aber zuerst &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Drop it and create it again from the source</source>
        <translation>Löschen und aus der Quelle &amp;neu anlegen</translation>
    </message>
    <message>
        <source>The target is the same as the source.</source>
        <translation>Das Ziel ist dasselbe wie die Quelle.</translation>
    </message>
    <message>
        <source>To continue: %1</source>
        <translation>Zum Fortfahren: %1</translation>
    </message>
</context>
<context>
    <name>barge::ThroughputChart</name>
    <message>
        <source>Throughput chart</source>
        <translation>Durchsatzdiagramm</translation>
    </message>
    <message>
        <source>%1 rows per second</source>
        <translation>%1 Zeilen pro Sekunde</translation>
    </message>
    <message>
        <source>Rows per second (peak %1)</source>
        <translation>Zeilen pro Sekunde (Spitze %1)</translation>
    </message>
</context>
</TS>
