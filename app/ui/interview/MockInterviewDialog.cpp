#include "MockInterviewDialog.h"

#include "CodeHighlighter.h"
#include "Guide.h"
#include "InterviewDraw.h"
#include "MarkdownRenderer.h"
#include "MockInterview.h"
#include "MockInterviewPlan.h"
#include "MockInterviewSetupPage.h"
#include "StudyProgress.h"
#include "StudySession.h"
#include "TopicReader.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace {

enum Page { SetupPage, QuestionPage, RevealPage, SummaryPage };

QString clockText(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false); // Return belongs to the page's own default, never to a stray button
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    return b;
}

QTextBrowser *browser(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *b = new QTextBrowser(parent);
    b->setObjectName(name);
    b->setAccessibleName(accessibleName);
    b->setOpenLinks(false);
    b->document()->setDocumentMargin(12);
    b->document()->setDefaultStyleSheet(TopicReader::styleSheetFor(parent->palette()));
    return b;
}

} // namespace

MockInterviewDialog::MockInterviewDialog(StudySession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_progress(session.progress())
    , m_interview(std::make_unique<MockInterview>())
    , m_highlighter(std::make_unique<CodeHighlighter>())
    , m_renderer(std::make_unique<MarkdownRenderer>(*m_highlighter))
    , m_seed(QRandomGenerator::global()->generate64())
    , m_pages(new QStackedWidget(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("mockInterviewDialog"));
    setWindowTitle(tr("Mock Interview"));
    setAccessibleName(tr("Mock interview"));
    resize(720, 620);
    // The interview keeps time by the progress clock, so the answers' times match their reviews.
    m_interview->setClock([this] { return m_progress.now(); });

    m_setup = new MockInterviewSetupPage(m_progress.guide(), this);
    connect(m_setup, &MockInterviewSetupPage::startRequested, this, &MockInterviewDialog::start);
    connect(m_setup, &MockInterviewSetupPage::closeRequested, this, &QDialog::reject);
    m_pages->addWidget(m_setup);
    m_pages->addWidget(createQuestionPage());
    m_pages->addWidget(createRevealPage());
    m_pages->addWidget(createSummaryPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    m_timer->setInterval(pollIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_interview->poll();
        updateCountdown();
    });
    connect(m_interview.get(), &MockInterview::changed, this, &MockInterviewDialog::showState);
    m_setup->focusCategories();
}

MockInterviewDialog::~MockInterviewDialog() = default;

QWidget *MockInterviewDialog::createQuestionPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("questionPage"));
    m_questionHeader = new QLabel(page);
    m_questionHeader->setObjectName(QStringLiteral("questionHeader"));
    m_countdown = new QLabel(page);
    m_countdown->setObjectName(QStringLiteral("countdown"));
    m_countdown->setAccessibleName(tr("Time left"));
    QFont big = m_countdown->font();
    big.setPointSizeF(big.pointSizeF() * 2.5);
    big.setBold(true);
    m_countdown->setFont(big);
    // Wide enough for any time, so the label neither clips nor makes the header jump as it counts.
    m_countdown->setMinimumWidth(QFontMetrics(big).horizontalAdvance(QStringLiteral("00:00")) + 8);
    m_countdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_question = browser(QStringLiteral("interviewQuestion"), tr("Interview question"), page);
    m_question->setFocusPolicy(Qt::NoFocus);
    m_question->zoomIn(3); // the question is read from across the desk, as an interviewer would show it
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("interviewNotes"));
    m_notes->setAccessibleName(tr("Your notes"));
    m_notes->setPlaceholderText(tr("Answer aloud, or type notes here (Tab)"));
    m_notes->setTabChangesFocus(true);
    connect(m_notes, &QPlainTextEdit::textChanged, this,
        [this] { m_interview->setNotes(m_notes->toPlainText()); });
    m_reveal = button(tr("&Reveal Answer"), QStringLiteral("revealAnswer"), page);
    m_reveal->setToolTip(tr("Show the sample answer (Space, or Ctrl+Return from the notes)"));
    m_reveal->setAccessibleDescription(tr("Shows the sample answer; Space or Ctrl+Return"));
    connect(m_reveal, &QPushButton::clicked, this, [this] { m_interview->reveal(); });
    for (const QKeySequence &key :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(key, page);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { m_interview->reveal(); });
    }
    auto *end = button(tr("&End Interview"), QStringLiteral("endFromQuestion"), page);
    connect(end, &QPushButton::clicked, this, &MockInterviewDialog::endInterview);

    auto *top = new QHBoxLayout;
    top->addWidget(m_questionHeader, 1);
    top->addWidget(m_countdown);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(end);
    buttons->addStretch();
    buttons->addWidget(m_reveal);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_question, 1);
    layout->addWidget(m_notes, 1);
    layout->addLayout(buttons);
    setTabOrder(m_reveal, m_notes);
    setTabOrder(m_notes, end);
    return page;
}

