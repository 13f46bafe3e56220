#include "CardPanel.h"

#include "CodeHighlighter.h"
#include "Guide.h"
#include "MarkdownRenderer.h"
#include "StudyProgress.h"
#include "StudyRound.h"
#include "StudySession.h"
#include "TopicReader.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// A label that wraps inside whatever width the panel has, and never asks for more.
QLabel *wrappingLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Maximum);
    return label;
}

} // namespace

CardPanel::CardPanel(StudySession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_highlighter(std::make_unique<CodeHighlighter>())
    , m_renderer(std::make_unique<MarkdownRenderer>(*m_highlighter))
    , m_header(wrappingLabel(this, QStringLiteral("cardHeader")))
    , m_counts(wrappingLabel(this, QStringLiteral("cardCounts")))
    , m_notice(wrappingLabel(this, QStringLiteral("cardNotice")))
    , m_prompt(new QTextBrowser(this))
    , m_answer(new QTextBrowser(this))
    , m_reveal(new QPushButton(tr("Show Answer"), this))
    , m_grades(new QWidget(this))
    , m_previous(new QPushButton(tr("Previous"), this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_again(new QPushButton(tr("Practise Again"), this))
    , m_review(new QPushButton(tr("Review Due Cards"), this))
    , m_empty(wrappingLabel(this, QStringLiteral("cardEmpty")))
    , m_hint(new QWidget(this))
    , m_hintText(wrappingLabel(m_hint, QStringLiteral("cardHintText")))
    , m_hintNewCard(new QPushButton(tr("New Card..."), m_hint))
    , m_ownRow(new QWidget(this))
    , m_editOwn(new QToolButton(m_ownRow))
    , m_deleteOwn(new QToolButton(m_ownRow))
{
    setObjectName(QStringLiteral("cardPanel"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Question cards"));
    setAccessibleDescription(tr("Space shows the answer; 1 to 4 grade it"));

    for (QTextBrowser *browser : { m_prompt, m_answer }) {
        browser->setOpenLinks(false);
        browser->setFocusPolicy(Qt::NoFocus);
        browser->document()->setDocumentMargin(12);
        browser->document()->setDefaultStyleSheet(TopicReader::styleSheetFor(palette()));
        browser->setLineWrapMode(QTextEdit::WidgetWidth);
        browser->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    }
    m_prompt->setObjectName(QStringLiteral("cardPrompt"));
    m_prompt->setAccessibleName(tr("Card question"));
    m_prompt->setMaximumHeight(160);
    m_answer->setObjectName(QStringLiteral("cardAnswer"));
    m_answer->setAccessibleName(tr("Card answer"));
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setToolTip(tr("Show the answer (Space)"));
    m_reveal->setAccessibleDescription(tr("Shows the answer; shortcut Space"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::ToolTipBase);
    m_notice->setForegroundRole(QPalette::ToolTipText);
    m_notice->setMargin(6);
    m_review->setObjectName(QStringLiteral("panelReviewButton"));
    m_review->setAccessibleDescription(tr("Starts a review of every card due in the selected part of the guide"));
    m_again->setObjectName(QStringLiteral("practiseAgainButton"));
    m_again->setAccessibleDescription(tr("Goes through this topic's cards once more"));
    m_previous->setAccessibleDescription(tr("Goes to the previous card of this topic"));
    m_next->setAccessibleDescription(tr("Goes to the next card of this topic"));

    // The note on how to add cards, for a guide that has none.
    m_hint->setObjectName(QStringLiteral("cardHint"));
    m_hint->setAutoFillBackground(true);
    m_hint->setBackgroundRole(QPalette::ToolTipBase);
    m_hint->setForegroundRole(QPalette::ToolTipText);
    m_hint->setAccessibleName(tr("How to add cards"));
    m_hintText->setTextFormat(Qt::PlainText);
    m_hintNewCard->setObjectName(QStringLiteral("hintNewCard"));
    auto *dismiss = new QPushButton(tr("Dismiss"), m_hint);
    dismiss->setObjectName(QStringLiteral("hintDismiss"));
    dismiss->setAccessibleDescription(tr("Hides this note for this guide"));
    auto *hintButtons = new QHBoxLayout;
    hintButtons->addWidget(m_hintNewCard);
    hintButtons->addStretch();
    hintButtons->addWidget(dismiss);
    auto *hintLayout = new QVBoxLayout(m_hint);
    hintLayout->setContentsMargins(8, 8, 8, 8);
    hintLayout->addWidget(m_hintText);
    hintLayout->addLayout(hintButtons);
    m_hint->hide();
    connect(dismiss, &QPushButton::clicked, this, [this] {
        setHint(QString());
        emit hintDismissed();
    });

    m_ownRow->setObjectName(QStringLiteral("ownCardButtons"));
    auto *ownLayout = new QHBoxLayout(m_ownRow);
    ownLayout->setContentsMargins(0, 0, 0, 0);
    auto *ownLabel = new QLabel(tr("Your own card"), m_ownRow);
    ownLabel->setForegroundRole(QPalette::PlaceholderText);
    ownLayout->addWidget(ownLabel);
    ownLayout->addStretch();
    ownLayout->addWidget(m_editOwn);
    ownLayout->addWidget(m_deleteOwn);
    m_ownRow->hide();

    // Right-click anywhere on the card, its text included, offers the card commands.
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) { showMenu(mapToGlobal(at)); });
    for (QTextBrowser *browser : { m_prompt, m_answer }) {
        browser->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(browser, &QWidget::customContextMenuRequested, this,
                [this, browser](const QPoint &at) { showMenu(browser->viewport()->mapToGlobal(at)); });
    }

    StudyRound &round = m_session.round();
    auto *gradeLayout = new QHBoxLayout(m_grades);
    gradeLayout->setContentsMargins(0, 0, 0, 0);
    gradeLayout->setSpacing(4);
    const std::array<QString, 4> names { tr("Again"), tr("Hard"), tr("Good"), tr("Easy") };
    for (int i = 0; i < 4; ++i) {
        auto *button = new QPushButton(m_grades);
        button->setObjectName(QStringLiteral("grade%1").arg(i + 1));
        button->setAccessibleName(names[size_t(i)]);
        button->setAccessibleDescription(tr("Grade the card %1 (key %2)").arg(names[size_t(i)]).arg(i + 1));
        button->setMinimumHeight(44);
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        gradeLayout->addWidget(button);
        m_gradeButtons[size_t(i)] = button;
        connect(button, &QPushButton::clicked, this, [&round, i] { round.grade(Rating(i + 1)); });
        auto *key = new QShortcut(QKeySequence(Qt::Key_1 + i), this);
        key->setContext(Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, this, [&round, i] { round.grade(Rating(i + 1)); });
    }
    // Space and Enter show the answer, as in Anki.
    for (const int key : { int(Qt::Key_Space), int(Qt::Key_Return), int(Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, &round, &StudyRound::reveal);
    }
    connect(m_reveal, &QPushButton::clicked, &round, &StudyRound::reveal);
    connect(m_previous, &QPushButton::clicked, &round, &StudyRound::previous);
    connect(m_next, &QPushButton::clicked, &round, &StudyRound::next);
    connect(m_again, &QPushButton::clicked, &round, &StudyRound::restart);
    connect(m_review, &QPushButton::clicked, this, &CardPanel::reviewRequested);
    for (QPushButton *button : { m_reveal, m_previous, m_next, m_review, m_again })
        button->setFocusPolicy(Qt::TabFocus);

    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_previous);
    navigation->addStretch();
    navigation->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_hint);
    layout->addWidget(m_counts);
    layout->addWidget(m_notice);
    layout->addWidget(m_prompt, 1);
    layout->addWidget(m_reveal);
    layout->addWidget(m_answer, 3);
    layout->addWidget(m_grades);
    layout->addWidget(m_ownRow);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_again);
    layout->addWidget(m_review);
    layout->addLayout(navigation);
    layout->addStretch(1); // spare height goes below the card, not into the header

    connect(&round, &StudyRound::changed, this, &CardPanel::refresh);
    connect(&m_session, &StudySession::countsChanged, this, &CardPanel::refresh);
    connect(&m_session, &StudySession::guideChanged, this, &CardPanel::refresh);
    connect(&m_session, &StudySession::cardsChanged, this, &CardPanel::refresh);
    refresh();
}

void CardPanel::setCardActions(QAction *newCard, QAction *editCard, QAction *deleteCard)
{
    m_menuActions = { newCard, editCard, deleteCard };
    m_editOwn->setDefaultAction(editCard);
    m_deleteOwn->setDefaultAction(deleteCard);
    connect(m_hintNewCard, &QPushButton::clicked, newCard, &QAction::trigger);
    m_hintNewCard->setToolTip(newCard->toolTip());
}

void CardPanel::setHint(const QString &text)
{
    m_hintText->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

bool CardPanel::isHintShown() const
{
    return !m_hint->isHidden();
}

void CardPanel::showMenu(const QPoint &globalPosition)
{
    if (m_menuActions.isEmpty())
        return;
    QMenu menu(this);
    menu.addActions(m_menuActions);
    menu.exec(globalPosition);
}

CardPanel::~CardPanel() = default;

QSize CardPanel::sizeHint() const
{
    return { preferredWidth, 480 };
}

QSize CardPanel::minimumSizeHint() const
{
    return { 260, 200 };
}

QString CardPanel::render(const QString &markdown) const
{
    return m_renderer->toHtml(markdown, [](const QString &, bool) { return QString(); });
}

void CardPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // As in the reader: the card is shown again so that the new colours apply to it.
    for (QTextBrowser *browser : { m_prompt, m_answer })
        browser->document()->setDefaultStyleSheet(TopicReader::styleSheetFor(palette()));
    refresh();
}

QString CardPanel::countsHtml() const
{
    // Anki's three numbers: new in blue, learning in red, review in green; the kind of the card
    // shown is underlined.
    const StudyRound &round = m_session.round();
    const StudyCounts counts = round.counts();
    const StudyQueue::Source source = round.currentSource();
    const bool asking = !round.currentCardId().isEmpty();
    const auto part = [&](int value, const char *colour, const QString &label, bool current) -> QString {
        const QString number = QStringLiteral("<span style=\"color:%1; font-weight:bold;%2\">%3</span>")
                                   .arg(QLatin1String(colour), current ? QStringLiteral(" text-decoration:underline;") : QString())
                                   .arg(value);
        return number + QLatin1Char(' ') + label;
    };
    return part(counts.newCards, "#3b82f6", tr("new"), asking && source == StudyQueue::Source::New) + QStringLiteral(" · ")
        + part(counts.learning, "#dc2626", tr("learning"),
               asking && (source == StudyQueue::Source::Learning || source == StudyQueue::Source::LearnAhead))
        + QStringLiteral(" · ") + part(counts.review, "#16a34a", tr("review"), asking && source == StudyQueue::Source::Review);
}

void CardPanel::refresh()
{
    const StudyRound &round = m_session.round();
    const Guide *guide = m_session.guide();
    const Card *card = guide ? guide->card(round.currentCardId()) : nullptr;
    const bool review = round.kind() == StudyRound::Kind::Review;
    const bool practice = round.kind() == StudyRound::Kind::Practice;
    m_empty->setVisible(!card);
    m_prompt->setVisible(card);
    m_reveal->setVisible(card && !round.isRevealed());
    m_answer->setVisible(card && round.isRevealed());
    m_grades->setVisible(card && round.isRevealed());
    m_previous->setVisible(card && practice);
    m_next->setVisible(card && practice);
    m_again->setVisible(practice && round.isDone());
    m_review->setVisible(!card);
    m_counts->setVisible(review);
    m_notice->setVisible(false);
    m_ownRow->setVisible(card && m_session.isOwnCard(card->id));
    if (review)
        m_counts->setText(countsHtml());

    if (!card) {
        m_header->setText(QStringLiteral("<b>%1</b>").arg((round.title().isEmpty() ? tr("Cards") : round.title()).toHtmlEscaped()));
        if (round.isDone())
            showDone();
        else if (review)
            m_empty->setText(tr("Nothing is due in this part of the guide."));
        else if (round.title().isEmpty())
            m_empty->setText(tr("Choose a topic to practise its cards, or review what is due (Ctrl+R)."));
        else
            m_empty->setText(tr("This topic has no question cards."));
        return;
    }

    const QString kind = card->kind == Card::Kind::Interview ? tr("Interview question")
        : m_session.isOrphanedCard(card->id)                  ? tr("Your card (its topic is no longer in the guide)")
        : m_session.isOwnCard(card->id)                       ? tr("Your card")
                                                              : tr("Practice card");
    const QString place = review ? tr("Review") : tr("Card %1 of %2").arg(round.position() + 1).arg(round.size());
    m_header->setText(QStringLiteral("<b>%1</b><br>%2 · %3").arg(round.title().toHtmlEscaped(), kind, place));
    const QLocale locale;
    if (round.isEarly()) {
        const qint64 minutes = std::max<qint64>(1, (m_session.now().secsTo(round.currentDue()) + 59) / 60);
        m_notice->setText((minutes == 1 ? tr("Shown early: this card is due in 1 minute. Nothing else is left, and a card due "
                                            "within 20 minutes may come early.")
                                       : tr("Shown early: this card is due in %1 minutes. Nothing else is left, and a card "
                                            "due within 20 minutes may come early.")
                                             .arg(minutes)));
        m_notice->setVisible(true);
    } else if (round.isCram()) {
        m_notice->setText(round.practiceCounts()
                              ? tr("Not due until %1. Practice counts: your grade reschedules it.")
                                    .arg(locale.toString(round.currentDue().toLocalTime().date(), QLocale::ShortFormat))
                              : tr("Not due until %1: practice only, your grade does not change its schedule.")
                                    .arg(locale.toString(round.currentDue().toLocalTime().date(), QLocale::ShortFormat)));
        m_notice->setVisible(true);
    }
    m_prompt->setHtml(QStringLiteral("<h3>") + render(card->prompt).remove(QStringLiteral("<p>")).remove(QStringLiteral("</p>"))
                      + QStringLiteral("</h3>"));
    if (!round.isRevealed())
        return;
    m_answer->setHtml(render(card->answer));
    const bool writable = m_session.canWrite() || (round.isCram() && !round.practiceCounts());
    m_grades->setEnabled(writable);
    const auto outcomes = round.outcomes();
    const QDateTime at = round.outcomesAt();
    const std::array<QString, 4> names { tr("Again"), tr("Hard"), tr("Good"), tr("Easy") };
    const bool cram = round.isCram() && !round.practiceCounts();
    for (size_t i = 0; i < 4; ++i) {
        const qint64 seconds = std::max<qint64>(0, at.secsTo(outcomes[i].due));
        // Anki marks an interval within the learn-ahead limit with "<".
        QString interval = Scheduler::formatInterval(seconds);
        if (outcomes[i].state != CardState::Review && seconds < StudyQueue::learnAheadSeconds)
            interval = QStringLiteral("<") + interval;
        if (cram)
            interval = i == 0 ? tr("again") : tr("done");
        m_gradeButtons[i]->setText(QStringLiteral("%1\n%2 · %3").arg(names[i], interval).arg(i + 1));
    }
    if (!m_session.canWrite() && !cram) {
        m_notice->setText(m_session.storeProblem());
        m_notice->setVisible(true);
    }
    setFocus();
}

void CardPanel::showDone()
{
    const StudyRound &round = m_session.round();
    const StudyQueue::Outlook outlook = round.outlook();
    const QDateTime now = m_session.now();
    QStringList lines;
    if (round.kind() == StudyRound::Kind::Practice) {
        const auto grades = round.gradeCounts();
        lines << (round.length() == 1 ? tr("<b>Round over.</b> You went through the one card of this topic.")
                                       : tr("<b>Round over.</b> You went through the %1 cards of this topic.").arg(round.length()));
        lines << tr("Again %1 · Hard %2 · Good %3 · Easy %4").arg(grades[0]).arg(grades[1]).arg(grades[2]).arg(grades[3]);
        if (round.crammed() > 0)
            lines << (round.crammed() == 1 ? tr("1 card was not due: practice only, its schedule is unchanged.")
                                        : tr("%1 cards were not due: practice only, their schedule is unchanged.").arg(round.crammed()));
    } else {
        lines << tr("<b>Congratulations! You have finished this part for now.</b>");
        if (round.graded() > 0)
            lines << (round.graded() == 1 ? tr("1 card answered in this review.")
                                       : tr("%1 cards answered in this review.").arg(round.graded()));
    }
    if (outlook.nextLearning.isValid()) {
        const qint64 minutes = std::max<qint64>(1, (now.secsTo(outlook.nextLearning) - StudyQueue::learnAheadSeconds + 59) / 60);
        lines << (minutes == 1 ? tr("The next learning card will be ready in 1 minute.")
                               : tr("The next learning card will be ready in %1 minutes.").arg(minutes));
        lines << (outlook.learningLaterToday == 1 ? tr("1 learning card is due later today.")
                                                   : tr("%1 learning cards are due later today.").arg(outlook.learningLaterToday));
    } else if (outlook.nextReview.isValid()) {
        lines << tr("The next card is due %1.")
                     .arg(QLocale().toString(outlook.nextReview.toLocalTime().date(), QLocale::LongFormat));
    }
    m_empty->setText(lines.join(QStringLiteral("<br><br>")));
}
