#pragma once

#include <QPlainTextEdit>
#include <QTimer>

class ProgressStore;

// The user's own Markdown note on the open topic, saved shortly after typing stops,
// when another topic opens, and when the window closes.
class NotesEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit NotesEditor(ProgressStore &store, QWidget *parent = nullptr);

    void setTopic(const QString &topicId);
    QString topicId() const { return m_topicId; }
    // Writes what is pending now; returns false if the store refused it.
    bool saveNow();

    static constexpr int saveDelayMs = 700;

private:
    ProgressStore &m_store;
    QString m_topicId;
    QTimer m_saveTimer;
    bool m_dirty = false;
    bool m_loading = false;
};
