#include "OwnCards.h"

#include "Guide.h"
#include "UtcDateTime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

OwnCard OwnCards::make(const QString &topicId, const QString &prompt, const QString &answer)
{
    OwnCard card;
    card.id = QStringLiteral("own/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    card.topicId = topicId;
    card.prompt = prompt.trimmed();
    card.answer = answer.trimmed();
    card.createdAt = QDateTime::currentDateTimeUtc();
    card.updatedAt = card.createdAt;
    return card;
}

QString OwnCards::journalText(const OwnCard &card)
{
    const QJsonObject object { { QStringLiteral("topic"), card.topicId }, { QStringLiteral("prompt"), card.prompt },
        { QStringLiteral("answer"), card.answer },
        { QStringLiteral("created"), card.createdAt.isValid() ? card.createdAt.toSecsSinceEpoch() : 0 } };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<OwnCard> OwnCards::fromJournalText(const QString &cardId, const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    OwnCard card;
    card.id = cardId;
    card.topicId = object.value(QStringLiteral("topic")).toString();
    card.prompt = object.value(QStringLiteral("prompt")).toString();
    card.answer = object.value(QStringLiteral("answer")).toString();
    const qint64 created = object.value(QStringLiteral("created")).toInteger();
    if (created > 0)
        card.createdAt = UtcDateTime::fromSecsSinceEpoch(created);
    if (card.prompt.trimmed().isEmpty())
        return std::nullopt;
    return card;
}

static QList<Card> asCards(const QList<OwnCard> &cards)
{
    QList<Card> joined;
    for (const OwnCard &own : cards) {
        Card card;
        card.id = own.id;
        card.topicId = own.topicId;
        card.prompt = own.prompt;
        card.answer = own.answer;
        joined.append(card);
    }
    return joined;
}

void OwnCards::attach(Guide &guide, const QList<OwnCard> &cards)
{
    guide.addCards(asCards(cards));
}

void OwnCards::reattach(Guide &guide, const QList<OwnCard> &cards)
{
    guide.replaceAddedCards(asCards(cards));
}

bool OwnCards::needsHint(const Guide &guide)
{
    return guide.cardCount() == 0;
}

QString OwnCards::hint()
{
    return tr("This guide has no question cards yet. Add your own: select text in the reader and make a card "
              "of it, or write a heading that starts with \"Q:\" in the guide, with its answer below it.");
}
