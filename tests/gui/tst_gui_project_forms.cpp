// The Faceplate forms over a real project document: edits land in the project (undoably),
// inline findings appear for the 60 s period, the address range and duplicate tags, drifted
// bindings are marked in the tree.
#include "GuiTestSupport.h"

#include "common/NumberField.h"
#include "project/BindingForm.h"
#include "project/ChannelEditor.h"
#include "project/ConnectionForm.h"
#include "window/EngineHost.h"
#include "project/FindingsLabel.h"
#include "project/ProjectDocument.h"
#include "project/ProjectPane.h"
#include "project/ProjectTreeModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace mbus;

class TestProjectForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init();
    void cleanup();
    void connectionFieldsWriteTheProject();
    void shortPeriodWarnsInline();
    void channelTypeAndLineSettings();
    void bindingFieldsWriteTheProject();
    void addressOutsideTheRangeIsAnError();
    void duplicateTagIsAnError();
    void serialPortListRefreshes();
    void driftedBindingIsMarked();
    void faceplateFieldsOfTheFormsWriteTheProjectAndUndo();
    void textThatIsNoNumberStaysAndIsNotApplied();
    void treeKeepsExpansionAndValuesAcrossEditsAndUndo();
    void displayUnitOfABindingIsTheUsersChoice();

private:
    // As a user types: select what is there, type, press Return.
    static void typeInto(QLineEdit *field, const QString &text)
    {
        field->selectAll();
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    }

    template<typename T>
    T *field(QWidget *form, const char *name)
    {
        T *w = form->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no field %s", name);
        return w;
    }

    std::unique_ptr<ui::ProjectDocument> m_document;
    std::unique_ptr<ui::EngineHost> m_host;
    std::unique_ptr<ui::ProjectPane> m_pane;
};

void TestProjectForms::init()
{
    m_document = std::make_unique<ui::ProjectDocument>();
    m_host = std::make_unique<ui::EngineHost>();
    m_document->reset(test::demoProject(), QString());
    QVERIFY(!m_document->project().connections.isEmpty());
    m_pane = std::make_unique<ui::ProjectPane>(m_document.get(), m_host.get());
    m_pane->show();
}

void TestProjectForms::cleanup()
{
    m_pane.reset();
    m_host.reset();
    m_document.reset();
}

void TestProjectForms::connectionFieldsWriteTheProject()
{
    m_pane->selectConnection(0);
    QCOMPARE(m_pane->currentPage(), m_pane->connectionForm());
    auto *name = field<QLineEdit>(m_pane->connectionForm(), "name");
    QCOMPARE(name->text(), QStringLiteral("Demo bus"));
    name->setText(QStringLiteral("Boiler house"));
    Q_EMIT name->editingFinished();
    QCOMPARE(m_document->project().connections.at(0).name, QStringLiteral("Boiler house"));
    QVERIFY(m_document->isModified());
    // The tree follows, and the form stays on the renamed connection.
    QCOMPARE(m_pane->model()->connectionIndex(0).data().toString(), QStringLiteral("Boiler house"));
    QCOMPARE(m_pane->currentConnection(), 0);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->project().connections.at(0).name, QStringLiteral("Demo bus"));
    QCOMPARE(name->text(), QStringLiteral("Demo bus"));
}

void TestProjectForms::shortPeriodWarnsInline()
{
    m_pane->selectConnection(0);
    auto *period = field<ui::NumberField>(m_pane->connectionForm(), "period");
    QCOMPARE(period->text(), QStringLiteral("60000"));
    QCOMPARE(m_pane->connectionForm()->findings()->warningCount(), 0);
    typeInto(period, QStringLiteral("5000"));
    QCOMPARE(m_document->project().connections.at(0).periodMs, 5000);
    ui::FindingsLabel *findings = m_pane->connectionForm()->findings();
    QCOMPARE(findings->warningCount(), 1);
    QVERIFY2(findings->text().contains(QStringLiteral("Period")), qPrintable(findings->text()));
    QVERIFY(!findings->isHidden());
}

