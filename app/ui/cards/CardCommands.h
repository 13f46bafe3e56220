#pragma once

#include <QObject>
#include <QString>

#include <functional>

class AppSettings;
class CardEditorDialog;
class CardPanel;
class StudySession;
class TopicReader;
struct Topic;
struct Topic;
class QAction;
class QWidget;

// The learner's own cards: made from the reader's selection for the open topic, edited and
// deleted from the cards panel, and the note on how to add cards to a guide that has none.
// The cards themselves are the session's; questions go through the dialog seams.
class CardCommands : public QObject
{
    Q_OBJECT

public:
    using CurrentTopic = std::function<const Topic *()>;

    CardCommands(StudySession &session, AppSettings &settings, TopicReader &reader, CardPanel &panel,
                 CurrentTopic currentTopic, QWidget *window);

    void setActions(QAction *newCard, QAction *editCard, QAction *deleteCard, QAction *guideCards);
    void newCard();
    void editCard();
    void deleteCard();
    // Enables the commands that fit the card shown and the guide, and shows or hides the hint.
    void update();

    // The dialog New Card and Edit Card open (null until first used); tests fill and accept it.
    CardEditorDialog *editor() const { return m_editor; }

signals:
    // One sentence for the status bar: what was done.
    void done(const QString &message);
    // A new card to show at once.
    void showCard(const QString &cardId);

private:
    CardEditorDialog *ensureEditor();
    void save();
    void updateHint();
    // The section of the reader's page that the selection starts in: the last heading above it.
    // Null without a selection.
    const Topic *sectionOfSelection() const;

    StudySession &m_session;
    AppSettings &m_settings;
    TopicReader &m_reader;
    CardPanel &m_panel;
    CurrentTopic m_currentTopic;
    QWidget *m_window;
    CardEditorDialog *m_editor = nullptr;
    QString m_editorTopic; // the topic a new card is for, by id (empty: the whole guide)
    QAction *m_newCard = nullptr;
    QAction *m_editCard = nullptr;
    QAction *m_deleteCard = nullptr;
    QAction *m_guideCards = nullptr;
};
