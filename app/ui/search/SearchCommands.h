#pragma once

#include <QObject>

class FindBar;
class SearchIndexBuilder;
class SearchPopup;
class StudySession;
class TopicReader;
struct SearchHit;
class QBoxLayout;
class QWidget;

// The window's ways to find things: the guide's search index (built once the window is on
// screen), Ctrl+K's popup, the find bar under the reader and F3. Which topic a hit opens is the
// window's business; this marks the query's words in the page once it is open.
class SearchCommands : public QObject
{
    Q_OBJECT

public:
    // The find bar, once made, goes at the end of READERLAYOUT.
    SearchCommands(StudySession &session, TopicReader &reader, QBoxLayout &readerLayout, QWidget *window);

    SearchIndexBuilder &index() const { return *m_index; }
    // Indexes the guide and the notes afresh, e.g. after either changed wholesale.
    void reindex();
    // Indexes them unless an index is built or being built.
    void ensureIndex();

    // Created on first use (Ctrl+K); shown across the top of ANCHOR.
    SearchPopup *popup();
    void showPopup(QWidget *anchor);

    // Created on first use (Ctrl+F), under the reader.
    FindBar *findBar();
    void openFindBar();
    // Searches the page again after another topic opened, if the bar is there.
    void pageChanged();
    // F3 and Shift+F3 also walk the words a search marked, with the find bar never opened.
    void stepMatch(bool backward);

    // Marks QUERY's words in the page, as the search matched them.
    void markQuery(const QString &query);

signals:
    // A hit was chosen in the popup for QUERY.
    void hitActivated(const SearchHit &hit, const QString &query);

private:
    StudySession &m_session;
    TopicReader &m_reader;
    QBoxLayout &m_readerLayout;
    QWidget *m_window;
    SearchIndexBuilder *m_index;
    SearchPopup *m_popup = nullptr;
    FindBar *m_findBar = nullptr;
};
