#pragma once

#include <QStyledItemDelegate>

// Draws a topic row: its title with a status mark, a bookmark star, the number of cards due,
// and a small bar of how far the user has come. Colours come from the palette.
class TopicItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