void TestProjectForms::channelTypeAndLineSettings()
{
    m_pane->selectConnection(0);
    auto *channel = m_pane->connectionForm()->findChild<ui::ChannelEditor *>(QStringLiteral("channel"));
    QVERIFY(channel);
    auto *type = field<QComboBox>(channel, "type");
    QCOMPARE(type->currentText(), QStringLiteral("tcp"));
    auto *port = field<ui::NumberField>(channel, "tcpPort");
    QCOMPARE(port->text(), QStringLiteral("8000"));
    typeInto(port, QStringLiteral("1001"));
    QCOMPARE(m_document->project().connections.at(0).channel.tcpPort, 1001);

    type->setCurrentIndex(type->findText(QStringLiteral("serial")));
    Q_EMIT type->activated(type->currentIndex());
    QCOMPARE(m_document->project().connections.at(0).channel.type, project::ChannelType::Serial);
    channel = m_pane->connectionForm()->findChild<ui::ChannelEditor *>(QStringLiteral("channel"));
    auto *parity = field<QComboBox>(channel, "parity");
    parity->setCurrentIndex(parity->findData(int(link::Parity::None)));
    Q_EMIT parity->activated(parity->currentIndex());
    QCOMPARE(m_document->project().connections.at(0).channel.line.parity, link::Parity::None);
    // No port and None parity: an error and a warning under the form.
    QVERIFY(m_pane->connectionForm()->findings()->errorCount() >= 1);
    QVERIFY(m_pane->connectionForm()->findings()->text().contains(QStringLiteral("Parity")));
}

void TestProjectForms::bindingFieldsWriteTheProject()
{
    m_pane->selectBinding(0, 2);
    QCOMPARE(m_pane->currentPage(), m_pane->findChild<ui::BindingForm *>());
    const project::Binding before = m_document->project().connections.at(0).bindings.at(2);
    auto *tag = field<QLineEdit>(m_pane->findChild<ui::BindingForm *>(), "tag");
    QCOMPARE(tag->text(), before.tag);
    tag->setText(QStringLiteral("boiler.heat.power"));
    Q_EMIT tag->editingFinished();
    auto *index = field<ui::NumberField>(m_pane->findChild<ui::BindingForm *>(), "index");
    typeInto(index, QStringLiteral("7"));
    auto *access = field<QComboBox>(m_pane->findChild<ui::BindingForm *>(), "access");
    access->setCurrentIndex(1);
    Q_EMIT access->activated(1);
    const project::Binding after = m_document->project().connections.at(0).bindings.at(2);
    QCOMPARE(after.tag, QStringLiteral("boiler.heat.power"));
    QCOMPARE(after.index, 7);
    QCOMPARE(after.access, project::Access::Write);
    QCOMPARE(after.signature, before.signature); // the record it was made from is kept
    QCOMPARE(m_document->undoStack()->count(), 3);
}

void TestProjectForms::addressOutsideTheRangeIsAnError()
{
    m_pane->selectBinding(0, 0);
    auto *address = field<ui::NumberField>(m_pane->findChild<ui::BindingForm *>(), "address");
    typeInto(address, QStringLiteral("251"));
    QCOMPARE(m_document->project().connections.at(0).bindings.at(0).address, 251);
    // The binding moved to a meter node of its own and stays selected.
    QCOMPARE(m_pane->currentPage(), m_pane->findChild<ui::BindingForm *>());
    ui::FindingsLabel *findings = m_pane->findChild<ui::BindingForm *>()->findings();
    QVERIFY2(findings->errorCount() >= 1, qPrintable(findings->text()));
    QVERIFY2(findings->text().contains(QStringLiteral("Address")), qPrintable(findings->text()));
}

void TestProjectForms::duplicateTagIsAnError()
{
    const QString other = m_document->project().connections.at(0).bindings.at(1).tag;
    m_pane->selectBinding(0, 0);
    auto *tag = field<QLineEdit>(m_pane->findChild<ui::BindingForm *>(), "tag");
    tag->setText(other);
    Q_EMIT tag->editingFinished();
    ui::FindingsLabel *findings = m_pane->findChild<ui::BindingForm *>()->findings();
    QVERIFY2(findings->errorCount() >= 1, qPrintable(findings->text()));
    QVERIFY2(findings->text().contains(other), qPrintable(findings->text()));
}

