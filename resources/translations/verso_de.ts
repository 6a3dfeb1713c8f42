<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="59"/>
        <source>Alt+Down and Alt+Up go to the next and previous difference.</source>
        <translation>Alt+Ab und Alt+Auf gehen zum nächsten und vorherigen Unterschied.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="60"/>
        <location filename="../../ui/shell/accessibility.py" line="138"/>
        <source>Original text</source>
        <translation>Originaltext</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="61"/>
        <source>The original, read-only. Differences from the copy are marked: {legend}.</source>
        <translation>Das Original, schreibgeschützt. Unterschiede zur Kopie sind markiert: {legend}.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="63"/>
        <location filename="../../ui/shell/accessibility.py" line="139"/>
        <source>Copy text</source>
        <translation>Text der Kopie</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="64"/>
        <source>The copy, read-only. Differences from the original are marked: {legend}.</source>
        <translation>Die Kopie, schreibgeschützt. Unterschiede zum Original sind markiert: {legend}.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="68"/>
        <source>Redline text</source>
        <translation>Korrekturtext</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="69"/>
        <source>The copy with the original&apos;s wording struck through and the copy&apos;s underlined.</source>
        <translation>Die Kopie; der Wortlaut des Originals ist durchgestrichen, der der Kopie unterstrichen.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="71"/>
        <source>Link map</source>
        <translation>Verbindungskarte</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="72"/>
        <source>Bands joining each difference in the original to its place in the copy. With the keyboard: Alt+Down and Alt+Up step through the same differences.</source>
        <translation>Bänder verbinden jeden Unterschied im Original mit seiner Stelle in der Kopie. Mit der Tastatur: Alt+Ab und Alt+Auf gehen dieselben Unterschiede durch.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="74"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="75"/>
        <source>Every difference of both texts at scale, the visible part boxed. With the keyboard: Alt+Home and Alt+End go to the first and last difference.</source>
        <translation>Alle Unterschiede beider Texte maßstabsgetreu, der sichtbare Teil umrahmt. Mit der Tastatur: Alt+Pos1 und Alt+Ende gehen zum ersten und letzten Unterschied.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="78"/>
        <source>Differences panel</source>
        <translation>Unterschiede-Leiste</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="79"/>
        <source>The legend, which filters by kind, over the list of differences.</source>
        <translation>Die Legende, die nach Art filtert, über der Liste der Unterschiede.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="80"/>
        <source>Differences list</source>
        <translation>Liste der Unterschiede</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="81"/>
        <source>Every difference in reading order: kind, paragraph in the original and the copy, excerpt. Moving the selection goes to the difference in both panes.</source>
        <translation>Alle Unterschiede in Lesereihenfolge: Art, Absatz im Original und in der Kopie, Auszug. Wer die Auswahl bewegt, springt in beiden Ansichten zum Unterschied.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="84"/>
        <source>Show {kind}</source>
        <translation>Unterschiede der Art „{kind}“ zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="85"/>
        <source>Legend and filter: {glyph} {kind}, {meaning}. Checked: listed, marked and stepped through.</source>
        <translation>Legende und Filter: {glyph} {kind}, {meaning}. Angehakt: aufgelistet, markiert und ansteuerbar.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="89"/>
        <source>Find bar</source>
        <translation>Suchleiste</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="90"/>
        <source>Finds text in the original and the copy at once.</source>
        <translation>Sucht Text gleichzeitig im Original und in der Kopie.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="91"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="92"/>
        <source>The text to find in both panes; Enter and F3 go to the next match, Shift+F3 to the previous, Escape closes the bar.</source>
        <translation>Der in beiden Ansichten zu suchende Text; Eingabe und F3 gehen zum nächsten Treffer, Umschalt+F3 zum vorherigen, Esc schließt die Leiste.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="94"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="95"/>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="101"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="102"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="103"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="104"/>
        <source>Shares of the copy reused, added and duplicated; omissions in the original; how many differences (page furniture aside).</source>
        <translation>Anteile der Kopie: übernommen, hinzugefügt und wiederholt; Auslassungen im Original; Zahl der Unterschiede (ohne Seitenelemente).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="108"/>
        <source>Side panels</source>
        <translation>Seitenleisten</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="109"/>
        <source>Differences and Facts; Ctrl+3 and Ctrl+4 bring each to the front.</source>
        <translation>Unterschiede und Fakten; Strg+3 und Strg+4 holen sie jeweils nach vorn.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="112"/>
        <source>Facts panel</source>
        <translation>Faktenleiste</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="113"/>
        <source>Numbers, dates, quotations and names of the original, checked in the copy.</source>
        <translation>Zahlen, Daten, Zitate und Namen des Originals, in der Kopie geprüft.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="114"/>
        <source>Facts list</source>
        <translation>Faktenliste</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="115"/>
        <source>Facts grouped by status, the most urgent first: missing, altered, unsourced, new, shortened, kept. Choosing one selects it in both panes; F9 and Shift+F9 step.</source>
        <translation>Fakten nach Status gruppiert, die dringendsten zuerst: fehlend, verändert, ohne Quelle, neu, gekürzt, erhalten. Eine Auswahl markiert den Fakt in beiden Ansichten; F9 und Umschalt+F9 blättern.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="118"/>
        <source>Kind of fact</source>
        <translation>Art des Fakts</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="119"/>
        <source>Show facts of one kind only.</source>
        <translation>Nur Fakten einer Art zeigen.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="120"/>
        <source>Status of fact</source>
        <translation>Status des Fakts</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="121"/>
        <source>Show facts with one status only.</source>
        <translation>Nur Fakten mit einem Status zeigen.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="122"/>
        <source>Facts summary</source>
        <translation>Zusammenfassung der Fakten</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="126"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="126"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="127"/>
        <source>Size</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="142"/>
        <source>Differences in reading order ({count}): kind, paragraph in the original and the copy, excerpt. Moving the selection goes to the difference in both panes.</source>
        <translation>Unterschiede in Lesereihenfolge ({count}): Art, Absatz im Original und in der Kopie, Auszug. Wer die Auswahl bewegt, springt in beiden Ansichten zum Unterschied.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../build/action_strings.py" line="4"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="7"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="8"/>
        <source>Revie&amp;w</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="9"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="11"/>
        <source>Open &amp;Original…</source>
        <translation>&amp;Original öffnen…</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="12"/>
        <source>Open &amp;Copy…</source>
        <translation>&amp;Kopie öffnen…</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="13"/>
        <source>Open &amp;Project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="14"/>
        <source>&amp;Swap Sides</source>
        <translation>Seiten &amp;tauschen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="15"/>
        <source>&amp;Recent Comparisons</source>
        <translation>&amp;Letzte Vergleiche</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="16"/>
        <source>Sca&amp;n Copies…</source>
        <translation>Kopie&amp;n suchen…</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="17"/>
        <source>&amp;Save Project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="18"/>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="19"/>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="20"/>
        <source>Export Report as P&amp;DF…</source>
        <translation>Bericht als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="21"/>
        <source>Export as &amp;Word (Tracked Changes)…</source>
        <translation>Als &amp;Word exportieren (Änderungen nachverfolgt)…</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="22"/>
        <source>&amp;Print Report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="23"/>
        <source>&amp;Close Window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="24"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/review/controller.py" line="462"/>
        <location filename="../../build/action_strings.py" line="25"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/review/controller.py" line="467"/>
        <location filename="../../build/action_strings.py" line="26"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="27"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="28"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="29"/>
        <source>Paste as &amp;Original</source>
        <translation>Als &amp;Original einfügen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="30"/>
        <source>Paste as Co&amp;py</source>
        <translation>Als Ko&amp;pie einfügen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="31"/>
        <source>&amp;Find in Both…</source>
        <translation>In &amp;beiden suchen…</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="32"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="33"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="34"/>
        <source>&amp;Inline Redline</source>
        <translation>&amp;Korrekturansicht</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="35"/>
        <source>&amp;Linked Scrolling</source>
        <translation>&amp;Gekoppeltes Blättern</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="36"/>
        <source>&amp;Differences Panel</source>
        <translation>&amp;Unterschiede-Leiste</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="37"/>
        <source>Show &amp;Omitted</source>
        <translation>&amp;Ausgelassenes zeigen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="38"/>
        <source>Show &amp;Added</source>
        <translation>&amp;Hinzugefügtes zeigen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="39"/>
        <source>Show C&amp;hanged</source>
        <translation>&amp;Geändertes zeigen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="40"/>
        <source>Show D&amp;uplicated</source>
        <translation>&amp;Wiederholtes zeigen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="41"/>
        <source>Show &amp;Moved</source>
        <translation>&amp;Verschobenes zeigen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="42"/>
        <source>Show Page &amp;Furniture</source>
        <translation>&amp;Seitenelemente zeigen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="43"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="44"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="45"/>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normalgröße</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="46"/>
        <source>Focus O&amp;riginal</source>
        <translation>Zum O&amp;riginal</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="47"/>
        <source>Focus Cop&amp;y</source>
        <translation>Zur Ko&amp;pie</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="48"/>
        <source>Focus Differences &amp;List</source>
        <translation>Zur Unterschiede-&amp;Liste</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="49"/>
        <source>Focus Fac&amp;ts List</source>
        <translation>Zur &amp;Faktenliste</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="50"/>
        <source>&amp;Next Difference</source>
        <translation>&amp;Nächster Unterschied</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="51"/>
        <source>&amp;Previous Difference</source>
        <translation>&amp;Vorheriger Unterschied</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="52"/>
        <source>&amp;First Difference</source>
        <translation>&amp;Erster Unterschied</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="53"/>
        <source>&amp;Last Difference</source>
        <translation>&amp;Letzter Unterschied</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="54"/>
        <source>Next of the &amp;Same Kind</source>
        <translation>Nächster der &amp;gleichen Art</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="55"/>
        <source>Previous of the S&amp;ame Kind</source>
        <translation>Vorheriger der gl&amp;eichen Art</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="56"/>
        <source>First &amp;Occurrence of This Repeat</source>
        <translation>Erstes &amp;Vorkommen dieser Wiederholung</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="57"/>
        <source>Next &amp;Borrowed Passage</source>
        <translation>Nächste ü&amp;bernommene Passage</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="58"/>
        <source>Previous Borro&amp;wed Passage</source>
        <translation>Vorherige übernommene Pa&amp;ssage</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="59"/>
        <source>Next &amp;Fact</source>
        <translation>Nächster &amp;Fakt</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="60"/>
        <source>Previous F&amp;act</source>
        <translation>Vorheriger F&amp;akt</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="61"/>
        <source>Mark &amp;Unreviewed</source>
        <translation>Als &amp;ungeprüft markieren</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="62"/>
        <source>Mark &amp;Needs Check</source>
        <translation>Als &amp;zu prüfen markieren</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="63"/>
        <source>Mark &amp;Confirmed</source>
        <translation>Als &amp;bestätigt markieren</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="64"/>
        <source>Mark &amp;Acceptable</source>
        <translation>Als &amp;akzeptabel markieren</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="65"/>
        <source>Mark &amp;Error</source>
        <translation>Als &amp;Fehler markieren</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="66"/>
        <source>&amp;Note on Current Difference</source>
        <translation>&amp;Notiz zum aktuellen Unterschied</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="67"/>
        <source>&amp;Highlight Selection</source>
        <translation>Auswahl &amp;hervorheben</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="68"/>
        <source>Next Un&amp;reviewed Difference</source>
        <translation>Nächster un&amp;geprüfter Unterschied</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="69"/>
        <source>&amp;Compare Again</source>
        <translation>Erneut &amp;vergleichen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="70"/>
        <source>Ignore &amp;Case</source>
        <translation>&amp;Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="71"/>
        <source>Ignore &amp;Punctuation</source>
        <translation>&amp;Satzzeichen ignorieren</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="72"/>
        <source>Ignore &amp;Typography</source>
        <translation>&amp;Typografie ignorieren</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="73"/>
        <source>Link Only &amp;Close Rewordings</source>
        <translation>Nur &amp;enge Umformulierungen verknüpfen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="74"/>
        <source>&amp;Balanced</source>
        <translation>&amp;Ausgewogen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="75"/>
        <source>Link &amp;Loose Paraphrases</source>
        <translation>Auch &amp;freie Umschreibungen verknüpfen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="76"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="77"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="78"/>
        <source>&amp;About Verso</source>
        <translation>Über &amp;Verso</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="79"/>
        <source>Choose the original text (left)</source>
        <translation>Den Originaltext wählen (links)</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="80"/>
        <source>Choose the copy to check (right)</source>
        <translation>Die zu prüfende Kopie wählen (rechts)</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="81"/>
        <source>Open a saved review (.verso): both texts, verdicts and notes</source>
        <translation>Eine gespeicherte Prüfung öffnen (.verso): beide Texte, Urteile und Notizen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="82"/>
        <source>Make the copy the original and the original the copy</source>
        <translation>Die Kopie zum Original und das Original zur Kopie machen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="83"/>
        <source>Search a folder for documents that borrowed from the original, ranked by how much</source>
        <translation>Einen Ordner nach Dokumenten durchsuchen, die aus dem Original übernommen haben, nach Umfang geordnet</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="84"/>
        <source>Save both texts, verdicts and notes in a .verso project</source>
        <translation>Beide Texte, Urteile und Notizen in einem .verso-Projekt speichern</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="85"/>
        <source>A standalone web page: both texts, every difference, verdicts and notes</source>
        <translation>Eine eigenständige Webseite: beide Texte, alle Unterschiede, Urteile und Notizen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="86"/>
        <source>The copy as a Word document: what it changed as tracked changes, verdicts and notes as comments</source>
        <translation>Die Kopie als Word-Dokument: ihre Änderungen nachverfolgt, Urteile und Notizen als Kommentare</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="87"/>
        <source>Undo the last verdict, note or highlight change</source>
        <translation>Die letzte Änderung an Urteil, Notiz oder Hervorhebung rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="88"/>
        <source>Use the clipboard&apos;s text as the original</source>
        <translation>Den Text der Zwischenablage als Original verwenden</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="89"/>
        <source>Use the clipboard&apos;s text as the copy</source>
        <translation>Den Text der Zwischenablage als Kopie verwenden</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="90"/>
        <source>Find text in the original and the copy</source>
        <translation>Text im Original und in der Kopie suchen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="91"/>
        <source>One column: the copy, with the original&apos;s wording struck through</source>
        <translation>Eine Spalte: die Kopie, mit dem durchgestrichenen Wortlaut des Originals</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="92"/>
        <source>Keep aligned passages level while scrolling</source>
        <translation>Zugeordnete Passagen beim Blättern auf gleicher Höhe halten</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="93"/>
        <source>Show omissions in the list, maps and navigation</source>
        <translation>Auslassungen in Liste, Karten und Navigation zeigen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="94"/>
        <source>List and step through menus, bylines, link lists and footers too (always dimmed)</source>
        <translation>Auch Menüs, Autorenzeilen, Linklisten und Fußzeilen auflisten und ansteuern (immer abgeblendet)</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="95"/>
        <source>The Facts panel: numbers, dates, quotations and names, checked in the copy</source>
        <translation>Die Faktenleiste: Zahlen, Daten, Zitate und Namen, in der Kopie geprüft</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="96"/>
        <source>Next difference of the selected difference&apos;s kind</source>
        <translation>Nächster Unterschied von der Art des ausgewählten</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="97"/>
        <source>Show where the copy first has the text the selected duplicate repeats</source>
        <translation>Zeigen, wo die Kopie den Text, den die ausgewählte Wiederholung wiederholt, zum ersten Mal hat</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="98"/>
        <source>Both texts to the next passage the copy took from the original</source>
        <translation>Beide Texte zur nächsten Passage, die die Kopie aus dem Original übernommen hat</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="99"/>
        <source>The next fact in the Facts panel (missing, altered, ... kept)</source>
        <translation>Der nächste Fakt in der Faktenleiste (fehlend, verändert, … erhalten)</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="100"/>
        <source>Clear the verdict of the current difference</source>
        <translation>Das Urteil zum aktuellen Unterschied entfernen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="101"/>
        <source>Look again or ask the writer before publishing</source>
        <translation>Vor der Veröffentlichung noch einmal prüfen oder beim Autor nachfragen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="102"/>
        <source>Checked against the original: the copy is right</source>
        <translation>Mit dem Original abgeglichen: die Kopie stimmt</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="103"/>
        <source>A legitimate edit (style, length, house rules)</source>
        <translation>Eine zulässige Bearbeitung (Stil, Länge, Hausregeln)</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="104"/>
        <source>The copy is wrong here and must be corrected</source>
        <translation>Die Kopie ist hier falsch und muss korrigiert werden</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="105"/>
        <source>Write or edit the note of the current difference or highlight</source>
        <translation>Die Notiz zum aktuellen Unterschied oder zur Hervorhebung schreiben oder bearbeiten</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="106"/>
        <source>Highlight the text selected in either pane and write a note on it</source>
        <translation>Den in einer Ansicht ausgewählten Text hervorheben und eine Notiz dazu schreiben</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="107"/>
        <source>“Minister” and “minister” are the same word</source>
        <translation>„Minister“ und „minister“ sind dasselbe Wort</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="108"/>
        <source>Commas and full stops are never edits</source>
        <translation>Kommas und Punkte zählen nie als Änderung</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="109"/>
        <source>Curly and straight quotes, dashes and ellipses count as the same</source>
        <translation>Typografische und gerade Anführungszeichen, Striche und Auslassungspunkte gelten als gleich</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="110"/>
        <source>Sensitivity 0.3</source>
        <translation>Empfindlichkeit 0,3</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="111"/>
        <source>Sensitivity 0.5</source>
        <translation>Empfindlichkeit 0,5</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="112"/>
        <source>Sensitivity 0.75</source>
        <translation>Empfindlichkeit 0,75</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="113"/>
        <source>How to read Verso&apos;s highlights, facts and summary</source>
        <translation>Wie man Versos Markierungen, Fakten und Zusammenfassung liest</translation>
    </message>
