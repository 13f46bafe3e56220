#include "MockInterviewSummary.h"

#include <algorithm>
#include <cmath>

namespace {

struct Tally
{
    MockInterviewSummary::Category figures;
    double scores = 0; // sum of the questions' unrounded scores, so the mean is rounded once

    void add(const InterviewAnswer &answer)
    {
        ++figures.questions;
        scores += MockInterviewSummary::questionScore(answer);
        figures.checkedPoints += answer.checkedPoints;
        figures.totalPoints += answer.totalPoints;
        figures.secondsUsed += answer.secondsUsed;
        figures.timedOut += answer.timedOut ? 1 : 0;
        figures.score = int(std::lround(scores / figures.questions));
    }
};

} // namespace

int MockInterviewSummary::questionScore(Rating rating)
{
    return int(std::lround(100.0 * (int(rating) - 1) / 3.0));
}

double MockInterviewSummary::questionScore(const InterviewAnswer &answer)
{
    const double grade = 100.0 * (int(answer.rating) - 1) / 3.0;
    if (answer.totalPoints <= 0)
        return grade;
    const double covered
        = 100.0 * std::clamp(answer.checkedPoints, 0, answer.totalPoints) / answer.totalPoints;
    return (grade + covered) / 2.0;
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
