#include "InterviewDraw.h"

#include "Fsrs.h"
#include "Guide.h"
#include "Scheduler.h"

#include <QSet>

#include <algorithm>
#include <cmath>

InterviewDraw::Standing InterviewDraw::standing(
    const QHash<QString, CardSchedule> &schedules, const QList<ReviewLogEntry> &log, const QDateTime &now)
{
    Standing out { schedules, {}, now };
    for (const ReviewLogEntry &entry : log) {
        if (entry.rating == Rating::Again)
            ++out.againCounts[entry.cardId];
    }
    return out;
}

double InterviewDraw::weight(const QString &cardId, const Standing &standing, const Fsrs &model)
{
    const auto schedule = standing.schedules.constFind(cardId);
    if (schedule == standing.schedules.constEnd() || schedule->state == CardState::New || !schedule->memory)
        return unseenWeight;
    const double stability = std::max(schedule->memory->stability, Fsrs::minimumStability);
    const double elapsedDays = schedule->lastReview.isValid()
        ? std::max(0.0, double(schedule->lastReview.msecsTo(standing.now)) / 86'400'000.0)
        : 0.0;
    const double recall = model.retrievability(elapsedDays, stability);
    const int agains = std::min(standing.againCounts.value(cardId), 4);
    return 0.5 + 2.0 * (1.0 - recall) + 1.0 / (1.0 + stability) + 0.5 * agains;
}

QList<InterviewDraw::Question> InterviewDraw::draw(const Guide &guide, const MockInterviewPlan &plan,
    const Standing &standing, const Fsrs &model, quint64 seed)
{
    // Efraimidis-Spirakis: each card gets the key u^(1/w) and the largest keys win, which is a
    // weighted draw without replacement in one pass. Scheduler's seeded source gives the same
    // numbers on every platform.
    struct Candidate
    {
        Question question;
        double key = 0;
    };
    const Scheduler::RandomSource random = Scheduler::seededSource(seed);
    QList<Candidate> candidates;
    QSet<QString> seen;
    for (const QString &categoryId : plan.categoryIds) {
        const Topic *category = guide.topic(categoryId);
        if (!category)
            continue;
        for (const Card *card : guide.cardsUnder(category)) {
            if (seen.contains(card->id))
                continue;
            if (card->kind != Card::Kind::Interview && !plan.includePracticeCards)
                continue;
            seen.insert(card->id);
            const double u = std::max(random(), 1e-12);
            candidates.append(
                { { card->id, categoryId }, std::pow(u, 1.0 / weight(card->id, standing, model)) });
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return a.key > b.key; });
    QList<Question> out;
    for (int i = 0; i < candidates.size() && i < plan.questionCount; ++i)
        out.append(candidates.at(i).question);
    return out;
}
