<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EndpointScanner</name>
    <message>
        <location filename="../core/engine/endpointscanner.cpp" line="32"/>
        <source>%1 does not exist yet; it will be created.</source>
        <translation>%1 gibt es noch nicht; die Datei wird angelegt.</translation>
    </message>
    <message>
        <location filename="../core/engine/endpointscanner.cpp" line="38"/>
        <source>Each table will be written as &lt;table&gt;.%1 in %2.</source>
        <translation>Jede Tabelle wird als &lt;Tabelle&gt;.%1 in %2 geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/engine/endpointscanner.cpp" line="40"/>
        <source>The table will be written to %1.</source>
        <translation>Die Tabelle wird nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/engine/endpointscanner.cpp" line="45"/>
        <source>Cannot open %1.</source>
        <translation>%1 lässt sich nicht öffnen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/endpointscanner.cpp" line="55"/>
        <source>Connected to %1: %n table(s).</source>
        <translation>
            <numerusform>Verbunden mit %1: %n Tabelle.</numerusform>
            <numerusform>Verbunden mit %1: %n Tabellen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/endpointscanner.cpp" line="72"/>
        <source>%1 is a file, not a folder, so %2 cannot be created in it.</source>
        <translation>%1 ist eine Datei, kein Ordner; %2 kann darin nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/engine/endpointscanner.cpp" line="74"/>
        <source>The folder %1 does not exist. Create it first, or choose another folder.</source>
        <translation>Den Ordner %1 gibt es nicht. Legen Sie ihn zuerst an, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/engine/endpointscanner.cpp" line="86"/>
        <source>The folder %1 cannot be written to (%2), so %3 cannot be created there.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden (%2); %3 kann dort nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/engine/endpointscanner.cpp" line="117"/>
        <source>Reading the tables was stopped after %1 of %2.</source>
        <translation>Das Lesen der Tabellen wurde nach %1 von %2 angehalten.</translation>
    </message>
</context>
<context>
    <name>MappingPreview</name>
    <message>
        <location filename="../core/engine/mappingpreview.cpp" line="36"/>
        <source>Line %1 is not valid %2 here (%3). If the file is in another encoding (often windows-1252 or latin1), choose it with Encoding on the Source page.</source>
        <translation>Zeile %1 ist hier kein gültiges %2 (%3). Ist die Datei anders kodiert (oft windows-1252 oder latin1), wählen Sie die Zeichenkodierung auf der Seite Quelle.</translation>
    </message>
    <message>
        <location filename="../core/engine/mappingpreview.cpp" line="50"/>
        <source>%1 cannot be read by this build.</source>
        <translation>%1 kann von dieser Version nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>PlanDescription</name>
    <message>
        <location filename="../ui/plandescription.cpp" line="16"/>
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <location filename="../ui/plandescription.cpp" line="18"/>
        <source>replace</source>
        <translation>ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/plandescription.cpp" line="20"/>
        <source>empty, then append</source>
        <translation>leeren, dann anhängen</translation>
    </message>
    <message>
        <location filename="../ui/plandescription.cpp" line="20"/>
        <location filename="../ui/plandescription.cpp" line="22"/>
        <location filename="../ui/plandescription.cpp" line="25"/>
        <location filename="../ui/plandescription.cpp" line="27"/>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <location filename="../ui/plandescription.cpp" line="22"/>
        <source>append</source>
        <translation>anhängen</translation>
    </message>
    <message>
        <location filename="../ui/plandescription.cpp" line="24"/>
        <source>merge by %1: insert new rows, update changed ones</source>
        <translation>zusammenführen nach %1: neue Zeilen einfügen, geänderte aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/plandescription.cpp" line="35"/>
        <source>rows unknown</source>
        <translation>Zeilenzahl unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plandescription.cpp" line="38"/>
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 Zeile</numerusform>
            <numerusform>%1 Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plandescription.cpp" line="39"/>
        <source>about %1 row(s)</source>
        <translation>
            <numerusform>etwa %1 Zeile</numerusform>
            <numerusform>etwa %1 Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plandescription.cpp" line="47"/>
        <source>%1 row(s) past the watermark</source>
        <translation>
            <numerusform>%1 Zeile ab dem Wasserstand</numerusform>
            <numerusform>%1 Zeilen ab dem Wasserstand</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plandescription.cpp" line="59"/>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <location filename="../ui/plandescription.cpp" line="59"/>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location filename="../ui/plandescription.cpp" line="61"/>
        <source>constant &apos;%1&apos;</source>
        <translation>Konstante „%1“</translation>
    </message>
    <message>
        <location filename="../ui/plandescription.cpp" line="67"/>
        <source>From %1 to %2</source>
        <translation>Von %1 nach %2</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="36"/>
        <source>Barge migration report</source>
        <translation>Barge-Migrationsbericht</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="43"/>
        <source>From &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;, started %3, took %4 s. Status: &lt;b&gt;%5&lt;/b&gt;.</source>
        <translation>Von &lt;b&gt;%1&lt;/b&gt; nach &lt;b&gt;%2&lt;/b&gt;, gestartet %3, Dauer %4 s. Status: &lt;b&gt;%5&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="49"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="51"/>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="54"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="54"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="54"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="54"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="54"/>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="55"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="55"/>
        <source>Rejects file or error</source>
        <translation>Datei der abgewiesenen Zeilen oder Fehler</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="58"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>barge::AccessDatabase</name>
    <message>
        <location filename="../core/io/access/accessdatabase.cpp" line="105"/>
        <source>%1: no such Access database</source>
        <translation>%1: keine solche Access-Datenbank</translation>
    </message>
    <message>
        <location filename="../core/io/access/accessdatabase.cpp" line="122"/>
        <source>%1: not an Access database, or a damaged one</source>
        <translation>%1: keine Access-Datenbank, oder eine beschädigte</translation>
    </message>
    <message>
        <location filename="../core/io/access/accessdatabase.cpp" line="197"/>
        <source>%1 has no table &apos;%2&apos; (it has: %3)</source>
        <translation>%1 hat keine Tabelle „%2“ (vorhanden sind: %3)</translation>
    </message>
