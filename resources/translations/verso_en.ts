<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArticlePane</name>
    <message numerus="yes">
        <location filename="../../ui/panes/article.py" line="657"/>
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/shell/main_window.py" line="436"/>
        <source>Original: %n omission(s) ({share} of its text)</source>
        <translation>
            <numerusform>Original: %n omission ({share} of its text)</numerusform>
            <numerusform>Original: %n omissions ({share} of its text)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/main_window.py" line="438"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/main_window.py" line="671"/>
        <source>%n files were dropped; the first two are compared (original, then copy).</source>
        <translation>
            <numerusform>%n files were dropped; the first two are compared (original, then copy).</numerusform>
            <numerusform>%n files were dropped; the first two are compared (original, then copy).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/main_window.py" line="801"/>
        <source>%n in the original</source>
        <translation>
            <numerusform>%n in the original</numerusform>
            <numerusform>%n in the original</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/main_window.py" line="802"/>
        <source>%n in the copy</source>
        <translation>
            <numerusform>%n in the copy</numerusform>
            <numerusform>%n in the copy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/main_window.py" line="803"/>
        <source>%n in the redline</source>
        <translation>
            <numerusform>%n in the redline</numerusform>
            <numerusform>%n in the redline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message numerus="yes">
        <location filename="../../ui/review/controller.py" line="348"/>
        <source>%n annotation(s) could not be placed in the new texts; they are kept and listed under the differences.</source>
        <translation>
            <numerusform>%n annotation could not be placed in the new texts; they are kept and listed under the differences.</numerusform>
            <numerusform>%n annotations could not be placed in the new texts; they are kept and listed under the differences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review/controller.py" line="543"/>
        <source>%n annotation(s) could not be placed: listed under the differences.</source>
        <translation>
            <numerusform>%n annotation could not be placed: listed under the differences.</numerusform>
            <numerusform>%n annotations could not be placed: listed under the differences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review/controller.py" line="575"/>
        <source>(%n more after this.)</source>
        <translation>
            <numerusform>(%n more after this.)</numerusform>
            <numerusform>(%n more after this.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnplacedList</name>
    <message numerus="yes">
        <location filename="../../ui/panels/annotations.py" line="204"/>
        <source>%n annotation(s) could not be placed in these texts (kept in the project):</source>
        <translation>
            <numerusform>%n annotation could not be placed in these texts (kept in the project):</numerusform>
            <numerusform>%n annotations could not be placed in these texts (kept in the project):</numerusform>
        </translation>
    </message>
</context>
</TS>