QWidget *MockInterviewDialog::createRevealPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("revealPage"));
    m_revealHeader = new QLabel(page);
    m_revealHeader->setObjectName(QStringLiteral("revealHeader"));
    m_revealHeader->setWordWrap(true);
    m_answer = browser(QStringLiteral("sampleAnswer"), tr("Sample answer"), page);
    m_answer->setFocusPolicy(Qt::ClickFocus);
    m_yourNotes = new QLabel(page);
    m_yourNotes->setObjectName(QStringLiteral("yourNotes"));
    m_yourNotes->setWordWrap(true);
    m_yourNotes->setTextFormat(Qt::PlainText);
    m_points = new QStandardItemModel(this);
    m_pointList = new QListView(page);
    m_pointList->setObjectName(QStringLiteral("lookForList"));
    m_pointList->setAccessibleName(tr("What to look for"));
    m_pointList->setAccessibleDescription(
        tr("Space ticks a point your answer covered; 1 to 4 grade the answer"));
    m_pointList->setModel(m_points);
    m_pointList->setWordWrap(true);
    m_pointList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_points, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        m_interview->setPointChecked(item->row(), item->checkState() == Qt::Checked);
    });

    auto *grades = new QHBoxLayout;
    auto *end = button(tr("&End Interview"), QStringLiteral("endFromReveal"), page);
    connect(end, &QPushButton::clicked, this, &MockInterviewDialog::endInterview);
    grades->addWidget(end);
    grades->addStretch();
    const QStringList names { tr("Again"), tr("Hard"), tr("Good"), tr("Easy") };
    for (int rating = 1; rating <= 4; ++rating) {
        auto *grade = button(tr("%1 %2").arg(rating).arg(names.at(rating - 1)),
            QStringLiteral("interviewGrade%1").arg(rating), page);
        grade->setToolTip(tr("Grade your answer %1 (key %2)").arg(names.at(rating - 1)).arg(rating));
        connect(grade, &QPushButton::clicked, this, [this, rating] { this->grade(rating); });
        grades->addWidget(grade);
        auto *shortcut = new QShortcut(QKeySequence(Qt::Key_1 + (rating - 1)), page);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, rating] { this->grade(rating); });
    }

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_revealHeader);
    layout->addWidget(m_answer, 3);
    layout->addWidget(m_yourNotes);
    auto *pointsLabel = new QLabel(tr("&What to look for (tick what you covered):"), page);
    pointsLabel->setBuddy(m_pointList);
    layout->addWidget(pointsLabel);
    layout->addWidget(m_pointList, 2);
    layout->addLayout(grades);
    return page;
}

QWidget *MockInterviewDialog::createSummaryPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("summaryPage"));
    m_summaryText = new QLabel(page);
    m_summaryText->setObjectName(QStringLiteral("summaryText"));
    m_summaryText->setWordWrap(true);
    m_summary = new QStandardItemModel(this);
    m_summaryTable = new QTableView(page);
    m_summaryTable->setObjectName(QStringLiteral("summaryTable"));
    m_summaryTable->setAccessibleName(tr("Results by category"));
    m_summaryTable->setModel(m_summary);
    m_summaryTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summaryTable->verticalHeader()->hide();
    m_summaryTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summaryTable->horizontalHeader()->setStretchLastSection(true);
    m_summaryClose = button(tr("Close"), QStringLiteral("summaryClose"), page);
    connect(m_summaryClose, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_summaryClose);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("How it went")), page));
    layout->addWidget(m_summaryText);
    layout->addWidget(m_summaryTable, 1);
    layout->addLayout(buttons);
    return page;
}

void MockInterviewDialog::start()
{
    const Guide *guide = m_progress.guide();
    if (!guide)
        return;
    const MockInterviewPlan plan = m_setup->plan();
    const auto standing
        = InterviewDraw::standing(m_progress.schedules(), m_session.reviewLog(), m_progress.now());
    const auto questions
        = InterviewDraw::draw(*guide, plan, standing, m_progress.scheduler().model(), m_seed);
    if (questions.isEmpty())
        return;
    m_saved = false;
    m_interview->start(*guide, questions, plan.secondsPerQuestion);
}

void MockInterviewDialog::showState()
{
    switch (m_interview->phase()) {
    case MockInterview::Phase::NotStarted:
        m_pages->setCurrentIndex(SetupPage);
        break;
    case MockInterview::Phase::Asking:
        showQuestion();
        break;
    case MockInterview::Phase::Revealed:
        if (m_pages->currentIndex() != RevealPage) // ticking a point must not rebuild the list
            showReveal();
        break;
    case MockInterview::Phase::Finished:
        showSummary();
        break;
    }
}

QString MockInterviewDialog::header() const
{
    return tr("Question %1 of %2 · %3")
        .arg(m_interview->position() + 1)
        .arg(m_interview->count())
        .arg(categoryTitle(m_interview->currentCategoryId()));
}