</context>
<context>
    <name>Annotating</name>
    <message>
        <location filename="../../ui/review/annotating.py" line="50"/>
        <source>Select a difference first.</source>
        <translation>Zuerst einen Unterschied auswählen.</translation>
    </message>
    <message>
        <location filename="../../ui/review/annotating.py" line="57"/>
        <source>Set Verdict: {verdict}</source>
        <translation>Urteil setzen: {verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/review/annotating.py" line="59"/>
        <source>{verdict}. Alt+U goes to the next unreviewed difference.</source>
        <translation>{verdict}. Alt+U geht zum nächsten ungeprüften Unterschied.</translation>
    </message>
    <message>
        <location filename="../../ui/review/annotating.py" line="76"/>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/review/annotating.py" line="84"/>
        <source>Select a difference, or highlight some text, to write a note.</source>
        <translation>Einen Unterschied auswählen oder Text hervorheben, um eine Notiz zu schreiben.</translation>
    </message>
    <message>
        <location filename="../../ui/review/annotating.py" line="102"/>
        <source>Select some text in either pane to highlight it.</source>
        <translation>Text in einer der Ansichten auswählen, um ihn hervorzuheben.</translation>
    </message>
    <message>
        <location filename="../../ui/review/annotating.py" line="122"/>
        <source>Add Highlight</source>
        <translation>Hervorhebung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/review/annotating.py" line="134"/>
        <source>Remove Highlight</source>
        <translation>Hervorhebung entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/review/annotating.py" line="141"/>
        <source>No differences to review.</source>
        <translation>Keine Unterschiede zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/review/annotating.py" line="153"/>
        <source>Every difference shown has a verdict.</source>
        <translation>Jeder gezeigte Unterschied hat ein Urteil.</translation>
    </message>
    <message>
        <location filename="../../ui/review/annotating.py" line="162"/>
        <source>Undone: {step}</source>
        <translation>Rückgängig gemacht: {step}</translation>
    </message>
    <message>
        <location filename="../../ui/review/annotating.py" line="171"/>
        <source>Redone: {step}</source>
        <translation>Wiederholt: {step}</translation>
    </message>
    <message>
        <location filename="../../ui/review/annotating.py" line="178"/>
        <source>This annotation lost its place when the texts changed; it stays in the project and the report, and is tried again at the next comparison.</source>
        <translation>Diese Anmerkung hat ihren Platz verloren, als sich die Texte änderten; sie bleibt in Projekt und Bericht und wird beim nächsten Vergleich erneut zugeordnet.</translation>
    </message>
    <message>
        <location filename="../../ui/review/annotating.py" line="189"/>
        <source>Remove Annotation</source>
        <translation>Anmerkung entfernen</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../ui/panels/annotations.py" line="221"/>
        <source>Highlight in the original</source>
        <translation>Hervorhebung im Original</translation>
    </message>
    <message>
        <location filename="../../ui/panels/annotations.py" line="222"/>
        <source>Highlight in the copy</source>
        <translation>Hervorhebung in der Kopie</translation>
    </message>
    <message>
        <location filename="../../ui/panels/annotations.py" line="226"/>
        <source>{verdict} on the fact “{fact}”</source>
        <translation>{verdict} zum Fakt „{fact}“</translation>
    </message>
    <message>
        <location filename="../../ui/panels/annotations.py" line="229"/>
        <source>{verdict} on a former {kind} difference</source>
        <translation>{verdict} zu einem früheren Unterschied der Art „{kind}“</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../ui/panes/article.py" line="106"/>
        <source>ORIGINAL</source>
        <translation>ORIGINAL</translation>
    </message>
    <message>
        <location filename="../../ui/panes/article.py" line="107"/>
        <source>COPY</source>
        <translation>KOPIE</translation>
    </message>
    <message>
        <location filename="../../ui/panes/article.py" line="108"/>
        <source>REDLINE</source>
        <translation>KORREKTUR</translation>
    </message>
    <message>
        <location filename="../../ui/panes/article.py" line="144"/>
        <source>Drop the original here

or File → Open Original…</source>
        <translation>Das Original hier ablegen

oder Datei → Original öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/article.py" line="145"/>
        <source>Drop the copy here

or File → Open Copy…</source>
        <translation>Die Kopie hier ablegen

oder Datei → Kopie öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/article.py" line="146"/>
        <source>Open an original and a copy to read the redline</source>
        <translation>Ein Original und eine Kopie öffnen, um die Korrekturansicht zu lesen</translation>
    </message>
    <message>
        <location filename="../../ui/panes/article.py" line="148"/>
        <source>Original text</source>
        <translation>Originaltext</translation>
    </message>
    <message>
        <location filename="../../ui/panes/article.py" line="148"/>
        <source>Copy text</source>
        <translation>Text der Kopie</translation>
    </message>
    <message>
        <location filename="../../ui/panes/article.py" line="149"/>
        <source>Redline text</source>
        <translation>Korrekturtext</translation>
    </message>
    <message>
        <location filename="../../ui/panes/article.py" line="165"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/article.py" line="169"/>
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/shell/banner.py" line="24"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="40"/>
        <source>Keyboard Shortcuts — Verso</source>
        <translation>Tastenkürzel — Verso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="42"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="43"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="44"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="64"/>
        <source>About Verso</source>
        <translation>Über Verso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="65"/>
        <source>A side-by-side reader that shows what a copy kept, changed, added, repeated and left out of an original.</source>
        <translation>Ein Lesegerät für zwei Texte nebeneinander, das zeigt, was eine Kopie von einem Original übernommen, geändert, hinzugefügt, wiederholt und ausgelassen hat.</translation>
    </message>
</context>
<context>
    <name>DifferencesPanel</name>
    <message>
        <location filename="../../ui/panels/differences.py" line="99"/>
        <source>original ¶{n}</source>
        <translation>Original ¶{n}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/differences.py" line="102"/>
        <source>copy ¶{n}</source>
        <translation>Kopie ¶{n}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/differences.py" line="105"/>
        <source>repeats copy ¶{n}</source>
        <translation>wiederholt Kopie ¶{n}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/differences.py" line="108"/>
        <source>{share} alike</source>
        <translation>{share} gleich</translation>
    </message>
    <message>
        <location filename="../../ui/panels/differences.py" line="166"/>
        <source>Page furniture (menus, bylines, link lists, footers)</source>
        <translation>Seitenelemente (Menüs, Autorenzeilen, Linklisten, Fußzeilen)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/differences.py" line="161"/>
        <location filename="../../ui/panels/differences.py" line="171"/>
        <source>{alarm} Facts: {changes}</source>
        <translation>{alarm} Fakten: {changes}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/differences.py" line="231"/>
        <source>page furniture · {where}</source>
        <translation>Seitenelemente · {where}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/differences.py" line="269"/>
        <location filename="../../ui/panels/differences.py" line="407"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location filename="../../ui/panels/differences.py" line="281"/>
        <source>{kind}: {meaning}. In the texts: {mark}. Click to show or hide this kind.</source>
        <translation>{kind}: {meaning}. In den Texten: {mark}. Klicken, um diese Art ein- oder auszublenden.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/differences.py" line="284"/>
        <source>Show {kind}</source>
        <translation>Unterschiede der Art „{kind}“ zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/panels/differences.py" line="291"/>
        <source>{alarm} Facts first</source>
        <translation>{alarm} Fakten zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/panels/differences.py" line="292"/>
        <source>List first the differences that change, drop or add a figure, date, quotation or name (F8 follows this order)</source>
        <translation>Zuerst die Unterschiede zeigen, die eine Zahl, ein Datum, ein Zitat oder einen Namen ändern, weglassen oder hinzufügen (F8 folgt dieser Reihenfolge)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/differences.py" line="313"/>
        <source>Differences list</source>
        <translation>Liste der Unterschiede</translation>
    </message>
    <message>
        <location filename="../../ui/panels/differences.py" line="369"/>
        <source>Copy Difference</source>
        <translation>Unterschied kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/panels/differences.py" line="370"/>
        <source>Copy {n} Differences</source>
        <translation>{n} Unterschiede kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/panels/differences.py" line="406"/>
        <source>Differences ({shown} of {total})</source>
        <translation>Unterschiede ({shown} von {total})</translation>
    </message>
    <message>
        <location filename="../../ui/panels/differences.py" line="409"/>
        <source>Open or drop an original and a copy to see their differences.</source>
        <translation>Ein Original und eine Kopie öffnen oder ablegen, um ihre Unterschiede zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/differences.py" line="411"/>
        <source>No differences of the kinds shown.</source>
        <translation>Keine Unterschiede der gezeigten Arten.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/differences.py" line="412"/>
        <source>No differences: the copy matches the original.</source>
        <translation>Keine Unterschiede: die Kopie entspricht dem Original.</translation>
    </message>
</context>
<context>
    <name>DocumentsIO</name>
    <message>
        <location filename="../../ui/documents_io.py" line="30"/>
        <source>the clipboard holds no text</source>
        <translation>die Zwischenablage enthält keinen Text</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../../ui/review/exporting.py" line="75"/>
        <location filename="../../ui/review/exporting.py" line="135"/>
        <source>Open an original and a copy first.</source>
        <translation>Zuerst ein Original und eine Kopie öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/review/exporting.py" line="82"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/review/exporting.py" line="82"/>
        <source>Web page (*.html *.htm)</source>
        <translation>Webseite (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../ui/review/exporting.py" line="83"/>
        <source>Word document (*.docx)</source>
        <translation>Word-Dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/review/exporting.py" line="86"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/review/exporting.py" line="106"/>
        <location filename="../../ui/review/exporting.py" line="126"/>
        <source>Report saved: {path}</source>
        <translation>Bericht gespeichert: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/review/exporting.py" line="118"/>
        <source>Writing the report {name}…</source>
        <translation>Der Bericht {name} wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../ui/review/exporting.py" line="122"/>
        <source>Writing the report</source>
        <translation>Das Schreiben des Berichts</translation>
    </message>
    <message>
        <location filename="../../ui/review/exporting.py" line="124"/>
        <source>The report was not written: {error}</source>
        <translation>Der Bericht wurde nicht geschrieben: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/review/exporting.py" line="143"/>
        <source>This report is too long to print from here: use File → Export Report as PDF, then print the PDF.</source>
        <translation>Dieser Bericht ist zu lang, um ihn von hier zu drucken: Verwenden Sie Datei → Bericht als PDF exportieren und drucken Sie dann das PDF.</translation>
    </message>
</context>
<context>
    <name>FactReviewing</name>
    <message>
        <location filename="../../ui/review/fact_reviewing.py" line="73"/>
        <source>Select a fact first.</source>
        <translation>Zuerst einen Fakt auswählen.</translation>
    </message>
    <message>
        <location filename="../../ui/review/fact_reviewing.py" line="81"/>
        <source>Set Fact Verdict: {verdict}</source>
        <translation>Urteil zum Fakt: {verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/review/fact_reviewing.py" line="82"/>
        <source>Fact: {verdict}. F9 goes to the next fact.</source>
        <translation>Fakt: {verdict}. F9 geht zum nächsten Fakt.</translation>
    </message>
    <message>
        <location filename="../../ui/review/fact_reviewing.py" line="97"/>
        <source>Edit Fact Note</source>
        <translation>Notiz zum Fakt bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/review/fact_reviewing.py" line="114"/>
        <source>Verdicts and notes on facts can be given once the facts are checked.</source>
        <translation>Urteile und Notizen zu Fakten sind möglich, sobald die Fakten geprüft sind.</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <location filename="../../ui/panels/facts.py" line="48"/>
        <source>Missing from the copy</source>
        <translation>Fehlt in der Kopie</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="49"/>
        <source>Altered in the copy</source>
        <translation>In der Kopie verändert</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="51"/>
        <source>New in the copy</source>
        <translation>Neu in der Kopie</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="52"/>
        <source>Shortened quotations</source>
        <translation>Gekürzte Zitate</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="53"/>
        <source>Kept</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="56"/>
        <source>in the original, nowhere in the copy</source>
        <translation>im Original, nirgends in der Kopie</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="57"/>
        <source>a figure, date or name that changed inside a passage the copy kept, or a quotation whose words differ</source>
        <translation>eine Zahl, ein Datum oder ein Name, der sich in einer übernommenen Passage geändert hat, oder ein Zitat mit anderem Wortlaut</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="50"/>
        <source>Quotations and claims with no source</source>
        <translation>Zitate und Behauptungen ohne Quelle</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="59"/>
        <source>a quotation of the copy found nowhere in the original, or a claim it added in unnamed mouths (“experts say”)</source>
        <translation>ein Zitat der Kopie, das im Original nirgends steht, oder eine Behauptung, die sie Ungenannten in den Mund legt („Experten sagen“)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="61"/>
        <source>a figure, date or name only the copy has</source>
        <translation>eine Zahl, ein Datum oder ein Name nur in der Kopie</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="62"/>
        <source>a quotation of the copy that is part of one in the original</source>
        <translation>ein Zitat der Kopie, das Teil eines Zitats im Original ist</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="63"/>
        <source>the copy carries it</source>
        <translation>die Kopie enthält es</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="66"/>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="67"/>
        <source>Money</source>
        <translation>Geldbeträge</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="68"/>
        <source>Percentages</source>
        <translation>Prozentangaben</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="69"/>
        <source>Dates and times</source>
        <translation>Daten und Zeiten</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="70"/>
        <source>Quotations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="71"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="72"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="73"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="74"/>
        <source>Other names</source>
        <translation>Andere Namen</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="75"/>
        <source>Claims with no named source</source>
        <translation>Behauptungen ohne genannte Quelle</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="78"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="79"/>
        <source>money</source>
        <translation>Geldbetrag</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="80"/>
        <source>percentage</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="81"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="82"/>
        <source>quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="83"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="84"/>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="85"/>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="86"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="87"/>
        <source>claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="153"/>
        <source>The facts check</source>
        <translation>Die Faktenprüfung</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="155"/>
        <source>The facts could not be checked: {error}</source>
        <translation>Die Fakten konnten nicht geprüft werden: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="191"/>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="192"/>
        <source>copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="207"/>
        <source>Said by {speaker}</source>
        <translation>Gesagt von {speaker}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="228"/>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="235"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="238"/>
        <source>Show facts of one kind only</source>
        <translation>Nur Fakten einer Art zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="240"/>
        <source>Every status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="241"/>
        <source>Needs a look (all but kept)</source>
        <translation>Zu prüfen (alles außer übernommen)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="244"/>
        <source>Show facts with one status only</source>
        <translation>Nur Fakten mit einem Status zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="258"/>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="258"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="258"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="291"/>
        <source>Checking the facts…</source>
        <extracomment>The reviewer&apos;s verdicts and notes on facts (None: none to show); set by the review.</extracomment>
        <translation>Fakten werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="307"/>
        <source>No facts found in either text.</source>
        <translation>In keinem der Texte wurden Fakten gefunden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/facts.py" line="352"/>
        <source>%n more not listed: choose a kind or a status above</source>
        <translation>
            <numerusform>%n weiterer nicht aufgeführt: wählen Sie oben eine Art oder einen Status</numerusform>
            <numerusform>%n weitere nicht aufgeführt: wählen Sie oben eine Art oder einen Status</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="360"/>
        <source>Open an original and a copy to check their facts.</source>
        <translation>Öffnen Sie ein Original und eine Kopie, um ihre Fakten zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="362"/>
        <source>No facts of this kind and status.</source>
        <translation>Keine Fakten dieser Art und dieses Status.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="363"/>
        <source>No numbers, dates, quotations or names found.</source>
        <translation>Keine Zahlen, Daten, Zitate oder Namen gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="399"/>
        <source>Verdict: {verdict}</source>
        <translation>Urteil: {verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/facts.py" line="401"/>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/shell/file_actions.py" line="63"/>
        <source>Open the Original</source>
        <translation>Original öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/file_actions.py" line="69"/>
        <source>Open the Copy</source>
        <translation>Kopie öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/file_actions.py" line="93"/>
        <source>No recent comparisons</source>
        <translation>Keine letzten Vergleiche</translation>
    </message>
    <message>
        <location filename="../../ui/shell/file_actions.py" line="96"/>
        <source>Clear Recent</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../../ui/shell/file_actions.py" line="114"/>
        <source>Pasted original</source>
        <translation>Eingefügtes Original</translation>
    </message>
    <message>
        <location filename="../../ui/shell/file_actions.py" line="115"/>
        <source>Pasted copy</source>
        <translation>Eingefügte Kopie</translation>
    </message>
    <message>
        <location filename="../../ui/shell/file_actions.py" line="125"/>
        <source>Dropped original</source>
        <translation>Abgelegtes Original</translation>
    </message>
    <message>
        <location filename="../../ui/shell/file_actions.py" line="126"/>
        <source>Dropped copy</source>
        <translation>Abgelegte Kopie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/file_actions.py" line="144"/>
        <source>%n files were dropped; the first two are compared (original, then copy).</source>
        <translation>
            <numerusform>%n Datei wurde abgelegt; die ersten beiden werden verglichen (Original, dann Kopie).</numerusform>
            <numerusform>%n Dateien wurden abgelegt; die ersten beiden werden verglichen (Original, dann Kopie).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/file_actions.py" line="168"/>
        <source>Copied {n} difference(s) as text and HTML.</source>
        <translation>{n} Unterschied(e) als Text und HTML kopiert.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/shell/find_bar.py" line="21"/>
        <source>Find in the original and the copy</source>
        <translation>Im Original und in der Kopie suchen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/find_bar.py" line="23"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/find_bar.py" line="24"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../../ui/shell/find_bar.py" line="29"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/find_bar.py" line="31"/>
        <source>Next match (F3, Enter)</source>
        <translation>Nächster Treffer (F3, Eingabe)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/find_bar.py" line="33"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/find_bar.py" line="36"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
</context>
<context>
    <name>Furniture</name>
    <message>
        <location filename="../../ui/panes/furniture.py" line="23"/>
        <source>Page furniture</source>
        <translation>Seitenelemente</translation>
    </message>
    <message>
        <location filename="../../ui/panes/furniture.py" line="24"/>
        <source>menus, bylines, link lists and footers of a web page; not the article</source>
        <translation>Menüs, Autorenzeilen, Linklisten und Fußzeilen einer Webseite; nicht der Artikel</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../../ui/dialogs/help.py" line="108"/>
        <source>User Guide — Verso</source>
        <translation>Benutzerhandbuch — Verso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="111"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="112"/>
        <source>Verso&apos;s manual: opening texts, reading the highlights, navigating, facts, projects and the command line</source>
        <translation>Versos Handbuch: Texte öffnen, Markierungen lesen, navigieren, Fakten, Projekte und die Befehlszeile</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="119"/>
        <source>The user guide is missing ({path}).</source>
        <translation>Das Benutzerhandbuch fehlt ({path}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="144"/>
        <source>see its licence file</source>
        <translation>siehe Lizenzdatei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="187"/>
        <source>A side-by-side reader that shows what a copy kept, changed, added, repeated and left out of an original, and which of its facts it still carries.</source>
        <translation>Ein Lesegerät für zwei Texte nebeneinander, das zeigt, was eine Kopie von einem Original übernommen, geändert, hinzugefügt, wiederholt und ausgelassen hat und welche seiner Fakten sie noch enthält.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="190"/>
        <source>Licence: {licence}</source>
        <translation>Lizenz: {licence}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="191"/>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="192"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="193"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="194"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="195"/>
        <source>Python itself: PSF-2.0. Qt is used as separate shared libraries under the LGPL-3.0, so it can be replaced.</source>
        <translation>Python selbst: PSF-2.0. Qt wird als getrennte gemeinsame Bibliotheken unter der LGPL-3.0 verwendet und kann daher ersetzt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="215"/>
        <location filename="../../ui/dialogs/help.py" line="220"/>
        <source>About Verso</source>
        <translation>Über Verso</translation>
    </message>
</context>
<context>
    <name>InlineView</name>
    <message>
        <location filename="../../ui/panes/inline_view.py" line="174"/>
        <source>{copy} (redline against {original})</source>
        <translation>{copy} (Korrektur gegen {original})</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../build/action_strings.py" line="114"/>
        <source>Omitted</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="116"/>
        <source>in the original, left out of the copy</source>
        <translation>im Original, in der Kopie weggelassen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="117"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="119"/>
        <source>in the copy, with no source in the original</source>
        <translation>in der Kopie, ohne Quelle im Original</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="120"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="122"/>
        <source>reworded; the deeper tint marks the words that differ</source>
        <translation>umformuliert; die kräftigere Tönung markiert die abweichenden Wörter</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="123"/>
        <source>Duplicated</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="125"/>
        <source>the copy repeats text it already has</source>
        <translation>die Kopie wiederholt Text, den sie schon enthält</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="126"/>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="128"/>
        <source>kept, but out of the original&apos;s order</source>
        <translation>übernommen, aber nicht in der Reihenfolge des Originals</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="129"/>
        <source>tint and dotted underline</source>
        <translation>Tönung und gepunktete Unterstreichung</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="130"/>
        <source>tint and solid underline</source>
        <translation>Tönung und durchgezogene Unterstreichung</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="131"/>
        <source>tint, no underline</source>
        <translation>Tönung, keine Unterstreichung</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="132"/>
        <source>tint and wavy underline</source>
        <translation>Tönung und gewellte Unterstreichung</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="133"/>
        <source>tint and dashed underline</source>
        <translation>Tönung und gestrichelte Unterstreichung</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="134"/>
        <source>struck through</source>
        <translation>durchgestrichen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="135"/>
        <source>solid underline</source>
        <translation>durchgezogen unterstrichen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="115"/>
        <source>omitted</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="118"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="121"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="124"/>
        <source>duplicated</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <location filename="../../build/action_strings.py" line="127"/>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
</context>
<context>
    <name>LinkMap</name>
    <message>
        <location filename="../../ui/panes/link_map.py" line="74"/>
        <source>Click a band to select that difference</source>
        <translation>Ein Band anklicken, um diesen Unterschied auszuwählen</translation>
    </message>
    <message>
        <location filename="../../ui/panes/link_map.py" line="75"/>
        <source>Link map</source>
        <translation>Verbindungskarte</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/main.py" line="203"/>
        <source>Only the first two files are compared (original, copy).</source>
        <translation>Nur die ersten beiden Dateien werden verglichen (Original, Kopie).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/file_actions.py" line="32"/>
        <source>Texts ({patterns})</source>
        <translation>Texte ({patterns})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/file_actions.py" line="33"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/message_bar.py" line="21"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="212"/>
        <source>Comparing…</source>
        <translation>Vergleiche…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/comparing.py" line="106"/>
        <source> — the current texts are unchanged.</source>
        <translation> — die aktuellen Texte bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/view_actions.py" line="75"/>
        <source>Building the redline…</source>
        <translation>Die Redline wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/view_actions.py" line="82"/>
        <source>The redline could not be made: {error}</source>
        <translation>Die Redline konnte nicht erstellt werden: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/view_actions.py" line="95"/>
        <source>{copy}, against {original}</source>
        <translation>{copy}, gegen {original}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/view_actions.py" line="97"/>
        <source>struck: original&apos;s wording · underlined: copy&apos;s</source>
        <translation>durchgestrichen: Wortlaut des Originals · unterstrichen: der Kopie</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../ui/panels/note_editor.py" line="96"/>
        <source>Select a difference to give it a verdict and a note.</source>
        <translation>Einen Unterschied auswählen, um ihm ein Urteil und eine Notiz zu geben.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/note_editor.py" line="62"/>
        <source>{verdict} (Alt+{key}): {description}</source>
        <translation>{verdict} (Alt+{key}): {description}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/note_editor.py" line="64"/>
        <source>Verdict: {verdict}</source>
        <translation>Urteil: {verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/note_editor.py" line="70"/>
        <source>Remove Highlight</source>
        <translation>Hervorhebung entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/panels/note_editor.py" line="71"/>
        <source>Remove this highlight and its note (Ctrl+Z brings it back)</source>
        <translation>Diese Hervorhebung und ihre Notiz entfernen (Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/note_editor.py" line="76"/>
        <source>Note (Ctrl+E)…</source>
        <translation>Notiz (Strg+E)…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/note_editor.py" line="77"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/panels/note_editor.py" line="95"/>
        <source>Select a fact to give it a verdict and a note.</source>
        <translation>Einen Fakt auswählen, um ihm ein Urteil und eine Notiz zu geben.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/note_editor.py" line="115"/>
        <source>Note on this highlight (Ctrl+E)…</source>
        <translation>Notiz zu dieser Hervorhebung (Strg+E)…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/note_editor.py" line="116"/>
        <source>Note on this fact (Ctrl+E)…</source>
        <translation>Notiz zu diesem Fakt (Strg+E)…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/note_editor.py" line="117"/>
        <source>Note on this difference (Ctrl+E)…</source>
        <translation>Notiz zu diesem Unterschied (Strg+E)…</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../ui/panes/overview.py" line="49"/>
        <source>Overview: click a mark to select it; click or drag to scroll</source>
        <translation>Übersicht: eine Markierung anklicken, um sie auszuwählen; klicken oder ziehen, um zu blättern</translation>
    </message>
    <message>
        <location filename="../../ui/panes/overview.py" line="50"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>PaneFinder</name>
    <message numerus="yes">
        <location filename="../../ui/shell/finder.py" line="75"/>
        <source>%n in the original</source>
        <translation>
            <numerusform>%n im Original</numerusform>
            <numerusform>%n im Original</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/finder.py" line="76"/>
        <source>%n in the copy</source>
        <translation>
            <numerusform>%n in der Kopie</numerusform>
            <numerusform>%n in der Kopie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/finder.py" line="77"/>
        <source>%n in the redline</source>
        <translation>
            <numerusform>%n in der Korrekturansicht</numerusform>
            <numerusform>%n in der Korrekturansicht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassageSteps</name>
    <message>
        <location filename="../../ui/shell/passage_steps.py" line="46"/>
        <source>Borrowed passages are shown side by side: open both texts (and leave the inline redline).</source>
        <translation>Übernommene Passagen werden nebeneinander gezeigt: beide Texte öffnen (und die Inline-Ansicht verlassen).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passage_steps.py" line="50"/>
        <source>The copy shares no passage with the original.</source>
        <translation>Die Kopie hat keine Passage mit dem Original gemein.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passage_steps.py" line="54"/>
        <source>This is the last borrowed passage.</source>
        <translation>Das ist die letzte übernommene Passage.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passage_steps.py" line="55"/>
        <source>This is the first borrowed passage.</source>
        <translation>Das ist die erste übernommene Passage.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/passage_steps.py" line="83"/>
        <source>Borrowed passage {n} of {count}: original ¶{left} → copy ¶{right}, {alike} alike, {share} of the copy</source>
        <translation>Übernommene Passage {n} von {count}: Original ¶{left} → Kopie ¶{right}, {alike} ähnlich, {share} der Kopie</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <location filename="../../ui/review/project_file.py" line="95"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/review/project_file.py" line="122"/>
        <source>Reading {name}</source>
        <translation>Das Lesen von {name}</translation>
    </message>
    <message>
        <location filename="../../ui/review/project_file.py" line="181"/>
        <location filename="../../ui/review/project_file.py" line="190"/>
        <source>Open an original and a copy first.</source>
        <translation>Zuerst ein Original und eine Kopie öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/review/project_file.py" line="200"/>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <location filename="../../ui/review/project_file.py" line="223"/>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/review/project_file.py" line="261"/>
        <source>Compare again with the files on disk? Notes follow their text.</source>
        <translation>Erneut mit den Dateien auf der Festplatte vergleichen? Notizen folgen ihrem Text.</translation>
    </message>
    <message>
        <location filename="../../ui/review/project_file.py" line="262"/>
        <source>&amp;Re-compare</source>
        <translation>&amp;Neu vergleichen</translation>
    </message>
    <message>
        <location filename="../../ui/review/project_file.py" line="269"/>
        <source>Reading the files again and comparing…</source>
        <translation>Dateien werden neu gelesen und verglichen…</translation>
    </message>
    <message>
        <location filename="../../ui/review/project_file.py" line="282"/>
        <source>Compared again with the files on disk.</source>
        <translation>Erneut mit den Dateien auf der Festplatte verglichen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review/project_file.py" line="283"/>
        <source>%n annotation(s) could not be placed: listed under the differences.</source>
        <translation>
            <numerusform>%n Anmerkung konnte nicht zugeordnet werden: sie steht unter den Unterschieden.</numerusform>
            <numerusform>%n Anmerkungen konnten nicht zugeordnet werden: sie stehen unter den Unterschieden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/review/project_file.py" line="284"/>
        <source>Every annotation found its place.</source>
        <translation>Jede Anmerkung hat ihren Platz gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/review/project_file.py" line="298"/>
        <source>Autosave failed: {error}</source>
        <translation>Automatisches Sichern fehlgeschlagen: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review/project_file.py" line="316"/>
        <source>(%n more after this.)</source>
        <translation>
            <numerusform>(danach noch %n weitere.)</numerusform>
            <numerusform>(danach noch %n weitere.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/review/project_file.py" line="317"/>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/review/project_file.py" line="318"/>
        <location filename="../../ui/review/project_file.py" line="329"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/review/project_file.py" line="328"/>
        <source>Could not recover it: {error}</source>
        <translation>Wiederherstellen nicht möglich: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/review/project_file.py" line="337"/>
        <source>Recovered your unsaved review. Save it (Ctrl+S) to keep it.</source>
        <translation>Ihre ungespeicherte Prüfung wurde wiederhergestellt. Speichern Sie sie (Strg+S), um sie zu behalten.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../ui/review/recovery.py" line="64"/>
        <source>never saved</source>
        <translation>nie gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/review/recovery.py" line="66"/>
        <source>Verso closed without saving your review of {title} ({where}); last autosaved {when}.</source>
        <translation>Verso wurde beendet, ohne Ihre Prüfung von {title} ({where}) zu speichern; zuletzt automatisch gesichert am {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/review/recovery.py" line="69"/>
        <source>Verso closed without saving your review of {title} ({where}).</source>
        <translation>Verso wurde beendet, ohne Ihre Prüfung von {title} ({where}) zu speichern.</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="17"/>
        <source>Verso projects (*.verso)</source>
        <translation>Verso-Projekte (*.verso)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="18"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="23"/>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="26"/>
        <source>{name} is unchanged.</source>
        <translation>{name} ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="27"/>
        <source>{name} changed on disk since it was compared.</source>
        <translation>{name} wurde seit dem Vergleich auf der Festplatte geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="29"/>
        <source>{name} is no longer at {path}.</source>
        <translation>{name} liegt nicht mehr unter {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="30"/>
        <source>{name}: no file to check.</source>
        <translation>{name}: keine Datei zum Prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="39"/>
        <source>Unsaved review</source>
        <translation>Ungespeicherte Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="40"/>
        <source>Save your verdicts and notes on {title}?</source>
        <translation>Ihre Urteile und Notizen zu {title} speichern?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_dialogs.py" line="42"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <location filename="../../ui/review/marks.py" line="44"/>
        <source>Highlight</source>
        <translation>Hervorhebung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review/controller.py" line="304"/>
        <source>%n annotation(s) could not be placed in the new texts; they are kept and listed under the differences.</source>
        <translation>
            <numerusform>%n Anmerkung konnte in den neuen Texten nicht zugeordnet werden; sie bleibt erhalten und steht unter den Unterschieden.</numerusform>
            <numerusform>%n Anmerkungen konnten in den neuen Texten nicht zugeordnet werden; sie bleiben erhalten und stehen unter den Unterschieden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/review/controller.py" line="326"/>
        <source>these texts</source>
        <translation>diesen Texten</translation>
    </message>
    <message>
        <location filename="../../ui/review/controller.py" line="399"/>
        <source>Open an original and a copy to review the differences.</source>
        <translation>Ein Original und eine Kopie öffnen, um die Unterschiede zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/review/controller.py" line="401"/>
        <source>Select a difference to give it a verdict and a note.</source>
        <translation>Einen Unterschied auswählen, um ihm ein Urteil und eine Notiz zu geben.</translation>
    </message>
    <message>
        <location filename="../../ui/review/controller.py" line="408"/>
        <source>Highlight in the original: “{quote}”</source>
        <translation>Hervorhebung im Original: „{quote}“</translation>
    </message>
    <message>
        <location filename="../../ui/review/controller.py" line="409"/>
        <source>Highlight in the copy: “{quote}”</source>
        <translation>Hervorhebung in der Kopie: „{quote}“</translation>
    </message>
    <message>
        <location filename="../../ui/review/controller.py" line="461"/>
        <source>&amp;Undo {step}</source>
        <translation>{step} &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../ui/review/controller.py" line="466"/>
        <source>&amp;Redo {step}</source>
        <translation>{step} &amp;wiederholen</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../ui/jobs/runner.py" line="189"/>
        <source>{what} was stopped after {seconds} seconds</source>
        <translation>{what} wurde nach {seconds} Sekunden angehalten</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/runner.py" line="192"/>
        <source>{what} was stopped: it needed more than {gib} GB of memory</source>
        <translation>{what} wurde angehalten: mehr als {gib} GB Speicher wären nötig gewesen</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/runner.py" line="195"/>
        <source>{what} was stopped: its worker process ended (out of memory?)</source>
        <translation>{what} wurde angehalten: der Arbeitsprozess endete (Speicher erschöpft?)</translation>
    </message>
</context>
<context>
    <name>ScanWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="182"/>
        <source>Copies</source>
        <translation>Kopien</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <location filename="../../ui/review/describe.py" line="31"/>
        <source>First occurrence, copy ¶{n}: “{text}”</source>
        <translation>Erstes Vorkommen, Kopie ¶{n}: „{text}“</translation>
    </message>
    <message>
        <location filename="../../ui/review/describe.py" line="33"/>
        <source>{share} alike</source>
        <translation>{share} gleich</translation>
    </message>
    <message>
        <location filename="../../ui/review/describe.py" line="36"/>
        <source>⚠ Facts: {changes}</source>
        <translation>⚠ Fakten: {changes}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status.py" line="56"/>
        <source>shares no passage with the original</source>
        <translation>hat keine Passage mit dem Original gemein</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status.py" line="57"/>
        <source>The copy shares no passage with the original.</source>
        <translation>Die Kopie hat keine Passage mit dem Original gemein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status.py" line="59"/>
        <source>borrows %n passage(s), {share} of its text</source>
        <translation>
            <numerusform>übernimmt %n Passage, {share} ihres Texts</numerusform>
            <numerusform>übernimmt %n Passagen, {share} ihres Texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status.py" line="60"/>
        <source>The copy borrows %n passage(s), {share} of its text.</source>
        <translation>
            <numerusform>Die Kopie übernimmt %n Passage, {share} ihres Texts.</numerusform>
            <numerusform>Die Kopie übernimmt %n Passagen, {share} ihres Texts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/status.py" line="68"/>
        <source>Open or drop the original and the copy to compare.</source>
        <translation>Original und Kopie zum Vergleichen öffnen oder ablegen.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status.py" line="69"/>
        <source>Open or drop the original to compare.</source>
        <translation>Das Original zum Vergleichen öffnen oder ablegen.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status.py" line="70"/>
        <source>Open or drop the copy to compare.</source>
        <translation>Die Kopie zum Vergleichen öffnen oder ablegen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status.py" line="78"/>
        <source>Borrowed passages: %n ({share} of the copy)</source>
        <translation>
            <numerusform>Übernommene Passagen: %n ({share} der Kopie)</numerusform>
            <numerusform>Übernommene Passagen: %n ({share} der Kopie)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/status.py" line="79"/>
        <source>Borrowed passages: none</source>
        <translation>Übernommene Passagen: keine</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status.py" line="81"/>
        <source>Copy: {reused} reused from the original · {added} added · {duplicated} duplicated</source>
        <translation>Kopie: {reused} aus dem Original übernommen · {added} hinzugefügt · {duplicated} wiederholt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status.py" line="84"/>
        <source>Original: %n omission(s) ({share} of its text)</source>
        <translation>
            <numerusform>Original: %n Auslassung ({share} seines Texts)</numerusform>
            <numerusform>Original: %n Auslassungen ({share} seines Texts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status.py" line="86"/>
        <location filename="../../ui/shell/status.py" line="89"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/status.py" line="88"/>
        <source>Copy: {reused} reused</source>
        <translation>Kopie: {reused} übernommen</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../ui/shell/stepper.py" line="88"/>
        <source>No differences to go to.</source>
        <translation>Keine Unterschiede zum Ansteuern.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/stepper.py" line="97"/>
        <source>This is the last {kind} difference.</source>
        <translation>Das ist der letzte Unterschied der Art „{kind}“.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/stepper.py" line="98"/>
        <source>This is the first {kind} difference.</source>
        <translation>Das ist der erste Unterschied der Art „{kind}“.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/stepper.py" line="100"/>
        <source>This is the last difference.</source>
        <translation>Das ist der letzte Unterschied.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/stepper.py" line="101"/>
        <source>This is the first difference.</source>
        <translation>Das ist der erste Unterschied.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/stepper.py" line="112"/>
        <source>Select a duplicated passage first.</source>
        <translation>Zuerst eine wiederholte Passage auswählen.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/stepper.py" line="119"/>
        <source>First occurrence of the repeat, copy ¶{n}; Alt+Down goes on from the repeat.</source>
        <translation>Erstes Vorkommen der Wiederholung, Kopie ¶{n}; Alt+Ab macht bei der Wiederholung weiter.</translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message>
        <location filename="../../ui/panels/summary_bar.py" line="21"/>
        <source>kept word for word</source>
        <translation>wörtlich übernommen</translation>
    </message>
    <message>
        <location filename="../../ui/panels/summary_bar.py" line="22"/>
        <source>reworded</source>
        <translation>umformuliert</translation>
    </message>
    <message>
        <location filename="../../ui/panels/summary_bar.py" line="23"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../ui/panels/summary_bar.py" line="24"/>
        <source>repeated</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <location filename="../../ui/panels/summary_bar.py" line="38"/>
        <source>No comparison yet.</source>
        <translation>Noch kein Vergleich.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/summary_bar.py" line="41"/>
        <source>The copy: {parts}.</source>
        <translation>Die Kopie: {parts}.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/summary_bar.py" line="52"/>
        <source>What the copy is made of</source>
        <translation>Woraus die Kopie besteht</translation>
    </message>
    <message>
        <location filename="../../ui/panels/summary_bar.py" line="62"/>
        <source>(grey: kept word for word; blue: reworded; green: added; pink: repeated)</source>
        <translation>(grau: wörtlich übernommen; blau: umformuliert; grün: hinzugefügt; rosa: wiederholt)</translation>
    </message>
</context>
<context>
    <name>UnplacedList</name>
    <message>
        <location filename="../../ui/panels/annotations.py" line="184"/>
        <source>Annotations that could not be placed</source>
        <translation>Anmerkungen ohne Platz</translation>
    </message>
    <message>
        <location filename="../../ui/panels/annotations.py" line="186"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/panels/annotations.py" line="187"/>
        <source>Delete this annotation from the project (Ctrl+Z brings it back)</source>
        <translation>Diese Anmerkung aus dem Projekt löschen (Strg+Z holt sie zurück)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/annotations.py" line="213"/>
        <source>%n annotation(s) could not be placed in these texts (kept in the project):</source>
        <translation>
            <numerusform>%n Anmerkung konnte in diesen Texten nicht zugeordnet werden (im Projekt erhalten):</numerusform>
            <numerusform>%n Anmerkungen konnten in diesen Texten nicht zugeordnet werden (im Projekt erhalten):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictFilter</name>
    <message>
        <location filename="../../ui/panels/annotations.py" line="138"/>
        <source>Verdicts</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <location filename="../../ui/panels/annotations.py" line="139"/>
        <source>Show or hide differences by verdict</source>
        <translation>Unterschiede nach Urteil zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/panels/annotations.py" line="145"/>
        <source>{verdict}: {description} Click to show or hide differences with this verdict.</source>
        <translation>{verdict}: {description} Klicken, um Unterschiede mit diesem Urteil zu zeigen oder auszublenden.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/annotations.py" line="148"/>
        <source>Show differences marked {verdict}</source>
        <translation>Unterschiede mit dem Urteil „{verdict}“ zeigen</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../ui/review/verdicts.py" line="36"/>
        <source>Unreviewed</source>
        <extracomment>Action names of the verdict keys, in VERDICT_ORDER (Alt+0 … Alt+4). The core&apos;s verdict names and descriptions (app.project keeps the English; a test keeps these equal to it), marked for lupdate and translated in the &quot;Verdicts&quot; context.</extracomment>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdicts.py" line="37"/>
        <source>Nobody has looked at this difference yet.</source>
        <translation>Diesen Unterschied hat sich noch niemand angesehen.</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdicts.py" line="38"/>
        <source>Needs check</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdicts.py" line="39"/>
        <source>Look again or ask the writer before publishing.</source>
        <translation>Vor der Veröffentlichung noch einmal prüfen oder beim Autor nachfragen.</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdicts.py" line="40"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdicts.py" line="41"/>
        <source>Checked against the original: the copy is right.</source>
        <translation>Mit dem Original abgeglichen: die Kopie stimmt.</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdicts.py" line="42"/>
        <source>Acceptable</source>
        <translation>Akzeptabel</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdicts.py" line="43"/>
        <source>A legitimate edit (style, length, house rules).</source>
        <translation>Eine zulässige Bearbeitung (Stil, Länge, Hausregeln).</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdicts.py" line="44"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/review/verdicts.py" line="45"/>
        <source>The copy is wrong here and must be corrected.</source>
        <translation>Die Kopie ist hier falsch und muss korrigiert werden.</translation>
    </message>
</context>
<context>
    <name>WindowExtras</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="180"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location filename="../../ui/shell/facts_actions.py" line="80"/>
        <location filename="../../ui/shell/main_window.py" line="181"/>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <location filename="../../ui/shell/view_actions.py" line="154"/>
        <source>Page furniture shown, dimmed: {n} differences.</source>
        <translation>Seitenelemente gezeigt, abgeblendet: {n} Unterschiede.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/view_actions.py" line="156"/>
        <source>Page furniture hidden: {n} differences.</source>
        <translation>Seitenelemente ausgeblendet: {n} Unterschiede.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status.py" line="99"/>
        <source>{n} in page furniture (shown, not counted)</source>
        <translation>{n} in Seitenelementen (gezeigt, nicht gezählt)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status.py" line="101"/>
        <source>{n} in page furniture (hidden)</source>
        <translation>{n} in Seitenelementen (ausgeblendet)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/facts_actions.py" line="76"/>
        <source>Facts ({n})</source>
        <translation>Fakten ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/facts_actions.py" line="128"/>
        <source>No facts to go to yet.</source>
        <translation>Noch keine Fakten.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/facts_actions.py" line="134"/>
        <source>This is the last fact listed.</source>
        <translation>Das ist der letzte aufgeführte Fakt.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/facts_actions.py" line="136"/>
        <source>This is the first fact listed.</source>
        <translation>Das ist der erste aufgeführte Fakt.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../ui/jobs/compare.py" line="207"/>
        <source>The comparison</source>
        <translation>Der Vergleich</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/compare.py" line="212"/>
        <source>The comparison failed: {error}</source>
        <translation>Der Vergleich ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/jobs/compare.py" line="203"/>
        <source>{name}: cannot be read ({error})</source>
        <translation>{name}: kann nicht gelesen werden ({error})</translation>
    </message>
</context>
</TS>
