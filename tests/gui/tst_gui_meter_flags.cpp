// Problems with a meter are said when it is added or bound, not at export (issue 14): an address
// typed out of range stays and blocks, address 0 and a second meter on one address are flagged
// with a pointer to the commissioning assistant.
#include "GuiTestSupport.h"

#include "common/NumberField.h"
#include "project/AddMeterDialog.h"
#include "project/FindingsLabel.h"
#include "project/ProjectDocument.h"
#include "project/ProjectPane.h"
#include "window/EngineHost.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace mbus;

class TestGuiMeterFlags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void addMeterSaysWhatTheAddressMeans()
    {
        ui::AddMeterDialog dialog(test::demoProject().connections.at(0));
        dialog.show();
        auto *address = test::child<ui::NumberField>(dialog, "address");
        auto *hint = test::child<QLabel>(dialog, "hint");
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        const auto type = [&](const char *text) {
            address->selectAll();
            QTest::keyClicks(address, QString::fromLatin1(text));
        };
        type("300");
        QCOMPARE(address->text(), QStringLiteral("300")); // not 30
        QVERIFY(!ok->isEnabled());
        QVERIFY2(hint->text().contains(QStringLiteral("300")), qPrintable(hint->text()));
        type("0");
        QVERIFY(ok->isEnabled());
        QVERIFY2(hint->text().contains(QStringLiteral("Commissioning assistant")), qPrintable(hint->text()));
        type("1");
        QVERIFY2(hint->text().contains(QStringLiteral("already")), qPrintable(hint->text()));
        type("77");
        QVERIFY(hint->text().isEmpty());
        QCOMPARE(dialog.address(), 77);
    }

    void theMeterPageShowsWhatIsWrongWithTheMeter()
    {
        ui::ProjectDocument document;
        ui::EngineHost host;
        project::Project p = test::demoProject();
        p.connections[0].bindings[0].address = 0; // bound on a meter at the factory address
        document.reset(p, QString());
        ui::ProjectPane pane(&document, &host);
        pane.show();
        pane.selectMeter(0, 0);
        auto *findings = test::child<ui::FindingsLabel>(pane, "meterFindings");
        QVERIFY(findings->isVisible());
        QVERIFY2(findings->text().contains(QStringLiteral("factory default")) && findings->text().contains(QStringLiteral("Commissioning assistant")),
                 qPrintable(findings->text()));
        pane.selectMeter(0, 2);
        QVERIFY(!findings->isVisible());
    }

    void aSecondMeterOnAnAddressIsFlaggedWhenAdded()
    {
        ui::ProjectDocument document;
        ui::EngineHost host;
        project::Project p = test::demoProject();
        project::Meter known;
        known.address = 3;
        known.secondary = QStringLiteral("6700300324C00307");
        p.connections[0].meters = {known};
        document.reset(p, QString());
        ui::ProjectPane pane(&document, &host);
        pane.show();
        project::Meter other = known;
        other.secondary = QStringLiteral("1234567824C00307");
        QString said;
        test::whenModal<QMessageBox>([&](QMessageBox *box) {
            said = box->text();
            box->accept();
        });
        pane.addMeters(0, {other});
        QVERIFY2(said.contains(QStringLiteral("address 3")) && said.contains(QStringLiteral("12345678")) && said.contains(QStringLiteral("Commissioning assistant")),
                 qPrintable(said));
    }
};

QTEST_MAIN(TestGuiMeterFlags)
#include "tst_gui_meter_flags.moc"
