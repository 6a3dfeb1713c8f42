<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FactsPanel</name>
    <message>
        <location filename="../../ui/facts_panel.py" line="46"/>
        <source>Missing from the copy</source>
        <translation>Fehlt in der Kopie</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="47"/>
        <source>Altered in the copy</source>
        <translation>In der Kopie verändert</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="48"/>
        <source>Quotations with no source</source>
        <translation>Zitate ohne Quelle</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="49"/>
        <source>New in the copy</source>
        <translation>Neu in der Kopie</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="50"/>
        <source>Shortened quotations</source>
        <translation>Gekürzte Zitate</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="51"/>
        <source>Kept</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="54"/>
        <source>in the original, nowhere in the copy</source>
        <translation>im Original, nirgends in der Kopie</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="55"/>
        <source>a figure, date or name that changed inside a passage the copy kept, or a quotation whose words differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="57"/>
        <source>a quotation of the copy found nowhere in the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="58"/>
        <source>a figure, date or name only the copy has</source>
        <translation>eine Zahl, ein Datum oder ein Name nur in der Kopie</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="59"/>
        <source>a quotation of the copy that is part of one in the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="60"/>
        <source>the copy carries it</source>
        <translation>die Kopie enthält es</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="63"/>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="64"/>
        <source>Money</source>
        <translation>Geldbeträge</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="65"/>
        <source>Percentages</source>
        <translation>Prozentangaben</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="66"/>
        <source>Dates and times</source>
        <translation>Daten und Zeiten</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="67"/>
        <source>Quotations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="68"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="69"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="70"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="71"/>
        <source>Other names</source>
        <translation>Andere Namen</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="74"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="75"/>
        <source>money</source>
        <translation>Geldbetrag</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="76"/>
        <source>percentage</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="77"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="78"/>
        <source>quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="79"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="80"/>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="81"/>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="82"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="114"/>
        <source>The facts could not be checked: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="188"/>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="189"/>
        <source>copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="203"/>
        <source>Said by {speaker}</source>
        <translation>Gesagt von {speaker}</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="223"/>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="230"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="233"/>
        <source>Show facts of one kind only</source>
        <translation>Nur Fakten einer Art zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="235"/>
        <source>Every status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="236"/>
        <source>Needs a look (all but kept)</source>
        <translation>Zu prüfen (alles außer übernommen)</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="239"/>
        <source>Show facts with one status only</source>
        <translation>Nur Fakten mit einem Status zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="248"/>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="248"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="274"/>
        <source>Checking the facts…</source>
        <translation>Fakten werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="286"/>
        <source>No facts found in either text.</source>
        <translation>In keinem der Texte wurden Fakten gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="332"/>
        <source>Open an original and a copy to check their facts.</source>
        <translation>Öffnen Sie ein Original und eine Kopie, um ihre Fakten zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="334"/>
        <source>No facts of this kind and status.</source>
        <translation>Keine Fakten dieser Art und dieses Status.</translation>
    </message>
    <message>
        <location filename="../../ui/facts_panel.py" line="335"/>
        <source>No numbers, dates, quotations or names found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../../ui/help_dialogs.py" line="108"/>
        <source>User Guide — Verso</source>
        <translation>Benutzerhandbuch — Verso</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="111"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="118"/>
        <source>The user guide is missing ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="186"/>
        <source>A side-by-side reader that shows what a copy kept, changed, added, repeated and left out of an original, and which of its facts it still carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="189"/>
        <source>Licence: {licence}</source>
        <translation>Lizenz: {licence}</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="190"/>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="191"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="192"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="193"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="194"/>
        <source>Python itself: PSF-2.0. Qt is used as separate shared libraries under the LGPL-3.0, so it can be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="214"/>
        <location filename="../../ui/help_dialogs.py" line="219"/>
        <source>About Verso</source>
        <translation>Über Verso</translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message>
        <location filename="../../ui/summary_bar.py" line="22"/>
        <source>kept word for word</source>
        <translation>wörtlich übernommen</translation>
    </message>
    <message>
        <location filename="../../ui/summary_bar.py" line="23"/>
        <source>reworded</source>
        <translation>umformuliert</translation>
    </message>
    <message>
        <location filename="../../ui/summary_bar.py" line="24"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../ui/summary_bar.py" line="25"/>
        <source>repeated</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <location filename="../../ui/summary_bar.py" line="39"/>
        <source>No comparison yet.</source>
        <translation>Noch kein Vergleich.</translation>
    </message>
    <message>
        <location filename="../../ui/summary_bar.py" line="42"/>
        <source>The copy: {parts}.</source>
        <translation>Die Kopie: {parts}.</translation>
    </message>
    <message>
        <location filename="../../ui/summary_bar.py" line="53"/>
        <source>What the copy is made of</source>
        <translation>Woraus die Kopie besteht</translation>
    </message>
    <message>
        <location filename="../../ui/summary_bar.py" line="62"/>
        <source>(grey: kept word for word; blue: reworded; green: added; pink: repeated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowExtras</name>
    <message>
        <location filename="../../ui/window_extras.py" line="50"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="51"/>
        <location filename="../../ui/window_extras.py" line="145"/>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="83"/>
        <source>Page furniture shown, dimmed: {n} differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="86"/>
        <source>Page furniture hidden: {n} differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="97"/>
        <source>{n} in page furniture (shown, not counted)</source>
        <translation>{n} in Seitenelementen (gezeigt, nicht gezählt)</translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="99"/>
        <source>{n} in page furniture (hidden)</source>
        <translation>{n} in Seitenelementen (ausgeblendet)</translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="141"/>
        <source>Facts ({n})</source>
        <translation>Fakten ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="177"/>
        <source>No facts to go to yet.</source>
        <translation>Noch keine Fakten.</translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="183"/>
        <source>This is the last fact listed.</source>
        <translation>Das ist der letzte aufgeführte Fakt.</translation>
    </message>
    <message>
        <location filename="../../ui/window_extras.py" line="185"/>
        <source>This is the first fact listed.</source>
        <translation>Das ist der erste aufgeführte Fakt.</translation>
    </message>
</context>
</TS>
