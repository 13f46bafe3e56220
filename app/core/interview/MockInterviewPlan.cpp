#include "MockInterviewPlan.h"

#include "Guide.h"

QList<const Topic *> MockInterviewPlan::categories(const Guide &guide)
{
    QList<const Topic *> out;
    // forEachTopic visits in reading order, so the first interview card decides a category's place.
    guide.forEachTopic([&](const Topic &topic) {
        for (const Card &card : topic.cards) {
            if (card.kind != Card::Kind::Interview)
                continue;
            const Topic *page = topic.page();
            const Topic *category
                = page->parent && page->parent->kind != Topic::Kind::Root ? page->parent : page;
            if (!out.contains(category))
                out.append(category);
            return;
        }
    });
    return out;
}

int MockInterviewPlan::cardCount(const Guide &guide, const Topic &category, bool includePractice)
{
    int n = 0;
    for (const Card *card : guide.cardsUnder(&category)) {
        if (includePractice || card->kind == Card::Kind::Interview)
            ++n;
    }
    return n;
}
