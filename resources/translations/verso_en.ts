<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArticlePane</name>
    <message numerus="yes">
        <location filename="../../ui/panes/article.py" line="169"/>
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/panels/facts.py" line="352"/>
        <source>%n more not listed: choose a kind or a status above</source>
        <translation>
            <numerusform>%n more not listed: choose a kind or a status above</numerusform>
            <numerusform>%n more not listed: choose a kind or a status above</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <location filename="../../ui/shell/file_actions.py" line="144"/>
        <source>%n files were dropped; the first two are compared (original, then copy).</source>
        <translation>
            <numerusform>%n files were dropped; the first two are compared (original, then copy).</numerusform>
            <numerusform>%n files were dropped; the first two are compared (original, then copy).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaneFinder</name>
    <message numerus="yes">
        <location filename="../../ui/shell/finder.py" line="75"/>
        <source>%n in the original</source>
        <translation>
            <numerusform>%n in the original</numerusform>
            <numerusform>%n in the original</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/finder.py" line="76"/>
        <source>%n in the copy</source>
        <translation>
            <numerusform>%n in the copy</numerusform>
            <numerusform>%n in the copy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/finder.py" line="77"/>
        <source>%n in the redline</source>
        <translation>
            <numerusform>%n in the redline</numerusform>
            <numerusform>%n in the redline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message numerus="yes">
        <location filename="../../ui/review/project_file.py" line="283"/>
        <source>%n annotation(s) could not be placed: listed under the differences.</source>
        <translation>
            <numerusform>%n annotation could not be placed: listed under the differences.</numerusform>
            <numerusform>%n annotations could not be placed: listed under the differences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review/project_file.py" line="316"/>
        <source>(%n more after this.)</source>
        <translation>
            <numerusform>(%n more after this.)</numerusform>
            <numerusform>(%n more after this.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message numerus="yes">
        <location filename="../../ui/review/controller.py" line="304"/>
        <source>%n annotation(s) could not be placed in the new texts; they are kept and listed under the differences.</source>
        <translation>
            <numerusform>%n annotation could not be placed in the new texts; they are kept and listed under the differences.</numerusform>
            <numerusform>%n annotations could not be placed in the new texts; they are kept and listed under the differences.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message numerus="yes">
        <location filename="../../ui/shell/status.py" line="59"/>
        <source>borrows %n passage(s), {share} of its text</source>
        <translation>
            <numerusform>borrows %n passage, {share} of its text</numerusform>
            <numerusform>borrows %n passages, {share} of its text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status.py" line="60"/>
        <source>The copy borrows %n passage(s), {share} of its text.</source>
        <translation>
            <numerusform>The copy borrows %n passage, {share} of its text.</numerusform>
            <numerusform>The copy borrows %n passages, {share} of its text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status.py" line="78"/>
        <source>Borrowed passages: %n ({share} of the copy)</source>
        <translation>
            <numerusform>Borrowed passages: %n ({share} of the copy)</numerusform>
            <numerusform>Borrowed passages: %n ({share} of the copy)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status.py" line="84"/>
        <source>Original: %n omission(s) ({share} of its text)</source>
        <translation>
            <numerusform>Original: %n omission ({share} of its text)</numerusform>
            <numerusform>Original: %n omissions ({share} of its text)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status.py" line="86"/>
        <location filename="../../ui/shell/status.py" line="89"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnplacedList</name>
    <message numerus="yes">
        <location filename="../../ui/panels/annotations.py" line="213"/>
        <source>%n annotation(s) could not be placed in these texts (kept in the project):</source>
        <translation>
            <numerusform>%n annotation could not be placed in these texts (kept in the project):</numerusform>
            <numerusform>%n annotations could not be placed in these texts (kept in the project):</numerusform>
        </translation>
    </message>
</context>
</TS>
