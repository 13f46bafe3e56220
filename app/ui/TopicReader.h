#pragma once

#include <QTextBrowser>

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

    QVariant loadResource(int type, const QUrl &name) override;

    // The stylesheet for the current palette: text, code colours and block backgrounds.
    static QString styleSheetFor(const QPalette &palette);

signals:
    void topicLinkActivated(const QString &topicId, const QString &anchor);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followLink(const QUrl &url);
    QString resolveLink(const Topic *page, const QString &target, bool isImage) const;
    QString pageHtml(const Topic *topic) const;

    const Guide *m_guide = nullptr;
    const Topic *m_topic = nullptr;
    std::unique_ptr<CodeHighlighter> m_highlighter;
    std::unique_ptr<MarkdownRenderer> m_renderer;
};
