// The Wake-up group on the connection form (the connection's defaults) and on the meter page
// (fields the meter overrides; the lowest spin value and the check box's middle state inherit):
// edits land in the project, undoably, within the ranges.
#include "GuiTestSupport.h"

#include "project/ConnectionForm.h"
#include "window/EngineHost.h"
#include "project/ProjectDocument.h"
#include "project/ProjectPane.h"
#include "project/WakeUpEditor.h"

#include <QCheckBox>
#include <QSpinBox>
#include <QTest>

using namespace mbus;

class TestGuiWakeUp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void init()
    {
        m_document = std::make_unique<ui::ProjectDocument>();
        m_host = std::make_unique<ui::EngineHost>();
        m_document->reset(test::demoProject(), QString());
        m_pane = std::make_unique<ui::ProjectPane>(m_document.get(), m_host.get());
        m_pane->show();
    }

    void cleanup()
    {
        m_pane.reset();
        m_host.reset();
        m_document.reset();
    }

    void connectionFieldsWriteTheDefaults()
    {
        m_pane->selectConnection(0);
        ui::WakeUpEditor *editor = m_pane->connectionForm()->wakeUp();
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->preamble()->minimum(), 0);
        QCOMPARE(editor->preamble()->maximum(), 2000);
        QCOMPARE(editor->extraMargin()->maximum(), 10000);
        editor->preamble()->setValue(5000); // clamped to the range
        Q_EMIT editor->preamble()->editingFinished();
        QCOMPARE(m_document->project().connections.at(0).wakeUp.preambleCharacters, 2000);

        editor = m_pane->connectionForm()->wakeUp();
        editor->preamble()->setValue(528);
        Q_EMIT editor->preamble()->editingFinished();
        editor->resetBeforeRead()->click();
        editor->extraMargin()->setValue(250);
        Q_EMIT editor->extraMargin()->editingFinished();
        const project::WakeUpOptions expected{528, true, 250};
        QVERIFY(m_document->project().connections.at(0).wakeUp == expected);

        m_document->undoStack()->undo(); // the margin
        QCOMPARE(m_document->project().connections.at(0).wakeUp.extraMarginMs, 0);
        QCOMPARE(m_pane->connectionForm()->wakeUp()->extraMargin()->value(), 0);
    }

    void meterFieldsOverrideAndInherit()
    {
        project::Project p = m_document->project();
        p.connections[0].wakeUp = project::WakeUpOptions{528, false, 100};
        m_document->apply(p, QStringLiteral("defaults"));
        m_pane->selectMeter(0, 3);
        ui::WakeUpEditor *editor = m_pane->meterWakeUp();
        QVERIFY(editor->isVisible());
        // Nothing overridden: every field inherits, and says what it inherits.
        QCOMPARE(editor->preamble()->value(), editor->preamble()->minimum());
        QVERIFY2(editor->preamble()->text().contains(QStringLiteral("528")), qPrintable(editor->preamble()->text()));
        QCOMPARE(editor->resetBeforeRead()->checkState(), Qt::PartiallyChecked);

        editor->extraMargin()->setValue(3000);
        Q_EMIT editor->extraMargin()->editingFinished();
        const project::Connection *c = &m_document->project().connections.at(0);
        QVERIFY(c->wakeUpFor(3) == (project::WakeUpOptions{528, false, 3000}));

        editor = m_pane->meterWakeUp();
        editor->resetBeforeRead()->setCheckState(Qt::Checked);
        c = &m_document->project().connections.at(0);
        QVERIFY(c->wakeUpFor(3) == (project::WakeUpOptions{528, true, 3000}));
        QVERIFY(c->wakeUpFor(4) == c->wakeUp); // other meters keep the defaults

        editor = m_pane->meterWakeUp();
        editor->extraMargin()->setValue(editor->extraMargin()->minimum()); // back to inheriting
        Q_EMIT editor->extraMargin()->editingFinished();
        c = &m_document->project().connections.at(0);
        QVERIFY(c->wakeUpFor(3) == (project::WakeUpOptions{528, true, 100}));
        for (const project::Meter &m : c->meters) {
            if (m.address == 3)
                QVERIFY(!m.wakeUp.extraMarginMs.has_value());
        }
    }

private:
    std::unique_ptr<ui::ProjectDocument> m_document;
    std::unique_ptr<ui::EngineHost> m_host;
    std::unique_ptr<ui::ProjectPane> m_pane;
};

QTEST_MAIN(TestGuiWakeUp)
#include "tst_gui_wake_up.moc"
