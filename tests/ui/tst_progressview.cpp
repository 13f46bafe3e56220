// The Progress view in a small window and in both themes.

#include "GuideFixture.h"
#include "GuideLoader.h"
#include "ProgressStore.h"
#include "ProgressView.h"
#include "StudySession.h"
#include "ThemePalette.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtTest>

class TestProgressView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void smallWindowShowsRowsTitleAndSeparateDates();
    void chartFollowsTheTheme();

private:
    QChartView *chartView() const { return m_view->findChild<QChartView *>(QStringLiteral("reviewsChart")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<GuideFixture> m_guide;
    std::unique_ptr<Guide> m_loaded; // handed to the session
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<StudySession> m_progress;
    std::unique_ptr<QWidget> m_window;
    ProgressView *m_view = nullptr;
};

void TestProgressView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_guide = std::make_unique<GuideFixture>();
    m_guide->writeSample();
    m_loaded = GuideLoader().load(m_guide->path()).guide;
    m_store = std::make_unique<ProgressStore>();
    QCOMPARE(m_store->open(m_dir->filePath(QStringLiteral("p.sqlite"))), ProgressStore::Mode::ReadWrite);
    m_progress = std::make_unique<StudySession>(*m_store);
    m_progress->setGuide(std::move(m_loaded));
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new ProgressView(*m_progress, m_window.get());
    layout->addWidget(m_view);
}

void TestProgressView::cleanup()
{
    ThemePalette::apply(QStringLiteral("system"));
    m_window.reset();
    m_progress.reset();
    m_store.reset();
}

void TestProgressView::smallWindowShowsRowsTitleAndSeparateDates()
{
    // The pane the view gets in a 900x600 window, less the tree, toolbar and status bar.
    m_window->resize(640, 470);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::processEvents();

    auto *title = m_view->findChild<QLabel *>(QStringLiteral("progressTitle"));
    QVERIFY(title);
    QVERIFY2(title->height() >= title->sizeHint().height(),
        qPrintable(QStringLiteral("title %1 px high, needs %2")
                       .arg(title->height())
                       .arg(title->sizeHint().height())));

    auto *table = m_view->findChild<QTableView *>(QStringLiteral("categoryTable"));
    QVERIFY(table->model()->rowCount() >= 2);
    int whole = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        whole += table->viewport()->rect().contains(table->visualRect(table->model()->index(row, 0))) ? 1 : 0;
    QVERIFY2(whole >= 2, qPrintable(QStringLiteral("%1 whole rows visible").arg(whole)));

    // The day labels under the chart: only as many as fit side by side at this width.
    QChartView *view = chartView();
    QVERIFY(view);
    auto *days = qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(days);
    QCOMPARE(days->count(), ProgressView::chartDays);
    QCOMPARE(qAbs(days->labelsAngle()), 90); // standing, so that today's label fits at the right end
    const QFontMetrics metrics(days->labelsFont());
    int named = 0, widest = 0;
    for (const QString &label : days->categories()) {
        if (label.trimmed().isEmpty())
            continue;
        ++named;
        widest = std::max(widest, metrics.horizontalAdvance(label));
    }
    QVERIFY(named >= 2);
    const double slot = view->chart()->plotArea().width() / ProgressView::chartDays;
    const int stride = ProgressView::chartDays / named; // named days are about this far apart
    Q_UNUSED(widest);
    // Standing labels are a line high across: named days must be further apart than that.
    QVERIFY2(metrics.height() < slot * stride,
        qPrintable(QStringLiteral("%1 labels %2 px high in slots of %3 px")
                       .arg(named)
                       .arg(metrics.height())
                       .arg(slot)));
    QVERIFY(named < ProgressView::chartDays); // at this width, not every day is named
    QVERIFY(!days->categories().constLast().trimmed().isEmpty()); // today is always named
}

void TestProgressView::chartFollowsTheTheme()
{
    ThemePalette::apply(QStringLiteral("light"));
    m_window->resize(900, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QChartView *view = chartView();
    QVERIFY(view);
    const auto expectColours = [&](const QPalette &palette) {
        const QColor text = palette.color(QPalette::WindowText);
        QCOMPARE(view->chart()->titleBrush().color(), text);
        for (QAbstractAxis *axis : view->chart()->axes()) {
            QCOMPARE(axis->labelsBrush().color(), text);
            QCOMPARE(axis->gridLineColor().rgb(), text.rgb());
            QVERIFY(axis->gridLineColor().alpha() < 128); // faint, not a white grid on dark grey
        }
        QCOMPARE(view->chart()->backgroundBrush().color(), palette.color(QPalette::Window));
        QVERIFY(view->chart()->isBackgroundVisible());
    };
    expectColours(ThemePalette::light());

    // Changed while the view is open.
    ThemePalette::apply(QStringLiteral("dark"));
    QApplication::processEvents();
    expectColours(ThemePalette::dark());

    // Closed and opened again, in the other theme.
    m_view->hide();
    ThemePalette::apply(QStringLiteral("light"));
    m_view->show();
    QApplication::processEvents();
    expectColours(ThemePalette::light());
}

QTEST_MAIN(TestProgressView)
#include "tst_progressview.moc"