void TestProjectForms::serialPortListRefreshes()
{
    m_pane->selectConnection(0);
    auto *channel = m_pane->connectionForm()->findChild<ui::ChannelEditor *>(QStringLiteral("channel"));
    auto *ports = field<QComboBox>(channel, "serialPort");
    m_pane->connectionForm()->setSerialPorts({QStringLiteral("/dev/ttyUSB0")});
    QCOMPARE(ports->findText(QStringLiteral("/dev/ttyUSB0")) >= 0, true);
    m_pane->connectionForm()->setSerialPorts({QStringLiteral("/dev/ttyUSB0"), QStringLiteral("/dev/ttyUSB1")});
    QVERIFY(ports->findText(QStringLiteral("/dev/ttyUSB1")) >= 0);
}

void TestProjectForms::driftedBindingIsMarked()
{
    const project::Binding b = m_document->project().connections.at(0).bindings.at(0);
    engine::TagValue v;
    v.tag = b.tag;
    v.quality = engine::Quality::Bad;
    v.detail.reason = engine::QualityReason::IndexDrift;
    v.detail.movedTelegram = 1;
    v.detail.movedIndex = 4;
    m_pane->updateValues({v});
    const QModelIndex at = m_pane->model()->bindingIndex(0, 0);
    QVERIFY(at.isValid());
    QCOMPARE(at.data(ui::ProjectTreeModel::DriftRole).toBool(), true);
    QVERIFY2(at.data(Qt::ToolTipRole).toString().contains(QStringLiteral("telegram 1 index 4")), qPrintable(at.data(Qt::ToolTipRole).toString()));
    QCOMPARE(m_pane->model()->bindingIndex(0, 1).data(ui::ProjectTreeModel::DriftRole).toBool(), false);
}

// Faceplate's form fields (FACEPLATE.md 1, 2): each written to the project by its form, undone.
void TestProjectForms::faceplateFieldsOfTheFormsWriteTheProjectAndUndo()
{
    m_pane->selectConnection(0);
    QWidget *cform = m_pane->connectionForm();
    auto *title = field<QLineEdit>(cform, "title");
    title->setText(QStringLiteral("Boiler house, riser A"));
    Q_EMIT title->editingFinished();
    auto *shutdown = field<ui::NumberField>(cform, "shutdownTimeout");
    QCOMPARE(shutdown->text(), QStringLiteral("60000")); // Faceplate's default
    typeInto(shutdown, QStringLiteral("30000"));
    auto *group = field<QCheckBox>(cform, "groupRequests");
    QVERIFY(group->isChecked());
    group->click();
    auto *package = field<ui::NumberField>(cform, "maxPackageLength");
    QCOMPARE(package->text(), QStringLiteral("250"));
    typeInto(package, QStringLiteral("300")); // kept as typed: the finding says why it is wrong
    auto *attempts = field<ui::NumberField>(cform, "attempts");
    typeInto(attempts, QStringLiteral("5"));
    const project::Connection c = m_document->project().connections.at(0);
    QCOMPARE(c.title, QStringLiteral("Boiler house, riser A"));
    QCOMPARE(c.shutdownTimeoutMs, 30000);
    QVERIFY(!c.groupRequests);
    QCOMPARE(c.maxPackageLength, 300);
    QCOMPARE(c.channel.attempts, 5);
    for (int i = 0; i < 5; ++i)
        m_document->undoStack()->undo();
    QCOMPARE(m_document->project().connections.at(0).title, QString());
    QCOMPARE(m_document->project().connections.at(0).channel.attempts, 3);

    m_pane->selectBinding(0, 0);
    QWidget *bform = m_pane->findChild<ui::BindingForm *>();
    auto *scale = field<ui::NumberField>(bform, "scale");
    typeInto(scale, QStringLiteral("0.001"));
    auto *off = field<QCheckBox>(bform, "off");
    off->click();
    auto *access = field<QComboBox>(bform, "access");
    access->setCurrentIndex(access->findData(int(project::Access::ReadWrite)));
    Q_EMIT access->activated(access->currentIndex());
    const project::Binding b = m_document->project().connections.at(0).bindings.at(0);
    QCOMPARE(b.scale, 0.001);
    QVERIFY(b.off);
    QCOMPARE(b.access, project::Access::ReadWrite);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(m_document->project().connections.at(0).bindings.at(0).scale, 1.0);
    QCOMPARE(scale->text(), QStringLiteral("1"));
}

