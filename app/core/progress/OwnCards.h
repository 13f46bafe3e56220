#pragma once

#include "Card.h"
#include "ProgressTypes.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Guide;

// Cards the learner makes for any guide. They are kept in the progress database under their
// topic's id (ProgressStore::saveOwnCard), never written into the guide folder, and joined to
// the loaded guide as ordinary cards, so they are reviewed, scheduled and exported like the
// guide's own. A card whose topic has gone from the guide is kept and shown under the root.
class OwnCards
{
    Q_DECLARE_TR_FUNCTIONS(OwnCards)

public:
    // A new card for the topic TOPICID, with an id no guide card can have.
    static OwnCard make(const QString &topicId, const QString &prompt, const QString &answer);
    // Adds CARDS to GUIDE's topics (call before views hold pointers to the guide's cards).
    static void attach(Guide &guide, const QList<OwnCard> &cards);
    // Puts CARDS in place of the own cards attached before (one was made, changed or deleted).
    static void reattach(Guide &guide, const QList<OwnCard> &cards);
    static bool isOwn(const QString &cardId) { return cardId.startsWith(QLatin1String("own/")); }

    // A card's content as the sync journal carries it (an own-card event's text): its topic,
    // prompt, answer and creation time in one JSON object. The id is the event's item.
    static QString journalText(const OwnCard &card);
    // The card in TEXT, with the id CARDID; nothing if TEXT is not such an object or has no prompt.
    static std::optional<OwnCard> fromJournalText(const QString &cardId, const QString &text);

    // Whether to tell the learner how to add cards: the guide has none of either kind.
    static bool needsHint(const Guide &guide);
    // The one-time hint, for the UI to show once per guide.
    static QString hint();
};
