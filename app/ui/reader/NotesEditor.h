#pragma once

#include <QPlainTextEdit>
#include <QTimer>

#include <memory>

class CodeHighlighter;
class MarkdownRenderer;
class StudySession;
class QLabel;
class QTextBrowser;
class QToolButton;

// The user's own Markdown note on the open topic, saved shortly after typing stops,
// when another topic opens, and when the window closes. A strip under the text says whether
// the note is saved, and a Preview button (Ctrl+Shift+V) shows the note rendered in its place.
class NotesEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit NotesEditor(StudySession &session, QWidget *parent = nullptr);
    ~NotesEditor() override;

    void setTopic(const QString &topicId);
    QString topicId() const { return m_topicId; }
    // Writes what is pending now; returns false if the store refused it.
    bool saveNow();
    // Shows the stored note again, after the store was changed behind our back (an import).
    void reload();
    // The stored note may have changed behind our back (a sync merged another computer's
    // edit): shown at once, unless the learner has unsaved text here, which is kept (and saved
    // over it, the later write) with a word in the strip.
    void storedNoteMayHaveChanged();

    // Shows the note rendered (true) or its Markdown for editing (false).
    void setPreviewing(bool previewing);
    bool isPreviewing() const;
    // What the strip says: "Saved", "Saving…", or "Not saved: " and why.
    QString saveState() const;

    static constexpr int saveDelayMs = 700;

signals:
    // A note was written to the store (so that search can find it).
    void saved(const QString &topicId, const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setSaveState(const QString &text);
    void placeChildren();
    void renderPreview();

    StudySession &m_session;
    QString m_topicId;
    QTimer m_saveTimer;
    bool m_dirty = false;
    QString m_stored; // the note as last read from or written to the store
    bool m_loading = false;
    QWidget *m_strip = nullptr;
    QToolButton *m_previewButton = nullptr;
    QLabel *m_state = nullptr;
    QTextBrowser *m_preview = nullptr;
    std::unique_ptr<CodeHighlighter> m_highlighter; // made when first previewed
    std::unique_ptr<MarkdownRenderer> m_renderer;
};
