#pragma once

#include <QRegularExpression>
#include <QSet>
#include <QTextBrowser>
#include <QTextCursor>

#include <memory>

class CodeHighlighter;
class Guide;
class MarkdownRenderer;
struct Topic;

// Shows one topic of a guide as rendered Markdown. Links to other topics become requests to
// navigate; web links open in the desktop's browser; nothing else is followed or loaded.
class TopicReader : public QTextBrowser
{
    Q_OBJECT

public:
    explicit TopicReader(QWidget *parent = nullptr);
    ~TopicReader() override;

    void setGuide(const Guide *guide);
    void showTopic(const Topic *topic);
    void showMessage(const QString &title, const QString &text);
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

signals:
    void topicLinkActivated(const QString &topicId, const QString &anchor);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followLink(const QUrl &url);
    QString resolveLink(const Topic *page, const QString &target, bool isImage) const;
    QString pageHtml(const Topic *topic, bool forPrint = false) const;
    void showPage(const Topic *topic);
    void showMatches();

    const Guide *m_guide = nullptr;
    const Topic *m_topic = nullptr;
    std::unique_ptr<CodeHighlighter> m_highlighter;
    std::unique_ptr<MarkdownRenderer> m_renderer;
    QList<QTextCursor> m_matches;
    int m_currentMatch = -1;
    bool m_showAnswers = false;
    QSet<int> m_unfolded; // cards of this page whose answers the learner opened
};
