#include "FittingImageHandler.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace {

QImage pictureOf(QTextDocument *document, const QTextImageFormat &format)
{
    const QVariant resource = document->resource(QTextDocument::ImageResource, QUrl(format.name()));
    if (resource.canConvert<QImage>())
        return resource.value<QImage>();
    if (resource.canConvert<QPixmap>())
        return resource.value<QPixmap>().toImage();
    return QImage();
}

// The size the HTML asks for: both sides as given, one side given and the other in the
// picture's proportions, or the picture as it is.
QSizeF askedSize(const QTextImageFormat &format, const QImage &picture)
{
    const QSizeF natural = picture.isNull() ? QSizeF(16, 16) : QSizeF(picture.size()) / picture.devicePixelRatio();
    const bool hasWidth = format.hasProperty(QTextFormat::ImageWidth) && format.width() > 0;
    const bool hasHeight = format.hasProperty(QTextFormat::ImageHeight) && format.height() > 0;
    if (hasWidth && hasHeight)
        return QSizeF(format.width(), format.height());
    if (hasWidth)
        return QSizeF(format.width(), natural.width() > 0 ? format.width() * natural.height() / natural.width() : natural.height());
    if (hasHeight)
        return QSizeF(natural.height() > 0 ? format.height() * natural.width() / natural.height() : natural.width(), format.height());
    return natural;
}

// The width of text in the block at POSITION: the page's width less its margins, the block's
// margins and indent, and a list's indent.
qreal textWidthAt(QTextDocument *document, int position)
{
    const qreal page = document->textWidth();
    if (page <= 0)
        return 0; // not laid out to a width yet: nothing to fit
    const QTextBlock block = document->findBlock(position);
    const QTextBlockFormat format = block.blockFormat();
    qreal width = page - 2 * document->documentMargin() - format.leftMargin() - format.rightMargin()
        - format.indent() * document->indentWidth() - qMax<qreal>(0, format.textIndent());
    if (const QTextList *list = block.textList())
        width -= list->format().indent() * document->indentWidth();
    return width;
}

} // namespace

FittingImageHandler::FittingImageHandler(QObject *parent)
    : QObject(parent)
{
}

void FittingImageHandler::installOn(QTextDocument *document)
{
    document->documentLayout()->registerHandler(QTextFormat::ImageObject, new FittingImageHandler(document));
}

QSizeF FittingImageHandler::intrinsicSize(QTextDocument *document, int position, const QTextFormat &format)
{
    const QSizeF asked = askedSize(format.toImageFormat(), pictureOf(document, format.toImageFormat()));
    const qreal room = textWidthAt(document, position);
    if (room <= 0 || asked.width() <= room)
        return asked;
    return QSizeF(room, asked.height() * room / asked.width());
}

void FittingImageHandler::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int,
                                     const QTextFormat &format)
{
    const QImage picture = pictureOf(document, format.toImageFormat());
    if (picture.isNull()) {
        painter->save();
        painter->setPen(QPen(Qt::gray, 1, Qt::DashLine));
        painter->drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
        painter->restore();
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(rect, picture);
    painter->restore();
}
