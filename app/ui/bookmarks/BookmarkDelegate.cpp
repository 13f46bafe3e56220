#include "BookmarkDelegate.h"

#include "BookmarksModel.h"

#include <QApplication>
#include <QLineEdit>
#include <QPainter>

namespace {
constexpr int margin = 4;

// The note's line is as tall as a framed line edit, so the editor fits it without covering the title.
int editorHeight(const QFontMetrics &metrics)
{
    return metrics.height() + 10;
}
} // namespace

QRect BookmarkDelegate::noteRect(const QRect &rect, const QFontMetrics &metrics)
{
    const int top = rect.top() + margin + metrics.height();
    return QRect(rect.left() + margin, top, rect.width() - 2 * margin, rect.bottom() - margin - top + 1);
}

QSize BookmarkDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    // No width of its own: the row takes the list's width and its lines are elided to it,
    // rather than the list scrolling sideways to show a long title.
    const QFontMetrics metrics(option.font);
    return QSize(1, 2 * margin + metrics.height() + editorHeight(metrics));
}

void BookmarkDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QFontMetrics metrics(option.font);
    const QRect title(option.rect.left() + margin, option.rect.top() + margin,
        option.rect.width() - 2 * margin, metrics.height());
    painter->save();
    painter->setFont(option.font);
    painter->setPen(text);
    painter->drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(index.data(BookmarksModel::TitleRole).toString(), Qt::ElideRight, title.width()));
    const QString note = index.data(BookmarksModel::NoteRole).toString();
    QColor noteColour = text;
    if (note.isEmpty())
        noteColour
            = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter->setPen(noteColour);
    const QRect line = noteRect(option.rect, metrics).adjusted(4, 0, 0, 0);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(
            note.isEmpty() ? tr("No note (F2 adds one)") : note, Qt::ElideRight, line.width()));
    painter->restore();
}

QWidget *BookmarkDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("bookmarkNoteEditor"));
    editor->setFrame(true);
    editor->setAutoFillBackground(true);
    editor->setPlaceholderText(tr("Why to revisit it"));
    editor->setAccessibleName(tr("Note on %1").arg(index.data(BookmarksModel::TitleRole).toString()));
    return editor;
}

void BookmarkDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(index.data(BookmarksModel::NoteRole).toString());
        line->selectAll();
    }
}

void BookmarkDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        model->setData(index, line->text(), Qt::EditRole);
}

void BookmarkDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    editor->setGeometry(noteRect(option.rect, QFontMetrics(option.font)));
}
