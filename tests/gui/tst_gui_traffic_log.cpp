// The traffic log over a real EngineHost on the embedded demo bus: requests and answers appear
// annotated with the right addresses, the address filter shows one meter's frames, Copy puts the
// rows on the clipboard as text, rows arrive in batches, the ring stays bounded, and the view
// follows the newest row only while the user has not scrolled up. In the main window the log
// records while its dock is hidden, and Save writes every frame held as text, atomically.
#include "GuiTestSupport.h"

#include "common/NumberField.h"
#include "DemoRig.h"
#include "traffic/TrafficLogFile.h"
#include "traffic/TrafficLogModel.h"
#include "traffic/TrafficLogView.h"
#include "link/MasterRequests.h"
#include "project/ProjectDocument.h"
#include "window/MainWindow.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mbus;
using namespace mbus::ui;

namespace {

constexpr int TrafficTimeoutMs = 20000;

QString cell(const TrafficLogModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

int findRow(const TrafficLogModel &model, const QRegularExpression &annotation, bool outgoing)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(TrafficLogModel::OutgoingRole).toBool() == outgoing
            && annotation.match(cell(model, row, TrafficLogModel::AnnotationColumn)).hasMatch())
            return row;
    }
    return -1;
}

// A REQ_UD2 to address and its E5, as a master on a bus where meters only acknowledge would see.
void appendExchange(TrafficLogModel &model, int address, qint64 msecs)
{
    model.appendTraffic(QStringLiteral("Synthetic"), true, link::MasterRequests::reqUd2(std::uint8_t(address), true), msecs);
    model.appendTraffic(QStringLiteral("Synthetic"), false, QByteArray(1, char(0xE5)), msecs + 1);
}

// The lines of a saved log, without its "#" header.
QStringList savedFrames(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1Char('#')))
            lines.append(line);
    }
    return lines;
}

// "2025-03-01 12:00:01.250 +01:00" back to an instant, by ISO 8601 rather than the writer's code.
qint64 savedTime(const QString &field)
{
    QString iso = field;
    iso[10] = QLatin1Char('T');
    iso.remove(23, 1); // the blank before the offset
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : -1;
}

} // namespace

class TestGuiTrafficLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void init()
    {
        m_view = std::make_unique<TrafficLogView>();
        m_view->resize(1000, 500);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        if (m_host)
            m_host->stopAll();
        m_view.reset();
        m_host.reset();
    }

    void showsAnnotatedRequestsAndAnswersFilteredAndCopied()
    {
        const project::Project project = test::demoProject(false);
        m_host = std::make_unique<EngineHost>();
        m_host->setSimulatedProfile(test::demoProfile());
        m_host->setProject(project);
        m_view->setProject(project);
        m_view->setEngineHost(m_host.get());
        m_host->start(test::DemoBus);

        TrafficLogModel &model = *m_view->model();
        const QRegularExpression request(QStringLiteral("^REQ_UD2 (FCB=[01]|FCV=0) → 2$")); // a one-telegram meter: FCV=0
        const QRegularExpression answer(QStringLiteral("^RSP_UD 2 CI 72 id 67002002 ABB v32 "));
        QTRY_VERIFY_WITH_TIMEOUT(findRow(model, answer, false) >= 0, TrafficTimeoutMs);
        m_host->stop(test::DemoBus);
        model.flushPending();

        const int out = findRow(model, request, true);
        QVERIFY(out >= 0);
        QCOMPARE(cell(model, out, TrafficLogModel::DirectionColumn), QStringLiteral("→"));
        QCOMPARE(cell(model, out, TrafficLogModel::AddressColumn), QStringLiteral("2"));
        QCOMPARE(cell(model, out, TrafficLogModel::ConnectionColumn), test::DemoBus);
        QVERIFY(cell(model, out, TrafficLogModel::HexColumn).startsWith(QStringLiteral("10 ")));
        const int in = findRow(model, answer, false);
        QVERIFY(in > out);
        QCOMPARE(cell(model, in, TrafficLogModel::DirectionColumn), QStringLiteral("←"));
        QCOMPARE(cell(model, in, TrafficLogModel::AddressColumn), QStringLiteral("2"));
        QVERIFY(cell(model, in, TrafficLogModel::HexColumn).startsWith(QStringLiteral("68 ")));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3}$")).match(cell(model, in, TrafficLogModel::TimeColumn)).hasMatch());
        // The heat meter answers three telegrams, each asked for with the FCB toggled.
        QVERIFY(findRow(model, QRegularExpression(QStringLiteral("^RSP_UD 1 CI 72 id 67001001 KAM v52 .*more follows$")), false) >= 0);
        QVERIFY(findRow(model, QRegularExpression(QStringLiteral("^REQ_UD2 FCB=1 → 1$")), true) >= 0);
        QVERIFY(findRow(model, QRegularExpression(QStringLiteral("^REQ_UD2 FCB=0 → 1$")), true) >= 0);

        // Filter by address: only meter 2's frames, both ways.
        const int all = model.rowCount();
        m_view->addressFilter()->setInteger(2);
        QVERIFY(model.rowCount() > 0 && model.rowCount() < all);
        bool sawOut = false, sawIn = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, 0).data(TrafficLogModel::AddressRole).toInt(), 2);
            (model.index(row, 0).data(TrafficLogModel::OutgoingRole).toBool() ? sawOut : sawIn) = true;
        }
        QVERIFY(sawOut && sawIn);

        // Copy with nothing selected: every row shown, one line each.
        m_view->copyToClipboard();
        const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), model.rowCount());
        const QRegularExpression line(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  Demo bus  (→|←)  [0-9A-F]{2}( [0-9A-F]{2})*  (REQ_UD2|RSP_UD|SND_NKE|E5).*$"));
        for (const QString &l : lines)
            QVERIFY2(line.match(l).hasMatch(), qPrintable(l));
        QCOMPARE(lines.first(), model.lineText(0));

        // Copy with a selection: just those rows.
        test::child<QTableView>(m_view.get(), "table")->selectRow(1);
        m_view->copyToClipboard();
        QCOMPARE(QGuiApplication::clipboard()->text(), model.lineText(1) + QLatin1Char('\n'));

        m_view->addressFilter()->clear();
        QCOMPARE(model.rowCount(), all);
    }

    void copiesTheExpectedText()
    {
        TrafficLogModel &model = *m_view->model();
        const qint64 t = QDateTime(QDate(2025, 3, 1), QTime(12, 0, 1, 250)).toMSecsSinceEpoch();
        model.appendTraffic(QStringLiteral("Bus A"), true, QByteArray::fromHex("107B058016"), t);
        model.appendTraffic(QStringLiteral("Bus A"), false, QByteArray::fromHex("E5"), t + 40);
        model.appendTraffic(QStringLiteral("Bus B"), true, link::MasterRequests::sndNke(254), t + 50);
        model.flushPending();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 1, TrafficLogModel::AddressColumn), QStringLiteral("(5)"));
        m_view->connectionFilter()->setCurrentIndex(m_view->connectionFilter()->findData(QStringLiteral("Bus A")));
        QCOMPARE(model.rowCount(), 2);
        m_view->copyToClipboard();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("12:00:01.250  Bus A  →  10 7B 05 80 16  REQ_UD2 FCB=1 → 5\n"
                                "12:00:01.290  Bus A  ←  E5  E5 (ACK)\n"));
        m_view->connectionFilter()->setCurrentIndex(m_view->connectionFilter()->findData(QStringLiteral("Bus B")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, TrafficLogModel::AnnotationColumn), QStringLiteral("SND_NKE → 254"));
    }

    void joinsAnAnswerSplitOverReadsPerConnection()
    {
        // A serial port hands an answer over in pieces; two connections' pieces interleave.
        TrafficLogModel &model = *m_view->model();
        const QByteArray answer = QByteArray::fromHex("6804046808057000" "7D16"); // RSP_UD 5, CI 70 error 0
        model.appendTraffic(QStringLiteral("A"), true, link::MasterRequests::reqUd2(5, true), 1);
        model.appendTraffic(QStringLiteral("B"), true, link::MasterRequests::reqUd2(6, true), 2);
        model.appendTraffic(QStringLiteral("A"), false, answer.left(3), 3);
        model.appendTraffic(QStringLiteral("B"), false, QByteArray::fromHex("68"), 4); // a frame, or noise?
        model.appendTraffic(QStringLiteral("A"), false, answer.mid(3), 5);
        model.appendTraffic(QStringLiteral("B"), true, link::MasterRequests::reqUd2(6, true), 6);
        model.flushPending();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(cell(model, 2, TrafficLogModel::ConnectionColumn), QStringLiteral("A"));
        QVERIFY2(cell(model, 2, TrafficLogModel::AnnotationColumn).startsWith(QStringLiteral("RSP_UD 5 CI 70 application error")),
                 qPrintable(cell(model, 2, TrafficLogModel::AnnotationColumn)));
        QCOMPARE(model.index(2, 0).data(TrafficLogModel::BytesRole).toByteArray(), answer);
        // B's stray start byte is known to be noise when its next request ends the answer.
        QCOMPARE(cell(model, 3, TrafficLogModel::AnnotationColumn), QStringLiteral("garbled 1 byte"));
        QCOMPARE(cell(model, 3, TrafficLogModel::AddressColumn), QStringLiteral("(6)"));
    }

    void rowsArriveInBatches()
    {
        TrafficLogModel &model = *m_view->model();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 500; ++i)
            appendExchange(model, 1 + i % 250, 1000 + i);
        QCOMPARE(model.rowCount(), 0); // nothing until the batch timer fires
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1000, 5000);
        QCOMPARE(inserted.count(), 1);
    }

    void ringStaysBounded()
    {
        TrafficLogModel &model = *m_view->model();
        QCOMPARE(model.capacity(), TrafficLogModel::DefaultCapacity);
        for (int batch = 0; batch < 3; ++batch) {
            for (int i = 0; i < 5000; ++i)
                appendExchange(model, 1 + i % 250, qint64(batch) * 100000 + 2 * i);
            model.flushPending();
        }
        QCOMPARE(model.frameCount(), TrafficLogModel::DefaultCapacity);
        QCOMPARE(model.rowCount(), TrafficLogModel::DefaultCapacity);

        // A smaller ring drops the oldest at once, and keeps only the newest of one big batch.
        model.setCapacity(1000);
        QCOMPARE(model.frameCount(), 1000);
        for (int i = 0; i < 3000; ++i)
            appendExchange(model, 7, 10000000 + i);
        model.flushPending();
        QCOMPARE(model.frameCount(), 1000);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.index(999, 0).data(TrafficLogModel::OutgoingRole).toBool(), false);
        QCOMPARE(cell(model, 999, TrafficLogModel::AddressColumn), QStringLiteral("(7)"));

        // With a filter on, dropping the oldest frames removes only the rows that were shown.
        m_view->addressFilter()->setInteger(9);
        QCOMPARE(model.rowCount(), 0);
        for (int i = 0; i < 300; ++i)
            appendExchange(model, 9, 20000000 + i);
        model.flushPending();
        QCOMPARE(model.rowCount(), 600);
        for (int i = 0; i < 300; ++i)
            appendExchange(model, 10, 30000000 + i);
        model.flushPending();
        QCOMPARE(model.rowCount(), 400);
        QCOMPARE(model.frameCount(), 1000);
    }

    void ringKeepsTheNewestFrames()
    {
        TrafficLogModel &model = *m_view->model();
        QCOMPARE(TrafficLogModel::DefaultCapacity, 10000);
        QCOMPARE(model.capacity(), TrafficLogModel::DefaultCapacity);
        // 12 345 requests, each to its own address and millisecond, in batches as the timer makes them.
        constexpr int Fed = 12345;
        for (int i = 0; i < Fed; ++i) {
            model.appendTraffic(QStringLiteral("Synthetic"), true, link::MasterRequests::reqUd2(std::uint8_t(i % 250), true), 1000 + i);
            if (i % 1000 == 999)
                model.flushPending();
        }
        model.flushPending();
        QCOMPARE(model.frameCount(), 10000);
        QCOMPARE(model.rowCount(), 10000);
        const int oldestKept = Fed - 10000;
        QCOMPARE(model.frame(0).msecs, qint64(1000 + oldestKept));
        QCOMPARE(model.frame(9999).msecs, qint64(1000 + Fed - 1));
        QCOMPARE(model.index(0, 0).data(TrafficLogModel::AddressRole).toInt(), oldestKept % 250);
        QCOMPARE(model.index(9999, 0).data(TrafficLogModel::AddressRole).toInt(), (Fed - 1) % 250);
        QCOMPARE(model.index(0, 0).data(TrafficLogModel::BytesRole).toByteArray(),
                 link::MasterRequests::reqUd2(std::uint8_t(oldestKept % 250), true));
    }

    void recordsWhileTheDockIsHidden()
    {
        ui::MainWindow window;
        window.setSimulated(true);
        project::Project project = test::demoProject(false);
        window.document()->reset(project, QString());
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("trafficDock"));
        QVERIFY(dock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        dock->close();
        QVERIFY(!dock->isVisible());
        QVERIFY(!window.trafficLog()->isVisible());

        TrafficLogModel &model = *window.trafficLog()->model();
        window.host()->startAll();
        const QRegularExpression answer(QStringLiteral("^RSP_UD 2 CI 72 id 67002002 ABB v32 "));
        QTRY_VERIFY_WITH_TIMEOUT(findRow(model, answer, false) >= 0, TrafficTimeoutMs);
        QVERIFY(!dock->isVisible());
        window.host()->stopAll();
        model.flushPending();
        const int recorded = model.rowCount();
        QVERIFY(recorded >= 2);

        dock->show();
        dock->raise();
        QTRY_VERIFY(window.trafficLog()->isVisible());
        auto *table = test::child<QTableView>(window.trafficLog(), "table");
        QCOMPARE(table->model()->rowCount(), model.rowCount());
        QVERIFY(model.rowCount() >= recorded);
        const int row = findRow(model, answer, false);
        QVERIFY(row >= 0);
        QCOMPARE(cell(model, row, TrafficLogModel::ConnectionColumn), test::DemoBus);
    }

    void savesEveryFrameHeldAsText()
    {
        TrafficLogModel &model = *m_view->model();
        const qint64 t = QDateTime(QDate(2025, 3, 1), QTime(12, 0, 1, 250)).toMSecsSinceEpoch();
        model.appendTraffic(QStringLiteral("Bus A"), true, QByteArray::fromHex("107B058016"), t);
        model.appendTraffic(QStringLiteral("Bus A"), false, QByteArray::fromHex("E5"), t + 40);
        model.appendTraffic(QStringLiteral("Bus B"), true, link::MasterRequests::sndNke(254), t + 50);
        model.appendTraffic(QStringLiteral("Bus B"), false, QByteArray::fromHex("FF00"), t + 60); // noise
        model.appendTraffic(QStringLiteral("Bus B"), true, link::MasterRequests::sndNke(254), t + 70); // ends the noise
        // Saved whatever the filter shows, including what waits for the next batch.
        m_view->addressFilter()->setInteger(5);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("traffic.txt"));
        QString error;
        QVERIFY2(m_view->saveTo(path, &error), qPrintable(error));
        QCOMPARE(model.rowCount(), 2);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(all.size() >= 2);
        QVERIFY2(all.at(0).startsWith(QStringLiteral("# M-Bus Workbench traffic log: 5 frames")), qPrintable(all.at(0)));
        QVERIFY(all.at(1).contains(QStringLiteral("time (local, UTC offset)\tconnection\tdirection\taddress\tkind\tframe\tbytes (hex)")));

        const QStringList lines = savedFrames(path);
        QCOMPARE(lines.size(), 5);
        QList<QStringList> fields;
        for (const QString &line : lines)
            fields.append(line.split(QLatin1Char('\t')));
        for (const QStringList &f : fields)
            QCOMPARE(f.size(), 7);
        QVERIFY2(QRegularExpression(QStringLiteral("^2025-03-01 12:00:01\\.250 [+-]\\d\\d:\\d\\d$")).match(fields[0][0]).hasMatch(),
                 qPrintable(fields[0][0]));
        QCOMPARE(savedTime(fields[0][0]), t);
        QCOMPARE(savedTime(fields[1][0]), t + 40);
        QCOMPARE(fields[0].mid(1), (QStringList{QStringLiteral("Bus A"), QStringLiteral("master→meter"), QStringLiteral("5"),
                                                QStringLiteral("frame"), QStringLiteral("REQ_UD2 FCB=1 → 5"), QStringLiteral("10 7B 05 80 16")}));
        QCOMPARE(fields[1].mid(1), (QStringList{QStringLiteral("Bus A"), QStringLiteral("meter→master"), QStringLiteral("(5)"),
                                                QStringLiteral("frame"), QStringLiteral("E5 (ACK)"), QStringLiteral("E5")}));
        QCOMPARE(fields[2].mid(1), (QStringList{QStringLiteral("Bus B"), QStringLiteral("master→meter"), QStringLiteral("254"),
                                                QStringLiteral("frame"), QStringLiteral("SND_NKE → 254"), QStringLiteral("10 40 FE 3E 16")}));
        QCOMPARE(fields[3][2], QStringLiteral("meter→master"));
        QCOMPARE(fields[3][4], QStringLiteral("garbage"));
        QCOMPARE(fields[3][6], QStringLiteral("FF 00"));
    }

    void aFailedSaveSaysWhyAndLeavesNoFile()
    {
        TrafficLogModel &model = *m_view->model();
        appendExchange(model, 3, 1000);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile blocker(dir.filePath(QStringLiteral("not-a-directory")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();

        // Into a "directory" that is a file, and into one that does not exist.
        for (const QString &path : {dir.filePath(QStringLiteral("not-a-directory/traffic.txt")),
                                    dir.filePath(QStringLiteral("missing/traffic.txt"))}) {
            QString error;
            QVERIFY(!m_view->saveTo(path, &error));
            QVERIFY2(error.contains(path), qPrintable(error));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("not-a-directory")});

        // A directory without write permission (root writes anyway: then there is nothing to check).
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("locked")));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QFile probe(locked + QStringLiteral("/probe"));
        if (!probe.open(QIODevice::WriteOnly)) {
            QString error;
            QVERIFY(!m_view->saveTo(locked + QStringLiteral("/traffic.txt"), &error));
            QVERIFY2(error.contains(locked), qPrintable(error));
            QVERIFY(QDir(locked).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
        }
        probe.close();
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void saveButtonProposesANameAndAddsTheSuffix()
    {
        appendExchange(*m_view->model(), 3, 1000);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString proposed;
        test::whenModal<QFileDialog>([&](QFileDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!name) {
                dialog->reject();
                return;
            }
            proposed = name->text();
            dialog->setDirectory(dir.path());
            name->setText(QStringLiteral("from-site")); // typed without a suffix
            QMetaObject::invokeMethod(dialog, "accept");
        });
        auto *save = test::child<QPushButton>(m_view.get(), "saveTrafficButton");
        QVERIFY(!save->toolTip().isEmpty());
        save->click();
        QVERIFY2(QRegularExpression(QStringLiteral("^traffic-\\d{8}-\\d{6}\\.txt$")).match(proposed).hasMatch(), qPrintable(proposed));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("from-site.txt"))));
        QCOMPARE(savedFrames(dir.filePath(QStringLiteral("from-site.txt"))).size(), 2);
        QCOMPARE(proposedTrafficLogName(QDateTime(QDate(2025, 3, 1), QTime(9, 5, 7))), QStringLiteral("traffic-20250301-090507.txt"));
        QCOMPARE(withTrafficLogSuffix(QStringLiteral("/tmp/a.csv")), QStringLiteral("/tmp/a.csv"));
    }

    void pauseStopsRecordingAndClearEmpties()
    {
        TrafficLogModel &model = *m_view->model();
        appendExchange(model, 3, 1000);
        test::child<QCheckBox>(m_view.get(), "pauseBox")->setChecked(true);
        QCOMPARE(model.rowCount(), 2); // what came before the pause is shown
        appendExchange(model, 4, 2000);
        model.flushPending();
        QCOMPARE(model.rowCount(), 2);
        test::child<QCheckBox>(m_view.get(), "pauseBox")->setChecked(false);
        appendExchange(model, 4, 3000);
        model.flushPending();
        QCOMPARE(model.rowCount(), 4);
        QTest::mouseClick(test::child<QPushButton>(m_view.get(), "clearTrafficButton"), Qt::LeftButton);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.frameCount(), 0);
    }

    void followsTheNewestUnlessScrolledUp()
    {
        TrafficLogModel &model = *m_view->model();
        QScrollBar *scroll = test::child<QTableView>(m_view.get(), "table")->verticalScrollBar();
        for (int i = 0; i < 200; ++i)
            appendExchange(model, 1, i);
        model.flushPending();
        QVERIFY(scroll->maximum() > 0);
        QCOMPARE(scroll->value(), scroll->maximum());

        scroll->setValue(10);
        QVERIFY(!m_view->isFollowingNewest());
        for (int i = 0; i < 50; ++i)
            appendExchange(model, 1, 1000 + i);
        model.flushPending();
        QCOMPARE(scroll->value(), 10);

        scroll->setValue(scroll->maximum());
        QVERIFY(m_view->isFollowingNewest());
        for (int i = 0; i < 50; ++i)
            appendExchange(model, 1, 2000 + i);
        model.flushPending();
        QCOMPARE(scroll->value(), scroll->maximum());
    }

private:
    std::unique_ptr<EngineHost> m_host;
    std::unique_ptr<TrafficLogView> m_view;
};

QTEST_MAIN(TestGuiTrafficLog)
#include "tst_gui_traffic_log.moc"
