<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>BookmarksModel</name>
    <message>
        <location filename="../../app/ui/BookmarksModel.cpp" line="37" />
        <source>%1 (no longer in this guide)</source>
        <translation>%1 (nicht mehr in diesem Leitfaden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/BookmarksModel.cpp" line="40" />
        <source>Card: %1</source>
        <translation>Karte: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/BookmarksModel.cpp" line="40" />
        <source>Card %1 (no longer in this guide)</source>
        <translation>Karte %1 (nicht mehr in diesem Leitfaden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/BookmarksModel.cpp" line="55" />
        <source>Bookmarked %1</source>
        <translation>Lesezeichen gesetzt am %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/BookmarksModel.cpp" line="56" />
        <source>
F2 adds a note on why to revisit it</source>
        <translation>
F2 fügt eine Notiz hinzu, warum Sie es wiederholen möchten</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../app/ui/BookmarksPanel.cpp" line="13" />
        <location filename="../../app/ui/BookmarksPanel.cpp" line="32" />
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/BookmarksPanel.cpp" line="25" />
        <location filename="../../app/ui/BookmarksPanel.cpp" line="27" />
        <source>Filter bookmarks</source>
        <translation>Lesezeichen filtern</translation>
    </message>
    <message>
        <location filename="../../app/ui/BookmarksPanel.cpp" line="28" />
        <source>Type to show only matching bookmarks; Enter opens the first</source>
        <translation>Tippen, um nur passende Lesezeichen zu zeigen; Eingabe öffnet das erste</translation>
    </message>
    <message>
        <location filename="../../app/ui/BookmarksPanel.cpp" line="33" />
        <source>Enter opens a bookmark, F2 edits its note, Delete removes it</source>
        <translation>Eingabe öffnet ein Lesezeichen, F2 bearbeitet seine Notiz, Entf entfernt es</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="26" />
        <source>Show Answer</source>
        <translation>Antwort zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="28" />
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="29" />
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="30" />
        <location filename="../../app/ui/CardPanel.cpp" line="128" />
        <source>Review Due Cards</source>
        <translation>Fällige Karten wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="35" />
        <source>Question cards</source>
        <translation>Fragekarten</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="36" />
        <source>Space shows the answer; 1 to 4 grade it</source>
        <translation>Leertaste zeigt die Antwort; 1 bis 4 bewerten sie</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="48" />
        <source>Card question</source>
        <translation>Frage der Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="51" />
        <source>Card answer</source>
        <translation>Antwort der Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="53" />
        <source>Show the answer (Space)</source>
        <translation>Antwort zeigen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="54" />
        <source>Shows the answer; shortcut Space</source>
        <translation>Zeigt die Antwort; Tastenkürzel Leertaste</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="59" />
        <source>Starts a review of every card due now</source>
        <translation>Startet die Wiederholung aller jetzt fälligen Karten</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="60" />
        <source>Goes to the previous card of this topic</source>
        <translation>Geht zur vorigen Karte dieses Themas</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="61" />
        <source>Goes to the next card of this topic</source>
        <translation>Geht zur nächsten Karte dieses Themas</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="65" />
        <location filename="../../app/ui/CardPanel.cpp" line="148" />
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="65" />
        <location filename="../../app/ui/CardPanel.cpp" line="148" />
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="65" />
        <location filename="../../app/ui/CardPanel.cpp" line="148" />
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="65" />
        <location filename="../../app/ui/CardPanel.cpp" line="148" />
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="70" />
        <source>Grade the card %1 (key %2)</source>
        <translation>Karte mit „%1“ bewerten (Taste %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="128" />
        <source>Restart Review</source>
        <translation>Wiederholung neu starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="131" />
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="132" />
        <source>All caught up: nothing else is due now. Well done.</source>
        <translation>Alles erledigt: Jetzt ist nichts mehr fällig. Gut gemacht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="133" />
        <source>Nothing is due now.</source>
        <translation>Jetzt ist nichts fällig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="134" />
        <source>Choose a topic to practise its cards, or review what is due.</source>
        <translation>Wählen Sie ein Thema, um seine Karten zu üben, oder wiederholen Sie, was fällig ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="135" />
        <source>This topic has no question cards.</source>
        <translation>Dieses Thema hat keine Fragekarten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="138" />
        <source>1 card left</source>
        <translation>noch 1 Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="138" />
        <source>%1 cards left</source>
        <translation>noch %1 Karten</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="139" />
        <source>Card %1 of %2</source>
        <translation>Karte %1 von %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="140" />
        <source>Interview question</source>
        <translation>Interviewfrage</translation>
    </message>
    <message>
        <location filename="../../app/ui/CardPanel.cpp" line="140" />
        <source>Practice card</source>
        <translation>Übungskarte</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <location filename="../../app/ui/DiagnosticsPanel.cpp" line="7" />
        <location filename="../../app/ui/DiagnosticsPanel.cpp" line="26" />
        <source>Guide Problems</source>
        <translation>Probleme im Leitfaden</translation>
    </message>
    <message>
        <location filename="../../app/ui/DiagnosticsPanel.cpp" line="15" />
        <source>Problems found in the guide</source>
        <translation>Im Leitfaden gefundene Probleme</translation>
    </message>
    <message>
        <location filename="../../app/ui/DiagnosticsPanel.cpp" line="26" />
        <source>Guide Problems (%1)</source>
        <translation>Probleme im Leitfaden (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="61" />
        <location filename="../../app/ui/MainWindow.cpp" line="343" />
        <source>Study Guide</source>
        <translation>Study Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="71" />
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="72" />
        <source>The guide's topics with your progress; Enter or a click opens one</source>
        <translation>Die Themen des Leitfadens mit Ihrem Fortschritt; Eingabe oder ein Klick öffnet eines</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="76" />
        <source>Reader</source>
        <translation>Leser</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="77" />
        <source>The text of the selected topic</source>
        <translation>Der Text des gewählten Themas</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="113" />
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="114" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="125" />
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="185" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="186" />
        <source>&amp;Open Guide...</source>
        <translation>Leitfaden ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="187" />
        <source>Open a folder of Markdown files as a guide</source>
        <translation>Einen Ordner mit Markdown-Dateien als Leitfaden öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="189" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="189" />
        <source>Quit Study Guide</source>
        <translation>Study Guide beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="191" />
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="192" />
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="193" />
        <source>Go back to the previous topic</source>
        <translation>Zurück zum vorigen Thema</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="195" />
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="196" />
        <source>Go forward to the next topic</source>
        <translation>Vorwärts zum nächsten Thema</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="199" />
        <source>Boo&amp;kmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="200" />
        <source>Show the bookmarks and type to filter them</source>
        <translation>Lesezeichen zeigen und zum Filtern tippen</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="201" />
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="202" />
        <source>Switch between the reader and your progress</source>
        <translation>Zwischen Leser und Ihrem Fortschritt wechseln</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="204" />
        <source>&amp;Study</source>
        <translation>L&amp;ernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="205" />
        <source>&amp;Review Due Cards</source>
        <translation>Fällige Karten &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="206" />
        <source>Walk through every card due now in the selected part of the guide</source>
        <translation>Alle jetzt fälligen Karten im gewählten Teil des Leitfadens durchgehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="209" />
        <source>Toggle &amp;Bookmark</source>
        <translation>&amp;Lesezeichen setzen/entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="210" />
        <source>Bookmark the open topic, or the card shown when the cards have focus</source>
        <translation>Ein Lesezeichen für das offene Thema setzen oder für die gezeigte Karte, wenn die Karten den Fokus haben</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="212" />
        <source>Mark as &amp;Not Started</source>
        <translation>Als &amp;nicht begonnen markieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="213" />
        <source>Set the open topic to not started</source>
        <translation>Das offene Thema auf „nicht begonnen“ setzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="214" />
        <source>Mark as &amp;Reading</source>
        <translation>Als &amp;in Arbeit markieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="215" />
        <source>Set the open topic to being read</source>
        <translation>Das offene Thema auf „in Arbeit“ setzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="216" />
        <source>Mark as &amp;Done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="217" />
        <source>Set the open topic to done</source>
        <translation>Das offene Thema auf „erledigt“ setzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="219" />
        <source>&amp;Scheduler Settings...</source>
        <translation>&amp;Planer-Einstellungen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="220" />
        <source>Set the desired retention, new cards per day and FSRS weights</source>
        <translation>Gewünschte Behaltensquote, neue Karten pro Tag und FSRS-Gewichte festlegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="222" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="223" />
        <source>Only &amp;Bookmarked Topics</source>
        <translation>Nur Themen mit &amp;Lesezeichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="225" />
        <source>Show only the branches of the tree that hold a bookmark</source>
        <translation>Nur die Zweige des Baums zeigen, die ein Lesezeichen enthalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="229" />
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="229" />
        <source>Make the reader's text larger</source>
        <translation>Den Text im Leser vergrößern</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="231" />
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="231" />
        <source>Make the reader's text smaller</source>
        <translation>Den Text im Leser verkleinern</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="233" />
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="234" />
        <source>Show the reader's text at its normal size</source>
        <translation>Den Text im Leser in normaler Größe zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="235" />
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="237" />
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="238" />
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="239" />
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="245" />
        <source>Use the %1 colours</source>
        <translation>Die Farben „%1“ verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="251" />
        <source>Show or hide %1</source>
        <translation>%1 zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="255" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="256" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="257" />
        <source>List every keyboard shortcut</source>
        <translation>Alle Tastenkürzel auflisten</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="258" />
        <source>&amp;About Study Guide</source>
        <translation>Ü&amp;ber Study Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="258" />
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="259" />
        <source>About Study Guide</source>
        <translation>Über Study Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="260" />
        <source>&lt;h3&gt;Study Guide %1&lt;/h3&gt;&lt;p&gt;Read a guide, test yourself with its cards and see your progress. Cards are scheduled with FSRS-6.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Study Guide %1&lt;/h3&gt;&lt;p&gt;Lesen Sie einen Leitfaden, prüfen Sie sich mit seinen Karten und sehen Sie Ihren Fortschritt. Die Karten plant FSRS-6.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="265" />
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="319" />
        <source>Your settings file could not be read; the defaults are used.</source>
        <translation>Ihre Einstellungsdatei konnte nicht gelesen werden; es gelten die Standardwerte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="372" />
        <source>Could not open the guide: %1</source>
        <translation>Der Leitfaden konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="420" />
        <source>Open Guide</source>
        <translation>Leitfaden öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="454" />
        <source>Review (%1 due, %2 new)</source>
        <translation>Wiederholen (%1 fällig, %2 neu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="455" />
        <source>Review</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="457" />
        <source>%1% done · %2 topics · %3 of %4 cards learned · %5 due now</source>
        <translation>%1 % erledigt · %2 Themen · %3 von %4 Karten gelernt · %5 jetzt fällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="474" />
        <source>Review: whole guide</source>
        <translation>Wiederholung: ganzer Leitfaden</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="474" />
        <source>Review: %1</source>
        <translation>Wiederholung: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="494" />
        <source>Bookmarked "%1". Add a note on why in the Bookmarks panel (F2).</source>
        <translation>Lesezeichen für „%1“ gesetzt. Eine Notiz zum Grund fügen Sie im Lesezeichen-Bereich hinzu (F2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/MainWindow.cpp" line="495" />
        <source>Removed the bookmark on "%1".</source>
        <translation>Lesezeichen für „%1“ entfernt.</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <location filename="../../app/ui/NotesEditor.cpp" line="10" />
        <source>Your notes on this topic (Markdown). They are saved as you type.</source>
        <translation>Ihre Notizen zu diesem Thema (Markdown). Sie werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/NotesEditor.cpp" line="11" />
        <source>Your notes</source>
        <translation>Ihre Notizen</translation>
    </message>
    <message>
        <location filename="../../app/ui/NotesEditor.cpp" line="12" />
        <source>A personal note on the open topic, saved as you type</source>
        <translation>Eine persönliche Notiz zum offenen Thema, beim Tippen gespeichert</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="104" />
        <source>Your progress file %1 cannot be read (%2); progress is not saved this time.</source>
        <translation>Ihre Fortschrittsdatei %1 kann nicht gelesen werden (%2); der Fortschritt wird diesmal nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="110" />
        <source>%1 is not a Study Guide progress file; it was left untouched and progress is not saved this time. Move it away to start afresh.</source>
        <translation>%1 ist keine Fortschrittsdatei von Study Guide; sie bleibt unverändert, und der Fortschritt wird diesmal nicht gespeichert. Verschieben Sie sie, um neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="139" />
        <source>Your progress file %1 cannot be opened: %2</source>
        <translation>Ihre Fortschrittsdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="145" />
        <source>%1 is damaged or not a Study Guide progress file (%2); it was left untouched.</source>
        <translation>%1 ist beschädigt oder keine Fortschrittsdatei von Study Guide (%2); sie bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="153" />
        <source>Your progress file was written by a newer version of Study Guide; this version only reads the guide and will not change the file.</source>
        <translation>Ihre Fortschrittsdatei stammt von einer neueren Version von Study Guide; diese Version zeigt nur den Leitfaden und ändert die Datei nicht.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="159" />
        <source>Study Guide is already open with this progress file; this window is read-only.</source>
        <translation>Study Guide ist mit dieser Fortschrittsdatei bereits geöffnet; dieses Fenster kann nichts speichern.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="167" />
        <source>Your progress file could not be upgraded (%1); it was left as it was.</source>
        <translation>Ihre Fortschrittsdatei konnte nicht aktualisiert werden (%1); sie bleibt, wie sie war.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../app/ui/ProgressView.cpp" line="31" />
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/ProgressView.cpp" line="32" />
        <source>%p% of the guide</source>
        <translation>%p % des Leitfadens</translation>
    </message>
    <message>
        <location filename="../../app/ui/ProgressView.cpp" line="43" />
        <source>Progress by chapter</source>
        <translation>Fortschritt nach Kapitel</translation>
    </message>
    <message>
        <location filename="../../app/ui/ProgressView.cpp" line="49" />
        <source>Your Progress</source>
        <translation>Ihr Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/ProgressView.cpp" line="73" />
        <source>Reviews per day, last %1 days</source>
        <translation>Wiederholungen pro Tag, letzte %1 Tage</translation>
    </message>
    <message>
        <location filename="../../app/ui/ProgressView.cpp" line="77" />
        <source>Reviews</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/ProgressView.cpp" line="97" />
        <source>Reviews per day over the last %1 days</source>
        <translation>Wiederholungen pro Tag in den letzten %1 Tagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/ProgressView.cpp" line="122" />
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/ProgressView.cpp" line="122" />
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../../app/ui/ProgressView.cpp" line="123" />
        <source>%1 of %2 cards learned. Due today: %3. Due this week: %4. Streak: %5.</source>
        <translation>%1 von %2 Karten gelernt. Heute fällig: %3. Diese Woche fällig: %4. Serie: %5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ProgressView.cpp" line="132" />
        <source>Chapter</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <location filename="../../app/ui/ProgressView.cpp" line="132" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/ProgressView.cpp" line="132" />
        <source>Cards learned</source>
        <translation>Gelernte Karten</translation>
    </message>
    <message>
        <location filename="../../app/ui/ProgressView.cpp" line="132" />
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/ProgressView.cpp" line="132" />
        <source>Predicted recall</source>
        <translation>Erwartete Erinnerung</translation>
    </message>
    <message>
        <location filename="../../app/ui/ProgressView.cpp" line="144" />
        <source>not yet reviewed</source>
        <translation>noch nicht wiederholt</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/main.cpp" line="127" />
        <source>Study Guide</source>
        <translation>Study Guide</translation>
    </message>
</context>
<context>
    <name>SchedulerSettingsDialog</name>
    <message>
        <location filename="../../app/ui/SchedulerSettingsDialog.cpp" line="21" />
        <source>Scheduler Settings</source>
        <translation>Planer-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/SchedulerSettingsDialog.cpp" line="26" />
        <source>Desired retention</source>
        <translation>Gewünschte Behaltensquote</translation>
    </message>
    <message>
        <location filename="../../app/ui/SchedulerSettingsDialog.cpp" line="27" />
        <source>The chance of remembering a card when it comes due; higher means more reviews</source>
        <translation>Die Wahrscheinlichkeit, eine Karte bei Fälligkeit noch zu wissen; höher bedeutet mehr Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/SchedulerSettingsDialog.cpp" line="30" />
        <source>New cards per day</source>
        <translation>Neue Karten pro Tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/SchedulerSettingsDialog.cpp" line="32" />
        <source>FSRS weights</source>
        <translation>FSRS-Gewichte</translation>
    </message>
    <message>
        <location filename="../../app/ui/SchedulerSettingsDialog.cpp" line="33" />
        <source>21 numbers separated by commas, as an FSRS optimiser gives them</source>
        <translation>21 durch Kommas getrennte Zahlen, wie ein FSRS-Optimierer sie ausgibt</translation>
    </message>
    <message>
        <location filename="../../app/ui/SchedulerSettingsDialog.cpp" line="39" />
        <source>Desired &amp;retention:</source>
        <translation>Gewünschte &amp;Behaltensquote:</translation>
    </message>
    <message>
        <location filename="../../app/ui/SchedulerSettingsDialog.cpp" line="40" />
        <source>&amp;New cards per day:</source>
        <translation>&amp;Neue Karten pro Tag:</translation>
    </message>
    <message>
        <location filename="../../app/ui/SchedulerSettingsDialog.cpp" line="41" />
        <source>FSRS &amp;weights:</source>
        <translation>FSRS-&amp;Gewichte:</translation>
    </message>
    <message>
        <location filename="../../app/ui/SchedulerSettingsDialog.cpp" line="42" />
        <source>Retention is the chance you still know a card when it comes due: 0.90 is a good balance; 0.95 asks for many more reviews. Leave the weights alone unless you have optimised your own with an FSRS optimiser.</source>
        <translation>Die Behaltensquote ist die Wahrscheinlichkeit, dass Sie eine Karte bei Fälligkeit noch wissen: 0,90 ist ein guter Ausgleich; 0,95 verlangt viel mehr Wiederholungen. Ändern Sie die Gewichte nur, wenn Sie eigene mit einem FSRS-Optimierer ermittelt haben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/SchedulerSettingsDialog.cpp" line="72" />
        <source>The weights must be exactly 21 numbers.</source>
        <translation>Die Gewichte müssen genau 21 Zahlen sein.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/ShortcutsDialog.cpp" line="14" />
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/ShortcutsDialog.cpp" line="16" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/ShortcutsDialog.cpp" line="16" />
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../app/ui/ShortcutsDialog.cpp" line="16" />
        <source>What it does</source>
        <translation>Was sie tut</translation>
    </message>
    <message>
        <location filename="../../app/ui/ShortcutsDialog.cpp" line="24" />
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <location filename="../../app/ui/ShortcutsDialog.cpp" line="24" />
        <source>Show the answer of the card shown</source>
        <translation>Die Antwort der gezeigten Karte zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/ShortcutsDialog.cpp" line="25" />
        <source>1, 2, 3, 4</source>
        <translation>1, 2, 3, 4</translation>
    </message>
    <message>
        <location filename="../../app/ui/ShortcutsDialog.cpp" line="25" />
        <source>Grade the card Again, Hard, Good or Easy</source>
        <translation>Die Karte mit Nochmal, Schwer, Gut oder Leicht bewerten</translation>
    </message>
    <message>
        <location filename="../../app/ui/ShortcutsDialog.cpp" line="26" />
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../app/ui/ShortcutsDialog.cpp" line="26" />
        <source>Edit the note of the selected bookmark</source>
        <translation>Die Notiz des gewählten Lesezeichens bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/ShortcutsDialog.cpp" line="27" />
        <source>Cards and bookmarks</source>
        <translation>Karten und Lesezeichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/ShortcutsDialog.cpp" line="35" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>TopicReader</name>
    <message>
        <location filename="../../app/ui/TopicReader.cpp" line="141" />
        <source>In this part</source>
        <translation>In diesem Teil</translation>
    </message>
</context>
<context>
    <name>TopicTreeModel</name>
    <message>
        <location filename="../../app/ui/TopicTreeModel.cpp" line="100" />
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/TopicTreeModel.cpp" line="100" />
        <source>Reading</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/TopicTreeModel.cpp" line="100" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/TopicTreeModel.cpp" line="102" />
        <source>%1% · %2 of %3 cards learned · %4 due</source>
        <translation>%1 % · %2 von %3 Karten gelernt · %4 fällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/TopicTreeModel.cpp" line="156" />
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
</context>
</TS>