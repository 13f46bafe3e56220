<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BookmarkDelegate</name>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarkDelegate.cpp" line="59"/>
        <source>No note (F2 adds one)</source>
        <translation>Keine Notiz (F2 fügt eine hinzu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarkDelegate.cpp" line="69"/>
        <source>Why to revisit it</source>
        <translation>Warum wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarkDelegate.cpp" line="70"/>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
</context>
<context>
    <name>BookmarksModel</name>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarksModel.cpp" line="47"/>
        <source>%1 (no longer in this guide)</source>
        <translation>%1 (nicht mehr in diesem Leitfaden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarksModel.cpp" line="54"/>
        <source>Card: %1</source>
        <translation>Karte: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarksModel.cpp" line="51"/>
        <source>Card %1 (no longer in this guide)</source>
        <translation>Karte %1 (nicht mehr in diesem Leitfaden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarksModel.cpp" line="54"/>
        <source>Card: %1 (%2)</source>
        <translation>Karte: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarksModel.cpp" line="71"/>
        <source>Bookmarked %1</source>
        <translation>Lesezeichen gesetzt am %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarksModel.cpp" line="72"/>
        <source>
F2 adds a note on why to revisit it</source>
        <translation>
F2 fügt eine Notiz hinzu, warum Sie es wiederholen möchten</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarksPanel.cpp" line="14"/>
        <location filename="../../app/ui/bookmarks/BookmarksPanel.cpp" line="59"/>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarksPanel.cpp" line="51"/>
        <location filename="../../app/ui/bookmarks/BookmarksPanel.cpp" line="53"/>
        <source>Filter bookmarks</source>
        <translation>Lesezeichen filtern</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarksPanel.cpp" line="54"/>
        <source>Type to show only matching bookmarks; Enter opens the first</source>
        <translation>Tippen, um nur passende Lesezeichen zu zeigen; Eingabe öffnet das erste</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarksPanel.cpp" line="60"/>
        <source>Enter opens a bookmark, F2 edits its note, Delete removes it</source>
        <translation>Eingabe öffnet ein Lesezeichen, F2 bearbeitet seine Notiz, Entf entfernt es</translation>
    </message>
</context>
<context>
    <name>CardExporter</name>
    <message>
        <location filename="../../app/core/exchange/CardExporter.cpp" line="37"/>
        <source>How to answer</source>
        <translation>So antworten Sie</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/CardExporter.cpp" line="37"/>
        <source>Sample answer</source>
        <translation>Musterantwort</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/CardExporter.cpp" line="38"/>
        <source>What to look for</source>
        <translation>Worauf es ankommt</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/CardExporter.cpp" line="114"/>
        <location filename="../../app/core/exchange/CardExporter.cpp" line="119"/>
        <source>The cards cannot be written to %1: %2.</source>
        <translation>Die Karten können nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/CardExporter.cpp" line="123"/>
        <source>Exported %1 cards to %2.</source>
        <translation>%1 Karten nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="28"/>
        <source>Show Answer</source>
        <translation>Antwort zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="30"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="31"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="32"/>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="141"/>
        <source>Review Due Cards</source>
        <translation>Fällige Karten wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="37"/>
        <source>Question cards</source>
        <translation>Fragekarten</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="38"/>
        <source>Space shows the answer; 1 to 4 grade it</source>
        <translation>Leertaste zeigt die Antwort; 1 bis 4 bewerten sie</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="50"/>
        <source>Card question</source>
        <translation>Frage der Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="53"/>
        <source>Card answer</source>
        <translation>Antwort der Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="55"/>
        <source>Show the answer (Space)</source>
        <translation>Antwort zeigen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="56"/>
        <source>Shows the answer; shortcut Space</source>
        <translation>Zeigt die Antwort; Tastenkürzel Leertaste</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="61"/>
        <source>Starts a review of every card due now</source>
        <translation>Startet die Wiederholung aller jetzt fälligen Karten</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="62"/>
        <source>Goes to the previous card of this topic</source>
        <translation>Geht zur vorigen Karte dieses Themas</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="63"/>
        <source>Goes to the next card of this topic</source>
        <translation>Geht zur nächsten Karte dieses Themas</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="67"/>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="161"/>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="67"/>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="161"/>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="67"/>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="161"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="67"/>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="161"/>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="72"/>
        <source>Grade the card %1 (key %2)</source>
        <translation>Karte mit „%1“ bewerten (Taste %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="141"/>
        <source>Restart Review</source>
        <translation>Wiederholung neu starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="144"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="145"/>
        <source>All caught up: nothing else is due now. Well done.</source>
        <translation>Alles erledigt: Jetzt ist nichts mehr fällig. Gut gemacht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="146"/>
        <source>Nothing is due now.</source>
        <translation>Jetzt ist nichts fällig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="147"/>
        <source>Choose a topic to practise its cards, or review what is due.</source>
        <translation>Wählen Sie ein Thema, um seine Karten zu üben, oder wiederholen Sie, was fällig ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="148"/>
        <source>This topic has no question cards.</source>
        <translation>Dieses Thema hat keine Fragekarten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="151"/>
        <source>1 card left</source>
        <translation>noch 1 Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="151"/>
        <source>%1 cards left</source>
        <translation>noch %1 Karten</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="152"/>
        <source>Card %1 of %2</source>
        <translation>Karte %1 von %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="153"/>
        <source>Interview question</source>
        <translation>Interviewfrage</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="153"/>
        <source>Practice card</source>
        <translation>Übungskarte</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="56"/>
        <source>New Card...</source>
        <translation>Neue Karte...</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="99"/>
        <source>How to add cards</source>
        <translation>Wie Sie Karten hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="102"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="104"/>
        <source>Hides this note for this guide</source>
        <translation>Blendet diesen Hinweis für diesen Leitfaden aus</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="122"/>
        <source>Your own card</source>
        <translation>Ihre eigene Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="313"/>
        <source>Your card (its topic is no longer in the guide)</source>
        <translation>Ihre Karte (ihr Thema ist nicht mehr im Leitfaden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="314"/>
        <source>Your card</source>
        <translation>Ihre Karte</translation>
    </message>
</context>
<context>
    <name>ChartPluginLoader</name>
    <message>
        <location filename="../../app/ui/progress/ChartPluginLoader.cpp" line="22"/>
        <source>%1 is not a chart plugin of this version</source>
        <translation>%1 ist kein Diagramm-Plugin dieser Version</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <location filename="../../app/ui/window/DiagnosticsPanel.cpp" line="7"/>
        <location filename="../../app/ui/window/DiagnosticsPanel.cpp" line="26"/>
        <source>Guide Problems</source>
        <translation>Probleme im Leitfaden</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/DiagnosticsPanel.cpp" line="15"/>
        <source>Problems found in the guide</source>
        <translation>Im Leitfaden gefundene Probleme</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/DiagnosticsPanel.cpp" line="26"/>
        <source>Guide Problems (%1)</source>
        <translation>Probleme im Leitfaden (%1)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/ui/reader/FindBar.cpp" line="27"/>
        <location filename="../../app/ui/reader/FindBar.cpp" line="29"/>
        <source>Find in page</source>
        <translation>Auf der Seite suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/FindBar.cpp" line="30"/>
        <source>Text to find in the open topic; Enter goes to the next match</source>
        <translation>Text, der im offenen Thema gesucht wird; Eingabe geht zum nächsten Treffer</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/FindBar.cpp" line="35"/>
        <location filename="../../app/ui/reader/FindBar.cpp" line="106"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/FindBar.cpp" line="36"/>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/FindBar.cpp" line="47"/>
        <source>Previous match</source>
        <translation>Voriger Treffer</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/FindBar.cpp" line="47"/>
        <source>Go to the previous match (Shift+F3)</source>
        <translation>Zum vorigen Treffer gehen (Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/FindBar.cpp" line="48"/>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/FindBar.cpp" line="48"/>
        <source>Go to the next match (F3)</source>
        <translation>Zum nächsten Treffer gehen (F3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/FindBar.cpp" line="49"/>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/FindBar.cpp" line="49"/>
        <source>Close the find bar (Escape)</source>
        <translation>Die Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/FindBar.cpp" line="104"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>S&amp;ettings</source>
        <translation>Ein&amp;stellungen</translation>
    </message>
    <message>
        <source>Sync &amp;Folder...</source>
        <translation>&amp;Abgleichsordner …</translation>
    </message>
    <message>
        <source>Choose a folder that Syncthing or another file sync shares between your computers</source>
        <translation>Einen Ordner wählen, den Syncthing oder ein anderes Abgleichsprogramm zwischen Ihren Computern teilt</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>&amp;Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Write your changes to the sync folder and merge those of your other computers</source>
        <translation>Ihre Änderungen in den Abgleichsordner schreiben und die Ihrer anderen Computer übernehmen</translation>
    </message>
    <message>
        <source>S&amp;top Syncing</source>
        <translation>Abgleich &amp;beenden</translation>
    </message>
    <message>
        <source>Stop syncing progress through the sync folder; your progress stays as it is</source>
        <translation>Den Fortschritt nicht mehr über den Abgleichsordner abgleichen; Ihr Fortschritt bleibt, wie er ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="80"/>
        <location filename="../../app/ui/window/MainWindow.cpp" line="490"/>
        <source>Study Guide</source>
        <translation>Study Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="90"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="91"/>
        <source>The guide&apos;s topics with your progress; Enter or a click opens one</source>
        <translation>Die Themen des Leitfadens mit Ihrem Fortschritt; Eingabe oder ein Klick öffnet eines</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="95"/>
        <source>Reader</source>
        <translation>Leser</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="96"/>
        <source>The text of the selected topic</source>
        <translation>Der Text des gewählten Themas</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="132"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="138"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="153"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="250"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="251"/>
        <source>&amp;Open Guide...</source>
        <translation>Leitfaden ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="252"/>
        <source>Open a folder of Markdown files as a guide</source>
        <translation>Einen Ordner mit Markdown-Dateien als Leitfaden öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="253"/>
        <source>Restore &amp;Backup...</source>
        <translation>Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="254"/>
        <source>Go back to your progress as it was on an earlier day</source>
        <translation>Zu Ihrem Fortschritt von einem früheren Tag zurückkehren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="256"/>
        <source>Export &amp;Cards...</source>
        <translation>&amp;Karten exportieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="257"/>
        <source>Save every card of the guide as text that Anki or Mnemosyne can import</source>
        <translation>Alle Karten des Leitfadens als Text speichern, den Anki oder Mnemosyne importieren kann</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="259"/>
        <source>&amp;Export Progress...</source>
        <translation>Fortschritt e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="260"/>
        <source>Save your statuses, bookmarks, notes and review history to a file</source>
        <translation>Ihre Status, Lesezeichen, Notizen und Wiederholungen in einer Datei speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="262"/>
        <source>&amp;Import Progress...</source>
        <translation>Fortschritt &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="263"/>
        <source>Merge progress saved by Export Progress into yours</source>
        <translation>Mit „Fortschritt exportieren“ gespeicherten Fortschritt in Ihren übernehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="265"/>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="266"/>
        <source>Print the open topic with everything under it, or the whole guide</source>
        <translation>Das offene Thema mit allem darunter oder den ganzen Leitfaden drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="268"/>
        <source>Export Topic as P&amp;DF...</source>
        <translation>Thema als &amp;PDF exportieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="269"/>
        <source>Save the open topic with everything under it as a PDF file</source>
        <translation>Das offene Thema mit allem darunter als PDF-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="270"/>
        <source>Export &amp;Guide as PDF...</source>
        <translation>&amp;Leitfaden als PDF exportieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="271"/>
        <source>Save the whole guide as a PDF file</source>
        <translation>Den ganzen Leitfaden als PDF-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="273"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="273"/>
        <source>Quit Study Guide</source>
        <translation>Study Guide beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="275"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="276"/>
        <source>&amp;Search...</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="277"/>
        <source>Find topics, cards and your notes as you type</source>
        <translation>Themen, Karten und Ihre Notizen schon beim Tippen finden</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="279"/>
        <source>&amp;Find in Page...</source>
        <translation>Auf der Seite suc&amp;hen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="280"/>
        <source>Mark every match in the open topic</source>
        <translation>Alle Treffer im offenen Thema markieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="281"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="281"/>
        <source>Go to the next match in the page</source>
        <translation>Zum nächsten Treffer auf der Seite gehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="283"/>
        <source>Find Pre&amp;vious</source>
        <translation>V&amp;origer Treffer</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="284"/>
        <source>Go to the previous match in the page</source>
        <translation>Zum vorigen Treffer auf der Seite gehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="286"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="287"/>
        <source>Go back to the previous topic</source>
        <translation>Zurück zum vorigen Thema</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="289"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="290"/>
        <source>Go forward to the next topic</source>
        <translation>Vorwärts zum nächsten Thema</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="293"/>
        <source>Boo&amp;kmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="294"/>
        <source>Show the bookmarks and type to filter them</source>
        <translation>Lesezeichen zeigen und zum Filtern tippen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="295"/>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="296"/>
        <source>Switch between the reader and your progress</source>
        <translation>Zwischen Leser und Ihrem Fortschritt wechseln</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="299"/>
        <source>&amp;Study</source>
        <translation>L&amp;ernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="300"/>
        <source>&amp;Review Due Cards</source>
        <translation>Fällige Karten &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="301"/>
        <source>Walk through every card due now in the selected part of the guide</source>
        <translation>Alle jetzt fälligen Karten im gewählten Teil des Leitfadens durchgehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="304"/>
        <source>Mock &amp;Interview...</source>
        <translation>Pro&amp;beinterview …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="305"/>
        <source>Answer interview questions against the clock and grade yourself</source>
        <translation>Interviewfragen gegen die Uhr beantworten und sich selbst bewerten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="312"/>
        <source>Toggle &amp;Bookmark</source>
        <translation>&amp;Lesezeichen setzen/entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="313"/>
        <source>Bookmark the open topic, or the card shown when the cards have focus</source>
        <translation>Ein Lesezeichen für das offene Thema setzen oder für die gezeigte Karte, wenn die Karten den Fokus haben</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="316"/>
        <source>Mark as &amp;Not Started</source>
        <translation>Als &amp;nicht begonnen markieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="317"/>
        <source>Set the open topic to not started</source>
        <translation>Das offene Thema auf „nicht begonnen“ setzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="318"/>
        <source>Mark as &amp;Reading</source>
        <translation>Als &amp;in Arbeit markieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="319"/>
        <source>Set the open topic to being read</source>
        <translation>Das offene Thema auf „in Arbeit“ setzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="320"/>
        <source>Mark as &amp;Done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="321"/>
        <source>Set the open topic to done</source>
        <translation>Das offene Thema auf „erledigt“ setzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="323"/>
        <source>&amp;Scheduler Settings...</source>
        <translation>&amp;Planer-Einstellungen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="324"/>
        <source>Set the desired retention, new cards per day and FSRS weights</source>
        <translation>Gewünschte Behaltensquote, neue Karten pro Tag und FSRS-Gewichte festlegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="326"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="327"/>
        <source>Only &amp;Bookmarked Topics</source>
        <translation>Nur Themen mit &amp;Lesezeichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="329"/>
        <source>Show only the branches of the tree that hold a bookmark</source>
        <translation>Nur die Zweige des Baums zeigen, die ein Lesezeichen enthalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="333"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="333"/>
        <source>Make the reader&apos;s text larger</source>
        <translation>Den Text im Leser vergrößern</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="335"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="335"/>
        <source>Make the reader&apos;s text smaller</source>
        <translation>Den Text im Leser verkleinern</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="337"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="338"/>
        <source>Show the reader&apos;s text at its normal size</source>
        <translation>Den Text im Leser in normaler Größe zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="339"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="341"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="342"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="343"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="353"/>
        <source>Use the %1 colours</source>
        <translation>Die Farben „%1“ verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="359"/>
        <source>Show or hide %1</source>
        <translation>%1 zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="368"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="369"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="370"/>
        <source>List every keyboard shortcut</source>
        <translation>Alle Tastenkürzel auflisten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="371"/>
        <source>&amp;About Study Guide</source>
        <translation>Ü&amp;ber Study Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="371"/>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="372"/>
        <source>About Study Guide</source>
        <translation>Über Study Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="373"/>
        <source>&lt;h3&gt;Study Guide %1&lt;/h3&gt;&lt;p&gt;Read a guide, test yourself with its cards and see your progress. Cards are scheduled with FSRS-6.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Study Guide %1&lt;/h3&gt;&lt;p&gt;Lesen Sie einen Leitfaden, prüfen Sie sich mit seinen Karten und sehen Sie Ihren Fortschritt. Die Karten plant FSRS-6.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="378"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="438"/>
        <source>Your settings file could not be read; the defaults are used.</source>
        <translation>Ihre Einstellungsdatei konnte nicht gelesen werden; es gelten die Standardwerte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="519"/>
        <source>Could not open the guide: %1</source>
        <translation>Der Leitfaden konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="569"/>
        <source>Open Guide</source>
        <translation>Leitfaden öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="603"/>
        <source>Review (%1 due, %2 new)</source>
        <translation>Wiederholen (%1 fällig, %2 neu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="604"/>
        <source>Review</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="606"/>
        <source>%1% done · %2 topics · %3 of %4 cards learned · %5 due now</source>
        <translation>%1 % erledigt · %2 Themen · %3 von %4 Karten gelernt · %5 jetzt fällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="623"/>
        <source>Review: whole guide</source>
        <translation>Wiederholung: ganzer Leitfaden</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="623"/>
        <source>Review: %1</source>
        <translation>Wiederholung: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="643"/>
        <source>Bookmarked &quot;%1&quot;. Add a note on why in the Bookmarks panel (F2).</source>
        <translation>Lesezeichen für „%1“ gesetzt. Eine Notiz zum Grund fügen Sie im Lesezeichen-Bereich hinzu (F2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="644"/>
        <source>Removed the bookmark on &quot;%1&quot;.</source>
        <translation>Lesezeichen für „%1“ entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="853"/>
        <location filename="../../app/ui/window/MainWindow.cpp" line="935"/>
        <source>Export Cards</source>
        <translation>Karten exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="865"/>
        <location filename="../../app/ui/window/MainWindow.cpp" line="945"/>
        <source>Export Progress</source>
        <translation>Fortschritt exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="879"/>
        <location filename="../../app/ui/window/MainWindow.cpp" line="887"/>
        <location filename="../../app/ui/window/MainWindow.cpp" line="955"/>
        <source>Import Progress</source>
        <translation>Fortschritt importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="880"/>
        <source>%1

Import it into this guide anyway? Only items whose ids match this guide will show.</source>
        <translation>%1

Trotzdem in diesen Leitfaden importieren? Angezeigt werden nur Einträge, deren IDs zu diesem Leitfaden passen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="908"/>
        <location filename="../../app/ui/window/MainWindow.cpp" line="913"/>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="908"/>
        <source>%1 could not be replaced.</source>
        <translation>%1 konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="913"/>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="916"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="932"/>
        <source>Anki text (*.txt)</source>
        <translation>Anki-Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="933"/>
        <source>Mnemosyne text (*.txt)</source>
        <translation>Mnemosyne-Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="946"/>
        <source>Study Guide progress (*.json)</source>
        <translation>Study-Guide-Fortschritt (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="956"/>
        <source>Study Guide progress (*.json);;All files (*)</source>
        <translation>Study-Guide-Fortschritt (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="966"/>
        <source>Export Guide as PDF</source>
        <translation>Leitfaden als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="966"/>
        <source>Export Topic as PDF</source>
        <translation>Thema als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="970"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="982"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="622"/>
        <source>New Card</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="641"/>
        <location filename="../../app/ui/window/MainWindow.cpp" line="647"/>
        <source>Delete Card</source>
        <translation>Karte löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="642"/>
        <source>Delete your card &quot;%1&quot;? Its review history is kept with your progress.</source>
        <translation>Ihre Karte &quot;%1&quot; löschen? Ihr Wiederholungsverlauf bleibt in Ihrem Fortschritt erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="146"/>
        <source>&amp;Cards</source>
        <translation>&amp;Karten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="147"/>
        <source>&amp;New Card...</source>
        <translation>&amp;Neue Karte...</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="149"/>
        <source>Make a card of your own for the open topic, from the text selected in the reader</source>
        <translation>Eine eigene Karte zum offenen Thema anlegen, aus dem im Leser markierten Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="151"/>
        <source>&amp;Edit Card...</source>
        <translation>Karte &amp;bearbeiten...</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="152"/>
        <source>Change the card of your own shown in the cards panel</source>
        <translation>Die angezeigte eigene Karte ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="153"/>
        <source>&amp;Delete Card...</source>
        <translation>Karte &amp;löschen...</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="154"/>
        <source>Delete the card of your own shown in the cards panel; its review history is kept</source>
        <translation>Die angezeigte eigene Karte löschen; ihr Wiederholungsverlauf bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="157"/>
        <source>Cards for the &amp;Whole Guide</source>
        <translation>Karten für den &amp;ganzen Leitfaden</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="158"/>
        <source>Practise your cards made for the whole guide, and those whose topic is no longer in it</source>
        <translation>Ihre Karten für den ganzen Leitfaden üben, und die, deren Thema nicht mehr darin ist</translation>
    </message>
</context>
<context>
    <name>MockInterviewDialog</name>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="73"/>
        <source>Mock Interview</source>
        <translation>Probeinterview</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="74"/>
        <source>Mock interview</source>
        <translation>Probeinterview</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="108"/>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="116"/>
        <source>Interview question</source>
        <translation>Interviewfrage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="121"/>
        <source>Your notes</source>
        <translation>Ihre Notizen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="122"/>
        <source>Answer aloud, or type notes here (Tab)</source>
        <translation>Antworten Sie laut oder notieren Sie hier Stichpunkte (Tab)</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="126"/>
        <source>&amp;Reveal Answer</source>
        <translation>Antwort &amp;aufdecken</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="127"/>
        <source>Show the sample answer (Space, or Ctrl+Return from the notes)</source>
        <translation>Die Musterantwort zeigen (Leertaste oder Strg+Eingabe in den Notizen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="128"/>
        <source>Shows the sample answer; Space or Ctrl+Return</source>
        <translation>Zeigt die Musterantwort; Leertaste oder Strg+Eingabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="136"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="183"/>
        <source>&amp;End Interview</source>
        <translation>Interview &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="163"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="333"/>
        <source>Sample answer</source>
        <translation>Musterantwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="172"/>
        <source>What to look for</source>
        <translation>Worauf es ankommt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="174"/>
        <source>Space ticks a point your answer covered; 1 to 4 grade the answer</source>
        <translation>Leertaste hakt einen Punkt ab, den Ihre Antwort abgedeckt hat; 1 bis 4 bewerten die Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="187"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="356"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="427"/>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="187"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="356"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="427"/>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="187"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="356"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="427"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="187"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="356"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="427"/>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="189"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="362"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="192"/>
        <source>Grade your answer %1 (key %2)</source>
        <translation>Ihre Antwort mit „%1“ bewerten (Taste %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="204"/>
        <source>&amp;What to look for (tick what you covered):</source>
        <translation>&amp;Worauf es ankommt (haken Sie ab, was Sie abgedeckt haben):</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="227"/>
        <source>Results by category</source>
        <translation>Ergebnisse nach Kategorie</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="236"/>
        <source>Results by question</source>
        <translation>Ergebnisse nach Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="242"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="248"/>
        <source>How it went</source>
        <translation>Wie es lief</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="250"/>
        <source>A question&apos;s score is the mean of your grade (Again 0 %, Hard 33 %, Good 67 %, Easy 100 %) and the share of its points you covered.</source>
        <translation>Die Wertung einer Frage ist der Mittelwert aus Ihrer Bewertung (Nochmal 0 %, Schwer 33 %, Gut 67 %, Leicht 100 %) und dem Anteil ihrer Punkte, die Sie abgedeckt haben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="299"/>
        <source>Question %1 of %2 · %3</source>
        <translation>Frage %1 von %2 · %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="329"/>
        <source>time is up</source>
        <translation>Zeit abgelaufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="330"/>
        <source>answered in %1</source>
        <translation>beantwortet in %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="336"/>
        <source>Your notes: %1</source>
        <translation>Ihre Notizen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="349"/>
        <source>Red flags (not points to cover): %1</source>
        <translation>Warnsignale (keine abzudeckenden Punkte): %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="361"/>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="363"/>
        <source>%1, next in %2</source>
        <translation>%1, wieder in %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="399"/>
        <source>Saved to your progress; your grades count as reviews of these cards.</source>
        <translation>In Ihrem Fortschritt gespeichert; Ihre Bewertungen zählen als Wiederholungen dieser Karten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="400"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="401"/>
        <source>the progress file cannot be written.</source>
        <translation>die Fortschrittsdatei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="404"/>
        <source>No question was graded, so there is nothing to save.</source>
        <translation>Keine Frage wurde bewertet, daher gibt es nichts zu speichern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="409"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="425"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="409"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="409"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="425"/>
        <source>Score</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="409"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="425"/>
        <source>Points covered</source>
        <translation>Abgedeckte Punkte</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="409"/>
        <source>Time used</source>
        <translation>Benötigte Zeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="419"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="425"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="425"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="425"/>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="437"/>
        <source>%1 (time ran out)</source>
        <translation>%1 (Zeit abgelaufen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="443"/>
        <source>missed (ended before a grade)</source>
        <translation>verpasst (vor der Bewertung beendet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="443"/>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
</context>
<context>
    <name>MockInterviewSetupPage</name>
    <message>
        <location filename="../../app/ui/interview/MockInterviewSetupPage.cpp" line="37"/>
        <source>Include &amp;practice cards of these categories</source>
        <translation>&amp;Übungskarten dieser Kategorien einbeziehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewSetupPage.cpp" line="39"/>
        <source>&amp;Start Interview</source>
        <translation>Interview &amp;starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewSetupPage.cpp" line="43"/>
        <source>Answer each question aloud or in notes before the time runs out, then tick what your answer covered and grade yourself. Weak and unseen questions come up more often.</source>
        <translation>Beantworten Sie jede Frage laut oder in Notizen, bevor die Zeit abläuft; haken Sie dann ab, was Ihre Antwort abgedeckt hat, und bewerten Sie sich. Schwache und noch nicht gesehene Fragen kommen häufiger.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewSetupPage.cpp" line="49"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewSetupPage.cpp" line="50"/>
        <source>Space ticks or unticks a category</source>
        <translation>Leertaste hakt eine Kategorie an oder ab</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewSetupPage.cpp" line="67"/>
        <source>Number of questions</source>
        <translation>Anzahl der Fragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewSetupPage.cpp" line="71"/>
        <source>Minutes per question</source>
        <translation>Minuten pro Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewSetupPage.cpp" line="74"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewSetupPage.cpp" line="76"/>
        <source>Include practice cards</source>
        <translation>Übungskarten einbeziehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewSetupPage.cpp" line="83"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewSetupPage.cpp" line="87"/>
        <source>&amp;Questions:</source>
        <translation>&amp;Fragen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewSetupPage.cpp" line="88"/>
        <source>&amp;Time per question:</source>
        <translation>&amp;Zeit pro Frage:</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewSetupPage.cpp" line="95"/>
        <source>&amp;Categories:</source>
        <translation>&amp;Kategorien:</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewSetupPage.cpp" line="133"/>
        <source>This guide has no interview questions.</source>
        <translation>Dieser Leitfaden hat keine Interviewfragen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewSetupPage.cpp" line="135"/>
        <source>Tick at least one category.</source>
        <translation>Haken Sie mindestens eine Kategorie an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewSetupPage.cpp" line="137"/>
        <source>1 question to draw from.</source>
        <translation>1 Frage zur Auswahl.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewSetupPage.cpp" line="138"/>
        <source>%1 questions to draw from.</source>
        <translation>%1 Fragen zur Auswahl.</translation>
    </message>
</context>
<context>
    <name>OwnCards</name>
    <message>
        <location filename="../../app/core/progress/OwnCards.cpp" line="40"/>
        <source>This guide has no question cards yet. Add your own: select text in the reader and make a card of it, or write a heading that starts with &quot;Q:&quot; in the guide, with its answer below it.</source>
        <translation>Dieser Leitfaden hat noch keine Fragekarten. Legen Sie eigene an: Markieren Sie Text im Leser und machen Sie daraus eine Karte, oder schreiben Sie im Leitfaden eine Überschrift, die mit &quot;Q:&quot; beginnt, mit der Antwort darunter.</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="23"/>
        <source>Your notes on this topic (Markdown). They are saved as you type.</source>
        <translation>Ihre Notizen zu diesem Thema (Markdown). Sie werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="24"/>
        <source>Your notes</source>
        <translation>Ihre Notizen</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="25"/>
        <source>A personal note on the open topic, saved as you type</source>
        <translation>Eine persönliche Notiz zum offenen Thema, beim Tippen gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="35"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="41"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="45"/>
        <source>Show the note rendered (%1)</source>
        <translation>Die Notiz formatiert zeigen (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="47"/>
        <source>Note saved state</source>
        <translation>Speicherstand der Notiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="61"/>
        <source>Your notes, rendered</source>
        <translation>Ihre Notizen, formatiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="81"/>
        <source>Read-only</source>
        <translation>Nur lesbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="103"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="106"/>
        <source>the progress file refused it</source>
        <translation>die Fortschrittsdatei hat sie abgelehnt</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="107"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="158"/>
        <source>No notes on this topic yet.</source>
        <translation>Noch keine Notizen zu diesem Thema.</translation>
    </message>
    <message>
        <source>Changed on another computer; your unsaved text here is kept and saved over it.</source>
        <translation>Auf einem anderen Computer geändert; Ihr ungespeicherter Text hier bleibt erhalten und wird darüber gespeichert.</translation>
    </message>
    <message>
        <source>Updated from another computer</source>
        <translation>Von einem anderen Computer aktualisiert</translation>
    </message>
</context>
<context>
    <name>ProgressArchive</name>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="112"/>
        <source>Your progress cannot be exported: %1</source>
        <translation>Ihr Fortschritt kann nicht exportiert werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="118"/>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="124"/>
        <source>Your progress cannot be written to %1: %2.</source>
        <translation>Ihr Fortschritt kann nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="131"/>
        <source>Exported to %1: topic statuses %2, bookmarks %3, notes %4, card schedules %5, reviews %6.</source>
        <translation>Nach %1 exportiert: Themenstatus %2, Lesezeichen %3, Notizen %4, Kartenpläne %5, Wiederholungen %6.</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="145"/>
        <source>%1 was not imported: %2.</source>
        <translation>%1 wurde nicht importiert: %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="152"/>
        <source>your progress file is not open for writing</source>
        <translation>Ihre Fortschrittsdatei ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="156"/>
        <source>it cannot be read (%1)</source>
        <translation>sie kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="160"/>
        <source>it is larger than %1, too large for a progress file</source>
        <translation>sie ist größer als %1, zu groß für eine Fortschrittsdatei</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="172"/>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>sie ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="173"/>
        <source>it is not a Study Guide progress file</source>
        <translation>sie ist keine Fortschrittsdatei von Study Guide</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="181"/>
        <source>it holds progress for the guide &quot;%1&quot;, not for &quot;%2&quot;</source>
        <translation>sie enthält Fortschritt für den Leitfaden „%1“, nicht für „%2“</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="187"/>
        <source>your progress file could not be written, so nothing was changed</source>
        <translation>Ihre Fortschrittsdatei konnte nicht geschrieben werden, daher wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="192"/>
        <source>Imported from %1: topic statuses %2, bookmarks %3, notes %4, card schedules %5, reviews %6; %7 entries were already up to date.</source>
        <translation>Aus %1 importiert: Themenstatus %2, Lesezeichen %3, Notizen %4, Kartenpläne %5, Wiederholungen %6; %7 Einträge waren bereits aktuell.</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="156"/>
        <source>Exported to %1: topic statuses %2, bookmarks %3, notes %4, card schedules %5, reviews %6, checklist items %7, your own cards %8.</source>
        <translation>Exportiert nach %1: Themenstatus %2, Lesezeichen %3, Notizen %4, Kartenpläne %5, Wiederholungen %6, Checklistenpunkte %7, eigene Karten %8.</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="221"/>
        <source>Imported from %1: topic statuses %2, bookmarks %3, notes %4, card schedules %5, reviews %6, checklist items %7, your own cards %8; %9 entries were already up to date.</source>
        <translation>Importiert aus %1: Themenstatus %2, Lesezeichen %3, Notizen %4, Kartenpläne %5, Wiederholungen %6, Checklistenpunkte %7, eigene Karten %8; %9 Einträge waren schon aktuell.</translation>
    </message>
</context>
<context>
    <name>ProgressArchiveFormat</name>
    <message>
        <location filename="../../app/core/exchange/ProgressArchiveFormat.cpp" line="165"/>
        <source>it is not a Study Guide progress file</source>
        <translation>sie ist keine Fortschrittsdatei von Study Guide</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchiveFormat.cpp" line="171"/>
        <source>its format version is missing or not a whole number</source>
        <translation>ihre Formatversion fehlt oder ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchiveFormat.cpp" line="175"/>
        <source>it was written by a newer version of Study Guide (format version %1; this version reads up to %2)</source>
        <translation>sie stammt von einer neueren Version von Study Guide (Formatversion %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchiveFormat.cpp" line="184"/>
        <source>it does not say which guide it belongs to</source>
        <translation>sie gibt nicht an, zu welchem Leitfaden sie gehört</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchiveFormat.cpp" line="194"/>
        <source>&quot;%1&quot; is not a list</source>
        <translation>„%1“ ist keine Liste</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchiveFormat.cpp" line="201"/>
        <source>entry %1 of &quot;%2&quot; is not an object</source>
        <translation>Eintrag %1 von „%2“ ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchiveFormat.cpp" line="207"/>
        <source>entry %1 of &quot;%2&quot; has no valid &quot;%3&quot;</source>
        <translation>Eintrag %1 von „%2“ hat kein gültiges „%3“</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchiveFormat.cpp" line="211"/>
        <source>entry %1 of &quot;%2&quot; repeats an earlier one</source>
        <translation>Eintrag %1 von „%2“ wiederholt einen früheren</translation>
    </message>
</context>
<context>
    <name>ProgressBackups</name>
    <message>
        <location filename="../../app/core/progress/ProgressBackups.cpp" line="187"/>
        <source>The backup from %1 could not be restored: %2</source>
        <translation>Die Sicherung vom %1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressBackups.cpp" line="189"/>
        <source>Your progress from %1 was restored.</source>
        <translation>Ihr Fortschritt vom %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressBackups.cpp" line="190"/>
        <source>Your progress from %1 was restored. The progress it replaced was kept in %2.</source>
        <translation>Ihr Fortschritt vom %1 wurde wiederhergestellt. Der ersetzte Fortschritt wurde in %2 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="125"/>
        <source>Your progress file %1 cannot be read (%2); progress is not saved this time.</source>
        <translation>Ihre Fortschrittsdatei %1 kann nicht gelesen werden (%2); der Fortschritt wird diesmal nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="130"/>
        <source>%1 is not a Study Guide progress file; it was left untouched and progress is not saved this time. Move it away to start afresh.</source>
        <translation>%1 ist keine Fortschrittsdatei von Study Guide; sie bleibt unverändert, und der Fortschritt wird diesmal nicht gespeichert. Verschieben Sie sie, um neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="145"/>
        <source>Your progress file %1 is damaged, and Study Guide is already open with it; close every Study Guide window and start again to recover it.</source>
        <translation>Ihre Fortschrittsdatei %1 ist beschädigt, und Study Guide ist damit bereits geöffnet; schließen Sie alle Fenster von Study Guide und starten Sie neu, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="158"/>
        <source>Your progress file %1 is damaged and could not be moved aside; it was left as it is and progress is not saved this time.</source>
        <translation>Ihre Fortschrittsdatei %1 ist beschädigt und konnte nicht beiseitegelegt werden; sie bleibt, wie sie ist, und der Fortschritt wird diesmal nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="169"/>
        <source>Your progress file was damaged. It was moved to %1 and your progress from %2 was restored.</source>
        <translation>Ihre Fortschrittsdatei war beschädigt. Sie wurde nach %1 verschoben, und Ihr Fortschritt vom %2 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="175"/>
        <source>Your progress file was damaged and there was no backup to restore, so your progress starts afresh. The damaged file was moved to %1.</source>
        <translation>Ihre Fortschrittsdatei war beschädigt, und es gab keine Sicherung zum Wiederherstellen, daher beginnt Ihr Fortschritt neu. Die beschädigte Datei wurde nach %1 verschoben.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="207"/>
        <source>Your progress file %1 cannot be opened: %2</source>
        <translation>Ihre Fortschrittsdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="213"/>
        <source>%1 is damaged or not a Study Guide progress file (%2); it was left untouched.</source>
        <translation>%1 ist beschädigt oder keine Fortschrittsdatei von Study Guide (%2); sie bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="221"/>
        <source>Your progress file was written by a newer version of Study Guide; this version only reads the guide and will not change the file.</source>
        <translation>Ihre Fortschrittsdatei stammt von einer neueren Version von Study Guide; diese Version zeigt nur den Leitfaden und ändert die Datei nicht.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="227"/>
        <source>Study Guide is already open with this progress file; this window is read-only.</source>
        <translation>Study Guide ist mit dieser Fortschrittsdatei bereits geöffnet; dieses Fenster kann nichts speichern.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="239"/>
        <source>Your progress file could not be upgraded (%1); it was left as it was.</source>
        <translation>Ihre Fortschrittsdatei konnte nicht aktualisiert werden (%1); sie bleibt, wie sie war.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="281"/>
        <source>Study Guide is already open with this progress file elsewhere.</source>
        <translation>Study Guide ist mit dieser Fortschrittsdatei bereits an anderer Stelle geöffnet.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="286"/>
        <source>%1 is damaged or not a Study Guide progress file.</source>
        <translation>%1 ist beschädigt oder keine Fortschrittsdatei von Study Guide.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="295"/>
        <source>Your progress file could not be moved aside, so nothing was changed.</source>
        <translation>Ihre Fortschrittsdatei konnte nicht beiseitegelegt werden, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="306"/>
        <source>The backup could not be copied (%1), so nothing was changed.</source>
        <translation>Die Sicherung konnte nicht kopiert werden (%1), daher wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="33"/>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="34"/>
        <source>%p% of the guide</source>
        <translation>%p % des Leitfadens</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="45"/>
        <source>Progress by chapter</source>
        <translation>Fortschritt nach Kapitel</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="55"/>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="190"/>
        <source>Interview history</source>
        <translation>Interview-Verlauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="77"/>
        <source>Your Progress</source>
        <translation>Ihr Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="112"/>
        <source>The chart of reviews cannot be shown: %1</source>
        <translation>Das Diagramm der Wiederholungen kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="118"/>
        <source>Reviews per day, last %1 days</source>
        <translation>Wiederholungen pro Tag, letzte %1 Tage</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="120"/>
        <source>Reviews per day over the last %1 days</source>
        <translation>Wiederholungen pro Tag in den letzten %1 Tagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="144"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="144"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="145"/>
        <source>%1 of %2 cards learned. Due today: %3. Due this week: %4. Streak: %5.</source>
        <translation>%1 von %2 Karten gelernt. Heute fällig: %3. Diese Woche fällig: %4. Serie: %5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="154"/>
        <source>Chapter</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="154"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="154"/>
        <source>Cards learned</source>
        <translation>Gelernte Karten</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="154"/>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="154"/>
        <source>Predicted recall</source>
        <translation>Erwartete Erinnerung</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="166"/>
        <source>not yet reviewed</source>
        <translation>noch nicht wiederholt</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="191"/>
        <source>(none yet: Study &gt; Mock Interview starts one)</source>
        <translation>(noch keines: Lernen &gt; Probeinterview startet eines)</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="192"/>
        <source>(1 interview)</source>
        <translation>(1 Interview)</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="193"/>
        <source>(%1 interviews)</source>
        <translation>(%1 Interviews)</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="196"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="196"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="196"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="196"/>
        <source>Score</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="196"/>
        <source>Points covered</source>
        <translation>Abgedeckte Punkte</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="196"/>
        <source>Time used</source>
        <translation>Benötigte Zeit</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/main.cpp" line="324"/>
        <source>Study Guide</source>
        <translation>Study Guide</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/RestoreBackupDialog.cpp" line="19"/>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/RestoreBackupDialog.cpp" line="24"/>
        <source>There are no backups yet. Study Guide makes one a day while you use it and keeps the last %1.</source>
        <translation>Es gibt noch keine Sicherungen. Study Guide legt täglich eine an, während Sie es verwenden, und behält die letzten %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/RestoreBackupDialog.cpp" line="27"/>
        <source>Choose the backup to go back to. Study Guide makes one a day and keeps the last %1.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Study Guide legt täglich eine an und behält die letzten %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/RestoreBackupDialog.cpp" line="33"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/RestoreBackupDialog.cpp" line="34"/>
        <source>Your daily backups, newest first</source>
        <translation>Ihre täglichen Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/RestoreBackupDialog.cpp" line="40"/>
        <source>&amp;Restore...</source>
        <translation>&amp;Wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/RestoreBackupDialog.cpp" line="42"/>
        <source>Restore the chosen backup</source>
        <translation>Die gewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/RestoreBackupDialog.cpp" line="45"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/RestoreBackupDialog.cpp" line="59"/>
        <source>Re&amp;place Progress</source>
        <translation>Fortschritt &amp;ersetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/RestoreBackupDialog.cpp" line="61"/>
        <source>Replace your progress with the backup</source>
        <translation>Ihren Fortschritt durch die Sicherung ersetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/RestoreBackupDialog.cpp" line="62"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/RestoreBackupDialog.cpp" line="63"/>
        <source>Back to the list of backups</source>
        <translation>Zurück zur Liste der Sicherungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/RestoreBackupDialog.cpp" line="86"/>
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Thema</numerusform>
            <numerusform>%n Themen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/RestoreBackupDialog.cpp" line="87"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/RestoreBackupDialog.cpp" line="88"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/RestoreBackupDialog.cpp" line="107"/>
        <source>Replace your progress with the backup from %1? Everything you did after it will no longer show. Your current progress file is kept beside it, not deleted.</source>
        <translation>Ihren Fortschritt durch die Sicherung vom %1 ersetzen? Alles, was Sie danach getan haben, wird nicht mehr angezeigt. Ihre aktuelle Fortschrittsdatei wird daneben aufbewahrt, nicht gelöscht.</translation>
    </message>
</context>
<context>
    <name>SchedulerSettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="21"/>
        <source>Scheduler Settings</source>
        <translation>Planer-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="26"/>
        <source>Desired retention</source>
        <translation>Gewünschte Behaltensquote</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="27"/>
        <source>The chance of remembering a card when it comes due; higher means more reviews</source>
        <translation>Die Wahrscheinlichkeit, eine Karte bei Fälligkeit noch zu wissen; höher bedeutet mehr Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="30"/>
        <source>New cards per day</source>
        <translation>Neue Karten pro Tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="32"/>
        <source>FSRS weights</source>
        <translation>FSRS-Gewichte</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="33"/>
        <source>21 numbers separated by commas, as an FSRS optimiser gives them</source>
        <translation>21 durch Kommas getrennte Zahlen, wie ein FSRS-Optimierer sie ausgibt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="39"/>
        <source>Desired &amp;retention:</source>
        <translation>Gewünschte &amp;Behaltensquote:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="40"/>
        <source>&amp;New cards per day:</source>
        <translation>&amp;Neue Karten pro Tag:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="41"/>
        <source>FSRS &amp;weights:</source>
        <translation>FSRS-&amp;Gewichte:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="42"/>
        <source>Retention is the chance you still know a card when it comes due: 0.90 is a good balance; 0.95 asks for many more reviews. Leave the weights alone unless you have optimised your own with an FSRS optimiser.</source>
        <translation>Die Behaltensquote ist die Wahrscheinlichkeit, dass Sie eine Karte bei Fälligkeit noch wissen: 0,90 ist ein guter Ausgleich; 0,95 verlangt viel mehr Wiederholungen. Ändern Sie die Gewichte nur, wenn Sie eigene mit einem FSRS-Optimierer ermittelt haben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="72"/>
        <source>The weights must be exactly 21 numbers.</source>
        <translation>Die Gewichte müssen genau 21 Zahlen sein.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="56"/>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="59"/>
        <source>%1: %2 (in %3). %4</source>
        <translation>%1: %2 (in %3). %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="171"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="172"/>
        <source>Searches the guide&apos;s topics and cards and your notes</source>
        <translation>Durchsucht die Themen und Karten des Leitfadens und Ihre Notizen</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="175"/>
        <source>Search topics, cards and notes</source>
        <translation>Themen, Karten und Notizen durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="177"/>
        <source>Search query</source>
        <translation>Suchbegriff</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="179"/>
        <source>Results appear as you type; Up and Down choose one, Enter opens it, Escape closes</source>
        <translation>Ergebnisse erscheinen beim Tippen; Pfeil hoch und runter wählen eines, Eingabe öffnet es, Esc schließt</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="182"/>
        <source>How many results the search found</source>
        <translation>Wie viele Ergebnisse die Suche gefunden hat</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="194"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="195"/>
        <source>Enter or a click opens the chosen result</source>
        <translation>Eingabe oder ein Klick öffnet das gewählte Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="217"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="219"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="221"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="230"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="272"/>
        <source>Indexing...</source>
        <translation>Indizieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="277"/>
        <source>Type to search topics, cards and notes</source>
        <translation>Tippen, um Themen, Karten und Notizen zu durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="284"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="286"/>
        <source>1 result</source>
        <translation>1 Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="286"/>
        <source>%1 results</source>
        <translation>%1 Ergebnisse</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="54"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="55"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="55"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="55"/>
        <source>What it does</source>
        <translation>Was sie tut</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="57"/>
        <source>Studying</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="59"/>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="59"/>
        <source>Show the answer of the card shown</source>
        <translation>Die Antwort der gezeigten Karte zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="59"/>
        <source>Show answer</source>
        <translation>Antwort zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="60"/>
        <source>1, 2, 3, 4</source>
        <translation>1, 2, 3, 4</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="60"/>
        <source>Grade the card Again, Hard, Good or Easy</source>
        <translation>Die Karte mit Nochmal, Schwer, Gut oder Leicht bewerten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="60"/>
        <source>Grade</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="70"/>
        <source>Other</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="81"/>
        <source>Bookmarks panel</source>
        <translation>Lesezeichen-Leiste</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="83"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="83"/>
        <source>Edit the note of the selected bookmark</source>
        <translation>Die Notiz des gewählten Lesezeichens bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="83"/>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="102"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>TopicReader</name>
    <message>
        <location filename="../../app/ui/reader/TopicReader.cpp" line="155"/>
        <source>In this part</source>
        <translation>In diesem Teil</translation>
    </message>
</context>
<context>
    <name>TopicTreeModel</name>
    <message>
        <location filename="../../app/ui/tree/TopicTreeModel.cpp" line="98"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tree/TopicTreeModel.cpp" line="98"/>
        <source>Reading</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/tree/TopicTreeModel.cpp" line="98"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/tree/TopicTreeModel.cpp" line="100"/>
        <source>%1% · %2 of %3 cards learned · %4 due</source>
        <translation>%1 % · %2 von %3 Karten gelernt · %4 fällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/tree/TopicTreeModel.cpp" line="160"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
</context>
<context>
    <name>CardEditorDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/CardEditorDialog.cpp" line="22"/>
        <source>Prompt</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/CardEditorDialog.cpp" line="23"/>
        <source>The question the card asks, in Markdown</source>
        <translation>Die Frage der Karte, in Markdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/CardEditorDialog.cpp" line="24"/>
        <source>What should you be able to answer?</source>
        <translation>Was sollten Sie beantworten können?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/CardEditorDialog.cpp" line="28"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/CardEditorDialog.cpp" line="29"/>
        <source>The answer shown after Space, in Markdown</source>
        <translation>Die Antwort, die nach der Leertaste erscheint, in Markdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/CardEditorDialog.cpp" line="34"/>
        <source>&amp;Prompt:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/CardEditorDialog.cpp" line="35"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Antwort:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/CardEditorDialog.cpp" line="36"/>
        <source>Markdown works in both fields. The card is kept with your progress, not in the guide&apos;s files, and is reviewed like the guide&apos;s own cards. Ctrl+Enter saves.</source>
        <translation>Beide Felder verstehen Markdown. Die Karte wird mit Ihrem Fortschritt gespeichert, nicht in den Dateien des Leitfadens, und wie dessen eigene Karten wiederholt. Strg+Eingabe speichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/CardEditorDialog.cpp" line="80"/>
        <source>New Card</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/CardEditorDialog.cpp" line="81"/>
        <source>A card of your own for the whole guide.</source>
        <translation>Eine eigene Karte für den ganzen Leitfaden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/CardEditorDialog.cpp" line="82"/>
        <source>A card of your own for &quot;%1&quot;.</source>
        <translation>Eine eigene Karte für &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/CardEditorDialog.cpp" line="99"/>
        <source>Edit Card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/CardEditorDialog.cpp" line="100"/>
        <source>A card of your own.</source>
        <translation>Eine eigene Karte.</translation>
    </message>
</context>
<context>
    <name>StudySession</name>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="174"/>
        <source>Cards for the whole guide</source>
        <translation>Karten für den ganzen Leitfaden</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="224"/>
        <location filename="../../app/core/session/StudySession.cpp" line="384"/>
        <source>No guide is open.</source>
        <translation>Es ist kein Leitfaden geöffnet.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="226"/>
        <location filename="../../app/core/session/StudySession.cpp" line="240"/>
        <source>A card needs a prompt.</source>
        <translation>Eine Karte braucht eine Frage.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="230"/>
        <location filename="../../app/core/session/StudySession.cpp" line="251"/>
        <source>The card could not be saved.</source>
        <translation>Die Karte konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="233"/>
        <source>Added your card to the guide.</source>
        <translation>Ihre Karte wurde zum Leitfaden hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="234"/>
        <source>Added your card to &quot;%1&quot;.</source>
        <translation>Ihre Karte wurde zu &quot;%1&quot; hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="246"/>
        <source>Only cards you made yourself can be edited here; edit the guide&apos;s own in its files.</source>
        <translation>Nur selbst angelegte Karten lassen sich hier bearbeiten; die des Leitfadens bearbeiten Sie in seinen Dateien.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="252"/>
        <source>Your card was changed.</source>
        <translation>Ihre Karte wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="258"/>
        <source>Only cards you made yourself can be deleted; the guide&apos;s own live in its files.</source>
        <translation>Nur selbst angelegte Karten lassen sich löschen; die des Leitfadens stehen in seinen Dateien.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="260"/>
        <source>The card could not be deleted.</source>
        <translation>Die Karte konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="261"/>
        <source>Your card was deleted. Its review history is kept.</source>
        <translation>Ihre Karte wurde gelöscht. Ihr Wiederholungsverlauf bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <source>A sync pass is running.</source>
        <translation>Ein Abgleich läuft gerade.</translation>
    </message>
    <message>
        <source>No guide is open.</source>
        <translation>Kein Leitfaden ist geöffnet.</translation>
    </message>
    <message>
        <source>No sync folder is set.</source>
        <translation>Kein Abgleichsordner ist festgelegt.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Abgleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>no other device yet</source>
        <translation>noch kein anderes Gerät</translation>
    </message>
    <message>
        <source>1 other device</source>
        <translation>1 anderes Gerät</translation>
    </message>
    <message>
        <source>%1 other devices</source>
        <translation>%1 andere Geräte</translation>
    </message>
    <message>
        <source>Synced %1 · %2</source>
        <translation>Abgeglichen %1 · %2</translation>
    </message>
</context>
<context>
    <name>SyncControls</name>
    <message>
        <source>Sync status</source>
        <translation>Abgleichsstatus</translation>
    </message>
    <message>
        <source>Sync Folder</source>
        <translation>Abgleichsordner</translation>
    </message>
    <message>
        <source>No sync folder is set: choose one with Settings &gt; Sync Folder.</source>
        <translation>Kein Abgleichsordner ist festgelegt: Wählen Sie einen unter Einstellungen &gt; Abgleichsordner.</translation>
    </message>
    <message>
        <source>Synced with %1.</source>
        <translation>Mit %1 abgeglichen.</translation>
    </message>
    <message>
        <source>Progress is no longer synced. What was synced stays in your progress.</source>
        <translation>Der Fortschritt wird nicht mehr abgeglichen. Was schon abgeglichen wurde, bleibt in Ihrem Fortschritt.</translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation>Abgleichsordner: %1</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n change(s) from %1.</source>
        <translation>
            <numerusform>%n Änderung von %1 übernommen.</numerusform>
            <numerusform>%n Änderungen von %1 übernommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDevicesView</name>
    <message>
        <source>Synced devices</source>
        <translation>Abgeglichene Geräte</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Last merged</source>
        <translation>Zuletzt übernommen</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (dieses Gerät)</translation>
    </message>
    <message>
        <source>(1 other device)</source>
        <translation>(1 anderes Gerät)</translation>
    </message>
    <message>
        <source>(%1 other devices)</source>
        <translation>(%1 andere Geräte)</translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <source>New Card</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <source>Delete Card</source>
        <translation>Karte löschen</translation>
    </message>
    <message>
        <source>Delete your card &quot;%1&quot;? Its review history is kept with your progress.</source>
        <translation>Ihre Karte &quot;%1&quot; löschen? Ihr Wiederholungsverlauf bleibt in Ihrem Fortschritt erhalten.</translation>
    </message>
</context>
<context>
    <name>TopicTreeView</name>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>The guide&apos;s topics with your progress; Enter or a click opens one</source>
        <translation>Die Themen des Leitfadens mit Ihrem Fortschritt; Eingabe oder ein Klick öffnet eines</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>No sync folder is set.</source>
        <translation>Kein Abgleichsordner ist festgelegt.</translation>
    </message>
    <message>
        <source>Progress cannot be synced while the progress file is read-only: %1</source>
        <translation>Der Fortschritt kann nicht abgeglichen werden, solange die Fortschrittsdatei schreibgeschützt ist: %1</translation>
    </message>
    <message>
        <source>it is not open.</source>
        <translation>sie ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The sync folder %1 does not exist; was it removed, or is its disk not mounted?</source>
        <translation>Der Abgleichsordner %1 existiert nicht; wurde er entfernt, oder ist sein Laufwerk nicht eingehängt?</translation>
    </message>
    <message>
        <source>Skipped %1 in the sync folder: %2. It is read again when it changes.</source>
        <translation>%1 im Abgleichsordner übersprungen: %2. Die Datei wird erneut gelesen, sobald sie sich ändert.</translation>
    </message>
    <message>
        <source>it is too large to be a journal segment</source>
        <translation>sie ist zu groß für ein Journalsegment</translation>
    </message>
    <message>
        <source>it belongs to another guide or device than the folder it is in</source>
        <translation>sie gehört zu einem anderen Leitfaden oder Gerät als der Ordner, in dem sie liegt</translation>
    </message>
    <message>
        <source>Your progress file could not be opened for the merge.</source>
        <translation>Ihre Fortschrittsdatei konnte für das Zusammenführen nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Another installation writes to the sync folder under this device&apos;s id (a progress file restored from a backup or copied?). This one now syncs as a new device, and nothing of either is lost.</source>
        <translation>Eine andere Installation schreibt unter der Kennung dieses Geräts in den Abgleichsordner (eine aus einer Sicherung wiederhergestellte oder kopierte Fortschrittsdatei?). Diese Installation gleicht nun als neues Gerät ab, und von beiden geht nichts verloren.</translation>
    </message>
    <message>
        <source>The changes of other devices could not be merged into your progress file; nothing was changed.</source>
        <translation>Die Änderungen anderer Geräte konnten nicht in Ihre Fortschrittsdatei übernommen werden; nichts wurde verändert.</translation>
    </message>
</context>
<context>
    <name>SyncFolder</name>
    <message>
        <source>The sync folder %1 cannot be created or written.</source>
        <translation>Der Abgleichsordner %1 kann nicht angelegt oder beschrieben werden.</translation>
    </message>
    <message>
        <source>The sync folder %1 cannot be written (%2).</source>
        <translation>In den Abgleichsordner %1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>A journal segment could not be written to %1 (%2); is the disk full?</source>
        <translation>Ein Journalsegment konnte nicht nach %1 geschrieben werden (%2); ist das Laufwerk voll?</translation>
    </message>
    <message>
        <source>A journal segment could not be renamed into place in %1.</source>
        <translation>Ein Journalsegment konnte in %1 nicht unter seinen Namen umbenannt werden.</translation>
    </message>
</context>
<context>
    <name>SyncSegment</name>
    <message>
        <source>unknown kind %1</source>
        <translation>unbekannte Art %1</translation>
    </message>
    <message>
        <source>an event without an item</source>
        <translation>ein Ereignis ohne Eintrag</translation>
    </message>
    <message>
        <source>a clock value out of range</source>
        <translation>ein Uhrwert außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>a time out of range</source>
        <translation>eine Zeit außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>a rating out of range</source>
        <translation>eine Bewertung außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>a status out of range</source>
        <translation>ein Status außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>a bookmark of an unknown kind of item</source>
        <translation>ein Lesezeichen auf eine unbekannte Art von Eintrag</translation>
    </message>
    <message>
        <source>an own card whose id is not one</source>
        <translation>eine eigene Karte mit ungültiger Kennung</translation>
    </message>
    <message>
        <source>a task state out of range</source>
        <translation>ein Aufgabenstand außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>not a journal segment</source>
        <translation>kein Journalsegment</translation>
    </message>
    <message>
        <source>larger than a segment can be</source>
        <translation>größer, als ein Segment sein kann</translation>
    </message>
    <message>
        <source>cut short</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <source>written by a newer version (format %1)</source>
        <translation>von einer neueren Version geschrieben (Format %1)</translation>
    </message>
    <message>
        <source>format version 0</source>
        <translation>Formatversion 0</translation>
    </message>
    <message>
        <source>its checksum does not match (truncated or damaged)</source>
        <translation>ihre Prüfsumme stimmt nicht (abgeschnitten oder beschädigt)</translation>
    </message>
    <message>
        <source>its header is malformed</source>
        <translation>ihr Kopf ist fehlerhaft</translation>
    </message>
    <message>
        <source>its header names no guide or no device</source>
        <translation>ihr Kopf nennt keinen Leitfaden oder kein Gerät</translation>
    </message>
    <message>
        <source>its range of events is impossible</source>
        <translation>ihr Ereignisbereich ist unmöglich</translation>
    </message>
    <message>
        <source>it claims more events than it holds</source>
        <translation>sie gibt mehr Ereignisse an, als sie enthält</translation>
    </message>
    <message>
        <source>event %1 is malformed</source>
        <translation>Ereignis %1 ist fehlerhaft</translation>
    </message>
    <message>
        <source>event %1 is out of order</source>
        <translation>Ereignis %1 steht nicht in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <source>event %1 has unknown flags</source>
        <translation>Ereignis %1 hat unbekannte Kennzeichen</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>Ereignis %1: %2</translation>
    </message>
    <message>
        <source>it holds text that is not UTF-8</source>
        <translation>sie enthält Text, der kein UTF-8 ist</translation>
    </message>
    <message>
        <source>it has bytes after its last event</source>
        <translation>sie hat Bytes nach ihrem letzten Ereignis</translation>
    </message>
</context>
</TS>
