#include "SearchPopup.h"

#include "SearchIndexBuilder.h"

#include <QAbstractListModel>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QScreen>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <algorithm>

namespace SearchPopupDetail {

enum Role { KindNameRole = Qt::UserRole + 1, SnippetHtmlRole };

// The hits of the last query, as rows of a list.
class HitModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

    const QList<SearchHit> &hits() const { return m_hits; }
    void setHits(QList<SearchHit> hits)
    {
        beginResetModel();
        m_hits = std::move(hits);
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_hits.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_hits.size())
            return {};
        const SearchHit &hit = m_hits.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return hit.title;
        case Qt::AccessibleTextRole:
            return SearchPopup::tr("%1: %2. %3")
                .arg(SearchPopup::kindName(hit.kind), hit.title,
                    QTextDocumentFragment::fromHtml(hit.snippetHtml).toPlainText());
        case KindNameRole:
            return SearchPopup::kindName(hit.kind);
        case SnippetHtmlRole:
            return hit.snippetHtml;
        default:
            return {};
        }
    }

private:
    QList<SearchHit> m_hits;
};

// Two lines per hit: the title in bold with its kind, then the snippet with the matched words
// in bold. Only the snippet is rich text, and the index has already escaped it; the title is
// escaped here.
class HitDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int padding = 4;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return { option.rect.width(), 2 * option.fontMetrics.lineSpacing() + 2 * padding };
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group
            = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor faint = text;
        faint.setAlphaF(0.65f);

        QTextDocument doc;
        doc.setDefaultFont(opt.font);
        doc.setDocumentMargin(0);
        QTextOption textOption;
        textOption.setWrapMode(QTextOption::NoWrap);
        doc.setDefaultTextOption(textOption);
        doc.setHtml(QStringLiteral("<b>%1</b>&nbsp;&nbsp;<span style=\"color:%2\">%3</span><br>%4")
                        .arg(index.data(Qt::DisplayRole).toString().toHtmlEscaped(),
                            faint.name(QColor::HexArgb), index.data(KindNameRole).toString().toHtmlEscaped(),
                            index.data(SnippetHtmlRole).toString()));

        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        context.palette.setColor(QPalette::Text, text);
        const QRect area = opt.rect.adjusted(2 * padding, padding, -2 * padding, -padding);
        painter->save();
        painter->translate(area.topLeft());
        painter->setClipRect(QRect(QPoint(0, 0), area.size()));
        context.clip = QRectF(QPointF(0, 0), QSizeF(area.size()));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }
};

} // namespace SearchPopupDetail

using SearchPopupDetail::HitDelegate;
using SearchPopupDetail::HitModel;

SearchPopup::SearchPopup(SearchIndexBuilder &search, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_search(search)
    , m_model(new HitModel(this))
    , m_query(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("searchPopup"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Search"));
    setAccessibleDescription(tr("Searches the guide's topics and cards and your notes"));

    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Search topics, cards and notes"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search query"));
    m_query->setAccessibleDescription(
        tr("Results appear as you type; Up and Down choose one, Enter opens it, Escape closes"));

    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setAccessibleDescription(tr("How many results the search found"));

    // The focus stays in the query, so that typing always edits it; the view only shows
    // which hit is current (its selection changes are still announced to screen readers).
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new HitDelegate(m_view));
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setAccessibleName(tr("Search results"));
    m_view->setAccessibleDescription(tr("Enter or a click opens the chosen result"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_query);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    m_query->installEventFilter(this);
    connect(m_query, &QLineEdit::textChanged, this, &SearchPopup::runQuery);
    connect(m_view, &QListView::clicked, this, &SearchPopup::activate);
    connect(&m_search, &SearchIndexBuilder::ready, this, &SearchPopup::runQuery);
    runQuery();
}

SearchPopup::~SearchPopup() = default;

QString SearchPopup::kindName(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Topic:
        return tr("Topic");
    case SearchHit::Kind::Card:
        return tr("Card");
    case SearchHit::Kind::Note:
        return tr("Note");
    }
    return QString();
}

QList<SearchHit> SearchPopup::hits() const
{
    return m_model->hits();
}

std::optional<SearchHit> SearchPopup::currentHit() const
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->hits().size())
        return std::nullopt;
    return m_model->hits().at(row);
}

void SearchPopup::popup(QWidget *anchor)
{
    QSize size(560, 380);
    QPoint topLeft;
    if (anchor) {
        size.setWidth(std::clamp(anchor->width() * 3 / 5, 420, 760));
        const QPoint origin = anchor->mapToGlobal(QPoint(0, 0));
        topLeft = QPoint(origin.x() + (anchor->width() - size.width()) / 2,
            origin.y() + std::min(48, anchor->height() / 10));
    } else if (const QScreen *screen = this->screen()) {
        topLeft = screen->availableGeometry().center() - QPoint(size.width() / 2, size.height() / 2);
    }
    setGeometry(QRect(topLeft, size));
    show();
    raise();
    activateWindow();
    m_query->setFocus(Qt::PopupFocusReason);
    m_query->selectAll();
    runQuery();
}

void SearchPopup::runQuery()
{
    const QString text = m_query->text();
    if (!m_search.isReady()) {
        m_model->setHits({});
        m_status->setText(tr("Indexing..."));
        return;
    }
    if (text.trimmed().isEmpty()) {
        m_model->setHits({});
        m_status->setText(tr("Type to search topics, cards and notes"));
        return;
    }
    QList<SearchHit> hits = m_search.search(text);
    const int count = int(hits.size());
    m_model->setHits(std::move(hits));
    if (count == 0)
        m_status->setText(tr("No matches"));
    else
        m_status->setText(count == 1 ? tr("1 result") : tr("%1 results").arg(count));
    if (count > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void SearchPopup::moveCurrent(int rows)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const int row = std::clamp(m_view->currentIndex().row() + rows, 0, count - 1);
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void SearchPopup::activate(const QModelIndex &index)
{
    if (!index.isValid() || index.row() >= m_model->hits().size())
        return;
    const SearchHit hit = m_model->hits().at(index.row());
    close();
    emit hitActivated(hit);
}

bool SearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int rowHeight = std::max(1, m_view->sizeHintForRow(0));
        const int page = std::max(1, m_view->viewport()->height() / rowHeight - 1);
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_PageDown:
            moveCurrent(page);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(-page);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            activate(m_view->currentIndex());
            return true;
        case Qt::Key_Escape:
            close();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

#include "SearchPopup.moc"
