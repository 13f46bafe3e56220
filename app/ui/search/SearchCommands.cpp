#include "SearchCommands.h"

#include "FindBar.h"
#include "QueryWords.h"
#include "SearchIndexBuilder.h"
#include "SearchPopup.h"
#include "StudySession.h"
#include "TopicReader.h"

#include <QBoxLayout>
#include <QLineEdit>

SearchCommands::SearchCommands(StudySession &session, TopicReader &reader, QBoxLayout &readerLayout, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_reader(reader)
    , m_readerLayout(readerLayout)
    , m_window(window)
    , m_index(new SearchIndexBuilder(this))
{
}

void SearchCommands::reindex()
{
    if (const Guide *guide = m_session.guide())
        m_index->start(SearchSource::fromGuide(*guide, m_session.notes()));
}

void SearchCommands::ensureIndex()
{
    if (!m_index->isBuilding() && !m_index->isReady())
        reindex();
}

SearchPopup *SearchCommands::popup()
{
    if (!m_popup) {
        m_popup = new SearchPopup(*m_index, m_window);
        connect(m_popup, &SearchPopup::hitActivated, this,
                [this](const SearchHit &hit) { emit hitActivated(hit, m_popup->queryEdit()->text()); });
    }
    return m_popup;
}

void SearchCommands::showPopup(QWidget *anchor)
{
    ensureIndex();
    popup()->popup(anchor);
}

FindBar *SearchCommands::findBar()
{
    if (!m_findBar) {
        m_findBar = new FindBar(m_reader, m_window);
        m_readerLayout.addWidget(m_findBar);
    }
    return m_findBar;
}

void SearchCommands::openFindBar()
{
    findBar()->open();
}

void SearchCommands::pageChanged()
{
    if (m_findBar)
        m_findBar->refresh();
}

void SearchCommands::stepMatch(bool backward)
{
    m_reader.goToMatch(backward);
    if (m_findBar)
        m_findBar->updateCount();
}

void SearchCommands::markQuery(const QString &query)
{
    m_reader.highlightMatches(QueryWords::patterns(query));
}