// A typed number is never changed behind the user's back (issue 14: 300 in Address gave 30):
// out of range it is kept and flagged; text that is no number stays, is not applied, and says
// what the project keeps.
void TestProjectForms::textThatIsNoNumberStaysAndIsNotApplied()
{
    m_pane->selectBinding(0, 0);
    QWidget *bform = m_pane->findChild<ui::BindingForm *>();
    auto *address = field<ui::NumberField>(bform, "address");
    typeInto(address, QStringLiteral("300"));
    QCOMPARE(m_document->project().connections.at(0).bindings.at(0).address, 300);
    bform = m_pane->findChild<ui::BindingForm *>();
    address = field<ui::NumberField>(bform, "address");
    QCOMPARE(address->text(), QStringLiteral("300"));
    ui::FindingsLabel *findings = m_pane->findChild<ui::BindingForm *>()->findings();
    QVERIFY2(findings->text().contains(QStringLiteral("300 is outside 1..250")), qPrintable(findings->text()));

    const int edits = m_document->undoStack()->count();
    typeInto(address, QStringLiteral("3x0"));
    QCOMPARE(address->text(), QStringLiteral("3x0"));
    QCOMPARE(m_document->project().connections.at(0).bindings.at(0).address, 300);
    QCOMPARE(m_document->undoStack()->count(), edits);
    QVERIFY2(findings->text().contains(QStringLiteral("3x0&quot; is not a number")) && findings->text().contains(QStringLiteral("keeps 300")),
             qPrintable(findings->text()));
    // Another field's edit applies that field only; the address text is still waiting.
    auto *scale = field<ui::NumberField>(bform, "scale");
    typeInto(scale, QStringLiteral("2.5e"));
    QCOMPARE(m_document->project().connections.at(0).bindings.at(0).scale, 1.0);
    QVERIFY2(findings->text().contains(QStringLiteral("Transformation")), qPrintable(findings->text()));
    typeInto(address, QStringLiteral("12"));
    QCOMPARE(m_document->project().connections.at(0).bindings.at(0).address, 300); // the scale still blocks
    typeInto(scale, QStringLiteral("0.5"));
    QCOMPARE(m_document->project().connections.at(0).bindings.at(0).address, 12);
    QCOMPARE(m_document->project().connections.at(0).bindings.at(0).scale, 0.5);

    m_pane->selectConnection(0);
    QWidget *cform = m_pane->connectionForm();
    auto *ratio = field<ui::NumberField>(cform, "lineDelayRatio");
    typeInto(ratio, QStringLiteral("fast"));
    QCOMPARE(m_document->project().connections.at(0).lineDelayRatio, 1.0);
    QVERIFY2(m_pane->connectionForm()->findings()->text().contains(QStringLiteral("Line Delay Ratio")),
             qPrintable(m_pane->connectionForm()->findings()->text()));
    auto *timeout = field<ui::NumberField>(cform, "timeout");
    typeInto(timeout, QStringLiteral("1.5"));
    QVERIFY2(m_pane->connectionForm()->findings()->text().contains(QStringLiteral("not a whole number")),
             qPrintable(m_pane->connectionForm()->findings()->text()));
    typeInto(ratio, QStringLiteral("2"));
    typeInto(timeout, QStringLiteral("4000"));
    QCOMPARE(m_document->project().connections.at(0).lineDelayRatio, 2.0);
    QCOMPARE(m_document->project().connections.at(0).channel.timeoutMs, 4000);
}

