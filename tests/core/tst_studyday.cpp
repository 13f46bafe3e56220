#include "ScopedTimeZone.h"
#include "StudyDay.h"

#include <QtTest>

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

} // namespace

class TestStudyDay : public QObject
{
    Q_OBJECT

private slots:
    void rolloverHourIsClamped();
    void hoursBeforeRolloverBelongToTheEveningBefore();
    void dayStartsAtLocalRollover();
    void springForwardDayIsShorterAndItsMissingHourMovesOn();
    void fallBackDayIsLongerAndStartsAtTheFirstOccurrence();
    void newYorkChangesAtTwoInTheMorning();
    void farEastOfUtc();
    void travelMovesTheDayNotTheLog();
    void unknownZoneCountsAsUtc();
    void everyInstantLiesInItsDay_data();
    void everyInstantLiesInItsDay();
    void invalidInputGivesInvalidOutput();
};

void TestStudyDay::rolloverHourIsClamped()
{
    QCOMPARE(StudyDay().rolloverHour(), 4);
    QCOMPARE(StudyDay::defaultRolloverHour, 4);
    QCOMPARE(StudyDay(0).rolloverHour(), 0);
    QCOMPARE(StudyDay(23).rolloverHour(), 23);
    QCOMPARE(StudyDay(-3).rolloverHour(), 0);
    QCOMPARE(StudyDay(30).rolloverHour(), 23);
}

void TestStudyDay::hoursBeforeRolloverBelongToTheEveningBefore()
{
    ScopedTimeZone zone("Europe/Berlin"); // CEST, UTC+2, in June
    const StudyDay day;
    QCOMPARE(day.dayOf(utc(2026, 6, 9, 23)), QDate(2026, 6, 9)); // 01:00 local on the 10th
    QCOMPARE(day.dayOf(utc(2026, 6, 10, 1, 59)), QDate(2026, 6, 9)); // 03:59 local
    QCOMPARE(day.dayOf(utc(2026, 6, 10, 2)), QDate(2026, 6, 10)); // 04:00 local
    QCOMPARE(day.dayOf(utc(2026, 6, 10, 21, 59)), QDate(2026, 6, 10)); // 23:59 local
    QCOMPARE(StudyDay(0).dayOf(utc(2026, 6, 9, 23)), QDate(2026, 6, 10)); // midnight rollover
    // Late one evening and early the next morning are the same study day.
    QCOMPARE(day.daysBetween(utc(2026, 6, 9, 20), utc(2026, 6, 10, 0, 30)), 0);
    QCOMPARE(day.daysBetween(utc(2026, 6, 9, 20), utc(2026, 6, 10, 2)), 1);
    QCOMPARE(day.daysBetween(utc(2026, 6, 10, 2), utc(2026, 6, 9, 20)), -1);
}

void TestStudyDay::dayStartsAtLocalRollover()
{
    ScopedTimeZone zone("Europe/Berlin");
    const StudyDay day;
    QCOMPARE(day.startOf(QDate(2026, 6, 10)), utc(2026, 6, 10, 2));
    QCOMPARE(day.startOf(QDate(2026, 1, 10)), utc(2026, 1, 10, 3)); // CET, UTC+1
    QCOMPARE(day.startOf(QDate(2026, 6, 10)).timeSpec(), Qt::UTC);
    QCOMPARE(day.nextRollover(utc(2026, 6, 10, 1, 59)), utc(2026, 6, 10, 2));
    QCOMPARE(day.nextRollover(utc(2026, 6, 10, 2)), utc(2026, 6, 11, 2));
    QCOMPARE(StudyDay(23).startOf(QDate(2026, 6, 10)), utc(2026, 6, 10, 21));
}

