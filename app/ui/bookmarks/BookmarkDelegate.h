#pragma once

#include <QStyledItemDelegate>

// Draws a bookmark on two lines, its title above its note, and edits the note (F2) in a framed
// line edit on the note's line, pre-filled with the note, so the title stays in view.
class BookmarkDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the note line (and its editor) sits inside an item's RECT.
    static QRect noteRect(const QRect &rect, const QFontMetrics &metrics);
};
