<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BookmarkDelegate</name>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarkDelegate.cpp" line="65"/>
        <source>No note (F2 adds one)</source>
        <translation>Keine Notiz (F2 fügt eine hinzu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarkDelegate.cpp" line="76"/>
        <source>Why to revisit it</source>
        <translation>Warum wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarkDelegate.cpp" line="77"/>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
</context>
<context>
    <name>BookmarksModel</name>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarksModel.cpp" line="46"/>
        <source>%1 (no longer in this guide)</source>
        <translation>%1 (nicht mehr in diesem Leitfaden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarksModel.cpp" line="53"/>
        <source>Card: %1</source>
        <translation>Karte: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarksModel.cpp" line="50"/>
        <source>Card %1 (no longer in this guide)</source>
        <translation>Karte %1 (nicht mehr in diesem Leitfaden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarksModel.cpp" line="53"/>
        <source>Card: %1 (%2)</source>
        <translation>Karte: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarksModel.cpp" line="70"/>
        <source>Bookmarked %1</source>
        <translation>Lesezeichen gesetzt am %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/BookmarksModel.cpp" line="71"/>
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
        <location filename="../../app/ui/bookmarks/BookmarksPanel.cpp" line="60"/>
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
        <location filename="../../app/ui/bookmarks/BookmarksPanel.cpp" line="61"/>
        <source>Enter opens a bookmark, F2 edits its note, Delete removes it</source>
        <translation>Eingabe öffnet ein Lesezeichen, F2 bearbeitet seine Notiz, Entf entfernt es</translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <location filename="../../app/ui/cards/CardCommands.cpp" line="126"/>
        <source>New Card</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardCommands.cpp" line="144"/>
        <location filename="../../app/ui/cards/CardCommands.cpp" line="150"/>
        <source>Delete Card</source>
        <translation>Karte löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardCommands.cpp" line="145"/>
        <source>Delete your card &quot;%1&quot;? Its review history is kept with your progress.</source>
        <translation>Ihre Karte &quot;%1&quot; löschen? Ihr Wiederholungsverlauf bleibt in Ihrem Fortschritt erhalten.</translation>
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
        <location filename="../../app/ui/dialogs/CardEditorDialog.cpp" line="88"/>
        <source>New Card</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/CardEditorDialog.cpp" line="89"/>
        <source>A card of your own for the whole guide.</source>
        <translation>Eine eigene Karte für den ganzen Leitfaden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/CardEditorDialog.cpp" line="90"/>
        <source>A card of your own for &quot;%1&quot;.</source>
        <translation>Eine eigene Karte für &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/CardEditorDialog.cpp" line="109"/>
        <source>Edit Card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/CardEditorDialog.cpp" line="110"/>
        <source>A card of your own.</source>
        <translation>Eine eigene Karte.</translation>
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
        <location filename="../../app/ui/cards/CardPanel.cpp" line="47"/>
        <source>Show Answer</source>
        <translation>Antwort zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="49"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="50"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="51"/>
        <source>Practise Again</source>
        <translation>Noch einmal üben</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="52"/>
        <source>Review Due Cards</source>
        <translation>Fällige Karten wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="63"/>
        <source>Question cards</source>
        <translation>Fragekarten</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="64"/>
        <source>Space shows the answer; 1 to 4 grade it</source>
        <translation>Leertaste zeigt die Antwort; 1 bis 4 bewerten sie</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="75"/>
        <source>Card question</source>
        <translation>Frage der Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="78"/>
        <source>Card answer</source>
        <translation>Antwort der Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="80"/>
        <source>Show the answer (Space)</source>
        <translation>Antwort zeigen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="81"/>
        <source>Shows the answer; shortcut Space</source>
        <translation>Zeigt die Antwort; Tastenkürzel Leertaste</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="91"/>
        <source>Goes to the previous card of this topic</source>
        <translation>Geht zur vorigen Karte dieses Themas</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="92"/>
        <source>Goes to the next card of this topic</source>
        <translation>Geht zur nächsten Karte dieses Themas</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="143"/>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="344"/>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="143"/>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="344"/>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="143"/>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="344"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="143"/>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="344"/>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="148"/>
        <source>Grade the card %1 (key %2)</source>
        <translation>Karte mit „%1“ bewerten (Taste %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="300"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="308"/>
        <source>This topic has no question cards.</source>
        <translation>Dieses Thema hat keine Fragekarten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="316"/>
        <source>Card %1 of %2</source>
        <translation>Karte %1 von %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="312"/>
        <source>Interview question</source>
        <translation>Interviewfrage</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="315"/>
        <source>Practice card</source>
        <translation>Übungskarte</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="56"/>
        <source>New Card...</source>
        <translation>Neue Karte...</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="88"/>
        <source>Starts a review of every card due in the selected part of the guide</source>
        <translation>Beginnt eine Wiederholung aller fälligen Karten im gewählten Teil des Leitfadens</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="90"/>
        <source>Goes through this topic&apos;s cards once more</source>
        <translation>Geht die Karten dieses Themas noch einmal durch</translation>
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
        <location filename="../../app/ui/cards/CardPanel.cpp" line="271"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="272"/>
        <source>learning</source>
        <translation>lernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="274"/>
        <source>review</source>
        <translation>wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="304"/>
        <source>Nothing is due in this part of the guide.</source>
        <translation>In diesem Teil des Leitfadens ist nichts fällig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="306"/>
        <source>Choose a topic to practise its cards, or review what is due (Ctrl+R).</source>
        <translation>Wählen Sie ein Thema, um seine Karten zu üben, oder wiederholen Sie, was fällig ist (Strg+R).</translation>
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
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="316"/>
        <source>Review</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="321"/>
        <source>Shown early: this card is due in 1 minute. Nothing else is left, and a card due within 20 minutes may come early.</source>
        <translation>Früher gezeigt: Diese Karte ist in 1 Minute fällig. Sonst ist nichts mehr übrig, und eine Karte, die innerhalb von 20 Minuten fällig wird, darf früher kommen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="323"/>
        <source>Shown early: this card is due in %1 minutes. Nothing else is left, and a card due within 20 minutes may come early.</source>
        <translation>Früher gezeigt: Diese Karte ist in %1 Minuten fällig. Sonst ist nichts mehr übrig, und eine Karte, die innerhalb von 20 Minuten fällig wird, darf früher kommen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="329"/>
        <source>Not due until %1. Practice counts: your grade reschedules it.</source>
        <translation>Erst am %1 fällig. Üben zählt: Ihre Bewertung plant sie neu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="331"/>
        <source>Not due until %1: practice only, your grade does not change its schedule.</source>
        <translation>Erst am %1 fällig: nur Übung, Ihre Bewertung ändert ihren Plan nicht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="353"/>
        <source>again</source>
        <translation>nochmal</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="353"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="371"/>
        <source>&lt;b&gt;Round over.&lt;/b&gt; You went through the one card of this topic.</source>
        <translation>&lt;b&gt;Runde beendet.&lt;/b&gt; Sie sind die eine Karte dieses Themas durchgegangen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="372"/>
        <source>&lt;b&gt;Round over.&lt;/b&gt; You went through the %1 cards of this topic.</source>
        <translation>&lt;b&gt;Runde beendet.&lt;/b&gt; Sie sind die %1 Karten dieses Themas durchgegangen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="373"/>
        <source>Again %1 · Hard %2 · Good %3 · Easy %4</source>
        <translation>Nochmal %1 · Schwer %2 · Gut %3 · Leicht %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="375"/>
        <source>1 card was not due: practice only, its schedule is unchanged.</source>
        <translation>1 Karte war nicht fällig: nur Übung, ihr Plan bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="376"/>
        <source>%1 cards were not due: practice only, their schedule is unchanged.</source>
        <translation>%1 Karten waren nicht fällig: nur Übung, ihr Plan bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="378"/>
        <source>&lt;b&gt;Congratulations! You have finished this part for now.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Glückwunsch! Sie sind mit diesem Teil für jetzt fertig.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="380"/>
        <source>1 card answered in this review.</source>
        <translation>1 Karte in dieser Wiederholung beantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="381"/>
        <source>%1 cards answered in this review.</source>
        <translation>%1 Karten in dieser Wiederholung beantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="385"/>
        <source>The next learning card will be ready in 1 minute.</source>
        <translation>Die nächste Lernkarte ist in 1 Minute bereit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="386"/>
        <source>The next learning card will be ready in %1 minutes.</source>
        <translation>Die nächste Lernkarte ist in %1 Minuten bereit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="387"/>
        <source>1 learning card is due later today.</source>
        <translation>1 Lernkarte ist heute noch fällig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="388"/>
        <source>%1 learning cards are due later today.</source>
        <translation>%1 Lernkarten sind heute noch fällig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cards/CardPanel.cpp" line="390"/>
        <source>The next card is due %1.</source>
        <translation>Die nächste Karte ist am %1 fällig.</translation>
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
    <name>FileCommands</name>
    <message>
        <location filename="../../app/ui/window/FileCommands.cpp" line="39"/>
        <source>Anki text (*.txt)</source>
        <translation>Anki-Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/FileCommands.cpp" line="40"/>
        <source>Mnemosyne text (*.txt)</source>
        <translation>Mnemosyne-Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/FileCommands.cpp" line="42"/>
        <location filename="../../app/ui/window/FileCommands.cpp" line="48"/>
        <source>Export Cards</source>
        <translation>Karten exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/FileCommands.cpp" line="56"/>
        <location filename="../../app/ui/window/FileCommands.cpp" line="62"/>
        <source>Export Progress</source>
        <translation>Fortschritt exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/FileCommands.cpp" line="57"/>
        <source>Study Guide progress (*.json)</source>
        <translation>Study-Guide-Fortschritt (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/FileCommands.cpp" line="69"/>
        <location filename="../../app/ui/window/FileCommands.cpp" line="77"/>
        <location filename="../../app/ui/window/FileCommands.cpp" line="84"/>
        <source>Import Progress</source>
        <translation>Fortschritt importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/FileCommands.cpp" line="70"/>
        <source>Study Guide progress (*.json);;All files (*)</source>
        <translation>Study-Guide-Fortschritt (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/FileCommands.cpp" line="78"/>
        <source>%1

Import it into this guide anyway? Only items whose ids match this guide will show.</source>
        <translation>%1

Trotzdem in diesen Leitfaden importieren? Angezeigt werden nur Einträge, deren IDs zu diesem Leitfaden passen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/FileCommands.cpp" line="101"/>
        <source>Export Guide as PDF</source>
        <translation>Leitfaden als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/FileCommands.cpp" line="101"/>
        <source>Export Topic as PDF</source>
        <translation>Thema als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/FileCommands.cpp" line="102"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/FileCommands.cpp" line="112"/>
        <location filename="../../app/ui/window/FileCommands.cpp" line="117"/>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/FileCommands.cpp" line="112"/>
        <source>%1 could not be replaced.</source>
        <translation>%1 konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/FileCommands.cpp" line="117"/>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/FileCommands.cpp" line="120"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/FileCommands.cpp" line="132"/>
        <source>Print</source>
        <translation>Drucken</translation>
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
    <name>GuideLoader</name>
    <message>
        <location filename="../../app/core/guide/GuideLoader.cpp" line="377"/>
        <source>Section at line %1</source>
        <translation>Abschnitt in Zeile %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="215"/>
        <source>S&amp;ettings</source>
        <translation>Ein&amp;stellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="216"/>
        <source>Sync &amp;Folder...</source>
        <translation>&amp;Abgleichsordner …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="217"/>
        <source>Choose a folder that Syncthing or another file sync shares between your computers</source>
        <translation>Einen Ordner wählen, den Syncthing oder ein anderes Abgleichsprogramm zwischen Ihren Computern teilt</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="219"/>
        <source>Sync &amp;Now</source>
        <translation>&amp;Jetzt abgleichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="220"/>
        <source>Write your changes to the sync folder and merge those of your other computers</source>
        <translation>Ihre Änderungen in den Abgleichsordner schreiben und die Ihrer anderen Computer übernehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="222"/>
        <source>S&amp;top Syncing</source>
        <translation>Abgleich &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="223"/>
        <source>Stop syncing progress through the sync folder; your progress stays as it is</source>
        <translation>Den Fortschritt nicht mehr über den Abgleichsordner abgleichen; Ihr Fortschritt bleibt, wie er ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="56"/>
        <location filename="../../app/ui/window/MainWindow.cpp" line="258"/>
        <source>Study Guide</source>
        <translation>Study Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="62"/>
        <source>Reader</source>
        <translation>Leser</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="63"/>
        <source>The text of the selected topic</source>
        <translation>Der Text des gewählten Themas</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="95"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="101"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="117"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="352"/>
        <source>Review (%1 new · %2 learning · %3 review)</source>
        <translation>Wiederholen (%1 neu · %2 lernen · %3 wiederholen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="367"/>
        <source>%1% done · %2 of %3 cards learned · today: %4 new, %5 learning, %6 review</source>
        <translation>%1 % erledigt · %2 von %3 Karten gelernt · heute: %4 neu, %5 lernen, %6 wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="407"/>
        <source>&quot;%1&quot; is now %2.</source>
        <translation>„%1“ ist jetzt %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="409"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="410"/>
        <source>being read</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="411"/>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="72"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="73"/>
        <source>&amp;Open Guide...</source>
        <translation>Leitfaden ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="74"/>
        <source>Open a folder of Markdown files as a guide</source>
        <translation>Einen Ordner mit Markdown-Dateien als Leitfaden öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="75"/>
        <source>Restore &amp;Backup...</source>
        <translation>Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="76"/>
        <source>Go back to your progress as it was on an earlier day</source>
        <translation>Zu Ihrem Fortschritt von einem früheren Tag zurückkehren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="78"/>
        <source>Export &amp;Cards...</source>
        <translation>&amp;Karten exportieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="79"/>
        <source>Save every card of the guide as text that Anki or Mnemosyne can import</source>
        <translation>Alle Karten des Leitfadens als Text speichern, den Anki oder Mnemosyne importieren kann</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="81"/>
        <source>&amp;Export Progress...</source>
        <translation>Fortschritt e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="82"/>
        <source>Save your statuses, bookmarks, notes and review history to a file</source>
        <translation>Ihre Status, Lesezeichen, Notizen und Wiederholungen in einer Datei speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="84"/>
        <source>&amp;Import Progress...</source>
        <translation>Fortschritt &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="85"/>
        <source>Merge progress saved by Export Progress into yours</source>
        <translation>Mit „Fortschritt exportieren“ gespeicherten Fortschritt in Ihren übernehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="87"/>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="88"/>
        <source>Print the open topic with everything under it, or the whole guide</source>
        <translation>Das offene Thema mit allem darunter oder den ganzen Leitfaden drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="90"/>
        <source>Export Topic as P&amp;DF...</source>
        <translation>Thema als &amp;PDF exportieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="91"/>
        <source>Save the open topic with everything under it as a PDF file</source>
        <translation>Das offene Thema mit allem darunter als PDF-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="92"/>
        <source>Export &amp;Guide as PDF...</source>
        <translation>&amp;Leitfaden als PDF exportieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="93"/>
        <source>Save the whole guide as a PDF file</source>
        <translation>Den ganzen Leitfaden als PDF-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="95"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="95"/>
        <source>Quit Study Guide</source>
        <translation>Study Guide beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="97"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="98"/>
        <source>&amp;Search...</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="99"/>
        <source>Find topics, cards and your notes as you type</source>
        <translation>Themen, Karten und Ihre Notizen schon beim Tippen finden</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="101"/>
        <source>&amp;Find in Page...</source>
        <translation>Auf der Seite suc&amp;hen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="102"/>
        <source>Mark every match in the open topic</source>
        <translation>Alle Treffer im offenen Thema markieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="103"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="103"/>
        <source>Go to the next match in the page</source>
        <translation>Zum nächsten Treffer auf der Seite gehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="105"/>
        <source>Find Pre&amp;vious</source>
        <translation>V&amp;origer Treffer</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="106"/>
        <source>Go to the previous match in the page</source>
        <translation>Zum vorigen Treffer auf der Seite gehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="108"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="109"/>
        <source>Go back to the previous topic</source>
        <translation>Zurück zum vorigen Thema</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="111"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="112"/>
        <source>Go forward to the next topic</source>
        <translation>Vorwärts zum nächsten Thema</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="115"/>
        <source>Boo&amp;kmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="116"/>
        <source>Show the bookmarks and type to filter them</source>
        <translation>Lesezeichen zeigen und zum Filtern tippen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="117"/>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="118"/>
        <source>Switch between the reader and your progress</source>
        <translation>Zwischen Leser und Ihrem Fortschritt wechseln</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="121"/>
        <source>&amp;Study</source>
        <translation>L&amp;ernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="122"/>
        <source>&amp;Review Due Cards</source>
        <translation>Fällige Karten &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="123"/>
        <source>Walk through every card due now in the selected part of the guide</source>
        <translation>Alle jetzt fälligen Karten im gewählten Teil des Leitfadens durchgehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="126"/>
        <source>Mock &amp;Interview...</source>
        <translation>Pro&amp;beinterview …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="127"/>
        <source>Answer interview questions against the clock and grade yourself</source>
        <translation>Interviewfragen gegen die Uhr beantworten und sich selbst bewerten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="128"/>
        <source>Toggle &amp;Bookmark</source>
        <translation>&amp;Lesezeichen setzen/entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="129"/>
        <source>Bookmark the open topic, or the card shown when the cards have focus</source>
        <translation>Ein Lesezeichen für das offene Thema setzen oder für die gezeigte Karte, wenn die Karten den Fokus haben</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="132"/>
        <source>Mark as &amp;Not Started</source>
        <translation>Als &amp;nicht begonnen markieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="133"/>
        <source>Set the open topic to not started</source>
        <translation>Das offene Thema auf „nicht begonnen“ setzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="134"/>
        <source>Mark as &amp;Reading</source>
        <translation>Als &amp;in Arbeit markieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="135"/>
        <source>Set the open topic to being read</source>
        <translation>Das offene Thema auf „in Arbeit“ setzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="136"/>
        <source>Mark as &amp;Done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="137"/>
        <source>Set the open topic to done</source>
        <translation>Das offene Thema auf „erledigt“ setzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="138"/>
        <source>&amp;Practice Counts</source>
        <translation>&amp;Üben zählt</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="140"/>
        <source>Let grades of cards that are not due reschedule them (off: practice only)</source>
        <translation>Bewertungen nicht fälliger Karten planen diese neu (aus: nur Übung)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="145"/>
        <source>&amp;Scheduler Settings...</source>
        <translation>&amp;Planer-Einstellungen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="146"/>
        <source>Set the desired retention, new cards per day and FSRS weights</source>
        <translation>Gewünschte Behaltensquote, neue Karten pro Tag und FSRS-Gewichte festlegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="167"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="168"/>
        <source>Only &amp;Bookmarked Topics</source>
        <translation>Nur Themen mit &amp;Lesezeichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="170"/>
        <source>Show only the branches of the tree that hold a bookmark</source>
        <translation>Nur die Zweige des Baums zeigen, die ein Lesezeichen enthalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="173"/>
        <source>Show &amp;Answers in the Page</source>
        <translation>&amp;Antworten in der Seite zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="175"/>
        <source>Reading mode: show every card&apos;s answer in the page instead of folding it</source>
        <translation>Lesemodus: die Antwort jeder Karte in der Seite zeigen, statt sie einzuklappen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="180"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="180"/>
        <source>Make the reader&apos;s text larger</source>
        <translation>Den Text im Leser vergrößern</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="182"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="182"/>
        <source>Make the reader&apos;s text smaller</source>
        <translation>Den Text im Leser verkleinern</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="184"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="185"/>
        <source>Show the reader&apos;s text at its normal size</source>
        <translation>Den Text im Leser in normaler Größe zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="186"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="188"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="189"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="190"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="200"/>
        <source>Use the %1 colours</source>
        <translation>Die Farben „%1“ verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="206"/>
        <source>Show or hide %1</source>
        <translation>%1 zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="233"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="234"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="235"/>
        <source>List every keyboard shortcut</source>
        <translation>Alle Tastenkürzel auflisten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="236"/>
        <source>&amp;About Study Guide</source>
        <translation>Ü&amp;ber Study Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="236"/>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="237"/>
        <source>About Study Guide</source>
        <translation>Über Study Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="238"/>
        <source>&lt;h3&gt;Study Guide %1&lt;/h3&gt;&lt;p&gt;Read a guide, test yourself with its cards and see your progress. Cards are scheduled with FSRS-6.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Study Guide %1&lt;/h3&gt;&lt;p&gt;Lesen Sie einen Leitfaden, prüfen Sie sich mit seinen Karten und sehen Sie Ihren Fortschritt. Die Karten plant FSRS-6.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="243"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="257"/>
        <source>More toolbar actions</source>
        <translation>Weitere Aktionen der Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="231"/>
        <source>Your settings file could not be read; the defaults are used.</source>
        <translation>Ihre Einstellungsdatei konnte nicht gelesen werden; es gelten die Standardwerte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="283"/>
        <source>Could not open the guide: %1</source>
        <translation>Der Leitfaden konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="318"/>
        <source>Open Guide</source>
        <translation>Leitfaden öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainWindow.cpp" line="356"/>
        <source>Review</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="149"/>
        <source>&amp;Cards</source>
        <translation>&amp;Karten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="150"/>
        <source>&amp;New Card...</source>
        <translation>&amp;Neue Karte...</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="152"/>
        <source>Make a card of your own for the open topic, from the text selected in the reader</source>
        <translation>Eine eigene Karte zum offenen Thema anlegen, aus dem im Leser markierten Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="154"/>
        <source>&amp;Edit Card...</source>
        <translation>Karte &amp;bearbeiten...</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="155"/>
        <source>Change the card of your own shown in the cards panel</source>
        <translation>Die angezeigte eigene Karte ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="156"/>
        <source>&amp;Delete Card...</source>
        <translation>Karte &amp;löschen...</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="158"/>
        <source>Delete the card of your own shown in the cards panel; its review history is kept</source>
        <translation>Die angezeigte eigene Karte löschen; ihr Wiederholungsverlauf bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="161"/>
        <source>Cards for the &amp;Whole Guide</source>
        <translation>Karten für den &amp;ganzen Leitfaden</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/MainActions.cpp" line="163"/>
        <source>Practise your cards made for the whole guide, and those whose topic is no longer in it</source>
        <translation>Ihre Karten für den ganzen Leitfaden üben, und die, deren Thema nicht mehr darin ist</translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <location filename="../../app/core/render/MarkdownRenderer.cpp" line="338"/>
        <source>Show answer</source>
        <translation>Antwort zeigen</translation>
    </message>
    <message>
        <location filename="../../app/core/render/MarkdownRenderer.cpp" line="339"/>
        <source>Hide answer</source>
        <translation>Antwort verbergen</translation>
    </message>
</context>
<context>
    <name>MockInterviewDialog</name>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="75"/>
        <source>Mock Interview</source>
        <translation>Probeinterview</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="76"/>
        <source>Mock interview</source>
        <translation>Probeinterview</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="110"/>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="118"/>
        <source>Interview question</source>
        <translation>Interviewfrage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="123"/>
        <source>Your notes</source>
        <translation>Ihre Notizen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="124"/>
        <source>Answer aloud, or type notes here (Tab)</source>
        <translation>Antworten Sie laut oder notieren Sie hier Stichpunkte (Tab)</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="128"/>
        <source>&amp;Reveal Answer</source>
        <translation>Antwort &amp;aufdecken</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="129"/>
        <source>Show the sample answer (Space, or Ctrl+Return from the notes)</source>
        <translation>Die Musterantwort zeigen (Leertaste oder Strg+Eingabe in den Notizen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="130"/>
        <source>Shows the sample answer; Space or Ctrl+Return</source>
        <translation>Zeigt die Musterantwort; Leertaste oder Strg+Eingabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="138"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="185"/>
        <source>&amp;End Interview</source>
        <translation>Interview &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="165"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="340"/>
        <source>Sample answer</source>
        <translation>Musterantwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="174"/>
        <source>What to look for</source>
        <translation>Worauf es ankommt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="176"/>
        <source>Space ticks a point your answer covered; 1 to 4 grade the answer</source>
        <translation>Leertaste hakt einen Punkt ab, den Ihre Antwort abgedeckt hat; 1 bis 4 bewerten die Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="189"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="363"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="434"/>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="189"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="363"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="434"/>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="189"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="363"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="434"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="189"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="363"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="434"/>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="191"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="369"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="194"/>
        <source>Grade your answer %1 (key %2)</source>
        <translation>Ihre Antwort mit „%1“ bewerten (Taste %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="206"/>
        <source>&amp;What to look for (tick what you covered):</source>
        <translation>&amp;Worauf es ankommt (haken Sie ab, was Sie abgedeckt haben):</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="229"/>
        <source>Results by category</source>
        <translation>Ergebnisse nach Kategorie</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="238"/>
        <source>Results by question</source>
        <translation>Ergebnisse nach Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="248"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="254"/>
        <source>How it went</source>
        <translation>Wie es lief</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="257"/>
        <source>A question&apos;s score is the mean of your grade (Again 0 %, Hard 33 %, Good 67 %, Easy 100 %) and the share of its points you covered.</source>
        <translation>Die Wertung einer Frage ist der Mittelwert aus Ihrer Bewertung (Nochmal 0 %, Schwer 33 %, Gut 67 %, Leicht 100 %) und dem Anteil ihrer Punkte, die Sie abgedeckt haben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="306"/>
        <source>Question %1 of %2 · %3</source>
        <translation>Frage %1 von %2 · %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="336"/>
        <source>time is up</source>
        <translation>Zeit abgelaufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="337"/>
        <source>answered in %1</source>
        <translation>beantwortet in %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="343"/>
        <source>Your notes: %1</source>
        <translation>Ihre Notizen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="356"/>
        <source>Red flags (not points to cover): %1</source>
        <translation>Warnsignale (keine abzudeckenden Punkte): %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="368"/>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="370"/>
        <source>%1, next in %2</source>
        <translation>%1, wieder in %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="406"/>
        <source>Saved to your progress; your grades count as reviews of these cards.</source>
        <translation>In Ihrem Fortschritt gespeichert; Ihre Bewertungen zählen als Wiederholungen dieser Karten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="407"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="408"/>
        <source>the progress file cannot be written.</source>
        <translation>die Fortschrittsdatei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="411"/>
        <source>No question was graded, so there is nothing to save.</source>
        <translation>Keine Frage wurde bewertet, daher gibt es nichts zu speichern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="416"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="432"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="416"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="416"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="432"/>
        <source>Score</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="416"/>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="432"/>
        <source>Points covered</source>
        <translation>Abgedeckte Punkte</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="416"/>
        <source>Time used</source>
        <translation>Benötigte Zeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="426"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="432"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="432"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="432"/>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="444"/>
        <source>%1 (time ran out)</source>
        <translation>%1 (Zeit abgelaufen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="451"/>
        <source>missed (ended before a grade)</source>
        <translation>verpasst (vor der Bewertung beendet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/MockInterviewDialog.cpp" line="451"/>
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
    <name>NotesEditor</name>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="27"/>
        <source>Your notes on this topic (Markdown). They are saved as you type.</source>
        <translation>Ihre Notizen zu diesem Thema (Markdown). Sie werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="28"/>
        <source>Your notes</source>
        <translation>Ihre Notizen</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="29"/>
        <source>A personal note on the open topic, saved as you type</source>
        <translation>Eine persönliche Notiz zum offenen Thema, beim Tippen gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="39"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="45"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="50"/>
        <source>Show the note rendered (%1)</source>
        <translation>Die Notiz formatiert zeigen (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="52"/>
        <source>Note saved state</source>
        <translation>Speicherstand der Notiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="66"/>
        <source>Your notes, rendered</source>
        <translation>Ihre Notizen, formatiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="91"/>
        <source>Read-only</source>
        <translation>Nur lesbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="141"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="145"/>
        <source>the progress file refused it</source>
        <translation>die Fortschrittsdatei hat sie abgelehnt</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="146"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="197"/>
        <source>No notes on this topic yet.</source>
        <translation>Noch keine Notizen zu diesem Thema.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="105"/>
        <source>Changed on another computer; your unsaved text here is kept and saved over it.</source>
        <translation>Auf einem anderen Computer geändert; Ihr ungespeicherter Text hier bleibt erhalten und wird darüber gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/NotesEditor.cpp" line="118"/>
        <source>Updated from another computer</source>
        <translation>Von einem anderen Computer aktualisiert</translation>
    </message>
</context>
<context>
    <name>OwnCards</name>
    <message>
        <location filename="../../app/core/progress/OwnCards.cpp" line="80"/>
        <source>This guide has no question cards yet. Add your own: select text in the reader and make a card of it, or write a heading that starts with &quot;Q:&quot; in the guide, with its answer below it.</source>
        <translation>Dieser Leitfaden hat noch keine Fragekarten. Legen Sie eigene an: Markieren Sie Text im Leser und machen Sie daraus eine Karte, oder schreiben Sie im Leitfaden eine Überschrift, die mit &quot;Q:&quot; beginnt, mit der Antwort darunter.</translation>
    </message>
</context>
<context>
    <name>ProgressArchive</name>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="137"/>
        <source>Your progress cannot be exported: %1</source>
        <translation>Ihr Fortschritt kann nicht exportiert werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="143"/>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="149"/>
        <source>Your progress cannot be written to %1: %2.</source>
        <translation>Ihr Fortschritt kann nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="173"/>
        <source>%1 was not imported: %2.</source>
        <translation>%1 wurde nicht importiert: %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="180"/>
        <source>your progress file is not open for writing</source>
        <translation>Ihre Fortschrittsdatei ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="184"/>
        <source>it cannot be read (%1)</source>
        <translation>sie kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="188"/>
        <source>it is larger than %1, too large for a progress file</source>
        <translation>sie ist größer als %1, zu groß für eine Fortschrittsdatei</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="200"/>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>sie ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="201"/>
        <source>it is not a Study Guide progress file</source>
        <translation>sie ist keine Fortschrittsdatei von Study Guide</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="209"/>
        <source>it holds progress for the guide &quot;%1&quot;, not for &quot;%2&quot;</source>
        <translation>sie enthält Fortschritt für den Leitfaden „%1“, nicht für „%2“</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchive.cpp" line="215"/>
        <source>your progress file could not be written, so nothing was changed</source>
        <translation>Ihre Fortschrittsdatei konnte nicht geschrieben werden, daher wurde nichts geändert</translation>
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
        <location filename="../../app/core/exchange/ProgressArchiveFormat.cpp" line="186"/>
        <source>it is not a Study Guide progress file</source>
        <translation>sie ist keine Fortschrittsdatei von Study Guide</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchiveFormat.cpp" line="192"/>
        <source>its format version is missing or not a whole number</source>
        <translation>ihre Formatversion fehlt oder ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchiveFormat.cpp" line="196"/>
        <source>it was written by a newer version of Study Guide (format version %1; this version reads up to %2)</source>
        <translation>sie stammt von einer neueren Version von Study Guide (Formatversion %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchiveFormat.cpp" line="205"/>
        <source>it does not say which guide it belongs to</source>
        <translation>sie gibt nicht an, zu welchem Leitfaden sie gehört</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchiveFormat.cpp" line="215"/>
        <source>&quot;%1&quot; is not a list</source>
        <translation>„%1“ ist keine Liste</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchiveFormat.cpp" line="222"/>
        <source>entry %1 of &quot;%2&quot; is not an object</source>
        <translation>Eintrag %1 von „%2“ ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchiveFormat.cpp" line="228"/>
        <source>entry %1 of &quot;%2&quot; has no valid &quot;%3&quot;</source>
        <translation>Eintrag %1 von „%2“ hat kein gültiges „%3“</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ProgressArchiveFormat.cpp" line="232"/>
        <source>entry %1 of &quot;%2&quot; repeats an earlier one</source>
        <translation>Eintrag %1 von „%2“ wiederholt einen früheren</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="177"/>
        <source>Your progress file %1 cannot be read (%2); progress is not saved this time.</source>
        <translation>Ihre Fortschrittsdatei %1 kann nicht gelesen werden (%2); der Fortschritt wird diesmal nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="182"/>
        <source>%1 is not a Study Guide progress file; it was left untouched and progress is not saved this time. Move it away to start afresh.</source>
        <translation>%1 ist keine Fortschrittsdatei von Study Guide; sie bleibt unverändert, und der Fortschritt wird diesmal nicht gespeichert. Verschieben Sie sie, um neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="197"/>
        <source>Your progress file %1 is damaged, and Study Guide is already open with it; close every Study Guide window and start again to recover it.</source>
        <translation>Ihre Fortschrittsdatei %1 ist beschädigt, und Study Guide ist damit bereits geöffnet; schließen Sie alle Fenster von Study Guide und starten Sie neu, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="210"/>
        <source>Your progress file %1 is damaged and could not be moved aside; it was left as it is and progress is not saved this time.</source>
        <translation>Ihre Fortschrittsdatei %1 ist beschädigt und konnte nicht beiseitegelegt werden; sie bleibt, wie sie ist, und der Fortschritt wird diesmal nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="221"/>
        <source>Your progress file was damaged. It was moved to %1 and your progress from %2 was restored.</source>
        <translation>Ihre Fortschrittsdatei war beschädigt. Sie wurde nach %1 verschoben, und Ihr Fortschritt vom %2 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="227"/>
        <source>Your progress file was damaged and there was no backup to restore, so your progress starts afresh. The damaged file was moved to %1.</source>
        <translation>Ihre Fortschrittsdatei war beschädigt, und es gab keine Sicherung zum Wiederherstellen, daher beginnt Ihr Fortschritt neu. Die beschädigte Datei wurde nach %1 verschoben.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="271"/>
        <source>Your progress file %1 cannot be opened: %2</source>
        <translation>Ihre Fortschrittsdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="277"/>
        <source>%1 is damaged or not a Study Guide progress file (%2); it was left untouched.</source>
        <translation>%1 ist beschädigt oder keine Fortschrittsdatei von Study Guide (%2); sie bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="285"/>
        <source>Your progress file was written by a newer version of Study Guide; this version only reads the guide and will not change the file.</source>
        <translation>Ihre Fortschrittsdatei stammt von einer neueren Version von Study Guide; diese Version zeigt nur den Leitfaden und ändert die Datei nicht.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="291"/>
        <source>Your data folder %1 cannot be written: your progress is shown as it was saved, and nothing new is saved (read-only) until the folder can be written again.</source>
        <translation>Ihr Datenordner %1 kann nicht beschrieben werden: Ihr Fortschritt wird so gezeigt, wie er gespeichert wurde, und nichts Neues wird gespeichert (schreibgeschützt), bis der Ordner wieder beschrieben werden kann.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="300"/>
        <source>Study Guide is already open with this progress file; this window is read-only.</source>
        <translation>Study Guide ist mit dieser Fortschrittsdatei bereits geöffnet; dieses Fenster kann nichts speichern.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="312"/>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="322"/>
        <source>Your progress file could not be upgraded (%1); it was left as it was.</source>
        <translation>Ihre Fortschrittsdatei konnte nicht aktualisiert werden (%1); sie bleibt, wie sie war.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="360"/>
        <source>Study Guide is already open with this progress file elsewhere.</source>
        <translation>Study Guide ist mit dieser Fortschrittsdatei bereits an anderer Stelle geöffnet.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="365"/>
        <source>%1 is damaged or not a Study Guide progress file.</source>
        <translation>%1 ist beschädigt oder keine Fortschrittsdatei von Study Guide.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="374"/>
        <source>Your progress file could not be moved aside, so nothing was changed.</source>
        <translation>Ihre Fortschrittsdatei konnte nicht beiseitegelegt werden, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="385"/>
        <source>The backup could not be copied (%1), so nothing was changed.</source>
        <translation>Die Sicherung konnte nicht kopiert werden (%1), daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="442"/>
        <source>Your progress could not be saved (%1). Study Guide goes on read-only; everything saved before is kept. Free some space or check the folder %2, then restart.</source>
        <translation>Ihr Fortschritt konnte nicht gespeichert werden (%1). Study Guide arbeitet schreibgeschützt weiter; alles bisher Gespeicherte bleibt erhalten. Geben Sie Speicherplatz frei oder prüfen Sie den Ordner %2 und starten Sie dann neu.</translation>
    </message>
    <message>
        <location filename="../../app/core/progress/ProgressStore.cpp" line="444"/>
        <source>the file could not be written</source>
        <translation>die Datei konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="36"/>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="37"/>
        <source>%p% of the guide</source>
        <translation>%p % des Leitfadens</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="48"/>
        <source>Progress by chapter</source>
        <translation>Fortschritt nach Kapitel</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="58"/>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="195"/>
        <source>Interview history</source>
        <translation>Interview-Verlauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="80"/>
        <source>Your Progress</source>
        <translation>Ihr Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="116"/>
        <source>The chart of reviews cannot be shown: %1</source>
        <translation>Das Diagramm der Wiederholungen kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="122"/>
        <source>Reviews per day, last %1 days</source>
        <translation>Wiederholungen pro Tag, letzte %1 Tage</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="124"/>
        <source>Reviews per day over the last %1 days</source>
        <translation>Wiederholungen pro Tag in den letzten %1 Tagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="149"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="149"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="150"/>
        <source>%1 of %2 cards learned. Due today: %3. Due this week: %4. Streak: %5.</source>
        <translation>%1 von %2 Karten gelernt. Heute fällig: %3. Diese Woche fällig: %4. Serie: %5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="159"/>
        <source>Chapter</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="159"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="159"/>
        <source>Cards learned</source>
        <translation>Gelernte Karten</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="159"/>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="159"/>
        <source>Predicted recall</source>
        <translation>Erwartete Erinnerung</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="171"/>
        <source>not yet reviewed</source>
        <translation>noch nicht wiederholt</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="196"/>
        <source>(none yet: Study &gt; Mock Interview starts one)</source>
        <translation>(noch keines: Lernen &gt; Probeinterview startet eines)</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="197"/>
        <source>(1 interview)</source>
        <translation>(1 Interview)</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="198"/>
        <source>(%1 interviews)</source>
        <translation>(%1 Interviews)</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="201"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="201"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="201"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="201"/>
        <source>Score</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="201"/>
        <source>Points covered</source>
        <translation>Abgedeckte Punkte</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress/ProgressView.cpp" line="201"/>
        <source>Time used</source>
        <translation>Benötigte Zeit</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/main.cpp" line="463"/>
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
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="24"/>
        <source>Scheduler Settings</source>
        <translation>Planer-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="29"/>
        <source>Desired retention</source>
        <translation>Gewünschte Behaltensquote</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="30"/>
        <source>The chance of remembering a card when it comes due; higher means more reviews</source>
        <translation>Die Wahrscheinlichkeit, eine Karte bei Fälligkeit noch zu wissen; höher bedeutet mehr Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="33"/>
        <source>New cards per day</source>
        <translation>Neue Karten pro Tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="36"/>
        <source>:00</source>
        <translation>:00 Uhr</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="37"/>
        <source>Next day starts at</source>
        <translation>Der nächste Tag beginnt um</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="38"/>
        <source>The hour, in local time, at which a new study day begins</source>
        <translation>Die Stunde (Ortszeit), zu der ein neuer Lerntag beginnt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="40"/>
        <source>FSRS weights</source>
        <translation>FSRS-Gewichte</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="41"/>
        <source>21 numbers separated by commas, as an FSRS optimiser gives them</source>
        <translation>21 durch Kommas getrennte Zahlen, wie ein FSRS-Optimierer sie ausgibt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="47"/>
        <source>Desired &amp;retention:</source>
        <translation>Gewünschte &amp;Behaltensquote:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="48"/>
        <source>&amp;New cards per day:</source>
        <translation>&amp;Neue Karten pro Tag:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="49"/>
        <source>Next &amp;day starts at:</source>
        <translation>Nächster &amp;Tag beginnt um:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="50"/>
        <source>FSRS &amp;weights:</source>
        <translation>FSRS-&amp;Gewichte:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="51"/>
        <source>Retention is the chance you still know a card when it comes due: 0.90 is a good balance; 0.95 asks for many more reviews. Leave the weights alone unless you have optimised your own with an FSRS optimiser.</source>
        <translation>Die Behaltensquote ist die Wahrscheinlichkeit, dass Sie eine Karte bei Fälligkeit noch wissen: 0,90 ist ein guter Ausgleich; 0,95 verlangt viel mehr Wiederholungen. Ändern Sie die Gewichte nur, wenn Sie eigene mit einem FSRS-Optimierer ermittelt haben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/SchedulerSettingsDialog.cpp" line="84"/>
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
        <location filename="../../app/ui/search/SearchPopup.cpp" line="173"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="174"/>
        <source>Searches the guide&apos;s topics and cards and your notes</source>
        <translation>Durchsucht die Themen und Karten des Leitfadens und Ihre Notizen</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="177"/>
        <source>Search topics, cards and notes</source>
        <translation>Themen, Karten und Notizen durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="179"/>
        <source>Search query</source>
        <translation>Suchbegriff</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="181"/>
        <source>Results appear as you type; Up and Down choose one, Enter opens it, Escape closes</source>
        <translation>Ergebnisse erscheinen beim Tippen; Pfeil hoch und runter wählen eines, Eingabe öffnet es, Esc schließt</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="184"/>
        <source>How many results the search found</source>
        <translation>Wie viele Ergebnisse die Suche gefunden hat</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="196"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="197"/>
        <source>Enter or a click opens the chosen result</source>
        <translation>Eingabe oder ein Klick öffnet das gewählte Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="219"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="221"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="223"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="232"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="274"/>
        <source>Indexing...</source>
        <translation>Indizieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="279"/>
        <source>Type to search topics, cards and notes</source>
        <translation>Tippen, um Themen, Karten und Notizen zu durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="286"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="288"/>
        <source>1 result</source>
        <translation>1 Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/SearchPopup.cpp" line="288"/>
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
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="82"/>
        <source>Bookmarks panel</source>
        <translation>Lesezeichen-Leiste</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="84"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="84"/>
        <source>Edit the note of the selected bookmark</source>
        <translation>Die Notiz des gewählten Lesezeichens bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="84"/>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ShortcutsDialog.cpp" line="103"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>StudySession</name>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="211"/>
        <source>Review: whole guide</source>
        <translation>Wiederholung: ganzer Leitfaden</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="211"/>
        <source>Review: %1</source>
        <translation>Wiederholung: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="224"/>
        <source>Cards for the whole guide</source>
        <translation>Karten für den ganzen Leitfaden</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="288"/>
        <location filename="../../app/core/session/StudySession.cpp" line="451"/>
        <source>No guide is open.</source>
        <translation>Es ist kein Leitfaden geöffnet.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="290"/>
        <location filename="../../app/core/session/StudySession.cpp" line="304"/>
        <source>A card needs a prompt.</source>
        <translation>Eine Karte braucht eine Frage.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="294"/>
        <location filename="../../app/core/session/StudySession.cpp" line="315"/>
        <source>The card could not be saved.</source>
        <translation>Die Karte konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="297"/>
        <source>Added your card to the guide.</source>
        <translation>Ihre Karte wurde zum Leitfaden hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="298"/>
        <source>Added your card to &quot;%1&quot;.</source>
        <translation>Ihre Karte wurde zu &quot;%1&quot; hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="310"/>
        <source>Only cards you made yourself can be edited here; edit the guide&apos;s own in its files.</source>
        <translation>Nur selbst angelegte Karten lassen sich hier bearbeiten; die des Leitfadens bearbeiten Sie in seinen Dateien.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="316"/>
        <source>Your card was changed.</source>
        <translation>Ihre Karte wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="322"/>
        <source>Only cards you made yourself can be deleted; the guide&apos;s own live in its files.</source>
        <translation>Nur selbst angelegte Karten lassen sich löschen; die des Leitfadens stehen in seinen Dateien.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="327"/>
        <source>The card could not be deleted.</source>
        <translation>Die Karte konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="328"/>
        <source>Your card was deleted. Its review history is kept.</source>
        <translation>Ihre Karte wurde gelöscht. Ihr Wiederholungsverlauf bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="374"/>
        <source>The bookmark could not be saved.</source>
        <translation>Das Lesezeichen konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="377"/>
        <source>Bookmarked the card &quot;%1&quot;. Add a note on why in the Bookmarks panel (F2).</source>
        <translation>Lesezeichen auf die Karte „%1“ gesetzt. Notieren Sie in der Lesezeichenleiste, warum (F2).</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="378"/>
        <source>Removed the bookmark on the card &quot;%1&quot;.</source>
        <translation>Lesezeichen auf der Karte „%1“ entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="379"/>
        <source>Bookmarked &quot;%1&quot;. Add a note on why in the Bookmarks panel (F2).</source>
        <translation>Lesezeichen für „%1“ gesetzt. Eine Notiz zum Grund fügen Sie im Lesezeichen-Bereich hinzu (F2).</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="380"/>
        <source>Removed the bookmark on &quot;%1&quot;.</source>
        <translation>Lesezeichen für „%1“ entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="485"/>
        <source>The backup from %1 could not be restored: %2</source>
        <translation>Die Sicherung vom %1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="492"/>
        <source>Your progress from %1 was restored.</source>
        <translation>Ihr Fortschritt vom %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/StudySession.cpp" line="493"/>
        <source>Your progress from %1 was restored. The progress it replaced was kept in %2.</source>
        <translation>Ihr Fortschritt vom %1 wurde wiederhergestellt. Der ersetzte Fortschritt wurde in %2 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>SyncControls</name>
    <message>
        <location filename="../../app/ui/sync/SyncControls.cpp" line="22"/>
        <source>Sync status</source>
        <translation>Abgleichsstatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/SyncControls.cpp" line="39"/>
        <source>Sync Folder</source>
        <translation>Abgleichsordner</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/SyncControls.cpp" line="50"/>
        <source>No sync folder is set: choose one with Settings &gt; Sync Folder.</source>
        <translation>Kein Abgleichsordner ist festgelegt: Wählen Sie einen unter Einstellungen &gt; Abgleichsordner.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/SyncControls.cpp" line="55"/>
        <source>Synced with %1.</source>
        <translation>Mit %1 abgeglichen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/SyncControls.cpp" line="63"/>
        <source>Progress is no longer synced. What was synced stays in your progress.</source>
        <translation>Der Fortschritt wird nicht mehr abgeglichen. Was schon abgeglichen wurde, bleibt in Ihrem Fortschritt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/SyncControls.cpp" line="82"/>
        <source>Sync folder: %1</source>
        <translation>Abgleichsordner: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync/SyncControls.cpp" line="29"/>
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
        <location filename="../../app/ui/sync/SyncDevicesView.cpp" line="32"/>
        <location filename="../../app/ui/sync/SyncDevicesView.cpp" line="79"/>
        <source>Synced devices</source>
        <translation>Abgeglichene Geräte</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/SyncDevicesView.cpp" line="63"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/SyncDevicesView.cpp" line="63"/>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/SyncDevicesView.cpp" line="63"/>
        <source>Last merged</source>
        <translation>Zuletzt übernommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/SyncDevicesView.cpp" line="63"/>
        <source>Reviews</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/SyncDevicesView.cpp" line="67"/>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/SyncDevicesView.cpp" line="70"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/SyncDevicesView.cpp" line="72"/>
        <source>%1 (this device)</source>
        <translation>%1 (dieses Gerät)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/SyncDevicesView.cpp" line="80"/>
        <source>(1 other device)</source>
        <translation>(1 anderes Gerät)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/SyncDevicesView.cpp" line="80"/>
        <source>(%1 other devices)</source>
        <translation>(%1 andere Geräte)</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../../app/core/sync/SyncEngine.cpp" line="65"/>
        <source>No sync folder is set.</source>
        <translation>Kein Abgleichsordner ist festgelegt.</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncEngine.cpp" line="67"/>
        <source>Progress cannot be synced while the progress file is read-only: %1</source>
        <translation>Der Fortschritt kann nicht abgeglichen werden, solange die Fortschrittsdatei schreibgeschützt ist: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncEngine.cpp" line="68"/>
        <source>it is not open.</source>
        <translation>sie ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncEngine.cpp" line="72"/>
        <source>The sync folder %1 does not exist; was it removed, or is its disk not mounted?</source>
        <translation>Der Abgleichsordner %1 existiert nicht; wurde er entfernt, oder ist sein Laufwerk nicht eingehängt?</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncEngine.cpp" line="94"/>
        <source>Skipped %1 in the sync folder: %2. It is read again when it changes.</source>
        <translation>%1 im Abgleichsordner übersprungen: %2. Die Datei wird erneut gelesen, sobald sie sich ändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncEngine.cpp" line="99"/>
        <source>it is too large to be a journal segment</source>
        <translation>sie ist zu groß für ein Journalsegment</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncEngine.cpp" line="116"/>
        <source>it belongs to another guide or device than the folder it is in</source>
        <translation>sie gehört zu einem anderen Leitfaden oder Gerät als der Ordner, in dem sie liegt</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncEngine.cpp" line="124"/>
        <source>Your progress file could not be opened for the merge.</source>
        <translation>Ihre Fortschrittsdatei konnte für das Zusammenführen nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncEngine.cpp" line="151"/>
        <source>Another installation writes to the sync folder under this device&apos;s id (a progress file restored from a backup or copied?). This one now syncs as a new device, and nothing of either is lost.</source>
        <translation>Eine andere Installation schreibt unter der Kennung dieses Geräts in den Abgleichsordner (eine aus einer Sicherung wiederhergestellte oder kopierte Fortschrittsdatei?). Diese Installation gleicht nun als neues Gerät ab, und von beiden geht nichts verloren.</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncEngine.cpp" line="184"/>
        <source>The changes of other devices could not be merged into your progress file; nothing was changed.</source>
        <translation>Die Änderungen anderer Geräte konnten nicht in Ihre Fortschrittsdatei übernommen werden; nichts wurde verändert.</translation>
    </message>
</context>
<context>
    <name>SyncFolder</name>
    <message>
        <location filename="../../app/core/sync/SyncFolder.cpp" line="110"/>
        <source>The sync folder %1 cannot be created or written.</source>
        <translation>Der Abgleichsordner %1 kann nicht angelegt oder beschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncFolder.cpp" line="115"/>
        <source>The sync folder %1 cannot be written (%2).</source>
        <translation>In den Abgleichsordner %1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncFolder.cpp" line="121"/>
        <source>A journal segment could not be written to %1 (%2); is the disk full?</source>
        <translation>Ein Journalsegment konnte nicht nach %1 geschrieben werden (%2); ist das Laufwerk voll?</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncFolder.cpp" line="126"/>
        <source>A journal segment could not be renamed into place in %1.</source>
        <translation>Ein Journalsegment konnte in %1 nicht unter seinen Namen umbenannt werden.</translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <location filename="../../app/core/sync/SyncScheduler.cpp" line="112"/>
        <source>A sync pass is running.</source>
        <translation>Ein Abgleich läuft gerade.</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncScheduler.cpp" line="113"/>
        <source>No guide is open.</source>
        <translation>Kein Leitfaden ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncScheduler.cpp" line="114"/>
        <source>No sync folder is set.</source>
        <translation>Kein Abgleichsordner ist festgelegt.</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncScheduler.cpp" line="203"/>
        <source>Sync failed: %1</source>
        <translation>Abgleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncScheduler.cpp" line="205"/>
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncScheduler.cpp" line="210"/>
        <source>no other device yet</source>
        <translation>noch kein anderes Gerät</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncScheduler.cpp" line="211"/>
        <source>1 other device</source>
        <translation>1 anderes Gerät</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncScheduler.cpp" line="212"/>
        <source>%1 other devices</source>
        <translation>%1 andere Geräte</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncScheduler.cpp" line="213"/>
        <source>Synced %1 · %2</source>
        <translation>Abgeglichen %1 · %2</translation>
    </message>
</context>
<context>
    <name>SyncSegment</name>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="103"/>
        <source>unknown kind %1</source>
        <translation>unbekannte Art %1</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="105"/>
        <source>an event without an item</source>
        <translation>ein Ereignis ohne Eintrag</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="107"/>
        <source>a clock value out of range</source>
        <translation>ein Uhrwert außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="109"/>
        <source>a time out of range</source>
        <translation>eine Zeit außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="113"/>
        <source>a rating out of range</source>
        <translation>eine Bewertung außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="117"/>
        <source>a status out of range</source>
        <translation>ein Status außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="121"/>
        <source>a bookmark of an unknown kind of item</source>
        <translation>ein Lesezeichen auf eine unbekannte Art von Eintrag</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="125"/>
        <source>an own card whose id is not one</source>
        <translation>eine eigene Karte mit ungültiger Kennung</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="129"/>
        <source>a task state out of range</source>
        <translation>ein Aufgabenstand außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="182"/>
        <source>not a journal segment</source>
        <translation>kein Journalsegment</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="184"/>
        <source>larger than a segment can be</source>
        <translation>größer, als ein Segment sein kann</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="189"/>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="196"/>
        <source>cut short</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="192"/>
        <source>written by a newer version (format %1)</source>
        <translation>von einer neueren Version geschrieben (Format %1)</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="194"/>
        <source>format version 0</source>
        <translation>Formatversion 0</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="201"/>
        <source>its checksum does not match (truncated or damaged)</source>
        <translation>ihre Prüfsumme stimmt nicht (abgeschnitten oder beschädigt)</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="213"/>
        <source>its header is malformed</source>
        <translation>ihr Kopf ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="215"/>
        <source>its header names no guide or no device</source>
        <translation>ihr Kopf nennt keinen Leitfaden oder kein Gerät</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="217"/>
        <source>its range of events is impossible</source>
        <translation>ihr Ereignisbereich ist unmöglich</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="219"/>
        <source>it claims more events than it holds</source>
        <translation>sie gibt mehr Ereignisse an, als sie enthält</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="232"/>
        <source>event %1 is malformed</source>
        <translation>Ereignis %1 ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="234"/>
        <source>event %1 is out of order</source>
        <translation>Ereignis %1 steht nicht in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="240"/>
        <source>event %1 has unknown flags</source>
        <translation>Ereignis %1 hat unbekannte Kennzeichen</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="243"/>
        <source>event %1: %2</source>
        <translation>Ereignis %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="247"/>
        <source>it holds text that is not UTF-8</source>
        <translation>sie enthält Text, der kein UTF-8 ist</translation>
    </message>
    <message>
        <location filename="../../app/core/sync/SyncSegment.cpp" line="249"/>
        <source>it has bytes after its last event</source>
        <translation>sie hat Bytes nach ihrem letzten Ereignis</translation>
    </message>
</context>
<context>
    <name>TopicReader</name>
    <message>
        <location filename="../../app/ui/reader/TopicReader.cpp" line="212"/>
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
    <name>TopicTreeView</name>
    <message>
        <location filename="../../app/ui/tree/TopicTreeView.cpp" line="22"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tree/TopicTreeView.cpp" line="23"/>
        <source>The guide&apos;s topics with your progress; Enter or a click opens one</source>
        <translation>Die Themen des Leitfadens mit Ihrem Fortschritt; Eingabe oder ein Klick öffnet eines</translation>
    </message>
</context>
</TS>
