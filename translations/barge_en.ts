<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EndpointScanner</name>
    <message numerus="yes">
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
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 row</numerusform>
            <numerusform>%1 rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %1 row(s)</source>
        <translation>
            <numerusform>about %1 row</numerusform>
            <numerusform>about %1 rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::CsvPreview</name>
    <message numerus="yes">
        <source>%1: first %n row(s)</source>
        <translation>
            <numerusform>%1: first row</numerusform>
            <numerusform>%1: first %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::FieldMappingPage</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: the first %n row(s) as they will be written.</source>
        <translation>
            <numerusform>Preview: the first row as it will be written.</numerusform>
            <numerusform>Preview: the first %n rows as they will be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n cell(s) would be rejected; hover over a red cell for the reason.</source>
        <translation>
            <numerusform>Preview: %n cell would be rejected; hover over a red cell for the reason.</numerusform>
            <numerusform>Preview: %n cells would be rejected; hover over a red cell for the reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::RunPage</name>
    <message numerus="yes">
        <source>%1 row(s) read, %2 written, %3 rejected · %4 rows/s on average, peak %5 rows/s</source>
        <translation>
            <numerusform>%1 row read, %2 written, %3 rejected · %4 rows/s on average, peak %5 rows/s</numerusform>
            <numerusform>%1 rows read, %2 written, %3 rejected · %4 rows/s on average, peak %5 rows/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %1 row(s) written in %2. Click %3 for the details.</source>
        <translation>
            <numerusform>Finished: %1 row written in %2. Click %3 for the details.</numerusform>
            <numerusform>Finished: %1 rows written in %2. Click %3 for the details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) read, %2 written, %3 rejected · %4 rows/s</source>
        <translation>
            <numerusform>%1 row read, %2 written, %3 rejected · %4 rows/s</numerusform>
            <numerusform>%1 rows read, %2 written, %3 rejected · %4 rows/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n table(s), %1, from %2 to %3.</source>
        <translation>
            <numerusform>Copy %n table, %1, from %2 to %3.</numerusform>
            <numerusform>Copy %n tables, %1, from %2 to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>create %n table(s)</source>
        <translation>
            <numerusform>create %n table</numerusform>
            <numerusform>create %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>append to %n existing table(s)</source>
        <translation>
            <numerusform>append to %n existing table</numerusform>
            <numerusform>append to %n existing tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>empty %n existing table(s) first</source>
        <translation>
            <numerusform>empty %n existing table first</numerusform>
            <numerusform>empty %n existing tables first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>drop and re-create %n table(s)</source>
        <translation>
            <numerusform>drop and re-create %n table</numerusform>
            <numerusform>drop and re-create %n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::TablesPage</name>
    <message numerus="yes">
        <source>%1 of %n table(s) selected.</source>
        <translation>
            <numerusform>%1 of %n table selected.</numerusform>
            <numerusform>%1 of %n tables selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::OptionsPage</name>
    <message numerus="yes">
        <source> row(s)</source>
        <translation>
            <numerusform> row</numerusform>
            <numerusform> rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barge::ReportPage</name>
    <message numerus="yes">
        <source>All done: %1 row(s) written into %2 in %3 s.</source>
        <translation>
            <numerusform>All done: %1 row written into %2 in %3 s.</numerusform>
            <numerusform>All done: %1 rows written into %2 in %3 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done, but some rows were rejected: %1 row(s) written into %2 in %3 s.</source>
        <translation>
            <numerusform>Done, but some rows were rejected: %1 row written into %2 in %3 s.</numerusform>
            <numerusform>Done, but some rows were rejected: %1 rows written into %2 in %3 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %1 row(s) written into %2 in %3 s; the table list shows exactly where each table stands.</source>
        <translation>
            <numerusform>Stopped: %1 row was written into %2 in %3 s; the table list shows exactly where each table stands.</numerusform>
            <numerusform>Stopped: %1 rows were written into %2 in %3 s; the table list shows exactly where each table stands.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The migration failed: %1 row(s) written into %2 in %3 s.</source>
        <translation>
            <numerusform>The migration failed: %1 row was written into %2 in %3 s.</numerusform>
            <numerusform>The migration failed: %1 rows were written into %2 in %3 s.</numerusform>
        </translation>
    </message>
</context>
</TS>
