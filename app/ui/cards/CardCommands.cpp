#include "CardCommands.h"

#include "AppSettings.h"
#include "CardEditorDialog.h"
#include "CardPanel.h"
#include "Guide.h"
#include "MessageBox.h"
#include "OwnCards.h"
#include "StudyRound.h"
#include "StudySession.h"
#include "Topic.h"
#include "TopicReader.h"

#include <QAction>

CardCommands::CardCommands(StudySession &session, AppSettings &settings, TopicReader &reader, CardPanel &panel,
                           CurrentTopic currentTopic, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_settings(settings)
    , m_reader(reader)
    , m_panel(panel)
    , m_currentTopic(std::move(currentTopic))
    , m_window(window)
{
    connect(&m_panel, &CardPanel::hintDismissed, this, [this] {
        if (const Guide *guide = m_session.guide()) {
            m_settings.setCardHintDismissed(guide->id());
            m_settings.sync();
        }
    });
    connect(&m_session, &StudySession::cardsChanged, this, &CardCommands::update);
    connect(&m_session, &StudySession::guideChanged, this, &CardCommands::update);
    connect(&m_session.round(), &StudyRound::changed, this, &CardCommands::update);
}

void CardCommands::setActions(QAction *newCard, QAction *editCard, QAction *deleteCard, QAction *guideCards)
{
    m_newCard = newCard;
    m_editCard = editCard;
    m_deleteCard = deleteCard;
    m_guideCards = guideCards;
    m_panel.setCardActions(newCard, editCard, deleteCard);
    update();
}

CardEditorDialog *CardCommands::ensureEditor()
{
    if (!m_editor) {
        m_editor = new CardEditorDialog(m_window);
        connect(m_editor, &QDialog::accepted, this, &CardCommands::save);
    }
    return m_editor;
}

void CardCommands::newCard()
{
    if (!m_session.guide())
        return;
    // A long file is one page, and the tree's section says only where it was scrolled to: text
    // selected further down belongs to the section it is written in.
    const Topic *topic = sectionOfSelection();
    if (!topic)
        topic = m_currentTopic();
    m_editorTopic = topic ? topic->id : QString();
    // What the reader has selected (none when the selection is in another widget).
    const QString selection = m_reader.textCursor().selectedText();
    ensureEditor()->startNew(topic ? topic->title : QString(), selection);
    m_editor->open();
}

const Topic *CardCommands::sectionOfSelection() const
{
    const Guide *guide = m_session.guide();
    const QTextCursor cursor = m_reader.textCursor();
    const Topic *shown = m_reader.currentTopic();
    if (!guide || !shown || !cursor.hasSelection())
        return nullptr;
    const Topic *page = shown->page();
    const int start = cursor.selectionStart();
    // Headings carry their anchor as an <a name>; other anchors (a card's, an element's id)
    // name no section and are passed over.
    const QList<QPair<int, QString>> anchors = m_reader.anchors();
    for (auto anchor = anchors.crbegin(); anchor != anchors.crend(); ++anchor) {
        if (anchor->first > start)
            continue;
        const Topic *target = guide->linkTarget(page->id, anchor->second);
        if (target && target->kind == Topic::Kind::Section && target->page() == page)
            return target;
    }
    return page;
}

void CardCommands::editCard()
{
    const Guide *guide = m_session.guide();
    const QString cardId = m_session.round().currentCardId();
    const Card *card = guide ? guide->card(cardId) : nullptr;
    if (!card || !m_session.isOwnCard(cardId))
        return;
    ensureEditor()->startEdit(cardId, card->prompt, card->answer);
    m_editor->open();
}

void CardCommands::save()
{
    const Guide *guide = m_session.guide();
    if (!guide)
        return;
    if (!m_editor->cardId().isEmpty()) {
        emit done(m_session.editOwnCard(m_editor->cardId(), m_editor->prompt(), m_editor->answer()).message);
        return;
    }
    QString cardId;
    const StudySession::Outcome outcome
        = m_session.addOwnCard(guide->topic(m_editorTopic), m_editor->prompt(), m_editor->answer(), &cardId);
    emit done(outcome.message);
    if (!outcome.ok) {
        MessageBox::warning(m_window, tr("New Card"), outcome.message);
        return;
    }
    // The note on how to add cards has done its work.
    m_settings.setCardHintDismissed(guide->id());
    updateHint();
    // The new card is shown at once, unless a review is going on: it joins the next one.
    const StudyRound &round = m_session.round();
    if (round.kind() != StudyRound::Kind::Review || round.isDone())
        emit showCard(cardId);
}

void CardCommands::deleteCard()
{
    const QString cardId = m_session.round().currentCardId();
    if (!m_session.guide() || !m_session.isOwnCard(cardId))
        return;
    const QString what = m_session.describe(ItemKind::Card, cardId);
    if (MessageBox::question(m_window, tr("Delete Card"),
                             tr("Delete your card \"%1\"? Its review history is kept with your progress.").arg(what))
        != QMessageBox::Yes)
        return;
    const StudySession::Outcome outcome = m_session.removeOwnCard(cardId);
    if (!outcome.ok)
        MessageBox::warning(m_window, tr("Delete Card"), outcome.message);
    emit done(outcome.message);
}

void CardCommands::update()
{
    const Guide *guide = m_session.guide();
    const bool own = m_session.isOwnCard(m_session.round().currentCardId());
    if (m_editCard)
        m_editCard->setEnabled(own);
    if (m_deleteCard)
        m_deleteCard->setEnabled(own);
    if (m_newCard)
        m_newCard->setEnabled(guide != nullptr);
    if (m_guideCards)
        m_guideCards->setEnabled(guide && !guide->root()->cards.empty());
    updateHint();
}

void CardCommands::updateHint()
{
    const Guide *guide = m_session.guide();
    const bool show = guide && OwnCards::needsHint(*guide) && !m_settings.cardHintDismissed(guide->id());
    m_panel.setHint(show ? OwnCards::hint() : QString());
}
