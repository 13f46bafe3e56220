#pragma once

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

// Lays out and draws a page's images no wider than the text beside them. GitHub gives images
// max-width: 100%, so a wide diagram shrinks with the window, keeping its proportions, instead
// of making the page scroll sideways; Qt's own image handler (before Qt 6.8) always draws an
// image at its natural or given size. Sizes follow the HTML: width and height as given, one of
// them scaled by the picture's proportions, or the picture's own size.
class FittingImageHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    // Replaces the image handler of DOCUMENT's layout; the handler lives as long as DOCUMENT.
    static void installOn(QTextDocument *document);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    explicit FittingImageHandler(QObject *parent);
};
