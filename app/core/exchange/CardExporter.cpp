#include "CardExporter.h"

#include "Guide.h"

#include <QRegularExpression>
#include <QSaveFile>

CardExporter::CardExporter(CodeHighlighter &highlighter)
    : m_renderer(highlighter)
{
}

QString CardExporter::html(const QString &markdown) const
{
    // No link resolver: links into the guide would point nowhere in another program, so they
    // keep their text and lose their target.
    return m_renderer.toHtml(markdown).trimmed();
}

QString CardExporter::front(const Card &card) const
{
    QString prompt = html(card.prompt);
    // A prompt is one line of text; the paragraph around it would only add a margin.
    if (prompt.startsWith(QLatin1String("<p>")) && prompt.endsWith(QLatin1String("</p>"))
        && prompt.indexOf(QLatin1String("<p"), 1) < 0)
        prompt = prompt.mid(3, prompt.size() - 7);
    return field(prompt);
}

QString CardExporter::back(const Card &card) const
{
    if (card.kind != Card::Kind::Interview)
        return field(html(card.answer));
    const auto part = [this](const QString &heading, const QString &markdown) -> QString {
        return QStringLiteral("<h3>") + heading.toHtmlEscaped() + QStringLiteral("</h3>") + html(markdown);
    };
    return field(part(tr("How to answer"), card.howToAnswer) + part(tr("Sample answer"), card.sampleAnswer)
        + part(tr("What to look for"), card.whatToLookFor));
}

QString CardExporter::field(const QString &html)
{
    QString out;
    out.reserve(html.size() + html.size() / 8);
    int preDepth = 0;
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('<')) {
            const QStringView rest = QStringView(html).mid(i, 6);
            if (rest.startsWith(QLatin1String("</pre>"), Qt::CaseInsensitive))
                preDepth = qMax(0, preDepth - 1);
            else if (rest.startsWith(QLatin1String("<pre>"), Qt::CaseInsensitive)
                || rest.startsWith(QLatin1String("<pre "), Qt::CaseInsensitive))
                ++preDepth;
            out += c;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            out += preDepth > 0 ? QStringLiteral("<br>") : QStringLiteral(" ");
        } else if (c == QLatin1Char('\t')) {
            out += QStringLiteral("    ");
        } else {
            out += c;
        }
    }
    // Outside <pre> a space at either end shows as nothing; trim so the line ends cleanly.
    if (preDepth == 0)
        out = out.trimmed();
    if (out.startsWith(QLatin1Char('#')))
        out.replace(0, 1, QStringLiteral("&#35;"));
    else if (out.startsWith(QLatin1Char('"')))
        out.replace(0, 1, QStringLiteral("&quot;"));
    return out;
}

QString CardExporter::tag(const QString &guideId, const QString &topicId)
{
    static const QRegularExpression separators(QStringLiteral("[/#]"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList parts;
    const QString path = guideId + QLatin1Char('/') + topicId;
    for (QString part : path.split(separators, Qt::SkipEmptyParts)) {
        part = part.trimmed().replace(spaces, QStringLiteral("-")).remove(QLatin1Char('"'));
        // "::" inside an id would invent a level of hierarchy the guide does not have.
        while (part.contains(QLatin1String("::")))
            part.replace(QStringLiteral("::"), QStringLiteral(":"));
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral("::"));
}

QString CardExporter::toText(const Guide &guide, const Topic *branch, Format format) const
{
    QString text;
    if (format == Format::Anki)
        text += QStringLiteral("#separator:tab\n#html:true\n#tags column:3\n");
    for (const Card *card : guide.cardsUnder(branch ? branch : guide.root())) {
        text += front(*card) + QLatin1Char('\t') + back(*card);
        if (format == Format::Anki)
            text += QLatin1Char('\t') + tag(guide.id(), card->topicId);
        text += QLatin1Char('\n');
    }
    return text;
}

CardExporter::Result CardExporter::write(
    const QString &path, const Guide &guide, const Topic *branch, Format format) const
{
    Result result;
    result.cards = int(guide.cardsUnder(branch ? branch : guide.root()).size());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.message = tr("The cards cannot be written to %1: %2.").arg(path, file.errorString());
        return result;
    }
    file.write(toText(guide, branch, format).toUtf8());
    if (!file.commit()) {
        result.message = tr("The cards cannot be written to %1: %2.").arg(path, file.errorString());
        return result;
    }
    result.ok = true;
    result.message = tr("Exported %1 cards to %2.").arg(result.cards).arg(path);
    return result;
}
