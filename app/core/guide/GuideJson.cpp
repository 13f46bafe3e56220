#include "GuideJson.h"

#include "Guide.h"

#include <QJsonArray>

namespace {

QString kindName(Topic::Kind kind)
{
    switch (kind) {
    case Topic::Kind::Root:
        return QStringLiteral("root");
    case Topic::Kind::Folder:
        return QStringLiteral("folder");
    case Topic::Kind::File:
        return QStringLiteral("file");
    case Topic::Kind::Section:
        return QStringLiteral("section");
    }
    return QString();
}

QJsonObject cardJson(const Card &card)
{
    QJsonObject o {
        { QStringLiteral("id"), card.id },
        { QStringLiteral("kind"), card.kind == Card::Kind::Interview ? QStringLiteral("interview") : QStringLiteral("prompt-answer") },
        { QStringLiteral("prompt"), card.prompt },
        { QStringLiteral("file"), card.file },
        { QStringLiteral("line"), card.line },
    };
    if (card.kind == Card::Kind::Interview) {
        o.insert(QStringLiteral("howToAnswer"), card.howToAnswer);
        o.insert(QStringLiteral("sampleAnswer"), card.sampleAnswer);
        o.insert(QStringLiteral("whatToLookFor"), card.whatToLookFor);
    } else {
        o.insert(QStringLiteral("answer"), card.answer);
    }
    return o;
}

QJsonObject topicJson(const Topic &topic)
{
    QJsonArray children;
    for (const auto &child : topic.children)
        children.append(topicJson(*child));
    QJsonArray cards;
    for (const Card &card : topic.cards)
        cards.append(cardJson(card));
    QJsonObject o {
        { QStringLiteral("id"), topic.id },
        { QStringLiteral("title"), topic.title },
        { QStringLiteral("kind"), kindName(topic.kind) },
        { QStringLiteral("file"), topic.file },
        { QStringLiteral("line"), topic.line },
        { QStringLiteral("children"), children },
        { QStringLiteral("cards"), cards },
    };
    return o;
}

} // namespace

namespace GuideJson {

QJsonObject toJson(const Guide &guide)
{
    QJsonArray topics;
    for (const auto &child : guide.root()->children)
        topics.append(topicJson(*child));
    QJsonArray diagnostics;
    for (const Diagnostic &d : guide.diagnostics())
        diagnostics.append(d.toString());
    return {
        { QStringLiteral("id"), guide.id() },
        { QStringLiteral("title"), guide.title() },
        { QStringLiteral("topicCount"), guide.topicCount() },
        { QStringLiteral("cardCount"), guide.cardCount() },
        { QStringLiteral("topics"), topics },
        { QStringLiteral("diagnostics"), diagnostics },
    };
}

} // namespace GuideJson
