#include "TopicItemDelegate.h"

#include "ItemDataRoles.h"
#include "ProgressTypes.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int barWidth = 36;
constexpr int barHeight = 5;
constexpr int markSize = 10;
constexpr int gap = 6;
} // namespace

void TopicItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // The status mark replaces the icon; the accessible text says it in words.
    if (index.data(ItemDataRole::Status).isValid())
        option->features &= ~QStyleOptionViewItem::HasDecoration;
}

QSize TopicItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += barWidth + markSize + 5 * gap + option.fontMetrics.horizontalAdvance(QStringLiteral("99 ★"));
    return size;
}

void TopicItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant statusValue = index.data(ItemDataRole::Status);
    if (!statusValue.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor accent = selected ? text : opt.palette.color(group, QPalette::Highlight);
    const QColor faint = QColor(text.red(), text.green(), text.blue(), 70);

    const int percent = index.data(ItemDataRole::Percent).toInt();
    const int due = index.data(ItemDataRole::DueCount).toInt();
    const bool bookmarked = index.data(ItemDataRole::Bookmarked).toBool();
    const auto status = TopicStatus(statusValue.toInt());

    // Right-hand side: [due] [★] [bar]
    QRect right = opt.rect.adjusted(0, 0, -gap, 0);
    const QRect bar(right.right() - barWidth, right.center().y() - barHeight / 2, barWidth, barHeight);
    right.setRight(bar.left() - gap);
    QString badges;
    if (due > 0)
        badges += QString::number(due);
    if (bookmarked)
        badges += (badges.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("★");
    const int badgeWidth = badges.isEmpty() ? 0 : opt.fontMetrics.horizontalAdvance(badges) + gap;

    // Left-hand side: status mark, then the title with room left for the badges and bar.
    const QRect mark(opt.rect.left() + gap / 2, opt.rect.center().y() - markSize / 2, markSize, markSize);
    opt.rect.setLeft(mark.right() + gap);
    opt.rect.setRight(right.right() - badgeWidth);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, widget);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(text);
    painter->drawText(opt.rect, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, opt.rect.width()));
    painter->restore();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(accent, 1.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(QRectF(mark).adjusted(0.75, 0.75, -0.75, -0.75));
    if (status == TopicStatus::Done) {
        painter->setBrush(accent);
        painter->drawEllipse(QRectF(mark).adjusted(0.75, 0.75, -0.75, -0.75));
    } else if (status == TopicStatus::Reading) {
        QPainterPath half;
        half.moveTo(QRectF(mark).center());
        half.arcTo(QRectF(mark).adjusted(0.75, 0.75, -0.75, -0.75), 90, 180);
        half.closeSubpath();
        painter->fillPath(half, accent);
    }

    if (!badges.isEmpty()) {
        painter->setPen(text);
        painter->drawText(QRect(right.right() - badgeWidth, opt.rect.top(), badgeWidth, opt.rect.height()),
                          Qt::AlignRight | Qt::AlignVCenter, badges);
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(faint);
    painter->drawRoundedRect(bar, 2, 2);
    if (percent > 0) {
        painter->setBrush(accent);
        painter->drawRoundedRect(QRect(bar.left(), bar.top(), std::max(2, bar.width() * percent / 100), bar.height()), 2, 2);
    }
    painter->restore();
}