void TestStudyDay::springForwardDayIsShorterAndItsMissingHourMovesOn()
{
    // Berlin, 29 March 2026: at 02:00 CET (01:00 UTC) clocks jump to 03:00 CEST.
    ScopedTimeZone zone("Europe/Berlin");
    const StudyDay four;
    QCOMPARE(four.startOf(QDate(2026, 3, 28)), utc(2026, 3, 28, 3)); // 04:00 CET
    QCOMPARE(four.startOf(QDate(2026, 3, 29)), utc(2026, 3, 29, 2)); // 04:00 CEST
    // The hour skipped at 02:00 falls before the rollover, so it shortens the study day before.
    QCOMPARE(four.startOf(QDate(2026, 3, 28)).secsTo(four.startOf(QDate(2026, 3, 29))), 23 * 3600);
    // 02:00 does not exist that day: the day starts when the clocks read 03:00.
    const StudyDay two(2);
    QCOMPARE(two.startOf(QDate(2026, 3, 29)), utc(2026, 3, 29, 1));
    QCOMPARE(two.dayOf(utc(2026, 3, 29, 0, 59)), QDate(2026, 3, 28)); // 01:59 CET
    QCOMPARE(two.dayOf(utc(2026, 3, 29, 1)), QDate(2026, 3, 29)); // 03:00 CEST
    QCOMPARE(two.nextRollover(utc(2026, 3, 28, 23)), utc(2026, 3, 29, 1));
    // A day across the change still counts one, though only 23 hours passed.
    QCOMPARE(four.daysBetween(utc(2026, 3, 28, 11), utc(2026, 3, 29, 10)), 1);
}

void TestStudyDay::fallBackDayIsLongerAndStartsAtTheFirstOccurrence()
{
    // Berlin, 25 October 2026: at 03:00 CEST (01:00 UTC) clocks go back to 02:00 CET.
    ScopedTimeZone zone("Europe/Berlin");
    const StudyDay four;
    QCOMPARE(four.startOf(QDate(2026, 10, 25)), utc(2026, 10, 25, 3)); // 04:00 CET
    // The hour repeated at 02:00 falls before the rollover, so it lengthens the study day before.
    QCOMPARE(four.startOf(QDate(2026, 10, 24)).secsTo(four.startOf(QDate(2026, 10, 25))), 25 * 3600);
    QCOMPARE(four.startOf(QDate(2026, 10, 25)).secsTo(four.startOf(QDate(2026, 10, 26))), 24 * 3600);
    const StudyDay two(2);
    QCOMPARE(two.startOf(QDate(2026, 10, 25)), utc(2026, 10, 25, 0)); // the first 02:00, CEST
    QCOMPARE(two.dayOf(utc(2026, 10, 25, 0, 30)), QDate(2026, 10, 25)); // 02:30 CEST
    QCOMPARE(two.dayOf(utc(2026, 10, 25, 1, 30)), QDate(2026, 10, 25)); // 02:30 CET, again
    QCOMPARE(two.nextRollover(utc(2026, 10, 25, 0, 30)), utc(2026, 10, 26, 1));
}

void TestStudyDay::newYorkChangesAtTwoInTheMorning()
{
    ScopedTimeZone zone("America/New_York");
    // 8 March 2026, 02:00 EST (07:00 UTC) becomes 03:00 EDT.
    QCOMPARE(StudyDay(2).startOf(QDate(2026, 3, 8)), utc(2026, 3, 8, 7));
    QCOMPARE(StudyDay().startOf(QDate(2026, 3, 8)), utc(2026, 3, 8, 8));
    // 1 November 2026, 02:00 EDT (06:00 UTC) becomes 01:00 EST: 01:00 happens twice.
    const StudyDay one(1);
    QCOMPARE(one.startOf(QDate(2026, 11, 1)), utc(2026, 11, 1, 5));
    QCOMPARE(one.dayOf(utc(2026, 11, 1, 6, 30)), QDate(2026, 11, 1)); // 01:30 EST
    QCOMPARE(one.dayOf(utc(2026, 11, 1, 4, 59)), QDate(2026, 10, 31)); // 00:59 EDT
}

void TestStudyDay::farEastOfUtc()
{
    ScopedTimeZone zone("Pacific/Kiritimati"); // UTC+14, no daylight saving
    const StudyDay day;
    QCOMPARE(day.dayOf(utc(2026, 6, 1, 12)), QDate(2026, 6, 1)); // 02:00 on the 2nd
    QCOMPARE(day.dayOf(utc(2026, 6, 1, 14)), QDate(2026, 6, 2)); // 04:00 on the 2nd
    QCOMPARE(day.startOf(QDate(2026, 6, 2)), utc(2026, 6, 1, 14));
    QCOMPARE(day.nextRollover(utc(2026, 6, 1, 13)), utc(2026, 6, 1, 14));
}

