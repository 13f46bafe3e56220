#pragma once

#include <QCache>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>

#include <functional>
#include <memory>

class CodeHighlighter;
class Guide;
class MarkdownRenderer;
struct Topic;

// Shows one topic of a guide as rendered Markdown. Links to other topics become requests to
// navigate; web links open in the desktop's browser; nothing else is followed or loaded.
//
// A long page is shown a few screenfuls first and the rest appended in idle time, so that the
// first paint waits only for what is on screen; a jump to an anchor, find in page and a refresh
// load as far as they need first. Rendered pages are kept, and the neighbours of the open page
// rendered in idle time, so that the next topic only has to be laid out.
class TopicReader : public QTextBrowser
{
    Q_OBJECT

public:
    explicit TopicReader(QWidget *parent = nullptr);
    ~TopicReader() override;

    void setGuide(const Guide *guide);
    void showTopic(const Topic *topic);
    void showMessage(const QString &title, const QString &text);
    // How task list boxes show: ticked or not, by task id and as the file writes it.
    void setTaskState(std::function<bool(const QString &taskId, bool checkedInFile)> isDone)
    {
        m_isTaskDone = std::move(isDone);
        m_renderedPages.clear();
    }
    // Renders the open page again where it was (after a box is ticked or a <details> opens).
    void refreshPage();
    // Drops the pages rendered ahead: what they show (ticked boxes) may have changed.
    void forgetRenderedPages() { m_renderedPages.clear(); }
    // Whether part of the open page is still to be appended, or a neighbour to be rendered.
    bool hasIdleWork() const { return !m_pendingChunks.isEmpty() || !m_pagesToPrepare.isEmpty(); }
    // Appends what is left of the open page now.
    void finishLoading();
    // As QTextBrowser's, but loads the open page as far as the anchor first. (Not virtual
    // there: the reader's users call it through the reader.)
    void scrollToAnchor(const QString &name);
    const Topic *currentTopic() const { return m_topic; }
    // Testing mode (the default) folds each card's answer under a "Show answer" link, so the
    // page never gives away the card being asked; reading mode shows them all.
    void setShowAnswers(bool show);
    bool showsAnswers() const { return m_showAnswers; }

    QVariant loadResource(int type, const QUrl &name) override;

    // Marks every match of each of PATTERNS and scrolls to the first. Returns how many were
    // found. An empty list clears the marks.
    int highlightMatches(const QList<QRegularExpression> &patterns);
    void clearMatches() { highlightMatches({}); }
    int matchCount() const { return int(m_matches.size()); }
    // The match shown as current, 0-based; -1 when there is none.
    int currentMatch() const { return m_currentMatch; }
    // Moves to the next (or previous) match, wrapping around; false when there are none.
    bool goToMatch(bool backward = false);

    // BRANCH and every page under it as one document for printing, each page on a new sheet,
    // in the light colours whatever the theme. Images come from the guide as in the reader.
    std::unique_ptr<QTextDocument> printDocument(const Topic *branch);

    // The stylesheet for the current palette: text, code colours and block backgrounds.
    static QString styleSheetFor(const QPalette &palette);
    // Appends HTML holding whole blocks to the end of DOCUMENT, as setHtml() would have laid
    // them out after what is there.
    static void appendHtml(QTextDocument *document, const QString &html);

signals:
    void topicLinkActivated(const QString &topicId, const QString &anchor);
    void taskLinkActivated(const QString &taskId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followLink(const QUrl &url);
    // Where the <a name> NAME is in the loaded document; 0 when it is not there.
    int anchorPosition(const QString &name) const;
    QString resolveLink(const Topic *page, const QString &target, bool isImage) const;
    QString pageHtml(const Topic *topic, bool forPrint = false) const;
    QStringList pageChunks(const Topic *page);
    // Shows TOPIC's page with at least MINIMUMCHUNKS of its pieces loaded at once.
    void showPage(const Topic *topic, int minimumChunks = 1);
    void appendNextChunk();
    void stopLoading();
    void doIdleWork();
    void showMatches();

    const Guide *m_guide = nullptr;
    const Topic *m_topic = nullptr;
    std::unique_ptr<CodeHighlighter> m_highlighter;
    std::unique_ptr<MarkdownRenderer> m_renderer;
    QList<QTextCursor> m_matches;
    int m_currentMatch = -1;
    bool m_showAnswers = false;
    QSet<int> m_unfolded; // cards of this page whose answers the learner opened
    QSet<int> m_openDetails; // <details> of the open page shown unfolded
    std::function<bool(const QString &, bool)> m_isTaskDone;
    QStringList m_pendingChunks; // of the open page, not yet in the document
    int m_loadedChunks = 0;
    QTimer m_idleTimer;
    QList<const Topic *> m_pages; // of the guide, in the order of the tree
    QList<const Topic *> m_pagesToPrepare;
    QCache<const Topic *, QStringList> m_renderedPages; // in the reader's usual state only
};
