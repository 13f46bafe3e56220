#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// Makes or edits one of the learner's own cards: a prompt and an answer, in Markdown. The window
// opens it with open(), never exec(), so a test fills the fields and accepts it without waiting
// on a modal dialog. Tab moves between the fields and Ctrl+Enter saves, so no mouse is needed.
class CardEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CardEditorDialog(QWidget *parent = nullptr);

    // A new card for the topic TOPICTITLE, the fields filled from SELECTION (see splitSelection).
    void startNew(const QString &topicTitle, const QString &selection);
    // An edit of the own card CARDID.
    void startEdit(const QString &cardId, const QString &prompt, const QString &answer);

    QString cardId() const { return m_cardId; } // empty: a new card
    QString prompt() const;
    QString answer() const;
    QPlainTextEdit *promptEdit() const { return m_prompt; }
    QPlainTextEdit *answerEdit() const { return m_answer; }

    // Where text selected in the reader goes: the answer, or the prompt when it asks something.
    static void splitSelection(const QString &selection, QString *prompt, QString *answer);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    QString m_cardId;
    QLabel *m_place = nullptr;
    QPlainTextEdit *m_prompt = nullptr;
    QPlainTextEdit *m_answer = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
