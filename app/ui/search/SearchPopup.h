#pragma once

#include "SearchIndex.h"

#include <QFrame>

#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class SearchIndexBuilder;

namespace SearchPopupDetail {
class HitModel;
} // namespace SearchPopupDetail

// Instant search over topics, cards and notes, as a popup above the main window.
//
// Keyboard first: every keystroke searches (the index answers from memory in well under a
// frame; while it is still being built the popup says "Indexing..." and searches again once
// it is ready), Up and Down move through the hits while the focus stays in the query, Enter
// opens the current hit and Escape closes. A click on a hit opens it too.
class SearchPopup : public QFrame
{
    Q_OBJECT

public:
    explicit SearchPopup(SearchIndexBuilder &search, QWidget *parent = nullptr);
    ~SearchPopup() override;

    // Shows the popup across the top of ANCHOR (or centred on the screen without one), with
    // the last query selected so typing replaces it.
    void popup(QWidget *anchor = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    QListView *resultList() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    QList<SearchHit> hits() const;
    // The current hit, the one Enter opens; empty when there is none.
    std::optional<SearchHit> currentHit() const;

    // "Topic", "Card" or "Note", for the rows and their accessible text.
    static QString kindName(SearchHit::Kind kind);

signals:
    void hitActivated(const SearchHit &hit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runQuery();
    void moveCurrent(int rows);
    void activate(const QModelIndex &index);

    SearchIndexBuilder &m_search;
    SearchPopupDetail::HitModel *m_model = nullptr;
    QLineEdit *m_query = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_status = nullptr;
};
