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
// rendered and built into documents of their own in idle time, so that going to the next or the
// previous topic only swaps the document in and lays out its first screen.
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
        forgetRenderedPages();
    }
    // Renders the open page again where it was (after a box is ticked or a <details> opens).
    void refreshPage();
    // Drops the pages rendered ahead: what they show (ticked boxes) may have changed.
    void forgetRenderedPages()
    {
        m_renderedPages.clear();
        dropPreparedDocuments();
    }
    // Forgets the code highlighted lately too: a page opened then is as cold as one not seen
    // for long.
    void forgetHighlightedCode();
    // Whether part of the open page is still to be appended, or a neighbour to be prepared.
    bool hasIdleWork() const
    {
        return !m_pendingChunks.isEmpty() || !m_pagesToPrepare.isEmpty() || m_preparing.document || m_unrenderedPage
            || !m_retiredDocuments.isEmpty() || (m_guide && !m_spareDocument);
    }
    // Whether the open page's Markdown is rendered to its end: the first open of a long page
    // renders the blocks of its first screen, and the rest in idle time.
    bool isPageRenderedWhole() const { return !m_unrenderedPage; }
    // Appends what is left of the open page now.
    void finishLoading();
    // As QTextBrowser's, but loads the open page as far as the anchor first. (Not virtual
    // there: the reader's users call it through the reader.)
    void scrollToAnchor(const QString &name);
    const Topic *currentTopic() const { return m_topic; }
    // Every <a name> anchor of the loaded document with its position, in document order.
    QList<QPair<int, QString>> anchors() const;
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
    // Whether the blocks HTML adds keep their glyphs once laid out. Qt shapes a block's text to
    // lay it out, drops the glyphs, and shapes the text again to paint it: kept, the first
    // screen of a page is shaped once (a tenth of a cold switch), at the memory of its glyphs.
    enum class Glyphs { Dropped, Kept };
    // Sets DOCUMENT to HTML.
    static void setPageHtml(QTextDocument *document, const QString &html, Glyphs glyphs);
    // Appends HTML holding whole blocks to the end of DOCUMENT, as setHtml() would have laid
    // them out after what is there.
    static void appendHtml(QTextDocument *document, const QString &html, Glyphs glyphs = Glyphs::Dropped);

signals:
    void topicLinkActivated(const QString &topicId, const QString &anchor);
    void taskLinkActivated(const QString &taskId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct PreparedDocument
    {
        const Topic *page = nullptr;
        QTextDocument *document = nullptr;
        QStringList pendingChunks; // still to be appended while it is being built
        int chunkCount = 0;
    };

    void followLink(const QUrl &url);
    // Where the <a name> NAME is in the loaded document; 0 when it is not there.
    int anchorPosition(const QString &name) const;
    QString resolveLink(const Topic *page, const QString &target, bool isImage) const;
    // The page's HTML; with FIRSTLINES, that of its first blocks only, CUT telling whether
    // any were left out (see MarkdownRenderer::Options::firstLines).
    QString pageHtml(const Topic *topic, bool forPrint = false, int firstLines = 0, bool *cut = nullptr) const;
    QStringList pageChunks(const Topic *page);
    // Keeps the whole page's HTML (rendered in the usual state) in pieces; returns them.
    QStringList keepRenderedPage(const Topic *page, const QString &html);
    // Shows TOPIC's page with at least MINIMUMCHUNKS of its pieces loaded at once.
    void showPage(const Topic *topic, int minimumChunks = 1);
    void appendNextChunk();
    // Renders the whole of a page shown by its first blocks, and queues what follows them.
    void renderRestOfPage();
    bool isDocumentWhole() const { return m_documentReusable && m_pendingChunks.isEmpty() && !m_unrenderedPage; }
    void stopLoading();
    void doIdleWork();
    void showMatches();
    // An empty document set up as the reader's own (margin, stylesheet, font); its parent is
    // the reader, so that images load through loadResource(). The one made in idle time, if any.
    QTextDocument *newPageDocument();
    QTextDocument *makePageDocument();
    // Shows DOCUMENT, keeping the one it replaces for its page when that one is whole and in
    // the usual state, deleting it otherwise.
    void swapDocument(QTextDocument *document, const Topic *page, bool keepShown);
    PreparedDocument takePreparedDocument(const Topic *page);
    bool isPrepared(const Topic *page) const;
    void dropPreparedDocuments();
    // Deletes DOCUMENT in idle time: taking a large one apart costs milliseconds.
    void retire(QTextDocument *document);
    // One step of building the next neighbour's document; false when there was none to build.
    bool prepareNextDocument();

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
    // The page document() shows, and whether it holds all of it in the usual state.
    const Topic *m_documentPage = nullptr;
    bool m_documentReusable = false;
    QList<PreparedDocument> m_preparedDocuments; // whole, the most recently kept first
    PreparedDocument m_preparing; // being built in idle time, a piece at each turn
    const Topic *m_unrenderedPage = nullptr; // the open page, when only its start is rendered
    QString m_firstPartHtml; // of that start
    QList<QTextDocument *> m_retiredDocuments;
    // Made in idle time for the next page not prepared: making one parses the stylesheet.
    QTextDocument *m_spareDocument = nullptr;
};
