// writeReport picks CSV or HTML by the file's suffix, refuses any other with the accepted ones
// named, and never leaves a half-written or wrong file where an old one was.
#include "CommissioningSample.h"

#include "commission/ReportCsv.h"
#include "commission/ReportFile.h"
#include "commission/ReportHtml.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mbus;

class TestReportFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void writeOld(const QString &target)
    {
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous report");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void suffixChoosesTheFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("csv");
        QTest::newRow("csv") << QStringLiteral("r.csv") << true;
        QTest::newRow("CSV") << QStringLiteral("R.CSV") << true;
        QTest::newRow("html") << QStringLiteral("r.html") << false;
        QTest::newRow("htm") << QStringLiteral("r.htm") << false;
        QTest::newRow("Html") << QStringLiteral("r.Html") << false;
    }

    void suffixChoosesTheFormat()
    {
        QFETCH(QString, name);
        QFETCH(bool, csv);
        const commission::CommissioningReport report = test::sampleCommissioningReport();
        QString error;
        QVERIFY2(commission::writeReport(report, path(name), &error), qPrintable(error));
        const QByteArray expected = csv ? commission::reportCsv(report) : commission::reportHtml(report).toUtf8();
        QCOMPARE(test::fileBytes(path(name)), expected);
    }

    void otherSuffixesAreRefusedAndTheOldFileStays_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("pdf") << QStringLiteral("r.pdf");
        QTest::newRow("txt") << QStringLiteral("r.txt");
        QTest::newRow("none") << QStringLiteral("report");
    }

    void otherSuffixesAreRefusedAndTheOldFileStays()
    {
        QFETCH(QString, name);
        const QString target = path(name);
        writeOld(target);
        QString error;
        QVERIFY(!commission::writeReport(test::sampleCommissioningReport(), target, &error));
        for (const char *accepted : {".csv", ".html", ".htm"})
            QVERIFY2(error.contains(QLatin1String(accepted)), qPrintable(error));
        QVERIFY2(error.contains(target), qPrintable(error));
        QCOMPARE(test::fileBytes(target), QByteArray("previous report"));
    }

    void failedWriteLeavesThePreviousFile()
    {
        const QString target = path(QStringLiteral("full-disk.html"));
        writeOld(target);
        QString error;
        const bool written = test::writeOnAFullDisk(
            [&] { return commission::writeReport(test::sampleCommissioningReport(), target, &error); });
        QVERIFY(!written);
        QVERIFY2(error.contains(QStringLiteral("previous file is unchanged")), qPrintable(error));
        QCOMPARE(test::fileBytes(target), QByteArray("previous report"));
    }

    void missingFolderIsAnError()
    {
        QString error;
        QVERIFY(!commission::writeReport(test::sampleCommissioningReport(), path(QStringLiteral("no/such/r.csv")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReportFile)
#include "tst_report_file.moc"
