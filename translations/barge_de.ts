<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EndpointScanner</name>
    <message>
        <location filename="../core/engine/endpointscanner.cpp" line="25"/>
        <source>%1 does not exist yet; it will be created.</source>
        <translation>%1 gibt es noch nicht; die Datei wird angelegt.</translation>
    </message>
    <message>
        <location filename="../core/engine/endpointscanner.cpp" line="30"/>
        <source>Each table will be written as &lt;table&gt;.%1 in %2.</source>
        <translation>Jede Tabelle wird als &lt;Tabelle&gt;.%1 in %2 geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/engine/endpointscanner.cpp" line="31"/>
        <source>The table will be written to %1.</source>
        <translation>Die Tabelle wird nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/engine/endpointscanner.cpp" line="36"/>
        <source>Cannot open %1.</source>
        <translation>%1 lässt sich nicht öffnen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/endpointscanner.cpp" line="45"/>
        <source>Connected to %1: %n table(s).</source>
        <translation>
            <numerusform>Verbunden mit %1: %n Tabelle.</numerusform>
            <numerusform>Verbunden mit %1: %n Tabellen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/endpointscanner.cpp" line="62"/>
        <source>%1 is a file, not a folder, so %2 cannot be created in it.</source>
        <translation>%1 ist eine Datei, kein Ordner; %2 kann darin nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/engine/endpointscanner.cpp" line="64"/>
        <source>The folder %1 does not exist. Create it first, or choose another folder.</source>
        <translation>Den Ordner %1 gibt es nicht. Legen Sie ihn zuerst an, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/engine/endpointscanner.cpp" line="76"/>
        <source>The folder %1 cannot be written to (%2), so %3 cannot be created there.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden (%2); %3 kann dort nicht angelegt werden.</translation>
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
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <location filename="../ui/plandescription.cpp" line="22"/>
        <source>append</source>
        <translation>anhängen</translation>
    </message>
    <message>
        <location filename="../ui/plandescription.cpp" line="29"/>
        <source>rows unknown</source>
        <translation>Zeilenzahl unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plandescription.cpp" line="32"/>
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 Zeile</numerusform>
            <numerusform>%1 Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plandescription.cpp" line="33"/>
        <source>about %1 row(s)</source>
        <translation>
            <numerusform>etwa %1 Zeile</numerusform>
            <numerusform>etwa %1 Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plandescription.cpp" line="43"/>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <location filename="../ui/plandescription.cpp" line="43"/>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location filename="../ui/plandescription.cpp" line="45"/>
        <source>constant &apos;%1&apos;</source>
        <translation>Konstante „%1“</translation>
    </message>
    <message>
        <location filename="../ui/plandescription.cpp" line="53"/>
        <source>From %1 to %2</source>
        <translation>Von %1 nach %2</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="27"/>
        <source>Barge migration report</source>
        <translation>Barge-Migrationsbericht</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="34"/>
        <source>From &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;, started %3, took %4 s. Status: &lt;b&gt;%5&lt;/b&gt;.</source>
        <translation>Von &lt;b&gt;%1&lt;/b&gt; nach &lt;b&gt;%2&lt;/b&gt;, gestartet %3, Dauer %4 s. Status: &lt;b&gt;%5&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="40"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="42"/>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="45"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="45"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="45"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="45"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="45"/>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="46"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="46"/>
        <source>Rejects file or error</source>
        <translation>Datei der abgewiesenen Zeilen oder Fehler</translation>
    </message>
    <message>
        <location filename="../core/engine/reporthtml.cpp" line="49"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>barge</name>
    <message>
        <location filename="../ui/passwordmemory.cpp" line="25"/>
        <source>The password for %1 is saved in the system keychain.</source>
        <translation>Das Passwort für %1 ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/passwordmemory.cpp" line="26"/>
        <source>The password for %1 could not be saved in the system keychain: %2</source>
        <translation>Das Passwort für %1 konnte nicht im Schlüsselbund des Systems gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/passwordmemory.cpp" line="32"/>
        <source>The password for %1 is no longer kept in the system keychain.</source>
        <translation>Das Passwort für %1 wird nicht mehr im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/passwordmemory.cpp" line="34"/>
        <source>The password for %1 could not be removed from the system keychain: %2</source>
        <translation>Das Passwort für %1 konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>barge::CsvForm</name>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="44"/>
        <source>One &amp;file</source>
        <translation>Eine &amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="45"/>
        <source>A f&amp;older of .csv files (one table each)</source>
        <translation>Ein &amp;Ordner mit .csv-Dateien (je eine Tabelle)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="54"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="55"/>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="56"/>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="57"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="58"/>
        <source>Pipe |</source>
        <translation>Senkrechter Strich |</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="60"/>
        <source>Double quote &quot;</source>
        <translation>Doppeltes Anführungszeichen &quot;</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="61"/>
        <source>Single quote &apos;</source>
        <translation>Einfaches Anführungszeichen &apos;</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="62"/>
        <source>None</source>
        <translation>Keins</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="63"/>
        <source>First line &amp;holds the column names</source>
        <translation>Erste Zeile enthält die Spaltenna&amp;men</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="69"/>
        <source>empty field</source>
        <translation>leeres Feld</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="71"/>
        <source>Source CSV path</source>
        <translation>Pfad der Quell-CSV</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="71"/>
        <source>Target CSV path</source>
        <translation>Pfad der Ziel-CSV</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="72"/>
        <source>One CSV file</source>
        <translation>Eine CSV-Datei</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="73"/>
        <source>A folder of CSV files</source>
        <translation>Ein Ordner mit CSV-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="74"/>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="75"/>
        <source>Quote character</source>
        <translation>Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="76"/>
        <source>First line holds the column names</source>
        <translation>Erste Zeile enthält die Spaltennamen</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="77"/>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="78"/>
        <source>Text that means NULL</source>
        <translation>Text, der NULL bedeutet</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="87"/>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="93"/>
        <source>&amp;Delimiter, quote, encoding:</source>
        <translation>T&amp;rennzeichen, Anführung, Kodierung:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="97"/>
        <source>NU&amp;LL is written as:</source>
        <translation>NULL w&amp;ird geschrieben als:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="101"/>
        <source>File to preview</source>
        <translation>Datei für die Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="103"/>
        <source>Pre&amp;view file:</source>
        <translation>&amp;Vorschau der Datei:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="143"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="144"/>
        <source>folder holding .csv files</source>
        <translation>Ordner mit .csv-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="144"/>
        <source>file.csv</source>
        <translation>datei.csv</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="248"/>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="248"/>
        <source>Choose a CSV file.</source>
        <translation>Wählen Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="251"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="253"/>
        <source>%1 is a folder; choose “A folder of .csv files” or a file.</source>
        <translation>%1 ist ein Ordner; wählen Sie „Ein Ordner mit .csv-Dateien“ oder eine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="255"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="257"/>
        <source>%1 is a folder; choose “A folder of .csv files” or a file name.</source>
        <translation>%1 ist ein Ordner; wählen Sie „Ein Ordner mit .csv-Dateien“ oder einen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>barge::JsonlForm</name>
    <message>
        <source>One &amp;file</source>
        <translation>Eine &amp;Datei</translation>
    </message>
    <message>
        <source>A f&amp;older of .jsonl files (one table each)</source>
        <translation>Ein &amp;Ordner mit .jsonl-Dateien (je eine Tabelle)</translation>
    </message>
    <message>
        <source>Source JSON Lines path</source>
        <translation>Pfad der JSON-Lines-Quelle</translation>
    </message>
    <message>
        <source>Target JSON Lines path</source>
        <translation>Pfad des JSON-Lines-Ziels</translation>
    </message>
    <message>
        <source>One JSON Lines file</source>
        <translation>Eine JSON-Lines-Datei</translation>
    </message>
    <message>
        <source>A folder of JSON Lines files</source>
        <translation>Ein Ordner mit JSON-Lines-Dateien</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>One JSON object per line. Nested objects become columns named parent.child; arrays become JSON columns.</source>
        <translation>Ein JSON-Objekt je Zeile. Verschachtelte Objekte werden zu Spalten namens eltern.kind, Arrays zu JSON-Spalten.</translation>
    </message>
    <message>
        <source>One JSON object per row, with typed values.</source>
        <translation>Ein JSON-Objekt je Zeile, mit typisierten Werten.</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl *.ndjson);;All files (*)</source>
        <translation>JSON-Lines-Dateien (*.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>folder holding .jsonl files</source>
        <translation>Ordner mit .jsonl-Dateien</translation>
    </message>
    <message>
        <source>file.jsonl</source>
        <translation>datei.jsonl</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>Choose a JSON Lines file.</source>
        <translation>Wählen Sie eine JSON-Lines-Datei.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose “A folder of .jsonl files” or a file.</source>
        <translation>%1 ist ein Ordner; wählen Sie „Ein Ordner mit .jsonl-Dateien“ oder eine Datei.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>barge::CsvPreview</name>
    <message>
        <location filename="../ui/csvpreview.cpp" line="91"/>
        <source>First lines of the file as written</source>
        <translation>Erste Zeilen der Datei, wie sie geschrieben sind</translation>
    </message>
    <message>
        <location filename="../ui/csvpreview.cpp" line="97"/>
        <source>First rows as Barge reads them</source>
        <translation>Erste Zeilen, wie Barge sie liest</translation>
    </message>
    <message>
        <location filename="../ui/csvpreview.cpp" line="128"/>
        <source>Choose a CSV file to see its first lines here.</source>
        <translation>Wählen Sie eine CSV-Datei, um hier ihre ersten Zeilen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/csvpreview.cpp" line="136"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/csvpreview.cpp" line="147"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/csvpreview.cpp" line="166"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvpreview.cpp" line="167"/>
        <source>%1: first %n row(s)</source>
        <translation>
            <numerusform>%1: erste Zeile</numerusform>
            <numerusform>%1: erste %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvpreview.cpp" line="168"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/csvpreview.cpp" line="169"/>
        <source>delimiter “%1”.</source>
        <translation>Trennzeichen „%1“.</translation>
    </message>
</context>
<context>
    <name>barge::EndpointForm</name>
    <message>
        <location filename="../ui/endpointform.cpp" line="51"/>
        <source>Source kind</source>
        <translation>Art der Quelle</translation>
    </message>
    <message>
        <location filename="../ui/endpointform.cpp" line="51"/>
        <source>Target kind</source>
        <translation>Art des Ziels</translation>
    </message>
    <message>
        <location filename="../ui/endpointform.cpp" line="77"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/endpointform.cpp" line="78"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/endpointform.cpp" line="82"/>
        <source>Continue an&amp;yway, without a working connection</source>
        <translation>Trotzdem &amp;fortfahren, ohne funktionierende Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/endpointform.cpp" line="83"/>
        <source>Continue anyway</source>
        <translation>Trotzdem fortfahren</translation>
    </message>
    <message>
        <location filename="../ui/endpointform.cpp" line="88"/>
        <source>&amp;Read from:</source>
        <translation>&amp;Lesen aus:</translation>
    </message>
    <message>
        <location filename="../ui/endpointform.cpp" line="88"/>
        <source>&amp;Write to:</source>
        <translation>&amp;Schreiben nach:</translation>
    </message>
    <message>
        <location filename="../ui/endpointform.cpp" line="134"/>
        <source>Click Test connection again to check your changes.</source>
        <translation>Klicken Sie erneut auf „Verbindung testen“, um Ihre Änderungen zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/endpointform.cpp" line="278"/>
        <source>The settings changed during the test; click Test connection again.</source>
        <translation>Die Einstellungen haben sich während des Tests geändert; klicken Sie erneut auf „Verbindung testen“.</translation>
    </message>
    <message>
        <location filename="../ui/endpointform.cpp" line="268"/>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut …</translation>
    </message>
</context>
<context>
    <name>barge::FieldMappingModel</name>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="139"/>
        <source>The target column %1 is NOT NULL; map a source column or give a default.</source>
        <translation>Die Zielspalte %1 ist NOT NULL; ordnen Sie eine Quellspalte zu oder geben Sie einen Standardwert an.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="141"/>
        <source>The target column %1 is NOT NULL but gets no value.</source>
        <translation>Die Zielspalte %1 ist NOT NULL, bekommt aber keinen Wert.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="159"/>
        <source>A copied field has no target column name.</source>
        <translation>Ein kopiertes Feld hat keinen Namen für die Zielspalte.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="161"/>
        <source>The target column %1 appears twice.</source>
        <translation>Die Zielspalte %1 kommt zweimal vor.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="165"/>
        <source>No field is copied into %1.</source>
        <translation>In %1 wird kein Feld kopiert.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="207"/>
        <source>constant</source>
        <translation>Konstante</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="207"/>
        <source>nothing (NULL)</source>
        <translation>nichts (NULL)</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="213"/>
        <source>Copied. Uncheck to leave this field out.</source>
        <translation>Wird kopiert. Haken entfernen, um das Feld auszulassen.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="214"/>
        <source>Not copied. Check to copy this field.</source>
        <translation>Wird nicht kopiert. Anhaken, um das Feld zu kopieren.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="217"/>
        <source>(constant or NULL)</source>
        <translation>(Konstante oder NULL)</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="240"/>
        <source>Written as %1.</source>
        <translation>Geschrieben als %1.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="241"/>
        <source>Lossy: %1</source>
        <translation>Verlustbehaftet: %1</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="269"/>
        <source>Part of the primary key.</source>
        <translation>Teil des Primärschlüssels.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="279"/>
        <source>Checked: the target column refuses NULL; such rows are rejected.</source>
        <translation>Angehakt: Die Zielspalte lehnt NULL ab; solche Zeilen werden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="293"/>
        <source>Written instead of NULL when the source has no value.</source>
        <translation>Wird statt NULL geschrieben, wenn die Quelle keinen Wert hat.</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="365"/>
        <source>Source column</source>
        <translation>Quellspalte</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="367"/>
        <source>Target column</source>
        <translation>Zielspalte</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="369"/>
        <source>Target type</source>
        <translation>Zieltyp</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="371"/>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="373"/>
        <source>Constant</source>
        <translation>Konstante</translation>
    </message>
    <message>
        <location filename="../core/mapping/fieldmappingmodel.cpp" line="375"/>
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
        <location filename="../ui/fieldmappingpage.cpp" line="25"/>
        <source>Field mapping</source>
        <translation>Feldzuordnung</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="26"/>
        <source>Choose what goes into each target column. The preview shows the first rows exactly as they will be written; red cells would be rejected.</source>
        <translation>Legen Sie fest, was in jede Zielspalte kommt. Die Vorschau zeigt die ersten Zeilen genau so, wie sie geschrieben werden; rote Zellen würden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="29"/>
        <source>Table to map</source>
        <translation>Zuzuordnende Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="30"/>
        <source>&amp;Match by name</source>
        <translation>Nach &amp;Namen zuordnen</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="31"/>
        <source>Pair every target column with the source column of the same name again.</source>
        <translation>Jede Zielspalte wieder der gleichnamigen Quellspalte zuordnen.</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="34"/>
        <source>Field mappings</source>
        <translation>Feldzuordnungen</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="66"/>
        <source>Preview of the rows as they will be written</source>
        <translation>Vorschau der Zeilen, wie sie geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="75"/>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="195"/>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet …</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="219"/>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="219"/>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="232"/>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="244"/>
        <source>✖ rejected</source>
        <translation>✖ abgewiesen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fieldmappingpage.cpp" line="217"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="264"/>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="266"/>
        <source>Preview: %1 has no rows to show.</source>
        <translation>Vorschau: %1 enthält keine Zeilen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fieldmappingpage.cpp" line="268"/>
        <source>Preview: the first %n row(s) as they will be written.</source>
        <translation>
            <numerusform>Vorschau: die erste Zeile, wie sie geschrieben wird.</numerusform>
            <numerusform>Vorschau: die ersten %n Zeilen, wie sie geschrieben werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fieldmappingpage.cpp" line="271"/>
        <source>Preview: %n cell(s) would be rejected; hover over a red cell for the reason.</source>
        <translation>
            <numerusform>Vorschau: %n Zelle würde abgewiesen; der Grund steht im Tooltip der roten Zelle.</numerusform>
            <numerusform>Vorschau: %n Zellen würden abgewiesen; der Grund steht im Tooltip der roten Zellen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/fieldmappingpage.cpp" line="289"/>
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
    <name>barge::KindForms</name>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="47"/>
        <source>SQLite database file</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/csvform.cpp" line="48"/>
        <source>CSV file or folder</source>
        <translation>CSV-Datei oder -Ordner</translation>
    </message>
    <message>
        <source>JSON Lines file or folder</source>
        <translation>JSON-Lines-Datei oder -Ordner</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="49"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="50"/>
        <source>MariaDB / MySQL server</source>
        <translation>MariaDB-/MySQL-Server</translation>
    </message>
</context>
<context>
    <name>barge::MigrationWizard</name>
    <message>
        <location filename="../ui/migrationwizard.cpp" line="28"/>
        <source>Barge</source>
        <translation>Barge</translation>
    </message>
    <message>
        <location filename="../ui/migrationwizard.cpp" line="134"/>
        <source>This migration has not been saved as a profile. Close Barge and discard it?</source>
        <translation>Diese Migration ist nicht als Profil gespeichert. Barge schließen und sie verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/migrationwizard.cpp" line="135"/>
        <source>The changes to %1 have not been saved. Close Barge and discard them?</source>
        <translation>Die Änderungen an %1 sind nicht gespeichert. Barge schließen und sie verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/migrationwizard.cpp" line="137"/>
        <source>Discard the changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/migrationwizard.cpp" line="154"/>
        <source>The last run failed: %1</source>
        <translation>Der letzte Lauf ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>barge::OptionsPage</name>
    <message>
        <location filename="../ui/optionspage.cpp" line="22"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="23"/>
        <source>How the rows are written. The defaults suit most migrations.</source>
        <translation>Wie die Zeilen geschrieben werden. Die Voreinstellungen passen für die meisten Migrationen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/optionspage.cpp" line="28"/>
        <location filename="../ui/optionspage.cpp" line="63"/>
        <source> row(s)</source>
        <translation>
            <numerusform> Zeile</numerusform>
            <numerusform> Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="29"/>
        <source>Rows per commit</source>
        <translation>Zeilen pro Commit</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="31"/>
        <source>Stop the table at the first bad row</source>
        <translation>Tabelle bei der ersten fehlerhaften Zeile abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="32"/>
        <source>Skip bad rows and write them to a rejects file</source>
        <translation>Fehlerhafte Zeilen überspringen und in eine Datei schreiben</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="33"/>
        <source>When a row cannot be written</source>
        <translation>Wenn eine Zeile nicht geschrieben werden kann</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="35"/>
        <source>Rejects folder</source>
        <translation>Ordner für abgewiesene Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="36"/>
        <source>folder for &lt;table&gt;.rejects.csv files</source>
        <translation>Ordner für &lt;Tabelle&gt;.rejects.csv-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="39"/>
        <source>Tables in parallel</source>
        <translation>Tabellen gleichzeitig</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="41"/>
        <source>&amp;Verify: compare each table&apos;s target with the source: counts, then contents</source>
        <translation>&amp;Prüfen: das Ziel jeder Tabelle mit der Quelle vergleichen: erst die Anzahl, dann den Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="42"/>
        <source>Verify: compare each table&apos;s target with the source</source>
        <translation>Prüfen: das Ziel jeder Tabelle mit der Quelle vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="47"/>
        <source>&amp;Commit every:</source>
        <translation>&amp;Commit alle:</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="48"/>
        <source>When a row &amp;fails:</source>
        <translation>Wenn eine Zeile &amp;fehlschlägt:</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="49"/>
        <source>&amp;Rejects folder:</source>
        <translation>&amp;Ordner für Abgewiesenes:</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="50"/>
        <source>Tables in &amp;parallel:</source>
        <translation>Tabellen &amp;gleichzeitig:</translation>
    </message>
    <message>
        <location filename="../ui/optionspage.cpp" line="89"/>
        <source>To continue: choose a folder for the rejected rows.</source>
        <translation>Zum Fortfahren: Wählen Sie einen Ordner für die abgewiesenen Zeilen.</translation>
    </message>
</context>
<context>
    <name>barge::ReportPage</name>
    <message>
        <location filename="../ui/reportpage.cpp" line="43"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="45"/>
        <source>OK, with rejected rows</source>
        <translation>OK, mit abgewiesenen Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="47"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="49"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="51"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="60"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="61"/>
        <source>What the migration did, table by table.</source>
        <translation>Was die Migration getan hat, Tabelle für Tabelle.</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="67"/>
        <location filename="../ui/reportpage.cpp" line="124"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="67"/>
        <location filename="../ui/reportpage.cpp" line="128"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="67"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="67"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="68"/>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="68"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="68"/>
        <source>Rejected rows</source>
        <translation>Abgewiesene Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="79"/>
        <source>Report per table</source>
        <translation>Bericht je Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="82"/>
        <source>Save as &amp;JSON…</source>
        <translation>Als &amp;JSON speichern …</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="83"/>
        <source>Save as &amp;HTML…</source>
        <translation>Als &amp;HTML speichern …</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="84"/>
        <source>Run &amp;again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="85"/>
        <source>Save as &amp;profile…</source>
        <translation>Als &amp;Profil speichern …</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="123"/>
        <source>Change the &amp;source…</source>
        <translation>&amp;Quelle ändern …</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="127"/>
        <source>Change the &amp;target…</source>
        <translation>Ziel än&amp;dern …</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="131"/>
        <source>Change the &amp;mapping…</source>
        <translation>Zuordn&amp;ung ändern …</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="132"/>
        <source>Field mapping</source>
        <translation>Feldzuordnung</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="135"/>
        <source>Change the &amp;options…</source>
        <translation>&amp;Optionen ändern …</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="136"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="146"/>
        <source>To fix this, go back to the %1 page with “%2”: everything you set is kept.</source>
        <translation>Zum Beheben gehen Sie mit „%2“ zurück zur Seite %1: alles, was Sie eingestellt haben, bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reportpage.cpp" line="166"/>
        <source>All done: %1 row(s) written into %2 in %3 s.</source>
        <translation>
            <numerusform>Fertig: %1 Zeile in %3 s nach %2 geschrieben.</numerusform>
            <numerusform>Fertig: %1 Zeilen in %3 s nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reportpage.cpp" line="169"/>
        <source>Done, but some rows were rejected: %1 row(s) written into %2 in %3 s.</source>
        <translation>
            <numerusform>Fertig, aber einige Zeilen wurden abgewiesen: %1 Zeile in %3 s nach %2 geschrieben.</numerusform>
            <numerusform>Fertig, aber einige Zeilen wurden abgewiesen: %1 Zeilen in %3 s nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reportpage.cpp" line="172"/>
        <source>Stopped: %1 row(s) written into %2 in %3 s; the table list shows exactly where each table stands.</source>
        <translation>
            <numerusform>Angehalten: %1 Zeile wurde in %3 s nach %2 geschrieben; die Liste zeigt genau, wie weit jede Tabelle ist.</numerusform>
            <numerusform>Angehalten: %1 Zeilen wurden in %3 s nach %2 geschrieben; die Liste zeigt genau, wie weit jede Tabelle ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reportpage.cpp" line="176"/>
        <source>The migration failed: %1 row(s) written into %2 in %3 s.</source>
        <translation>
            <numerusform>Die Migration ist fehlgeschlagen: %1 Zeile wurde in %3 s nach %2 geschrieben.</numerusform>
            <numerusform>Die Migration ist fehlgeschlagen: %1 Zeilen wurden in %3 s nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="83"/>
        <source>The existing rows of %1 were deleted first.</source>
        <translation>Die vorhandenen Zeilen von %1 wurden zuerst gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="86"/>
        <source>The existing table %1 was dropped with all its rows and created anew.</source>
        <translation>Die vorhandene Tabelle %1 wurde mit allen ihren Zeilen gelöscht und neu angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="217"/>
        <source>Notes on the plan (%1):</source>
        <translation>Hinweise zum Plan (%1):</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="207"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="271"/>
        <source>Notes on %1</source>
        <translation>Hinweise zu %1</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="305"/>
        <source>Open the rejected rows of %1</source>
        <translation>Abgewiesene Zeilen von %1 öffnen</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="325"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="326"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="326"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="332"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="332"/>
        <source>Could not save the report: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="68"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>barge::RunPage</name>
    <message>
        <location filename="../ui/runpage.cpp" line="1"/>
        <source>&amp;Save profile and stop…</source>
        <translation>Profil &amp;speichern und anhalten …</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="1"/>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="1"/>
        <source>Barge profiles (*.barge.json)</source>
        <translation>Barge-Profile (*.barge.json)</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="1"/>
        <source>This run cannot be finished if it stops: its plan could not be kept in %1 (%2).</source>
        <translation>Dieser Lauf kann nach einem Anhalten nicht abgeschlossen werden: Sein Plan konnte nicht in %1 aufbewahrt werden (%2).</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="1"/>
        <source>Could not save the profile: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="1"/>
        <source>Saved the profile %1, but the stopped run&apos;s state could not be moved to it.</source>
        <translation>Das Profil %1 wurde gespeichert, aber der Stand des angehaltenen Laufs konnte nicht dorthin übernommen werden.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="1"/>
        <source>Saved the profile %1: open it to finish the run.</source>
        <translation>Das Profil %1 wurde gespeichert: Öffnen Sie es, um den Lauf abzuschließen.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="1"/>
        <source>You can finish this run later, without copying a row twice: with Run again on the report, or from the start page, which lists it under Recent as an interrupted run. To finish it under a name of your own, choose Save profile and stop.</source>
        <translation>Sie können diesen Lauf später abschließen, ohne eine Zeile doppelt zu kopieren: mit „Erneut ausführen“ im Bericht oder von der Startseite aus, die ihn unter „Zuletzt verwendet“ als unterbrochenen Lauf aufführt. Um ihn unter einem eigenen Namen abzuschließen, wählen Sie „Profil speichern und anhalten“.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="359"/>
        <source>“%1”</source>
        <comment>a button's name, quoted in a sentence</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="48"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="49"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="62"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="64"/>
        <source>done, with rejects</source>
        <translation>fertig, mit Abweisungen</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="66"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="68"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="70"/>
        <location filename="../ui/runpage.cpp" line="179"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="100"/>
        <location filename="../ui/runpage.cpp" line="165"/>
        <source>Running</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="92"/>
        <source>Barge is copying the rows. You can keep using your computer; stopping keeps what is already committed.</source>
        <translation>Barge kopiert die Zeilen. Sie können weiterarbeiten; beim Anhalten bleibt erhalten, was bereits festgeschrieben ist.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="82"/>
        <source>adding foreign keys</source>
        <translation>Fremdschlüssel werden angelegt</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="84"/>
        <source>emptying %1</source>
        <translation>Leeren: %1</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="86"/>
        <source>the run is complete, but its checkpoint stays: %1</source>
        <translation>Der Lauf ist abgeschlossen, aber sein Wiederaufsetzpunkt bleibt: %1</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="103"/>
        <source>Show &amp;report</source>
        <translation>&amp;Bericht anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="109"/>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="111"/>
        <source>Rows, speed and time left</source>
        <translation>Zeilen, Geschwindigkeit und Restzeit</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="112"/>
        <source>&amp;Stop…</source>
        <translation>&amp;Anhalten …</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="113"/>
        <source>Stop the migration</source>
        <translation>Migration anhalten</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="116"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="116"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="116"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="116"/>
        <source>Rows/s</source>
        <translation>Zeilen/s</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="116"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="117"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="124"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="179"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="185"/>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="194"/>
        <source>Copying from %1 to %2…</source>
        <translation>Kopiere von %1 nach %2 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runpage.cpp" line="195"/>
        <source>Started: %n table(s).</source>
        <translation>
            <numerusform>Gestartet: %n Tabelle.</numerusform>
            <numerusform>Gestartet: %n Tabellen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="210"/>
        <source>Stop the migration?</source>
        <translation>Migration anhalten?</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="235"/>
        <source>Stopping… each table commits what it has written.</source>
        <translation>Wird angehalten … jede Tabelle schreibt fest, was sie geschrieben hat.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="236"/>
        <source>Stop requested.</source>
        <translation>Anhalten angefordert.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="242"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="243"/>
        <source>%1: started.</source>
        <translation>%1: gestartet.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="261"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="359"/>
        <source>The run was stopped; the rows committed before it are kept.</source>
        <translation>Der Lauf wurde angehalten; die bis dahin festgeschriebenen Zeilen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="364"/>
        <source>The run ended with an error; the rows committed before it are kept.</source>
        <translation>Der Lauf endete mit einem Fehler; die bis dahin festgeschriebenen Zeilen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="369"/>
        <source>The run is complete.</source>
        <translation>Der Lauf ist abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runpage.cpp" line="370"/>
        <source>Finished: %1 row(s) written in %2. Click %3 for the details.</source>
        <translation>
            <numerusform>Fertig: %1 Zeile in %2 geschrieben. %3 zeigt die Einzelheiten.</numerusform>
            <numerusform>Fertig: %1 Zeilen in %2 geschrieben. %3 zeigt die Einzelheiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runpage.cpp" line="388"/>
        <source>%1 row(s) read, %2 written, %3 rejected · %4 rows/s on average, peak %5 rows/s</source>
        <translation>
            <numerusform>%1 Zeile gelesen, %2 geschrieben, %3 abgewiesen · im Mittel %4 Zeilen/s, Spitze %5 Zeilen/s</numerusform>
            <numerusform>%1 Zeilen gelesen, %2 geschrieben, %3 abgewiesen · im Mittel %4 Zeilen/s, Spitze %5 Zeilen/s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="274"/>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="218"/>
        <source>Tables that are being copied keep the rows committed so far; tables not started yet are not touched.</source>
        <translation>Tabellen, die gerade kopiert werden, behalten die bisher festgeschriebenen Zeilen; noch nicht begonnene Tabellen bleiben unberührt.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="221"/>
        <source>You can finish this run later, without copying a row twice: with Run again on the report, or by opening the profile %1 again.</source>
        <translation>Sie können diesen Lauf später abschließen, ohne eine Zeile doppelt zu kopieren: mit „Erneut ausführen“ im Bericht oder indem Sie das Profil %1 wieder öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="223"/>
        <source>This run cannot be finished later, because it was not started from a saved profile: running it again starts over and appends the rows already written a second time. To be able to finish a stopped run, save the migration as a profile (Summary page) before you run it.</source>
        <translation>Dieser Lauf kann später nicht abgeschlossen werden, weil er nicht aus einem gespeicherten Profil gestartet wurde: Ein neuer Lauf beginnt von vorn und hängt die schon geschriebenen Zeilen ein zweites Mal an. Damit sich ein angehaltener Lauf abschließen lässt, speichern Sie die Migration vor dem Ausführen als Profil (Seite Zusammenfassung).</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="226"/>
        <source>Stop now?</source>
        <translation>Jetzt anhalten?</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="292"/>
        <source>%1: %2 read, %3 written, %4 rejected (%5).</source>
        <translation>%1: %2 gelesen, %3 geschrieben, %4 abgewiesen (%5).</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="309"/>
        <source>The interrupted run cannot be finished: %1</source>
        <translation>Der unterbrochene Lauf kann nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="321"/>
        <source>Finishing the interrupted run: %1 of %2 table(s) were done.</source>
        <translation>Der unterbrochene Lauf wird abgeschlossen: %1 von %2 Tabelle(n) waren fertig.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="344"/>
        <source>The run can be finished later: Run again, or open the profile, or barge run --resume.</source>
        <translation>Der Lauf kann später abgeschlossen werden: mit „Erneut ausführen“, durch Öffnen des Profils oder mit barge run --resume.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="360"/>
        <source>Stopped after %1. Click %2 for the details.</source>
        <translation>Nach %1 angehalten. %2 zeigt die Einzelheiten.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="365"/>
        <source>The migration failed. Click %1 for the details.</source>
        <translation>Die Migration ist fehlgeschlagen. %1 zeigt die Einzelheiten.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="377"/>
        <source>Finished: %1.</source>
        <translation>Beendet: %1.</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="43"/>
        <location filename="../ui/runpage.cpp" line="46"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runpage.cpp" line="269"/>
        <source>%1 row(s) read, %2 written, %3 rejected · %4 rows/s</source>
        <translation>
            <numerusform>%1 Zeile gelesen, %2 geschrieben, %3 abgewiesen · %4 Zeilen/s</numerusform>
            <numerusform>%1 Zeilen gelesen, %2 geschrieben, %3 abgewiesen · %4 Zeilen/s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="284"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="358"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="363"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/runpage.cpp" line="368"/>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>barge::ServerForm</name>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="23"/>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="28"/>
        <source>not saved in profiles</source>
        <translation>wird nicht in Profilen gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="30"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="39"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="40"/>
        <source>CA certificate, for the verify modes</source>
        <translation>CA-Zertifikat, für die Prüfmodi</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="42"/>
        <source>socket folder, e.g. /var/run/postgresql</source>
        <translation>Socket-Ordner, z. B. /var/run/postgresql</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="43"/>
        <source>socket file, e.g. /run/mysqld/mysqld.sock</source>
        <translation>Socket-Datei, z. B. /run/mysqld/mysqld.sock</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="46"/>
        <source>Re&amp;member password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="57"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="58"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="59"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="60"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="61"/>
        <source>P&amp;assword:</source>
        <translation>Passw&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="64"/>
        <source>T&amp;LS mode:</source>
        <translation>TLS-Mod&amp;us:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="65"/>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="66"/>
        <source>&amp;Socket:</source>
        <translation>Soc&amp;ket:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="68"/>
        <source>Sch&amp;ema:</source>
        <translation>Sch&amp;ema:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="72"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="73"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="74"/>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="75"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="76"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="77"/>
        <source>Remember password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="78"/>
        <source>TLS mode</source>
        <translation>TLS-Modus</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="79"/>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="80"/>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="81"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="111"/>
        <source>Password filled in from the system keychain.</source>
        <translation>Passwort aus dem Schlüsselbund des Systems eingetragen.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="114"/>
        <source>The system keychain is not available, so passwords cannot be remembered.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar; Passwörter können nicht gemerkt werden.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="192"/>
        <source>Enter the database name.</source>
        <translation>Geben Sie den Datenbanknamen ein.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="195"/>
        <source>The socket must be an absolute path.</source>
        <translation>Der Socket muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/serverform.cpp" line="199"/>
        <source>Choose the CA certificate that the verify modes check the server against.</source>
        <translation>Wählen Sie das CA-Zertifikat, gegen das die Prüfmodi den Server prüfen.</translation>
    </message>
</context>
<context>
    <name>barge::SourcePage</name>
    <message>
        <location filename="../ui/sourcepage.cpp" line="13"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/sourcepage.cpp" line="14"/>
        <source>Where does the data come from?</source>
        <translation>Woher kommen die Daten?</translation>
    </message>
    <message>
        <location filename="../ui/sourcepage.cpp" line="45"/>
        <source>make Test connection pass, or tick “Continue anyway”.</source>
        <translation>sorgen Sie dafür, dass „Verbindung testen“ gelingt, oder wählen Sie „Trotzdem fortfahren“.</translation>
    </message>
    <message>
        <location filename="../ui/sourcepage.cpp" line="46"/>
        <source>To continue: %1</source>
        <translation>Zum Fortfahren: %1</translation>
    </message>
</context>
<context>
    <name>barge::SqliteForm</name>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="56"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="57"/>
        <source>Source database file</source>
        <translation>Quelldatenbankdatei</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="57"/>
        <source>Target database file</source>
        <translation>Zieldatenbankdatei</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="58"/>
        <source>shop.db</source>
        <translation>shop.db</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="58"/>
        <source>a new or existing .db file</source>
        <translation>eine neue oder vorhandene .db-Datei</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="61"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="63"/>
        <source>A file that does not exist yet is created.</source>
        <translation>Eine Datei, die es noch nicht gibt, wird angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="245"/>
        <source>Choose a database file.</source>
        <translation>Wählen Sie eine Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="250"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/sqliteform.cpp" line="248"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
</context>
<context>
    <name>barge::StartPage</name>
    <message>
        <location filename="../ui/startpage.cpp" line="23"/>
        <source>Welcome to Barge</source>
        <translation>Willkommen bei Barge</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="24"/>
        <source>Move tables between SQLite, CSV, PostgreSQL and MariaDB. You will see what will be written before anything is.</source>
        <translation>Tabellen zwischen SQLite, CSV, PostgreSQL und MariaDB bewegen. Sie sehen, was geschrieben wird, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="26"/>
        <source>New &amp;migration</source>
        <translation>&amp;Neue Migration</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="27"/>
        <source>Open a saved &amp;profile…</source>
        <translation>Gespeichertes &amp;Profil öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="28"/>
        <source>Try the &amp;demo shop database</source>
        <translation>&amp;Demo-Shop-Datenbank ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="32"/>
        <source>&amp;Recent profiles (double-click to open):</source>
        <translation>Zuletzt &amp;verwendete Profile (Doppelklick öffnet):</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="34"/>
        <source>Recent profiles</source>
        <translation>Zuletzt verwendete Profile</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="40"/>
        <source>Finish the interrupted run</source>
        <translation>Unterbrochenen Lauf abschließen</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="42"/>
        <source>Tip: drop a profile, a .csv file or an SQLite database on this window to start from it.</source>
        <translation>Tipp: Ziehen Sie ein Profil, eine .csv-Datei oder eine SQLite-Datenbank auf dieses Fenster, um damit zu beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="79"/>
        <source>%1 (interrupted run: can be finished)</source>
        <translation>%1 (unterbrochener Lauf: kann abgeschlossen werden)</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="82"/>
        <source>%1: its last run was interrupted; open it to finish that run.</source>
        <translation>%1: Der letzte Lauf wurde unterbrochen; öffnen Sie das Profil, um ihn abzuschließen.</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="105"/>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="106"/>
        <source>Barge profiles (*.barge.json *.json)</source>
        <translation>Barge-Profile (*.barge.json *.json)</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="110"/>
        <source>Choose a profile file to continue.</source>
        <translation>Wählen Sie eine Profildatei, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="120"/>
        <source>Could not open the profile: %1</source>
        <translation>Das Profil konnte nicht geöffnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/startpage.cpp" line="128"/>
        <source>Profile %1: from %2 to %3, %n table(s). Click Next to check each step.</source>
        <translation>
            <numerusform>Profil %1: von %2 nach %3, %n Tabelle. Mit Weiter prüfen Sie jeden Schritt.</numerusform>
            <numerusform>Profil %1: von %2 nach %3, %n Tabellen. Mit Weiter prüfen Sie jeden Schritt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="135"/>
        <source>An interrupted run of this profile exists, but the profile has changed since it started, so that run cannot be finished; a new run starts over.</source>
        <translation>Es gibt einen unterbrochenen Lauf dieses Profils, aber das Profil hat sich seit dessen Start geändert; er kann daher nicht abgeschlossen werden, ein neuer Lauf beginnt von vorn.</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="139"/>
        <source>&amp;Finish its interrupted run (started %1, %2 of %3 table(s) done): no row is copied twice</source>
        <translation>Den unterbrochenen Lauf &amp;abschließen (gestartet %1, %2 von %3 Tabelle(n) fertig): keine Zeile wird doppelt kopiert</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="158"/>
        <source>The demo database could not be created: %1</source>
        <translation>Die Demo-Datenbank konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="175"/>
        <source>The demo shop database is ready: %1. Barge will copy it into %2.</source>
        <translation>Die Demo-Shop-Datenbank ist bereit: %1. Barge kopiert sie nach %2.</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="189"/>
        <source>New migration from %1.</source>
        <translation>Neue Migration aus %1.</translation>
    </message>
    <message>
        <location filename="../ui/startpage.cpp" line="207"/>
        <source>The interrupted run cannot be finished: %1</source>
        <translation>Der unterbrochene Lauf kann nicht abgeschlossen werden: %1</translation>
    </message>
</context>
<context>
    <name>barge::SummaryPage</name>
    <message>
        <location filename="../ui/summarypage.cpp" line="37"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="38"/>
        <source>This is what Barge will do. Nothing has been written yet.</source>
        <translation>Das wird Barge tun. Noch ist nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="40"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="55"/>
        <location filename="../ui/summarypage.cpp" line="63"/>
        <source>Tables and columns</source>
        <translation>Tabellen und Spalten</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="60"/>
        <source>Statements that prepare the target</source>
        <translation>Anweisungen, die das Ziel vorbereiten</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="64"/>
        <source>SQL that prepares the target</source>
        <translation>SQL, das das Ziel vorbereitet</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="65"/>
        <source>&amp;Save profile…</source>
        <translation>Profil &amp;speichern …</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="66"/>
        <location filename="../ui/summarypage.cpp" line="224"/>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="86"/>
        <source>Checking the plan against %1 and %2…</source>
        <translation>Der Plan wird gegen %1 und %2 geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="106"/>
        <source>This plan cannot run: %1</source>
        <translation>Dieser Plan kann nicht laufen: %1</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="115"/>
        <source>Finish the interrupted run of %1 (started %2): %3 of %4 table(s) are done; the others go on from the last rows their target committed.</source>
        <translation>Den unterbrochenen Lauf von %1 abschließen (gestartet %2): %3 von %4 Tabelle(n) sind fertig; die übrigen machen nach den letzten Zeilen weiter, die ihr Ziel festgeschrieben hat.</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="122"/>
        <source>Please note (%1):</source>
        <translation>Bitte beachten (%1):</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="129"/>
        <source>-- No statements: the tables are used as they are.</source>
        <translation>-- Keine Anweisungen: Die Tabellen werden verwendet, wie sie sind.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="161"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="162"/>
        <source>an unknown number of rows</source>
        <translation>eine unbekannte Zahl von Zeilen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="163"/>
        <source>Copy %n table(s), %1, from %2 to %3.</source>
        <translation>
            <numerusform>%n Tabelle mit %1 von %2 nach %3 kopieren.</numerusform>
            <numerusform>%n Tabellen mit %1 von %2 nach %3 kopieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="167"/>
        <source>create %n table(s)</source>
        <translation>
            <numerusform>%n Tabelle anlegen</numerusform>
            <numerusform>%n Tabellen anlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="169"/>
        <source>append to %n existing table(s)</source>
        <translation>
            <numerusform>an %n vorhandene Tabelle anhängen</numerusform>
            <numerusform>an %n vorhandene Tabellen anhängen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="171"/>
        <source>empty %n existing table(s) first</source>
        <translation>
            <numerusform>%n vorhandene Tabelle zuerst leeren</numerusform>
            <numerusform>%n vorhandene Tabellen zuerst leeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="173"/>
        <source>drop and re-create %n table(s)</source>
        <translation>
            <numerusform>%n Tabelle löschen und neu anlegen</numerusform>
            <numerusform>%n Tabellen löschen und neu anlegen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="175"/>
        <source>Barge will %1.</source>
        <translation>Barge wird %1.</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="188"/>
        <source>The existing rows of %1 will be deleted first.</source>
        <translation>Die vorhandenen Zeilen von %1 werden zuerst gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="190"/>
        <source>The existing table %1 will be dropped with all its rows.</source>
        <translation>Die vorhandene Tabelle %1 wird mit allen ihren Zeilen gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="194"/>
        <source>Passwords are not saved in profiles; you will be asked again.</source>
        <translation>Passwörter werden nicht in Profilen gespeichert; sie werden erneut abgefragt.</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="212"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="224"/>
        <source>Barge profiles (*.barge.json)</source>
        <translation>Barge-Profile (*.barge.json)</translation>
    </message>
    <message>
        <location filename="../ui/summarypage.cpp" line="231"/>
        <source>Could not save the profile: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
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
        <location filename="../ui/tableselectionmodel.cpp" line="135"/>
        <location filename="../ui/tableselectionmodel.cpp" line="157"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="159"/>
        <source>The target&apos;s tables could not be read.</source>
        <translation>Die Tabellen des Ziels konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="163"/>
        <source>exists</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="163"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="167"/>
        <source>The target already has a table named %1; the mode decides what happens to it.</source>
        <translation>Das Ziel hat bereits eine Tabelle namens %1; der Modus bestimmt, was mit ihr geschieht.</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="169"/>
        <source>Barge creates this table in the target.</source>
        <translation>Barge legt diese Tabelle im Ziel an.</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="224"/>
        <source>Source table</source>
        <translation>Quelltabelle</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="226"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="228"/>
        <source>Target table</source>
        <translation>Zieltabelle</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="230"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/tableselectionmodel.cpp" line="232"/>
        <source>In target</source>
        <translation>Im Ziel</translation>
    </message>
</context>
<context>
    <name>barge::TablesPage</name>
    <message>
        <location filename="../ui/tablespage.cpp" line="23"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="24"/>
        <source>Check the tables to copy. Double-click a target name or a mode to change it.</source>
        <translation>Haken Sie die zu kopierenden Tabellen an. Ein Doppelklick auf Zielname oder Modus ändert ihn.</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="33"/>
        <location filename="../ui/tablespage.cpp" line="34"/>
        <source>Filter tables</source>
        <translation>Tabellen filtern</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="36"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="37"/>
        <source>Select n&amp;one</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="41"/>
        <source>Source tables</source>
        <translation>Quelltabellen</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="60"/>
        <source>Reading tables</source>
        <translation>Tabellen werden gelesen</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="116"/>
        <source>Reading the tables of %1 and %2…</source>
        <translation>Die Tabellen von %1 und %2 werden gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="164"/>
        <source>Reading the tables…</source>
        <translation>Die Tabellen werden gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="167"/>
        <source>The source, %1, cannot be read: %2</source>
        <translation>Die Quelle %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="168"/>
        <source>The target, %1, cannot be used: %2</source>
        <translation>Das Ziel %1 lässt sich nicht verwenden: %2</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="171"/>
        <source>%1 has no tables.</source>
        <translation>%1 hat keine Tabellen.</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="173"/>
        <source>Check at least one table.</source>
        <translation>Haken Sie mindestens eine Tabelle an.</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="176"/>
        <source>Two tables would be written into %1.</source>
        <translation>Zwei Tabellen würden nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="187"/>
        <source>Change the &amp;source…</source>
        <translation>&amp;Quelle ändern …</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="188"/>
        <source>Change the &amp;target…</source>
        <translation>Ziel än&amp;dern …</translation>
    </message>
    <message>
        <location filename="../ui/tablespage.cpp" line="191"/>
        <source>To continue: %1</source>
        <translation>Zum Fortfahren: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablespage.cpp" line="195"/>
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
        <source>Use it, but empty it fi&amp;rst</source>
        <translation>Verwenden, aber zuerst &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/targetpage.cpp" line="27"/>
        <source>Drop it and create it a&amp;gain from the source</source>
        <translation>Löschen und aus der Quelle &amp;neu anlegen</translation>
    </message>
    <message>
        <location filename="../ui/targetpage.cpp" line="94"/>
        <source>The target is the same as the source.</source>
        <translation>Das Ziel ist dasselbe wie die Quelle.</translation>
    </message>
    <message>
        <location filename="../ui/targetpage.cpp" line="96"/>
        <source>make Test connection pass, or tick “Continue anyway”.</source>
        <translation>sorgen Sie dafür, dass „Verbindung testen“ gelingt, oder wählen Sie „Trotzdem fortfahren“.</translation>
    </message>
    <message>
        <location filename="../ui/targetpage.cpp" line="97"/>
        <source>To continue: %1</source>
        <translation>Zum Fortfahren: %1</translation>
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
        <location filename="../ui/throughputchart.cpp" line="53"/>
        <source>%1 rows per second</source>
        <translation>%1 Zeilen pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/throughputchart.cpp" line="82"/>
        <source>Rows per second (peak %1)</source>
        <translation>Zeilen pro Sekunde (Spitze %1)</translation>
    </message>
</context>
</TS>
