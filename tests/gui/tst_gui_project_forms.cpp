// The Faceplate forms over a real project document: edits land in the project (undoably),
// inline findings appear for the 60 s period, the address range and duplicate tags, drifted
// bindings are marked in the tree.
#include "GuiTestSupport.h"

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
#include <QSpinBox>
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

private:
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
    auto *period = field<QSpinBox>(m_pane->connectionForm(), "period");
    QCOMPARE(period->value(), 60000);
    QCOMPARE(m_pane->connectionForm()->findings()->warningCount(), 0);
    period->setValue(5000);
    Q_EMIT period->editingFinished();
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
    auto *port = field<QSpinBox>(channel, "tcpPort");
    QCOMPARE(port->value(), 8000);
    port->setValue(1001);
    Q_EMIT port->editingFinished();
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
    auto *index = field<QSpinBox>(m_pane->findChild<ui::BindingForm *>(), "index");
    index->setValue(7);
    Q_EMIT index->editingFinished();
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
    auto *address = field<QSpinBox>(m_pane->findChild<ui::BindingForm *>(), "address");
    address->setValue(251);
    Q_EMIT address->editingFinished();
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
    auto *shutdown = field<QSpinBox>(cform, "shutdownTimeout");
    QCOMPARE(shutdown->value(), 60000); // Faceplate's default
    shutdown->setValue(30000);
    Q_EMIT shutdown->editingFinished();
    auto *group = field<QCheckBox>(cform, "groupRequests");
    QVERIFY(group->isChecked());
    group->click();
    auto *package = field<QSpinBox>(cform, "maxPackageLength");
    QCOMPARE(package->value(), 250);
    package->setValue(300); // kept as typed: the finding says why it is wrong
    Q_EMIT package->editingFinished();
    auto *attempts = field<QSpinBox>(cform, "attempts");
    attempts->setValue(5);
    Q_EMIT attempts->editingFinished();
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
    auto *scale = field<QLineEdit>(bform, "scale");
    scale->setText(QStringLiteral("0.001"));
    Q_EMIT scale->editingFinished();
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

QTEST_MAIN(TestProjectForms)
#include "tst_gui_project_forms.moc"