void TestStudyDay::travelMovesTheDayNotTheLog()
{
    // The same stored instant, 20:30 UTC, is the evening of the 1st in Berlin and New York
    // and the morning of the 2nd in Kiritimati: the day follows where the learner is now.
    const QDateTime reviewed = utc(2026, 6, 1, 20, 30);
    const StudyDay day;
    {
        ScopedTimeZone zone("Europe/Berlin");
        QCOMPARE(day.dayOf(reviewed), QDate(2026, 6, 1));
    }
    {
        ScopedTimeZone zone("America/New_York");
        QCOMPARE(day.dayOf(reviewed), QDate(2026, 6, 1));
    }
    {
        ScopedTimeZone zone("Pacific/Kiritimati");
        QCOMPARE(day.dayOf(reviewed), QDate(2026, 6, 2));
    }
}

void TestStudyDay::unknownZoneCountsAsUtc()
{
    // A zone the time zone database lacks: the C library falls back to UTC, and so do we.
    ScopedTimeZone zone("Nowhere/Invalid");
    const StudyDay day;
    QCOMPARE(day.dayOf(utc(2026, 6, 1, 3, 59)), QDate(2026, 5, 31));
    QCOMPARE(day.dayOf(utc(2026, 6, 1, 4)), QDate(2026, 6, 1));
    QCOMPARE(day.startOf(QDate(2026, 6, 1)), utc(2026, 6, 1, 4));
    QCOMPARE(day.nextRollover(utc(2026, 6, 1, 12)), utc(2026, 6, 2, 4));
}

void TestStudyDay::everyInstantLiesInItsDay_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("hour");
    QTest::addColumn<QDateTime>("from");
    const auto add = [](const char *zone, int hour, const QDateTime &around) {
        QTest::addRow("%s %d %s", zone, hour, qPrintable(around.date().toString(Qt::ISODate)))
            << QByteArray(zone) << hour << around.addSecs(-36 * 3600);
    };
    for (const int hour : { 0, 1, 2, 3, 4, 23 }) {
        add("Europe/Berlin", hour, utc(2026, 3, 29, 1));
        add("Europe/Berlin", hour, utc(2026, 10, 25, 1));
        add("America/New_York", hour, utc(2026, 3, 8, 7));
        add("America/New_York", hour, utc(2026, 11, 1, 6));
        add("Australia/Lord_Howe", hour, utc(2026, 4, 4, 15)); // half-hour change
        add("America/Sao_Paulo", hour, utc(2018, 11, 4, 3)); // change at midnight
        add("Pacific/Apia", hour, utc(2011, 12, 30, 10)); // a whole calendar day skipped
        add("Pacific/Kiritimati", hour, utc(2026, 6, 1, 0));
        add("Nowhere/Invalid", hour, utc(2026, 6, 1, 0));
    }
}

void TestStudyDay::everyInstantLiesInItsDay()
{
    QFETCH(QByteArray, zone);
    QFETCH(int, hour);
    QFETCH(QDateTime, from);
    ScopedTimeZone scoped(zone.constData());
    const StudyDay day(hour);
    // Every 11 minutes over three days: the instant lies between its day's start and the next
    // rollover, and the second before that rollover is still the same day.
    for (QDateTime t = from; t < from.addDays(3); t = t.addSecs(11 * 60)) {
        const QDate d = day.dayOf(t);
        const QDateTime start = day.startOf(d);
        const QDateTime next = day.nextRollover(t);
        QVERIFY2(start <= t, qPrintable(t.toString(Qt::ISODate)));
        QVERIFY2(t < next, qPrintable(t.toString(Qt::ISODate)));
        QVERIFY2(day.dayOf(next) > d, qPrintable(t.toString(Qt::ISODate)));
        QVERIFY2(day.dayOf(next.addSecs(-1)) == d, qPrintable(t.toString(Qt::ISODate)));
        QVERIFY2(start.secsTo(next) <= 49 * 3600, qPrintable(t.toString(Qt::ISODate)));
    }
}

void TestStudyDay::invalidInputGivesInvalidOutput()
{
    const StudyDay day;
    QVERIFY(!day.dayOf(QDateTime()).isValid());
    QVERIFY(!day.startOf(QDate()).isValid());
    QVERIFY(!day.nextRollover(QDateTime()).isValid());
    QCOMPARE(day.daysBetween(QDateTime(), utc(2026, 6, 1, 12)), 0);
}

QTEST_GUILESS_MAIN(TestStudyDay)
#include "tst_studyday.moc"
