<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EndpointScanner</name>
    <message numerus="yes">
        <location filename="../core/engine/endpointscanner.cpp" line="55"/>
        <source>Connected to %1: %n table(s).</source>
        <translation>
            <numerusform>Connected to %1: %n table.</numerusform>
            <numerusform>Connected to %1: %n tables.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDescription</name>
    <message numerus="yes">
        <location filename="../ui/plandescription.cpp" line="38"/>
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 row</numerusform>
            <numerusform>%1 rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plandescription.cpp" line="39"/>
        <source>about %1 row(s)</source>
        <translation>
            <numerusform>about %1 row</numerusform>
            <numerusform>about %1 rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plandescription.cpp" line="47"/>
        <source>%1 row(s) past the watermark</source>
        <translation>
            <numerusform>%1 row past the watermark</numerusform>
            <numerusform>%1 rows past the watermark</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::AccessForm</name>
    <message numerus="yes">
        <location filename="../ui/endpoints/accessform.cpp" line="31"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpoints/accessform.cpp" line="157"/>
        <source>The first %n row(s) of table %1; point at a column&apos;s name for its type.</source>
        <translation>
            <numerusform>The first row of table %1; point at a column&apos;s name for its type.</numerusform>
            <numerusform>The first %n rows of table %1; point at a column&apos;s name for its type.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpoints/accessform.cpp" line="159"/>
        <source>The first %n row(s) of table %1; the ones in red cannot be read (point at one to see why).</source>
        <translation>
            <numerusform>The first row of table %1; in red it cannot be read (point at it to see why).</numerusform>
            <numerusform>The first %n rows of table %1; the ones in red cannot be read (point at one to see why).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::CsvPreview</name>
    <message numerus="yes">
        <location filename="../ui/csvpreview.cpp" line="185"/>
        <source>%1: first %n row(s)</source>
        <translation>
            <numerusform>%1: first row</numerusform>
            <numerusform>%1: first %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/csvpreview.cpp" line="186"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::CsvTableReader</name>
    <message numerus="yes">
        <location filename="../core/io/csv/csvtablereader.cpp" line="152"/>
        <source>expected %1 field(s), found %2</source>
        <translation>
            <numerusform>expected %1 field, found %2</numerusform>
            <numerusform>expected %1 fields, found %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::EndpointForm</name>
    <message numerus="yes">
        <location filename="../ui/endpointform.cpp" line="250"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpointform.cpp" line="251"/>
        <source>Tables (%n): %1</source>
        <translation>
            <numerusform>Table (%n): %1</numerusform>
            <numerusform>Tables (%n): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::FieldMappingPage</name>
    <message numerus="yes">
        <location filename="../ui/fieldmappingpage.cpp" line="270"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fieldmappingpage.cpp" line="321"/>
        <source>Preview: the first %n row(s) as they will be written.</source>
        <translation>
            <numerusform>Preview: the first row as it will be written.</numerusform>
            <numerusform>Preview: the first %n rows as they will be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/fieldmappingpage.cpp" line="324"/>
        <source>Preview: %n cell(s) would be rejected; hover over a red cell for the reason.</source>
        <translation>
            <numerusform>Preview: %n cell would be rejected; hover over a red cell for the reason.</numerusform>
            <numerusform>Preview: %n cells would be rejected; hover over a red cell for the reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::FixedForm</name>
    <message numerus="yes">
        <location filename="../ui/endpoints/fixedform.cpp" line="221"/>
        <source>The first %n record(s), decoded by the layout.</source>
        <translation>
            <numerusform>The first record, decoded by the layout.</numerusform>
            <numerusform>The first %n records, decoded by the layout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpoints/fixedform.cpp" line="222"/>
        <source>The first %n record(s), decoded by the layout; the ones in red cannot be read (point at one to see why).</source>
        <translation>
            <numerusform>The first record, decoded by the layout; in red it cannot be read (point at it to see why).</numerusform>
            <numerusform>The first %n records, decoded by the layout; the ones in red cannot be read (point at one to see why).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::FixedTableReader</name>
    <message numerus="yes">
        <location filename="../core/io/fixed/fixedtablereader.cpp" line="92"/>
        <source>%1 byte(s) past the layout&apos;s last field (byte %2 on): &apos;%3&apos;</source>
        <translation>
            <numerusform>%1 byte past the layout&apos;s last field (byte %2 on): &apos;%3&apos;</numerusform>
            <numerusform>%1 bytes past the layout&apos;s last field (byte %2 on): &apos;%3&apos;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::GeometryText</name>
    <message numerus="yes">
        <location filename="../core/schema/geometrytext.cpp" line="52"/>
        <source>has %1 byte(s) after its geometry</source>
        <translation>
            <numerusform>has %1 byte after its geometry</numerusform>
            <numerusform>has %1 bytes after its geometry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/schema/geometrytext.cpp" line="521"/>
        <source>is %1 byte(s), too short for a geometry</source>
        <translation>
            <numerusform>is %1 byte, too short for a geometry</numerusform>
            <numerusform>is %1 bytes, too short for a geometry</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::JsonlForm</name>
    <message numerus="yes">
        <location filename="../ui/endpoints/jsonlform.cpp" line="197"/>
        <source>The first %n record(s) of %1; point at a column&apos;s name for the type these records suggest (the plan reads every record).</source>
        <translation>
            <numerusform>The first record of %1; point at a column&apos;s name for the type it suggests (the plan reads every record).</numerusform>
            <numerusform>The first %n records of %1; point at a column&apos;s name for the type these records suggest (the plan reads every record).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpoints/jsonlform.cpp" line="199"/>
        <source>The first %n record(s) of %1; the ones in red cannot be read (point at one to see why).</source>
        <translation>
            <numerusform>The first record of %1; in red it cannot be read (point at it to see why).</numerusform>
            <numerusform>The first %n records of %1; the ones in red cannot be read (point at one to see why).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::MariaDbWriter</name>
    <message numerus="yes">
        <location filename="../core/io/mariadb/mariadbwriter.cpp" line="258"/>
        <source>%1: foreign key %2: %3 row(s) of %4 without a row in %5 (the first: %6)</source>
        <extracomment>%3 rows of table %4 whose key has no row in table %5</extracomment>
        <translation>
            <numerusform>%1: foreign key %2: %3 row of %4 without a row in %5 (the first: %6)</numerusform>
            <numerusform>%1: foreign key %2: %3 rows of %4 without a row in %5 (the first: %6)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::OptionsPage</name>
    <message numerus="yes">
        <location filename="../ui/optionspage.cpp" line="32"/>
        <location filename="../ui/optionspage.cpp" line="68"/>
        <location filename="../ui/optionspage.cpp" line="107"/>
        <location filename="../ui/optionspage.cpp" line="109"/>
        <source> row(s)</source>
        <translation>
            <numerusform> row</numerusform>
            <numerusform> rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::PlanTree</name>
    <message numerus="yes">
        <location filename="../ui/plantree.cpp" line="110"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::RecordDecoder</name>
    <message numerus="yes">
        <location filename="../core/io/fixed/recorddecoder.cpp" line="107"/>
        <source>the record is %1 byte(s); field %2 needs bytes %3 to %4</source>
        <translation>
            <numerusform>the record is %1 byte; field %2 needs bytes %3 to %4</numerusform>
            <numerusform>the record is %1 bytes; field %2 needs bytes %3 to %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::RecordEncoder</name>
    <message numerus="yes">
        <location filename="../core/io/fixed/recordencoder.cpp" line="196"/>
        <source>%1 does not fit in %2 byte(s)</source>
        <translation>
            <numerusform>%1 does not fit in %2 byte</numerusform>
            <numerusform>%1 does not fit in %2 bytes</numerusform>
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
            <numerusform>the file ends %1 byte into a record of %2</numerusform>
            <numerusform>the file ends %1 bytes into a record of %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::RejectsViewer</name>
    <message numerus="yes">
        <location filename="../ui/rejectsviewer.cpp" line="121"/>
        <source>%n rejected row(s) from %1, each with why it was rejected and where it came from.</source>
        <translation>
            <numerusform>%n rejected row from %1, with why it was rejected and where it came from.</numerusform>
            <numerusform>%n rejected rows from %1, each with why it was rejected and where it came from.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::ReportPage</name>
    <message numerus="yes">
        <location filename="../ui/reportpage.cpp" line="144"/>
        <source>All done: %1 row(s) written into %2 in %3 s.</source>
        <translation>
            <numerusform>All done: %1 row written into %2 in %3 s.</numerusform>
            <numerusform>All done: %1 rows written into %2 in %3 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reportpage.cpp" line="147"/>
        <source>Done, but some rows were rejected: %1 row(s) written into %2 in %3 s.</source>
        <translation>
            <numerusform>Done, but some rows were rejected: %1 row written into %2 in %3 s.</numerusform>
            <numerusform>Done, but some rows were rejected: %1 rows written into %2 in %3 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reportpage.cpp" line="150"/>
        <source>Stopped: %1 row(s) written into %2 in %3 s; the table list shows exactly where each table stands.</source>
        <translation>
            <numerusform>Stopped: %1 row was written into %2 in %3 s; the table list shows exactly where each table stands.</numerusform>
            <numerusform>Stopped: %1 rows were written into %2 in %3 s; the table list shows exactly where each table stands.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reportpage.cpp" line="154"/>
        <source>The migration failed: %1 row(s) written into %2 in %3 s.</source>
        <translation>
            <numerusform>The migration failed: %1 row was written into %2 in %3 s.</numerusform>
            <numerusform>The migration failed: %1 rows were written into %2 in %3 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::RunPage</name>
    <message numerus="yes">
        <location filename="../ui/runpage.cpp" line="146"/>
        <source>%1: %2 row(s) the source no longer has deleted.</source>
        <translation>
            <numerusform>%1: %2 row the source no longer has deleted.</numerusform>
            <numerusform>%1: %2 rows the source no longer has deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runpage.cpp" line="621"/>
        <source>%1 row(s) read, %2 written, %3 rejected · %4 rows/s on average, peak %5 rows/s</source>
        <translation>
            <numerusform>%1 row read, %2 written, %3 rejected · %4 rows/s on average, peak %5 rows/s</numerusform>
            <numerusform>%1 rows read, %2 written, %3 rejected · %4 rows/s on average, peak %5 rows/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runpage.cpp" line="599"/>
        <source>Finished: %1 row(s) written in %2. Click %3 for the details.</source>
        <translation>
            <numerusform>Finished: %1 row written in %2. Click %3 for the details.</numerusform>
            <numerusform>Finished: %1 rows written in %2. Click %3 for the details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runpage.cpp" line="466"/>
        <source>%1 row(s) read, %2 written, %3 rejected · %4 rows/s</source>
        <translation>
            <numerusform>%1 row read, %2 written, %3 rejected · %4 rows/s</numerusform>
            <numerusform>%1 rows read, %2 written, %3 rejected · %4 rows/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runpage.cpp" line="235"/>
        <source>Started: %n table(s).</source>
        <translation>
            <numerusform>Started: %n table.</numerusform>
            <numerusform>Started: %n tables.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::StartPage</name>
    <message numerus="yes">
        <location filename="../ui/startpage.cpp" line="141"/>
        <source>Profile %1: from %2 to %3, %n table(s). Click Next to check each step.</source>
        <translation>
            <numerusform>Profile %1: from %2 to %3, %n table. Click Next to check each step.</numerusform>
            <numerusform>Profile %1: from %2 to %3, %n tables. Click Next to check each step.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::SummaryPage</name>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="184"/>
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 row</numerusform>
            <numerusform>%1 rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="186"/>
        <source>Copy %n table(s), %1, from %2 to %3.</source>
        <translation>
            <numerusform>Copy %n table, %1, from %2 to %3.</numerusform>
            <numerusform>Copy %n tables, %1, from %2 to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="190"/>
        <source>create %n table(s)</source>
        <translation>
            <numerusform>create %n table</numerusform>
            <numerusform>create %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="192"/>
        <source>append to %n existing table(s)</source>
        <translation>
            <numerusform>append to %n existing table</numerusform>
            <numerusform>append to %n existing tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="194"/>
        <source>make %n existing table(s) identical to the source: each is compared with it by checksums of key groups, then rows whose key is new are inserted, rows that differ are updated and rows the source no longer has are deleted (asking first when that is more than a tenth of a table); tables already equal are not written to</source>
        <translation>
            <numerusform>make %n existing table identical to the source: it is compared with it by checksums of key groups, then rows whose key is new are inserted, rows that differ are updated and rows the source no longer has are deleted (asking first when that is more than a tenth of the table); tables already equal are not written to</numerusform>
            <numerusform>make %n existing tables identical to the source: each is compared with it by checksums of key groups, then rows whose key is new are inserted, rows that differ are updated and rows the source no longer has are deleted (asking first when that is more than a tenth of a table); tables already equal are not written to</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="199"/>
        <source>merge into %n existing table(s): rows whose key is new are inserted, rows whose key is there are updated where they differ, and no row is deleted</source>
        <translation>
            <numerusform>merge into %n existing table: rows whose key is new are inserted, rows whose key is there are updated where they differ, and no row is deleted</numerusform>
            <numerusform>merge into %n existing tables: rows whose key is new are inserted, rows whose key is there are updated where they differ, and no row is deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="203"/>
        <source>empty %n existing table(s) first</source>
        <translation>
            <numerusform>empty %n existing table first</numerusform>
            <numerusform>empty %n existing tables first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="205"/>
        <source>drop and re-create %n table(s)</source>
        <translation>
            <numerusform>drop and re-create %n table</numerusform>
            <numerusform>drop and re-create %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/summarypage.cpp" line="209"/>
        <source>%n big table(s) load in ranges, up to %1 side by side.</source>
        <translation>
            <numerusform>%n big table loads in ranges, up to %1 side by side.</numerusform>
            <numerusform>%n big tables load in ranges, up to %1 side by side.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::TableJob</name>
    <message numerus="yes">
        <location filename="../core/engine/tablejob.cpp" line="384"/>
        <source>count verified: the target holds %1 row(s) (%2 before + %3 inserted); contents not compared, the run read only the rows past its watermark</source>
        <translation>
            <numerusform>count verified: the target holds %1 row (%2 before + %3 inserted); contents not compared, the run read only the rows past its watermark</numerusform>
            <numerusform>count verified: the target holds %1 rows (%2 before + %3 inserted); contents not compared, the run read only the rows past its watermark</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/tablejob.cpp" line="394"/>
        <source>count verified: the target holds %1 row(s) (%2 before + %3 inserted); contents not compared, the table holds rows the source does not</source>
        <translation>
            <numerusform>count verified: the target holds %1 row (%2 before + %3 inserted); contents not compared, the table holds rows the source does not</numerusform>
            <numerusform>count verified: the target holds %1 rows (%2 before + %3 inserted); contents not compared, the table holds rows the source does not</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/tablejob.cpp" line="403"/>
        <source>count verified: the target holds %1 row(s) (%2 before + %3 written); contents not compared, the table was not empty</source>
        <translation>
            <numerusform>count verified: the target holds %1 row (%2 before + %3 written); contents not compared, the table was not empty</numerusform>
            <numerusform>count verified: the target holds %1 rows (%2 before + %3 written); contents not compared, the table was not empty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/tablejob.cpp" line="416"/>
        <source>count verified (%1 row(s)); contents not compared: %2</source>
        <translation>
            <numerusform>count verified (%1 row); contents not compared: %2</numerusform>
            <numerusform>count verified (%1 rows); contents not compared: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/tablejob.cpp" line="432"/>
        <source>MISMATCH: the target holds %1 row(s), expected %2 (%3 before + %4 written)</source>
        <translation>
            <numerusform>MISMATCH: the target holds %1 row, expected %2 (%3 before + %4 written)</numerusform>
            <numerusform>MISMATCH: the target holds %1 rows, expected %2 (%3 before + %4 written)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/tablejob.cpp" line="146"/>
        <source>%1: holds %2 row(s) but no checkpoint of run %3: not the target the interrupted run wrote to, or its checkpoint was removed; --restart starts over</source>
        <translation>
            <numerusform>%1: holds %2 row but no checkpoint of run %3: not the target the interrupted run wrote to, or its checkpoint was removed; --restart starts over</numerusform>
            <numerusform>%1: holds %2 rows but no checkpoint of run %3: not the target the interrupted run wrote to, or its checkpoint was removed; --restart starts over</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::TablesPage</name>
    <message numerus="yes">
        <location filename="../ui/tablespage.cpp" line="264"/>
        <source>%1 of %n table(s) selected.</source>
        <translation>
            <numerusform>%1 of %n table selected.</numerusform>
            <numerusform>%1 of %n tables selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::ThroughputChart</name>
    <message numerus="yes">
        <location filename="../ui/throughputchart.cpp" line="162"/>
        <source>… and %n more table(s)</source>
        <translation>
            <numerusform>… and %n more table</numerusform>
            <numerusform>… and %n more tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::TypeMapper</name>
    <message numerus="yes">
        <location filename="../core/schema/typelossiness.cpp" line="120"/>
        <source>%1 values with more than %2 integer digit(s) do not fit %3.</source>
        <translation>
            <numerusform>%1 values with more than %2 integer digit do not fit %3.</numerusform>
            <numerusform>%1 values with more than %2 integer digits do not fit %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/schema/typelossiness.cpp" line="134"/>
        <source>values with more than %1 decimal place(s) do not fit %2.</source>
        <translation>
            <numerusform>values with more than %1 decimal place do not fit %2.</numerusform>
            <numerusform>values with more than %1 decimal places do not fit %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/schema/typelossiness.cpp" line="140"/>
        <source>values with more than %1 integer digit(s) do not fit %2.</source>
        <translation>
            <numerusform>values with more than %1 integer digit do not fit %2.</numerusform>
            <numerusform>values with more than %1 integer digits do not fit %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/schema/typelossiness.cpp" line="204"/>
        <source>%1 values longer than %2 character(s) are rejected.</source>
        <translation>
            <numerusform>%1 values longer than %2 character are rejected.</numerusform>
            <numerusform>%1 values longer than %2 characters are rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/schema/typelossiness.cpp" line="216"/>
        <source>%1 values longer than %2 byte(s) are rejected.</source>
        <translation>
            <numerusform>%1 values longer than %2 byte are rejected.</numerusform>
            <numerusform>%1 values longer than %2 bytes are rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::ValueConverter</name>
    <message numerus="yes">
        <location filename="../core/schema/valueconverter.cpp" line="426"/>
        <source>is longer than %1 byte(s)</source>
        <translation>
            <numerusform>is longer than %1 byte</numerusform>
            <numerusform>is longer than %1 bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/schema/valueconverter.cpp" line="447"/>
        <source>is longer than %1 character(s)</source>
        <translation>
            <numerusform>is longer than %1 character</numerusform>
            <numerusform>is longer than %1 characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::Verifier</name>
    <message numerus="yes">
        <location filename="../core/engine/verifier.cpp" line="231"/>
        <source>%1: %2 row(s) in the source, %3 in the target</source>
        <translation>
            <numerusform>%1: %2 row in the source, %3 in the target</numerusform>
            <numerusform>%1: %2 rows in the source, %3 in the target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/verifier.cpp" line="252"/>
        <source>checked by count only (no primary key to compare rows by): %1 row(s) in the source, %2 in the target%3%4</source>
        <translation>
            <numerusform>checked by count only (no primary key to compare rows by): %1 row in the source, %2 in the target%3%4</numerusform>
            <numerusform>checked by count only (no primary key to compare rows by): %1 rows in the source, %2 in the target%3%4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/verifier.cpp" line="261"/>
        <source>verified: %1 row(s) equal in source and target (content checksums of %2 key groups)%3</source>
        <translation>
            <numerusform>verified: %1 row equal in source and target (content checksums of %2 key groups)%3</numerusform>
            <numerusform>verified: %1 rows equal in source and target (content checksums of %2 key groups)%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/verifier.cpp" line="268"/>
        <source>DIFFERENT: %1 row(s) in the source, %2 in the target, differing in %3 of %4 key groups</source>
        <translation>
            <numerusform>DIFFERENT: %1 row in the source, %2 in the target, differing in %3 of %4 key groups</numerusform>
            <numerusform>DIFFERENT: %1 rows in the source, %2 in the target, differing in %3 of %4 key groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/verifier.cpp" line="278"/>
        <source>; and %1 more row(s)</source>
        <translation>
            <numerusform>; and %1 more row</numerusform>
            <numerusform>; and %1 more rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::Watermarks</name>
    <message numerus="yes">
        <location filename="../core/engine/watermarks.cpp" line="112"/>
        <source>%1: %3 row(s) up to %2</source>
        <translation>
            <numerusform>%1: %3 row up to %2</numerusform>
            <numerusform>%1: %3 rows up to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::XlsxForm</name>
    <message numerus="yes">
        <location filename="../ui/endpoints/xlsxform.cpp" line="189"/>
        <source>The first %n row(s) of sheet %1; point at a column&apos;s name for the type these rows suggest (the plan reads every row).</source>
        <translation>
            <numerusform>The first row of sheet %1; point at a column&apos;s name for the type it suggests (the plan reads every row).</numerusform>
            <numerusform>The first %n rows of sheet %1; point at a column&apos;s name for the type these rows suggest (the plan reads every row).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpoints/xlsxform.cpp" line="191"/>
        <source>The first %n row(s) of sheet %1; the ones in red cannot be read (point at one to see why).</source>
        <translation>
            <numerusform>The first row of sheet %1; in red it cannot be read (point at it to see why).</numerusform>
            <numerusform>The first %n rows of sheet %1; the ones in red cannot be read (point at one to see why).</numerusform>
        </translation>
    </message>
</context>
</TS>
