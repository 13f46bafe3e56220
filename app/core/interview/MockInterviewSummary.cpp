#include "MockInterviewSummary.h"

#include <cmath>

namespace {

struct Tally
{
    MockInterviewSummary::Category figures;
    int gradePoints = 0; // sum of (grade - 1), kept whole so the mean is rounded once

    void add(const InterviewAnswer &answer)
    {
        ++figures.questions;
        gradePoints += int(answer.rating) - 1;
        figures.checkedPoints += answer.checkedPoints;
        figures.totalPoints += answer.totalPoints;
        figures.secondsUsed += answer.secondsUsed;
        figures.timedOut += answer.timedOut ? 1 : 0;
        figures.score = int(std::lround(100.0 * gradePoints / (3.0 * figures.questions)));
    }
};

} // namespace

int MockInterviewSummary::questionScore(Rating rating)
{
    return int(std::lround(100.0 * (int(rating) - 1) / 3.0));
}

MockInterviewSummary MockInterviewSummary::of(const InterviewSession &session)
{
    QList<Tally> categories;
    Tally total;
    for (const InterviewAnswer &answer : session.answers) {
        auto it = std::find_if(categories.begin(), categories.end(),
            [&](const Tally &t) { return t.figures.categoryId == answer.categoryId; });
        if (it == categories.end()) {
            categories.append(Tally {});
            categories.last().figures.categoryId = answer.categoryId;
            it = categories.end() - 1;
        }
        it->add(answer);
        total.add(answer);
    }
    MockInterviewSummary out;
    for (const Tally &t : std::as_const(categories))
        out.categories.append(t.figures);
    out.total = total.figures;
    return out;
}