// Issue 14: editing collapsed the tree, and after a duplicate-tag edit and its undo the tree showed
// another binding's value. Rows now change in place.
void TestProjectForms::treeKeepsExpansionAndValuesAcrossEditsAndUndo()
{
    QTreeView *tree = m_pane->tree();
    ui::ProjectTreeModel *model = m_pane->model();
    const QModelIndex electricity = model->meterIndex(0, 2);
    const QModelIndex water = model->meterIndex(0, 3);
    QVERIFY(tree->isExpanded(electricity));
    tree->collapse(water);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);

    engine::TagValue energy;
    energy.tag = QStringLiteral("demo.heat.energy");
    energy.value = 12345000.0;
    energy.unit = QStringLiteral("Wh");
    engine::TagValue volume = energy;
    volume.tag = QStringLiteral("demo.heat.volume");
    volume.value = 2.5;
    volume.unit = QStringLiteral("m^3");
    m_pane->updateValues({energy, volume});
    const auto valueOf = [&](int binding) {
        return model->bindingIndex(0, binding).siblingAtColumn(ui::ProjectTreeModel::ValueColumn).data().toString();
    };
    QVERIFY2(valueOf(0).contains(QStringLiteral("kWh")) && valueOf(0).startsWith(QStringLiteral("12")), qPrintable(valueOf(0)));
    QVERIFY2(valueOf(1).contains(QStringLiteral("m³")), qPrintable(valueOf(1)));

    // Binding 0 takes binding 1's tag (an error), then the edit is undone.
    m_pane->selectBinding(0, 0);
    auto *tag = field<QLineEdit>(m_pane->findChild<ui::BindingForm *>(), "tag");
    typeInto(tag, QStringLiteral("demo.heat.volume"));
    QCOMPARE(m_document->project().connections.at(0).bindings.at(0).tag, QStringLiteral("demo.heat.volume"));
    QVERIFY(m_pane->findChild<ui::BindingForm *>()->findings()->errorCount() >= 1); // on the edited binding too
    QCOMPARE(model->bindingIndex(0, 0).data().toString(), m_document->project().connections.at(0).bindings.at(0).name);
    m_document->undoStack()->undo();
    QVERIFY2(valueOf(0).contains(QStringLiteral("kWh")), qPrintable(valueOf(0)));
    QVERIFY2(valueOf(1).contains(QStringLiteral("m³")), qPrintable(valueOf(1)));

    // A rename and a deleted binding: the tree stays as the user left it.
    typeInto(field<QLineEdit>(m_pane->findChild<ui::BindingForm *>(), "name"), QStringLiteral("Heat energy, total"));
    project::Project p = m_document->project();
    p.connections[0].bindings.removeAt(5);
    m_document->apply(p, QStringLiteral("delete"));
    m_document->undoStack()->undo();
    QCOMPARE(resets.count(), 0);
    QVERIFY(tree->isExpanded(model->meterIndex(0, 2)));
    QVERIFY(!tree->isExpanded(model->meterIndex(0, 3)));
    QCOMPARE(model->bindingIndex(0, 0).data().toString(), QStringLiteral("Heat energy, total"));
    QCOMPARE(tree->currentIndex().data(ui::ProjectTreeModel::BindingRole).toInt(), 0);
}

void TestProjectForms::displayUnitOfABindingIsTheUsersChoice()
{
    engine::TagValue energy;
    energy.tag = m_document->project().connections.at(0).bindings.at(0).tag;
    energy.value = 12345000.0;
    energy.unit = QStringLiteral("Wh");
    energy.quality = engine::Quality::Good;
    m_pane->updateValues({energy});
    m_pane->selectBinding(0, 0);
    auto *unit = field<QComboBox>(m_pane->findChild<ui::BindingForm *>(), "displayUnit");
    QStringList offered;
    for (int i = 0; i < unit->count(); ++i)
        offered << unit->itemText(i);
    QVERIFY2(offered.contains(QStringLiteral("kWh")) && offered.contains(QStringLiteral("MWh")) && offered.contains(QStringLiteral("GJ")),
             qPrintable(offered.join(QLatin1Char(','))));
    unit->setCurrentIndex(unit->findData(QStringLiteral("MWh")));
    Q_EMIT unit->activated(unit->currentIndex());
    QCOMPARE(m_document->project().connections.at(0).bindings.at(0).displayUnit, QStringLiteral("MWh"));
    const QString shown = m_pane->model()->bindingIndex(0, 0).siblingAtColumn(ui::ProjectTreeModel::ValueColumn).data().toString();
    QVERIFY2(shown.endsWith(QStringLiteral("MWh")) && shown.startsWith(QStringLiteral("12.345")), qPrintable(shown));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->project().connections.at(0).bindings.at(0).displayUnit, QString());
}

QTEST_MAIN(TestProjectForms)
#include "tst_gui_project_forms.moc"