void MockInterviewDialog::showQuestion()
{
    const Card *card = m_interview->currentCard();
    m_questionHeader->setText(header());
    m_question->setHtml(card ? html(card->prompt) : QString());
    const QSignalBlocker blocker(m_notes); // a new question starts with empty notes, as the interview does
    m_notes->clear();
    m_pages->setCurrentIndex(QuestionPage);
    updateCountdown();
    m_timer->start();
    m_reveal->setFocus(); // Space reveals; Tab goes to the notes
}

void MockInterviewDialog::updateCountdown()
{
    const qint64 seconds = (m_interview->remainingMs() + 999) / 1000;
    m_countdown->setText(clockText(seconds));
}

void MockInterviewDialog::showReveal()
{
    m_timer->stop();
    const Card *card = m_interview->currentCard();
    m_revealHeader->setText(header() + QStringLiteral(" · ")
        + (m_interview->timedOut() ? tr("time is up")
                                   : tr("answered in %1").arg(clockText(m_interview->secondsUsed()))));
    if (card) {
        const QString sample = card->sampleAnswer.isEmpty() ? card->answer : card->sampleAnswer;
        m_answer->setHtml(QStringLiteral("<p><b>%1</b></p>").arg(tr("Sample answer")) + html(sample));
    }
    const QString notes = m_interview->notes().trimmed();
    m_yourNotes->setText(notes.isEmpty() ? QString() : tr("Your notes: %1").arg(notes));
    m_yourNotes->setVisible(!notes.isEmpty());
    m_points->clear(); // items are checked before they join the model, so no tick is reported
    for (const QString &point : m_interview->points()) {
        // A list item shows plain text: the Markdown marks of code and emphasis would only clutter it.
        auto *item = new QStandardItem(QString(point).remove(QLatin1Char('`')).remove(QStringLiteral("**")));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(point);
        m_points->appendRow(item);
    }
    m_pages->setCurrentIndex(RevealPage);
    if (m_points->rowCount() > 0)
        m_pointList->setCurrentIndex(m_points->index(0, 0));
    m_pointList->setFocus();
}

void MockInterviewDialog::grade(int rating)
{
    m_interview->grade(Rating(rating));
}

void MockInterviewDialog::reject()
{
    // Escape during an interview ends it, keeping what was graded; a second Escape closes.
    const auto phase = m_interview->phase();
    if (phase == MockInterview::Phase::Asking || phase == MockInterview::Phase::Revealed)
        endInterview();
    else
        QDialog::reject();
}

void MockInterviewDialog::endInterview()
{
    m_interview->finish();
}

void MockInterviewDialog::showSummary()
{
    m_timer->stop();
    const InterviewSession session = m_interview->session();
    if (!m_saved && !session.answers.isEmpty()) {
        m_saved = true;
        const bool stored = m_session.recordInterview(session);
        m_summaryText->setText(stored
                ? tr("Saved to your progress; your grades count as reviews of these cards.")
                : tr("Not saved: %1")
                      .arg(m_session.storeProblem().isEmpty() ? tr("the progress file cannot be written.")
                                                                  : m_session.storeProblem()));
    } else if (session.answers.isEmpty()) {
        m_summaryText->setText(tr("No question was graded, so there is nothing to save."));
    }
    const MockInterviewSummary summary = m_interview->summary();
    m_summary->clear();
    m_summary->setHorizontalHeaderLabels(
        { tr("Category"), tr("Questions"), tr("Score"), tr("Points covered"), tr("Time used") });
    const auto addRow = [this](const QString &title, const MockInterviewSummary::Category &c) {
        m_summary->appendRow({ new QStandardItem(title), new QStandardItem(QString::number(c.questions)),
            new QStandardItem(QStringLiteral("%1%").arg(c.score)),
            new QStandardItem(QStringLiteral("%1 / %2").arg(c.checkedPoints).arg(c.totalPoints)),
            new QStandardItem(clockText(c.secondsUsed)) });
    };
    for (const auto &category : summary.categories)
        addRow(categoryTitle(category.categoryId), category);
    if (summary.categories.size() > 1)
        addRow(tr("All categories"), summary.total);
    m_pages->setCurrentIndex(SummaryPage);
    m_summaryClose->setDefault(true); // a dialog has one default button: Return now closes
    m_summaryTable->setFocus();
}

QString MockInterviewDialog::html(const QString &markdown) const
{
    // Links of a card lead nowhere inside the dialog, as in the card panel.
    return m_renderer->toHtml(markdown, [](const QString &, bool) { return QString(); });
}

QString MockInterviewDialog::categoryTitle(const QString &id) const
{
    const Guide *guide = m_progress.guide();
    const Topic *topic = guide ? guide->topic(id) : nullptr;
    return topic ? topic->title : id;
}

QStandardItemModel *MockInterviewDialog::categoryModel() const
{
    return m_setup->categoryModel();
}