</context>
<context>
    <name>barge::AccessForm</name>
    <message numerus="yes">
        <location filename="../ui/endpoints/accessform.cpp" line="31"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/endpoints/accessform.cpp" line="49"/>
        <source>The database has no tables of its own.</source>
        <translation>Die Datenbank hat keine eigenen Tabellen.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/accessform.cpp" line="98"/>
        <source>Access databases (*.mdb *.accdb);;All files (*)</source>
        <translation>Access-Datenbanken (*.mdb *.accdb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/accessform.cpp" line="99"/>
        <source>Source Access database file</source>
        <translation>Access-Datenbankdatei der Quelle</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/accessform.cpp" line="100"/>
        <source>orders.mdb</source>
        <translation>bestellungen.mdb</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/accessform.cpp" line="106"/>
        <source>Code page of Access 97 files</source>
        <translation>Codepage von Access-97-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/accessform.cpp" line="109"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/accessform.cpp" line="110"/>
        <source>Code &amp;page (Access 97):</source>
        <translation>&amp;Codepage (Access 97):</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/accessform.cpp" line="111"/>
        <source>Tables, keys, indexes and enforced relationships are read through mdbtools. Access 2000 and later store Unicode; an Access 97 file&apos;s text is read as windows-1252 unless you name its code page.</source>
        <translation>Tabellen, Schlüssel, Indizes und erzwungene Beziehungen werden über mdbtools gelesen. Access 2000 und neuer speichern Unicode; der Text einer Access-97-Datei wird als windows-1252 gelesen, sofern Sie keine andere Codepage nennen.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/accessform.cpp" line="118"/>
        <source>Table to preview</source>
        <translation>Tabelle für die Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/accessform.cpp" line="119"/>
        <source>Pre&amp;view table:</source>
        <translation>&amp;Vorschau-Tabelle:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/accessform.cpp" line="125"/>
        <source>First rows</source>
        <translation>Erste Zeilen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpoints/accessform.cpp" line="157"/>
        <source>The first %n row(s) of table %1; point at a column&apos;s name for its type.</source>
        <translation>
            <numerusform>Die erste Zeile der Tabelle %1; zeigen Sie auf einen Spaltennamen, um seinen Typ zu sehen.</numerusform>
            <numerusform>Die ersten %n Zeilen der Tabelle %1; zeigen Sie auf einen Spaltennamen, um seinen Typ zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpoints/accessform.cpp" line="159"/>
        <source>The first %n row(s) of table %1; the ones in red cannot be read (point at one to see why).</source>
        <translation>
            <numerusform>Die erste Zeile der Tabelle %1; ist sie rot, kann sie nicht gelesen werden (zeigen Sie darauf, um den Grund zu sehen).</numerusform>
            <numerusform>Die ersten %n Zeilen der Tabelle %1; die roten können nicht gelesen werden (zeigen Sie auf eine, um den Grund zu sehen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/endpoints/accessform.cpp" line="191"/>
        <source>Choose an Access database file.</source>
        <translation>Wählen Sie eine Access-Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/accessform.cpp" line="194"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/accessform.cpp" line="196"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>barge::AccessTableReader</name>
    <message>
        <location filename="../core/io/access/accesstablereader.cpp" line="59"/>
        <source>%1: cannot read table %2</source>
        <translation>%1: Tabelle %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/io/access/accesstablereader.cpp" line="73"/>
        <source>%1 table %2 row %3</source>
        <translation>%1, Tabelle %2, Zeile %3</translation>
    </message>
    <message>
        <location filename="../core/io/access/accesstablereader.cpp" line="107"/>
        <source>column %1: a number of %2 bytes</source>
        <translation>Spalte %1: eine Zahl aus %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/io/access/accesstablereader.cpp" line="129"/>
        <source>column %1: the value is longer than %L2 bytes, which is all libmdb hands over</source>
        <translation>Spalte %1: der Wert ist länger als %L2 Bytes, mehr gibt libmdb nicht heraus</translation>
    </message>
</context>
<context>
    <name>barge::Backend</name>
    <message>
        <location filename="../core/io/backend.cpp" line="19"/>
        <source>%1 endpoints cannot be read by this build of Barge (%2)</source>
        <translation>Quellen und Ziele vom Typ %1 kann diese Version von Barge nicht lesen (%2)</translation>
    </message>
    <message>
        <location filename="../core/io/backend.cpp" line="21"/>
        <source>%1 endpoints cannot be written by this build of Barge (%2)</source>
        <translation>Quellen und Ziele vom Typ %1 kann diese Version von Barge nicht beschreiben (%2)</translation>
    </message>
</context>
<context>
    <name>barge::Checkpoint</name>
    <message>
        <location filename="../core/engine/checkpoint.cpp" line="140"/>
        <source>cannot write the checkpoint %1: %2</source>
        <translation>der Wiederaufsetzpunkt %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/engine/checkpoint.cpp" line="162"/>
        <source>%1 is not a Barge checkpoint of version %2</source>
        <translation>%1 ist kein Barge-Wiederaufsetzpunkt der Version %2</translation>
    </message>
    <message>
        <location filename="../core/engine/checkpoint.cpp" line="179"/>
        <source>%1: a table has no valid state</source>
        <translation>%1: eine Tabelle hat keinen gültigen Zustand</translation>
    </message>
    <message>
        <location filename="../core/engine/checkpoint.cpp" line="203"/>
        <source>%1: a range of table %2 is not valid</source>
        <translation>%1: ein Bereich der Tabelle %2 ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/engine/checkpoint.cpp" line="213"/>
        <source>%1: the checkpoint is incomplete</source>
        <translation>%1: der Wiederaufsetzpunkt ist unvollständig</translation>
    </message>
</context>
<context>
    <name>barge::ClaimTable</name>
    <message>
        <location filename="../core/worker/claimtable.cpp" line="38"/>
        <source>--worker needs a PostgreSQL or MariaDB target: workers on several machines share the run through the target, and a SQLite file is not safely shared over a network (use --jobs on one machine)</source>
        <translation>--worker braucht ein PostgreSQL- oder MariaDB-Ziel: Worker auf mehreren Rechnern teilen sich den Lauf über das Ziel, und eine SQLite-Datei lässt sich über ein Netzwerk nicht sicher teilen (auf einem Rechner: --jobs)</translation>
    </message>
    <message>
        <location filename="../core/worker/claimtable.cpp" line="40"/>
        <source>--worker needs a PostgreSQL or MariaDB target: a file target keeps no claims</source>
        <translation>--worker braucht ein PostgreSQL- oder MariaDB-Ziel: ein Dateiziel führt keine Zuteilungen</translation>
    </message>
    <message>
        <location filename="../core/worker/claimtable.cpp" line="101"/>
        <location filename="../core/worker/claimtable.cpp" line="116"/>
        <source>cannot create the claims tables</source>
        <translation>die Zuteilungstabellen lassen sich nicht anlegen</translation>
    </message>
    <message>
        <location filename="../core/worker/claimtable.cpp" line="84"/>
        <location filename="../core/worker/claimtable.cpp" line="127"/>
        <source>cannot read the job</source>
        <translation>der Auftrag lässt sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../core/worker/claimtable.cpp" line="160"/>
        <location filename="../core/worker/claimtable.cpp" line="167"/>
        <location filename="../core/worker/claimtable.cpp" line="191"/>
        <location filename="../core/worker/claimtable.cpp" line="194"/>
        <source>cannot seed the job</source>
        <translation>der Auftrag lässt sich nicht anlegen</translation>
    </message>
    <message>
        <location filename="../core/worker/claimtable.cpp" line="222"/>
        <location filename="../core/worker/claimtable.cpp" line="230"/>
        <source>cannot claim work</source>
        <translation>es lässt sich keine Arbeit übernehmen</translation>
    </message>
    <message>
        <location filename="../core/worker/claimtable.cpp" line="282"/>
        <source>cannot renew this worker&apos;s claims</source>
        <translation>die Zuteilungen dieses Workers lassen sich nicht erneuern</translation>
    </message>
    <message>
        <location filename="../core/worker/claimtable.cpp" line="298"/>
        <source>cannot record finished work</source>
        <translation>erledigte Arbeit lässt sich nicht vermerken</translation>
    </message>
    <message>
        <location filename="../core/worker/claimtable.cpp" line="309"/>
        <source>cannot give work back</source>
        <translation>Arbeit lässt sich nicht zurückgeben</translation>
    </message>
    <message>
        <location filename="../core/worker/claimtable.cpp" line="333"/>
        <location filename="../core/worker/claimtable.cpp" line="383"/>
        <location filename="../core/worker/claimtable.cpp" line="404"/>
        <source>cannot read the job&apos;s progress</source>
        <translation>der Fortschritt des Auftrags lässt sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../core/worker/claimtable.cpp" line="357"/>
        <source>cannot read the job&apos;s reports</source>
        <translation>die Berichte des Auftrags lassen sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../core/worker/claimtable.cpp" line="389"/>
        <source>cannot remove the job</source>
        <translation>der Auftrag lässt sich nicht entfernen</translation>
    </message>
</context>
<context>
    <name>barge::CodePage</name>
    <message>
        <location filename="../core/io/codepage.cpp" line="118"/>
        <source>unknown encoding &apos;%1&apos;</source>
        <translation>unbekannte Kodierung „%1“</translation>
    </message>
    <message>
        <location filename="../core/io/codepage.cpp" line="120"/>
        <source>%1 is not a single-byte encoding</source>
        <translation>%1 ist keine Ein-Byte-Kodierung</translation>
    </message>
</context>
<context>
    <name>barge::Copybook</name>
    <message>
        <location filename="../core/io/fixed/copybook.cpp" line="92"/>
        <source>%1 has a PICTURE and items under it</source>
        <translation>%1 hat eine PICTURE-Klausel und zugleich untergeordnete Datenfelder</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybook.cpp" line="127"/>
        <source>%1 has a PICTURE and a USAGE that needs none</source>
        <translation>%1 hat eine PICTURE-Klausel und eine USAGE, die keine braucht</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybook.cpp" line="141"/>
        <source>%1 has no PICTURE</source>
        <translation>%1 hat keine PICTURE-Klausel</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybook.cpp" line="145"/>
        <source>%1 is text, which can only be DISPLAY</source>
        <translation>%1 ist Text und kann nur DISPLAY sein</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybook.cpp" line="163"/>
        <source>SIGN applies to DISPLAY numbers only (on %1)</source>
        <translation>SIGN gilt nur für DISPLAY-Zahlen (bei %1)</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybook.cpp" line="179"/>
        <source>%1 is binary with more than 18 digits</source>
        <translation>%1 ist binär und hat mehr als 18 Stellen</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybook.cpp" line="203"/>
        <location filename="../core/io/fixed/copybook.cpp" line="219"/>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ist größer als %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybook.cpp" line="205"/>
        <location filename="../core/io/fixed/copybook.cpp" line="223"/>
        <source>%1 has more than %2 columns</source>
        <translation>%1 hat mehr als %2 Spalten</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybook.cpp" line="282"/>
        <source>the column %1 is also described on line %2</source>
        <translation>die Spalte %1 wird auch in Zeile %2 beschrieben</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybook.cpp" line="309"/>
        <source>a second record (%1) follows %2; a copybook may describe one</source>
        <translation>auf %2 folgt ein zweiter Datensatz (%1); ein Copybook darf nur einen Datensatz beschreiben</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybook.cpp" line="320"/>
        <source>the copybook describes no data item</source>
        <translation>das Copybook beschreibt kein Datenfeld</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybook.cpp" line="342"/>
        <source>the record has no named elementary item</source>
        <translation>der Datensatz hat kein benanntes elementares Datenfeld</translation>
    </message>
</context>
<context>
    <name>barge::CopybookItem</name>
    <message>
        <location filename="../core/io/fixed/copybookitem.cpp" line="116"/>
        <source>USAGE without a usage</source>
        <translation>USAGE ohne Angabe der Verwendung</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookitem.cpp" line="134"/>
        <source>REDEFINES is not supported (%1 redefines %2)</source>
        <translation>REDEFINES wird nicht unterstützt (%1 redefiniert %2)</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookitem.cpp" line="139"/>
        <source>%1 is not supported (on %2)</source>
        <translation>%1 wird nicht unterstützt (bei %2)</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookitem.cpp" line="143"/>
        <source>BLANK without WHEN ZERO</source>
        <translation>BLANK ohne WHEN ZERO</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookitem.cpp" line="147"/>
        <source>&apos;%1&apos; is not understood (in the entry of %2)</source>
        <translation>„%1“ wird nicht verstanden (im Eintrag von %2)</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookitem.cpp" line="154"/>
        <source>PICTURE without a picture string</source>
        <translation>PICTURE ohne Picture-Zeichenfolge</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookitem.cpp" line="156"/>
        <source>%1 has two PICTURE clauses</source>
        <translation>%1 hat zwei PICTURE-Klauseln</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookitem.cpp" line="173"/>
        <source>USAGE %1 is not supported (on %2)</source>
        <translation>USAGE %1 wird nicht unterstützt (bei %2)</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookitem.cpp" line="183"/>
        <source>SIGN without LEADING or TRAILING</source>
        <translation>SIGN ohne LEADING oder TRAILING</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookitem.cpp" line="200"/>
        <source>OCCURS needs a count from 1 to %1</source>
        <translation>OCCURS braucht eine Anzahl von 1 bis %1</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookitem.cpp" line="202"/>
        <location filename="../core/io/fixed/copybookitem.cpp" line="205"/>
        <source>OCCURS DEPENDING ON is not supported (on %1)</source>
        <translation>OCCURS DEPENDING ON wird nicht unterstützt (bei %1)</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookitem.cpp" line="226"/>
        <source>copybook line %1: %2</source>
        <translation>Copybook-Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookitem.cpp" line="238"/>
        <source>expected a level number, found &apos;%1&apos;</source>
        <translation>Stufennummer erwartet, aber „%1“ gefunden</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookitem.cpp" line="244"/>
        <source>RENAMES (level 66) is not supported</source>
        <translation>RENAMES (Stufe 66) wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookitem.cpp" line="248"/>
        <source>level %1 is not supported (01-49, 77 and 88 are)</source>
        <translation>Stufe %1 wird nicht unterstützt (nur 01-49, 77 und 88)</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookitem.cpp" line="254"/>
        <source>&apos;%1&apos; is not a data name</source>
        <translation>„%1“ ist kein Datenname</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookitem.cpp" line="263"/>
        <source>SIGN on %1, whose PICTURE has no S</source>
        <translation>SIGN bei %1, dessen PICTURE kein S enthält</translation>
    </message>
</context>
<context>
    <name>barge::CopybookPicture</name>
    <message>
        <location filename="../core/io/fixed/copybookpicture.cpp" line="35"/>
        <source>PICTURE %1 has a bad repeat count</source>
        <translation>PICTURE %1 hat eine ungültige Wiederholungsanzahl</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookpicture.cpp" line="43"/>
        <source>edited PICTURE %1 is not supported (only X, A, 9, S, V and P)</source>
        <translation>PICTURE %1 mit Aufbereitungszeichen wird nicht unterstützt (nur X, A, 9, S, V und P)</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookpicture.cpp" line="47"/>
        <source>national or DBCS PICTURE %1 is not supported</source>
        <translation>PICTURE %1 für nationale oder DBCS-Zeichen wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookpicture.cpp" line="51"/>
        <source>&apos;%1&apos; in PICTURE %2 is no picture symbol</source>
        <translation>„%1“ in PICTURE %2 ist kein PICTURE-Symbol</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookpicture.cpp" line="57"/>
        <source>the PICTURE is empty</source>
        <translation>die PICTURE-Klausel ist leer</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookpicture.cpp" line="69"/>
        <source>PICTURE %1 mixes text (X, A) with %2</source>
        <translation>PICTURE %1 mischt Text (X, A) mit %2</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookpicture.cpp" line="75"/>
        <source>PICTURE %1 is too long</source>
        <translation>PICTURE %1 ist zu lang</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookpicture.cpp" line="89"/>
        <source>PICTURE %1 is not a valid numeric picture</source>
        <translation>PICTURE %1 ist keine gültige numerische PICTURE-Angabe</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/copybookpicture.cpp" line="121"/>
        <source>PICTURE %1 has more than %2 digits</source>
        <translation>PICTURE %1 hat mehr als %2 Stellen</translation>
    </message>
</context>
<context>
    <name>barge::CsvDialect</name>
    <message>
        <location filename="../core/io/csv/csvdialect.cpp" line="23"/>
        <source>invalid value &apos;%1&apos; for CSV option &apos;%2&apos; (%3)</source>
        <translation>ungültiger Wert „%1“ für die CSV-Option „%2“ (%3)</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvdialect.cpp" line="83"/>
        <source>%1 is a multi-byte encoding, which Barge does not read; use UTF-8, UTF-16 or a single-byte code page such as windows-1252 or ISO-8859-2</source>
        <translation>%1 ist eine Mehrbyte-Kodierung, die Barge nicht liest; verwenden Sie UTF-8, UTF-16 oder eine Ein-Byte-Codepage wie windows-1252 oder ISO-8859-2</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvdialect.cpp" line="89"/>
        <source>%1 is not ASCII-compatible (EBCDIC); a CSV file needs UTF-8, UTF-16 or an ASCII-compatible single-byte code page</source>
        <translation>%1 ist nicht ASCII-kompatibel (EBCDIC); eine CSV-Datei braucht UTF-8, UTF-16 oder eine ASCII-kompatible Ein-Byte-Codepage</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvdialect.cpp" line="93"/>
        <source>unknown encoding &apos;%1&apos; (use UTF-8, UTF-16 or a single-byte code page such as latin1, windows-1250..1258, ISO-8859-2..16, KOI8-R, IBM437)</source>
        <translation>unbekannte Kodierung „%1“ (verwenden Sie UTF-8, UTF-16 oder eine Ein-Byte-Codepage wie latin1, windows-1250..1258, ISO-8859-2..16, KOI8-R, IBM437)</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvdialect.cpp" line="120"/>
        <source>one character, or tab, comma, semicolon, pipe</source>
        <translation>ein Zeichen oder tab, comma, semicolon, pipe</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvdialect.cpp" line="131"/>
        <source>one character, or none</source>
        <translation>ein Zeichen oder none</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvdialect.cpp" line="136"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvdialect.cpp" line="147"/>
        <source>unknown CSV option &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte CSV-Option „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvdialect.cpp" line="157"/>
        <source>CSV options &apos;delimiter&apos; and &apos;decimal&apos; cannot both be &apos;%1&apos;</source>
        <translation>Die CSV-Optionen &apos;delimiter&apos; und &apos;decimal&apos; können nicht beide &apos;%1&apos; sein</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvdialect.cpp" line="161"/>
        <source>CSV options &apos;delimiter&apos; and &apos;quote&apos; cannot both be &apos;%1&apos;</source>
        <translation>die CSV-Optionen „delimiter“ und „quote“ können nicht beide „%1“ sein</translation>
    </message>
</context>
<context>
    <name>barge::CsvEncodingChoice</name>
    <message>
        <location filename="../core/io/csv/csvencodingchoice.cpp" line="37"/>
        <source>%1 is not UTF-8, and no encoding Barge reads fits it; name its encoding with the encoding option (?encoding=...)</source>
        <translation>%1 ist nicht UTF-8, und keine Kodierung, die Barge liest, passt dazu; nennen Sie die Kodierung mit der Option encoding (?encoding=...)</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvencodingchoice.cpp" line="40"/>
        <source>%1 is not UTF-8, and its encoding is not clear: perhaps %2; name it with the encoding option, such as ?encoding=%3</source>
        <translation>%1 ist nicht UTF-8, und die Kodierung ist unklar: vielleicht %2; nennen Sie sie mit der Option encoding, etwa ?encoding=%3</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvencodingchoice.cpp" line="79"/>
        <source>others: UTF-8</source>
        <translation>andere: UTF-8</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvencodingchoice.cpp" line="80"/>
        <source>the files in %1 are in different encodings (%2); convert them to one, or name the one to use with the encoding option</source>
        <translation>die Dateien in %1 haben verschiedene Kodierungen (%2); bringen Sie sie auf eine, oder nennen Sie die zu verwendende mit der Option encoding</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvencodingchoice.cpp" line="87"/>
        <source>%1 is not UTF-8; reading it as %2 (confidence %3%); add ?encoding=%2 to say so</source>
        <translation>%1 ist nicht UTF-8; wird als %2 gelesen (Sicherheit %3 %); fügen Sie ?encoding=%2 hinzu, um das festzulegen</translation>
    </message>
</context>
<context>
    <name>barge::CsvForm</name>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="47"/>
        <source>%1: only 0 and 1</source>
        <translation>%1: nur 0 und 1</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="63"/>
        <source>One &amp;file</source>
        <translation>Eine &amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="64"/>
        <source>A f&amp;older of .csv files (one table each)</source>
        <translation>Ein &amp;Ordner mit .csv-Dateien (je eine Tabelle)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="73"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="74"/>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="75"/>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="76"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="77"/>
        <source>Pipe |</source>
        <translation>Senkrechter Strich |</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="79"/>
        <source>Double quote &quot;</source>
        <translation>Doppeltes Anführungszeichen &quot;</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="80"/>
        <source>Single quote &apos;</source>
        <translation>Einfaches Anführungszeichen &apos;</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="81"/>
        <source>None</source>
        <translation>Keins</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="82"/>
        <source>First line &amp;holds the column names</source>
        <translation>Erste Zeile enthält die Spaltenna&amp;men</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="95"/>
        <source>empty field</source>
        <translation>leeres Feld</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="98"/>
        <source>Source CSV path</source>
        <translation>Pfad der Quell-CSV</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="98"/>
        <source>Target CSV path</source>
        <translation>Pfad der Ziel-CSV</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="99"/>
        <source>One CSV file</source>
        <translation>Eine CSV-Datei</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="100"/>
        <source>A folder of CSV files</source>
        <translation>Ein Ordner mit CSV-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="101"/>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="102"/>
        <source>Quote character</source>
        <translation>Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="103"/>
        <source>First line holds the column names</source>
        <translation>Erste Zeile enthält die Spaltennamen</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="104"/>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="105"/>
        <source>Text that means NULL</source>
        <translation>Text, der NULL bedeutet</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="114"/>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="120"/>
        <source>&amp;Delimiter, quote, encoding:</source>
        <translation>T&amp;rennzeichen, Anführung, Kodierung:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="126"/>
        <source>NU&amp;LL is written as:</source>
        <translation>NULL w&amp;ird geschrieben als:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="127"/>
        <source>Local formats:</source>
        <translation>Lokale Formate:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="131"/>
        <source>File to preview</source>
        <translation>Datei für die Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="133"/>
        <source>Pre&amp;view file:</source>
        <translation>&amp;Vorschau der Datei:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="186"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="187"/>
        <source>folder holding .csv files</source>
        <translation>Ordner mit .csv-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="187"/>
        <source>file.csv</source>
        <translation>datei.csv</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="255"/>
        <source>Detected: %1, %2% confident</source>
        <translation>Erkannt: %1, zu %2 % sicher</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="261"/>
        <source>This file is not UTF-8, and no encoding fits it well: choose one.</source>
        <translation>Diese Datei ist nicht UTF-8, und keine Kodierung passt gut: wählen Sie eine.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="265"/>
        <source>This file is not UTF-8. Shown as %1, the likeliest of %2: check the preview and choose another encoding if the text looks wrong.</source>
        <translation>Diese Datei ist nicht UTF-8. Angezeigt als %1, die wahrscheinlichste von %2: bitte die Vorschau prüfen und eine andere Kodierung wählen, wenn der Text falsch aussieht.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="347"/>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="347"/>
        <source>Choose a CSV file.</source>
        <translation>Wählen Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="350"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="352"/>
        <source>%1 is a folder; choose “A folder of .csv files” or a file.</source>
        <translation>%1 ist ein Ordner; wählen Sie „Ein Ordner mit .csv-Dateien“ oder eine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="354"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="356"/>
        <source>%1 is a folder; choose “A folder of .csv files” or a file name.</source>
        <translation>%1 ist ein Ordner; wählen Sie „Ein Ordner mit .csv-Dateien“ oder einen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>barge::CsvIntrospector</name>
    <message>
        <location filename="../core/io/csv/csvintrospector.cpp" line="205"/>
        <source>%1: no such CSV folder</source>
        <translation>%1: diesen CSV-Ordner gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvintrospector.cpp" line="205"/>
        <source>%1: no such CSV file</source>
        <translation>%1: diese CSV-Datei gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvintrospector.cpp" line="331"/>
        <source>only the full parser reads this file&apos;s encoding or quoting, so no record start can be proven without reading it from the start</source>
        <translation>nur der vollständige Parser liest die Kodierung oder die Anführungszeichen dieser Datei, daher lässt sich kein Datensatzanfang nachweisen, ohne sie von vorn zu lesen</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvintrospector.cpp" line="428"/>
        <source>CsvScanner cannot read this input</source>
        <translation>CsvScanner kann diese Eingabe nicht lesen</translation>
    </message>
</context>
<context>
    <name>barge::CsvParser</name>
    <message>
        <location filename="../core/io/csv/csvparser.cpp" line="164"/>
        <source>could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvparser.cpp" line="163"/>
        <source>the CSV input</source>
        <translation>die CSV-Eingabe</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvparser.cpp" line="388"/>
        <source>unterminated quoted field starting at line %1</source>
        <translation>nicht geschlossenes Feld in Anführungszeichen ab Zeile %1</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvparser.cpp" line="480"/>
        <source>NUL byte in field %1 at line %2</source>
        <translation>NUL-Byte in Feld %1 in Zeile %2</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvparser.cpp" line="488"/>
        <source>byte</source>
        <translation>Byte</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvparser.cpp" line="489"/>
        <source>character</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvparser.cpp" line="513"/>
        <source>the CSV input is not open for reading</source>
        <translation>die CSV-Eingabe ist nicht zum Lesen geöffnet</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvparser.cpp" line="537"/>
        <source>cannot go to byte %1 of the CSV input: %2</source>
        <translation>Byte %1 der CSV-Eingabe ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvparser.cpp" line="604"/>
        <source>invalid %1 in field %2 at line %3, %4 %5 of the line</source>
        <translation>ungültiges %1 in Feld %2 in Zeile %3, %4 %5 der Zeile</translation>
    </message>
</context>
<context>
    <name>barge::CsvPreview</name>
    <message>
        <location filename="../ui/csvpreview.cpp" line="108"/>
        <source>First lines of the file as written</source>
        <translation>Erste Zeilen der Datei, wie sie geschrieben sind</translation>
    </message>
    <message>
        <location filename="../ui/csvpreview.cpp" line="114"/>
        <source>First rows as Barge reads them</source>
        <translation>Erste Zeilen, wie Barge sie liest</translation>
    </message>
    <message>
        <location filename="../ui/csvpreview.cpp" line="145"/>
        <source>Choose a CSV file to see its first lines here.</source>
        <translation>Wählen Sie eine CSV-Datei, um hier ihre ersten Zeilen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/csvpreview.cpp" line="153"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/csvpreview.cpp" line="165"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/csvpreview.cpp" line="184"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvpreview.cpp" line="185"/>
        <source>%1: first %n row(s)</source>
        <translation>
            <numerusform>%1: erste Zeile</numerusform>
            <numerusform>%1: erste %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvpreview.cpp" line="186"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/csvpreview.cpp" line="187"/>
        <source>delimiter “%1”.</source>
        <translation>Trennzeichen „%1“.</translation>
    </message>
</context>
<context>
    <name>barge::CsvScanner</name>
    <message>
        <location filename="../core/io/csv/csvscanner.cpp" line="171"/>
        <source>could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvscanner.cpp" line="172"/>
        <source>the CSV input</source>
        <translation>die CSV-Eingabe</translation>
    </message>
</context>
<context>
    <name>barge::CsvTableReader</name>
    <message>
        <location filename="../core/io/csv/csvtablereader.cpp" line="35"/>
        <source> line %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvtablereader.cpp" line="74"/>
        <source>%1 changed since it was split into parts: the bytes around byte %2 (line %3) are not the ones seen then. Start the run over.</source>
        <translation>%1 wurde geändert, seit die Datei in Teile aufgeteilt wurde: Die Bytes um Byte %2 (Zeile %3) sind nicht mehr die damals gelesenen. Beginnen Sie den Lauf neu.</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvtablereader.cpp" line="115"/>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/csv/csvtablereader.cpp" line="152"/>
        <source>expected %1 field(s), found %2</source>
        <translation>
            <numerusform>%1 Feld erwartet, %2 gefunden</numerusform>
            <numerusform>%1 Felder erwartet, %2 gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::CsvTableWriter</name>
    <message>
        <location filename="../core/io/csv/csvtablewriter.cpp" line="34"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>barge::CsvWriter</name>
    <message>
        <location filename="../core/io/csv/csvwriter.cpp" line="42"/>
        <source>unsupported encoding &apos;%1&apos;</source>
        <translation>nicht unterstützte Zeichenkodierung „%1“</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvwriter.cpp" line="125"/>
        <source>field %1: &apos;%2&apos; (U+%3) has no byte in %4</source>
        <translation>Feld %1: „%2“ (U+%3) hat kein Byte in %4</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvwriter.cpp" line="185"/>
        <source>the output device is gone</source>
        <translation>das Ausgabegerät ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvwriter.cpp" line="194"/>
        <source>&apos;%1&apos; (U+%2) has no byte in %3</source>
        <translation>„%1“ (U+%2) hat kein Byte in %3</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvwriter.cpp" line="224"/>
        <source>the CSV output</source>
        <translation>die CSV-Ausgabe</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvwriter.cpp" line="225"/>
        <source>could not write to %1: %2</source>
        <translation>in %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>barge::DemoDatabase</name>
    <message>
        <location filename="../core/demo/demodatabase.cpp" line="15"/>
        <source>%1 already exists; the demo database is only written to a new file</source>
        <translation>%1 existiert bereits; die Demo-Datenbank wird nur in eine neue Datei geschrieben</translation>
    </message>
    <message>
        <location filename="../core/demo/demodatabase.cpp" line="20"/>
        <source>the demo script is missing from this build</source>
        <translation>das Demo-Skript fehlt in dieser Version</translation>
    </message>
    <message>
        <location filename="../core/demo/demodatabase.cpp" line="31"/>
        <source>creating the demo database failed: %1</source>
        <translation>das Anlegen der Demo-Datenbank ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>barge::Dialect</name>
    <message>
        <location filename="../core/schema/dialect.cpp" line="17"/>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
</context>
<context>
    <name>barge::EncodingDetector</name>
    <message>
        <location filename="../core/io/encodingdetector.cpp" line="119"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>barge::Endpoint</name>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="88"/>
        <source>%1 URL: %2</source>
        <translation>%1-URL: %2</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="118"/>
        <source>bad percent-encoding %1in %2 (write %25 for a literal %)</source>
        <translation>%2: fehlerhafte Prozentkodierung %1(schreiben Sie %25 für ein %-Zeichen)</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="130"/>
        <source>%1 is not valid UTF-8 after percent-decoding</source>
        <translation>%1 ist nach der Prozentdekodierung kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="140"/>
        <source>an option name</source>
        <translation>ein Optionsname</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="143"/>
        <source>option &apos;%1&apos; has no value (write %1=...)</source>
        <translation>die Option „%1“ hat keinen Wert (schreiben Sie %1=...)</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="145"/>
        <source>option &apos;%1&apos;</source>
        <translation>die Option „%1“</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="148"/>
        <source>option &apos;%1&apos; is given twice</source>
        <translation>die Option „%1“ ist doppelt angegeben</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="168"/>
        <source>option &apos;%1&apos; needs a value</source>
        <translation>die Option „%1“ braucht einen Wert</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="171"/>
        <source>%1 &apos;%2&apos; is not a whole number of seconds</source>
        <translation>%1 „%2“ ist keine ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="174"/>
        <source>%1 &apos;%2&apos; is not an absolute path</source>
        <translation>%1 „%2“ ist kein absoluter Pfad</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="182"/>
        <source>%1 &apos;%2&apos; is not one of %3</source>
        <translation>%1 „%2“ ist keiner der Werte %3</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="187"/>
        <source>unknown option &apos;%1&apos; (%2 URLs take no options)</source>
        <translation>unbekannte Option „%1“ (%2-URLs haben keine Optionen)</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="188"/>
        <source>unknown option &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Option „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="202"/>
        <source>unexpected host &apos;%1&apos; after &apos;%2://&apos;; use three slashes for an absolute path (%2:///abs/path) or none for a relative one (%2:relative/path)</source>
        <translation>unerwarteter Host „%1“ nach „%2://“; schreiben Sie drei Schrägstriche für einen absoluten Pfad (%2:///abs/path) oder keinen für einen relativen (%2:relative/path)</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="208"/>
        <source>the file path</source>
        <translation>der Dateipfad</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="214"/>
        <source>missing file path (%1)</source>
        <translation>der Dateipfad fehlt (%1)</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="219"/>
        <source>path &apos;%1&apos; names a folder; expected %2</source>
        <translation>der Pfad „%1“ nennt einen Ordner; erwartet wird %2</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="239"/>
        <source>the user name</source>
        <translation>der Benutzername</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="241"/>
        <source>the password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="249"/>
        <source>port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>der Port „%1“ ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="261"/>
        <source>IPv6 address &apos;%1&apos; is missing its closing &apos;]&apos;</source>
        <translation>der IPv6-Adresse „%1“ fehlt die schließende „]“</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="264"/>
        <source>&apos;%1&apos; is not an IPv6 address</source>
        <translation>„%1“ ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="267"/>
        <source>unexpected &apos;%1&apos; after the IPv6 address (expected :port)</source>
        <translation>unerwartetes „%1“ nach der IPv6-Adresse (erwartet wird :port)</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="272"/>
        <source>host &apos;%1&apos; has more than one &apos;:&apos;; write an IPv6 address in brackets, e.g. [::1]:5432</source>
        <translation>der Host „%1“ enthält mehr als einen „:“; schreiben Sie eine IPv6-Adresse in eckigen Klammern, z. B. [::1]:5432</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="283"/>
        <source>host &apos;%1&apos; contains &apos;%2&apos;</source>
        <translation>der Host „%1“ enthält „%2“</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="297"/>
        <source>host is given both as &apos;%1&apos; and as ?%2=%3; give one</source>
        <translation>der Host ist sowohl als „%1“ als auch als ?%2=%3 angegeben; geben Sie nur eines an</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="300"/>
        <source>?%1= is only used with host localhost or no host, not &apos;%2&apos;</source>
        <translation>?%1= gilt nur mit dem Host localhost oder ohne Host, nicht mit „%2“</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="307"/>
        <source>expected &apos;//&apos; after &apos;%1:&apos; (%1://user@host/database)</source>
        <translation>nach „%1:“ wird „//“ erwartet (%1://user@host/database)</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="325"/>
        <source>missing database name (%1://user@host/DATABASE)</source>
        <translation>der Datenbankname fehlt (%1://user@host/DATABASE)</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="327"/>
        <source>database name &apos;%1&apos; contains &apos;/&apos; (write %2F if it is part of the name)</source>
        <translation>der Datenbankname „%1“ enthält „/“ (schreiben Sie %2F, wenn er zum Namen gehört)</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="329"/>
        <source>the database name</source>
        <translation>der Datenbankname</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="351"/>
        <source>empty URL</source>
        <translation>leere URL</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="358"/>
        <source> in &apos;%1&apos;</source>
        <translation> in „%1“</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="362"/>
        <source>missing URL scheme%1 (write e.g. sqlite:shop.db, csv:data.csv or postgresql://user@host/db)</source>
        <translation>das URL-Schema fehlt%1 (schreiben Sie z. B. sqlite:shop.db, csv:data.csv oder postgresql://user@host/db)</translation>
    </message>
    <message>
        <location filename="../core/endpoint/endpoint.cpp" line="371"/>
        <source>unknown URL scheme &apos;%1&apos; (known: %2)</source>
        <translation>unbekanntes URL-Schema „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvbackend.cpp" line="32"/>
        <source>csv:///abs/file.csv or csv:relative/folder/</source>
        <translation>csv:///abs/file.csv oder csv:relative/folder/</translation>
    </message>
    <message>
        <location filename="../core/io/csv/csvbackend.cpp" line="33"/>
        <source>a CSV file</source>
        <translation>eine CSV-Datei</translation>
    </message>
    <message>
        <location filename="../core/io/sqlite/sqlitebackend.cpp" line="23"/>
        <source>sqlite:///abs/path.db or sqlite:relative/path.db</source>
        <translation>sqlite:///abs/path.db oder sqlite:relative/path.db</translation>
    </message>
    <message>
        <location filename="../core/io/sqlite/sqlitebackend.cpp" line="24"/>
        <source>a database file</source>
        <translation>eine Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonlbackend.cpp" line="35"/>
        <source>jsonl:///abs/file.jsonl or jsonl:relative/folder/</source>
        <translation>jsonl:///abs/datei.jsonl oder jsonl:relativer/ordner/</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonlbackend.cpp" line="36"/>
        <source>a JSON Lines file</source>
        <translation>eine JSON-Lines-Datei</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonlbackend.cpp" line="39"/>
        <source>json:///abs/file.json or json:relative/folder/</source>
        <translation>json:///abs/datei.json oder json:relativer/ordner/</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonlbackend.cpp" line="40"/>
        <source>a JSON file (one array of objects)</source>
        <translation>eine JSON-Datei (ein Array von Objekten)</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/fixedbackend.cpp" line="31"/>
        <source>fixed:///abs/file.dat?layout=layout.json</source>
        <translation>fixed:///abs/file.dat?layout=layout.json</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/fixedbackend.cpp" line="32"/>
        <source>a fixed-width or mainframe file</source>
        <translation>eine Datei mit festen Feldbreiten oder eine Mainframe-Datei</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxbackend.cpp" line="26"/>
        <source>xlsx:///abs/book.xlsx or xlsx:relative/folder/</source>
        <translation>xlsx:///abs/mappe.xlsx oder xlsx:relativer/ordner/</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxbackend.cpp" line="27"/>
        <source>an Excel workbook (.xlsx)</source>
        <translation>eine Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <location filename="../core/io/access/accessbackend.cpp" line="22"/>
        <source>access:///abs/file.mdb or access:relative/file.accdb</source>
        <translation>access:///abs/datei.mdb oder access:relativer/pfad/datei.accdb</translation>
    </message>
    <message>
        <location filename="../core/io/access/accessbackend.cpp" line="23"/>
        <source>an Access database (.mdb, .accdb)</source>
        <translation>eine Access-Datenbank (.mdb, .accdb)</translation>
    </message>
</context>
<context>
    <name>barge::EndpointForm</name>
    <message>
        <location filename="../ui/endpointform.cpp" line="26"/>
        <source>Source kind</source>
        <translation>Art der Quelle</translation>
    </message>
    <message>
        <location filename="../ui/endpointform.cpp" line="26"/>
        <source>Target kind</source>
        <translation>Art des Ziels</translation>
    </message>
    <message>
        <location filename="../ui/endpointform.cpp" line="41"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/endpointform.cpp" line="42"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/endpointform.cpp" line="49"/>
        <source>Tables found</source>
        <translation>Gefundene Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/endpointform.cpp" line="60"/>
        <source>Continue an&amp;yway, without a working connection</source>
        <translation>Trotzdem &amp;fortfahren, ohne funktionierende Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/endpointform.cpp" line="61"/>
        <source>Continue anyway</source>
        <translation>Trotzdem fortfahren</translation>
    </message>
    <message>
        <location filename="../ui/endpointform.cpp" line="66"/>
        <source>&amp;Read from:</source>
        <translation>&amp;Lesen aus:</translation>
    </message>
    <message>
        <location filename="../ui/endpointform.cpp" line="66"/>
        <source>&amp;Write to:</source>
        <translation>&amp;Schreiben nach:</translation>
    </message>
    <message>
        <location filename="../ui/endpointform.cpp" line="119"/>
        <source>Click Test connection again to check your changes.</source>
        <translation>Klicken Sie erneut auf „Verbindung testen“, um Ihre Änderungen zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpointform.cpp" line="250"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpointform.cpp" line="251"/>
        <source>Tables (%n): %1</source>
        <translation>
            <numerusform>Tabelle (%n): %1</numerusform>
            <numerusform>Tabellen (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/endpointform.cpp" line="264"/>
        <source>The settings changed during the test; click Test connection again.</source>
        <translation>Die Einstellungen haben sich während des Tests geändert; klicken Sie erneut auf „Verbindung testen“.</translation>
    </message>
    <message>
        <location filename="../ui/endpointform.cpp" line="234"/>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut …</translation>
    </message>
</context>
<context>
    <name>barge::EndpointKinds</name>
    <message>
        <location filename="../core/io/fixed/fixedbackend.cpp" line="19"/>
        <source>Fixed-width/mainframe</source>
        <translation>Festbreiten-/Großrechnerdateien</translation>
    </message>
</context>
<context>
    <name>barge::FieldMappingModel</name>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="148"/>
        <source>The target column %1 is NOT NULL; map a source column or give a default.</source>
        <translation>Die Zielspalte %1 ist NOT NULL; ordnen Sie eine Quellspalte zu oder geben Sie einen Standardwert an.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="150"/>
        <source>The target column %1 is NOT NULL but gets no value.</source>
        <translation>Die Zielspalte %1 ist NOT NULL, bekommt aber keinen Wert.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="168"/>
        <source>A copied field has no target column name.</source>
        <translation>Ein kopiertes Feld hat keinen Namen für die Zielspalte.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="170"/>
        <source>The target column %1 appears twice.</source>
        <translation>Die Zielspalte %1 kommt zweimal vor.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="174"/>
        <source>No field is copied into %1.</source>
        <translation>In %1 wird kein Feld kopiert.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="216"/>
        <source>constant</source>
        <translation>Konstante</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="216"/>
        <source>nothing (NULL)</source>
        <translation>nichts (NULL)</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="222"/>
        <source>Copied. Uncheck to leave this field out.</source>
        <translation>Wird kopiert. Haken entfernen, um das Feld auszulassen.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="223"/>
        <source>Not copied. Check to copy this field.</source>
        <translation>Wird nicht kopiert. Anhaken, um das Feld zu kopieren.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="226"/>
        <source>(constant or NULL)</source>
        <translation>(Konstante oder NULL)</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="249"/>
        <source>Written as %1.</source>
        <translation>Geschrieben als %1.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="250"/>
        <source>Lossy: %1</source>
        <translation>Verlustbehaftet: %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="278"/>
        <source>Part of the primary key.</source>
        <translation>Teil des Primärschlüssels.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="288"/>
        <source>Checked: the target column refuses NULL; such rows are rejected.</source>
        <translation>Angehakt: Die Zielspalte lehnt NULL ab; solche Zeilen werden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="302"/>
        <source>Written instead of NULL when the source has no value.</source>
        <translation>Wird statt NULL geschrieben, wenn die Quelle keinen Wert hat.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="374"/>
        <source>Source column</source>
        <translation>Quellspalte</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="376"/>
        <source>Target column</source>
        <translation>Zielspalte</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="378"/>
        <source>Target type</source>
        <translation>Zieltyp</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="380"/>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="382"/>
        <source>Constant</source>
        <translation>Konstante</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="384"/>
        <source>Default for NULL</source>
        <translation>Standardwert für NULL</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="42"/>
        <source>“%1” is not a type Barge knows. Use one such as int64, decimal(12,2), text(40) or datetime.</source>
        <translation>„%1“ ist kein Typ, den Barge kennt. Möglich sind etwa int64, decimal(12,2), text(40) oder datetime.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="44"/>
        <source>“%1” is not a type Barge knows. Use one such as int64, decimal(12,2) or text(40), or a %2 name such as %3.</source>
        <translation>„%1“ ist kein Typ, den Barge kennt. Möglich sind etwa int64, decimal(12,2) oder text(40) oder ein Typname von %2 wie %3.</translation>
    </message>
</context>
<context>
    <name>barge::FieldMappingPage</name>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="29"/>
        <source>Field mapping</source>
        <translation>Feldzuordnung</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="30"/>
        <source>Choose what goes into each target column. The preview shows the first rows exactly as they will be written; red cells would be rejected.</source>
        <translation>Legen Sie fest, was in jede Zielspalte kommt. Die Vorschau zeigt die ersten Zeilen genau so, wie sie geschrieben werden; rote Zellen würden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="33"/>
        <source>Table to map</source>
        <translation>Zuzuordnende Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="34"/>
        <source>&amp;Match by name</source>
        <translation>Nach &amp;Namen zuordnen</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="35"/>
        <source>Pair every target column with the source column of the same name again.</source>
        <translation>Jede Zielspalte wieder der gleichnamigen Quellspalte zuordnen.</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="37"/>
        <source>A nested object of the source is either flattened into a column per field (address.city, address.zip) or kept as one JSON column (address).</source>
        <translation>Ein verschachteltes Objekt der Quelle wird entweder in eine Spalte je Feld aufgeteilt (address.city, address.zip) oder als eine JSON-Spalte behalten (address).</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="42"/>
        <location filename="../ui/fieldmappingpage.cpp" line="43"/>
        <source>Find a column</source>
        <translation>Spalte suchen</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="44"/>
        <source>Shows only the columns whose target or source name holds this text.</source>
        <translation>Zeigt nur die Spalten, deren Ziel- oder Quellname diesen Text enthält.</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="49"/>
        <source>Field mappings</source>
        <translation>Feldzuordnungen</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="81"/>
        <source>Preview of the rows as they will be written</source>
        <translation>Vorschau der Zeilen, wie sie geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="90"/>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="248"/>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet …</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="272"/>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="272"/>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="285"/>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="297"/>
        <source>✖ rejected</source>
        <translation>✖ abgewiesen</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="378"/>
        <source>&amp;Flatten “%1” into fields</source>
        <translation>„%1“ in Felder &amp;aufteilen</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="382"/>
        <source>&amp;Keep “%1” as one JSON column</source>
        <translation>„%1“ als eine JSON-Spalte &amp;behalten</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="411"/>
        <source>Reading %1 again…</source>
        <translation>%1 wird erneut gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="442"/>
        <source>%1 could not be read again: %2</source>
        <translation>%1 konnte nicht erneut gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="443"/>
        <source>“%1” holds no nested object in %2, so nothing changed.</source>
        <translation>„%1“ ist in %2 kein verschachteltes Objekt; nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fieldmappingpage.cpp" line="270"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="317"/>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="319"/>
        <source>Preview: %1 has no rows to show.</source>
        <translation>Vorschau: %1 enthält keine Zeilen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fieldmappingpage.cpp" line="321"/>
        <source>Preview: the first %n row(s) as they will be written.</source>
        <translation>
            <numerusform>Vorschau: die erste Zeile, wie sie geschrieben wird.</numerusform>
            <numerusform>Vorschau: die ersten %n Zeilen, wie sie geschrieben werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fieldmappingpage.cpp" line="324"/>
        <source>Preview: %n cell(s) would be rejected; hover over a red cell for the reason.</source>
        <translation>
            <numerusform>Vorschau: %n Zelle würde abgewiesen; der Grund steht im Tooltip der roten Zelle.</numerusform>
            <numerusform>Vorschau: %n Zellen würden abgewiesen; der Grund steht im Tooltip der roten Zellen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="342"/>
        <source>To continue: %1</source>
        <translation>Zum Fortfahren: %1</translation>
    </message>
</context>
<context>
    <name>barge::FilePathEdit</name>
    <message>
        <location filename="../ui/filepathedit.cpp" line="17"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/filepathedit.cpp" line="48"/>
        <source>Browse for %1</source>
        <translation>%1 auswählen</translation>
    </message>
</context>
<context>
    <name>barge::FixedForm</name>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="90"/>
        <source>Record files (*.dat *.txt *.fwf *.bin);;All files (*)</source>
        <translation>Datensatzdateien (*.dat *.txt *.fwf *.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="91"/>
        <source>file.dat</source>
        <translation>datei.dat</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="93"/>
        <source>Layouts and copybooks (*.json *.cpy *.cbl *.cob *.txt);;All files (*)</source>
        <translation>Layouts und Copybooks (*.json *.cpy *.cbl *.cob *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="94"/>
        <source>layout.json or copybook.cpy</source>
        <translation>layout.json oder copybook.cpy</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="109"/>
        <source>As the layout says</source>
        <translation>Wie im Layout angegeben</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="110"/>
        <source>Lines (text)</source>
        <translation>Zeilen (Text)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="111"/>
        <source>Fixed length (F, FB)</source>
        <translation>Feste Länge (F, FB)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="112"/>
        <source>Variable (V, with record descriptor words)</source>
        <translation>Variabel (V, mit Satzdeskriptorwörtern)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="113"/>
        <source>Variable blocked (VB)</source>
        <translation>Variabel geblockt (VB)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="116"/>
        <source>the layout&apos;s</source>
        <translation>aus dem Layout</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="117"/>
        <source>Source record file path</source>
        <translation>Pfad der Quell-Datensatzdatei</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="117"/>
        <source>Target record file path</source>
        <translation>Pfad der Ziel-Datensatzdatei</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="118"/>
        <source>Layout or copybook</source>
        <translation>Layout oder Copybook</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="119"/>
        <source>Code page</source>
        <translation>Codepage</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="120"/>
        <source>Record format</source>
        <translation>Datensatzformat</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="121"/>
        <source>Record length in bytes</source>
        <translation>Datensatzlänge in Bytes</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="125"/>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="127"/>
        <source>&amp;Edit layout…</source>
        <translation>Layout &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="129"/>
        <source>Set the columns on the first records under a ruler, or start from a copybook</source>
        <translation>Die Spalten an den ersten Datensätzen unter einem Lineal festlegen oder von einem Copybook ausgehen</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="134"/>
        <location filename="../ui/endpoints/fixedform.cpp" line="139"/>
        <source>La&amp;yout or copybook:</source>
        <translation>La&amp;yout oder Copybook:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="144"/>
        <source>&amp;Length:</source>
        <translation>Lä&amp;nge:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="149"/>
        <source>Code pa&amp;ge, records:</source>
        <translation>Codepa&amp;ge, Datensätze:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="161"/>
        <source>Decoded records</source>
        <translation>Dekodierte Datensätze</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpoints/fixedform.cpp" line="221"/>
        <source>The first %n record(s), decoded by the layout.</source>
        <translation>
            <numerusform>%n Datensatz vom Dateianfang, mit dem Layout dekodiert.</numerusform>
            <numerusform>%n Datensätze vom Dateianfang, mit dem Layout dekodiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpoints/fixedform.cpp" line="222"/>
        <source>The first %n record(s), decoded by the layout; the ones in red cannot be read (point at one to see why).</source>
        <translation>
            <numerusform>%n Datensatz vom Dateianfang, mit dem Layout dekodiert; ist er rot, kann er nicht gelesen werden (zeigen Sie darauf, um den Grund zu sehen).</numerusform>
            <numerusform>%n Datensätze vom Dateianfang, mit dem Layout dekodiert; die roten können nicht gelesen werden (zeigen Sie auf einen, um den Grund zu sehen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="277"/>
        <source>Choose a record file.</source>
        <translation>Wählen Sie eine Datensatzdatei.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="279"/>
        <location filename="../ui/endpoints/fixedform.cpp" line="283"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="281"/>
        <source>Choose its layout file or COBOL copybook.</source>
        <translation>Wählen Sie die zugehörige Layoutdatei oder das COBOL-Copybook.</translation>
    </message>
</context>
<context>
    <name>barge::FixedIntrospector</name>
    <message>
        <location filename="../core/io/fixed/fixedintrospector.cpp" line="26"/>
        <source>%1: no such record file</source>
        <translation>%1: diese Datensatzdatei gibt es nicht</translation>
    </message>
</context>
<context>
    <name>barge::FixedLayoutDialog</name>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="69"/>
        <source>zoned %1</source>
        <translation>gezont %1</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="71"/>
        <source>packed %1</source>
        <translation>gepackt %1</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="73"/>
        <source>binary %1</source>
        <translation>binär %1</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="82"/>
        <source>Layout of %1</source>
        <translation>Layout von %1</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="83"/>
        <source>Click the ruler or the records where a column starts; click a line again to take it away, or drag it. Name the columns below (a column without a name is skipped); a type left empty is found from the values.</source>
        <translation>Klicken Sie auf das Lineal oder die Datensätze, wo eine Spalte beginnt; ein erneuter Klick auf eine Linie entfernt sie, oder ziehen Sie sie. Benennen Sie die Spalten unten (eine Spalte ohne Namen wird übersprungen); ein leer gelassener Typ wird aus den Werten ermittelt.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="88"/>
        <source>Records under a ruler</source>
        <translation>Datensätze unter einem Lineal</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="93"/>
        <source>&amp;Guess columns</source>
        <translation>Spalten &amp;erraten</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="94"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="95"/>
        <source>Start from a layout or &amp;copybook…</source>
        <translation>Von einem Layout oder &amp;Copybook ausgehen…</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="103"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="103"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="103"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="103"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="103"/>
        <source>First record</source>
        <translation>Erster Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="107"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="110"/>
        <source>Layout files (*.json)</source>
        <translation>Layout-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="111"/>
        <source>Save the layout as</source>
        <translation>Layout speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="112"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="120"/>
        <source>Save and &amp;use</source>
        <translation>Speichern und &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="136"/>
        <source>Layout or copybook</source>
        <translation>Layout oder Copybook</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="137"/>
        <source>Layouts and copybooks (*.json *.cpy *.cbl *.cob *.txt);;All files (*)</source>
        <translation>Layouts und Copybooks (*.json *.cpy *.cbl *.cob *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="175"/>
        <source>Unknown record format &apos;%1&apos;.</source>
        <translation>Unbekanntes Datensatzformat „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="185"/>
        <source>Fixed-length records: give the record length on the form first.</source>
        <translation>Datensätze fester Länge: geben Sie zuerst im Formular die Datensatzlänge an.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="191"/>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="215"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="224"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="251"/>
        <source>Started from %1.</source>
        <translation>Ausgehend von %1.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="303"/>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="308"/>
        <source>from the values</source>
        <translation>aus den Werten</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="309"/>
        <source>Type of %1</source>
        <translation>Typ von %1</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="335"/>
        <source>Name at least one column.</source>
        <translation>Benennen Sie mindestens eine Spalte.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="343"/>
        <source>Column %1: &apos;%2&apos; is not a type (int64, decimal(12,2), date, datetime, boolean...).</source>
        <translation>Spalte %1: „%2“ ist kein Typ (int64, decimal(12,2), date, datetime, boolean …).</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="350"/>
        <source>Choose where to save the layout.</source>
        <translation>Wählen Sie, wo das Layout gespeichert werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedlayoutdialog.cpp" line="360"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>barge::FixedSource</name>
    <message>
        <location filename="../core/io/fixed/fixedsource.cpp" line="22"/>
        <source>a fixed: URL names its layout with either layout=FILE.json or copybook=FILE.cpy</source>
        <translation>eine fixed:-URL nennt ihr Layout entweder mit layout=FILE.json oder mit copybook=FILE.cpy</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/fixedsource.cpp" line="28"/>
        <location filename="../core/io/fixed/fixedsource.cpp" line="36"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/fixedsource.cpp" line="53"/>
        <source>invalid value &apos;%1&apos; for option &apos;recfm&apos; (text, F, FB, V or VB)</source>
        <translation>ungültiger Wert „%1“ für die Option „recfm“ (text, F, FB, V oder VB)</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/fixedsource.cpp" line="57"/>
        <source>%1 has no line ends Barge can split on: give the record format (recfm=F, FB, V or VB)</source>
        <translation>%1 hat keine Zeilenenden, an denen Barge die Datensätze trennen kann: geben Sie das Datensatzformat an (recfm=F, FB, V oder VB)</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/fixedsource.cpp" line="66"/>
        <source>invalid value &apos;%1&apos; for option &apos;lrecl&apos; (the record length in bytes, at least the layout&apos;s %2)</source>
        <translation>ungültiger Wert „%1“ für die Option „lrecl“ (die Datensatzlänge in Bytes, mindestens die %2 des Layouts)</translation>
    </message>
</context>
<context>
    <name>barge::FixedTableReader</name>
    <message>
        <location filename="../core/io/fixed/fixedtablereader.cpp" line="33"/>
        <source> record %1</source>
        <translation>, Datensatz %1</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/fixedtablereader.cpp" line="63"/>
        <source>field %1: %2</source>
        <translation>Feld %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/fixed/fixedtablereader.cpp" line="92"/>
        <source>%1 byte(s) past the layout&apos;s last field (byte %2 on): &apos;%3&apos;</source>
        <translation>
            <numerusform>%1 Byte hinter dem letzten Feld des Layouts (ab Byte %2): „%3“</numerusform>
            <numerusform>%1 Bytes hinter dem letzten Feld des Layouts (ab Byte %2): „%3“</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/io/fixed/fixedtablereader.cpp" line="102"/>
        <source>byte %1 of the file: %2</source>
        <translation>Byte %1 der Datei: %2</translation>
    </message>
</context>
<context>
    <name>barge::FixedTableWriter</name>
    <message>
        <location filename="../core/io/fixed/fixedtablewriter.cpp" line="36"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/fixedtablewriter.cpp" line="54"/>
        <source>%1: column %2 has no field in the layout (map it to one of its fields, or leave it out)</source>
        <translation>%1: für die Spalte %2 gibt es kein Feld im Layout (ordnen Sie sie einem seiner Felder zu, oder lassen Sie sie weg)</translation>
    </message>
</context>
<context>
    <name>barge::FormatBox</name>
    <message>
        <location filename="../ui/endpoints/formatbox.cpp" line="30"/>
        <source>1234.56 (as in code)</source>
        <translation>1234.56 (wie im Code)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/formatbox.cpp" line="35"/>
        <source>1234,56 (no thousands)</source>
        <translation>1234,56 (ohne Tausendertrennung)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/formatbox.cpp" line="36"/>
        <source>17,50&amp;-</source>
        <translation>17,50&amp;-</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/formatbox.cpp" line="37"/>
        <source>Read a minus sign after the number, as old exports write it</source>
        <translation>Ein Minuszeichen nach der Zahl lesen, wie alte Exporte es schreiben</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/formatbox.cpp" line="43"/>
        <source>2023-12-31 (as in code)</source>
        <translation>2023-12-31 (wie im Code)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/formatbox.cpp" line="49"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/formatbox.cpp" line="54"/>
        <source>How numbers are written</source>
        <translation>Wie Zahlen geschrieben sind</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/formatbox.cpp" line="55"/>
        <source>Minus sign after the number</source>
        <translation>Minuszeichen nach der Zahl</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/formatbox.cpp" line="56"/>
        <source>Date pattern</source>
        <translation>Datumsmuster</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/formatbox.cpp" line="57"/>
        <source>Words for yes and no</source>
        <translation>Wörter für Ja und Nein</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/formatbox.cpp" line="62"/>
        <source>N&amp;umbers:</source>
        <translation>Za&amp;hlen:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/formatbox.cpp" line="64"/>
        <source>D&amp;ates:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/formatbox.cpp" line="66"/>
        <source>&amp;Yes/no:</source>
        <translation>&amp;Ja/Nein:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/formatbox.cpp" line="89"/>
        <source>&amp;Read them so</source>
        <translation>&amp;So lesen</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/formatbox.cpp" line="90"/>
        <source>Use the proposed formats</source>
        <translation>Die vorgeschlagenen Formate verwenden</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/formatbox.cpp" line="164"/>
        <source>This file looks written with local formats: %1.</source>
        <translation>Diese Datei scheint lokale Formate zu verwenden: %1.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/formatbox.cpp" line="166"/>
        <source>The dates do not tell whether the day or the month comes first: check the date pattern.</source>
        <translation>Die Daten verraten nicht, ob der Tag oder der Monat zuerst steht: bitte das Datumsmuster prüfen.</translation>
    </message>
</context>
<context>
    <name>barge::GeometryText</name>
    <message numerus="yes">
        <location filename="../core/schema/geometrytext.cpp" line="52"/>
        <source>has %1 byte(s) after its geometry</source>
        <translation>
            <numerusform>hat %1 Byte nach seiner Geometrie</numerusform>
            <numerusform>hat %1 Bytes nach seiner Geometrie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/schema/geometrytext.cpp" line="68"/>
        <source>ends at byte %1 in the middle of a geometry</source>
        <translation>endet bei Byte %1 mitten in einer Geometrie</translation>
    </message>
    <message>
        <location filename="../core/schema/geometrytext.cpp" line="95"/>
        <source>claims %1 parts in %2 bytes</source>
        <translation>gibt %1 Teile in %2 Bytes an</translation>
    </message>
    <message>
        <location filename="../core/schema/geometrytext.cpp" line="103"/>
        <location filename="../core/schema/geometrytext.cpp" line="387"/>
        <source>nests collections deeper than %1</source>
        <translation>verschachtelt Sammlungen tiefer als %1</translation>
    </message>
    <message>
        <location filename="../core/schema/geometrytext.cpp" line="108"/>
        <source>has byte order %1 at byte %2, not 0 or 1</source>
        <translation>hat bei Byte %2 die Bytereihenfolge %1, nicht 0 oder 1</translation>
    </message>
    <message>
        <location filename="../core/schema/geometrytext.cpp" line="128"/>
        <source>has geometry type %1, which is none of OGC&apos;s seven</source>
        <translation>hat den Geometrietyp %1, der keiner der sieben Typen des OGC ist</translation>
    </message>
    <message>
        <location filename="../core/schema/geometrytext.cpp" line="130"/>
        <source>has a %1 inside a %2</source>
        <translation>hat ein %1 innerhalb eines %2</translation>
    </message>
    <message>
        <location filename="../core/schema/geometrytext.cpp" line="152"/>
        <source>has an infinite coordinate</source>
        <translation>hat eine unendliche Koordinate</translation>
    </message>
    <message>
        <location filename="../core/schema/geometrytext.cpp" line="175"/>
        <source>has a point without coordinates inside a line or ring</source>
        <translation>hat einen Punkt ohne Koordinaten innerhalb einer Linie oder eines Rings</translation>
    </message>
    <message>
        <location filename="../core/schema/geometrytext.cpp" line="256"/>
        <source>has text after its geometry at character %1</source>
        <translation>hat bei Zeichen %1 Text nach seiner Geometrie</translation>
    </message>
    <message>
        <location filename="../core/schema/geometrytext.cpp" line="271"/>
        <source>has %1 where %2 belongs (character %3)</source>
        <translation>hat %1, wo %2 hingehört (Zeichen %3)</translation>
    </message>
    <message>
        <location filename="../core/schema/geometrytext.cpp" line="272"/>
        <source>its end</source>
        <translation>sein Ende</translation>
    </message>
    <message>
        <location filename="../core/schema/geometrytext.cpp" line="332"/>
        <source>a coordinate</source>
        <translation>eine Koordinate</translation>
    </message>
    <message>
        <location filename="../core/schema/geometrytext.cpp" line="401"/>
        <source>does not start with a geometry type</source>
        <translation>beginnt nicht mit einem Geometrietyp</translation>
    </message>
    <message>
        <location filename="../core/schema/geometrytext.cpp" line="402"/>
        <source>has &apos;%1&apos;, which is no geometry type</source>
        <translation>hat „%1“, das kein Geometrietyp ist</translation>
    </message>
    <message>
        <location filename="../core/schema/geometrytext.cpp" line="499"/>
        <source>has an SRID= prefix without a number and &apos;;&apos;</source>
        <translation>hat ein Präfix SRID= ohne Zahl und „;“</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/schema/geometrytext.cpp" line="521"/>
        <source>is %1 byte(s), too short for a geometry</source>
        <translation>
            <numerusform>ist %1 Byte lang, zu kurz für eine Geometrie</numerusform>
            <numerusform>ist %1 Bytes lang, zu kurz für eine Geometrie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/schema/geometrytext.cpp" line="557"/>
        <source>has Z or M coordinates, which MariaDB&apos;s geometry cannot hold</source>
        <translation>hat Z- oder M-Koordinaten, die eine Geometrie in MariaDB nicht aufnehmen kann</translation>
    </message>
</context>
<context>
    <name>barge::IntervalText</name>
    <message>
        <location filename="../core/schema/intervaltext.cpp" line="103"/>
        <source>has months or years, which have no fixed length in hours</source>
        <translation>enthält Monate oder Jahre, die keine feste Länge in Stunden haben</translation>
    </message>
    <message>
        <location filename="../core/schema/intervaltext.cpp" line="109"/>
        <location filename="../core/schema/intervaltext.cpp" line="114"/>
        <source>is too long to count in hours</source>
        <translation>ist zu lang, um in Stunden gezählt zu werden</translation>
    </message>
    <message>
        <location filename="../core/schema/intervaltext.cpp" line="120"/>
        <source>is beyond MariaDB&apos;s TIME range of -838:59:59 to 838:59:59</source>
        <translation>liegt außerhalb des TIME-Bereichs von MariaDB (-838:59:59 bis 838:59:59)</translation>
    </message>
</context>
<context>
    <name>barge::Introspector</name>
    <message>
        <location filename="../core/io/introspector.h" line="42"/>
        <source>this kind of source cannot measure its values</source>
        <translation>diese Art von Quelle kann die Länge ihrer Werte nicht messen</translation>
    </message>
    <message>
        <location filename="../core/io/introspector.h" line="52"/>
        <source>this kind of source cannot be split by key</source>
        <translation>diese Art von Quelle lässt sich nicht nach Schlüssel aufteilen</translation>
    </message>
    <message>
        <location filename="../core/io/introspector.h" line="63"/>
        <source>this kind of source cannot be split by records</source>
        <translation>diese Art von Quelle lässt sich nicht nach Datensätzen aufteilen</translation>
    </message>
</context>
<context>
    <name>barge::JsonArrayReader</name>
    <message>
        <location filename="../core/io/jsonl/jsonarrayreader.cpp" line="97"/>
        <source>line %1: text after the array&apos;s closing ] (&apos;%2&apos;)</source>
        <translation>Zeile %1: Text nach der schließenden ] des Arrays („%2“)</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonarrayreader.cpp" line="120"/>
        <source>the file is empty; a JSON file holds one array of objects</source>
        <translation>die Datei ist leer; eine JSON-Datei enthält ein Array von Objekten</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonarrayreader.cpp" line="123"/>
        <source>line %1: a JSON file holds one array of objects ([{...}, {...}]); this one starts with &apos;%2&apos; (JSON Lines, one object a line, is the jsonl: kind)</source>
        <translation>Zeile %1: eine JSON-Datei enthält ein Array von Objekten ([{...}, {...}]); diese beginnt mit „%2“ (JSON Lines, ein Objekt je Zeile, ist die Art jsonl:)</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonarrayreader.cpp" line="129"/>
        <source>the file ends inside the array, before its first element: it may be truncated</source>
        <translation>die Datei endet im Array vor seinem ersten Element: sie ist vielleicht abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonarrayreader.cpp" line="138"/>
        <source>the file ends after element %1 (line %2) without the array&apos;s closing ]: it may be truncated</source>
        <translation>die Datei endet nach Element %1 (Zeile %2) ohne die schließende ] des Arrays: sie ist vielleicht abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonarrayreader.cpp" line="147"/>
        <source>line %1: &apos;,&apos; or &apos;]&apos; expected after element %2, found &apos;%3&apos;</source>
        <translation>Zeile %1: nach Element %2 wird „,“ oder „]“ erwartet, gefunden „%3“</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonarrayreader.cpp" line="150"/>
        <source>the file ends after element %1 and a comma: it may be truncated</source>
        <translation>die Datei endet nach Element %1 und einem Komma: sie ist vielleicht abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonarrayreader.cpp" line="153"/>
        <source>line %1: a comma before the array&apos;s closing ] (no element %2)</source>
        <translation>Zeile %1: ein Komma vor der schließenden ] des Arrays (kein Element %2)</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonarrayreader.cpp" line="172"/>
        <source>the file ends inside element %1 (from line %2): it may be truncated</source>
        <translation>die Datei endet in Element %1 (ab Zeile %2): sie ist vielleicht abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonarrayreader.cpp" line="229"/>
        <source>element longer than %1 MB</source>
        <translation>Element länger als %1 MB</translation>
    </message>
</context>
<context>
    <name>barge::JsonText</name>
    <message>
        <location filename="../core/schema/jsontext.cpp" line="423"/>
        <location filename="../core/schema/jsontext.cpp" line="447"/>
        <source>is not a JSON array</source>
        <translation>ist kein JSON-Array</translation>
    </message>
    <message>
        <location filename="../core/schema/jsontext.cpp" line="437"/>
        <source>has an element that is not a string</source>
        <translation>hat ein Element, das keine Zeichenkette ist</translation>
    </message>
</context>
<context>
    <name>barge::JsonlForm</name>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="119"/>
        <source>One &amp;file</source>
        <translation>Eine &amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="121"/>
        <source>A f&amp;older of .jsonl files (one table each)</source>
        <translation>Ein &amp;Ordner mit .jsonl-Dateien (je eine Tabelle)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="133"/>
        <source>Source JSON Lines path</source>
        <translation>Pfad der JSON-Lines-Quelle</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="133"/>
        <source>Target JSON Lines path</source>
        <translation>Pfad des JSON-Lines-Ziels</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="134"/>
        <source>One JSON Lines file</source>
        <translation>Eine JSON-Lines-Datei</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="135"/>
        <source>A folder of JSON Lines files</source>
        <translation>Ein Ordner mit JSON-Lines-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="145"/>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="153"/>
        <source>One JSON object per line. Nested objects become columns named parent.child; arrays become JSON columns.</source>
        <translation>Ein JSON-Objekt je Zeile. Verschachtelte Objekte werden zu Spalten namens eltern.kind, Arrays zu JSON-Spalten.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="149"/>
        <source>One JSON object per row, with typed values.</source>
        <translation>Ein JSON-Objekt je Zeile, mit typisierten Werten.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="46"/>
        <source>The folder holds no such files.</source>
        <translation>Der Ordner enthält keine solchen Dateien.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="120"/>
        <source>A f&amp;older of .json files (one table each)</source>
        <translation>Ein &amp;Ordner mit .json-Dateien (je eine Tabelle)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="129"/>
        <source>Source JSON path</source>
        <translation>Pfad der JSON-Quelle</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="129"/>
        <source>Target JSON path</source>
        <translation>Pfad des JSON-Ziels</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="130"/>
        <source>One JSON file</source>
        <translation>Eine JSON-Datei</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="131"/>
        <source>A folder of JSON files</source>
        <translation>Ein Ordner mit JSON-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="148"/>
        <source>One array of JSON objects, one per row, with typed values.</source>
        <translation>Ein Array von JSON-Objekten, eines je Zeile, mit typisierten Werten.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="151"/>
        <source>One array of JSON objects ([{...}, {...}]), read as it streams. Nested objects become columns named parent.child; arrays become JSON columns.</source>
        <translation>Ein Array von JSON-Objekten ([{...}, {...}]), fortlaufend gelesen. Verschachtelte Objekte werden zu Spalten namens eltern.kind, Arrays zu JSON-Spalten.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="164"/>
        <source>First records</source>
        <translation>Erste Datensätze</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpoints/jsonlform.cpp" line="197"/>
        <source>The first %n record(s) of %1; point at a column&apos;s name for the type these records suggest (the plan reads every record).</source>
        <translation>
            <numerusform>Der erste Datensatz von %1; zeigen Sie auf einen Spaltennamen für den Typ, den dieser Datensatz nahelegt (der Plan liest jeden Datensatz).</numerusform>
            <numerusform>Die ersten %n Datensätze von %1; zeigen Sie auf einen Spaltennamen für den Typ, den diese Datensätze nahelegen (der Plan liest jeden Datensatz).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpoints/jsonlform.cpp" line="199"/>
        <source>The first %n record(s) of %1; the ones in red cannot be read (point at one to see why).</source>
        <translation>
            <numerusform>Der erste Datensatz von %1; rot dargestellte können nicht gelesen werden (zeigen Sie darauf, um den Grund zu sehen).</numerusform>
            <numerusform>Die ersten %n Datensätze von %1; die roten können nicht gelesen werden (zeigen Sie auf einen, um den Grund zu sehen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="214"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="215"/>
        <source>folder holding .json files</source>
        <translation>Ordner mit .json-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="215"/>
        <source>file.json</source>
        <translation>datei.json</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="217"/>
        <source>JSON Lines files (*.jsonl *.ndjson);;All files (*)</source>
        <translation>JSON-Lines-Dateien (*.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="218"/>
        <source>folder holding .jsonl files</source>
        <translation>Ordner mit .jsonl-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="218"/>
        <source>file.jsonl</source>
        <translation>datei.jsonl</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="250"/>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="250"/>
        <source>Choose a JSON Lines file.</source>
        <translation>Wählen Sie eine JSON-Lines-Datei.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="250"/>
        <source>Choose a JSON file.</source>
        <translation>Wählen Sie eine JSON-Datei.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="253"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="255"/>
        <source>%1 is a folder; choose “A folder of .json files” or a file.</source>
        <translation>%1 ist ein Ordner; wählen Sie „Ein Ordner mit .json-Dateien“ oder eine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="256"/>
        <source>%1 is a folder; choose “A folder of .jsonl files” or a file.</source>
        <translation>%1 ist ein Ordner; wählen Sie „Ein Ordner mit .jsonl-Dateien“ oder eine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="258"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>barge::JsonlIntrospector</name>
    <message>
        <location filename="../core/io/jsonl/jsonlintrospector.cpp" line="68"/>
        <source>%1: no such JSON Lines folder</source>
        <translation>%1: diesen JSON-Lines-Ordner gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonlintrospector.cpp" line="69"/>
        <source>%1: no such JSON Lines file</source>
        <translation>%1: diese JSON-Lines-Datei gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonlintrospector.cpp" line="220"/>
        <source>json=%1: no record has a nested object of that name, so nothing is kept whole</source>
        <translation>json=%1: kein Datensatz hat ein verschachteltes Objekt dieses Namens, daher wird nichts als Ganzes behalten</translation>
    </message>
</context>
<context>
    <name>barge::JsonlLayout</name>
    <message>
        <location filename="../core/io/jsonl/jsonllayout.cpp" line="22"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonllayout.cpp" line="23"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonllayout.cpp" line="24"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonllayout.cpp" line="25"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonllayout.cpp" line="26"/>
        <source>an empty object</source>
        <translation>ein leeres Objekt</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonllayout.cpp" line="27"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonllayout.cpp" line="37"/>
        <source>key &apos;%1&apos;: an object where %2 was inferred</source>
        <translation>Schlüssel „%1“: ein Objekt, wo %2 erkannt wurde</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonllayout.cpp" line="43"/>
        <source>key &apos;%1&apos;: %2 where an object was found before</source>
        <translation>Schlüssel „%1“: %2, wo zuvor ein Objekt stand</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonllayout.cpp" line="149"/>
        <source>key &apos;%1&apos;: %2 where %3 was inferred</source>
        <translation>Schlüssel „%1“: %2, wo %3 erkannt wurde</translation>
    </message>
</context>
<context>
    <name>barge::JsonlLineParser</name>
    <message>
        <location filename="../core/io/jsonl/jsonllineparser.cpp" line="35"/>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonllineparser.cpp" line="36"/>
        <source>invalid JSON (%1)</source>
        <translation>ungültiges JSON (%1)</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonllineparser.cpp" line="79"/>
        <location filename="../core/io/jsonl/jsonllineparser.cpp" line="137"/>
        <source>key &apos;%1&apos; appears twice</source>
        <translation>Schlüssel „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonllineparser.cpp" line="164"/>
        <source>key &apos;%1&apos;: invalid JSON object</source>
        <translation>Schlüssel „%1“: ungültiges JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonllineparser.cpp" line="178"/>
        <source>key &apos;%1&apos;: invalid JSON array</source>
        <translation>Schlüssel „%1“: ungültiges JSON-Array</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonllineparser.cpp" line="186"/>
        <source>key &apos;%1&apos;: &apos;%2&apos; is not a JSON number</source>
        <translation>Schlüssel „%1“: „%2“ ist keine JSON-Zahl</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonllineparser.cpp" line="209"/>
        <source>key &apos;%1&apos;: invalid JSON value</source>
        <translation>Schlüssel „%1“: ungültiger JSON-Wert</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonllineparser.cpp" line="269"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonllineparser.cpp" line="275"/>
        <source>text after the object</source>
        <translation>Text nach dem Objekt</translation>
    </message>
</context>
<context>
    <name>barge::JsonlLineReader</name>
    <message>
        <location filename="../core/io/jsonl/jsonllinereader.cpp" line="49"/>
        <source>line longer than %1 MB</source>
        <translation>Zeile länger als %1 MB</translation>
    </message>
</context>
<context>
    <name>barge::JsonlTableReader</name>
    <message>
        <location filename="../core/io/jsonl/jsonltablereader.cpp" line="76"/>
        <source>key &apos;%1&apos; was not in the file when it was scanned</source>
        <translation>Schlüssel „%1“ stand noch nicht in der Datei, als sie untersucht wurde</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonltablereader.cpp" line="93"/>
        <source>the records kept from the scan do not match the file&apos;s columns</source>
        <translation>die beim Durchsuchen behaltenen Datensätze passen nicht zu den Spalten der Datei</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonltablereader.cpp" line="54"/>
        <source>key &apos;%1&apos;: %2</source>
        <translation>Schlüssel &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>barge::JsonlTableWriter</name>
    <message>
        <location filename="../core/io/jsonl/jsonltablewriter.cpp" line="43"/>
        <source>%1 is not a JSON number</source>
        <translation>%1 ist keine JSON-Zahl</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonltablewriter.cpp" line="93"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/io/jsonl/jsonltablewriter.cpp" line="146"/>
        <source>%1 is not a JSON array of objects, so rows cannot be appended to it</source>
        <translation>%1 ist kein JSON-Array von Objekten; Zeilen können nicht angehängt werden</translation>
    </message>
</context>
<context>
    <name>barge::KeyRange</name>
    <message>
        <location filename="../core/io/keyrange.cpp" line="18"/>
        <source>lines %1..%2</source>
        <translation>Zeilen %1..%2</translation>
    </message>
    <message>
        <location filename="../core/io/keyrange.cpp" line="23"/>
        <source>pages %1..%2</source>
        <translation>Seiten %1..%2</translation>
    </message>
</context>
<context>
    <name>barge::KindForms</name>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="15"/>
        <source>SQLite database file</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="55"/>
        <source>CSV file or folder</source>
        <translation>CSV-Datei oder -Ordner</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="106"/>
        <source>JSON Lines file or folder</source>
        <translation>JSON-Lines-Datei oder -Ordner</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/jsonlform.cpp" line="110"/>
        <source>JSON file or folder</source>
        <translation>JSON-Datei oder -Ordner</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="20"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="27"/>
        <source>MariaDB / MySQL server</source>
        <translation>MariaDB-/MySQL-Server</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/fixedform.cpp" line="42"/>
        <source>Fixed-width or mainframe file</source>
        <translation>Datei mit festen Feldbreiten oder Mainframe-Datei</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="95"/>
        <source>Excel workbook or folder</source>
        <translation>Excel-Arbeitsmappe oder Ordner</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/accessform.cpp" line="90"/>
        <source>Microsoft Access database file</source>
        <translation>Microsoft-Access-Datenbankdatei</translation>
    </message>
</context>
<context>
    <name>barge::LocalFormat</name>
    <message>
        <location filename="../core/schema/typeinference.cpp" line="342"/>
        <source>%1: values like %2 end in a minus sign; left as text (add minus=trailing to the source URL to read them as negative numbers)</source>
        <translation>%1: Werte wie %2 enden mit einem Minuszeichen; als Text belassen (minus=trailing an die Quell-URL anhängen, um sie als negative Zahlen zu lesen)</translation>
    </message>
    <message>
        <location filename="../core/schema/typeinference.cpp" line="346"/>
        <source>%1: values like %2 could be thousands or a decimal fraction; left as text (map the column to a number type to read them as thousands)</source>
        <translation>%1: Werte wie %2 können Tausender oder Dezimalstellen sein; als Text belassen (die Spalte einem Zahlentyp zuordnen, um sie als Tausender zu lesen)</translation>
    </message>
    <message>
        <location filename="../core/schema/typeinference.cpp" line="355"/>
        <source>%1: %2 from values like %3</source>
        <translation>%1: %2 aus Werten wie %3</translation>
    </message>
    <message>
        <location filename="../core/schema/typeinference.cpp" line="356"/>
        <source>%1: %2 from values like %3 (%4)</source>
        <translation>%1: %2 aus Werten wie %3 (%4)</translation>
    </message>
    <message>
        <location filename="../core/schema/localformat.cpp" line="68"/>
        <source>invalid value &apos;%1&apos; for option &apos;%2&apos; (%3)</source>
        <translation>ungültiger Wert &apos;%1&apos; für die Option &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <location filename="../core/schema/localformat.cpp" line="76"/>
        <source>a language and country such as de_DE, fr_FR, de_CH or en_US</source>
        <translation>eine Sprache und ein Land wie de_DE, fr_FR, de_CH oder en_US</translation>
    </message>
    <message>
        <location filename="../core/schema/localformat.cpp" line="87"/>
        <source>, or .</source>
        <translation>, oder .</translation>
    </message>
    <message>
        <location filename="../core/schema/localformat.cpp" line="96"/>
        <source>. , &apos; space or none</source>
        <translation>. , &apos; space oder none</translation>
    </message>
    <message>
        <location filename="../core/schema/localformat.cpp" line="103"/>
        <source>not the decimal separator</source>
        <translation>nicht das Dezimaltrennzeichen</translation>
    </message>
    <message>
        <location filename="../core/schema/localformat.cpp" line="110"/>
        <source>trailing or leading</source>
        <translation>trailing oder leading</translation>
    </message>
    <message>
        <location filename="../core/schema/localformat.cpp" line="119"/>
        <source>a symbol or code without digits, spaces or signs, such as €, Fr. or CHF</source>
        <translation>ein Symbol oder Kürzel ohne Ziffern, Leerzeichen oder Vorzeichen, etwa €, Fr. oder CHF</translation>
    </message>
    <message>
        <location filename="../core/schema/localformat.cpp" line="124"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../core/schema/localformat.cpp" line="131"/>
        <source>a pattern of d, dd, M, MM, MMM, MMMM, yy and yyyy such as dd.MM.yyyy; several separated by |</source>
        <translation>ein Muster aus d, dd, M, MM, MMM, MMMM, yy und yyyy wie dd.MM.yyyy; mehrere durch | getrennt</translation>
    </message>
    <message>
        <location filename="../core/schema/localformat.cpp" line="139"/>
        <source>a pattern of H, HH, h, mm, ss, zzz and AP such as HH:mm; several separated by |</source>
        <translation>ein Muster aus H, HH, h, mm, ss, zzz und AP wie HH:mm; mehrere durch | getrennt</translation>
    </message>
    <message>
        <location filename="../core/schema/localformat.cpp" line="146"/>
        <source>a year such as 1950</source>
        <translation>ein Jahr wie 1950</translation>
    </message>
    <message>
        <location filename="../core/schema/localformat.cpp" line="153"/>
        <source>the word for true, a slash and the word for false, such as ja/nein</source>
        <translation>das Wort für wahr, ein Schrägstrich und das Wort für falsch, etwa ja/nein</translation>
    </message>
    <message>
        <location filename="../core/schema/localformat.cpp" line="464"/>
        <location filename="../core/schema/localformat.cpp" line="466"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../core/schema/localformat.cpp" line="487"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../core/schema/localformat.cpp" line="493"/>
        <source>&apos;%1&apos; is neither &apos;%2&apos; nor &apos;%3&apos;</source>
        <translation>&apos;%1&apos; ist weder &apos;%2&apos; noch &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../core/schema/localformat.cpp" line="495"/>
        <source>&apos;%1&apos; is not a date or time written %2</source>
        <translation>&apos;%1&apos; ist kein Datum und keine Uhrzeit in der Form %2</translation>
    </message>
    <message>
        <location filename="../core/schema/localformat.cpp" line="496"/>
        <source>&apos;%1&apos; is not a number written like %2</source>
        <translation>&apos;%1&apos; ist keine Zahl in der Schreibweise %2</translation>
    </message>
</context>
<context>
    <name>barge::LocalFormatGuess</name>
    <message>
        <location filename="../core/schema/localformatguess.cpp" line="184"/>
        <location filename="../core/schema/localformatguess.cpp" line="212"/>
        <location filename="../core/schema/localformatguess.cpp" line="222"/>
        <location filename="../core/schema/localformatguess.cpp" line="247"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/schema/localformatguess.cpp" line="288"/>
        <source>the values look written with local formats (%1); add ?%2 to the source URL to read them as numbers, dates and yes/no</source>
        <translation>die Werte scheinen lokale Formate zu verwenden (%1); ?%2 an die Quell-URL anhängen, um sie als Zahlen, Daten und Ja/Nein zu lesen</translation>
    </message>
    <message>
        <location filename="../core/schema/localformatguess.cpp" line="292"/>
        <source> (the dates do not tell whether the day or the month comes first: date=%1)</source>
        <translation> (die Daten verraten nicht, ob der Tag oder der Monat zuerst steht: date=%1)</translation>
    </message>
    <message>
        <location filename="../core/schema/localformatguess.cpp" line="293"/>
        <source> or date=</source>
        <translation> oder date=</translation>
    </message>
</context>
<context>
    <name>barge::MappingWarnings</name>
    <message>
        <location filename="../core/engine/mappingwarnings.cpp" line="20"/>
        <source>%1.%2 is filled from %3, although the source has a column %2.</source>
        <translation>%1.%2 wird aus %3 gefüllt, obwohl die Quelle eine Spalte %2 hat.</translation>
    </message>
    <message>
        <location filename="../core/engine/mappingwarnings.cpp" line="29"/>
        <source>%1: the source column %2 fills %3 target columns (%4).</source>
        <translation>%1: die Quellspalte %2 füllt %3 Zielspalten (%4).</translation>
    </message>
</context>
<context>
    <name>barge::MariaDbConnection</name>
    <message>
        <location filename="../core/io/mariadb/mariadbconnection.cpp" line="49"/>
        <source>localhost (default socket)</source>
        <translation>localhost (Standard-Socket)</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbconnection.cpp" line="66"/>
        <source>ssl-mode=%1 needs ssl-ca=FILE, the CA certificate(s) to verify the server with</source>
        <translation>ssl-mode=%1 braucht ssl-ca=DATEI, das CA-Zertifikat (oder die Zertifikate), gegen das der Server geprüft wird</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbconnection.cpp" line="95"/>
        <source>%1: the MySQL client library refused a connection option (%2)</source>
        <translation>%1: die MySQL-Clientbibliothek hat eine Verbindungsoption abgelehnt (%2)</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbconnection.cpp" line="127"/>
        <source>ssl-mode=%1: the connection to %2 is not encrypted (the server offers no TLS)</source>
        <translation>ssl-mode=%1: die Verbindung zu %2 ist nicht verschlüsselt (der Server bietet kein TLS an)</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbconnection.cpp" line="136"/>
        <source>(no user name given)</source>
        <translation>(kein Benutzername angegeben)</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbconnection.cpp" line="143"/>
        <source>cannot reach the MySQL/MariaDB server at %1: %2</source>
        <translation>der MySQL/MariaDB-Server %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbconnection.cpp" line="145"/>
        <source>the MySQL/MariaDB server at %1 refused user %2: wrong password or no access (%3)</source>
        <translation>der MySQL/MariaDB-Server %1 hat den Benutzer %2 abgewiesen: falsches Passwort oder kein Zugriff (%3)</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbconnection.cpp" line="148"/>
        <source>the MySQL/MariaDB server at %1 has no database &apos;%2&apos;</source>
        <translation>der MySQL/MariaDB-Server %1 hat keine Datenbank „%2“</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbconnection.cpp" line="154"/>
        <source> (ssl-mode=VERIFY_IDENTITY: the server&apos;s certificate does not name the host &apos;%1&apos;)</source>
        <translation> (ssl-mode=VERIFY_IDENTITY: das Zertifikat des Servers nennt den Host „%1“ nicht)</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbconnection.cpp" line="157"/>
        <source>TLS with the MySQL/MariaDB server at %1 failed: %2%3</source>
        <translation>TLS mit dem MySQL/MariaDB-Server %1 ist fehlgeschlagen: %2%3</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbconnection.cpp" line="160"/>
        <source>the MySQL/MariaDB server at %1 asked for a login that would send the password in clear text (mysql_clear_password or dialog); Barge allows that only with ssl-mode=VERIFY_IDENTITY [%2]</source>
        <translation>der MySQL/MariaDB-Server %1 verlangt eine Anmeldung, die das Passwort im Klartext senden würde (mysql_clear_password oder dialog); Barge erlaubt das nur mit ssl-mode=VERIFY_IDENTITY [%2]</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbconnection.cpp" line="164"/>
        <source>cannot connect to the MySQL/MariaDB server at %1 as %2: %3 (error %4)</source>
        <translation>keine Verbindung zum MySQL/MariaDB-Server %1 als %2: %3 (Fehler %4)</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbconnection.cpp" line="216"/>
        <source>%1: the MySQL client library could not be initialised</source>
        <translation>%1: die MySQL-Clientbibliothek konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbconnection.cpp" line="249"/>
        <source>%1: session setup failed</source>
        <translation>%1: das Einrichten der Sitzung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbconnection.cpp" line="269"/>
        <location filename="../core/io/mariadb/mariadbconnection.cpp" line="298"/>
        <source>%1: not connected</source>
        <translation>%1: nicht verbunden</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbconnection.cpp" line="327"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
</context>
<context>
    <name>barge::MariaDbDigest</name>
    <message>
        <location filename="../core/io/mariadb/mariadbdigest.cpp" line="104"/>
        <source>%1: checksums of %2: %3</source>
        <translation>%1: Prüfsummen von %2: %3</translation>
    </message>
</context>
<context>
    <name>barge::MariaDbIntrospector</name>
    <message>
        <location filename="../core/io/mariadb/mariadbintrospector.cpp" line="123"/>
        <source>%1: no table named &apos;%2&apos;</source>
        <translation>%1: keine Tabelle namens „%2“</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbintrospector.cpp" line="142"/>
        <location filename="../core/io/mariadb/mariadbintrospector.cpp" line="153"/>
        <location filename="../core/io/mariadb/mariadbintrospector.cpp" line="194"/>
        <location filename="../core/io/mariadb/mariadbintrospector.cpp" line="218"/>
        <location filename="../core/io/mariadb/mariadbintrospector.cpp" line="279"/>
        <location filename="../core/io/mariadb/mariadbintrospector.cpp" line="306"/>
        <location filename="../core/io/mariadb/mariadbintrospector.cpp" line="325"/>
        <location filename="../core/io/mariadb/mariadbintrospector.cpp" line="352"/>
        <location filename="../core/io/mariadb/mariadbintrospector.cpp" line="369"/>
        <source>%1 table %2: %3</source>
        <translation>%1, Tabelle %2: %3</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbintrospector.cpp" line="254"/>
        <source>the index %1 is not created: it is on an expression</source>
        <translation>der Index %1 wird nicht angelegt: er liegt auf einem Ausdruck</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbintrospector.cpp" line="290"/>
        <source>%1 table %2: column %3 holds values that are no 64-bit integers (%4 to %5)</source>
        <translation>%1 Tabelle %2: Spalte %3 enthält Werte, die keine 64-Bit-Ganzzahlen sind (%4 bis %5)</translation>
    </message>
</context>
<context>
    <name>barge::MariaDbReader</name>
    <message>
        <location filename="../core/io/mariadb/mariadbreader.cpp" line="107"/>
        <location filename="../core/io/mariadb/mariadbreader.cpp" line="116"/>
        <source>%1 table %2: %3</source>
        <translation>%1, Tabelle %2: %3</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbreader.cpp" line="130"/>
        <source>%1 table %2 row %3</source>
        <translation>%1, Tabelle %2, Zeile %3</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbreader.cpp" line="189"/>
        <source>%1 table %2 after row %3: %4</source>
        <translation>%1, Tabelle %2 nach Zeile %3: %4</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbreader.cpp" line="304"/>
        <source>column %1: &apos;%2&apos; is MariaDB&apos;s zero date, not a date</source>
        <translation>Spalte %1: &apos;%2&apos; ist das Null-Datum von MariaDB, kein Datum</translation>
    </message>
</context>
<context>
    <name>barge::MariaDbValueEncoder</name>
    <message>
        <location filename="../core/io/mariadb/mariadbvalueencoder.cpp" line="120"/>
        <source>%1 cannot be stored: MariaDB/MySQL DOUBLE holds only finite numbers</source>
        <translation>%1 kann nicht gespeichert werden: DOUBLE in MariaDB/MySQL fasst nur endliche Zahlen</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbvalueencoder.cpp" line="144"/>
        <source>&apos;%1&apos; is not a datetime with a zone that fits 0001-9999 in UTC</source>
        <translation>&apos;%1&apos; ist kein Zeitpunkt mit Zeitzone, der in UTC in die Jahre 0001-9999 passt</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbvalueencoder.cpp" line="158"/>
        <source>is not an interval</source>
        <translation>ist kein Intervall</translation>
    </message>
</context>
<context>
    <name>barge::MariaDbWriter</name>
    <message>
        <location filename="../core/io/mariadb/mariadbwriter.cpp" line="89"/>
        <location filename="../core/io/mariadb/mariadbwriter.cpp" line="222"/>
        <location filename="../core/io/mariadb/mariadbwriter.cpp" line="275"/>
        <source> (in: %1)</source>
        <translation> (in der Anweisung: %1)</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbwriter.cpp" line="117"/>
        <source>%1: the merge key %2 is not among the columns written</source>
        <translation>%1: der Schlüssel zum Zusammenführen, %2, ist nicht unter den geschriebenen Spalten</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbwriter.cpp" line="194"/>
        <source>%1: commit failed: %2</source>
        <translation>%1: Commit fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/mariadb/mariadbwriter.cpp" line="258"/>
        <source>%1: foreign key %2: %3 row(s) of %4 without a row in %5 (the first: %6)</source>
        <extracomment>%3 rows of table %4 whose key has no row in table %5</extracomment>
        <translation>
            <numerusform>%1: Fremdschlüssel %2: %3 Zeile von %4 ohne Zeile in %5 (die erste: %6)</numerusform>
            <numerusform>%1: Fremdschlüssel %2: %3 Zeilen von %4 ohne Zeile in %5 (die erste: %6)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbwriter.cpp" line="414"/>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <location filename="../core/io/mariadb/mariadbwriter.cpp" line="430"/>
        <source>the row takes %1 bytes as SQL, more than the server&apos;s max_allowed_packet allows</source>
        <translation>die Zeile braucht als SQL %1 Bytes, mehr als max_allowed_packet des Servers erlaubt</translation>
    </message>
</context>
<context>
    <name>barge::MarkTable</name>
    <message>
        <location filename="../core/io/marktable.cpp" line="75"/>
        <source>cannot check this worker&apos;s claim: </source>
        <translation>die Zuteilung dieses Workers lässt sich nicht prüfen: </translation>
    </message>
    <message>
        <location filename="../core/io/marktable.cpp" line="77"/>
        <source>not saved: </source>
        <translation>nicht gespeichert: </translation>
    </message>
    <message>
        <location filename="../core/io/marktable.cpp" line="77"/>
        <source>another worker took this work over (this worker&apos;s claim expired); its uncommitted rows are rolled back</source>
        <translation>ein anderer Worker hat diese Arbeit übernommen (die Zuteilung dieses Workers ist abgelaufen); seine nicht festgeschriebenen Zeilen werden zurückgerollt</translation>
    </message>
    <message>
        <location filename="../core/io/marktable.cpp" line="91"/>
        <source>cannot save the checkpoint: </source>
        <translation>der Wiederaufsetzpunkt kann nicht gespeichert werden: </translation>
    </message>
    <message>
        <location filename="../core/io/marktable.cpp" line="107"/>
        <source>cannot read the checkpoint: </source>
        <translation>der Wiederaufsetzpunkt kann nicht gelesen werden: </translation>
    </message>
    <message>
        <location filename="../core/io/marktable.cpp" line="134"/>
        <location filename="../core/io/marktable.cpp" line="138"/>
        <location filename="../core/io/marktable.cpp" line="141"/>
        <source>cannot remove the checkpoint: </source>
        <translation>der Wiederaufsetzpunkt kann nicht entfernt werden: </translation>
    </message>
</context>
<context>
    <name>barge::MigrationEngine</name>
    <message>
        <location filename="../core/engine/migrationengine.cpp" line="40"/>
        <location filename="../core/engine/migrationengine.cpp" line="145"/>
        <source>not started: %1</source>
        <translation>nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../core/engine/migrationengine.cpp" line="135"/>
        <source>emptying %1</source>
        <translation>Leeren: %1</translation>
    </message>
    <message>
        <location filename="../core/engine/migrationengine.cpp" line="144"/>
        <source>cannot empty %1: %2</source>
        <translation>%1 kann nicht geleert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/engine/migrationengine.cpp" line="154"/>
        <source>cannot open the target</source>
        <translation>das Ziel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/engine/migrationengine.cpp" line="189"/>
        <location filename="../core/engine/migrationengine.cpp" line="230"/>
        <location filename="../core/engine/migrationengine.cpp" line="350"/>
        <source>not started: the run was cancelled</source>
        <translation>nicht gestartet: der Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/engine/migrationengine.cpp" line="351"/>
        <source>not started: another range failed and on-error is abort</source>
        <translation>nicht gestartet: ein anderer Bereich ist fehlgeschlagen, und bei Fehlern wird abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/engine/migrationengine.cpp" line="444"/>
        <source>not started: table %1 failed and on-error is abort</source>
        <translation>nicht gestartet: die Tabelle %1 ist fehlgeschlagen, und bei Fehlern wird abgebrochen (on-error abort)</translation>
    </message>
    <message>
        <location filename="../core/engine/migrationengine.cpp" line="509"/>
        <source>adding foreign keys</source>
        <translation>Fremdschlüssel werden angelegt</translation>
    </message>
    <message>
        <location filename="../core/engine/migrationengine.cpp" line="535"/>
        <source>foreign keys not added: %1</source>
        <translation>Fremdschlüssel nicht angelegt: %1</translation>
    </message>
    <message>
        <location filename="../core/engine/migrationengine.cpp" line="562"/>
        <source>the run is complete, but its checkpoint stays: %1</source>
        <translation>Der Lauf ist abgeschlossen, aber sein Wiederaufsetzpunkt bleibt: %1</translation>
    </message>
    <message>
        <location filename="../core/engine/migrationengine.cpp" line="577"/>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>barge::MigrationWizard</name>
    <message>
        <location filename="../ui/migrationwizard.cpp" line="31"/>
        <location filename="../ui/migrationwizard.cpp" line="82"/>
        <source>Barge</source>
        <translation>Barge</translation>
    </message>
    <message>
        <location filename="../ui/migrationwizard.cpp" line="82"/>
        <source>%1 – Barge</source>
        <translation>%1 – Barge</translation>
    </message>
    <message>
        <location filename="../ui/migrationwizard.cpp" line="207"/>
        <source>This migration has not been saved as a profile. Close Barge and discard it?</source>
        <translation>Diese Migration ist nicht als Profil gespeichert. Barge schließen und sie verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/migrationwizard.cpp" line="208"/>
        <source>The changes to %1 have not been saved. Close Barge and discard them?</source>
        <translation>Die Änderungen an %1 sind nicht gespeichert. Barge schließen und sie verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/migrationwizard.cpp" line="210"/>
        <source>Discard the changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/migrationwizard.cpp" line="227"/>
        <source>The last run failed: %1</source>
        <translation>Der letzte Lauf ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>barge::OptionsPage</name>
    <message>
        <location filename="../ui/optionspage.cpp" line="26"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="27"/>
        <source>How the rows are written. The defaults suit most migrations.</source>
        <translation>Wie die Zeilen geschrieben werden. Die Voreinstellungen passen für die meisten Migrationen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optionspage.cpp" line="32"/>
        <location filename="../ui/optionspage.cpp" line="68"/>
        <location filename="../ui/optionspage.cpp" line="107"/>
        <location filename="../ui/optionspage.cpp" line="109"/>
        <source> row(s)</source>
        <translation>
            <numerusform> Zeile</numerusform>
            <numerusform> Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="33"/>
        <source>Rows per commit</source>
        <translation>Zeilen pro Commit</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="35"/>
        <source>Stop the table at the first bad row</source>
        <translation>Tabelle bei der ersten fehlerhaften Zeile abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="36"/>
        <source>Skip bad rows and write them to a rejects file</source>
        <translation>Fehlerhafte Zeilen überspringen und in eine Datei schreiben</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="37"/>
        <source>When a row cannot be written</source>
        <translation>Wenn eine Zeile nicht geschrieben werden kann</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="39"/>
        <source>Rejects folder</source>
        <translation>Ordner für abgewiesene Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="40"/>
        <source>folder for &lt;table&gt;.rejects.csv files</source>
        <translation>Ordner für &lt;Tabelle&gt;.rejects.csv-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="43"/>
        <source>Tables in parallel</source>
        <translation>Tabellen gleichzeitig</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="45"/>
        <source>&amp;Verify: compare each table&apos;s target with the source: counts, then contents</source>
        <translation>&amp;Prüfen: das Ziel jeder Tabelle mit der Quelle vergleichen: erst die Anzahl, dann den Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="46"/>
        <source>Verify: compare each table&apos;s target with the source</source>
        <translation>Prüfen: das Ziel jeder Tabelle mit der Quelle vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="49"/>
        <source>Automatic: tables over %1 rows, with 2 or more in parallel</source>
        <translation>Automatisch: Tabellen über %1 Zeilen, ab 2 gleichzeitig</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="52"/>
        <source>Off: every table in one stream</source>
        <translation>Aus: jede Tabelle in einem Strom</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="53"/>
        <source>Tables with an integer key and CSV files, in ranges of:</source>
        <translation>Tabellen mit Ganzzahlschlüssel und CSV-Dateien, in Bereichen zu:</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="55"/>
        <source>A big table with an integer key loads as key ranges side by side, each through its own connection and each resumed on its own after a crash; a big CSV file, in parts split at record boundaries. Automatic: about %1 rows per range, into PostgreSQL or MariaDB.</source>
        <translation>Eine große Tabelle mit Ganzzahlschlüssel wird in Schlüsselbereichen nebeneinander geladen, jeder über eine eigene Verbindung und nach einem Absturz einzeln fortgesetzt; eine große CSV-Datei in Teilen, die an Datensatzgrenzen beginnen. Automatisch: etwa %1 Zeilen pro Bereich, nach PostgreSQL oder MariaDB.</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="54"/>
        <source>Split big tables into key ranges</source>
        <translation>Große Tabellen in Schlüsselbereiche teilen</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="69"/>
        <source>Rows per key range</source>
        <translation>Zeilen je Schlüsselbereich</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="75"/>
        <source>&amp;Share runs with other machines: each runs this profile with barge run PROFILE</source>
        <translation>Läufe mit anderen Rechnern &amp;teilen: jeder führt dieses Profil mit barge run PROFIL aus</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="76"/>
        <source>Share runs with other machines (workers)</source>
        <translation>Läufe mit anderen Rechnern teilen (Worker)</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="77"/>
        <source>Any number of barge run processes, here or on other machines, share the run of the saved profile: each claims tables and key ranges through the target and takes over the work of one that stopped. Into PostgreSQL or MariaDB.</source>
        <translation>Beliebig viele barge-run-Prozesse, hier oder auf anderen Rechnern, teilen sich den Lauf des gespeicherten Profils: jeder übernimmt Tabellen und Schlüsselbereiche über das Ziel und die Arbeit eines Prozesses, der stehen geblieben ist. Nach PostgreSQL oder MariaDB.</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="84"/>
        <source>&amp;Commit every:</source>
        <translation>&amp;Commit alle:</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="85"/>
        <source>When a row &amp;fails:</source>
        <translation>Wenn eine Zeile &amp;fehlschlägt:</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="86"/>
        <source>&amp;Rejects folder:</source>
        <translation>&amp;Ordner für Abgewiesenes:</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="87"/>
        <source>Tables in &amp;parallel:</source>
        <translation>Tabellen &amp;gleichzeitig:</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="88"/>
        <source>Key ran&amp;ges:</source>
        <translation>Schlüssel&amp;bereiche:</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="144"/>
        <source>To continue: choose a folder for the rejected rows.</source>
        <translation>Zum Fortfahren: Wählen Sie einen Ordner für die abgewiesenen Zeilen.</translation>
    </message>
</context>
<context>
    <name>barge::PasswordMemory</name>
    <message>
        <location filename="../ui/passwordmemory.cpp" line="26"/>
        <source>The password for %1 is saved in the system keychain.</source>
        <translation>Das Passwort für %1 ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/passwordmemory.cpp" line="27"/>
        <source>The password for %1 could not be saved in the system keychain: %2</source>
        <translation>Das Passwort für %1 konnte nicht im Schlüsselbund des Systems gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/passwordmemory.cpp" line="33"/>
        <source>The password for %1 is no longer kept in the system keychain.</source>
        <translation>Das Passwort für %1 wird nicht mehr im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/passwordmemory.cpp" line="35"/>
        <source>The password for %1 could not be removed from the system keychain: %2</source>
        <translation>Das Passwort für %1 konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>barge::PasswordStore</name>
    <message>
        <location filename="../core/credentials/passwordstore.cpp" line="42"/>
        <source>the system keychain holds no password for %1</source>
        <translation>der Schlüsselbund des Systems enthält kein Passwort für %1</translation>
    </message>
    <message>
        <location filename="../core/credentials/passwordstore.cpp" line="46"/>
        <source>the system keychain is not available (%1)</source>
        <translation>der Schlüsselbund des Systems ist nicht verfügbar (%1)</translation>
    </message>
    <message>
        <location filename="../core/credentials/passwordstore.cpp" line="50"/>
        <source>the system keychain failed for %1 (%2)</source>
        <translation>der Schlüsselbund des Systems ist für %1 fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <location filename="../core/credentials/passwordstore.cpp" line="70"/>
        <source>%1 takes no password</source>
        <translation>%1 braucht kein Passwort</translation>
    </message>
    <message>
        <location filename="../core/credentials/passwordstore.cpp" line="93"/>
        <source>the system keychain did not answer within %1 s</source>
        <translation>der Schlüsselbund des Systems hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
</context>
<context>
    <name>barge::PgConnection</name>
    <message>
        <location filename="../core/io/postgres/pgconnection.cpp" line="76"/>
        <source>%1 (socket, port %2)</source>
        <translation>%1 (Socket, Port %2)</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgconnection.cpp" line="78"/>
        <source>the local socket (port %1)</source>
        <translation>lokaler Socket, Port %1</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgconnection.cpp" line="124"/>
        <source>(no user name given)</source>
        <translation>(kein Benutzername angegeben)</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgconnection.cpp" line="127"/>
        <source>PostgreSQL refused user %1: wrong password or no access (no password was given: put it in PGPASSWORD or ~/.pgpass) [%2]</source>
        <translation>PostgreSQL hat den Benutzer %1 abgewiesen: falsches Passwort oder kein Zugriff (es wurde kein Passwort angegeben: hinterlegen Sie es in PGPASSWORD oder ~/.pgpass) [%2]</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgconnection.cpp" line="132"/>
        <source>PostgreSQL refused user %1: wrong password or no access [%2: %3]</source>
        <translation>PostgreSQL hat den Benutzer %1 abgewiesen: falsches Passwort oder kein Zugriff [%2: %3]</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgconnection.cpp" line="133"/>
        <source> (no password was given)</source>
        <translation> (es wurde kein Passwort angegeben)</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgconnection.cpp" line="137"/>
        <source>PostgreSQL at %1 has no database &apos;%2&apos;</source>
        <translation>PostgreSQL (%1) hat keine Datenbank „%2“</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgconnection.cpp" line="141"/>
        <source>TLS with PostgreSQL at %1 failed (sslmode=%2): %3</source>
        <translation>TLS mit PostgreSQL (%1) ist fehlgeschlagen (sslmode=%2): %3</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgconnection.cpp" line="142"/>
        <source>prefer, the default</source>
        <translation>prefer, die Voreinstellung</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgconnection.cpp" line="148"/>
        <source>cannot reach PostgreSQL at %1: %2</source>
        <translation>PostgreSQL (%1) ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgconnection.cpp" line="151"/>
        <source>cannot connect to PostgreSQL at %1 as %2: %3</source>
        <translation>keine Verbindung zu PostgreSQL (%1) als %2: %3</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgconnection.cpp" line="187"/>
        <source>sslmode=%1 asks for TLS, but %2 is a Unix socket, which never carries TLS: give the server&apos;s host name instead, or leave sslmode out for the socket</source>
        <translation>sslmode=%1 verlangt TLS, aber die Verbindung (%2) läuft über einen Unix-Socket, der nie TLS überträgt: geben Sie stattdessen den Hostnamen des Servers an, oder lassen Sie sslmode für den Socket weg</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgconnection.cpp" line="204"/>
        <source>sslmode=%1: the connection to %2 is not encrypted</source>
        <translation>sslmode=%1: die Verbindung zu %2 ist nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgconnection.cpp" line="230"/>
        <source>cannot connect to PostgreSQL at %1: out of memory</source>
        <translation>keine Verbindung zu PostgreSQL unter %1: kein Speicher mehr frei</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgconnection.cpp" line="292"/>
        <source>%1: not connected</source>
        <translation>%1: nicht verbunden</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgconnection.cpp" line="298"/>
        <source>PostgreSQL at %1: %2</source>
        <translation>PostgreSQL (%1): %2</translation>
    </message>
</context>
<context>
    <name>barge::PgDigest</name>
    <message>
        <location filename="../core/io/postgres/pgdigest.cpp" line="132"/>
        <source>%1: checksums of %2: %3</source>
        <translation>%1: Prüfsummen von %2: %3</translation>
    </message>
</context>
<context>
    <name>barge::PgIntrospector</name>
    <message>
        <location filename="../core/io/postgres/pgintrospector.cpp" line="123"/>
        <source>schema %1</source>
        <translation>Schema %1</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgintrospector.cpp" line="124"/>
        <source>table %1.%2</source>
        <translation>Tabelle %1.%2</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgintrospector.cpp" line="125"/>
        <source>PostgreSQL at %1, %2: %3</source>
        <translation>PostgreSQL (%1), %2: %3</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgintrospector.cpp" line="179"/>
        <source>table %1: column %2 holds values that are no 64-bit integers (%3 to %4)</source>
        <translation>Tabelle %1: Spalte %2 enthält Werte, die keine 64-Bit-Ganzzahlen sind (%3 bis %4)</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgintrospector.cpp" line="201"/>
        <source>table %1: PostgreSQL before 14 reads a range of pages by scanning the whole table</source>
        <translation>Tabelle %1: PostgreSQL vor Version 14 liest einen Seitenbereich, indem es die ganze Tabelle durchsucht</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgintrospector.cpp" line="277"/>
        <source>PostgreSQL at %1, database %2: no table %3.%4</source>
        <translation>PostgreSQL (%1), Datenbank %2: keine Tabelle %3.%4</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgintrospector.cpp" line="372"/>
        <source>it is partitioned in the source (PARTITION BY %1): it is created as one table holding the rows of every partition</source>
        <translation>sie ist in der Quelle partitioniert (PARTITION BY %1): sie wird als eine Tabelle angelegt, die die Zeilen aller Partitionen enthält</translation>
    </message>
</context>
<context>
    <name>barge::PgReader</name>
    <message>
        <location filename="../core/io/postgres/pgreader.cpp" line="114"/>
        <source>&apos;%1&apos; has no Barge form (dates before year 1 and infinity are not carried)</source>
        <translation>&apos;%1&apos; hat keine Form in Barge (Daten vor dem Jahr 1 und infinity werden nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgreader.cpp" line="126"/>
        <source>&apos;%1&apos; has no Barge form (years 0001-9999, times below 24:00:00)</source>
        <translation>&apos;%1&apos; hat keine Form in Barge (Jahre 0001-9999, Uhrzeiten unter 24:00:00)</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgreader.cpp" line="171"/>
        <location filename="../core/io/postgres/pgreader.cpp" line="178"/>
        <location filename="../core/io/postgres/pgreader.cpp" line="198"/>
        <source>PostgreSQL at %1, table %2.%3: %4</source>
        <translation>PostgreSQL (%1), Tabelle %2.%3: %4</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgreader.cpp" line="181"/>
        <source>%1 table %2.%3 row %4</source>
        <translation>%1, Tabelle %2.%3, Zeile %4</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgreader.cpp" line="287"/>
        <source>&apos;%1&apos; has no exact decimal form</source>
        <translation>&apos;%1&apos; hat keine exakte Dezimalform</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgreader.cpp" line="297"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgreader.cpp" line="310"/>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgreader.cpp" line="346"/>
        <source>PostgreSQL at %1, table %2.%3 after row %4: %5</source>
        <translation>PostgreSQL (%1), Tabelle %2.%3 nach Zeile %4: %5</translation>
    </message>
</context>
<context>
    <name>barge::PgResult</name>
    <message>
        <location filename="../core/io/postgres/pgresult.cpp" line="68"/>
        <source>no result from the server (connection lost?)</source>
        <translation>keine Antwort vom Server (Verbindung verloren?)</translation>
    </message>
</context>
<context>
    <name>barge::PgWriter</name>
    <message>
        <location filename="../core/io/postgres/pgwriter.cpp" line="476"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgwriter.cpp" line="491"/>
        <source>commit failed: the transaction was aborted or the connection lost</source>
        <translation>Commit fehlgeschlagen: die Transaktion wurde abgebrochen, oder die Verbindung ging verloren</translation>
    </message>
    <message>
        <location filename="../core/io/postgres/pgwriter.cpp" line="497"/>
        <source>commit failed: %1</source>
        <translation>Commit fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>barge::PlanTree</name>
    <message>
        <location filename="../ui/plantree.cpp" line="47"/>
        <source>Tables and columns</source>
        <translation>Tabellen und Spalten</translation>
    </message>
    <message>
        <location filename="../ui/plantree.cpp" line="49"/>
        <source>Table or column</source>
        <translation>Tabelle oder Spalte</translation>
    </message>
    <message>
        <location filename="../ui/plantree.cpp" line="49"/>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/plantree.cpp" line="49"/>
        <source>Type in the source</source>
        <translation>Typ in der Quelle</translation>
    </message>
    <message>
        <location filename="../ui/plantree.cpp" line="49"/>
        <source>Type in the target</source>
        <translation>Typ im Ziel</translation>
    </message>
    <message>
        <location filename="../ui/plantree.cpp" line="50"/>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <location filename="../ui/plantree.cpp" line="50"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/plantree.cpp" line="50"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plantree.cpp" line="110"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::Planner</name>
    <message>
        <location filename="../core/engine/planner.cpp" line="26"/>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/engine/planner.cpp" line="262"/>
        <source>cannot empty %1 (mode truncate): the foreign key of table %2 points at it, and %3. Barge empties only the tables you chose: %4, or use mode append or replace for %1.</source>
        <translation>%1 kann nicht geleert werden (Modus „zuerst leeren“): Der Fremdschlüssel der Tabelle %2 verweist darauf, und %3. Barge leert nur die Tabellen, die Sie gewählt haben: %4, oder verwenden Sie für %1 den Modus „anhängen“ oder „ersetzen“.</translation>
    </message>
    <message>
        <location filename="../core/engine/planner.cpp" line="257"/>
        <source>%1 is not emptied by this run (its mode is not truncate)</source>
        <translation>%1 wird von diesem Lauf nicht geleert (ihr Modus ist nicht „zuerst leeren“)</translation>
    </message>
    <message>
        <location filename="../core/engine/planner.cpp" line="258"/>
        <source>%1 is not part of this run</source>
        <translation>%1 gehört nicht zu diesem Lauf</translation>
    </message>
    <message>
        <location filename="../core/engine/planner.cpp" line="260"/>
        <source>set %1 to mode truncate too</source>
        <translation>setzen Sie auch %1 auf den Modus „zuerst leeren“</translation>
    </message>
    <message>
        <location filename="../core/engine/planner.cpp" line="261"/>
        <source>add %1 to the run with mode truncate</source>
        <translation>nehmen Sie %1 mit dem Modus „zuerst leeren“ in den Lauf auf</translation>
    </message>
    <message>
        <location filename="../core/engine/planner.cpp" line="286"/>
        <source>mode merge updates rows by the target table&apos;s key, and %1 has no keys: use mode append, truncate or replace</source>
        <translation>Modus merge aktualisiert Zeilen über den Schlüssel der Zieltabelle, und %1 hat keine Schlüssel: verwenden Sie den Modus append, truncate oder replace</translation>
    </message>
    <message>
        <location filename="../core/engine/planner.cpp" line="325"/>
        <source>mode merge matches rows by the target table&apos;s primary key or a unique index, and these tables have none that the mapping fills: %1. Give them a key, or use another mode for them.</source>
        <translation>Modus merge ordnet Zeilen über den Primärschlüssel oder einen eindeutigen Index der Zieltabelle zu, und diese Tabellen haben keinen, den die Zuordnung füllt: %1. Geben Sie ihnen einen Schlüssel oder wählen Sie für sie einen anderen Modus.</translation>
    </message>
    <message>
        <location filename="../core/engine/planner.cpp" line="378"/>
        <source>the %1 index %2 is not created: %3</source>
        <translation>der %1-Index %2 wird nicht angelegt: %3</translation>
    </message>
    <message>
        <location filename="../core/engine/planner.cpp" line="380"/>
        <source>it names columns the mapping renamed or left out</source>
        <translation>er nennt Spalten, die die Zuordnung umbenannt oder weggelassen hat</translation>
    </message>
    <message>
        <location filename="../core/engine/planner.cpp" line="381"/>
        <source>it has no equivalent in %1</source>
        <translation>in %1 gibt es keine Entsprechung</translation>
    </message>
    <message>
        <location filename="../core/engine/planner.cpp" line="430"/>
        <source>%1 has no tables to copy</source>
        <translation>%1 enthält keine Tabellen zum Kopieren</translation>
    </message>
    <message>
        <location filename="../core/engine/planner.cpp" line="493"/>
        <source>%1 has no table &apos;%2&apos; (it has: %3)</source>
        <translation>%1 hat keine Tabelle „%2“ (vorhanden sind: %3)</translation>
    </message>
    <message>
        <location filename="../core/engine/planner.cpp" line="658"/>
        <source>%1.%2 may lose information: %3</source>
        <translation>%1.%2 kann Informationen verlieren: %3</translation>
    </message>
    <message>
        <location filename="../core/engine/planner.cpp" line="675"/>
        <source>The existing rows of %1 will be deleted first.</source>
        <translation>Die vorhandenen Zeilen von %1 werden zuerst gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/engine/planner.cpp" line="680"/>
        <source>The existing table %1 will be dropped with all its rows.</source>
        <translation>Die vorhandene Tabelle %1 wird mit allen ihren Zeilen gelöscht.</translation>
    </message>
</context>
<context>
    <name>barge::Profile</name>
    <message>
        <location filename="../core/profile/profile.cpp" line="26"/>
        <source>passwords do not belong in profiles; remove it from the URL and use PGPASSWORD / MYSQL_PWD or the password prompt</source>
        <translation>Passwörter gehören nicht in Profile; entfernen Sie es aus der URL und verwenden Sie PGPASSWORD / MYSQL_PWD oder die Passwortabfrage</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="143"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="145"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="149"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="202"/>
        <source>unknown key (known: %1)</source>
        <translation>unbekannter Schlüssel (bekannt: %1)</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="210"/>
        <source>expected an object, got %1</source>
        <translation>erwartet wird ein Objekt, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="222"/>
        <source>expected a non-empty string, got %1</source>
        <translation>erwartet wird eine nicht leere Zeichenkette, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="235"/>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>erwartet wird eine ganze Zahl von %1 bis %2, nicht %3</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="249"/>
        <source>expected true or false, got %1</source>
        <translation>erwartet wird true oder false, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="260"/>
        <source>expected a string, number, true/false or null, got %1</source>
        <translation>erwartet wird eine Zeichenkette, eine Zahl, true/false oder null, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="272"/>
        <source>expected &apos;%1&apos;, got %2</source>
        <translation>erwartet wird „%1“, nicht %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="275"/>
        <source>missing (this Barge writes %1)</source>
        <translation>fehlt (diese Version von Barge schreibt %1)</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="280"/>
        <source>version %1 is newer than this Barge understands (%2); update Barge to open this profile</source>
        <translation>die Version %1 ist neuer, als diese Version von Barge versteht (%2); aktualisieren Sie Barge, um dieses Profil zu öffnen</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="328"/>
        <source>expected &apos;abort&apos; or &apos;skip&apos;, got %1</source>
        <translation>erwartet wird „abort“ oder „skip“, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="332"/>
        <source>expected a string, got %1</source>
        <translation>erwartet wird eine Zeichenkette, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="363"/>
        <source>give exactly one of &apos;source&apos; (a column) or &apos;constant&apos; (a fixed value)</source>
        <translation>geben Sie genau eines von „source“ (eine Spalte) oder „constant“ (ein fester Wert) an</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="374"/>
        <source>unknown type &apos;%1&apos;</source>
        <translation>unbekannter Typ „%1“</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="391"/>
        <source>&apos;%1&apos; is not a portable default (a number, a &apos;quoted&apos; string, TRUE, FALSE, CURRENT_TIMESTAMP, CURRENT_DATE or CURRENT_TIME)</source>
        <translation>„%1“ ist kein übertragbarer Standardwert (eine Zahl, eine Zeichenkette in &apos;Anführungszeichen&apos;, TRUE, FALSE, CURRENT_TIMESTAMP, CURRENT_DATE oder CURRENT_TIME)</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="401"/>
        <location filename="../core/profile/profile.cpp" line="501"/>
        <source>expected an array, got %1</source>
        <translation>erwartet wird ein Array, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="416"/>
        <source>column &apos;%1&apos; is mapped twice</source>
        <translation>die Spalte „%1“ ist doppelt zugeordnet</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="417"/>
        <source>column &apos;%1&apos; is mapped twice (&apos;%2&apos; and &apos;%1&apos; are one column in MariaDB and SQLite, which ignore case in column names)</source>
        <translation>die Spalte „%1“ ist doppelt zugeordnet („%2“ und „%1“ sind in MariaDB und SQLite dieselbe Spalte, weil beide bei Spaltennamen Groß- und Kleinschreibung nicht unterscheiden)</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="423"/>
        <source>position %1 is used twice</source>
        <translation>die Position %1 ist doppelt vergeben</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="448"/>
        <source>expected &apos;append&apos;, &apos;merge&apos;, &apos;truncate&apos;, &apos;replace&apos; or &apos;skip&apos;, got %1</source>
        <translation>erwartet wird „append“, „merge“, „truncate“, „replace“ oder „skip“, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="462"/>
        <source>expected a column name, got an empty text</source>
        <translation>Spaltenname erwartet, aber ein leerer Text gefunden</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="480"/>
        <source>expected a whole number of seconds (or units of a number column), or a text such as &quot;90 s&quot;, &quot;10 min&quot;, &quot;2 h&quot; or &quot;1 d&quot;, got %1</source>
        <translation>eine ganze Zahl Sekunden (oder Einheiten einer Zahlenspalte) oder ein Text wie „90 s“, „10 min“, „2 h“ oder „1 d“ erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="520"/>
        <source>JSON syntax error at line %1, column %2 (offset %3): %4</source>
        <translation>JSON-Syntaxfehler in Zeile %1, Spalte %2 (Position %3): %4</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="555"/>
        <source>the file is empty; expected a barge-profile JSON document</source>
        <translation>die Datei ist leer; erwartet wird ein JSON-Dokument im Format barge-profile</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="559"/>
        <source>expected a JSON object at the top level</source>
        <translation>auf der obersten Ebene wird ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="576"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/profile/profile.cpp" line="587"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>barge::RangeSplit</name>
    <message>
        <location filename="../core/engine/rangesplit.cpp" line="35"/>
        <source>expected auto, off or a number of rows per range from %1 to %2, got &apos;%3&apos;</source>
        <translation>erwartet auto, off oder eine Zeilenzahl je Bereich von %1 bis %2, erhalten: &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../core/engine/rangesplit.cpp" line="140"/>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/engine/rangesplit.cpp" line="163"/>
        <location filename="../core/engine/rangesplit.cpp" line="171"/>
        <source>%1 loads as one stream: %2</source>
        <translation>%1 wird in einem Strom geladen: %2</translation>
    </message>
    <message>
        <location filename="../core/engine/rangesplit.cpp" line="204"/>
        <location filename="../core/engine/rangesplit.cpp" line="308"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>barge::ReaderDigest</name>
    <message>
        <location filename="../core/engine/readerdigest.cpp" line="30"/>
        <source>cannot read %1 from %2</source>
        <translation>kann %1 aus %2 nicht lesen</translation>
    </message>
</context>
<context>
    <name>barge::RecordDecoder</name>
    <message numerus="yes">
        <location filename="../core/io/fixed/recorddecoder.cpp" line="107"/>
        <source>the record is %1 byte(s); field %2 needs bytes %3 to %4</source>
        <translation>
            <numerusform>der Datensatz ist %1 Byte lang; Feld %2 braucht die Bytes %3 bis %4</numerusform>
            <numerusform>der Datensatz ist %1 Bytes lang; Feld %2 braucht die Bytes %3 bis %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recorddecoder.cpp" line="142"/>
        <source>field %1 (bytes %2 to %3): %4</source>
        <translation>Feld %1 (Bytes %2 bis %3): %4</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recorddecoder.cpp" line="182"/>
        <source>byte %1 (the field&apos;s byte %2) has no character in %3</source>
        <translation>das Byte %1 (Byte %2 des Feldes) steht in %3 für kein Zeichen</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recorddecoder.cpp" line="202"/>
        <source>the text is not UTF-8 (a character cut at the field&apos;s end, or bytes of another encoding)</source>
        <translation>der Text ist kein UTF-8 (ein am Feldende abgeschnittenes Zeichen oder Bytes einer anderen Kodierung)</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recorddecoder.cpp" line="217"/>
        <source>the sign byte %1 is neither &apos;+&apos; nor &apos;-&apos;</source>
        <translation>das Vorzeichenbyte %1 ist weder „+“ noch „-“</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recorddecoder.cpp" line="245"/>
        <source>byte %1 at the field&apos;s byte %2 is not a digit%3</source>
        <translation>das Byte %1 an Byte %2 des Feldes ist keine Ziffer%3</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recorddecoder.cpp" line="247"/>
        <source> or a signed digit</source>
        <translation> und keine Ziffer mit Vorzeichen</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recorddecoder.cpp" line="254"/>
        <location filename="../core/io/fixed/recorddecoder.cpp" line="284"/>
        <source>a negative value in an unsigned field</source>
        <translation>ein negativer Wert in einem Feld ohne Vorzeichen</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recorddecoder.cpp" line="270"/>
        <source>byte %1 at the field&apos;s byte %2 holds a nibble over 9</source>
        <translation>das Byte %1 an Byte %2 des Feldes enthält ein Halbbyte über 9</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recorddecoder.cpp" line="279"/>
        <source>the last byte %1 has no sign nibble (A to F)</source>
        <translation>das letzte Byte %1 hat kein Vorzeichen-Halbbyte (A bis F)</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recorddecoder.cpp" line="291"/>
        <source>more digits than the field&apos;s %1</source>
        <translation>mehr Stellen als die %1 des Feldes</translation>
    </message>
</context>
<context>
    <name>barge::RecordEncoder</name>
    <message>
        <location filename="../core/io/fixed/recordencoder.cpp" line="29"/>
        <source>&apos;%1&apos; (U+%2) has no byte in %3</source>
        <translation>„%1“ (U+%2) hat kein Byte in %3</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordencoder.cpp" line="54"/>
        <source>NULL, and the field has no blank (set nullIfBlank in the layout)</source>
        <translation>NULL, aber das Feld hat keinen Leerwert (setzen Sie nullIfBlank im Layout)</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordencoder.cpp" line="63"/>
        <source>field %1 (bytes %2 to %3): %4</source>
        <translation>Feld %1 (Bytes %2 bis %3): %4</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordencoder.cpp" line="87"/>
        <source>&apos;%1&apos; takes %2 bytes, the field %3</source>
        <translation>„%1“ braucht %2 Bytes, das Feld hat %3</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordencoder.cpp" line="108"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordencoder.cpp" line="117"/>
        <source>%1 has more fraction digits than the field&apos;s %2</source>
        <translation>%1 hat mehr Nachkommastellen als die %2 des Feldes</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordencoder.cpp" line="125"/>
        <source>%1 is not a multiple of %2</source>
        <translation>%1 ist kein Vielfaches von %2</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordencoder.cpp" line="134"/>
        <source>%1 is negative, and the field is unsigned</source>
        <translation>%1 ist negativ, aber das Feld hat kein Vorzeichen</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordencoder.cpp" line="141"/>
        <location filename="../core/io/fixed/recordencoder.cpp" line="177"/>
        <source>%1 has more digits than the field&apos;s %2</source>
        <translation>%1 hat mehr Stellen als die %2 des Feldes</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/fixed/recordencoder.cpp" line="196"/>
        <source>%1 does not fit in %2 byte(s)</source>
        <translation>
            <numerusform>%1 passt nicht in %2 Byte</numerusform>
            <numerusform>%1 passt nicht in %2 Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::RecordFile</name>
    <message numerus="yes">
        <location filename="../core/io/fixed/recordfile.cpp" line="110"/>
        <location filename="../core/io/fixed/recordfile.cpp" line="139"/>
        <source>the file ends %1 byte(s) into a record of %2</source>
        <translation>
            <numerusform>die Datei endet nach %1 Byte eines Datensatzes von %2 Bytes</numerusform>
            <numerusform>die Datei endet nach %1 Bytes eines Datensatzes von %2 Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordfile.cpp" line="121"/>
        <source>byte %1: a block descriptor word that is cut short or counts under 8 bytes</source>
        <translation>Byte %1: ein Blockdeskriptorwort, das abgeschnitten ist oder weniger als 8 Bytes angibt</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordfile.cpp" line="132"/>
        <source>byte %1: a record descriptor word that is cut short, counts under 4 bytes or runs past its block</source>
        <translation>Byte %1: ein Satzdeskriptorwort, das abgeschnitten ist, weniger als 4 Bytes angibt oder über seinen Block hinausreicht</translation>
    </message>
</context>
<context>
    <name>barge::RecordLayout</name>
    <message>
        <location filename="../core/io/fixed/recordlayout.cpp" line="55"/>
        <source>the layout is not JSON: %1 at byte %2</source>
        <translation>das Layout ist kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordlayout.cpp" line="56"/>
        <source>the layout is not a JSON object</source>
        <translation>das Layout ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordlayout.cpp" line="63"/>
        <source>the layout has no &quot;fields&quot;</source>
        <translation>das Layout hat kein &quot;fields&quot;</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordlayout.cpp" line="71"/>
        <source>field %1</source>
        <translation>Feld %1</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordlayout.cpp" line="71"/>
        <source>field &apos;%1&apos;</source>
        <translation>Feld „%1“</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordlayout.cpp" line="73"/>
        <source>layout %1: %2</source>
        <translation>Layout %1: %2</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordlayout.cpp" line="81"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordlayout.cpp" line="84"/>
        <source>a field needs a &quot;name&quot;</source>
        <translation>ein Feld braucht einen &quot;name&quot;</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordlayout.cpp" line="86"/>
        <source>the name is used twice</source>
        <translation>der Name kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordlayout.cpp" line="91"/>
        <source>&quot;start&quot; must be a byte position from 1</source>
        <translation>&quot;start&quot; muss eine Byteposition ab 1 sein</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordlayout.cpp" line="93"/>
        <source>&quot;length&quot; must be at least 1</source>
        <translation>&quot;length&quot; muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordlayout.cpp" line="113"/>
        <source>&quot;sign&quot; is none, trailing, leading, trailing-separate or leading-separate</source>
        <translation>&quot;sign&quot; muss none, trailing, leading, trailing-separate oder leading-separate sein</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordlayout.cpp" line="118"/>
        <source>a separate sign is for zoned fields</source>
        <translation>ein separates Vorzeichen gibt es nur bei zoned-Feldern</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordlayout.cpp" line="126"/>
        <source>a packed field of %1 digits takes %2 bytes</source>
        <translation>ein packed-Feld mit %1 Stellen belegt %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordlayout.cpp" line="128"/>
        <source>a binary field takes 2, 4 or 8 bytes</source>
        <translation>ein binary-Feld belegt 2, 4 oder 8 Bytes</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordlayout.cpp" line="130"/>
        <source>a zoned field needs a digit</source>
        <translation>ein zoned-Feld braucht mindestens eine Stelle</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordlayout.cpp" line="132"/>
        <source>more than 38 digits</source>
        <translation>mehr als 38 Stellen</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordlayout.cpp" line="136"/>
        <source>unknown &quot;type&quot; &apos;%1&apos; (text, zoned, packed, binary, or a Barge type such as int64, decimal(10,2), date)</source>
        <translation>unbekannter &quot;type&quot; „%1“ (text, zoned, packed, binary oder ein Barge-Typ wie int64, decimal(10,2), date)</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordlayout.cpp" line="140"/>
        <source>&quot;sign&quot; and &quot;scale&quot; are for zoned, packed and binary fields</source>
        <translation>&quot;sign&quot; und &quot;scale&quot; gelten nur für zoned-, packed- und binary-Felder</translation>
    </message>
    <message>
        <location filename="../core/io/fixed/recordlayout.cpp" line="148"/>
        <source>layout: &quot;recordLength&quot; %1 is shorter than its fields (%2 bytes)</source>
        <translation>Layout: &quot;recordLength&quot; %1 ist kürzer als die Felder (%2 Bytes)</translation>
    </message>
</context>
<context>
    <name>barge::RejectSink</name>
    <message>
        <location filename="../core/engine/rejectsink.cpp" line="57"/>
        <source>cannot write rejected rows: %1</source>
        <translation>abgewiesene Zeilen können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/engine/rejectsink.cpp" line="71"/>
        <location filename="../core/engine/rejectsink.cpp" line="131"/>
        <location filename="../core/engine/rejectsink.cpp" line="150"/>
        <location filename="../core/engine/rejectsink.cpp" line="157"/>
        <location filename="../core/engine/rejectsink.cpp" line="174"/>
        <source>cannot write rejected rows to %1: %2</source>
        <translation>abgewiesene Zeilen können nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/engine/rejectsink.cpp" line="86"/>
        <source>cannot resume: %1 is gone, and it held the rows rejected so far</source>
        <translation>Fortsetzen nicht möglich: %1 fehlt, und die Datei enthielt die bisher abgewiesenen Zeilen</translation>
    </message>
    <message>
        <location filename="../core/engine/rejectsink.cpp" line="91"/>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/engine/rejectsink.cpp" line="144"/>
        <source>cannot read rejected rows from %1: %2</source>
        <translation>abgewiesene Zeilen können nicht aus %1 gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>barge::RejectsViewer</name>
    <message>
        <location filename="../ui/rejectsviewer.cpp" line="24"/>
        <source>Rejected rows of %1</source>
        <translation>Abgelehnte Zeilen von %1</translation>
    </message>
    <message>
        <location filename="../ui/rejectsviewer.cpp" line="25"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/rejectsviewer.cpp" line="28"/>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/rejectsviewer.cpp" line="33"/>
        <source>&amp;Open the file</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/rejectsviewer.cpp" line="83"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/rejectsviewer.cpp" line="100"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../ui/rejectsviewer.cpp" line="100"/>
        <source>Where</source>
        <translation>Woher</translation>
    </message>
    <message>
        <location filename="../ui/rejectsviewer.cpp" line="118"/>
        <source>The first %1 rejected rows of %2, each with why it was rejected and where it came from; the file holds more.</source>
        <translation>Die ersten %1 abgelehnten Zeilen aus %2, jede mit dem Grund der Ablehnung und ihrer Herkunft; die Datei enthält mehr.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rejectsviewer.cpp" line="121"/>
        <source>%n rejected row(s) from %1, each with why it was rejected and where it came from.</source>
        <translation>
            <numerusform>%n abgelehnte Zeile aus %1, mit dem Grund der Ablehnung und ihrer Herkunft.</numerusform>
            <numerusform>%n abgelehnte Zeilen aus %1, jede mit dem Grund der Ablehnung und ihrer Herkunft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::Report</name>
    <message>
        <location filename="../core/engine/report.cpp" line="19"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../core/engine/report.cpp" line="21"/>
        <source>OK, with rejected rows</source>
        <translation>OK, Zeilen abgewiesen</translation>
    </message>
    <message>
        <location filename="../core/engine/report.cpp" line="23"/>
        <source>Failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/engine/report.cpp" line="25"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../core/engine/report.cpp" line="27"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../core/engine/report.cpp" line="100"/>
        <source>%1 inserted, %2 updated, %3 deleted, %4 unchanged</source>
        <translation>%1 eingefügt, %2 aktualisiert, %3 gelöscht, %4 unverändert</translation>
    </message>
    <message>
        <location filename="../core/engine/report.cpp" line="103"/>
        <source>%1 inserted, %2 updated, %3 unchanged</source>
        <translation>%1 eingefügt, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message>
        <location filename="../core/engine/report.cpp" line="266"/>
        <source>The existing rows of %1 were deleted first.</source>
        <translation>Die vorhandenen Zeilen von %1 wurden zuerst gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/engine/report.cpp" line="269"/>
        <source>The existing table %1 was dropped with all its rows and created anew.</source>
        <translation>Die vorhandene Tabelle %1 wurde mit allen ihren Zeilen gelöscht und neu angelegt.</translation>
    </message>
</context>
<context>
    <name>barge::ReportPage</name>
    <message>
        <location filename="../ui/reportpage.cpp" line="32"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="33"/>
        <source>What the migration did, table by table.</source>
        <translation>Was die Migration getan hat, Tabelle für Tabelle.</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="40"/>
        <location filename="../ui/reportpage.cpp" line="102"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="40"/>
        <location filename="../ui/reportpage.cpp" line="106"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="40"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="40"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="41"/>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="41"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="41"/>
        <source>Rejected rows</source>
        <translation>Abgewiesene Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="55"/>
        <source>Report per table</source>
        <translation>Bericht je Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="59"/>
        <source>Save as &amp;JSON…</source>
        <translation>Als &amp;JSON speichern …</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="60"/>
        <source>Save as &amp;HTML…</source>
        <translation>Als &amp;HTML speichern …</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="64"/>
        <source>Run &amp;again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="61"/>
        <source>Save as &amp;profile…</source>
        <translation>Als &amp;Profil speichern …</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="101"/>
        <source>Change the &amp;source…</source>
        <translation>&amp;Quelle ändern …</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="105"/>
        <source>Change the &amp;target…</source>
        <translation>Ziel än&amp;dern …</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="109"/>
        <source>Change the &amp;mapping…</source>
        <translation>Zuordn&amp;ung ändern …</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="110"/>
        <source>Field mapping</source>
        <translation>Feldzuordnung</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="113"/>
        <source>Change the &amp;options…</source>
        <translation>&amp;Optionen ändern …</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="114"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="124"/>
        <source>To fix this, go back to the %1 page with “%2”: everything you set is kept.</source>
        <translation>Zum Beheben gehen Sie mit „%2“ zurück zur Seite %1: alles, was Sie eingestellt haben, bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reportpage.cpp" line="144"/>
        <source>All done: %1 row(s) written into %2 in %3 s.</source>
        <translation>
            <numerusform>Fertig: %1 Zeile in %3 s nach %2 geschrieben.</numerusform>
            <numerusform>Fertig: %1 Zeilen in %3 s nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reportpage.cpp" line="147"/>
        <source>Done, but some rows were rejected: %1 row(s) written into %2 in %3 s.</source>
        <translation>
            <numerusform>Fertig, aber einige Zeilen wurden abgewiesen: %1 Zeile in %3 s nach %2 geschrieben.</numerusform>
            <numerusform>Fertig, aber einige Zeilen wurden abgewiesen: %1 Zeilen in %3 s nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reportpage.cpp" line="150"/>
        <source>Stopped: %1 row(s) written into %2 in %3 s; the table list shows exactly where each table stands.</source>
        <translation>
            <numerusform>Angehalten: %1 Zeile wurde in %3 s nach %2 geschrieben; die Liste zeigt genau, wie weit jede Tabelle ist.</numerusform>
            <numerusform>Angehalten: %1 Zeilen wurden in %3 s nach %2 geschrieben; die Liste zeigt genau, wie weit jede Tabelle ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reportpage.cpp" line="154"/>
        <source>The migration failed: %1 row(s) written into %2 in %3 s.</source>
        <translation>
            <numerusform>Die Migration ist fehlgeschlagen: %1 Zeile wurde in %3 s nach %2 geschrieben.</numerusform>
            <numerusform>Die Migration ist fehlgeschlagen: %1 Zeilen wurden in %3 s nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="163"/>
        <source>Notes on the plan (%1):</source>
        <translation>Hinweise zum Plan (%1):</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="185"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="289"/>
        <source>Notes on %1</source>
        <translation>Hinweise zu %1</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="323"/>
        <source>Open the rejected rows of %1</source>
        <translation>Abgewiesene Zeilen von %1 öffnen</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="348"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="349"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="349"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="355"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="355"/>
        <source>Could not save the report: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="41"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>barge::RowConverter</name>
    <message>
        <location filename="../core/mapping/rowconverter.cpp" line="24"/>
        <source>table %1: source column &apos;%2&apos; (for target column &apos;%3&apos;) does not exist; the source has: %4</source>
        <translation>Tabelle %1: die Quellspalte „%2“ (für die Zielspalte „%3“) gibt es nicht; die Quelle hat: %4</translation>
    </message>
    <message>
        <location filename="../core/mapping/rowconverter.cpp" line="79"/>
        <source>column %1: NULL where a value is required</source>
        <translation>Spalte %1: NULL, wo ein Wert nötig ist</translation>
    </message>
    <message>
        <location filename="../core/mapping/rowconverter.cpp" line="87"/>
        <location filename="../core/mapping/rowconverter.cpp" line="95"/>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
</context>
<context>
    <name>barge::RowWriter</name>
    <message>
        <location filename="../core/io/rowwriter.h" line="70"/>
        <source>%1 table %2</source>
        <translation>%1, Tabelle %2</translation>
    </message>
    <message>
        <location filename="../core/io/rowwriter.h" line="80"/>
        <source>%1: cannot merge rows, it has no keys</source>
        <translation>%1: kann keine Zeilen zusammenführen, es hat keine Schlüssel</translation>
    </message>
</context>
<context>
    <name>barge::RunPage</name>
    <message>
        <location filename="../ui/runpage.cpp" line="327"/>
        <source>&amp;Save profile and stop…</source>
        <translation>Profil &amp;speichern und anhalten …</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="334"/>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="335"/>
        <source>Barge profiles (*.barge.json)</source>
        <translation>Barge-Profile (*.barge.json)</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="363"/>
        <source>This run cannot be finished if it stops: its plan could not be kept in %1 (%2).</source>
        <translation>Dieser Lauf kann nach einem Anhalten nicht abgeschlossen werden: Sein Plan konnte nicht in %1 aufbewahrt werden (%2).</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="379"/>
        <source>Could not save the profile: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="384"/>
        <source>Saved the profile %1, but the stopped run&apos;s state could not be moved to it.</source>
        <translation>Das Profil %1 wurde gespeichert, aber der Stand des angehaltenen Laufs konnte nicht dorthin übernommen werden.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="392"/>
        <source>Saved the profile %1: open it to finish the run.</source>
        <translation>Das Profil %1 wurde gespeichert: Öffnen Sie es, um den Lauf abzuschließen.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="400"/>
        <source>You can finish this run later, without copying a row twice: with Run again on the report, or from the start page, which lists it under Recent as an interrupted run. To finish it under a name of your own, choose Save profile and stop.</source>
        <translation>Sie können diesen Lauf später abschließen, ohne eine Zeile doppelt zu kopieren: mit „Erneut ausführen“ im Bericht oder von der Startseite aus, die ihn unter „Zuletzt verwendet“ als unterbrochenen Lauf aufführt. Um ihn unter einem eigenen Namen abzuschließen, wählen Sie „Profil speichern und anhalten“.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="582"/>
        <source>“%1”</source>
        <comment>a button&apos;s name, quoted in a sentence</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="55"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="56"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="63"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="65"/>
        <source>done, with rejects</source>
        <translation>fertig, mit Abweisungen</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="67"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="69"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="71"/>
        <location filename="../ui/runpage.cpp" line="219"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="86"/>
        <location filename="../ui/runpage.cpp" line="205"/>
        <source>Running</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="78"/>
        <source>Barge is copying the rows. You can keep using your computer; stopping keeps what is already committed.</source>
        <translation>Barge kopiert die Zeilen. Sie können weiterarbeiten; beim Anhalten bleibt erhalten, was bereits festgeschrieben ist.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="89"/>
        <source>Show &amp;report</source>
        <translation>&amp;Bericht anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="95"/>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="97"/>
        <source>Rows, speed and time left</source>
        <translation>Zeilen, Geschwindigkeit und Restzeit</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="98"/>
        <source>&amp;Stop…</source>
        <translation>&amp;Anhalten …</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="99"/>
        <source>Stop the migration</source>
        <translation>Migration anhalten</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="102"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="102"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="102"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="102"/>
        <source>Rows/s</source>
        <translation>Zeilen/s</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="102"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="103"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="110"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="219"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="225"/>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="234"/>
        <location filename="../ui/runpage.cpp" line="307"/>
        <source>Copying from %1 to %2…</source>
        <translation>Kopiere von %1 nach %2 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runpage.cpp" line="235"/>
        <source>Started: %n table(s).</source>
        <translation>
            <numerusform>Gestartet: %n Tabelle.</numerusform>
            <numerusform>Gestartet: %n Tabellen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="241"/>
        <source>Comparing %1 with %2…</source>
        <translation>Vergleiche %1 mit %2…</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="149"/>
        <location filename="../ui/runpage.cpp" line="279"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="48"/>
        <source>under 0.1 s</source>
        <translation>unter 0,1 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runpage.cpp" line="146"/>
        <source>%1: %2 row(s) the source no longer has deleted.</source>
        <translation>
            <numerusform>%1: %2 Zeile, die die Quelle nicht mehr hat, gelöscht.</numerusform>
            <numerusform>%1: %2 Zeilen, die die Quelle nicht mehr hat, gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="250"/>
        <source>This profile&apos;s runs are shared by workers, which run the saved profile: save the profile first (Back to the summary), then run it here and with barge run PROFILE elsewhere.</source>
        <translation>Die Läufe dieses Profils teilen sich Worker, die das gespeicherte Profil ausführen: speichern Sie das Profil zuerst (Zurück zur Zusammenfassung) und führen Sie es dann hier und anderswo mit barge run PROFIL aus.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="254"/>
        <source>Copying from %1 to %2 with the other workers…</source>
        <translation>Kopiere von %1 nach %2 mit den anderen Workern…</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="264"/>
        <source>The watermarks cannot be kept, so nothing was copied: %1</source>
        <translation>Die Wasserstände können nicht gespeichert werden, daher wurde nichts kopiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="282"/>
        <source>identical</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="288"/>
        <source>Delete many rows?</source>
        <translation>Viele Zeilen löschen?</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="289"/>
        <source>The source no longer has more than a tenth of the rows of these tables:
%1

Delete them from the target too? With No, they are kept and the other changes are made.</source>
        <translation>Die Quelle hat mehr als ein Zehntel der Zeilen dieser Tabellen nicht mehr:
%1

Sollen sie auch im Ziel gelöscht werden? Mit Nein bleiben sie erhalten, und die übrigen Änderungen werden ausgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="295"/>
        <source>Rows the source no longer has will be deleted.</source>
        <translation>Zeilen, die die Quelle nicht mehr hat, werden gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="296"/>
        <source>Rows the source no longer has are kept.</source>
        <translation>Zeilen, die die Quelle nicht mehr hat, bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="299"/>
        <source>The target already equals the source: nothing was written.</source>
        <translation>Das Ziel gleicht der Quelle bereits: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="322"/>
        <source>Stop the migration?</source>
        <translation>Migration anhalten?</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="359"/>
        <source>unsaved migration %1</source>
        <translation>ungespeicherte Migration %1</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="420"/>
        <source>Stopping… each table commits what it has written.</source>
        <translation>Wird angehalten … jede Tabelle schreibt fest, was sie geschrieben hat.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="421"/>
        <source>Stop requested.</source>
        <translation>Anhalten angefordert.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="427"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="428"/>
        <source>%1: started.</source>
        <translation>%1: gestartet.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="446"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="456"/>
        <source>running, about %1 left</source>
        <translation>läuft, noch etwa %1</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="459"/>
        <source>; ranges: %1 of %2 done, %3 running</source>
        <translation>; Bereiche: %1 von %2 fertig, %3 laufen</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="544"/>
        <source>The watermarks were not kept, so the next run reads the same rows again: %1</source>
        <translation>Die Wasserstände wurden nicht gespeichert; der nächste Lauf liest dieselben Zeilen noch einmal: %1</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="548"/>
        <source>%1: the rows are in up to %2; the next run copies the rows past it.</source>
        <translation>%1: Die Zeilen sind bis %2 übertragen; der nächste Lauf kopiert die Zeilen danach.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="588"/>
        <source>The run was stopped; the rows committed before it are kept.</source>
        <translation>Der Lauf wurde angehalten; die bis dahin festgeschriebenen Zeilen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="593"/>
        <source>The run ended with an error; the rows committed before it are kept.</source>
        <translation>Der Lauf endete mit einem Fehler; die bis dahin festgeschriebenen Zeilen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="598"/>
        <source>The run is complete.</source>
        <translation>Der Lauf ist abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runpage.cpp" line="599"/>
        <source>Finished: %1 row(s) written in %2. Click %3 for the details.</source>
        <translation>
            <numerusform>Fertig: %1 Zeile in %2 geschrieben. %3 zeigt die Einzelheiten.</numerusform>
            <numerusform>Fertig: %1 Zeilen in %2 geschrieben. %3 zeigt die Einzelheiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runpage.cpp" line="621"/>
        <source>%1 row(s) read, %2 written, %3 rejected · %4 rows/s on average, peak %5 rows/s</source>
        <translation>
            <numerusform>%1 Zeile gelesen, %2 geschrieben, %3 abgewiesen · im Mittel %4 Zeilen/s, Spitze %5 Zeilen/s</numerusform>
            <numerusform>%1 Zeilen gelesen, %2 geschrieben, %3 abgewiesen · im Mittel %4 Zeilen/s, Spitze %5 Zeilen/s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="471"/>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="397"/>
        <source>Tables that are being copied keep the rows committed so far; tables not started yet are not touched.</source>
        <translation>Tabellen, die gerade kopiert werden, behalten die bisher festgeschriebenen Zeilen; noch nicht begonnene Tabellen bleiben unberührt.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="404"/>
        <source>You can finish this run later, without copying a row twice: with Run again on the report, or by opening the profile %1 again.</source>
        <translation>Sie können diesen Lauf später abschließen, ohne eine Zeile doppelt zu kopieren: mit „Erneut ausführen“ im Bericht oder indem Sie das Profil %1 wieder öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="406"/>
        <source>This run cannot be finished later, because it was not started from a saved profile: running it again starts over and appends the rows already written a second time. To be able to finish a stopped run, save the migration as a profile (Summary page) before you run it.</source>
        <translation>Dieser Lauf kann später nicht abgeschlossen werden, weil er nicht aus einem gespeicherten Profil gestartet wurde: Ein neuer Lauf beginnt von vorn und hängt die schon geschriebenen Zeilen ein zweites Mal an. Damit sich ein angehaltener Lauf abschließen lässt, speichern Sie die Migration vor dem Ausführen als Profil (Seite Übersicht).</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="409"/>
        <source>Stop now?</source>
        <translation>Jetzt anhalten?</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="491"/>
        <source>%1: %2 read, %3 written, %4 rejected (%5).</source>
        <translation>%1: %2 gelesen, %3 geschrieben, %4 abgewiesen (%5).</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="512"/>
        <source>The interrupted run cannot be finished: %1</source>
        <translation>Der unterbrochene Lauf kann nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="527"/>
        <source>Finishing the interrupted run: %1 of %2 table(s) were done.</source>
        <translation>Der unterbrochene Lauf wird abgeschlossen: %1 von %2 Tabelle(n) waren fertig.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="570"/>
        <source>The run can be finished later: Run again, or open the profile, or barge run --resume.</source>
        <translation>Der Lauf kann später abgeschlossen werden: mit „Erneut ausführen“, durch Öffnen des Profils oder mit barge run --resume.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="589"/>
        <source>Stopped after %1. Click %2 for the details.</source>
        <translation>Nach %1 angehalten. %2 zeigt die Einzelheiten.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="594"/>
        <source>The migration failed. Click %1 for the details.</source>
        <translation>Die Migration ist fehlgeschlagen. %1 zeigt die Einzelheiten.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="606"/>
        <source>Finished: %1.</source>
        <translation>Beendet: %1.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="50"/>
        <location filename="../ui/runpage.cpp" line="53"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runpage.cpp" line="466"/>
        <source>%1 row(s) read, %2 written, %3 rejected · %4 rows/s</source>
        <translation>
            <numerusform>%1 Zeile gelesen, %2 geschrieben, %3 abgewiesen · %4 Zeilen/s</numerusform>
            <numerusform>%1 Zeilen gelesen, %2 geschrieben, %3 abgewiesen · %4 Zeilen/s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="481"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="587"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="592"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="597"/>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>barge::ServerForm</name>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="39"/>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="44"/>
        <source>not saved in profiles</source>
        <translation>wird nicht in Profilen gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="46"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="55"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="56"/>
        <source>CA certificate, for the verify modes</source>
        <translation>CA-Zertifikat, für die Prüfmodi</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="58"/>
        <source>socket folder, e.g. /var/run/postgresql</source>
        <translation>Socket-Ordner, z. B. /var/run/postgresql</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="59"/>
        <source>socket file, e.g. /run/mysqld/mysqld.sock</source>
        <translation>Socket-Datei, z. B. /run/mysqld/mysqld.sock</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="62"/>
        <source>Re&amp;member password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="73"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="74"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="75"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="76"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="77"/>
        <source>P&amp;assword:</source>
        <translation>Passw&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="80"/>
        <source>T&amp;LS mode:</source>
        <translation>TLS-Mod&amp;us:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="81"/>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="82"/>
        <source>&amp;Socket:</source>
        <translation>Soc&amp;ket:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="84"/>
        <source>Sch&amp;ema:</source>
        <translation>Sch&amp;ema:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="88"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="89"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="90"/>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="91"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="92"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="93"/>
        <source>Remember password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="94"/>
        <source>TLS mode</source>
        <translation>TLS-Modus</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="95"/>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="96"/>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="97"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="127"/>
        <source>Password filled in from the system keychain.</source>
        <translation>Passwort aus dem Schlüsselbund des Systems eingetragen.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="130"/>
        <source>The system keychain is not available, so passwords cannot be remembered.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar; Passwörter können nicht gemerkt werden.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="208"/>
        <source>Enter the database name.</source>
        <translation>Geben Sie den Datenbanknamen ein.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="211"/>
        <source>The socket must be an absolute path.</source>
        <translation>Der Socket muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="215"/>
        <source>Choose the CA certificate that the verify modes check the server against.</source>
        <translation>Wählen Sie das CA-Zertifikat, gegen das die Prüfmodi den Server prüfen.</translation>
    </message>
</context>
<context>
    <name>barge::SourcePage</name>
    <message>
        <location filename="../ui/sourcepage.cpp" line="14"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/sourcepage.cpp" line="15"/>
        <source>Where does the data come from?</source>
        <translation>Woher kommen die Daten?</translation>
    </message>
    <message>
        <location filename="../ui/sourcepage.cpp" line="46"/>
        <source>make Test connection pass, or tick “Continue anyway”.</source>
        <translation>sorgen Sie dafür, dass „Verbindung testen“ gelingt, oder wählen Sie „Trotzdem fortfahren“.</translation>
    </message>
    <message>
        <location filename="../ui/sourcepage.cpp" line="47"/>
        <source>To continue: %1</source>
        <translation>Zum Fortfahren: %1</translation>
    </message>
</context>
<context>
    <name>barge::SpillFile</name>
    <message>
        <location filename="../core/io/spillfile.cpp" line="109"/>
        <source>end of file</source>
        <translation>Dateiende</translation>
    </message>
    <message>
        <location filename="../core/io/spillfile.cpp" line="131"/>
        <source>the rows kept from the scan cannot be read back (%1)</source>
        <translation>die beim Durchsuchen behaltenen Zeilen lassen sich nicht zurücklesen (%1)</translation>
    </message>
</context>
<context>
    <name>barge::SqlDigest</name>
    <message>
        <location filename="../core/io/sqldigest.cpp" line="46"/>
        <source>table %1 has no column %2</source>
        <translation>Tabelle %1 hat keine Spalte %2</translation>
    </message>
    <message>
        <location filename="../core/io/sqldigest.cpp" line="157"/>
        <source>unexpected checksum from %1 in key group %2</source>
        <translation>unerwartete Prüfsumme von %1 in Schlüsselgruppe %2</translation>
    </message>
    <message>
        <location filename="../core/io/sqldigest.cpp" line="217"/>
        <source>unexpected row checksum from %1</source>
        <translation>unerwartete Zeilenprüfsumme von %1</translation>
    </message>
</context>
<context>
    <name>barge::SqliteDigest</name>
    <message>
        <location filename="../core/io/sqlite/sqlitedigest.cpp" line="273"/>
        <location filename="../core/io/sqlite/sqlitedigest.cpp" line="304"/>
        <source>%1 table %2: %3</source>
        <translation>%1 Tabelle %2: %3</translation>
    </message>
</context>
<context>
    <name>barge::SqliteForm</name>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="25"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="26"/>
        <source>Source database file</source>
        <translation>Quelldatenbankdatei</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="26"/>
        <source>Target database file</source>
        <translation>Zieldatenbankdatei</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="27"/>
        <source>shop.db</source>
        <translation>shop.db</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="27"/>
        <source>a new or existing .db file</source>
        <translation>eine neue oder vorhandene .db-Datei</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="30"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="32"/>
        <source>A file that does not exist yet is created.</source>
        <translation>Eine Datei, die es noch nicht gibt, wird angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="57"/>
        <source>Choose a database file.</source>
        <translation>Wählen Sie eine Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="62"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="60"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
</context>
<context>
    <name>barge::SqliteHandle</name>
    <message>
        <location filename="../core/io/sqlite/sqlitehandle.cpp" line="39"/>
        <source>%1: no such SQLite file</source>
        <translation>%1: diese SQLite-Datei gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/io/sqlite/sqlitehandle.cpp" line="55"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/io/sqlite/sqlitehandle.cpp" line="68"/>
        <source>%1: not an SQLite database (%2)</source>
        <translation>%1: keine SQLite-Datenbank (%2)</translation>
    </message>
    <message>
        <location filename="../core/io/sqlite/sqlitehandle.cpp" line="114"/>
        <source>not open</source>
        <translation>nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>barge::SqliteIntrospector</name>
    <message>
        <location filename="../core/io/sqlite/sqliteintrospector.cpp" line="96"/>
        <source>%1: no table %2 (the file does not exist yet)</source>
        <translation>%1: keine Tabelle %2 (die Datei gibt es noch nicht)</translation>
    </message>
    <message>
        <location filename="../core/io/sqlite/sqliteintrospector.cpp" line="101"/>
        <source>%1: no table named &apos;%2&apos;</source>
        <translation>%1: keine Tabelle namens „%2“</translation>
    </message>
    <message>
        <location filename="../core/io/sqlite/sqliteintrospector.cpp" line="123"/>
        <location filename="../core/io/sqlite/sqliteintrospector.cpp" line="188"/>
        <location filename="../core/io/sqlite/sqliteintrospector.cpp" line="217"/>
        <source>%1 table %2: %3</source>
        <translation>%1, Tabelle %2: %3</translation>
    </message>
    <message>
        <location filename="../core/io/sqlite/sqliteintrospector.cpp" line="131"/>
        <source>%1 table %2: column %3 holds values that are not integers</source>
        <translation>%1 Tabelle %2: Spalte %3 enthält Werte, die keine Ganzzahlen sind</translation>
    </message>
    <message>
        <location filename="../core/io/sqlite/sqliteintrospector.cpp" line="147"/>
        <source>%1 table %2: column %3 holds values that are not integers (NULL or real)</source>
        <translation>%1 Tabelle %2: Spalte %3 enthält Werte, die keine Ganzzahlen sind (NULL oder Gleitkommazahlen)</translation>
    </message>
    <message>
        <location filename="../core/io/sqlite/sqliteintrospector.cpp" line="242"/>
        <source>column %1 is declared %2, which SQLite&apos;s rules make %3, but holds text: it is read as text</source>
        <translation>die Spalte %1 ist als %2 deklariert, was nach den Regeln von SQLite %3 ergibt, enthält aber Text: sie wird als Text gelesen</translation>
    </message>
    <message>
        <location filename="../core/io/sqlite/sqliteintrospector.cpp" line="256"/>
        <source>its primary key (%1) holds NULLs, which SQLite allows and other engines do not: it becomes a unique index</source>
        <translation>ihr Primärschlüssel (%1) enthält NULL-Werte, die SQLite erlaubt, andere Datenbanken aber nicht: er wird ein eindeutiger Index</translation>
    </message>
</context>
<context>
    <name>barge::SqliteNativeCopy</name>
    <message>
        <location filename="../core/io/sqlite/sqlitenativecopy.cpp" line="272"/>
        <source>%1 changed while it was copied</source>
        <translation>%1 hat sich während des Kopierens geändert</translation>
    </message>
</context>
<context>
    <name>barge::SqliteReader</name>
    <message>
        <location filename="../core/io/sqlite/sqlitereader.cpp" line="106"/>
        <location filename="../core/io/sqlite/sqlitereader.cpp" line="130"/>
        <source>%1 table %2: %3</source>
        <translation>%1, Tabelle %2: %3</translation>
    </message>
    <message>
        <location filename="../core/io/sqlite/sqlitereader.cpp" line="94"/>
        <source>%1 table %2 row %3</source>
        <translation>%1, Tabelle %2, Zeile %3</translation>
    </message>
    <message>
        <location filename="../core/io/sqlite/sqlitereader.cpp" line="169"/>
        <source>%1 table %2 after row %3: %4</source>
        <translation>%1, Tabelle %2 nach Zeile %3: %4</translation>
    </message>
    <message>
        <location filename="../core/io/sqlite/sqlitereader.cpp" line="199"/>
        <source>column %1: the text is not UTF-8 (byte 0x%2 at byte %3 of &apos;%4&apos;)</source>
        <translation>Spalte %1: der Text ist kein UTF-8 (Byte 0x%2 an Byte %3 von &apos;%4&apos;)</translation>
    </message>
</context>
<context>
    <name>barge::SqliteWriter</name>
    <message>
        <location filename="../core/io/sqlite/sqlitewriter.cpp" line="299"/>
        <source>%1: commit failed: %2</source>
        <translation>%1: Commit fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>barge::StartPage</name>
    <message>
        <location filename="../ui/startpage.cpp" line="27"/>
        <source>Welcome to Barge</source>
        <translation>Willkommen bei Barge</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="38"/>
        <source>New &amp;migration</source>
        <translation>&amp;Neue Migration</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="39"/>
        <source>Open a saved &amp;profile…</source>
        <translation>Gespeichertes &amp;Profil öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="40"/>
        <source>Try the &amp;demo shop database</source>
        <translation>&amp;Demo-Shop-Datenbank ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="44"/>
        <source>&amp;Recent profiles (double-click to open):</source>
        <translation>Zuletzt &amp;verwendete Profile (Doppelklick öffnet):</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="46"/>
        <source>Recent profiles</source>
        <translation>Zuletzt verwendete Profile</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="52"/>
        <source>Finish the interrupted run</source>
        <translation>Unterbrochenen Lauf abschließen</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="36"/>
        <source>Move tables between %1. You will see what will be written before anything is.</source>
        <translation>Tabellen zwischen %1 bewegen. Sie sehen, was geschrieben wird, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="54"/>
        <source>Tip: drop a profile or a data file (%1) on this window to start from it.</source>
        <translation>Tipp: Ziehen Sie ein Profil oder eine Datendatei (%1) auf dieses Fenster, um damit zu beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="92"/>
        <source>%1 (interrupted run: can be finished)</source>
        <translation>%1 (unterbrochener Lauf: kann abgeschlossen werden)</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="95"/>
        <source>%1: its last run was interrupted; open it to finish that run.</source>
        <translation>%1: Der letzte Lauf wurde unterbrochen; öffnen Sie das Profil, um ihn abzuschließen.</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="118"/>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="119"/>
        <source>Barge profiles (*.barge.json *.json)</source>
        <translation>Barge-Profile (*.barge.json *.json)</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="123"/>
        <source>Choose a profile file to continue.</source>
        <translation>Wählen Sie eine Profildatei, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="133"/>
        <source>Could not open the profile: %1</source>
        <translation>Das Profil konnte nicht geöffnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/startpage.cpp" line="141"/>
        <source>Profile %1: from %2 to %3, %n table(s). Click Next to check each step.</source>
        <translation>
            <numerusform>Profil %1: von %2 nach %3, %n Tabelle. Mit Weiter prüfen Sie jeden Schritt.</numerusform>
            <numerusform>Profil %1: von %2 nach %3, %n Tabellen. Mit Weiter prüfen Sie jeden Schritt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="148"/>
        <source>An interrupted run of this profile exists, but the profile has changed since it started, so that run cannot be finished; a new run starts over.</source>
        <translation>Es gibt einen unterbrochenen Lauf dieses Profils, aber das Profil hat sich seit dessen Start geändert; er kann daher nicht abgeschlossen werden, ein neuer Lauf beginnt von vorn.</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="152"/>
        <source>&amp;Finish its interrupted run (started %1, %2 of %3 table(s) done): no row is copied twice</source>
        <translation>Den unterbrochenen Lauf &amp;abschließen (gestartet %1, %2 von %3 Tabelle(n) fertig): keine Zeile wird doppelt kopiert</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="171"/>
        <source>The demo database could not be created: %1</source>
        <translation>Die Demo-Datenbank konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="188"/>
        <source>The demo shop database is ready: %1. Barge will copy it into %2.</source>
        <translation>Die Demo-Shop-Datenbank ist bereit: %1. Barge kopiert sie nach %2.</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="208"/>
        <source>New migration from %1.</source>
        <translation>Neue Migration aus %1.</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="226"/>
        <source>The interrupted run cannot be finished: %1</source>
        <translation>Der unterbrochene Lauf kann nicht abgeschlossen werden: %1</translation>
    </message>
</context>
<context>
    <name>barge::StepList</name>
    <message>
        <location filename="../ui/steplist.cpp" line="18"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/steplist.cpp" line="19"/>
        <source>Where you are in the migration; choose a finished step to go back to it.</source>
        <translation>Wo Sie in der Migration stehen; wählen Sie einen erledigten Schritt, um zu ihm zurückzukehren.</translation>
    </message>
    <message>
        <location filename="../ui/steplist.cpp" line="47"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/steplist.cpp" line="48"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/steplist.cpp" line="49"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/steplist.cpp" line="50"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/steplist.cpp" line="51"/>
        <source>Field mapping</source>
        <translation>Feldzuordnung</translation>
    </message>
    <message>
        <location filename="../ui/steplist.cpp" line="52"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../ui/steplist.cpp" line="53"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/steplist.cpp" line="54"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/steplist.cpp" line="55"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../ui/steplist.cpp" line="83"/>
        <source>Go back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <location filename="../ui/steplist.cpp" line="84"/>
        <source>%1, finished</source>
        <translation>%1, erledigt</translation>
    </message>
    <message>
        <location filename="../ui/steplist.cpp" line="88"/>
        <source>%1, current step %2 of %3</source>
        <translation>%1, aktueller Schritt %2 von %3</translation>
    </message>
    <message>
        <location filename="../ui/steplist.cpp" line="93"/>
        <source>%1, to come</source>
        <translation>%1, folgt noch</translation>
    </message>
</context>
<context>
    <name>barge::SummaryPage</name>
    <message>
        <location filename="../ui/summarypage.cpp" line="46"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="47"/>
        <source>This is what Barge will do. Nothing has been written yet.</source>
        <translation>Das wird Barge tun. Noch ist nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="49"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="71"/>
        <source>Tables and columns</source>
        <translation>Tabellen und Spalten</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="67"/>
        <source>Statements that prepare the target</source>
        <translation>Anweisungen, die das Ziel vorbereiten</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="62"/>
        <source>The plan as text</source>
        <translation>Der Plan als Text</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="72"/>
        <source>SQL that prepares the target</source>
        <translation>SQL, das das Ziel vorbereitet</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="73"/>
        <source>As text</source>
        <translation>Als Text</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="74"/>
        <source>&amp;Save profile…</source>
        <translation>Profil &amp;speichern …</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="75"/>
        <location filename="../ui/summarypage.cpp" line="253"/>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="101"/>
        <source>Checking the plan against %1 and %2…</source>
        <translation>Der Plan wird gegen %1 und %2 geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="122"/>
        <source>This plan cannot run: %1</source>
        <translation>Dieser Plan kann nicht laufen: %1</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="131"/>
        <source>Finish the interrupted run of %1 (started %2): %3 of %4 table(s) are done; the others go on from the last rows their target committed.</source>
        <translation>Den unterbrochenen Lauf von %1 abschließen (gestartet %2): %3 von %4 Tabelle(n) sind fertig; die übrigen machen nach den letzten Zeilen weiter, die ihr Ziel festgeschrieben hat.</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="139"/>
        <source>Please note (%1):</source>
        <translation>Bitte beachten (%1):</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="143"/>
        <source>-- No statements: the tables are used as they are.</source>
        <translation>-- Keine Anweisungen: Die Tabellen werden verwendet, wie sie sind.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="184"/>
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 Zeile</numerusform>
            <numerusform>%1 Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="185"/>
        <source>an unknown number of rows</source>
        <translation>eine unbekannte Zahl von Zeilen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="186"/>
        <source>Copy %n table(s), %1, from %2 to %3.</source>
        <translation>
            <numerusform>%n Tabelle mit %1 von %2 nach %3 kopieren.</numerusform>
            <numerusform>%n Tabellen mit %1 von %2 nach %3 kopieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="190"/>
        <source>create %n table(s)</source>
        <translation>
            <numerusform>%n Tabelle anlegen</numerusform>
            <numerusform>%n Tabellen anlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="192"/>
        <source>append to %n existing table(s)</source>
        <translation>
            <numerusform>an %n vorhandene Tabelle anhängen</numerusform>
            <numerusform>an %n vorhandene Tabellen anhängen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="194"/>
        <source>make %n existing table(s) identical to the source: each is compared with it by checksums of key groups, then rows whose key is new are inserted, rows that differ are updated and rows the source no longer has are deleted (asking first when that is more than a tenth of a table); tables already equal are not written to</source>
        <translation>
            <numerusform>%n bestehende Tabelle der Quelle angleichen: sie wird über Prüfsummen von Schlüsselgruppen mit ihr verglichen, dann werden Zeilen mit neuem Schlüssel eingefügt, abweichende aktualisiert und Zeilen, die die Quelle nicht mehr hat, gelöscht (mit Rückfrage, wenn das mehr als ein Zehntel der Tabelle ist); bereits gleiche Tabellen werden nicht beschrieben</numerusform>
            <numerusform>%n bestehende Tabellen der Quelle angleichen: jede wird über Prüfsummen von Schlüsselgruppen mit ihr verglichen, dann werden Zeilen mit neuem Schlüssel eingefügt, abweichende aktualisiert und Zeilen, die die Quelle nicht mehr hat, gelöscht (mit Rückfrage, wenn das mehr als ein Zehntel einer Tabelle ist); bereits gleiche Tabellen werden nicht beschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="199"/>
        <source>merge into %n existing table(s): rows whose key is new are inserted, rows whose key is there are updated where they differ, and no row is deleted</source>
        <translation>
            <numerusform>in %n bestehende Tabelle zusammenführen: Zeilen mit neuem Schlüssel werden eingefügt, Zeilen mit vorhandenem Schlüssel aktualisiert, wo sie abweichen, und keine Zeile wird gelöscht</numerusform>
            <numerusform>in %n bestehende Tabellen zusammenführen: Zeilen mit neuem Schlüssel werden eingefügt, Zeilen mit vorhandenem Schlüssel aktualisiert, wo sie abweichen, und keine Zeile wird gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="203"/>
        <source>empty %n existing table(s) first</source>
        <translation>
            <numerusform>%n vorhandene Tabelle zuerst leeren</numerusform>
            <numerusform>%n vorhandene Tabellen zuerst leeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="205"/>
        <source>drop and re-create %n table(s)</source>
        <translation>
            <numerusform>%n Tabelle löschen und neu anlegen</numerusform>
            <numerusform>%n Tabellen löschen und neu anlegen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="207"/>
        <source>Barge will %1.</source>
        <translation>Barge wird %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="209"/>
        <source>%n big table(s) load in ranges, up to %1 side by side.</source>
        <translation>
            <numerusform>%n große Tabelle wird in Bereichen geladen, bis zu %1 nebeneinander.</numerusform>
            <numerusform>%n große Tabellen werden in Bereichen geladen, bis zu %1 nebeneinander.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="212"/>
        <source>Runs are shared by workers: save the profile, then start barge run PROFILE on each machine; this wizard&apos;s run is one of them.</source>
        <translation>Die Läufe teilen sich Worker: speichern Sie das Profil und starten Sie dann barge run PROFIL auf jedem Rechner; der Lauf dieses Assistenten ist einer davon.</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="222"/>
        <source>Passwords are not saved in profiles; you will be asked again.</source>
        <translation>Passwörter werden nicht in Profilen gespeichert; sie werden erneut abgefragt.</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="241"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="253"/>
        <source>Barge profiles (*.barge.json)</source>
        <translation>Barge-Profile (*.barge.json)</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="260"/>
        <source>Could not save the profile: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>barge::SyncDiff</name>
    <message>
        <location filename="../core/engine/syncdiff.cpp" line="88"/>
        <source>the target has no table %1 yet: it is created and every source row copied</source>
        <translation>das Ziel hat noch keine Tabelle %1: sie wird angelegt und jede Quellzeile kopiert</translation>
    </message>
    <message>
        <location filename="../core/engine/syncdiff.cpp" line="89"/>
        <source>%1 to insert, %2 to update, %3 unchanged</source>
        <translation>%1 einzufügen, %2 zu aktualisieren, %3 unverändert</translation>
    </message>
    <message>
        <location filename="../core/engine/syncdiff.cpp" line="93"/>
        <source>, %1 only in the target (kept: %2)</source>
        <translation>, %1 nur im Ziel (bleiben: %2)</translation>
    </message>
    <message>
        <location filename="../core/engine/syncdiff.cpp" line="94"/>
        <source>, %1 to delete</source>
        <translation>, %1 zu löschen</translation>
    </message>
    <message>
        <location filename="../core/engine/syncdiff.cpp" line="95"/>
        <source>, %1 only in the target (kept: sync deletes them with --delete)</source>
        <translation>, %1 nur im Ziel (bleiben: sync löscht sie mit --delete)</translation>
    </message>
    <message>
        <location filename="../core/engine/syncdiff.cpp" line="98"/>
        <source> (key groups that differ: %1 of %2; %3)</source>
        <translation> (abweichende Schlüsselgruppen: %1 von %2; %3)</translation>
    </message>
    <message>
        <location filename="../core/engine/syncdiff.cpp" line="116"/>
        <source>table %1 has no primary key or unique index to match rows by: sync cannot tell a changed row from a new one</source>
        <translation>Tabelle %1 hat keinen Primärschlüssel und keinen eindeutigen Index, über den Zeilen zugeordnet werden können: sync kann eine geänderte Zeile nicht von einer neuen unterscheiden</translation>
    </message>
    <message>
        <location filename="../core/engine/syncdiff.cpp" line="142"/>
        <source>table %1: its key column %2 is not filled from a source column</source>
        <translation>Tabelle %1: ihre Schlüsselspalte %2 wird aus keiner Quellspalte gefüllt</translation>
    </message>
    <message>
        <location filename="../core/engine/syncdiff.cpp" line="151"/>
        <source>sync deletes rows by integer or text keys only, and the key column %1 is %2</source>
        <translation>sync löscht Zeilen nur über Ganzzahl- oder Textschlüssel, und die Schlüsselspalte %1 ist %2</translation>
    </message>
    <message>
        <location filename="../core/engine/syncdiff.cpp" line="201"/>
        <source>PostgreSQL&apos;s hash functions</source>
        <translation>Hash-Funktionen von PostgreSQL</translation>
    </message>
    <message>
        <location filename="../core/engine/syncdiff.cpp" line="228"/>
        <source>checksums by %1, %2</source>
        <translation>Prüfsummen von %1, %2</translation>
    </message>
    <message>
        <location filename="../core/engine/syncdiff.cpp" line="229"/>
        <source>checksums by %1 and %2, %3</source>
        <translation>Prüfsummen von %1 und %2, %3</translation>
    </message>
    <message>
        <location filename="../core/engine/syncdiff.cpp" line="286"/>
        <source>cannot compare %1</source>
        <translation>kann %1 nicht vergleichen</translation>
    </message>
    <message>
        <location filename="../core/engine/syncdiff.cpp" line="290"/>
        <source>some source rows do not convert to the target&apos;s types (the load rejects them: %1), so a key missing from the source may be one of theirs</source>
        <translation>einige Quellzeilen lassen sich nicht in die Typen des Ziels umwandeln (das Laden weist sie ab: %1), daher kann ein in der Quelle fehlender Schlüssel einer von ihnen sein</translation>
    </message>
    <message>
        <location filename="../core/engine/syncdiff.cpp" line="295"/>
        <source>sync cancelled</source>
        <translation>Abgleich abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/engine/syncdiff.cpp" line="403"/>
        <source>%1: cannot delete rows there</source>
        <translation>%1: dort können keine Zeilen gelöscht werden</translation>
    </message>
    <message>
        <location filename="../core/engine/syncdiff.cpp" line="421"/>
        <source>%1: too many new keys to check the deletions against; rows kept</source>
        <translation>%1: zu viele neue Schlüssel, um die Löschungen daran zu prüfen; Zeilen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../core/engine/syncdiff.cpp" line="442"/>
        <source>%1: a key to delete is not a value of its column</source>
        <translation>%1: ein zu löschender Schlüssel ist kein Wert seiner Spalte</translation>
    </message>
</context>
<context>
    <name>barge::SyncRunner</name>
    <message>
        <location filename="../ui/syncrunner.cpp" line="36"/>
        <source>%1: cannot compare: %2</source>
        <translation>%1: Vergleich nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../ui/syncrunner.cpp" line="61"/>
        <source>%1: %2 of %3 rows</source>
        <translation>%1: %2 von %3 Zeilen</translation>
    </message>
</context>
<context>
    <name>barge::TableJob</name>
    <message>
        <location filename="../core/engine/tablejob.cpp" line="81"/>
        <source>%1 cannot be read past a watermark</source>
        <translation>%1 kann nicht ab einem Wasserstand gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/engine/tablejob.cpp" line="86"/>
        <source>%1 cannot be read in key ranges</source>
        <translation>%1 kann nicht in Schlüsselbereichen gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/engine/tablejob.cpp" line="91"/>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/engine/tablejob.cpp" line="131"/>
        <source>of key range %1</source>
        <translation>im Schlüsselbereich %1</translation>
    </message>
    <message>
        <location filename="../core/engine/tablejob.cpp" line="155"/>
        <source>stopped at the first bad row (on-error abort): %1: %2</source>
        <translation>bei der ersten fehlerhaften Zeile abgebrochen (on-error abort): %1: %2</translation>
    </message>
    <message>
        <location filename="../core/engine/tablejob.cpp" line="373"/>
        <source>not verified: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/tablejob.cpp" line="384"/>
        <source>count verified: the target holds %1 row(s) (%2 before + %3 inserted); contents not compared, the run read only the rows past its watermark</source>
        <translation>
            <numerusform>Anzahl geprüft: das Ziel enthält %1 Zeile (%2 vorher + %3 eingefügt); Inhalte nicht verglichen, der Lauf hat nur die Zeilen ab seinem Wasserstand gelesen</numerusform>
            <numerusform>Anzahl geprüft: das Ziel enthält %1 Zeilen (%2 vorher + %3 eingefügt); Inhalte nicht verglichen, der Lauf hat nur die Zeilen ab seinem Wasserstand gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/tablejob.cpp" line="394"/>
        <source>count verified: the target holds %1 row(s) (%2 before + %3 inserted); contents not compared, the table holds rows the source does not</source>
        <translation>
            <numerusform>Anzahl geprüft: das Ziel enthält %1 Zeile (%2 vorher + %3 eingefügt); Inhalte nicht verglichen, die Tabelle enthält Zeilen, die die Quelle nicht hat</numerusform>
            <numerusform>Anzahl geprüft: das Ziel enthält %1 Zeilen (%2 vorher + %3 eingefügt); Inhalte nicht verglichen, die Tabelle enthält Zeilen, die die Quelle nicht hat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/tablejob.cpp" line="403"/>
        <source>count verified: the target holds %1 row(s) (%2 before + %3 written); contents not compared, the table was not empty</source>
        <translation>
            <numerusform>Anzahl geprüft: das Ziel enthält %1 Zeile (%2 vorher + %3 geschrieben); Inhalt nicht verglichen, die Tabelle war nicht leer</numerusform>
            <numerusform>Anzahl geprüft: das Ziel enthält %1 Zeilen (%2 vorher + %3 geschrieben); Inhalt nicht verglichen, die Tabelle war nicht leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/tablejob.cpp" line="416"/>
        <source>count verified (%1 row(s)); contents not compared: %2</source>
        <translation>
            <numerusform>Anzahl geprüft (%1 Zeile); Inhalt nicht verglichen: %2</numerusform>
            <numerusform>Anzahl geprüft (%1 Zeilen); Inhalt nicht verglichen: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/tablejob.cpp" line="432"/>
        <source>MISMATCH: the target holds %1 row(s), expected %2 (%3 before + %4 written)</source>
        <translation>
            <numerusform>ABWEICHUNG: das Ziel enthält %1 Zeile, erwartet waren %2 (%3 vorher + %4 geschrieben)</numerusform>
            <numerusform>ABWEICHUNG: das Ziel enthält %1 Zeilen, erwartet waren %2 (%3 vorher + %4 geschrieben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/tablejob.cpp" line="146"/>
        <source>%1: holds %2 row(s) but no checkpoint of run %3: not the target the interrupted run wrote to, or its checkpoint was removed; --restart starts over</source>
        <translation>
            <numerusform>%1: enthält %2 Zeile, aber keinen Stand des Laufs %3: nicht das Ziel, in das der unterbrochene Lauf schrieb, oder sein Stand wurde entfernt; --restart beginnt von vorn</numerusform>
            <numerusform>%1: enthält %2 Zeilen, aber keinen Stand des Laufs %3: nicht das Ziel, in das der unterbrochene Lauf schrieb, oder sein Stand wurde entfernt; --restart beginnt von vorn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/tablejob.cpp" line="426"/>
        <source> (the rows the target refused, in the rejects file)</source>
        <translation> (die Zeilen, die das Ziel abgelehnt hat, in der Datei der abgewiesenen Zeilen)</translation>
    </message>
    <message>
        <location filename="../core/engine/tablejob.cpp" line="706"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>barge::TableSchema</name>
    <message>
        <location filename="../core/schema/tableschema.cpp" line="109"/>
        <source>column %1 is generated in the source (AS %2): it is created as a plain column holding the source&apos;s values, which later changes to the row do not recompute</source>
        <translation>die Spalte %1 wird in der Quelle berechnet (AS %2): sie wird als gewöhnliche Spalte mit den Werten der Quelle angelegt, die spätere Änderungen an der Zeile nicht neu berechnen</translation>
    </message>
</context>
<context>
    <name>barge::TableSelectionModel</name>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="16"/>
        <source>Append</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="18"/>
        <source>Empty, then load</source>
        <translation>Leeren, dann laden</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="20"/>
        <source>Drop and re-create</source>
        <translation>Löschen und neu anlegen</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="22"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="24"/>
        <source>Merge by key</source>
        <translation>Über Schlüssel zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="144"/>
        <location filename="../ui/tableselectionmodel.cpp" line="168"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="170"/>
        <source>The target&apos;s tables could not be read.</source>
        <translation>Die Tabellen des Ziels konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="174"/>
        <source>exists</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="174"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="178"/>
        <source>The target already has a table named %1; the mode decides what happens to it.</source>
        <translation>Das Ziel hat bereits eine Tabelle namens %1; der Modus bestimmt, was mit ihr geschieht.</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="180"/>
        <source>Barge creates this table in the target.</source>
        <translation>Barge legt diese Tabelle im Ziel an.</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="235"/>
        <source>Source table</source>
        <translation>Quelltabelle</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="237"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="239"/>
        <source>Target table</source>
        <translation>Zieltabelle</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="241"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="243"/>
        <source>In target</source>
        <translation>Im Ziel</translation>
    </message>
</context>
<context>
    <name>barge::TablesPage</name>
    <message>
        <location filename="../ui/tablespage.cpp" line="26"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="27"/>
        <source>Check the tables to copy. Double-click a target name or a mode to change it.</source>
        <translation>Haken Sie die zu kopierenden Tabellen an. Ein Doppelklick auf Zielname oder Modus ändert ihn.</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="36"/>
        <source>Filter tables: a part of the name, or a pattern such as sales_*</source>
        <translation>Tabellen filtern: ein Teil des Namens oder ein Muster wie sales_*</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="37"/>
        <source>Filter tables</source>
        <translation>Tabellen filtern</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="38"/>
        <source>A part of a table&apos;s name, or a pattern with * (any characters) and ? (one character). Select all and Select none act on the tables shown.</source>
        <translation>Ein Teil eines Tabellennamens oder ein Muster mit * (beliebige Zeichen) und ? (ein Zeichen). „Alle auswählen“ und „Keine auswählen“ wirken auf die angezeigten Tabellen.</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="41"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="42"/>
        <source>Select n&amp;one</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="46"/>
        <source>Source tables</source>
        <translation>Quelltabellen</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="71"/>
        <source>Reading tables</source>
        <translation>Tabellen werden gelesen</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="72"/>
        <source>Stop reading</source>
        <translation>Lesen anhalten</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="73"/>
        <source>Stops after the table being read; the tables can be read again.</source>
        <translation>Hält nach der gerade gelesenen Tabelle an; die Tabellen lassen sich erneut lesen.</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="75"/>
        <source>Read the tables again</source>
        <translation>Tabellen erneut lesen</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="126"/>
        <source>Stopping after the table being read…</source>
        <translation>Hält nach der gerade gelesenen Tabelle an …</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="160"/>
        <source>%v of %m tables</source>
        <translation>%v von %m Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="166"/>
        <source>Reading the tables of %1 and %2…</source>
        <translation>Die Tabellen von %1 und %2 werden gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="230"/>
        <source>Reading the tables…</source>
        <translation>Die Tabellen werden gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="235"/>
        <source>The source, %1, cannot be read: %2</source>
        <translation>Die Quelle %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="236"/>
        <source>The target, %1, cannot be used: %2</source>
        <translation>Das Ziel %1 lässt sich nicht verwenden: %2</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="239"/>
        <source>%1 has no tables.</source>
        <translation>%1 hat keine Tabellen.</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="241"/>
        <source>Check at least one table.</source>
        <translation>Haken Sie mindestens eine Tabelle an.</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="244"/>
        <source>Two tables would be written into %1.</source>
        <translation>Zwei Tabellen würden nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="256"/>
        <source>Change the &amp;source…</source>
        <translation>&amp;Quelle ändern …</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="257"/>
        <source>Change the &amp;target…</source>
        <translation>Ziel än&amp;dern …</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="260"/>
        <source>To continue: %1</source>
        <translation>Zum Fortfahren: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablespage.cpp" line="264"/>
        <source>%1 of %n table(s) selected.</source>
        <translation>
            <numerusform>%1 von %n Tabelle ausgewählt.</numerusform>
            <numerusform>%1 von %n Tabellen ausgewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::TargetCheck</name>
    <message>
        <location filename="../core/engine/targetcheck.cpp" line="124"/>
        <source>table %1: the %2 (%3) takes more than InnoDB&apos;s %4 bytes per index without %5</source>
        <translation>Tabelle %1: %2 (%3) braucht ohne %5 mehr als die %4 Bytes, die InnoDB je Index erlaubt</translation>
    </message>
    <message>
        <location filename="../core/engine/targetcheck.cpp" line="151"/>
        <location filename="../core/engine/targetcheck.cpp" line="251"/>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location filename="../core/engine/targetcheck.cpp" line="152"/>
        <location filename="../core/engine/targetcheck.cpp" line="251"/>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../core/engine/targetcheck.cpp" line="155"/>
        <source>table %1: the %2 (%3) cannot be created in MariaDB: the longest values the source holds (%4) take %5 bytes, more than the %6 bytes InnoDB allows per index. Give one of these columns a shorter type (--type %1.%7=text(N)) or a type of fixed size.</source>
        <translation>Tabelle %1: %2 (%3) kann in MariaDB nicht angelegt werden: Die längsten Werte der Quelle (%4) brauchen %5 Bytes, mehr als die %6 Bytes, die InnoDB je Index erlaubt. Geben Sie einer dieser Spalten einen kürzeren Typ (--type %1.%7=text(N)) oder einen Typ fester Größe.</translation>
    </message>
    <message>
        <location filename="../core/engine/targetcheck.cpp" line="259"/>
        <source>table name %1 holds a NUL character, which no database takes in a name: give the table another name (--table SOURCE=NAME)</source>
        <translation>der Tabellenname %1 enthält ein NUL-Zeichen, das keine Datenbank in einem Namen annimmt: geben Sie der Tabelle einen anderen Namen (--table SOURCE=NAME)</translation>
    </message>
    <message>
        <location filename="../core/engine/targetcheck.cpp" line="265"/>
        <source>table %1: column name %2 holds a NUL character, which no database takes in a name: rename it in the mapping</source>
        <translation>Tabelle %1: der Spaltenname %2 enthält ein NUL-Zeichen, das keine Datenbank in einem Namen annimmt: benennen Sie die Spalte in der Zuordnung um</translation>
    </message>
    <message>
        <location filename="../core/engine/targetcheck.cpp" line="271"/>
        <source>table name %1 is too long for %2, which keeps %3 %4 of a name: give the table a shorter name (--table %5=NAME)</source>
        <translation>der Tabellenname %1 ist zu lang für %2, das von einem Namen %3 %4 behält: geben Sie der Tabelle einen kürzeren Namen (--table %5=NAME)</translation>
    </message>
    <message>
        <location filename="../core/engine/targetcheck.cpp" line="278"/>
        <source>table %1: column name %2 is too long for %3, which keeps %4 %5 of a name: rename it in the mapping</source>
        <translation>Tabelle %1: der Spaltenname %2 ist zu lang für %3, das von einem Namen %4 %5 behält: benennen Sie die Spalte in der Zuordnung um</translation>
    </message>
    <message>
        <location filename="../core/engine/targetcheck.cpp" line="306"/>
        <source>primary key</source>
        <translation>der Primärschlüssel</translation>
    </message>
    <message>
        <location filename="../core/engine/targetcheck.cpp" line="309"/>
        <source>unique index %1</source>
        <translation>der eindeutige Index %1</translation>
    </message>
    <message>
        <location filename="../core/engine/targetcheck.cpp" line="351"/>
        <source>%1 is one file, and %2 targets take one table a file, but %3 tables would go into it (%4). Name a folder for one file per table (a path ending in &apos;/&apos;), or copy one table.</source>
        <translation>%1 ist eine Datei, und %2-Ziele nehmen eine Tabelle je Datei auf, es würden aber %3 Tabellen hineingehen (%4). Geben Sie einen Ordner an, eine Datei je Tabelle (ein Pfad, der auf „/“ endet), oder kopieren Sie eine Tabelle.</translation>
    </message>
    <message>
        <location filename="../core/engine/targetcheck.cpp" line="369"/>
        <source>it is a file, not a folder</source>
        <translation>es ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <location filename="../core/engine/targetcheck.cpp" line="369"/>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <location filename="../core/engine/targetcheck.cpp" line="373"/>
        <source>%1 cannot be written (%2)</source>
        <translation>in %1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/engine/targetcheck.cpp" line="377"/>
        <source>the rejects folder %1 cannot take the rejected rows: %2. Choose another with --rejects DIR (in the wizard: Options, Rejects folder).</source>
        <translation>der Ordner für abgewiesene Zeilen %1 kann diese nicht aufnehmen: %2. Wählen Sie einen anderen mit --rejects DIR (im Assistenten: Optionen, Ordner für abgewiesene Zeilen).</translation>
    </message>
    <message>
        <location filename="../core/engine/targetcheck.cpp" line="398"/>
        <source>column %1 is created %2, not %3: that type comes from an extension the target may not have</source>
        <translation>die Spalte %1 wird als %2 angelegt, nicht als %3: dieser Typ stammt aus einer Erweiterung, die das Ziel womöglich nicht hat</translation>
    </message>
    <message>
        <location filename="../core/engine/targetcheck.cpp" line="464"/>
        <source>column %1 is created %2 rather than %3: the row would take more than MariaDB&apos;s %4 bytes (%5 bytes as declared)</source>
        <translation>die Spalte %1 wird als %2 statt als %3 angelegt: die Zeile bräuchte sonst mehr als die %4 Bytes von MariaDB (%5 Bytes wie deklariert)</translation>
    </message>
    <message>
        <location filename="../core/engine/targetcheck.cpp" line="474"/>
        <source>table %1 cannot be created in MariaDB: its row would take %2 bytes, more than the %3 bytes InnoDB allows, even with its long text columns as LONGTEXT. Leave some columns out or give them smaller types (--type %1.COLUMN=...).</source>
        <translation>die Tabelle %1 kann in MariaDB nicht angelegt werden: Ihre Zeile bräuchte %2 Bytes, mehr als die %3 Bytes, die InnoDB erlaubt, selbst mit ihren langen Textspalten als LONGTEXT. Lassen Sie einige Spalten weg, oder geben Sie ihnen kleinere Typen (--type %1.COLUMN=...).</translation>
    </message>
    <message>
        <location filename="../core/engine/targetcheck.cpp" line="498"/>
        <source>column %1 is created text, not geometry: the target has no PostGIS, so each value is written as its extended WKT (SRID=4326;POINT(1 2)); CREATE EXTENSION postgis in the target first to keep geometry</source>
        <translation>die Spalte %1 wird als text angelegt, nicht als geometry: das Ziel hat kein PostGIS, daher wird jeder Wert als erweitertes WKT geschrieben (SRID=4326;POINT(1 2)); führen Sie zuerst CREATE EXTENSION postgis im Ziel aus, um die Geometrie zu behalten</translation>
    </message>
    <message>
        <location filename="../core/engine/targetcheck.cpp" line="523"/>
        <source>the foreign key %1 is added without %2 SET NULL: %3 cannot be NULL, which MariaDB refuses to declare (the source would refuse such a change too)</source>
        <translation>der Fremdschlüssel %1 wird ohne %2 SET NULL angelegt: %3 kann nicht NULL sein, und MariaDB lehnt diese Deklaration ab (auch die Quelle würde eine solche Änderung ablehnen)</translation>
    </message>
</context>
<context>
    <name>barge::TargetPage</name>
    <message>
        <location filename="../ui/targetpage.cpp" line="18"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/targetpage.cpp" line="19"/>
        <source>Where should the data go? Tables that do not exist there yet are created.</source>
        <translation>Wohin sollen die Daten? Tabellen, die es dort noch nicht gibt, werden angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/targetpage.cpp" line="22"/>
        <source>When a target table already exists</source>
        <translation>Wenn eine Zieltabelle bereits existiert</translation>
    </message>
    <message>
        <location filename="../ui/targetpage.cpp" line="25"/>
        <source>Use &amp;it and append the rows</source>
        <translation>Verwenden und Zeilen &amp;anhängen</translation>
    </message>
    <message>
        <location filename="../ui/targetpage.cpp" line="26"/>
        <source>Use it: add new rows and update changed ones, matched by the table&apos;s &amp;key (merge)</source>
        <translation>Verwenden: neue Zeilen einfügen und geänderte aktualisieren, &amp;über den Schlüssel der Tabelle (zusammenführen)</translation>
    </message>
    <message>
        <location filename="../ui/targetpage.cpp" line="27"/>
        <source>Use it, but empty it fi&amp;rst</source>
        <translation>Verwenden, aber zuerst &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/targetpage.cpp" line="28"/>
        <source>Drop it and create it a&amp;gain from the source</source>
        <translation>Löschen und aus der Quelle &amp;neu anlegen</translation>
    </message>
    <message>
        <location filename="../ui/targetpage.cpp" line="40"/>
        <source>Make it an e&amp;xact match of the source: add, update and delete rows, matched by the table&apos;s key (sync)</source>
        <translation>Der Quelle angleichen: Zeilen einfügen, aktualisieren und l&amp;öschen, zugeordnet über den Schlüssel der Tabelle (sync)</translation>
    </message>
    <message>
        <location filename="../ui/targetpage.cpp" line="115"/>
        <source>The target is the same as the source.</source>
        <translation>Das Ziel ist dasselbe wie die Quelle.</translation>
    </message>
    <message>
        <location filename="../ui/targetpage.cpp" line="117"/>
        <source>make Test connection pass, or tick “Continue anyway”.</source>
        <translation>sorgen Sie dafür, dass „Verbindung testen“ gelingt, oder wählen Sie „Trotzdem fortfahren“.</translation>
    </message>
    <message>
        <location filename="../ui/targetpage.cpp" line="118"/>
        <source>To continue: %1</source>
        <translation>Zum Fortfahren: %1</translation>
    </message>
</context>
<context>
    <name>barge::TextualValues</name>
    <message>
        <location filename="../core/schema/textualvalues.cpp" line="32"/>
        <source>is binary, not JSON</source>
        <translation>ist binär, kein JSON</translation>
    </message>
    <message>
        <location filename="../core/schema/textualvalues.cpp" line="35"/>
        <source>has no JSON form</source>
        <translation>hat keine JSON-Form</translation>
    </message>
    <message>
        <location filename="../core/schema/textualvalues.cpp" line="43"/>
        <source>is not valid JSON</source>
        <translation>ist kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../core/schema/textualvalues.cpp" line="67"/>
        <location filename="../core/schema/textualvalues.cpp" line="71"/>
        <source>is not a UUID</source>
        <translation>ist keine UUID</translation>
    </message>
    <message>
        <location filename="../core/schema/textualvalues.cpp" line="82"/>
        <source>is not an interval (expected H:MM:SS or &apos;1 day 02:00:00&apos;)</source>
        <translation>ist kein Intervall (erwartet wird H:MM:SS oder &apos;1 day 02:00:00&apos;)</translation>
    </message>
    <message>
        <location filename="../core/schema/textualvalues.cpp" line="92"/>
        <source>is not one of %1</source>
        <translation>gehört nicht zu %1</translation>
    </message>
    <message>
        <location filename="../core/schema/textualvalues.cpp" line="104"/>
        <source>is not a JSON array</source>
        <translation>ist kein JSON-Array</translation>
    </message>
    <message>
        <location filename="../core/schema/textualvalues.cpp" line="119"/>
        <source>has %1, which is not one of %2</source>
        <translation>enthält %1, das nicht zu %2 gehört</translation>
    </message>
    <message>
        <location filename="../core/schema/textualvalues.cpp" line="124"/>
        <source>names a member twice</source>
        <translation>nennt ein Element zweimal</translation>
    </message>
    <message>
        <location filename="../core/schema/textualvalues.cpp" line="142"/>
        <source>is negative, not a bit string</source>
        <translation>ist negativ, keine Bitfolge</translation>
    </message>
    <message>
        <location filename="../core/schema/textualvalues.cpp" line="149"/>
        <source>is not a bit string (only 0 and 1)</source>
        <translation>ist keine Bitfolge (nur 0 und 1)</translation>
    </message>
    <message>
        <location filename="../core/schema/textualvalues.cpp" line="157"/>
        <location filename="../core/schema/textualvalues.cpp" line="162"/>
        <source>has more than %1 bits</source>
        <translation>hat mehr als %1 Bits</translation>
    </message>
    <message>
        <location filename="../core/schema/textualvalues.cpp" line="180"/>
        <location filename="../core/schema/textualvalues.cpp" line="189"/>
        <source>is not a geometry: it %1</source>
        <translation>ist keine Geometrie: der Wert %1</translation>
    </message>
    <message>
        <location filename="../core/schema/textualvalues.cpp" line="222"/>
        <source>%1 is not a textual kind</source>
        <translation>%1 ist keine textuelle Art</translation>
    </message>
</context>
<context>
    <name>barge::ThroughputChart</name>
    <message>
        <location filename="../ui/throughputchart.cpp" line="11"/>
        <source>Throughput chart</source>
        <translation>Durchsatzdiagramm</translation>
    </message>
    <message>
        <location filename="../ui/throughputchart.cpp" line="69"/>
        <source>%1 rows per second</source>
        <translation>%1 Zeilen pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/throughputchart.cpp" line="110"/>
        <source>Rows per second, by table</source>
        <translation>Zeilen pro Sekunde, je Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/throughputchart.cpp" line="118"/>
        <source>Rows per second (peak %1)</source>
        <translation>Zeilen pro Sekunde (Spitze %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/throughputchart.cpp" line="162"/>
        <source>… and %n more table(s)</source>
        <translation>
            <numerusform>… und %n weitere Tabelle</numerusform>
            <numerusform>… und %n weitere Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/throughputchart.cpp" line="65"/>
        <source>%1: %2 rows per second</source>
        <translation>%1: %2 Zeilen pro Sekunde</translation>
    </message>
</context>
<context>
    <name>barge::TypeMapper</name>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="82"/>
        <source>%1 values do not convert to %2.</source>
        <translation>Werte vom Typ %1 lassen sich nicht in %2 umwandeln.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="93"/>
        <source>%1 values outside the %2 range are rejected.</source>
        <translation>Werte vom Typ %1 außerhalb des Bereichs von %2 werden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="100"/>
        <source>%1 values with a fraction or outside the %2 range are rejected.</source>
        <translation>Werte vom Typ %1 mit Nachkommastellen oder außerhalb des Bereichs von %2 werden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="105"/>
        <source>real values that are not whole numbers in the %1 range are rejected.</source>
        <translation>real-Werte, die keine ganzen Zahlen im Bereich von %1 sind, werden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="109"/>
        <source>text that is not an integer is rejected.</source>
        <translation>Text, der keine ganze Zahl ist, wird abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="130"/>
        <source>unconstrained decimal values may have more digits than %1 holds.</source>
        <translation>decimal-Werte ohne Beschränkung können mehr Stellen haben, als %1 fasst.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="148"/>
        <source>NaN and infinite real values have no decimal form.</source>
        <translation>NaN und unendliche real-Werte haben keine Dezimalform.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="150"/>
        <source>real values with more digits than %1 holds are rejected.</source>
        <translation>real-Werte mit mehr Stellen, als %1 fasst, werden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="154"/>
        <location filename="../core/schema/typelossiness.cpp" line="175"/>
        <source>text that is not a number is rejected.</source>
        <translation>Text, der keine Zahl ist, wird abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="166"/>
        <source>int64 values beyond 2^53 are rounded as real.</source>
        <translation>int64-Werte jenseits von 2^53 werden als real gerundet.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="172"/>
        <source>decimal values with more than 15 significant digits are rounded as real.</source>
        <translation>decimal-Werte mit mehr als 15 signifikanten Stellen werden als real gerundet.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="197"/>
        <source>binary values become \x hex text, not bytes.</source>
        <translation>Binärwerte werden zu \x-Hex-Text, nicht zu Bytes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/schema/typelossiness.cpp" line="120"/>
        <source>%1 values with more than %2 integer digit(s) do not fit %3.</source>
        <translation>
            <numerusform>Werte vom Typ %1 mit mehr als %2 Vorkommastelle passen nicht in %3.</numerusform>
            <numerusform>Werte vom Typ %1 mit mehr als %2 Vorkommastellen passen nicht in %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/schema/typelossiness.cpp" line="134"/>
        <source>values with more than %1 decimal place(s) do not fit %2.</source>
        <translation>
            <numerusform>Werte mit mehr als %1 Nachkommastelle passen nicht in %2.</numerusform>
            <numerusform>Werte mit mehr als %1 Nachkommastellen passen nicht in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/schema/typelossiness.cpp" line="140"/>
        <source>values with more than %1 integer digit(s) do not fit %2.</source>
        <translation>
            <numerusform>Werte mit mehr als %1 Vorkommastelle passen nicht in %2.</numerusform>
            <numerusform>Werte mit mehr als %1 Vorkommastellen passen nicht in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/schema/typelossiness.cpp" line="204"/>
        <source>%1 values longer than %2 character(s) are rejected.</source>
        <translation>
            <numerusform>Werte vom Typ %1, die länger als %2 Zeichen sind, werden abgewiesen.</numerusform>
            <numerusform>Werte vom Typ %1, die länger als %2 Zeichen sind, werden abgewiesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/schema/typelossiness.cpp" line="216"/>
        <source>%1 values longer than %2 byte(s) are rejected.</source>
        <translation>
            <numerusform>Werte vom Typ %1, die länger als %2 Byte sind, werden abgewiesen.</numerusform>
            <numerusform>Werte vom Typ %1, die länger als %2 Bytes sind, werden abgewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="223"/>
        <source>only text in \x hex form or in base64 converts to binary; other text is rejected.</source>
        <translation>nur Text in \x-Hex-Form oder in Base64 lässt sich in Binärdaten umwandeln; anderer Text wird abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="231"/>
        <source>text that is not a valid %1 is rejected.</source>
        <translation>Text, der kein gültiger Wert vom Typ %1 ist, wird abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="234"/>
        <source>intervals that are negative or of 24 hours or more are rejected.</source>
        <translation>Intervalle, die negativ sind oder 24 Stunden oder mehr umfassen, werden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="241"/>
        <source>%1 values with a time of day other than midnight are rejected.</source>
        <translation>Werte vom Typ %1 mit einer anderen Uhrzeit als Mitternacht werden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="249"/>
        <source>the time zone is dropped: values are converted to UTC first.</source>
        <translation>die Zeitzone entfällt: die Werte werden zuerst in UTC umgerechnet.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="254"/>
        <source>%1 values have no time zone and are taken as UTC.</source>
        <translation>Werte vom Typ %1 haben keine Zeitzone und werden als UTC genommen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="298"/>
        <source>NaN and infinite real values have no JSON form.</source>
        <translation>NaN und unendliche real-Werte haben keine JSON-Form.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="301"/>
        <source>text that is not valid JSON is rejected.</source>
        <translation>Text, der kein gültiges JSON ist, wird abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="306"/>
        <source>text that is not a UUID is rejected.</source>
        <translation>Text, der keine UUID ist, wird abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="308"/>
        <source>binary values that are not 16 bytes are rejected.</source>
        <translation>Binärwerte, die nicht 16 Bytes lang sind, werden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="315"/>
        <source>text that is not an interval is rejected.</source>
        <translation>Text, der kein Intervall ist, wird abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="321"/>
        <source>values that are not one of %1 are rejected.</source>
        <translation>Werte, die nicht zu %1 gehören, werden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="328"/>
        <source>arrays with an element that is not one of %1 are rejected.</source>
        <translation>Arrays mit einem Element, das nicht zu %1 gehört, werden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="332"/>
        <source>text that is not a JSON array is rejected.</source>
        <translation>Text, der kein JSON-Array ist, wird abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="338"/>
        <source>shorter bit strings are padded with leading zeros to %1 bits.</source>
        <translation>kürzere Bitfolgen werden mit führenden Nullen auf %1 Bits aufgefüllt.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="344"/>
        <source>values of more than %1 bits are rejected.</source>
        <translation>Werte mit mehr als %1 Bits werden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="347"/>
        <source>text that is not a string of 0 and 1 is rejected.</source>
        <translation>Text, der keine Folge aus 0 und 1 ist, wird abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="352"/>
        <source>values that are not WKT or WKB geometries are rejected.</source>
        <translation>Werte, die keine WKT- oder WKB-Geometrien sind, werden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="382"/>
        <source>only true and false fit boolean; other %1 values are rejected.</source>
        <translation>nur true und false passen in boolean; andere Werte vom Typ %1 werden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="420"/>
        <source>MariaDB/MySQL has no type with a zone: each instant is stored as its UTC time in DATETIME(6) and the original offset is not kept.</source>
        <translation>MariaDB/MySQL hat keinen Typ mit Zeitzone: jeder Zeitpunkt wird als seine UTC-Zeit in DATETIME(6) gespeichert, und der ursprüngliche Versatz geht verloren.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="425"/>
        <source>MariaDB/MySQL has no unconstrained DECIMAL: the column is DECIMAL(65,30), and values with more digits are rejected.</source>
        <translation>MariaDB/MySQL hat kein DECIMAL ohne Beschränkung: die Spalte wird DECIMAL(65,30), und Werte mit mehr Stellen werden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="430"/>
        <source>MariaDB/MySQL&apos;s TIME holds -838:59:59 to 838:59:59 and no months: longer intervals and those with months or years are rejected.</source>
        <translation>TIME in MariaDB/MySQL fasst -838:59:59 bis 838:59:59 und keine Monate: längere Intervalle und solche mit Monaten oder Jahren werden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="435"/>
        <source>MariaDB/MySQL&apos;s SET has at most 64 members: the column is JSON.</source>
        <translation>SET in MariaDB/MySQL hat höchstens 64 Elemente: die Spalte wird JSON.</translation>
    </message>
    <message>
        <location filename="../core/schema/typelossiness.cpp" line="440"/>
        <source>SQLite keeps NUMERIC values as integers or 8-byte reals: digits beyond the 15th significant one are not kept.</source>
        <translation>SQLite speichert NUMERIC-Werte als ganze Zahlen oder 8-Byte-Gleitkommazahlen: Stellen nach der 15. signifikanten gehen verloren.</translation>
    </message>
</context>
<context>
    <name>barge::ValueConverter</name>
    <message>
        <location filename="../core/schema/valueconverter.cpp" line="96"/>
        <location filename="../core/schema/valueconverter.cpp" line="105"/>
        <source>is out of range for int64</source>
        <translation>liegt außerhalb des Bereichs von int64</translation>
    </message>
    <message>
        <location filename="../core/schema/valueconverter.cpp" line="103"/>
        <location filename="../core/schema/valueconverter.cpp" line="111"/>
        <source>is not an integer</source>
        <translation>ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/schema/valueconverter.cpp" line="113"/>
        <location filename="../core/schema/valueconverter.cpp" line="116"/>
        <location filename="../core/schema/valueconverter.cpp" line="260"/>
        <source>is out of range for %1</source>
        <translation>liegt außerhalb des Bereichs von %1</translation>
    </message>
    <message>
        <location filename="../core/schema/valueconverter.cpp" line="141"/>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/schema/valueconverter.cpp" line="143"/>
        <source>is out of range for real</source>
        <translation>liegt außerhalb des Bereichs von real</translation>
    </message>
    <message>
        <location filename="../core/schema/valueconverter.cpp" line="249"/>
        <location filename="../core/schema/valueconverter.cpp" line="282"/>
        <source>is not a decimal number</source>
        <translation>ist keine Dezimalzahl</translation>
    </message>
    <message>
        <location filename="../core/schema/valueconverter.cpp" line="254"/>
        <source>has more than %1 decimal places</source>
        <translation>hat mehr als %1 Nachkommastellen</translation>
    </message>
    <message>
        <location filename="../core/schema/valueconverter.cpp" line="322"/>
        <source>is not a valid date</source>
        <translation>ist kein gültiges Datum</translation>
    </message>
    <message>
        <location filename="../core/schema/valueconverter.cpp" line="324"/>
        <source>has a time of day, which a date cannot keep</source>
        <translation>hat eine Uhrzeit, die ein Datum nicht aufnehmen kann</translation>
    </message>
    <message>
        <location filename="../core/schema/valueconverter.cpp" line="328"/>
        <source>is not a valid time</source>
        <translation>ist keine gültige Uhrzeit</translation>
    </message>
    <message>
        <location filename="../core/schema/valueconverter.cpp" line="332"/>
        <source>is not a valid datetime</source>
        <translation>ist kein gültiger Zeitpunkt (datetime)</translation>
    </message>
    <message>
        <location filename="../core/schema/valueconverter.cpp" line="334"/>
        <source>is out of range for datetime</source>
        <translation>liegt außerhalb des Bereichs von datetime</translation>
    </message>
    <message>
        <location filename="../core/schema/valueconverter.cpp" line="338"/>
        <source>is not a valid datetime with time zone</source>
        <translation>ist kein gültiger Zeitpunkt mit Zeitzone</translation>
    </message>
    <message>
        <location filename="../core/schema/valueconverter.cpp" line="355"/>
        <source>is not a temporal type</source>
        <translation>ist kein Datums- oder Zeittyp</translation>
    </message>
    <message>
        <location filename="../core/schema/valueconverter.cpp" line="422"/>
        <source>is not binary (expected \x and hex digits, or base64)</source>
        <translation>ist nicht binär (erwartet werden \x und Hexadezimalziffern, oder Base64)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/schema/valueconverter.cpp" line="426"/>
        <source>is longer than %1 byte(s)</source>
        <translation>
            <numerusform>ist länger als %1 Byte</numerusform>
            <numerusform>ist länger als %1 Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/schema/valueconverter.cpp" line="447"/>
        <source>is longer than %1 character(s)</source>
        <translation>
            <numerusform>ist länger als %1 Zeichen</numerusform>
            <numerusform>ist länger als %1 Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/schema/valueconverter.cpp" line="474"/>
        <location filename="../core/schema/valueconverter.cpp" line="480"/>
        <source>is not a boolean</source>
        <translation>ist kein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../core/schema/valueconverter.cpp" line="523"/>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
</context>
<context>
    <name>barge::Verifier</name>
    <message>
        <location filename="../core/engine/verifier.cpp" line="139"/>
        <source>cannot read %1 from %2</source>
        <translation>%1 kann nicht aus %2 gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="192"/>
        <source>verification cancelled</source>
        <translation>Prüfung abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="227"/>
        <source>%1: only in the source</source>
        <translation>%1: nur in der Quelle</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="229"/>
        <source>%1: only in the target</source>
        <translation>%1: nur im Ziel</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/verifier.cpp" line="231"/>
        <source>%1: %2 row(s) in the source, %3 in the target</source>
        <translation>
            <numerusform>%1: %2 Zeile in der Quelle, %3 im Ziel</numerusform>
            <numerusform>%1: %2 Zeilen in der Quelle, %3 im Ziel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="247"/>
        <source> (source rows that do not convert to the target&apos;s types, which the load rejected: %1)</source>
        <translation> (Quellzeilen, die sich nicht in die Typen des Ziels umwandeln lassen und die das Laden abgewiesen hat: %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/verifier.cpp" line="252"/>
        <source>checked by count only (no primary key to compare rows by): %1 row(s) in the source, %2 in the target%3%4</source>
        <translation>
            <numerusform>nur die Anzahl geprüft (kein Primärschlüssel, um Zeilen zu vergleichen): %1 Zeile in der Quelle, %2 im Ziel%3%4</numerusform>
            <numerusform>nur die Anzahl geprüft (kein Primärschlüssel, um Zeilen zu vergleichen): %1 Zeilen in der Quelle, %2 im Ziel%3%4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/verifier.cpp" line="261"/>
        <source>verified: %1 row(s) equal in source and target (content checksums of %2 key groups)%3</source>
        <translation>
            <numerusform>geprüft: %1 Zeile in Quelle und Ziel gleich (Prüfsummen der Inhalte von %2 Schlüsselgruppen)%3</numerusform>
            <numerusform>geprüft: %1 Zeilen in Quelle und Ziel gleich (Prüfsummen der Inhalte von %2 Schlüsselgruppen)%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/verifier.cpp" line="268"/>
        <source>DIFFERENT: %1 row(s) in the source, %2 in the target, differing in %3 of %4 key groups</source>
        <translation>
            <numerusform>VERSCHIEDEN: %1 Zeile in der Quelle, %2 im Ziel, Unterschiede in %3 von %4 Schlüsselgruppen</numerusform>
            <numerusform>VERSCHIEDEN: %1 Zeilen in der Quelle, %2 im Ziel, Unterschiede in %3 von %4 Schlüsselgruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/verifier.cpp" line="278"/>
        <source>; and %1 more row(s)</source>
        <translation>
            <numerusform>; und %1 weitere Zeile</numerusform>
            <numerusform>; und %1 weitere Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="236"/>
        <source>%1: the values differ</source>
        <translation>%1: die Werte unterscheiden sich</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="258"/>
        <source>: DIFFERENT</source>
        <translation>: VERSCHIEDEN</translation>
    </message>
    <message>
        <location filename="../core/engine/verifier.cpp" line="282"/>
        <source> (rows named from the first %1 groups)</source>
        <translation> (genannte Zeilen aus den ersten %1 Gruppen)</translation>
    </message>
</context>
<context>
    <name>barge::Watermark</name>
    <message>
        <location filename="../core/io/watermarkfilter.cpp" line="61"/>
        <source>the overlap cannot be taken from %1&apos;s value &apos;%2&apos;: an overlap needs a number, a date or a time (after Christ)</source>
        <translation>die Überlappung lässt sich nicht vom Wert „%2“ der Spalte %1 abziehen: Eine Überlappung braucht eine Zahl, ein Datum oder eine Zeit (nach Christus)</translation>
    </message>
</context>
<context>
    <name>barge::WatermarkState</name>
    <message>
        <location filename="../core/profile/watermarkstate.cpp" line="41"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/profile/watermarkstate.cpp" line="48"/>
        <source>%1 is not the watermark state of a profile (format %2, version %3)</source>
        <translation>%1 ist kein Wasserstand eines Profils (Format %2, Version %3)</translation>
    </message>
    <message>
        <location filename="../core/profile/watermarkstate.cpp" line="79"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>barge::Watermarks</name>
    <message>
        <location filename="../core/engine/watermarks.cpp" line="41"/>
        <source>table %1: a watermark needs the mode merge (rows a run reads again, in the overlap or after a stop, must update the target&apos;s rows rather than be added twice), not %2</source>
        <translation>Tabelle %1: Ein Wasserstand braucht den Modus „merge“ (Zeilen, die ein Lauf erneut liest – in der Überlappung oder nach einem Abbruch –, müssen die Zeilen des Ziels aktualisieren statt doppelt hinzukommen), nicht %2</translation>
    </message>
    <message>
        <location filename="../core/engine/watermarks.cpp" line="49"/>
        <source>table %1 has no column &apos;%2&apos; for its watermark</source>
        <translation>Tabelle %1 hat keine Spalte „%2“ für ihren Wasserstand</translation>
    </message>
    <message>
        <location filename="../core/engine/watermarks.cpp" line="53"/>
        <source>table %1: its watermark column %2 (%3) does not order rows; a watermark is a number, a date, a time stamp or a text that grows</source>
        <translation>Tabelle %1: Ihre Wasserstandsspalte %2 (%3) ordnet die Zeilen nicht; ein Wasserstand ist eine Zahl, ein Datum, ein Zeitstempel oder ein wachsender Text</translation>
    </message>
    <message>
        <location filename="../core/engine/watermarks.cpp" line="66"/>
        <source>table %1: %2</source>
        <translation>Tabelle %1: %2</translation>
    </message>
    <message>
        <location filename="../core/engine/watermarks.cpp" line="72"/>
        <source>table %1: %2 cannot select rows by a column, so it cannot keep a watermark (a file is read whole: merge or sync it instead)</source>
        <translation>Tabelle %1: %2 kann Zeilen nicht nach einer Spalte auswählen und daher keinen Wasserstand führen (eine Datei wird ganz gelesen: Führen Sie sie stattdessen zusammen oder gleichen Sie sie ab)</translation>
    </message>
    <message>
        <location filename="../core/engine/watermarks.cpp" line="75"/>
        <source>table %1: the watermark&apos;s rows could not be counted: %2</source>
        <translation>Tabelle %1: Die Zeilen ab dem Wasserstand konnten nicht gezählt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/engine/watermarks.cpp" line="79"/>
        <source>table %1: the highest value of its watermark column %2 is &apos;%3&apos;, which no later value passes; a watermark needs finite values</source>
        <translation>Tabelle %1: Der höchste Wert ihrer Wasserstandsspalte %2 ist „%3“, den kein späterer Wert übertrifft; ein Wasserstand braucht endliche Werte</translation>
    </message>
    <message>
        <location filename="../core/engine/watermarks.cpp" line="95"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../core/engine/watermarks.cpp" line="107"/>
        <source>Watermark %1: every row (no earlier run)</source>
        <translation>Wasserstand %1: alle Zeilen (kein früherer Lauf)</translation>
    </message>
    <message>
        <location filename="../core/engine/watermarks.cpp" line="108"/>
        <source>Watermark %1 from %2 less %3 of overlap</source>
        <translation>Wasserstand %1 ab %2, abzüglich %3 Überlappung</translation>
    </message>
    <message>
        <location filename="../core/engine/watermarks.cpp" line="109"/>
        <source>Watermark %1 from %2</source>
        <translation>Wasserstand %1 ab %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/watermarks.cpp" line="112"/>
        <source>%1: %3 row(s) up to %2</source>
        <translation>
            <numerusform>%1: %3 Zeile bis %2</numerusform>
            <numerusform>%1: %3 Zeilen bis %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/watermarks.cpp" line="119"/>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <location filename="../core/engine/watermarks.cpp" line="121"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../core/engine/watermarks.cpp" line="123"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../core/engine/watermarks.cpp" line="124"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>barge::WorkerRun</name>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="90"/>
        <source>cannot open the target %1</source>
        <translation>das Ziel %1 lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="104"/>
        <source>%1 copies only the rows past its watermark: an incremental run is one process, not shared by workers</source>
        <translation>%1 kopiert nur die Zeilen nach seiner Wasserstandsmarke: ein inkrementeller Lauf ist ein Prozess und wird nicht von Workern geteilt</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="124"/>
        <source>workers are still running this profile&apos;s job (a claim was renewed within the last %1 s): --restart starts it over once they have stopped</source>
        <translation>Worker arbeiten noch am Auftrag dieses Profils (eine Zuteilung wurde in den letzten %1 s erneuert): --restart beginnt ihn neu, sobald sie beendet sind</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="142"/>
        <source>the profile&apos;s earlier job was removed: starting over</source>
        <translation>der frühere Auftrag des Profils wurde entfernt: es beginnt von vorn</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="156"/>
        <source>seeded the job: %1 unit(s) of work</source>
        <translation>Auftrag angelegt: %1 Arbeitseinheit(en)</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="235"/>
        <source>the start of the job</source>
        <translation>der Beginn des Auftrags</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="237"/>
        <source>%1 (before its ranges)</source>
        <translation>%1 (vor seinen Bereichen)</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="242"/>
        <source>%1 range %2</source>
        <translation>%1 Bereich %2</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="245"/>
        <source>%1 (after its ranges)</source>
        <translation>%1 (nach seinen Bereichen)</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="249"/>
        <source>the end of the job</source>
        <translation>das Ende des Auftrags</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="297"/>
        <source>claims not renewed: %1</source>
        <translation>Zuteilungen nicht erneuert: %1</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="330"/>
        <source>this worker was cancelled; the job goes on with the other workers, or with the next one started</source>
        <translation>dieser Worker wurde abgebrochen; der Auftrag geht mit den anderen Workern weiter oder mit dem nächsten, der startet</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="364"/>
        <source>the job failed: %1 failed %2 times, last: %3</source>
        <translation>der Auftrag ist fehlgeschlagen: %1 schlug %2-mal fehl, zuletzt: %3</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="371"/>
        <source>the job has no units any more: its claims were removed from the target (--restart starts it over)</source>
        <translation>der Auftrag hat keine Einheiten mehr: seine Zuteilungen wurden aus dem Ziel entfernt (--restart beginnt ihn neu)</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="386"/>
        <source>%1: taking over (attempt %2 of %3)</source>
        <translation>%1: wird übernommen (Versuch %2 von %3)</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="387"/>
        <source>%1: started</source>
        <translation>%1: begonnen</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="395"/>
        <source>%1: another worker took it over before this one began</source>
        <translation>%1: ein anderer Worker hat es übernommen, bevor dieser begann</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="416"/>
        <source>%1: another worker took it over first; this worker&apos;s result is dropped</source>
        <translation>%1: ein anderer Worker hat es zuerst übernommen; das Ergebnis dieses Workers wird verworfen</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="418"/>
        <source>%1: done, %2 read, %3 written, %4 rejected in %5 s%6</source>
        <translation>%1: fertig, %2 gelesen, %3 geschrieben, %4 abgewiesen in %5 s%6</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="421"/>
        <source> (%1 rows of them committed by the worker before)</source>
        <translation> (%1 Zeilen davon vom vorigen Worker festgeschrieben)</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="425"/>
        <source>%1: done</source>
        <translation>%1: fertig</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="435"/>
        <source>%1: another worker took it over (this worker&apos;s claim had expired); what this worker had not committed is rolled back: %2</source>
        <translation>%1: ein anderer Worker hat es übernommen (die Zuteilung dieses Workers war abgelaufen); was dieser Worker nicht festgeschrieben hatte, wird zurückgerollt: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="438"/>
        <source>%1: cancelled, given back</source>
        <translation>%1: abgebrochen, zurückgegeben</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="440"/>
        <source>%1: failed (attempt %2 of %3): %4</source>
        <translation>%1: fehlgeschlagen (Versuch %2 von %3): %4</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="473"/>
        <source>cannot empty %1: %2</source>
        <translation>%1 lässt sich nicht leeren: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="556"/>
        <source>the rejected rows of %1 are not in %2: worker %3 wrote them on its machine; give every worker the same --rejects folder (a shared one)</source>
        <translation>die abgewiesenen Zeilen von %1 sind nicht in %2: Worker %3 hat sie auf seinem Rechner geschrieben; geben Sie allen Workern denselben (gemeinsamen) --rejects-Ordner</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="590"/>
        <location filename="../core/worker/workerrun.cpp" line="597"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="595"/>
        <source>%1: foreign keys not added: %2</source>
        <translation>%1: Fremdschlüssel nicht angelegt: %2</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="629"/>
        <source>not loaded yet</source>
        <translation>noch nicht geladen</translation>
    </message>
    <message>
        <location filename="../core/worker/workerrun.cpp" line="655"/>
        <source>not finished yet: other workers, or the next one started, go on with it</source>
        <translation>noch nicht fertig: andere Worker oder der nächste, der startet, machen weiter</translation>
    </message>
</context>
<context>
    <name>barge::WorkerRunner</name>
    <message>
        <location filename="../ui/workerrunner.cpp" line="38"/>
        <source>The profile&apos;s job is done already (by workers elsewhere, or an earlier run).</source>
        <translation>Der Auftrag des Profils ist bereits erledigt (von Workern anderswo oder einem früheren Lauf).</translation>
    </message>
    <message>
        <location filename="../ui/workerrunner.cpp" line="40"/>
        <source>Joined the profile&apos;s job as worker %1.</source>
        <translation>Dem Auftrag des Profils als Worker %1 beigetreten.</translation>
    </message>
</context>
<context>
    <name>barge::XlsxForm</name>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="43"/>
        <source>No sheet holds any values.</source>
        <translation>Kein Blatt enthält Werte.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="84"/>
        <source>cell %1: %2</source>
        <translation>Zelle %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="103"/>
        <source>One &amp;workbook (its sheets are tables)</source>
        <translation>Eine &amp;Arbeitsmappe (ihre Blätter sind Tabellen)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="103"/>
        <source>One &amp;workbook (one table)</source>
        <translation>Eine &amp;Arbeitsmappe (eine Tabelle)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="104"/>
        <source>A f&amp;older of workbooks (one table each)</source>
        <translation>Ein &amp;Ordner mit Arbeitsmappen (je eine Tabelle)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="110"/>
        <source>Source workbook path</source>
        <translation>Pfad der Quell-Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="110"/>
        <source>Target workbook path</source>
        <translation>Pfad der Ziel-Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="118"/>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="121"/>
        <source>Find the row of names</source>
        <translation>Zeile mit den Namen suchen</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="122"/>
        <source>No row of names (columns A, B, C, ...)</source>
        <translation>Keine Namenszeile (Spalten A, B, C, ...)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="123"/>
        <source>Names in row:</source>
        <translation>Namen in Zeile:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="124"/>
        <source>Column names</source>
        <translation>Spaltennamen</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="127"/>
        <source>Row of column names</source>
        <translation>Zeile der Spaltennamen</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="134"/>
        <source>Column &amp;names:</source>
        <translation>Spalten&amp;namen:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="138"/>
        <source>Sheet to preview</source>
        <translation>Blatt für die Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="139"/>
        <source>Pre&amp;view sheet:</source>
        <translation>&amp;Vorschau-Blatt:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="145"/>
        <source>First rows</source>
        <translation>Erste Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="157"/>
        <source>A sheet per table, with the column names in bold in the first row and typed cells. Several tables need a folder: one workbook each.</source>
        <translation>Ein Blatt je Tabelle, mit den Spaltennamen fett in der ersten Zeile und typisierten Zellen. Mehrere Tabellen brauchen einen Ordner: je eine Arbeitsmappe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpoints/xlsxform.cpp" line="189"/>
        <source>The first %n row(s) of sheet %1; point at a column&apos;s name for the type these rows suggest (the plan reads every row).</source>
        <translation>
            <numerusform>Die erste Zeile von Blatt %1; zeigen Sie auf einen Spaltennamen für den Typ, den diese Zeile nahelegt (der Plan liest alle Zeilen).</numerusform>
            <numerusform>Die ersten %n Zeilen von Blatt %1; zeigen Sie auf einen Spaltennamen für den Typ, den diese Zeilen nahelegen (der Plan liest alle Zeilen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpoints/xlsxform.cpp" line="191"/>
        <source>The first %n row(s) of sheet %1; the ones in red cannot be read (point at one to see why).</source>
        <translation>
            <numerusform>Die erste Zeile von Blatt %1; rote Zeilen lassen sich nicht lesen (zeigen Sie auf eine, um den Grund zu sehen).</numerusform>
            <numerusform>Die ersten %n Zeilen von Blatt %1; rote Zeilen lassen sich nicht lesen (zeigen Sie auf eine, um den Grund zu sehen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="205"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="206"/>
        <source>folder holding .xlsx files</source>
        <translation>Ordner mit .xlsx-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="206"/>
        <source>book.xlsx</source>
        <translation>mappe.xlsx</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="248"/>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="248"/>
        <source>Choose an Excel workbook.</source>
        <translation>Wählen Sie eine Excel-Arbeitsmappe.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="251"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="253"/>
        <source>%1 is a folder; choose “A folder of workbooks” or a file.</source>
        <translation>%1 ist ein Ordner; wählen Sie „Ein Ordner mit Arbeitsmappen“ oder eine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/xlsxform.cpp" line="255"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>barge::XlsxIntrospector</name>
    <message>
        <location filename="../core/io/xlsx/xlsxintrospector.cpp" line="39"/>
        <source>header=%1: say true (find the header row), false (no header) or the number of the row that holds the column names</source>
        <translation>header=%1: true (die Zeile mit den Namen suchen), false (keine Namenszeile) oder die Nummer der Zeile mit den Spaltennamen angeben</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxintrospector.cpp" line="67"/>
        <source>%1: no such folder</source>
        <translation>%1: Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxintrospector.cpp" line="67"/>
        <source>%1: no such Excel workbook</source>
        <translation>%1: Excel-Arbeitsmappe nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxintrospector.cpp" line="106"/>
        <source>%1 has no sheet &apos;%2&apos; (it has: %3)</source>
        <translation>%1 hat kein Blatt „%2“ (vorhanden: %3)</translation>
    </message>
</context>
<context>
    <name>barge::XlsxLayout</name>
    <message>
        <location filename="../core/io/xlsx/xlsxlayout.cpp" line="113"/>
        <source>column names from row %1 (header=%1)</source>
        <translation>Spaltennamen aus Zeile %1 (header=%1)</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxlayout.cpp" line="115"/>
        <source>no header row: columns named by their letters (header=N names the row that holds the names)</source>
        <translation>keine Namenszeile: Spalten heißen nach ihren Buchstaben (header=N nennt die Zeile mit den Namen)</translation>
    </message>
</context>
<context>
    <name>barge::XlsxSheetParser</name>
    <message>
        <location filename="../core/io/xlsx/xlsxsheetparser.cpp" line="266"/>
        <source>row %1 is out of order or out of range</source>
        <translation>Zeile %1 steht außer der Reihe oder außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxsheetparser.cpp" line="277"/>
        <source>cell reference %1 names no column Excel has</source>
        <translation>der Zellbezug %1 nennt keine Spalte, die Excel hat</translation>
    </message>
</context>
<context>
    <name>barge::XlsxSheetReader</name>
    <message>
        <location filename="../core/io/xlsx/xlsxsheetreader.cpp" line="125"/>
        <source>%1 is no date Excel can show</source>
        <translation>%1 ist kein Datum, das Excel zeigen kann</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxsheetreader.cpp" line="141"/>
        <source>serial 60 is 1900-02-29, a day Excel counts but the calendar never had</source>
        <translation>Seriennummer 60 ist der 29.02.1900, ein Tag, den Excel zählt, den es im Kalender aber nie gab</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxsheetreader.cpp" line="184"/>
        <source>no such sheet</source>
        <translation>kein solches Blatt</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxsheetreader.cpp" line="217"/>
        <source>sheet %1 (%2 line %3): %4</source>
        <translation>Blatt %1 (%2 Zeile %3): %4</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxsheetreader.cpp" line="242"/>
        <source>shared string %1 is missing from the workbook</source>
        <translation>gemeinsame Zeichenkette %1 fehlt in der Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxsheetreader.cpp" line="274"/>
        <source>&apos;%1&apos; is not an ISO 8601 date</source>
        <translation>„%1“ ist kein Datum nach ISO 8601</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxsheetreader.cpp" line="301"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>barge::XlsxTableReader</name>
    <message>
        <location filename="../core/io/xlsx/xlsxtablereader.cpp" line="46"/>
        <source>%1 sheet %2 row %3</source>
        <translation>%1 Blatt %2 Zeile %3</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxtablereader.cpp" line="93"/>
        <source>cell %1 lies outside the columns the sheet had when it was scanned</source>
        <translation>Zelle %1 liegt außerhalb der Spalten, die das Blatt beim Einlesen hatte</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxtablereader.cpp" line="84"/>
        <source>cell %1 holds the error value %2</source>
        <translation>Zelle %1 enthält den Fehlerwert %2</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxtablereader.cpp" line="85"/>
        <source>cell %1: %2</source>
        <translation>Zelle %1: %2</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxtablereader.cpp" line="97"/>
        <source>cell %1: text %2 in a column that held no text when the sheet was scanned</source>
        <translation>Zelle %1: Text %2 in einer Spalte, die beim Einlesen des Blatts keinen Text enthielt</translation>
    </message>
</context>
<context>
    <name>barge::XlsxTableWriter</name>
    <message>
        <location filename="../core/io/xlsx/xlsxtablewriter.cpp" line="102"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxtablewriter.cpp" line="112"/>
        <source>%1 exists, and rows cannot be added to an Excel workbook: replace it (mode replace or truncate) or write to a new file</source>
        <translation>%1 existiert, und an eine Excel-Arbeitsmappe lassen sich keine Zeilen anhängen: ersetzen Sie sie (Modus replace oder truncate) oder schreiben Sie in eine neue Datei</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxtablewriter.cpp" line="127"/>
        <source>%1 holds other sheets (%2) that writing table %3 would remove: write to a new file or a folder</source>
        <translation>%1 enthält weitere Blätter (%2), die das Schreiben der Tabelle %3 entfernen würde: schreiben Sie in eine neue Datei oder einen Ordner</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxtablewriter.cpp" line="144"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxtablewriter.cpp" line="183"/>
        <source>cannot add the sheet %1 to %2</source>
        <translation>das Blatt %1 kann nicht zu %2 hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxtablewriter.cpp" line="209"/>
        <source>column %1: an Excel cell holds at most %L2 characters; this value has %L3</source>
        <translation>Spalte %1: eine Excel-Zelle fasst höchstens %L2 Zeichen; dieser Wert hat %L3</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxtablewriter.cpp" line="291"/>
        <source>%1: the workbook is not open</source>
        <translation>%1: die Arbeitsmappe ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxtablewriter.cpp" line="346"/>
        <source>cannot move %1 to %2</source>
        <translation>%1 kann nicht nach %2 verschoben werden</translation>
    </message>
</context>
<context>
    <name>barge::XlsxWorkbook</name>
    <message>
        <location filename="../core/io/xlsx/xlsxworkbook.cpp" line="173"/>
        <source>%1: not an Excel workbook (it has no %2)</source>
        <translation>%1: keine Excel-Arbeitsmappe (%2 fehlt)</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/xlsxworkbook.cpp" line="199"/>
        <location filename="../core/io/xlsx/xlsxworkbook.cpp" line="236"/>
        <location filename="../core/io/xlsx/xlsxworkbook.cpp" line="270"/>
        <location filename="../core/io/xlsx/xlsxworkbook.cpp" line="303"/>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>barge::ZipArchive</name>
    <message>
        <location filename="../core/io/xlsx/ziparchive.cpp" line="15"/>
        <source>not a zip archive, or a damaged one</source>
        <translation>kein ZIP-Archiv oder ein beschädigtes</translation>
    </message>
    <message>
        <location filename="../core/io/xlsx/ziparchive.cpp" line="80"/>
        <source>not open</source>
        <translation>nicht geöffnet</translation>
    </message>
</context>
</TS>
