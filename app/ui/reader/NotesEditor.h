#pragma once

#include <QPlainTextEdit>
#include <QTimer>

class StudySession;

// The user's own Markdown note on the open topic, saved shortly after typing stops,
// when another topic opens, and when the window closes.
class NotesEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit NotesEditor(StudySession &session, QWidget *parent = nullptr);

    void setTopic(const QString &topicId);
    QString topicId() const { return m_topicId; }
    // Writes what is pending now; returns false if the store refused it.
    bool saveNow();
    // Shows the stored note again, after the store was changed behind our back (an import).
    void reload();

    static constexpr int saveDelayMs = 700;

signals:
    // A note was written to the store (so that search can find it).
    void saved(const QString &topicId, const QString &text);

private:
    StudySession &m_session;
    QString m_topicId;
    QTimer m_saveTimer;
    bool m_dirty = false;
    bool m_loading = false;
};
