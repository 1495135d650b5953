// The commissioning report printed to PDF: a real PDF of the same document the HTML export holds
// (every meter's secondary address in its text), written atomically; saving by suffix and the
// save dialog's filters.
#include "CommissioningSample.h"
#include "GuiTestSupport.h"

#include "commission/ReportPrinter.h"
#include "commission/ReportCsv.h"
#include "commission/ReportHtml.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace mbus;

class TestGuiReportPrinter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        QVERIFY(m_dir.isValid());
    }

    void pdfIsWritten()
    {
        const QString target = path(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(ui::printReportToPdf(test::sampleCommissioningReport(), target, &error), qPrintable(error));
        const QByteArray pdf = test::fileBytes(target);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pdf.size() > 4000, qPrintable(QString::number(pdf.size())));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    }

    void documentTextListsEveryMeter()
    {
        const commission::CommissioningReport report = test::sampleCommissioningReport();
        QTextDocument document;
        document.setHtml(commission::reportHtml(report));
        const QString text = document.toPlainText();
        for (const commission::SurveyedMeter &m : report.meters)
            QVERIFY2(text.contains(m.secondary.toString()), qPrintable(m.secondary.toString()));
        QVERIFY(text.contains(QStringLiteral("Boiler house <B2> & pumps")));
        QVERIFY(text.contains(QStringLiteral("H<&>")));
        QVERIFY(text.contains(QStringLiteral("1.234 m³")));
        QVERIFY(text.contains(report.notes.at(0)));
    }

    void failedPdfLeavesThePreviousFile()
    {
        const QString target = path(QStringLiteral("old.pdf"));
        {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous report");
        }
        QString error;
        const bool written = test::writeOnAFullDisk(
            [&] { return ui::printReportToPdf(test::sampleCommissioningReport(), target, &error); });
        QVERIFY(!written);
        QVERIFY2(error.contains(target), qPrintable(error));
        QCOMPARE(test::fileBytes(target), QByteArray("previous report"));
    }

    void saveReportGoesBySuffix()
    {
        const commission::CommissioningReport report = test::sampleCommissioningReport();
        QString error;
        QVERIFY2(ui::saveReport(report, path(QStringLiteral("s.PDF")), &error), qPrintable(error));
        QVERIFY(test::fileBytes(path(QStringLiteral("s.PDF"))).startsWith("%PDF-"));
        QVERIFY2(ui::saveReport(report, path(QStringLiteral("s.csv")), &error), qPrintable(error));
        QCOMPARE(test::fileBytes(path(QStringLiteral("s.csv"))), commission::reportCsv(report));
        QVERIFY(!ui::saveReport(report, path(QStringLiteral("s.txt")), &error));
        QVERIFY2(error.contains(QStringLiteral(".pdf")) && error.contains(QStringLiteral(".csv")), qPrintable(error));
    }

    // The file type follows the chosen filter when the name has no suffix.
    void dialogFilterGivesTheSuffix_data()
    {
        QTest::addColumn<int>("filter");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("pdf") << 0 << QStringLiteral("pdf");
        QTest::newRow("html") << 1 << QStringLiteral("html");
        QTest::newRow("csv") << 2 << QStringLiteral("csv");
    }

    void dialogFilterGivesTheSuffix()
    {
        QFETCH(int, filter);
        QFETCH(QString, suffix);
        const QString base = path(QStringLiteral("chosen-") + suffix);
        test::whenModal<QFileDialog>([&](QFileDialog *dialog) {
            dialog->selectNameFilter(dialog->nameFilters().at(filter));
            Q_EMIT dialog->filterSelected(dialog->nameFilters().at(filter)); // as a click in the filter box does
            dialog->setDirectory(m_dir.path());
            // Typed without a suffix. (selectFile() leaves a focused name field alone.)
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!name) {
                dialog->reject(); // fails the QVERIFY below rather than hanging
                return;
            }
            name->setText(QFileInfo(base).fileName());
            QMetaObject::invokeMethod(dialog, "accept"); // the Save button (accept() is protected)
        });
        QWidget parent;
        QVERIFY(ui::saveReportWithDialog(test::sampleCommissioningReport(), &parent));
        QVERIFY2(QFile::exists(base + QLatin1Char('.') + suffix), qPrintable(base));
    }
};

QTEST_MAIN(TestGuiReportPrinter)
#include "tst_gui_report_printer.moc"
